"""The caps on what the service sends: the policy (pure), and the service applying it to code mails."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config, Limits
from assistant.outgoing import Reply
from assistant.sending_caps import Cap, Sent, cap_hit, hour_budget, window
from assistant.service import Inbound
from assistant.summary.render import render_text
from assistant.summary.report import build_report
from storage.models import OutboxMessage, PendingConfirmation
from tests.conftest import local
from tests.servers.service import prepared_service

LIMITS = Limits(max_replies_per_address_per_day=10, max_replies_per_hour=5, max_forwards_per_hour=5,
                max_code_mails_per_address_per_day=3, max_link_mails_per_address_per_day=3)


def _reply(kind: str, channel: str = "email") -> Reply:
    return Reply(channel, kind, "anna@falun.se", "Ämne", "Text")


@pytest.mark.parametrize(("kind", "sent", "cap"), [
    ("confirmation", Sent(9, 0, 0), None),
    ("confirmation", Sent(10, 10, 0), Cap.REPLIES_PER_ADDRESS),
    ("promotion", Sent(10, 0, 0), Cap.REPLIES_PER_ADDRESS),
    ("confirm-change", Sent(2, 2, 0), None),
    ("confirm-change", Sent(3, 3, 0), Cap.CODES_PER_ADDRESS),
    ("link-telegram", Sent(3, 3, 0), Cap.LINKS_PER_ADDRESS),
    ("forward", Sent(0, 0, 4), None),
    ("forward", Sent(0, 0, 5), Cap.FORWARDS_PER_HOUR),
    ("forward", Sent(99, 99, 0), None),            # organisers have no daily cap: they get every forward
    ("summary", Sent(99, 99, 99), None),
    ("forward-digest", Sent(99, 99, 99), None),
])
def test_each_kind_meets_its_caps(kind: str, sent: Sent, cap: Cap | None) -> None:
    assert cap_hit(_reply(kind), sent, LIMITS) is cap


def test_the_hours_budget_is_what_the_hourly_cap_leaves() -> None:
    assert [hour_budget(n, LIMITS) for n in (0, 4, 5, 9)] == [5, 1, 0, 0]


def test_chat_messages_are_not_mail_and_not_capped() -> None:
    assert cap_hit(_reply("confirmation", "telegram"), Sent(99, 99, 99), LIMITS) is None


def test_the_windows_are_the_local_hour_and_day() -> None:
    tz = local(2027, 2, 1, 0, 0).tzinfo
    assert tz is not None
    hour, day = window(local(2027, 2, 1, 0, 30), tz)
    assert (hour, day) == (local(2027, 2, 1, 0, 0), local(2027, 2, 1, 0, 0))
    hour, day = window(local(2027, 2, 1, 23, 59), tz)
    assert (hour, day) == (local(2027, 2, 1, 23, 0), local(2027, 2, 1, 0, 0))


def _mail(body: str, msgid: str, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Avanmälan"
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return msg.as_bytes()


async def test_thirty_change_requests_mail_the_registered_address_three_codes_a_day(
        config: Config, clock: FixedClock, db_url: str) -> None:
    async with prepared_service(config, db_url, clock) as (service, db):
        anna = "anna.andersson@falun.se"
        await service.handle(Inbound("email", "<anna@falun.se>", _mail(
            "Jag anmäler mig till 3 maj.\n\nAnna Andersson\nFalu kommun\n", "<anna@falun.se>",
            f"Anna Andersson <{anna}>"), clock.now()))
        for i in range(30):
            key = f"<c{i}@evil.example>"
            await service.handle(Inbound("email", key, _mail(
                "Hej! Kan ni avanmäla Anna Andersson från alla träffar.\n\nMvh\nMallory Malm\n", key,
                f"Mallory Malm <mallory{i}@evil{i}.example>"), clock.now()))
        async with db.sessions() as session:
            rows = list((await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())
            codes = list((await session.scalars(select(PendingConfirmation))).all())
        to_anna = [r for r in rows if r.recipient == anna and r.kind == "confirm-change"]
        assert [r.state for r in to_anna].count("pending") == 3
        assert [r.state for r in to_anna].count("capped") == 27
        assert sum(1 for c in codes if c.used_at is None) == 3    # a code never mailed is void
        answers = [r for r in rows if r.kind != "confirm-change" and r.recipient.startswith("mallory")]
        assert all("Vi har skickat en fråga dit" in r.body_text for r in answers[:3])
        for later in answers[3:]:
            assert "Vi har skickat" not in later.body_text
            assert "redan fått" in later.body_text and "ingenting har ändrats" in later.body_text
        async with service.reading() as uow:
            facts = await uow.summary.facts(clock.now(), None)
        assert "27 kodmejl hölls tillbaka" in render_text(build_report(config, facts))

        clock.set(local(2027, 2, 2, 0, 5))   # a new day (Stockholm): one more code goes out
        await service.handle(Inbound("email", "<next@evil.example>", _mail(
            "Hej! Kan ni avanmäla Anna Andersson från alla träffar.\n\nMvh\nMallory Malm\n", "<next@evil.example>",
            "Mallory Malm <mallory@evil99.example>"), clock.now()))
        async with db.sessions() as session:
            pending = (await session.scalars(select(OutboxMessage).where(
                OutboxMessage.kind == "confirm-change", OutboxMessage.state == "pending"))).all()
        assert len(pending) == 4
        assert clock.now() - dt.timedelta(hours=1) < max(r.created_at for r in pending)
