"""The parser's entry points: an e-mail, a chat message or a Telegram update in, a ParsedRequest out.

Pure functions (no I/O, no clock, no database). Any input yields a result: what could not
be read is said in ``problems``, and an unexpected failure gives intent ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.config import Config
from assistant.parsing.answer import pasted_reading
from assistant.parsing.automatic import Automatic, automatic_kind
from assistant.parsing.language import as_swedish, detect_language
from assistant.parsing.mime import MailContent, read_mail
from assistant.parsing.names import name_from_address, name_key
from assistant.parsing.quoting import BodyParts, split_body
from assistant.parsing.reading import MessageText, read_message, tables
from assistant.parsing.reading_doubt import doubted
from assistant.parsing.subject import is_forward, is_reply
from assistant.parsing.text import clean
from assistant.parsing.unsolicited import not_for_us, unsolicited
from assistant.request import Intent, ParsedRequest, Sender


def _failed(sender: Sender, exc: BaseException, subject: str | None = None) -> ParsedRequest:
    return ParsedRequest(Intent.UNKNOWN, sender=sender, subject=subject,
                         problems=(f"the parser failed on this message ({type(exc).__name__}); review by hand",))


def parse_email(raw: bytes, config: Config, received_at: dt.datetime) -> ParsedRequest:
    """Read an RFC 5322 message (any bytes) into a ParsedRequest; never raises."""
    try:
        return _parse_email(bytes(raw), config, received_at)
    except Exception as exc:  # noqa: BLE001 - never raise
        return _failed(Sender("email"), exc)


def _parse_email(raw: bytes, config: Config, received_at: dt.datetime) -> ParsedRequest:
    mail = read_mail(raw)
    sender = Sender("email", mail.from_address, mail.from_name,
                    mail.identity.verification(config.channels.authserv_ids))
    subject = mail.subject
    ours = frozenset({config.event.contact.lower(), *(e.lower() for e in config.organisers.emails)})
    kind, reason = automatic_kind(mail.headers, subject, mail.from_address, mail.content_type,
                                  mail.report_type, mail.body, ours)
    parts = mail_parts(mail)
    # Newsletters, sales, invoice and listing scams, phishing: no participant wrote them (a no-reply
    # sender alone says a machine sent it: an automatic reply unless it reads as one of these).
    reply = is_reply(subject)
    junk = "" if kind is Automatic.AUTO_REPLY else unsolicited(
        parts, subject, config, from_address=mail.from_address, from_name=mail.from_name, headers=mail.headers,
        is_reply=reply)
    if kind is Automatic.AUTO_REPLY or (kind is Automatic.MACHINE and not junk):
        return ParsedRequest(Intent.AUTO_REPLY, sender=sender, language=detect_language(mail.body),
                             problems=(f"automatic message ({reason}): never answered", *mail.problems),
                             never_answer=True,
                             subject=subject or None, message_id=mail.message_id)
    # A thank-you that asks nothing, mail about another errand: not a request, never answered.
    junk = junk or ("" if kind is not None else not_for_us(parts, subject, config, is_reply=reply))
    if kind is Automatic.BULK or junk:
        return ParsedRequest(Intent.UNKNOWN, sender=sender, language=detect_language(mail.body),
                             problems=(f"never answer: {junk or reason}", *mail.problems), never_answer=True,
                             subject=subject or None, message_id=mail.message_id)
    ignore: set[tuple[str, ...]] = set()
    for name, address in mail.recipients:
        for n in (name, name_from_address(address)):
            if n:
                ignore.add(name_key(n))
                ignore.add(tuple(reversed(name_key(n))))
    msg = MessageText(parts=parts, sender=sender, subject=subject,
                      is_reply=reply, ignore_names=ignore,
                      ignore_addresses={a for _, a in mail.recipients}, problems=list(mail.problems))
    result = doubted(read_message(msg, config, received_at), parts, tables(config).stop)
    return _with_message_id(result, mail.message_id)


def mail_parts(mail: MailContent) -> BodyParts:
    """A mail's body split into the writer's own words, the quoted and the forwarded (a bare forward included)."""
    body = mail.body
    if not body.strip() and mail.embedded:
        body = "---------- Forwarded message ---------\n" + mail.embedded[0]
    names = tuple(n for n in (mail.from_name, name_from_address(mail.from_address)) if n)
    parts = _own_in_swedish(split_body(body, mail.subject, names))
    if not parts.forwarded and mail.embedded and parts.is_forward is False and is_forward(mail.subject):
        parts.forwarded, parts.is_forward = mail.embedded[0], True
    return parts


def chat_parts(body: str, sender: Sender) -> BodyParts:
    """A chat message split as a mail is (a chat has no subject; a pasted mail in it may quote)."""
    return _own_in_swedish(split_body(body, "", (sender.name,) if sender.name else ()))


def _own_in_swedish(parts: BodyParts) -> BodyParts:
    """The writer's own words of a Norwegian or Danish message read in Swedish ("jeg vil gjerne melde meg på"); what
    is quoted (perhaps a Swedish invitation) and the signature (names) stay as written."""
    parts.greeting, parts.own = as_swedish(parts.greeting), as_swedish(parts.own)
    return parts


def _with_message_id(result: ParsedRequest, message_id: str | None) -> ParsedRequest:
    from dataclasses import replace

    return replace(result, message_id=message_id)


#: An address dictated in words ("eva punkt lund snabel a orsa punkt se", "tom dot berg at orsa dot se"): the local
#: part, "snabel-a" or "at", and a domain of at least two labels ending in a top-level domain.
_LABEL = r"[a-z0-9][a-z0-9_-]{0,40}"
_SPOKEN_ADDRESS = re.compile(rf"\b({_LABEL}(?: (?:punkt|dot) {_LABEL}){{0,3}}) (?:snabel[- ]?a|at) "
                             rf"((?:{_LABEL} (?:punkt|dot) ){{1,3}}(?:se|nu|com|org|net|eu|fi|no|dk))\b", re.IGNORECASE)


def spoken_addresses(text: str) -> str:
    """A dictated text with the addresses spoken in words written as addresses."""
    if "snabel" not in text.lower() and " at " not in text.lower():
        return text
    return _SPOKEN_ADDRESS.sub(lambda m: re.sub(r" (?:punkt|dot) ", ".", m.group(1), flags=re.IGNORECASE).lower() + "@"
                               + re.sub(r" (?:punkt|dot) ", ".", m.group(2), flags=re.IGNORECASE).lower(), text)


def parse_chat(text: str, sender: Sender, config: Config, received_at: dt.datetime) -> ParsedRequest:
    """Read a chat message (any text) from ``sender`` into a ParsedRequest; never raises."""
    try:
        body = spoken_addresses(clean(str(text)))
        problems = [] if body.strip() else ["empty message"]
        pasted = pasted_reading(body)     # our question about a reading, pasted and answered below it
        parts = chat_parts(pasted[1] if pasted else body, sender)
        if pasted:
            parts.quoted = pasted[0]
        junk = unsolicited(parts, "", config) or not_for_us(parts, "", config, chat=True)
        if junk:
            return ParsedRequest(Intent.UNKNOWN, sender=sender, problems=(f"never answer: {junk}",),
                                 never_answer=True)
        result = read_message(MessageText(parts=parts, sender=sender, problems=problems, is_reply=bool(pasted)),
                              config, received_at)
        return doubted(result, parts, tables(config).stop)
    except Exception as exc:  # noqa: BLE001 - never raise
        return _failed(sender, exc)


def telegram_sender(user: Any) -> Sender:
    """The Sender of a Bot API ``User`` object (id as text; name = first_name + last_name)."""
    if not isinstance(user, dict):
        return Sender("telegram")
    first, last = user.get("first_name"), user.get("last_name")
    name = " ".join(str(p).strip() for p in (first, last) if isinstance(p, str) and p.strip()) or None
    uid = user.get("id")
    return Sender("telegram", str(uid) if isinstance(uid, (int, str)) and not isinstance(uid, bool) else None,
                  name)


def parse_telegram_update(update: dict[str, Any], config: Config,
                          received_at: dt.datetime | None = None) -> ParsedRequest:
    """Read a Bot API Update (as returned by getUpdates) into a ParsedRequest; never raises.

    ``received_at`` defaults to the message's own ``date``.
    """
    try:
        message: Any = None
        if isinstance(update, dict):
            for key in ("message", "edited_message", "channel_post", "business_message"):
                if isinstance(update.get(key), dict):
                    message = update[key]
                    break
        if message is None:
            return ParsedRequest(Intent.UNKNOWN, sender=Sender("telegram"),
                                 problems=("not a Telegram update with a message",))
        sender = telegram_sender(message.get("from"))
        if received_at is None:
            stamp = message.get("date")
            received_at = (dt.datetime.fromtimestamp(stamp, dt.UTC)
                           if isinstance(stamp, (int, float)) and 0 <= stamp < 4e10 else dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
        text = message.get("text")
        if not isinstance(text, str):
            text = message.get("caption")
        if not isinstance(text, str):
            return ParsedRequest(Intent.UNKNOWN, sender=sender, problems=("the message has no text",))
        return parse_chat(text, sender, config, received_at)
    except Exception as exc:  # noqa: BLE001 - never raise
        return _failed(Sender("telegram"), exc)
