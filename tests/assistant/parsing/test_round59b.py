"""Found by trying the parser as a user (round 59b), each a class read by the rules alone and with the models:

1. Taking oneself off a waiting list or a session referred to back ("därifrån", "från den", "take me off it"), a
   polite request put as a question, is a cancellation of the session named before: it was read as a question
   ("Kan ni ta bort mig därifrån?") or as a signup ("..., ta bort mig därifrån.").
2. "Ändra (det) till X" after the writer names the session held is a move from it to X: the sessions after the change
   are X alone (both were kept, or the rules read a new signup, or a question). A diet changed ("ändra till
   vegetarisk") and a session added ("lägg till 3 maj") keep their readings.
3. Asking how to do something ("Hur avbokar jag?", "how can I cancel?") is a question, nothing done: the rules read
   a cancellation or a change. A wish said beside the how ("Jag vill avboka 3 maj. Hur gör jag?") still stands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from assistant.config import Config
from assistant.parsing import people_opinion, reading_doubt, second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 2, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(params=["rules", "models"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each reading is checked by the rules alone and with the models."""
    if request.param == "rules":
        monkeypatch.setattr(second_opinion, "model", lambda: None)
        monkeypatch.setattr(people_opinion, "model", lambda: None)
        monkeypatch.setattr(reading_doubt, "model", lambda: None)
    yield request.param


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4455", "Eva Lund"), config, AT)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nVänliga hälsningar\nEva Lund\nMora kommun\n",
                                  sender="Eva Lund <eva.lund@mora.se>", subject="DalaLab"), config, AT)


# 1. Off a waiting list or a session referred to back.

@pytest.mark.parametrize(("text", "session"), [
    ("Jag står på reservlistan för 3 maj. Kan ni ta bort mig därifrån?", S1),
    ("Jag står bara på reservlistan för 3 maj, ta bort mig därifrån.", S1),
    ("Jag är anmäld till 29 november. Kan du plocka bort mig därifrån?", S3),
    ("Jag står på väntelistan till 21 september. Kan ni ta bort mig ifrån den?", S2),
    ("Står på reservlistan 22/2, ta bort mig därifrån tack", S4),
    ("I'm on the waiting list for 3 May. Could you take me off it?", S1),
    ("I'm on the waitlist for 21 September. Can you take me off the waitlist?", S2),
    ("I'm on the reserve list for 29 November. Please remove me from it.", S3),
])
def test_off_a_list_referred_to_back_in_chat(text: str, session: dt.date, config: Config, mode: str) -> None:
    r = _chat(text, config)
    assert (r.intent, r.sessions) == (Intent.CANCEL, (session,))
    assert [p.name for p in r.people] == ["Eva Lund"]


@pytest.mark.parametrize(("text", "session"), [
    ("Jag står på reservlistan till 22 februari. Vore tacksam om ni kunde ta bort mig därifrån.", S4),
    ("Jag är anmäld till 21 september. Skulle ni kunna ta bort mig därifrån?", S2),
])
def test_off_a_list_referred_to_back_in_a_mail(text: str, session: dt.date, config: Config, mode: str) -> None:
    r = _mail(text, config)
    assert (r.intent, r.sessions) == (Intent.CANCEL, (session,))


def test_a_thing_taken_off_the_list_is_no_cancellation(config: Config, mode: str) -> None:
    r = _chat("Jag står på reservlistan för 3 maj. Kan ni ta bort min adress därifrån?", config)
    assert r.intent != Intent.CANCEL


def test_waiting_for_a_place_is_no_cancellation(config: Config, mode: str) -> None:
    r = _chat("Jag står på reservlistan för 3 maj. Hör av er om en plats blir ledig.", config)
    assert r.intent != Intent.CANCEL


def test_off_a_session_named_still_cancels(config: Config, mode: str) -> None:
    r = _chat("Kan ni ta bort mig från 3 maj?", config)
    assert (r.intent, r.sessions) == (Intent.CANCEL, (S1,))


# 2. "Ändra till X" after the session held is named: a move.

@pytest.mark.parametrize(("text", "after"), [
    ("Jag är anmäld till 21 september. Ändra till 3 maj tack.", S1),
    ("Jag anmälde mig till 21 september. Kan du ändra till 3 maj?", S1),
    ("Jag är anmäld till 21 september, men ändra det till 3 maj.", S1),
    ("Jag är anmäld till 29 november. Kan ni ändra datumet till 3 maj?", S1),
    ("Jag är bokad på 21/9. Ändra den till 22/2.", S4),
    ("anmäld 3 maj, ändra till novemberträffen tack", S3),
    ("I signed up for 29 November, could you change that to 3 May?", S1),
    ("I'm registered for 21 September. Change it to the February session, please.", S4),
])
def test_changed_to_after_the_session_held_in_chat(text: str, after: dt.date, config: Config, mode: str) -> None:
    r = _chat(text, config)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", (after,))


@pytest.mark.parametrize(("text", "after"), [
    ("Jag anmälde mig tidigare till 21 september. Skulle ni kunna ändra min anmälan till 3 maj?", S1),
    ("Jag är anmäld till 22 februari men vill ändra det till 29 november om det går.", S3),
])
def test_changed_to_after_the_session_held_in_a_mail(text: str, after: dt.date, config: Config, mode: str) -> None:
    r = _mail(text, config)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", (after,))


def test_a_diet_changed_to_keeps_its_reading(config: Config, mode: str) -> None:
    r = _chat("Jag är anmäld till 21 september. Ändra till vegetarisk kost.", config)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "diet", (S2,))
    assert r.diet == "vegetarisk kost"


def test_a_session_added_keeps_both(config: Config, mode: str) -> None:
    r = _chat("Jag är anmäld till 21 september. Lägg till 3 maj.", config)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", (S1, S2))


def test_moved_to_still_moves(config: Config, mode: str) -> None:
    r = _chat("Kan ni flytta mig till 3 maj?", config)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", (S1,))


# 3. How to do something, asked: a question.

@pytest.mark.parametrize("text", [
    "Hur avbokar jag?",
    "Hur avanmäler jag mig?",
    "Hej! Hur avbokar man?",
    "Hur kan jag avboka min plats på 3 maj?",
    "hur ändrar jag min anmälan",
    "How can I cancel?",
    "How do I change my booking?",
    "How would I withdraw from the September session?",
])
def test_how_to_asked_in_chat_is_a_question(text: str, config: Config, mode: str) -> None:
    r = _chat(text, config)
    assert (r.intent, r.sessions) == (Intent.QUESTION, ())


@pytest.mark.parametrize("text", [
    "Jag undrar en sak. Hur gör jag för att avanmäla mig från 21 september?",
    "Hur avbokar man om man blir sjuk?",
])
def test_how_to_asked_in_a_mail_is_a_question(text: str, config: Config, mode: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.QUESTION


def test_a_wish_beside_the_how_still_cancels(config: Config, mode: str) -> None:
    r = _chat("Jag vill avboka 3 maj. Hur gör jag?", config)
    assert (r.intent, r.sessions) == (Intent.CANCEL, (S1,))


def test_a_session_given_up_beside_another_how_still_cancels(config: Config, mode: str) -> None:
    r = _chat("Jag kan inte komma 21 september. Hur avbokar jag hotellet?", config)
    assert (r.intent, r.sessions) == (Intent.CANCEL, (S2,))
