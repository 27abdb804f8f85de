"""Who the organisers are, by the config, and what an organiser's mail says in her own words (pure): her mail
is an instruction or a reply, never a signup by accident (``assistant/rules/organiser_mail.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.config import Config
from assistant.parsing.mime import read_mail
from assistant.parsing.quoting import split_body
from assistant.parsing.text import clean

#: The most characters of an organiser's words passed on to the person who asked.
MAX_WORDS_CHARS = 10_000


def is_organiser(config: Config, address: str | None) -> bool:
    """Whether ``address`` is one of ``organisers.emails`` (case does not matter)."""
    if not address:
        return False
    folded = address.strip().casefold()
    return any(folded == organiser.strip().casefold() for organiser in config.organisers.emails)


@dataclass(frozen=True)
class OrganiserWords:
    """What an organiser wrote now, without the quoted mail she answers: all of it (greeting and signature
    too, as she wrote it to the person), the request itself (without them), and whom she wrote to."""

    text: str
    own: str
    recipients: tuple[str, ...]    # To and Cc, lower-case


def read_words(config: Config, raw: bytes) -> OrganiserWords:
    """An organiser's words in a mail (run in the parser's process, like any reading of a mail)."""
    mail = read_mail(raw)
    parts = split_body(clean(mail.body), mail.subject, tuple(n for n in (mail.from_name,) if n))
    text = "\n\n".join(p for p in (parts.greeting, parts.own, parts.signature) if p.strip())
    return OrganiserWords(text.strip()[:MAX_WORDS_CHARS], parts.own.strip(),
                          tuple(dict.fromkeys(address for _, address in mail.recipients)))
