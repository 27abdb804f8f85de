"""Intent, round 41b: by class, from gaps found by trying the service, each in words of its own, with near-misses.

- A: a session given up with "klarar inte" and another asked for instead ("klarar inte 21/9, kan jag ta 22/2
  istället?"): a swap to the new one only, as with "kan inte".
- B: the next one asked for instead in a sentence of its own after the one given up ("Jag kan inte 21/9. Kan jag ta
  nästa istället?"): a swap to the session after it, not a question; after the last session, which is asked.
- C: the writer's own signup struck as such ("stryk alla mina anmälningar", "ta bort min anmälan", "radera min
  anmälan", "makulera min anmälan", "delete my registration"): a cancellation of all (of the sessions named), not a signup; the data asked
  erased as well is still an erasure; one session struck and another added is a swap.
- D: our confirmation denied and the right sessions told in the same sentence ("Det var inte det jag skrev, jag
  anmälde mig till 21/9 och 29/11"): a change to those, as when told in a sentence of its own.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAJA = Sender("telegram", "4142", "Maja Lind")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, MAJA, config, ARRIVAL)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMaja Lind\nOrsa kommun\n", sender="Maja Lind <maja.lind@orsa.se>"),
                       config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "klarar inte 29/11, går det att ta 22/2 istället?",
    "jag klarar tyvärr inte 29/11 så jag tar 22/2 i stället",
    "Hej! Jag klarar inte den 29 november. Kan jag komma den 22 februari istället?",
])
def test_a_a_session_not_managed_and_another_instead_is_a_swap_to_the_new_one(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S4,)


def test_a_near_miss_not_managing_one_and_keeping_the_rest_is_a_cancellation(config: Config) -> None:
    r = _mail("Hej! Jag klarar inte den 29 november men kommer på de andra.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S3,)


@pytest.mark.parametrize("text", [
    "jag kan inte 3/5. kan jag ta nästa istället?",
    "klarar inte 3/5. nästa istället?",
    "Hi, I can't make it on 3 May. Could I take the next one instead?",
])
def test_b_the_next_one_asked_in_a_sentence_of_its_own_is_a_swap_to_it(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2,)


def test_b_near_miss_the_next_after_the_last_session_is_asked(config: Config) -> None:
    r = _chat("jag kan inte 22/2. kan jag ta nästa istället?", config)
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize("text", [
    "stryk alla mina anmälningar",
    "ta bort min anmälan tack",
    "Hej, kan ni radera min anmälan?",
    "makulera min anmälan",
    "stryk mina anmälningar, det blir inget för mig",
    "please delete my registration",
    "Hi, could you remove my registration? Thanks",
])
def test_c_ones_own_signup_struck_is_a_cancellation_of_all(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == set(ALL)
    assert Unsure.INTENT not in r.unsure


def test_c_one_session_of_the_signup_struck_is_a_cancellation_of_that_one(config: Config) -> None:
    r = _mail("Ta bort min anmälan till 21/9, de andra kommer jag på.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)


@pytest.mark.parametrize("text", [
    "Hej, radera min anmälan och alla mina personuppgifter.",
    "Please delete my registration and all personal data you hold about me.",
])
def test_c_near_miss_the_data_asked_erased_too_is_an_erasure(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.ERASURE


def test_c_near_miss_a_diet_taken_off_the_signup_is_no_cancellation(config: Config) -> None:
    r = _mail("Please remove the vegetarian option from my registration.", config)
    assert r.intent == Intent.CHANGE
    assert r.change == "diet"


def test_c_near_miss_struck_and_another_added_is_a_swap(config: Config) -> None:
    r = _mail("Hej! Kan ni ta bort min anmälan till 3 maj och lägga till 21/9 istället?", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2,)


@pytest.mark.parametrize("text", [
    "Det var inte det jag skrev, jag anmälde mig till 3/5 och 22/2",
    "det är inte vad jag bad om – jag anmälde mig till 3/5 och 22/2",
    "That's not what I asked for, I signed up for 3/5 and 22/2",
])
def test_d_the_confirmation_denied_and_the_right_sessions_in_one_sentence_is_a_change(config: Config,
                                                                                       text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S4)


def test_d_near_miss_told_in_a_sentence_of_its_own_stays_a_change(config: Config) -> None:
    r = _chat("Det var inte det jag skrev. Jag anmälde mig till 3/5 och 22/2", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S4)
