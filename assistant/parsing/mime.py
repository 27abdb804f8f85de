"""Reading an RFC 5322 message of any kind into headers and one body text, safely.

Every MIME shape is accepted (plain, HTML-only, alternative, mixed with attachments,
reports, embedded messages, any charset or transfer encoding); whatever cannot be read
is noted in ``problems`` instead of raising. Sizes, nesting depth and part counts are
capped so that any input is read in bounded time.
"""

from __future__ import annotations

import email
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

from assistant.identity import Identity, read_identity
from assistant.parsing.header_text import decode_bytes, decode_header, first_values
from assistant.parsing.html_text import html_to_text
from assistant.parsing.text import MAX_TEXT_CHARS, clean

#: Bytes of a raw message that are parsed (the rest is cut; bodies come first).
MAX_RAW_BYTES = 1_000_000
#: How deep multiparts are followed, and how many parts are looked at.
MAX_DEPTH = 8
MAX_PARTS = 64

_BOUNDARY = re.compile(rb"boundary\s*=", re.IGNORECASE)
#: Parts that make a mail a report wherever they stand (outside an attached message): its ``report_type``.
_REPORT_PARTS = {"multipart/report": "multipart/report", "message/delivery-status": "delivery-status",
                 "message/global-delivery-status": "delivery-status", "message/feedback-report": "feedback-report",
                 "message/disposition-notification": "disposition-notification",
                 "message/global-disposition-notification": "disposition-notification"}


@dataclass
class MailContent:
    """What the parser needs of an e-mail: decoded headers, the body text, the MIME shape."""

    headers: dict[str, str] = field(default_factory=dict)   # lower-case name -> decoded value
    subject: str = ""
    from_name: str | None = None
    from_address: str | None = None
    identity: Identity = field(default_factory=Identity)     # who sent it, read before any decoding
    recipients: list[tuple[str, str]] = field(default_factory=list)
    message_id: str | None = None
    content_type: str = "text/plain"
    report_type: str | None = None
    body: str = ""
    embedded: list[str] = field(default_factory=list)       # text of attached messages
    problems: list[str] = field(default_factory=list)


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - never raise
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return decode_bytes(payload[: MAX_TEXT_CHARS * 8], part.get_content_charset())


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).lower()
    return disposition.startswith("attachment") or (part.get_filename() is not None
                                                    and not disposition.startswith("inline"))


class _Walker:
    """Collects the body parts of a message, within the depth and part caps."""

    def __init__(self, content: MailContent) -> None:
        self.content = content
        self.plain: list[str] = []
        self.html: list[str] = []
        self.parts = 0

    def walk(self, part: Message, depth: int, embedded: bool) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            self._problem("too many MIME parts: the rest was not read")
            return
        if depth > MAX_DEPTH:
            self._problem("MIME nested too deeply: the inner parts were not read")
            return
        ctype = part.get_content_type()
        if not embedded and self.content.report_type is None and ctype in _REPORT_PARTS:
            report = part.get_param("report-type") if ctype == "multipart/report" else None
            self.content.report_type = str(report).lower() if isinstance(report, str) else _REPORT_PARTS[ctype]
        if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                sub = _Walker(self.content)
                sub.parts = self.parts
                sub.walk(inner[0], depth + 1, True)
                self.parts = sub.parts
                text = "\n".join(sub.plain) or "\n".join(html_to_text(h) for h in sub.html)
                if text.strip():
                    self.content.embedded.append(clean(text))
            return
        if part.is_multipart():
            children = part.get_payload()
            if not isinstance(children, list):
                return
            if ctype == "multipart/alternative":
                plain = [c for c in children if isinstance(c, Message)
                         and c.get_content_type() == "text/plain"]
                children = plain[:1] or children
            for child in children:
                if isinstance(child, Message):
                    self.walk(child, depth + 1, embedded)
            return
        if _is_attachment(part) or embedded:
            return
        if ctype == "text/plain":
            text = _part_text(part)
            # HTML sent as text/plain by a misconfigured client ("<html><body><div>Hej ..."): read as HTML
            (self.html if _HTML_AS_PLAIN.match(text) else self.plain).append(text)
        elif ctype == "text/html":
            self.html.append(_part_text(part))

    def _problem(self, text: str) -> None:
        if text not in self.content.problems:
            self.content.problems.append(text)


_HTML_AS_PLAIN = re.compile(r"\s*(?:<!doctype html|<html\b|<body\b|<div\b[^>]*>)", re.IGNORECASE)


def read_mail(raw: bytes) -> MailContent:
    """Read raw message bytes into a MailContent; never raises."""
    content = MailContent()
    if len(raw) > MAX_RAW_BYTES:
        content.problems.append(f"message of {len(raw)} bytes: only the first {MAX_RAW_BYTES} were read")
        raw = raw[:MAX_RAW_BYTES]
    boundaries = [m.start() for _, m in zip(range(MAX_PARTS + 1), _BOUNDARY.finditer(raw))]
    if len(boundaries) > MAX_PARTS:
        content.problems.append(f"more than {MAX_PARTS} multiparts: the rest was not read")
        raw = raw[: boundaries[MAX_PARTS]]
    try:
        message = email.message_from_bytes(raw)
    except Exception as exc:  # the parser is lenient, but never trust it  # noqa: BLE001 - never raise
        content.problems.append(f"not a readable e-mail ({type(exc).__name__})")
        content.body = clean(decode_bytes(raw, None))
        return content
    _read_headers(message, content)
    walker = _Walker(content)
    try:
        walker.walk(message, 0, False)
    except RecursionError:
        content.problems.append("MIME nested too deeply: the inner parts were not read")
    except Exception as exc:  # noqa: BLE001 - never raise
        content.problems.append(f"a MIME part could not be read ({type(exc).__name__})")
    if walker.plain:
        body = "\n\n".join(walker.plain)
    elif walker.html:
        try:
            body = "\n\n".join(html_to_text(h) for h in walker.html)
        except Exception as exc:  # noqa: BLE001 - never raise
            content.problems.append(f"HTML body could not be read ({type(exc).__name__})")
            body = ""
    else:
        body = ""
    content.body = clean(body).strip()
    if not content.body.strip() and not content.embedded:
        content.problems.append("no readable text in the message")
    return content


def _read_headers(message: Message, content: MailContent) -> None:
    """The headers as they were sent (RFC 2047 and raw UTF-8, ``header_text``): the raw values, not the
    compat32 ones, which have already turned raw 8-bit bytes into U+FFFD."""
    try:
        first = first_values(message.raw_items())
    except Exception:  # noqa: BLE001 - never raise
        first = {}
    for key, value in first.items():
        content.headers[key] = decode_header(value)[:2000]
    content.subject = content.headers.get("subject", "")
    content.message_id = content.headers.get("message-id") or None
    try:
        content.identity = read_identity(message.raw_items())
        content.from_name, content.from_address = content.identity.name, content.identity.address
        for to in email.utils.getaddresses([content.headers.get("to", ""), content.headers.get("cc", "")]):
            if to[1]:
                content.recipients.append((to[0], to[1].lower()))
    except Exception:  # noqa: BLE001 - never raise
        content.problems.append("unreadable From or To header")
    try:
        content.content_type = message.get_content_type()
        report = message.get_param("report-type")
        content.report_type = str(report).lower() if isinstance(report, str) else None
    except Exception:  # noqa: BLE001 - never raise
        content.problems.append("unreadable Content-Type header")
