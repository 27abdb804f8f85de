"""Intent, round 52b (on dev51): general readings, each with wording of its own (none from a corpus).

- a cancellation in the writer's own words ("jag avanmäler mig från 29/11"), a session named and no word of signing
  up anywhere, stands over the intent model's sure signup (read from the session named, or from a complaint around
  it); it is still asked about (the model doubts it);
- a signup stated in the writer's own words ("jag anmäler mig och min kollega ... till höstens träffar"), a session
  named, in a long mail of questions on other matters, stands over the intent model's sure question;
- a reply over our confirmation saying the signup went wrong ("det har blivit fel") and what the writer asked for
  ("jag anmälde mig till 21/9 och 29/11") is a change to those sessions, whatever else it asks or gives up; "I
  september har vi fullmäktige så det går inte" names a session only as when the writer is busy.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.second_opinion import Model
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

CHAT = Sender("telegram", "5202", "Ola Berg")


def _register_model() -> Model:
    """A model sure that any message with a session's month is a signup."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.REGISTER else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {"w:november": row, "w:september": row, "w:träffen": row})


@pytest.mark.parametrize(("text", "sessions"), [
    (("Jag tycker inte om att ni lägger träffarna mitt i budgetarbetet. Jag avanmäler mig därför från träffen den 29 "
     "november. Resten går jag på."), [S3]),
    ("Stryk mig från träffen i september, tack. Det var för dåligt med information om lokalen.", [S2]),
])
def test_a_withdrawal_in_the_writers_words_stands_over_the_models_signup(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, sessions: list[dt.date]) -> None:
    monkeypatch.setattr(second_opinion, "model", _register_model)
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions


def test_a_withdrawal_beside_a_signup_word_is_left_to_the_model(config: Config,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Near-miss: "avanmäl mig från 29/11 och anmäl mig till 21/9" is no bare withdrawal."""
    monkeypatch.setattr(second_opinion, "model", _register_model)
    r = parse_chat("Avanmäl mig från träffen i november och anmäl mig till september i stället.", CHAT, config, ARRIVAL)
    assert r.intent != Intent.CANCEL


def _question_model() -> Model:
    """A model sure that any message with a question mark is a question."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.QUESTION else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {"w:?": row})


@pytest.mark.parametrize(("text", "sessions"), [
    (("Hej! Har ni fått vår remiss om vindkraftsplanen? Vi behöver svar före påsk. När det gäller DalaLab anmäler jag "
     "mig till vårens och vinterns träffar. Kan du förresten skicka kartan över länets naturreservat?"), [S1, S4]),
    (("Tack för mötet igår! Vem har hand om bredbandsstödet nu? Apropå DalaLab: vi anmäler oss, jag och Eva Sten "
     "(eva.sten@orsa.se), till 21/9."), [S2]),
])
def test_a_signup_in_the_writers_words_among_other_questions_stands(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, sessions: list[dt.date]) -> None:
    monkeypatch.setattr(second_opinion, "model", _question_model)
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


def test_a_signup_asked_about_is_left_a_question(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """Near-miss: "om jag anmäler mig till 21/9, kan jag ...?" asks, it does not sign up."""
    monkeypatch.setattr(second_opinion, "model", _question_model)
    r = parse_chat("Om jag anmäler mig till 21/9, kan jag då byta till 29/11 senare?", CHAT, config, ARRIVAL)
    assert r.intent == Intent.QUESTION


# ------------------------------------------------ a signup gone wrong, over our confirmation
CONFIRMED = ("\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 4 februari 2027 10:00\n"
             "Till: Maja Sund <maja.sund@orsa.se>\nÄmne: Bekräftelse DalaLab\n\nHej Maja, du är anmäld till:\n"
             "- 3 maj 2027\n- 21 september 2027\n\nHälsningar\nLinnea\n")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("body", "sessions"), [
    ("Hej! Det har visst blivit fel här. Jag anmälde mig till 21 september och 29 november, inte maj. Kan ni ändra?",
     [S2, S3]),
    (("Hej, här har det nog blivit något fel – jag anmälde mig till 3 maj och 22 februari. I september har vi "
     "fullmäktige så det går inte. Kan ni rätta det?"), [S1, S4]),
])
def test_a_signup_gone_wrong_over_our_confirmation_is_changed_to_what_was_asked(config: Config, body: str,
                                                                                sessions: list[dt.date]) -> None:
    r = parse_email(build_mail(body + "\n\nMaja" + CONFIRMED, sender="Maja Sund <maja.sund@orsa.se>",
                               subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == sessions


@pytest.mark.usefixtures("rules_only")
def test_a_mistake_of_ours_elsewhere_is_no_change_of_sessions(config: Config) -> None:
    """Near-miss: what went wrong is not the signup, and nothing is said to have been asked for."""
    r = parse_email(build_mail("Hej! Det har blivit fel i kallelsen, lokalen står inte med. Var är vi den 3 maj?\n\n"
                               "Maja" + CONFIRMED, sender="Maja Sund <maja.sund@orsa.se>",
                               subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent != Intent.CHANGE
