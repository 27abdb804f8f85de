"""The rules over the intent model, round 53e: a change stated about people registered already (dev52), in words of
their own (none from a corpus), with near-misses. These tests read with the shipped models (no ``rules_only``).

- A: people said to hold a signup ("vi tre som är anmälda till 3 maj", "Anna Lund, Bo Ek och jag står anmälda till
  vårens träff") asking for sessions added to it ("kan du lägga till oss på dem?"): a change of that signup, though
  the model reads the sessions asked for as a new signup; still asked about where the model doubts it. Only where
  the writer is among those holding it and asks their own signup widened ("lägg till oss/mig"): not a newcomer added
  beside "jag och Stefan är redan anmälda", nor the writer joining beside colleagues held (the model's reading stands).
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, build_mail

PER = "Per Dahl <per.dahl@orsa.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMvh\nPer Dahl\nOrsa kommun\n", sender=PER, subject="Fler träffar"),
                       config, ARRIVAL)


HELD_WIDENED = [
    (("Hej! Vi tre som står anmälda till träffen i maj – Anna Lund, Bo Ek och jag själv – skulle gärna gå på "
     "höstens träffar också. Kan du lägga till oss på dem? Februari vet vi inte än."),
     ["Per Dahl", "Anna Lund", "Bo Ek"], (S1, S2, S3)),
    (("Hej! Vi två som är anmälda till 3 maj – Anna Lund och jag – vill gärna gå på novemberträffen också. Kan du "
     "lägga till oss på den?"), ["Per Dahl", "Anna Lund"], (S1, S3)),
    (("Hej Linnea! Anna Lund, Bo Ek och jag är anmälda till vårens träff. Kan du lägga till oss på höstens två träffar "
     "också?"), ["Per Dahl", "Anna Lund", "Bo Ek"], (S1, S2, S3)),
]


@pytest.mark.parametrize(("text", "people", "sessions"), HELD_WIDENED)
def test_a_a_held_signup_widened_is_a_change(config: Config, text: str, people: list[str],
                                             sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert sorted(p.name or "" for p in r.people) == sorted(people)
    assert r.sessions == sessions


def test_a_near_miss_a_new_colleague_added_is_a_signup(config: Config) -> None:
    r = _mail("Hej! Kan vi lägga till vår kollega Eva Holm också? Hon vill gå på 3 maj och 21/9.", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Holm"]
