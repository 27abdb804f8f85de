"""Intent, round 40a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a group the writer lists first ("jag, Eva Ek och Olof Strand") said to be signed up already and to want a session
  more: a change of the signup held, the sessions after it those held and the one added, as when the writer is named
  last ("Eva Ek och jag"); a group of three signing up anew is a signup as before.
- B: a chat writer's mind changed towards a session more ("ändrade mig, kan komma på 21/9 också", "changed my mind,
  I can make 21 Sept too") with no signup shown or told: a change adding that session, but unsure of the intent and
  of the sessions (what the signup held is not in the message); a session "också" without a mind changed is a signup,
  and a mind changed away from one is no addition.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S4, build_mail, sorted_names

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Ek <karin.ek@mora.se>"
SIGNED = "\n\nKarin Ek\nMora kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + SIGNED, sender=KARIN, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    ("Vi som går från Mora (jag, Eva Lund och Olof Strand) är redan anmälda till 3/5 och 21/9 men vill även gå på "
     "träffen den 22 februari. Kan du lägga till oss där?"),
    "Vi tre, jag, Eva Lund och Olof Strand, är redan anmälda till 3 maj och 21/9 men vill gärna gå på 22/2 också.",
])
def test_a_a_group_with_the_writer_first_adding_a_session_is_a_change(config: Config, text: str) -> None:
    r = _mail(text, config, subject="Tillägg")
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S2, S4)
    assert sorted_names(r) == ["Eva Lund", "Karin Ek", "Olof Strand"]


def test_a_near_miss_a_group_of_three_signing_up_is_a_signup(config: Config) -> None:
    r = _mail("Jag vill anmäla mig, Eva Lund och Olof Strand till 3/5 och 21/9.", config, subject="Anmälan")
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S2)


NORA = Sender("telegram", "4043", "Nora Ek")


@pytest.mark.parametrize("text", [
    "ps. ändrade mig, kan komma på 21/9 också",
    "Hej igen! Har ändrat mig, jag kan komma den 21 september också 😊",
    "oh and changed my mind, I can make 21 Sept too",
])
def test_b_a_mind_changed_towards_a_session_more_is_an_unsure_change(config: Config, text: str) -> None:
    r = parse_chat(text, NORA, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2,)
    assert Unsure.INTENT in r.unsure
    assert Unsure.SESSIONS in r.unsure


def test_b_near_miss_a_session_too_without_a_mind_changed_is_a_signup(config: Config) -> None:
    r = parse_chat("hej! kan komma på 21/9 också, skriv upp mig. /Nora Ek, Mora", NORA, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS not in r.unsure


def test_b_near_miss_a_mind_changed_away_is_no_addition(config: Config) -> None:
    r = parse_chat("ändrade mig, kan inte komma 21/9 ändå", NORA, config, ARRIVAL)
    assert r.intent != Intent.REGISTER
    assert not (r.intent == Intent.CHANGE and Unsure.SESSIONS in r.unsure)
