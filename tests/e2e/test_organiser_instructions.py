"""End to end on Dovecot: an organiser's instruction by mail ("Avanmäl Per Holm från 21 september") is carried out as
her action — the person gets their notice with the calendar entry, she gets a short answer of what was done — while
the same words from anyone else are a request like any other (a code to the person)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.e2e.test_codes_and_notices import ALL, Inbox, calendar_entries, code_of, places, send
from tests.servers.dovecot import PASSWORD
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, text_of

pytestmark = pytest.mark.dovecot

ORGANISER = ("Linnea Hassis", "linnea.hassis@regiondalarna.se")
PER = ("Per Holm", "per.holm@falun.se")
KARIN = ("Karin Chef", "karin.chef@falun.se")     # a colleague, not an organiser
SEP = dt.date(2027, 9, 21)
INSTRUCTION = "Hej!\n\nAvanmäl Per Holm från 21 september\n\nLinnea Hassis\nRegion Dalarna"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


async def _per_registers(world: MailWorld, inbox: Inbox) -> None:
    send(world, PER, "Anmälan", "Hej!\nJag anmäler mig till alla träffar.\nPer Holm\nFalu kommun")
    await inbox.next(1)


async def test_an_organisers_instruction_is_carried_out_and_the_person_told(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _per_registers(world, inbox)
    send(world, ORGANISER, "Avanmälan", INSTRUCTION)
    got = await inbox.next(2)
    assert set(got) == {PER[1], ORGANISER[1]}

    notice = got[PER[1]]
    assert "21 september" in text_of(notice) and "BEKR-" not in text_of(notice)
    assert calendar_entries(notice) == [(SEP, "CANCELLED")]

    answer = got[ORGANISER[1]]
    assert answer["Subject"] == "Re: Avanmälan"
    text = text_of(answer)
    assert text.startswith("Klart, så här blev det:")
    assert "Per Holm: Avanmäld från 21 september 2027." in text and f"Meddelat: {PER[1]}." in text

    held = await places(world)
    assert held["Per Holm"] == [(d, "cancelled" if d == SEP else "confirmed") for d in ALL]
    assert set(held) == {"Per Holm"}, "the organiser is registered for nothing"
    assert len(await world.settled()) == inbox.seen   # nothing else went out


async def test_an_instruction_that_cannot_be_done_says_why_and_changes_nothing(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _per_registers(world, inbox)
    send(world, ORGANISER, "Avanmälan", "Avanmäl Pia Holm från 21 september")
    [answer] = (await inbox.next(1)).values()
    assert answer["To"] == ORGANISER[1]
    assert text_of(answer).startswith("Inget är ändrat: ingen anmäld Pia Holm.")
    assert (await places(world))["Per Holm"] == [(d, "confirmed") for d in ALL]


async def test_the_same_words_from_anyone_else_are_no_instruction(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _per_registers(world, inbox)
    send(world, KARIN, "Avanmälan", INSTRUCTION.replace("Linnea Hassis\nRegion Dalarna", "Karin Chef\nFalu kommun"))
    sent = (await world.settled())[inbox.seen:]
    assert [m["To"] for m in sent if m["To"] == KARIN[1]] == [KARIN[1]]
    assert not any("Klart" in text_of(m) or calendar_entries(m) for m in sent)
    assert (await places(world))["Per Holm"] == [(d, "confirmed") for d in ALL]


async def test_the_same_words_from_anyone_else_ask_the_person_for_a_code(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _per_registers(world, inbox)
    send(world, KARIN, "Avanmälan", INSTRUCTION.replace("Linnea Hassis\nRegion Dalarna", "Karin Chef\nFalu kommun"))
    got = await inbox.next(2)
    assert set(got) == {KARIN[1], PER[1]}
    assert code_of(got[PER[1]])   # Per is asked; nothing is done without him
    assert (await places(world))["Per Holm"] == [(d, "confirmed") for d in ALL]
