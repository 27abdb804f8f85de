"""The few header facts the service needs of an e-mail before and beside parsing: threading and who sent it.

Whether a mail must never be answered is the parser's call (``parsing/automatic.py``); who sent it and
where answers go is ``assistant/identity.py``'s."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser

from assistant.identity import Identity, read_identity
from assistant.parsing.header_text import decode_header, first_values, raw_text
from assistant.parsing.subject import strip_prefixes

_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class MailFacts:
    """Threading and loop-prevention facts of one e-mail."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    identity: Identity

    @property
    def sender(self) -> str | None:
        """The From address (None when there is no single one)."""
        return self.identity.address

    def reply_subject(self) -> str:
        """"Re: <subject>" without piling up prefixes."""
        base = strip_prefixes(self.subject)
        return f"Re: {base}" if base else "Re: Anmälan"

    def reply_references(self) -> str:
        """The References header of a reply."""
        refs = list(self.references)
        if self.message_id and self.message_id not in refs:
            refs.append(self.message_id)
        return " ".join(refs[-20:])


def _ids(value: object) -> tuple[str, ...]:
    return tuple(_MSGID.findall(raw_text(value)))


def read_mail_facts(raw: bytes) -> MailFacts:
    """Read the facts from the headers; tolerant of any bytes.

    The headers are split with the fast compat32 policy and only the few values needed are
    decoded: this runs for every message, before and beside the parser. Values are read as they
    were sent, encoded words and raw UTF-8 alike (``assistant/parsing/header_text.py``).
    """
    try:
        msg = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
        items = list(msg.raw_items())
        get = first_values(items, limit=None).get     # however many Received lines come first
        ids = _ids(get("message-id"))
        return MailFacts(ids[0] if ids else None, _ids(get("in-reply-to")), _ids(get("references")),
                         decode_header(get("subject")), read_identity(items))
    except Exception:  # noqa: BLE001 - any bytes: the facts are then unknown, never an exception
        return MailFacts(None, (), (), "", Identity())
