"""Build the MIME message of an outbox row: text + HTML alternative, ICS, attachments, the original for forwards."""

from __future__ import annotations

import base64
import datetime as dt
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

from handlers.calendar_file import build_ics
from storage.models import OutboxMessage


def compose(row: OutboxMessage, from_address: str, now: dt.datetime, original: bytes | None = None) -> EmailMessage:
    """The e-mail for one outbox row, ready to send: one recipient, threaded, marked auto-replied."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_address
    msg["To"] = row.recipient
    msg["Subject"] = row.subject or "Anmälan"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = row.headers.get("Message-ID") or f"<outbox.{row.id}@{from_address.partition('@')[2]}>"
    for name in ("In-Reply-To", "References"):
        if row.headers.get(name):
            msg[name] = row.headers[name]
    msg["Auto-Submitted"] = "auto-generated" if row.kind in ("forward", "summary") else "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(row.body_text)
    if row.body_html:
        msg.add_alternative(row.body_html, subtype="html")
    calendar = row.payload.get("calendar") if row.payload else None
    if calendar:
        domain = from_address.partition("@")[2] or "anmalan.local"
        # As text with charset=utf-8: without it a reader takes the bytes as ASCII ("H\ufffd\ufffdllbar").
        msg.add_attachment(build_ics(calendar, domain, now, row.created_at).decode("utf-8"), subtype="calendar", charset="utf-8",
                           filename="kalender.ics", params={"method": "PUBLISH"})
    for item in (row.payload or {}).get("attachments") or ():
        # payload["attachments"]: [{"filename", "content_type", "data_b64"}] (e.g. the summary's XLSX and CSV)
        ctype, *options = str(item.get("content_type") or "application/octet-stream").split(";")
        maintype, _, subtype = ctype.strip().partition("/")
        params = dict(o.strip().partition("=")[::2] for o in options if "=" in o)   # e.g. charset=utf-8
        msg.add_attachment(base64.b64decode(item["data_b64"]), maintype=maintype,
                           subtype=subtype or "octet-stream", filename=str(item["filename"]), params=params)
    if original is not None:
        try:
            attached = BytesParser(policy=policy.default).parsebytes(original)
            msg.add_attachment(attached, filename="original.eml")
        except Exception:  # noqa: BLE001 - an unreadable original still reaches the organiser as bytes
            msg.add_attachment(original, maintype="application", subtype="octet-stream",
                               filename="original.eml")
    return msg

