"""The embedded default channel end to end: a Maildir inbox in, .eml replies out, through the real service."""

from __future__ import annotations

import asyncio
import mailbox
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any, Self

import pytest
from icalendar import Calendar

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.runner import serve
from tests.conftest import local


def _config(config: Config, tmp_path: Path, **event_changes: Any) -> Config:
    md = config.channels.maildir.model_copy(update={"inbox": tmp_path / "inbox", "outbox": tmp_path / "outbox",
                                                    "poll_seconds": 0.05})
    event = config.event.model_copy(update=event_changes) if event_changes else config.event
    return config.model_copy(update={
        "event": event,
        "channels": config.channels.model_copy(update={"maildir": md}),
        "database": config.database.model_copy(update={"url": f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"})})


def mail(sender: str, subject: str, body: str, msgid: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg["Date"] = "Mon, 01 Feb 2027 09:00:00 +0100"
    msg.set_content(body)
    return msg


def replies(outbox: Path) -> list[EmailMessage]:
    return [BytesParser(policy=policy.default).parsebytes(p.read_bytes()) for p in sorted(outbox.glob("*.eml"))]


async def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out waiting")


class Running:
    """The service running in-process on a Maildir, with an injected clock."""

    def __init__(self, config: Config, clock: FixedClock) -> None:
        self.config, self.clock = config, clock
        self.stop = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Self:
        self.task = asyncio.create_task(serve(self.config, self.clock, self.stop))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        assert self.task is not None
        await asyncio.wait_for(self.task, 10)

    def deliver(self, msg: EmailMessage) -> None:
        mailbox.Maildir(str(self.config.channels.maildir.inbox), create=True).add(msg)

    @property
    def outbox(self) -> Path:
        return self.config.channels.maildir.outbox


async def test_signup_is_confirmed_with_calendar_and_moved_to_processed(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    cfg = _config(config, tmp_path)
    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Sofia Hedlund <sofia.hedlund@leksand.se>", "Anmälan till DalaLab",
                         "Hej!\n\nJag vill anmäla mig till träffarna 3 maj och 21 september.\n\n"
                         "Sofia Hedlund\nLeksands kommun\nTel 0247-80 41 12\n", "<s1@leksand.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 1)
    [reply] = replies(svc.outbox)
    assert reply["To"] == "sofia.hedlund@leksand.se"
    assert reply["In-Reply-To"] == "<s1@leksand.se>"
    assert reply["Subject"] == "Re: Anmälan till DalaLab"
    assert reply["Auto-Submitted"] == "auto-replied"
    text = reply.get_body(("plain",)).get_content()
    assert "Sofia Hedlund, Leksands kommun" in text
    assert "måndag 3 maj 2027 kl. 10.00–15.00, Falun" in text
    assert "tisdag 21 september 2027" in text and "29 november" not in text
    assert reply.get_body(("html",)) is not None
    ics = next(p for p in reply.iter_attachments() if p.get_content_type() == "text/calendar")
    events = Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert sorted(str(e["DTSTART"].dt.date()) for e in events) == ["2027-05-03", "2027-09-21"]
    assert all("ORGANIZER" not in e for e in events)
    box = mailbox.Maildir(str(cfg.channels.maildir.inbox))
    assert len(box) == 0 and len(box.get_folder("processed")) == 1


async def test_fourth_from_a_municipality_is_told_who_holds_the_places(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    cfg = _config(config, tmp_path)
    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Karin Dahl <karin.dahl@falun.se>", "Anmälan",
                         "Hej,\n\nJag anmäler mig själv samt kollegorna Per Holm (per.holm@falun.se) och "
                         "Lena Ek (lena.ek@falun.se) till alla träffar.\n\nKarin Dahl\nFalu kommun\n", "<f1@falun.se>"))
        # Karin's overview, and Per's and Lena's own confirmations
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 3)
        clock.advance(__import__("datetime").timedelta(minutes=5))
        svc.deliver(mail("Jonas Berg <jonas.berg@falun.se>", "Anmälan",
                         "Hej! Jag vill också anmäla mig till 3 maj.\n\nJonas Berg\nFalu kommun\n", "<f2@falun.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 4)
    [refusal] = [r for r in replies(svc.outbox) if r["To"] == "jonas.berg@falun.se"]
    assert refusal["To"] == "jonas.berg@falun.se"
    text = refusal.get_body(("plain",)).get_content()
    assert "Falu kommun får delta med högst 3 personer" in text
    for name in ("Karin Dahl", "Per Holm", "Lena Ek"):
        assert name in text
    assert not any(p.get_content_type() == "text/calendar" for p in refusal.iter_attachments())


async def test_same_message_twice_is_answered_once_and_automatic_mail_never(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    cfg = _config(config, tmp_path)
    signup = mail("Mats Ekström <mats.ekstrom@mora.se>", "Anmälan", "Jag anmäler mig till alla träffar.\n\n"
                  "Mats Ekström\nMora kommun\n", "<m1@mora.se>")
    ooo = mail("Mats Ekström <mats.ekstrom@mora.se>", "Automatiskt svar: Anmälan",
               "Jag är tillbaka måndag 3 maj.\n", "<ooo@mora.se>")
    ooo["Auto-Submitted"] = "auto-replied"
    # A later signup from someone else marks the end: the dispatcher sends rows in the order they were
    # written, so once its reply is out, any reply the copy or the out-of-office had queued is out too.
    marker = mail("Eva Ås <eva.as@orsa.se>", "Anmälan", "Jag anmäler mig till 3 maj.\n\nEva Ås\nOrsa kommun\n",
                  "<marker@orsa.se>")
    async with Running(cfg, clock) as svc:
        svc.deliver(signup)
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 1)
        svc.deliver(signup)
        svc.deliver(ooo)
        processed = mailbox.Maildir(str(cfg.channels.maildir.inbox)).get_folder("processed")
        await wait_for(lambda: len(processed) == 3)
        svc.deliver(marker)
        await wait_for(lambda: any(r["To"] == "eva.as@orsa.se" for r in replies(svc.outbox)))
    assert [r["To"] for r in replies(svc.outbox)] == ["mats.ekstrom@mora.se", "eva.as@orsa.se"]


async def test_late_signup_is_refused_with_the_deadline(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    clock.set(local(2027, 4, 20, 10, 0))
    cfg = _config(config, tmp_path)
    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Kim Ny <kim.ny@orsa.se>", "Anmälan", "Hej, jag vill anmäla mig till 21/9.\n\nKim Ny\nOrsa kommun\n",
                         "<late@orsa.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 1)
    text = replies(svc.outbox)[0].get_body(("plain",)).get_content()
    assert "sista anmälningsdag var 14 april 2027" in text


async def test_question_is_forwarded_with_the_original_and_acknowledged(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    cfg = _config(config, tmp_path)
    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Anna Lind <anna.lind@mora.se>", "Fråga", "Hej! Blir det lunch på träffarna?\n\nAnna Lind\n",
                         "<q1@mora.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 2)
    by_kind = {p.name.split("-", 1)[1]: p for p in svc.outbox.glob("*.eml")}
    forward = BytesParser(policy=policy.default).parsebytes(by_kind["forward.eml"].read_bytes())
    assert forward["To"] == "linnea.hassis@regiondalarna.se"
    attached = [p for p in forward.iter_attachments() if p.get_content_type() == "message/rfc822"]
    original = attached[0].get_content()
    assert original["Message-ID"] == "<q1@mora.se>"
    assert "Blir det lunch" in original.get_body(("plain",)).get_content()
    ack = BytesParser(policy=policy.default).parsebytes(by_kind["acknowledgement.eml"].read_bytes())
    assert ack["To"] == "anna.lind@mora.se" and "skickat den vidare" in ack.get_body(("plain",)).get_content()


@pytest.mark.parametrize("capacity", [1])
async def test_cancellation_promotes_the_first_on_the_waiting_list(
        config: Config, clock: FixedClock, tmp_path: Path, capacity: int) -> None:
    sessions = tuple(s.model_copy(update={"capacity": capacity}) for s in config.event.sessions)
    cfg = _config(config, tmp_path, sessions=sessions)
    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Ola Ek <ola.ek@gagnef.se>", "Anmälan", "Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n",
                         "<w1@gagnef.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 1)
        clock.advance(__import__("datetime").timedelta(minutes=1))
        svc.deliver(mail("Eva Ås <eva.as@orsa.se>", "Anmälan", "Jag anmäler mig till 3 maj.\n\nEva Ås\nOrsa kommun\n",
                         "<w2@orsa.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 2)
        clock.advance(__import__("datetime").timedelta(minutes=1))
        svc.deliver(mail("Ola Ek <ola.ek@gagnef.se>", "Avanmälan", "Hej, jag måste tyvärr avanmäla mig.\n\nOla Ek\n",
                         "<w3@gagnef.se>"))
        await wait_for(lambda: len(list(svc.outbox.glob("*.eml"))) == 4)
    texts = {p.name: p.read_bytes() for p in svc.outbox.glob("*.eml")}
    waitlisted = replies(svc.outbox)[1].get_body(("plain",)).get_content()
    assert "väntelistan som nummer 1" in waitlisted
    promotion = next(BytesParser(policy=policy.default).parsebytes(b) for n, b in texts.items() if "promotion" in n)
    assert promotion["To"] == "eva.as@orsa.se"
    assert "du är nu anmäld till måndag 3 maj 2027" in promotion.get_body(("plain",)).get_content()
    # Ola's calendar: the cancellation's file replaces the confirmation's entry (same UID, later SEQUENCE)
    def event(raw: bytes) -> dict[str, object]:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        ics = next(p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar")
        (ev,) = Calendar.from_ical(ics.get_content()).walk("VEVENT")
        return {"uid": str(ev["UID"]), "status": str(ev["STATUS"]), "sequence": int(ev["SEQUENCE"])}

    confirmed = event(next(b for n, b in sorted(texts.items()) if "confirmation" in n))
    cancelled_raw = next(b for n, b in texts.items() if "cancellation" in n)
    cancelled = event(cancelled_raw)
    assert (confirmed["status"], cancelled["status"]) == ("CONFIRMED", "CANCELLED")
    assert cancelled["uid"] == confirmed["uid"] and cancelled["sequence"] > confirmed["sequence"]
    text = BytesParser(policy=policy.default).parsebytes(cancelled_raw).get_body(("plain",)).get_content()
    assert "Avanmäld från 3 maj" in text and "ta bort de avanmälda träffarna ur din kalender" in text
