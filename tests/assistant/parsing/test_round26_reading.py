"""Round 26 (reading.py, sessions.py, intent.py), by class, each in other words than the corpus.

Class A: a season said as when something else in the writer's life starts or ends ("mitt vikariat slutar i höst",
"my contract runs out in the autumn") names no session: beside a change to the sessions named, only those.

Class B: in a signup, a withdrawal told as done before ("jag strök mig från DalaLab före jul", "I withdrew from the
programme in December") names no session asked for: the sessions asked for are those named beside it.

Class C: a question of what a signup would allow ("om jag anmäler mig nu, kan jag ... senare?") is a question, even
where the intent model, seeing the signup words, reads a signup.

Near-misses beside each."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.second_opinion import Model
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]
KARIN = "Karin Dahl <karin.dahl@orsa.se>"
PER = Sender("telegram", "4711", "Per Holm")


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


# A: a season as when something else starts or ends names no session.
@pytest.mark.parametrize(("body", "expected"), [
    (("Hello, I'm booked on all four DalaLab sessions, but my contract with the municipality runs out in the autumn. "
      "Please change my booking to just the May and February sessions.\nKarin Dahl"), [MAY, FEB]),
    (("Hej! Jag är anmäld till alla fyra träffarna, men mitt vikariat i Orsa slutar i höst. Kan du ändra min anmälan "
      "till bara 3 maj och 22 februari?\nKarin"), [MAY, FEB]),
    (("Hi, I signed up for all four sessions, but our office moves to Gothenburg in the autumn. Could you change my "
      "registration to only the May session?\nKarin"), [MAY]),
])
def test_a_season_when_something_else_ends_names_no_session(body: str, expected: list[dt.date],
                                                            config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_the_autumn_sessions_asked_for_still_name_them(config: Config) -> None:
    """Near-miss: the autumn said of the sessions themselves."""
    r = mail("Hej! Jag vill anmäla mig till träffarna i höst, den 21 september och 29 november.\nKarin", config)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [SEP, NOV]


def test_only_the_autumn_in_a_change_still_names_them(config: Config) -> None:
    """Near-miss: a change to the season's sessions, no other start or end."""
    r = mail("Hi, I'm registered for all four sessions. Could you change my registration to only the autumn "
             "sessions?\nKarin Dahl", config, "Change")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [SEP, NOV]


# B: a withdrawal told as done before names no session asked for.
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej Linnea! Jag avbokade min plats i DalaLab före jul, men nu har jag fått tid ändå och kan vara med på "
      "träffen den 21 september. Kan du skriva upp mig på den igen?\nKarin"), [SEP]),
])
def test_a_withdrawal_told_before_a_new_signup_names_no_session(body: str, expected: list[dt.date],
                                                                config: Config) -> None:
    r = mail(body, config, "Anmälan igen")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == expected


def test_an_english_withdrawal_told_before_a_new_signup(config: Config) -> None:
    """Near-miss (read right before this round too): the English form of the class."""
    r = mail("Hello, I cancelled my registration for DalaLab back in December, but things have changed and I can make "
             "the November session after all. Could you register me for it again?\nKarin Dahl", config, "Again")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [NOV]


def test_a_withdrawal_told_and_nothing_else_named_asks_all(config: Config) -> None:
    """Near-miss: a signup made again after leaving the whole series, no session named: every session."""
    r = mail("Hej! Jag avanmälde mig från DalaLab i januari, men nu vill jag anmäla mig igen.\nKarin", config,
             "Anmälan igen")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == ALL


def test_a_session_withdrawn_from_and_asked_back_is_that_one(config: Config) -> None:
    """The session withdrawn from is the one asked back, named nowhere else ("anmäl mig till den igen": a signup
    again, the session between)."""
    r = mail("Hej! Jag avanmälde mig från den 21 september, men nu kan jag ändå. Anmäl mig till den igen.\nKarin",
             config, "Anmälan igen")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [SEP]


def test_a_cancellation_today_beside_a_session_is_still_one(config: Config) -> None:
    """Near-miss: a withdrawal made now, not told as done before."""
    r = mail("Hej! Jag måste tyvärr avanmäla mig från den 21 september.\nKarin", config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == [SEP]


def test_a_plain_signup_again_for_a_session(config: Config) -> None:
    """Near-miss: no withdrawal told, the session named is asked for."""
    r = mail("Hej! Jag kan komma på träffen den 29 november ändå. Skriv upp mig på den, tack.\nKarin", config)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [NOV]


# C: a question of what a signup would allow is a question, whatever the intent model reads.
def _signup_model() -> Model:
    """A model sure that any message with a signup word is a signup."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.REGISTER else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {"w:anmäler": row, "w:anmäla": row, "w:register": row})


@pytest.mark.parametrize("text", [
    "Hej! Om jag anmäler mig till alla fyra nu, får en kollega gå i mitt ställe ifall jag blir förhindrad?",
    "Hi, if I register for every session now, could someone from my office take over my place later on?",
])
def test_a_question_of_what_a_signup_would_allow_stays_a_question(text: str, config: Config,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _signup_model)
    r = parse_chat(text, PER, config, ARRIVAL)
    assert r.intent == Intent.QUESTION
    assert not r.sessions


def test_a_signup_beside_such_a_question_is_read_by_the_model_as_before(config: Config,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Near-miss: a question the rules read without any hypothetical signup; the sure model's reading is stated."""
    monkeypatch.setattr(second_opinion, "model", _signup_model)
    r = parse_chat("Hej! Hur dags börjar träffen den 3 maj? Jag anmäler mig gärna om det passar.", PER, config,
                   ARRIVAL)
    assert r.intent == Intent.REGISTER
