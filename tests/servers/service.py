"""The real service in-process on a test database: opened, migrated, and closed again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.inbound import mail_key
from assistant.service import Inbound, Service
from storage.database import Database, open_database
from tests.conftest import local


@asynccontextmanager
async def prepared_service(config: Config, url: str, clock: FixedClock) -> AsyncIterator[tuple[Service, Database]]:
    """A prepared ``Service`` on the database at ``url``, and that database; both closed when the block ends."""
    db = open_database(url)
    service = Service(config, db, clock)
    try:
        await service.prepare()
        yield service, db
    finally:
        await service.close()
        await db.dispose()


def falun_signup(name: str, address: str, n: int, day: str = "21 september") -> Inbound:
    """The ``n``-th mail of someone at Falu kommun signing up for 21 September (or ``day``)."""
    msg = EmailMessage()
    msg["From"] = f"{name} <{address}>"
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Anmälan"
    msg["Message-ID"] = f"<signup{n}@falun.se>"
    msg.set_content(f"Hej! Jag anmäler mig till träffen den {day}.\n\n{name}\nFalu kommun\n")
    raw = msg.as_bytes()
    return Inbound("email", mail_key(raw), raw, local(2027, 2, 1, 9, n))
