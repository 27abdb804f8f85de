"""Details, round 42: by class, in words of its own (none from a corpus), with near-misses.

- A: a new employer told in the present or future ("jag börjar på Region Dalarna den 1 april", "min nya adress blir
  ...@...") by someone keeping their place: a change of details, not a new signup of the sessions held. A plain
  signup naming where the writer works is still a signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

LISA = "Lisa Berg <lisa.berg@mora.se>"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nLisa Berg\n", sender=LISA, subject=subject), config, ARRIVAL)


NEW_EMPLOYER = [
    ("Hej! Jag slutar på Mora kommun sista mars och börjar på Region Dalarna i april. Jag vill gärna vara kvar på "
     "samma träffar som nu, alla fyra. Min nya adress blir lisa.berg@regiondalarna.se från april."),
    ("Hej! Från den 1 april börjar jag på Länsstyrelsen Dalarna. Jag vill behålla min plats på alla fyra träffarna. "
     "Använd lisa.berg@lansstyrelsen.se framöver."),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NEW_EMPLOYER)
def test_a_a_new_employer_keeping_the_place_is_a_change(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_a_signup_naming_the_workplace_is_a_signup(config: Config) -> None:
    r = _mail("Hej! Jag arbetar på Mora kommun och vill anmäla mig till alla fyra träffarna.", config)
    assert r.intent == Intent.REGISTER
