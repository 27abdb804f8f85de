"""The book a request is decided on: only what it concerns is loaded, the rest is counted right."""

from __future__ import annotations

import datetime as dt

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound, Service
from storage.database import open_database
from storage.registrations import RegistrationRepository

MAY3 = dt.date(2027, 5, 3)


def _signup(name: str, email: str, org: str) -> ParsedRequest:
    return ParsedRequest(Intent.REGISTER, (Person(name, email, org),), (MAY3,), sessions_named=True,
                         sender=Sender("email", email, name))


async def test_partial_book_loads_the_concerned_and_the_head_of_the_line(
        config: Config, clock: FixedClock, db_url: str) -> None:
    sessions = tuple(s.model_copy(update={"capacity": 1}) for s in config.event.sessions)
    small = config.model_copy(update={"event": config.event.model_copy(update={"sessions": sessions})})
    db = open_database(db_url)
    try:
        service = Service(small, db, clock)
        await service.prepare()
        people = [("Ann Ek", "ann@orsa.se", "Orsa kommun"), ("Bo Ek", "bo@mora.se", "Mora kommun"),
                  ("Cid Ek", "cid@gagnef.se", "Gagnefs kommun"), ("Dan Ek", "dan@hedemora.se", "Hedemora kommun"),
                  ("Eva Ek", "eva@vansbro.se", "Vansbro kommun")]
        for i, (name, email, org) in enumerate(people):
            clock.advance(dt.timedelta(minutes=1))
            await service.submit(Inbound("email", f"<p{i}@x>", b"", clock.now()), _signup(name, email, org))
        cancel = ParsedRequest(Intent.CANCEL, (Person("Ann Ek", "ann@orsa.se", "Orsa kommun"),),
                               sender=Sender("email", "ann@orsa.se", "Ann Ek"))
        async with db.sessions() as session:
            book = await RegistrationRepository(session).book(cancel, small)
        loaded = {(h.holder.name, h.standing.value) for h in book.holdings}
        assert ("Ann Ek", "confirmed") in loaded
        assert [h.holder.name for h in book.waitlist(MAY3)] == ["Bo Ek", "Cid Ek"], "the first in line, in order"
        assert book.confirmed_count(MAY3) == 1
        assert book.waitlist_length(MAY3) == 4, "the rest of the line is counted, not loaded"
        assert ("Eva Ek", "waitlisted") not in loaded
    finally:
        await db.dispose()
