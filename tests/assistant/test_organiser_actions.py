"""The organisers' actions through the CLI (``assistant add|cancel|move|…``), on SQLite and PostgreSQL: what is
stored, what the history records (who, why), and the person's own message in the outbox (recipient, kind,
calendar file)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from assistant.cli import main
from assistant.clock import FixedClock
from assistant.config import Config, load_config
from assistant.organiser_commands import COMMANDS
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound, Service
from storage.database import open_database
from storage.models import InboundMessage, OutboxMessage, RegistrationChange
from tests.assistant.summary.test_summary_world import World
from tests.conftest import ROOT, local

ORGANISER = "linnea.hassis@regiondalarna.se"
AT = "2027-02-01T09:00+01:00"          # registration open
LATE = "2027-04-20T09:00+02:00"        # after the deadline (14 April)
MAY, SEP, NOV = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29)


@pytest.fixture
def cfg(tmp_path: Path, db_url: str) -> Path:
    """A config file on the test's database, the May session with room for one."""
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    text = text.replace('url = "sqlite+aiosqlite:///var/anmalan.db"', f'url = "{db_url}"')
    text = text.replace("capacity = 60", "capacity = 1", 1)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _config(path: Path) -> Config:
    return load_config(path, base_dir=path.parent)


async def _world(path: Path, *people: tuple[str, str, str, tuple[dt.date, ...]]) -> None:
    config = _config(path)
    db = open_database(config.database.url)
    try:
        world = World(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
        await world.service.prepare()
        for name, email, org, sessions in people:
            await world.signup(name, email, org, sessions)
    finally:
        await db.dispose()


def seed(path: Path, *people: tuple[str, str, str, tuple[dt.date, ...]]) -> None:
    asyncio.run(_world(path, *people))


async def _rows(path: Path, model: Any) -> list[Any]:
    db = open_database(_config(path).database.url)
    try:
        async with db.sessions() as session:
            return list((await session.scalars(select(model).order_by(model.id))).all())
    finally:
        await db.dispose()


def outbox(path: Path, to: str) -> list[OutboxMessage]:
    return [r for r in asyncio.run(_rows(path, OutboxMessage)) if r.recipient == to]


def history(path: Path) -> list[RegistrationChange]:
    return asyncio.run(_rows(path, RegistrationChange))


def places(path: Path, email: str) -> dict[str, str]:
    """session → status of the person's registrations (cancelled included)."""
    async def read() -> dict[str, str]:
        db = open_database(_config(path).database.url)
        try:
            async with db.sessions() as session:
                from storage.unit_of_work import UnitOfWork
                rows = await UnitOfWork.on(session, False).registrations.rows(include_cancelled=True)
        finally:
            await db.dispose()
        return {r.session.isoformat(): r.status for r in rows if r.email == email}
    return asyncio.run(read())


def calendar(row: OutboxMessage) -> dict[str, str]:
    return {e["session"]: e["status"] for e in row.payload.get("calendar", [])}


def cli(path: Path, *args: str, at: str = AT) -> int:
    return main([*args, "--config", str(path), "--at", at])


PER = ("Per Holm", "per.holm@falun.se", "Falu kommun", (SEP, NOV))


def test_add_registers_and_tells_the_person(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg)
    assert cli(cfg, "add", "Karl Dahl", "--email", "karl.dahl@mora.se", "--organisation", "Mora",
               "--session", "29 november", "--diet", "vegetarisk") == 0
    assert places(cfg, "karl.dahl@mora.se") == {"2027-11-29": "confirmed"}
    [notice] = outbox(cfg, "karl.dahl@mora.se")
    assert notice.kind == "notice" and calendar(notice) == {"2027-11-29": "CONFIRMED"}
    assert f"{ORGANISER} har anmält dig" in notice.body_text
    assert [(h.actor, h.reason) for h in history(cfg)] == [(ORGANISER, "place-available")]
    assert "Karl Dahl 2027-11-29: confirmed" in capsys.readouterr().out


def test_the_deadline_holds_unless_the_organiser_overrides_it(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg)
    assert cli(cfg, "add", "Karl Dahl", "--email", "karl.dahl@mora.se", "--session", "2027-11-29", at=LATE) == 1
    assert "deadline-passed" in capsys.readouterr().out
    assert places(cfg, "karl.dahl@mora.se") == {} and outbox(cfg, "karl.dahl@mora.se") == []
    assert cli(cfg, "add", "Karl Dahl", "--email", "karl.dahl@mora.se", "--session", "2027-11-29",
               "--override", "deadline", at=LATE) == 1   # an override needs a reason
    assert cli(cfg, "add", "Karl Dahl", "--email", "karl.dahl@mora.se", "--session", "2027-11-29",
               "--override", "deadline", "--why", "föreläsare", "--as", "eva@regiondalarna.se", at=LATE) == 0
    assert places(cfg, "karl.dahl@mora.se") == {"2027-11-29": "confirmed"}
    [change] = history(cfg)
    assert (change.actor, change.note) == ("eva@regiondalarna.se", "override deadline: föreläsare")
    assert change.at == dt.datetime.fromisoformat(LATE)


def test_the_quota_holds_unless_overridden(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg, *[(f"Kollega {n}", f"k{n}@falun.se", "Falu kommun", (NOV,)) for n in "ABC"])
    assert cli(cfg, "add", "Per Holm", "--email", "per.holm@falun.se", "--organisation", "Falu kommun",
               "--session", "2027-11-29") == 1
    assert "organisation-quota" in capsys.readouterr().out
    assert cli(cfg, "add", "Per Holm", "--email", "per.holm@falun.se", "--organisation", "Falu kommun",
               "--session", "2027-11-29", "--override", "quota", "--why", "ersätter en sjuk") == 0
    assert places(cfg, "per.holm@falun.se") == {"2027-11-29": "confirmed"}
    assert "förbi organisation-quota" in capsys.readouterr().out


def test_cancel_one_session(cfg: Path) -> None:
    seed(cfg, PER)
    assert cli(cfg, "cancel", "Per Holm", "--session", "21 september") == 0
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "cancelled", "2027-11-29": "confirmed"}
    notice = outbox(cfg, "per.holm@falun.se")[-1]
    assert notice.kind == "notice" and calendar(notice) == {"2027-09-21": "CANCELLED"}
    assert "Avanmäld från" in notice.body_text


def test_cancel_all_promotes_the_first_in_line(cfg: Path) -> None:
    seed(cfg, ("Anna Berg", "anna.berg@falun.se", "Falu kommun", (MAY,)),
         ("Bo Ek", "bo.ek@mora.se", "Mora kommun", (MAY,)))
    assert places(cfg, "bo.ek@mora.se") == {"2027-05-03": "waitlisted"}
    assert cli(cfg, "cancel", "anna.berg@falun.se") == 0
    assert places(cfg, "anna.berg@falun.se") == {"2027-05-03": "cancelled"}
    assert places(cfg, "bo.ek@mora.se") == {"2027-05-03": "confirmed"}
    promotion = outbox(cfg, "bo.ek@mora.se")[-1]
    assert promotion.kind == "promotion" and calendar(promotion) == {"2027-05-03": "CONFIRMED"}


def test_move_between_sessions(cfg: Path) -> None:
    seed(cfg, PER)
    assert cli(cfg, "move", "per.holm@falun.se", "--from", "2027-09-21", "--to", "2027-05-03") == 0
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "cancelled", "2027-11-29": "confirmed",
                                                "2027-05-03": "confirmed"}
    notice = outbox(cfg, "per.holm@falun.se")[-1]
    assert notice.kind == "notice"
    assert calendar(notice) == {"2027-09-21": "CANCELLED", "2027-05-03": "CONFIRMED"}


def test_a_move_into_a_full_session_keeps_the_old_place_unless_capacity_is_overridden(cfg: Path) -> None:
    seed(cfg, ("Anna Berg", "anna.berg@mora.se", "Mora kommun", (MAY,)), PER)
    assert cli(cfg, "move", "Per Holm", "--from", "2027-09-21", "--to", "2027-05-03") == 1   # full
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "confirmed", "2027-11-29": "confirmed"}
    assert len(outbox(cfg, "per.holm@falun.se")) == 1   # their own confirmation only: nothing to tell
    assert cli(cfg, "move", "Per Holm", "--from", "2027-09-21", "--to", "2027-05-03", "--override", "capacity",
               "--why", "extra stol") == 0
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "cancelled", "2027-11-29": "confirmed",
                                                "2027-05-03": "confirmed"}
    assert cli(cfg, "move", "Per Holm", "--from", "2027-11-29", "--to", "2027-05-03") == 1   # there already
    assert places(cfg, "per.holm@falun.se")["2027-11-29"] == "confirmed"


def test_replace_one_person_by_another(cfg: Path) -> None:
    seed(cfg, PER)
    assert cli(cfg, "replace", "Per Holm", "--by", "Eva Lind", "--email", "eva.lind@falun.se") == 0
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "cancelled", "2027-11-29": "cancelled"}
    assert places(cfg, "eva.lind@falun.se") == {"2027-09-21": "confirmed", "2027-11-29": "confirmed"}
    [eva] = outbox(cfg, "eva.lind@falun.se")
    assert eva.kind == "notice" and calendar(eva) == {"2027-09-21": "CONFIRMED", "2027-11-29": "CONFIRMED"}
    per = outbox(cfg, "per.holm@falun.se")[-1]
    assert calendar(per) == {"2027-09-21": "CANCELLED", "2027-11-29": "CANCELLED"} and "Eva Lind" in per.body_text


def test_update_diet_name_and_address(cfg: Path) -> None:
    seed(cfg, PER)
    assert cli(cfg, "update", "per.holm@falun.se", "--diet", "glutenfri") == 0
    notice = outbox(cfg, "per.holm@falun.se")[-1]
    assert notice.kind == "notice" and "glutenfri" in notice.body_text
    assert cli(cfg, "update", "per.holm@falun.se", "--email", "per.holm@ny.falun.se", "--name", "Per Holmén") == 0
    assert places(cfg, "per.holm@ny.falun.se") == {"2027-09-21": "confirmed", "2027-11-29": "confirmed"}
    assert outbox(cfg, "per.holm@ny.falun.se")[-1].kind == "notice"


def test_promote_from_the_waiting_list(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg, ("Anna Berg", "anna.berg@mora.se", "Mora kommun", (MAY,)),
         ("Bo Ek", "bo.ek@falun.se", "Falu kommun", (MAY,)))
    assert cli(cfg, "promote", "Bo Ek", "--session", "2027-05-03") == 1   # the session is full
    assert "session-full" in capsys.readouterr().out
    assert cli(cfg, "promote", "Bo Ek", "--session", "2027-05-03", "--override", "capacity", "--why", "talare") == 0
    assert places(cfg, "bo.ek@falun.se") == {"2027-05-03": "confirmed"}
    promotion = outbox(cfg, "bo.ek@falun.se")[-1]
    assert promotion.kind == "promotion" and calendar(promotion) == {"2027-05-03": "CONFIRMED"}
    assert history(cfg)[-1].note == "override capacity: talare"


def test_resend_a_confirmation(cfg: Path) -> None:
    seed(cfg, PER)
    before = len(outbox(cfg, "per.holm@falun.se"))
    assert cli(cfg, "resend", "per.holm@falun.se") == 0
    rows = outbox(cfg, "per.holm@falun.se")
    assert len(rows) == before + 1
    assert rows[-1].kind == "confirmation"
    assert calendar(rows[-1]) == {"2027-09-21": "CONFIRMED", "2027-11-29": "CONFIRMED"}


def test_erase_a_person(cfg: Path) -> None:
    seed(cfg, PER)
    assert cli(cfg, "erase", "Per Holm") == 0
    assert places(cfg, "per.holm@falun.se") == {}
    [answer] = outbox(cfg, "per.holm@falun.se")   # their earlier mail is wiped; the answer goes, then is wiped too
    assert answer.kind == "erasure" and "raderat" in answer.body_text
    assert cli(cfg, "erase", "Per Holm") == 1   # nobody of that name any more


def test_an_ambiguous_name_is_refused_naming_the_matches(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg, ("Per Holm", "per.holm@falun.se", "Falu kommun", (SEP,)),
         ("Per Holm", "per.holm@mora.se", "Mora kommun", (SEP,)))
    assert cli(cfg, "cancel", "Per Holm") == 1
    err = capsys.readouterr().err
    assert "per.holm@falun.se" in err and "per.holm@mora.se" in err
    assert places(cfg, "per.holm@mora.se") == {"2027-09-21": "confirmed"}


def test_a_dry_run_stores_and_sends_nothing(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg, PER)
    before = len(outbox(cfg, "per.holm@falun.se")), len(history(cfg))
    assert cli(cfg, "cancel", "Per Holm", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Torrkörning" in out and "meddelas: per.holm@falun.se (notice)" in out
    assert (len(outbox(cfg, "per.holm@falun.se")), len(history(cfg))) == before
    assert places(cfg, "per.holm@falun.se") == {"2027-09-21": "confirmed", "2027-11-29": "confirmed"}


async def _held_signup(path: Path) -> int:
    """A signup of eleven people (over limits.max_people_per_message): held by the mass-signup rule."""
    config = _config(path)
    db = open_database(config.database.url)
    try:
        service = Service(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
        await service.prepare()
        people = tuple(Person(f"Deltagare {chr(65 + n)}", f"d{n}@ludvika.se", "Region Dalarna") for n in range(11))
        handled = await service.submit(Inbound("email", "<mass@test>", b"Subject: x\r\n\r\nx", local(2027, 1, 31, 12)),
                                       ParsedRequest(Intent.REGISTER, people, (NOV,), sender=Sender(
                                           "email", "planerare@ludvika.se", "Planerare"), sessions_named=True))
        assert handled.state == "held"
        return handled.inbound_id
    finally:
        await db.dispose()


def test_hold_lists_and_release_processes_a_held_signup(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(cfg)
    held = asyncio.run(_held_signup(cfg))
    assert cli(cfg, "hold") == 0
    assert f"#{held}" in capsys.readouterr().out
    assert cli(cfg, "release", str(held)) == 0
    assert places(cfg, "d0@ludvika.se") == {"2027-11-29": "confirmed"}
    answer = outbox(cfg, "planerare@ludvika.se")[-1]
    assert answer.kind == "confirmation" and "Deltagare A" in answer.body_text
    assert outbox(cfg, "d3@ludvika.se")[-1].kind == "notice"   # each colleague with an address is told
    [row] = [r for r in asyncio.run(_rows(cfg, InboundMessage)) if r.id == held]
    assert (row.state, row.handled_by) == ("processed", ORGANISER)
    assert cli(cfg, "release", str(held)) == 1   # not held any more


def test_hold_refuse_answers_the_sender(cfg: Path) -> None:
    seed(cfg)
    held = asyncio.run(_held_signup(cfg))
    assert cli(cfg, "hold", str(held), "--refuse") == 0
    answer = outbox(cfg, "planerare@ludvika.se")[-1]
    assert answer.kind == "rejection" and "kan tyvärr inte registrera" in answer.body_text
    assert places(cfg, "d0@ludvika.se") == {}


def test_mark_a_question_handled(cfg: Path) -> None:
    async def ask() -> int:
        config = _config(cfg)
        db = open_database(config.database.url)
        try:
            world = World(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
            await world.service.prepare()
            return (await world.question("Anna Berg", "anna.berg@falun.se", "Blir det lunch?")).inbound_id
        finally:
            await db.dispose()
    question = asyncio.run(ask())
    assert cli(cfg, "handled", str(question)) == 0
    [row] = [r for r in asyncio.run(_rows(cfg, InboundMessage)) if r.id == question]
    assert row.handled_by == ORGANISER and row.handled_at == dt.datetime.fromisoformat(AT)
    assert cli(cfg, "handled", str(question)) == 1   # already


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shows_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert f"example:\n  assistant {command}" in out and "--dry-run" in out and "--as" in out


# -- an organiser's instruction in plain words (the reader the mail rule is to use) --------------------------

def test_instructions_read_as_actions(config: Config) -> None:
    from assistant.organiser_actions import Act
    from assistant.organiser_mail import read_instruction
    me, today = Sender("email", ORGANISER), dt.date(2027, 2, 1)
    cancel = read_instruction(config, "Avanmäl Per Holm från 21 september\n\nHälsningar", me, today)
    assert cancel is not None and (cancel.act, cancel.person, cancel.sessions) == (Act.CANCEL, Person("Per Holm"),
                                                                                   (SEP,))
    move = read_instruction(config, "Flytta Anna Berg från 3 maj till 21 september.", me, today)
    assert move is not None and (move.act, move.sessions) == (Act.MOVE, (MAY, SEP))
    add = read_instruction(config, "Lägg till Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november", me, today)
    assert add is not None and add.act is Act.ADD and add.sessions == (NOV,)
    assert add.person == Person("Karl Dahl", "karl.dahl@mora.se", "Mora kommun")


@pytest.mark.parametrize("text", ["Ja, det blir lunch på alla träffarna.", "Avanmäl Per Holm från nästa vecka",
                                  "Lägg till Karl Dahl, kanske, 29 november", "Flytta Anna Berg till 3 maj"])
def test_other_mail_is_no_instruction(config: Config, text: str) -> None:
    from assistant.organiser_mail import read_instruction
    assert read_instruction(config, text, Sender("email", ORGANISER), dt.date(2027, 2, 1)) is None
