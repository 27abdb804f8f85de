"""Reading, round 31: by class, each in words of its own (none from a corpus), with near-misses.

- A: the venue's town named as where the writer works ("jobbar i falun", "I work in Falun"): the writer's
  organisation, though the town is the venue's; still not the venue named as where a session is ("träffen i Falun");
- B: a diet asked recorded in a signup's words, no session named ("kan ni skriva upp mig som glutenfri", "put me down
  as vegetarian"): a diet change naming no session, even where the intent model reads a signup; still a signup
  where sessions are named ("anmäl mig som vegan till alla träffar");
- C: several signups held asked adjusted, those named narrowed to the sessions kept, the rest denied ("Vi behöver
  justera våra anmälningar. Per Ek och Eva Lind kommer bara den 3 maj och 22 februari, inte på höstens träffar"): a
  change to the sessions kept (a withdrawal from the rest the other reading), even where the model reads a
  cancellation; a plain signup of named people with "bara" stays a signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

CHAT = Sender("telegram", "5151", "Nils Wik")
ANNA = "Anna Sjö <anna.sjo@ludvika.se>"
SIGNED = "\n\nHälsningar\nAnna Sjö\nLudvika kommun\n"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, text: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=ANNA, subject=subject), config, ARRIVAL)


# --- A: "jobbar i falun"

@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "anmäl mig till 3 maj. jobbar i falun",
    "anmäl mig till 21/9 🙂 arbetar i Falun",
    "please sign me up for May 3, I work in Falun",
])
def test_a_the_venue_town_as_workplace(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert [p.organisation for p in r.people] == ["Falu kommun"]


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_the_venue_is_no_workplace(config: Config) -> None:
    r = _chat(config, "anmäl mig till träffen i Falun 3 maj")
    assert [p.organisation for p in r.people] == [None]


# --- B: "skriv upp mig som glutenfri"

DIET_RECORDED = [
    ("ps kan ni skriva upp mig som glutenfri", "glutenfri"),
    ("put me down as vegetarian please", "vegetarian"),
    ("kan ni notera mig som laktosintolerant?", "laktosintolerant"),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "diet"), DIET_RECORDED)
def test_b_a_diet_recorded_in_signup_words(config: Config, text: str, diet: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []
    assert r.diet == diet


def test_b_the_model_does_not_turn_it_into_a_signup(config: Config) -> None:
    if second_opinion.model() is None:
        pytest.skip("no intent model shipped")
    r = _chat(config, "ps kan ni skriva upp mig som vegan")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "anmäl mig som vegan till alla träffar",
    "anmäl mig till alla fyra, jag är vegan",
])
def test_b_near_miss_a_signup_with_sessions_stays_one(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S1, S2, S3, S4]


# --- C: "justera våra anmälningar ... bara X, inte Y"

NARROWED = ("Hej! Vi behöver justera våra anmälningar. Per Ek och Eva Lind kommer bara att delta den 3 maj och den 22 "
            "februari 2028, inte på höstens träffar.")


@pytest.mark.usefixtures("rules_only")
def test_c_signups_held_narrowed_for_those_named(config: Config) -> None:
    r = _mail(config, NARROWED, subject="Justering")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [S1, S4]
    assert sorted(p.name for p in r.people if p.name) == ["Eva Lind", "Per Ek"]


def test_c_the_model_does_not_turn_it_into_a_cancellation(config: Config) -> None:
    r = _mail(config, NARROWED, subject="Justering")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [S1, S4]


@pytest.mark.usefixtures("rules_only")
def test_c_near_miss_a_signup_of_others_with_bara_stays_one(config: Config) -> None:
    r = _mail(config, "Hej! Jag vill anmäla Per Ek och Eva Lind. De kommer bara den 3 maj och den 21 september.")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S1, S2]
    assert S3 not in r.sessions
