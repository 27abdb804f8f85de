"""Sessions, round 54d: sessions stated beside a change; in words of their own (none from a corpus), with near-misses.

- A line wrapped before "tack på ..." ("..., så glutenfri kost\\ntack på mina två träffar (21/9 och 29/11)") goes on
  with the request; it is no closing, and the sessions it names are the ones the new diet is for. Near-miss: "Tack på
  förhand!" still closes the message.
- A swap after the calendar invitation was accepted ("tackade ja i kalendern till 21/9, byter till 29/11") gives
  the new session only, as one after "jag är anmäld till"; near-miss: "jag tackar ja till inbjudan" signs up now.
- A session sat out ("februariträffen står jag över") beside sessions held and one added is not among those after the
  change. Near-miss: a colleague who "tar över" something skips no session.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.quoting import split_body
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLLE = "Olle Sjöberg <olle.sjoberg@avesta.se>"


def _mail(body: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=OLLE, subject=subject), config, ARRIVAL)


def test_a_diet_change_wrapped_before_thanks_keeps_the_sessions_stated(config: Config) -> None:
    r = _mail("Hej!\n\nJag behöver ändra en sak i min anmälan: läkaren har hittat glutenintolerans, så glutenfri kost\n"
              "tack på mina två träffar (21 september och 29 november).\n\nOlle Sjöberg\nAvesta kommun\n", config,
              subject="Specialkost")
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2, S3)
    assert r.diet is not None and "glutenfri" in r.diet
    assert [p.name for p in r.people] == ["Olle Sjöberg"]


def test_a_near_miss_thanks_in_advance_still_closes() -> None:
    parts = split_body("Hej!\n\nJag vill anmäla mig till alla träffar.\nTack på förhand!\nOlle", "DalaLab",
                       ("Olle Sjöberg",))
    assert parts.own == "Jag vill anmäla mig till alla träffar."


def test_a_session_added_beside_those_held_and_one_sat_out(config: Config) -> None:
    r = _mail("Hej!\n\nJag står på 21 september och 29 november. Nu har våren lättat, så lägg till 3 maj också. "
              "Sista träffen i februari står jag över.\n\nOlle Sjöberg\nAvesta kommun\n", config,
              subject="Ytterligare en träff")
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S2, S3)


def test_a_near_miss_a_colleague_taking_over_is_no_session_sat_out(config: Config) -> None:
    r = _mail("Hej! Jag vill anmäla mig till alla fyra träffarna. Min kollega tar över mina andra möten de "
              "dagarna.\n\nOlle Sjöberg\nAvesta kommun\n", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S2, S3, S4)


@pytest.mark.parametrize("text", [
    "hej! jag tackade ja i outlook till 21 september men då har vi nämndmöte, så jag byter till 29 november istället",
    ("Hi, I accepted the calendar invite for 21 September but I have a board meeting then, so I'd like to switch to "
     "29 November instead."),
])
def test_a_swap_after_accepting_the_calendar_invitation_gives_the_new_session(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4242", "Olle Sjöberg"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)


def test_a_near_miss_accepting_the_invitation_now_is_a_signup(config: Config) -> None:
    r = parse_chat("Hej! Jag tackar ja till inbjudan och kommer gärna på 21 september och 29 november. /Olle Sjöberg, "
                   "Avesta kommun", Sender("telegram", "4242", "Olle Sjöberg"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)
