"""A realistic registration state for the daily summary, built through Service.submit, and its rendering.

``realistic_state`` is shared with the other summary tests and with ``benchmarks/summary_example.py``
(which writes the example rendering to /tmp/summary_example.txt): 40 registrations over the four
sessions with a capacity of 10, a waiting list, cancellations, a promotion, a diet change, a
question, a message not understood, a change waiting for confirmation, and a reply that the
SMTP server (real aiosmtpd) refused for good.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from pathlib import Path

from assistant.clock import FixedClock
from assistant.config import Config, SmtpChannel
from assistant.dispatcher import Dispatcher
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Handled, Inbound, Service
from assistant.summary.queueing import preview
from assistant.summary.render import attention_detail, change_detail, organisation_line
from assistant.summary.report import Report
from assistant.summary.schedule import SummaryScheduler
from handlers.smtp_sender import SmtpSender
from storage.database import Database, open_database
from tests.conftest import local
from tests.servers.smtp import SmtpServer

ORGANISER = "linnea.hassis@regiondalarna.se"
ORGANISER_CHAT = 555001
S1, S2, S3, S4 = (dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22))
_serial = itertools.count(1)


def small_config(config: Config, capacity: int | Sequence[int] = (10, 11, 12, 12),
                 emails: Sequence[str] = (ORGANISER,), telegram_ids: Sequence[int] = (),
                 send_when_quiet: bool = True) -> Config:
    """The example config with small capacities (one, or one per session) and the given organisers."""
    sizes = [capacity] * len(config.event.sessions) if isinstance(capacity, int) else list(capacity)
    event = config.event.model_copy(update={"sessions": tuple(
        s.model_copy(update={"capacity": n}) for s, n in zip(config.event.sessions, sizes, strict=True))})
    organisers = config.organisers.model_copy(update={"emails": tuple(emails), "telegram_ids": tuple(telegram_ids)})
    summary = config.summary.model_copy(update={"send_when_nothing_happened": send_when_quiet})
    return config.model_copy(update={"event": event, "organisers": organisers, "summary": summary})


class World:
    """Messages as participants send them, through the service's real unit of work."""

    def __init__(self, config: Config, db: Database, clock: FixedClock) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self.service = Service(config, db, clock)

    async def _submit(self, request: ParsedRequest) -> Handled:
        self.clock.advance(dt.timedelta(minutes=3))
        inbound = Inbound(request.sender.channel, f"<summary-{next(_serial)}@test>",
                          b"Subject: test\r\n\r\n(test)", self.clock.now())
        handled = await self.service.submit(inbound, request)
        assert handled.state == "processed", handled
        return handled

    async def signup(self, name: str, email: str, org: str, sessions: Sequence[dt.date] = (),
                     diet: str | None = None) -> Handled:
        """``name`` signs up (all sessions when none are named)."""
        return await self._submit(ParsedRequest(
            Intent.REGISTER, (Person(name, email, org),), sessions=tuple(sessions), diet=diet,
            sender=Sender("email", email, name), sessions_named=bool(sessions)))

    async def cancel(self, name: str, email: str, org: str, sessions: Sequence[dt.date] = (),
                     sender: str | None = None) -> Handled:
        """A cancellation, by the person (or by someone else: then it waits for confirmation)."""
        return await self._submit(ParsedRequest(
            Intent.CANCEL, (Person(name, email, org),), sessions=tuple(sessions),
            sender=Sender("email", sender or email, None if sender else name), sessions_named=bool(sessions)))

    async def change_diet(self, name: str, email: str, org: str, diet: str) -> Handled:
        """A registered person tells a new diet."""
        return await self._submit(ParsedRequest(Intent.CHANGE, (Person(name, email, org),), diet=diet,
                                                sender=Sender("email", email, name), change="diet"))

    async def question(self, name: str, email: str, text: str) -> Handled:
        """A question for the organisers."""
        return await self._submit(ParsedRequest(Intent.QUESTION, question=text, sender=Sender("email", email, name),
                                                subject="Fråga"))

    async def unknown(self, email: str, subject: str) -> Handled:
        """A message the parser could not make sense of."""
        return await self._submit(ParsedRequest(Intent.UNKNOWN, sender=Sender("email", email, None),
                                                subject=subject))


async def dispatch_all(db: Database, clock: FixedClock, smtp: SmtpServer, refuse: str | None = None) -> None:
    """Send everything pending through real SMTP (aiosmtpd); ``refuse``: the server's answer to RCPT."""
    settings = SmtpChannel(enabled=True, host="127.0.0.1", port=smtp.port, security="plain", user="",
                           from_address="anmalan@dalalab.example")
    sender = SmtpSender(settings, clock, password=None)
    smtp.refusal = refuse
    try:
        await Dispatcher(db, {"email": sender}, clock).run_once(limit=1000)
    finally:
        smtp.refusal = None
        await sender.close()


async def realistic_state(config: Config, db: Database, clock: FixedClock, smtp: SmtpServer) -> None:
    """Day 1 signups, the summary of 2 March, then a day of changes (the summary of 3 March shows them).

    Meant for ``small_config`` capacities (10, 11, 12, 12): 3 May and 21 September get waiting lists.
    """
    world = World(config, db, clock)
    await world.service.prepare()
    clock.set(local(2027, 3, 1, 8, 30))
    everyone = [("Anna Berg", "anna.berg@falun.se", "Falu kommun", "vegetarisk"),
                ("Erik Lund", "erik.lund@falun.se", "Falu kommun", None),
                ("Maria Holm", "maria.holm@falun.se", "Falu kommun", "glutenfri"),
                ("Johan Ek", "johan.ek@borlange.se", "Borlänge kommun", None),
                ("Sara Nyström", "sara.nystrom@borlange.se", "Borlänge kommun", "Vegetarisk"),
                ("Lars Dahl", "lars.dahl@mora.se", "Mora kommun", None),
                ("Karin Sjö", "karin.sjo@regiondalarna.se", "Region Dalarna", "laktosfri"),
                ("Per Ström", "per.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna", None),
                ("Emma Vik", "emma.vik@ludvika.se", "Ludvika kommun", "nötallergi")]
    for name, email, org, diet in everyone:
        await world.signup(name, email, org, diet=diet)                              # 9 × 4 = 36
    await world.signup("Olle Björk", "olle.bjork@gagnef.se", "Gagnefs kommun", [S1])   # the 10th place
    await world.signup("Ida Falk", "ida.falk@leksand.se", "Leksands kommun", [S1], diet="vegetarisk")
    await world.signup("Nils Berg", "nils.berg@hedemora.se", "Hedemora kommun", [S1, S2])  # 40 in all
    await dispatch_all(db, clock, smtp)
    clock.set(local(2027, 3, 2, 7, 0))
    scheduler = SummaryScheduler(world.service, channels={"email"})
    scheduler.started_at = local(2027, 3, 1, 0, 0)
    await scheduler.tick()                                                            # the summary of 2 March
    await dispatch_all(db, clock, smtp)

    clock.set(local(2027, 3, 2, 9, 15))
    await world.signup("Jonas Aho", "jonas.aho@rattvik.se", "Rättviks kommun")        # 3 maj: waiting list
    await world.cancel("Lars Dahl", "lars.dahl@mora.se", "Mora kommun", [S1])         # Ida Falk gets the place
    await world.change_diet("Sara Nyström", "sara.nystrom@borlange.se", "Borlänge kommun", "vegansk")
    await world.cancel("Johan Ek", "johan.ek@borlange.se", "Borlänge kommun", sender="chef@borlange.se")
    await world.question("Emma Vik", "emma.vik@ludvika.se",
                         "Blir det lunch, och går det att parkera vid regionens hus i Falun?")
    await world.unknown("info@hedemora.se", "Re: Inbjudan DalaLab")
    await dispatch_all(db, clock, smtp)
    await world.signup("Petra Olsson", "petra.olsson@orsa.se", "Orsa kommun", [S2])
    await dispatch_all(db, clock, smtp, refuse="550 5.1.1 <petra.olsson@orsa.se>: Recipient address rejected")
    clock.set(local(2027, 3, 3, 7, 0))


async def read_report(service: Service) -> Report:
    """The summary as it would be at the service clock's now (read through the service)."""
    async with service.reading() as uow:
        return await preview(uow, service.config, service.clock.now())


async def test_realistic_state_summary_counts_what_happened(config: Config, tmp_path: Path,
                                                             smtp_server: SmtpServer) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 3, 1, 8, 0))
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    try:
        await realistic_state(cfg, db, clock, smtp_server)
        report = await read_report(Service(cfg, db, clock))
    finally:
        await db.dispose()
    first = report.sessions[0]
    assert (first.confirmed, first.waitlisted, first.places_left) == (10, 2, 0)   # Nils Berg, Jonas Aho wait
    assert sum(s.confirmed + s.waitlisted for s in report.sessions) == 44   # 40 + 4 + 1 - 1 cancelled
    falun = next(o for o in report.organisations if o.name == "Falu kommun")
    assert [s.waitlisted for s in report.sessions] == [2, 1, 0, 0]       # Petra Olsson waits for 21 Sep
    assert organisation_line(falun) == "Falu kommun 3/3: Anna Berg, Erik Lund, Maria Holm"
    assert [c.name for c in report.changes_of("new")] == ["Jonas Aho", "Petra Olsson"]
    assert [c.name for c in report.changes_of("cancelled")] == ["Lars Dahl"]
    assert [c.name for c in report.changes_of("promoted")] == ["Ida Falk"]
    assert [change_detail(c) for c in report.changes_of("changed")] == ["ny kost: vegansk"]
    kinds = {a.kind for a in report.attention}
    assert kinds == {"question", "not-understood", "pending-confirmation", "failed-reply"}
    failed = report.attention_of("failed-reply")[0]
    assert failed.who == "petra.olsson@orsa.se" and "550 5.1.1" in attention_detail(failed)
    assert report.days_left == 42
