"""Building realistic test e-mails (RFC 5322 bytes) for the mail-server tests and benchmarks."""

from __future__ import annotations

import uuid
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from tests.conftest import local


def mail(sender: str, subject: str, body: str, *, name: str | None = None, to: str = "anmalan@dalalab.example",
         message_id: str | None = None, headers: dict[str, str] | None = None, html: str | None = None) -> bytes:
    """One message as an MTA would deliver it: From, To, Date, Message-ID, plain text (and HTML)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((name, sender)) if name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(local(2027, 2, 1, 8, 30))
    msg["Message-ID"] = message_id or make_msgid(idstring=uuid.uuid4().hex[:12], domain=sender.partition("@")[2])
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def message_id_of(raw: bytes) -> str:
    """The Message-ID header of raw bytes."""
    for line in raw.split(b"\r\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise ValueError("no Message-ID")


FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Nils", "Eva", "Johan", "Sara", "Per", "Ingrid", "Olof"]
LAST = ["Berg", "Lindqvist", "Holm", "Ekström", "Dahl", "Sjöberg", "Nyström", "Wik", "Lund", "Strand"]


def region_signup(i: int, tag: str) -> tuple[str, bytes]:
    """The ``i``-th of many realistic signups from Region Dalarna (no quota), all four sessions, with its
    sender's address (distinct for each ``tag`` and ``i``)."""
    name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}"
    address = f"{tag}{i}.{name.split()[0].lower()}@regiondalarna.se"
    body = (f"Hej Linnea!\n\nJag vill anmäla mig till DalaLab, alla fyra träffarna. Jag äter vegetariskt.\n\n"
            f"Med vänlig hälsning\n{name}\nSamhällsplanerare\nRegion Dalarna\nTel 023-49 00 00\n")
    return address, mail(address, "Anmälan till DalaLab", body, name=name)
