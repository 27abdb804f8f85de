"""Build the MIME message of an outbox row: text + HTML alternative, ICS, attachments, the original for forwards.

Built with the ``email.mime`` classes (the ``compat32`` policy) rather than ``EmailMessage``:
the newer API parses every header it is given through its header registry, which made
composing a confirmation cost ~3 ms, the largest part of sending it
(``benchmarks/bench_pipeline.py``). Here non-ASCII header values are RFC 2047-encoded and
text parts are quoted-printable UTF-8, so every message is 7-bit clean and needs nothing
of the SMTP server.
"""

from __future__ import annotations

import base64
import datetime as dt
from email import charset as email_charset
from email import encoders, message_from_bytes
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

from assistant.config import domain_of
from assistant.ports import Outgoing
from handlers.calendar_file import build_ics

UTF8_QP = email_charset.Charset("utf-8")
UTF8_QP.header_encoding = email_charset.QP
UTF8_QP.body_encoding = email_charset.QP   # readable in the raw message, unlike base64


def compose(row: Outgoing, from_address: str, now: dt.datetime, original: bytes | None = None) -> Message:
    """The e-mail for one outbox row, ready to send: one recipient, threaded, marked auto-replied."""
    body: Message = _text(row.body_text, "plain")
    if row.body_html:
        body = MIMEMultipart("alternative", _subparts=[body, _text(row.body_html, "html")])
    attachments = _attachments(row, from_address, now, original)
    msg = MIMEMultipart("mixed", _subparts=[body, *attachments]) if attachments else body
    headers: dict[str, str | None] = {"From": from_address, "To": row.recipient, "Subject": row.subject or "Anmälan",
               "Date": format_datetime(now),
               "Message-ID": row.headers.get("Message-ID") or f"<outbox.{row.id}@{from_address.partition('@')[2]}>",
               "In-Reply-To": row.headers.get("In-Reply-To"), "References": row.headers.get("References"),
               "Reply-To": row.headers.get("Reply-To"),   # a forward: "Reply" answers the person who asked
               "Auto-Submitted": "auto-generated" if row.kind in ("forward", "summary") else "auto-replied",
               "X-Auto-Response-Suppress": "All"}
    for name, value in headers.items():
        if value:
            # compat32 takes a Header for an encoded value (the stubs say str)
            msg[name] = value if value.isascii() else Header(value, UTF8_QP, header_name=name)  # type: ignore[assignment]
    return msg


def _text(text: str, subtype: str) -> MIMEText:
    return MIMEText(text, subtype, UTF8_QP)   # type: ignore[arg-type]  # a Charset is accepted: it sets the QP


def _attachments(row: Outgoing, from_address: str, now: dt.datetime, original: bytes | None) -> list[Message]:
    parts: list[Message] = []
    calendar = row.payload.get("calendar") if row.payload else None
    if calendar:
        domain = domain_of(from_address)
        # As text with charset=utf-8: without it a reader takes the bytes as ASCII ("H\ufffd\ufffdllbar").
        ics = _text(build_ics(calendar, domain, now, row.created_at).decode("utf-8"), "calendar")
        ics.set_param("method", "PUBLISH")
        parts.append(_as_attachment(ics, "kalender.ics"))
    for item in (row.payload or {}).get("attachments") or ():
        # payload["attachments"]: [{"filename", "content_type", "data_b64"}] (e.g. the summary's XLSX and CSV)
        ctype, *options = str(item.get("content_type") or "application/octet-stream").split(";")
        maintype, _, subtype = ctype.strip().partition("/")
        params = dict(o.strip().partition("=")[::2] for o in options if "=" in o)   # e.g. charset=utf-8
        part = MIMEBase(maintype, subtype or "octet-stream")
        for name, value in params.items():
            part.set_param(name, value)
        part.set_payload(base64.b64decode(item["data_b64"]))
        encoders.encode_base64(part)
        parts.append(_as_attachment(part, str(item["filename"])))
    if original is not None:
        try:
            attached: Message = MIMEMessage(message_from_bytes(original))
        except Exception:  # noqa: BLE001 - an unreadable original still reaches the organiser as bytes
            attached = MIMEApplication(original, "octet-stream")
        parts.append(_as_attachment(attached, "original.eml"))
    return parts


def _as_attachment(part: Message, filename: str) -> Message:
    name: str | tuple[str, str, str] = filename if filename.isascii() else ("utf-8", "", filename)
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part
