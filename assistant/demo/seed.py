"""Seed the Maildir inbox with a handful of example messages, so a newcomer sees the service work."""

from __future__ import annotations

import mailbox
import uuid
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from assistant.clock import Clock

EXAMPLES = [
    ("Sofia Hedlund <sofia.hedlund@leksand.se>", "Anmälan till DalaLab",
     ("Hej!\n\nJag vill anmäla mig till DalaLab, alla träffar.\n\nMed vänlig hälsning\nSofia Hedlund\n"
     "Översiktsplanerare, Leksands kommun\nTel: 0247-80 41 12\n")),
    ("Erik Sandberg <erik.sandberg@borlange.se>", "Anmälan",
     ("Hej!\n\nJag anmäler mig gärna till första och sista träffen. Vegetarisk kost, tack.\n\n"
     "Hälsningar\nErik Sandberg\nPlanarkitekt, Borlänge kommun\n")),
    ("Karin Dahl <karin.dahl@falun.se>", "Anmälan från Falu kommun",
     ("Hej,\n\nHärmed anmäler jag mig själv samt kollegorna Per Holm (per.holm@falun.se) och "
     "Lena Ek (lena.ek@falun.se) till träffarna 3 maj och 29 november.\n\nKarin Dahl\nFalu kommun\n")),
    ("Jonas Berg <jonas.berg@falun.se>", "Anmälan",
     "Hej! Jag vill också anmäla mig till 3 maj.\n\nJonas Berg\nFalu kommun\n"),
    ("Anna Lind <anna.lind@mora.se>", "Fråga om DalaLab",
     "Hej! Blir det lunch på träffarna, eller bara fika?\n\nAnna Lind\nMora kommun\n"),
]


def seed_inbox(inbox: Path, clock: Clock) -> int:
    """Drop the example messages into the Maildir inbox; returns how many.

    Written with the standard library's Maildir, as any mail program delivers: the core imports no channel.
    """
    for sub in ("tmp", "new", "cur"):          # whole, even where the folder itself already exists
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(inbox), create=False)
    for sender, subject, body in EXAMPLES:
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = "anmalan@dalalab.example"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(clock.now())
        msg["Message-ID"] = f"<demo.{uuid.uuid4().hex}@demo.example>"
        msg.set_content(body)
        box.add(msg)
    return len(EXAMPLES)
