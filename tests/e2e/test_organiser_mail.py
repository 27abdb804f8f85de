"""End to end on Dovecot: an organiser's mail is her instruction or her answer, never a signup by accident, and a
forward lets her answer the person who asked."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest

from assistant.service import Service
from assistant.summary.queueing import preview
from assistant.summary.render import render_text
from storage.database import open_database
from tests.servers.dovecot import PASSWORD
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, text_of
from tests.servers.mails import mail, message_id_of

pytestmark = pytest.mark.dovecot

ORGANISER = "linnea.hassis@regiondalarna.se"
ASKER = "ingrid.sjo@avesta.se"
QUESTION = "Blir det lunch på träffarna, och finns det vegetariskt?"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def from_organiser(subject: str, body: str, headers: dict[str, str] | None = None) -> bytes:
    return mail(ORGANISER, subject, body, name="Linnea Hassis", headers=headers)


async def ask(world: MailWorld) -> tuple[bytes, EmailMessage]:
    """Ingrid asks a question; returns her mail and the forward the organiser got."""
    raw = mail(ASKER, "Fråga om DalaLab", f"Hej!\n{QUESTION}\n\nIngrid Sjö\nAvesta kommun", name="Ingrid Sjö")
    world.send(raw)
    forward = next(m for m in await world.replies(2) if m["To"] == ORGANISER)
    return raw, forward


def reply_to(forward: EmailMessage, body: str) -> bytes:
    """The organiser presses Reply on a forward (quoting it, as mail programs do) and writes ``body``."""
    quoted = "\n".join(f"> {line}" for line in text_of(forward).splitlines())
    return from_organiser(f"Re: {forward['Subject']}",
                          f"{body}\n\nDen 1 feb. 2027 kl. 09:00 skrev DalaLab <anmalan@dalalab.example>:\n{quoted}\n",
                          headers={"In-Reply-To": str(forward["Message-ID"]), "References": str(forward["Message-ID"])})


async def summary_text(world: MailWorld) -> str:
    db = open_database(world.config.database.url)
    try:
        async with Service(world.config, db, world.clock).reading() as uow:
            return render_text(await preview(uow, world.config, world.clock.now()))
    finally:
        await db.dispose()


async def test_a_forward_answers_the_person_who_asked_in_swedish(world: MailWorld) -> None:
    _, forward = await ask(world)
    assert forward["Reply-To"] == ASKER
    assert forward["Subject"] == "[Anmälan] Fråga från Ingrid Sjö: Fråga om DalaLab"
    text = text_of(forward)
    assert text.startswith(f"Svara direkt till Ingrid Sjö – svaret går till {ASKER}.")
    assert f"Ingrid Sjö, Avesta kommun ({ASKER}) har skrivit till DalaLab" in text
    assert "Så förstod vi meddelandet: en fråga." in text
    assert QUESTION in text
    assert "question" not in text and "Tolkat som" not in text


async def test_a_cancellation_with_a_question_says_what_was_done_and_what_is_asked(world: MailWorld) -> None:
    world.send(mail("anders.wik@leksand.se", "Anmälan", "Hej!\nJag anmäler mig till 3 maj.\nAnders Wik, Leksands kommun",
                    name="Anders Wik"))
    await world.replies(1)
    world.send(mail("anders.wik@leksand.se", "Ändring", "Hej!\nJag kan tyvärr inte komma den 3 maj, avanmäl mig. "
                    "Kommer presentationerna att skickas ut efteråt?\nAnders Wik", name="Anders Wik"))
    forward = next(m for m in (await world.replies(3))[1:] if m["To"] == ORGANISER)
    assert forward["Subject"] == "[Anmälan] Avanmälan och fråga från Anders Wik: Ändring"
    assert forward["Reply-To"] == "anders.wik@leksand.se"
    text = text_of(forward)
    assert "Så förstod vi meddelandet: en avanmälan." in text
    assert "Avanmälan genomförd: Avanmäld från 3 maj 2027. Frågan nedan behöver ett svar." in text
    assert await world.registrations() == []   # the cancellation was carried out


async def test_the_organisers_reply_to_a_forward_reaches_the_participant_and_books_nobody(world: MailWorld) -> None:
    question, forward = await ask(world)
    world.send(reply_to(forward, "Hej Ingrid!\n\nJa, det blir lunch på alla träffarna.\n\nLinnea"))
    answer = (await world.replies(3))[2]
    assert answer["To"] == ASKER
    assert answer["Subject"] == "Re: Fråga om DalaLab"
    assert answer["In-Reply-To"] == message_id_of(question)
    text = text_of(answer).replace("\r\n", "\n")
    assert text.startswith("Svar från arrangörerna:\n\nHej Ingrid!\n\nJa, det blir lunch på alla träffarna.")
    assert "> " not in text and "Så förstod vi" not in text   # her words, not the forward she quoted
    assert await world.registrations() == []
    sent = await world.settled()
    assert sorted(m["To"] for m in sent) == [ASKER, ASKER, ORGANISER]   # nothing to the organiser about her reply
    summary = await summary_text(world)
    assert f"{ASKER}: {QUESTION} – besvarad" in summary
    inbound, _ = await world.stored()
    asked = next(m for m in inbound if m.sender == ASKER)
    assert (asked.handled_by, asked.handled_at is not None) == (ORGANISER, True)


async def test_an_organisers_reply_to_the_person_directly_is_not_sent_twice(world: MailWorld) -> None:
    _, forward = await ask(world)
    raw = reply_to(forward, "Ja, det blir lunch.\n\nLinnea").replace(b"To: anmalan@dalalab.example",
                                                                       f"To: {ASKER}\r\nCc: anmalan@dalalab.example".encode())
    world.send(raw)   # "Reply all": she wrote to Ingrid herself, and the service got a copy
    sent = await world.settled()
    assert sorted(m["To"] for m in sent) == [ASKER, ORGANISER]
    assert "besvarad" in await summary_text(world)


async def test_organiser_mail_that_is_no_signup_is_neither_booked_nor_answered(world: MailWorld) -> None:
    world.send(from_organiser("Lokal", "Jag bokar lokalen i Falun i morgon.\n\nLinnea"))
    world.send(from_organiser("Lunch", "Ja, det blir lunch på alla träffarna.\n\nLinnea Hassis\nRegion Dalarna"))
    world.send(from_organiser("Tack", "Tack!\n\nLinnea"))   # a thank-you, signed with the given name alone
    assert await world.settled() == []
    assert await world.registrations() == []
    inbound, _ = await world.stored()
    # held for a human; a thank-you asking nothing is only stored, as anyone's is
    assert [m.state for m in inbound if m.sender == ORGANISER] == ["held", "held", "ignored"]


async def test_an_organiser_who_asks_in_so_many_words_is_registered(world: MailWorld) -> None:
    world.send(from_organiser("Anmälan", "Hej!\nJag vill anmäla mig själv till 3 maj.\n\nLinnea Hassis\nRegion Dalarna"))
    [confirmation] = await world.replies(1)
    assert confirmation["To"] == ORGANISER and "Anmäld till" in text_of(confirmation)
    assert [(r.name, r.session, r.status) for r in await world.registrations()] == [
        ("Linnea Hassis", dt.date(2027, 5, 3), "confirmed")]
