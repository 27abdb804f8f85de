"""Intent, round 40b: by class, each in words of its own (none from a corpus), with near-misses.

- A: a writer already booked asks a named colleague added, and the next sentence tells by a pronoun which sessions
  the colleague can take ("Jag är redan anmäld. Kan ni lägga till min kollega Per Ek? Han kan bara 22/2."): the
  colleague's new signup, not the writer's signup narrowed; a colleague already booked who now can only come to one
  is still a change.
- B: a confirmation told to show a session the writer did not ask for, denied ("Det var inte det jag skrev", "det är
  inte vad jag bad om", "that's not what I signed up for") beside what the writer signed up for ("jag anmälde mig
  till 21/9"): a correction to the session signed up for, the one shown dropped; a confirmation owned right is no
  change.
- C: asked whether one may take part not being what the event is for ("is it ok to sign up if I'm not a planner?",
  "would it be possible to register even though ...", "går det bra att anmäla sig även om man inte ..."): a question
  of who may come, no signup; asked plainly for a session ("is it ok to sign up for 3 May?") it is still a signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")

ANN = "Ann Norberg <ann.norberg@leksand.se>"
SIGNED = "\n\nAnn Norberg\nLeksands kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=ANN, subject="Ytterligare deltagare"), config, ARRIVAL)


ADDED = [
    (("Hej!\n\nSjälv är jag redan anmäld. Kan ni lägga till min kollega Per Ek också? Han kan tyvärr bara den 22 februari, "
     "övriga dagar har han annat inbokat."), (S4,)),
    ("Hej,\n\njag är redan anmäld sedan tidigare. Kunde du skriva upp min kollega Per Ek? Han kan bara 29/11.", (S3,)),
    ("Hi,\n\nI'm already registered. Could you add my colleague Per Ek? He can only make 22 February.", (S4,)),
]


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_a_a_colleague_asked_added_with_the_sessions_told_by_pronoun_is_a_signup(
        config: Config, text: str, expected: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Per Ek"]
    assert r.sessions == expected


def test_a_near_miss_a_colleague_already_booked_who_can_now_come_only_once_is_a_change(config: Config) -> None:
    r = _mail("Hej,\n\nmin kollega Per Ek är anmäld till alla fyra träffarna. Han kan nu bara komma 3 maj.", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1,)


def test_a_near_miss_the_writer_narrowing_their_own_signup_is_still_a_change(config: Config) -> None:
    r = _mail("Hej,\n\njag är redan anmäld till alla fyra. Nu kan jag bara komma 3 maj.", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1,)


def test_a_near_miss_a_session_added_for_the_writer_in_english_is_still_a_change(config: Config) -> None:
    r = _mail("Hi,\n\nI'm registered for 3 May. Could you add 29 November too?", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S3)


NOT_ASKED = [
    (("Hej,\n\nenligt bekräftelsen ni skickade är jag anmäld till 3 maj. Det är inte vad jag bad om! Jag anmälde mig till "
     "22 februari, inget annat."), (S4,)),
    (("Hej.\n\nJag fick just ett mejl där det står att jag är bokad på 21 september. Det var inte det jag skrev. Jag "
     "anmälde mig till 29 november."), (S3,)),
    (("Hello,\n\nyour confirmation says I am registered for 3 May. That is not what I signed up for. I signed up for "
     "21 September."), (S2,)),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ASKED)
def test_b_a_confirmation_denied_beside_what_was_signed_up_for_is_a_correction(
        config: Config, text: str, expected: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == expected


def test_b_near_miss_a_confirmation_owned_right_is_no_change(config: Config) -> None:
    r = _mail("Hej,\n\njag fick en bekräftelse där det står att jag är anmäld till 3 maj. Det var det jag skrev, tack!",
              config)
    assert r.intent != Intent.CHANGE


WHO_MAY = [
    "hi! is it ok to sign up if im not a planner myself? i do environmental permits at Mora kommun",
    "Hello, would it be possible to register even though I work in IT and not in planning? /Ann, Leksand",
    "hej, går det bra att anmäla sig även om man inte jobbar med planering? är bygglovshandläggare i Orsa",
]


@pytest.mark.parametrize("text", WHO_MAY)
def test_c_asking_whether_one_may_come_not_being_a_planner_is_a_question(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4042", "Ann Norberg"), config, ARRIVAL)
    assert r.intent == Intent.QUESTION
    assert r.people == ()
    assert r.sessions == ()


def test_c_near_miss_asking_plainly_to_sign_up_for_a_session_is_still_a_signup(config: Config) -> None:
    r = parse_chat("hi, is it ok to sign up for the 3 May session? Ann, Leksands kommun",
                   Sender("telegram", "4042", "Ann Norberg"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1,)
