"""Intent, round 32: by class, each in words of its own (none from a corpus), and near-misses that must keep
their reading.

- A: a message that opens with a postscript and tells a diet, no session named ("ps. jag är laktosintolerant!",
  "P.S. I'm vegetarian"): it adds to a message sent before, a diet change for the writer; a signup with a postscript
  telling a diet stays a signup, as does one opening with "ps" that names sessions;
- B: someone named asked added by the verb of adding ("Kan vi lägga till Jon Ahl också? Samma träffar som Eva, dvs
  alla fyra", "kan ni ta med Eva Lind på alla fyra?"): a signup of that person, even where the intent model reads a
  change of a signup held; a session asked added for the writer ("kan ni lägga till 29 november för mig?") is no
  signup of anyone named;
- C: a colleague's internal errand about a steering group ("Kan du mejla protokollet från styrgruppen i tisdags?"),
  nothing of the event named: another errand, not a question about it; a signup that speaks of the steering
  group's leave is still a signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "3236", "Linn Berg")


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


@pytest.mark.parametrize(("text", "diet"), [
    ("ps. jag är laktosintolerant! glömde skriva det", "laktosintolerant"),
    ("P.S. I'm vegetarian", "vegetarian"),
    ("ps jag har jordnötsallergi 🥜", "jordnötsallergi"),
])
def test_a_a_postscript_telling_a_diet_is_a_diet_change(config: Config, text: str, diet: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []
    assert r.diet is not None and diet in r.diet.lower()
    assert [p.name for p in r.people] == ["Linn Berg"]


def test_a_near_miss_a_signup_with_a_postscript_diet_stays_a_signup(config: Config) -> None:
    r = _chat(config, "Anmäl mig till 3 maj tack. PS jag är vegan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


def test_a_near_miss_a_postscript_naming_sessions_is_a_signup(config: Config) -> None:
    r = _chat(config, "ps anmäl mig också till 21 september, jag är vegan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]


# --- B: "kan vi lägga till Jon Ahl också?"

ADDED = [
    "Hej igen!\n\nKan vi lägga till Jon Ahl också? Samma träffar som Eva, dvs alla fyra.\n\nTack!\nLinn",
    "Hej!\n\nKan ni ta med Jon Ahl på alla fyra träffarna?\n\n/Linn Berg",
]


def _mail(config: Config, text: str) -> ParsedRequest:
    return parse_email(build_mail(text, sender="Linn Berg <linn.berg@orsa.se>", subject="Re: DalaLab"), config,
                       ARRIVAL)


@pytest.mark.parametrize("text", ADDED)
def test_b_someone_named_asked_added_is_their_signup(config: Config, text: str) -> None:
    r = _mail(config, text)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Jon Ahl"]
    assert list(r.sessions) == list(ALL)


def test_b_the_model_does_not_turn_it_into_a_change(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "opinion", lambda *_: (Intent.CHANGE, 0.95))    # the model sure of a change
    r = _mail(config, ADDED[0])
    assert r.intent == Intent.REGISTER


def test_b_near_miss_a_session_added_for_the_writer_names_nobody(config: Config) -> None:
    r = _mail(config, "Hej!\n\nKan ni lägga till 29 november för mig?\n\n/Linn Berg")
    assert all(p.name == "Linn Berg" for p in r.people)


# --- C: a steering group's errand

def test_c_a_steering_group_errand_is_no_question_about_the_event(config: Config) -> None:
    r = parse_email(build_mail("Hej!\n\nKan du mejla mig protokollet från styrgruppen i tisdags? Jag hittar det "
                               "inte i mappen.\n\nTack\nPelle", sender="Pelle Ryd <pelle.ryd@regiondalarna.se>",
                               subject="Protokoll styrgruppen"), config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN


def test_c_near_miss_a_signup_naming_the_steering_group(config: Config) -> None:
    r = _mail(config, "Hej!\n\nStyrgruppen har godkänt att jag går på DalaLab, så anmäl mig till 3 maj.\n\n/Linn Berg")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]
