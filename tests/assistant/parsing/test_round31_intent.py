"""Intent, round 31: by class, each in wordings of its own (none from a corpus), and near-misses that must keep
their reading.

- A: the mailings wanted at another address of the writer's, named by its kind or as the one written from ("vill
  hellre ha utskicken till min jobbmejl", "skicka hellre till den adress jag skriver från", "send the mailings to my
  work address"): a change of details naming no session, the writer's address the one written from; not mailings
  merely spoken of;
- B: the signup asked changed with an adverb between the verb and "min anmälan" ("ändra gärna min anmälan så att
  ...", "ändra därför vår anmälan till ..."): a change, as without the adverb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Öst <karin.ost@orsa.se>"
SIGNED = "\n\nMvh\nKarin Öst\nOrsa kommun\n"


def _read(config: Config, text: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=KARIN, subject=subject), config, ARRIVAL)


# --- A: the mailings to another address of the writer's

MAILINGS_ELSEWHERE = [
    ("Hej! Jag anmälde mig med min privata adress karin77@hotmail.com, men jag vill hellre ha utskicken till min "
     "jobbmejl. Går det att ändra?"),
    ("Hej, jag är anmäld till DalaLab sedan i höstas via karin77@hotmail.com. Kan ni skicka utskicken till den adress "
     "jag skriver från i stället?"),
    "Hi, I signed up with karin77@hotmail.com but would prefer the mailings to my work address. Could you change that?",
]


@pytest.mark.parametrize("text", MAILINGS_ELSEWHERE)
def test_a_mailings_to_the_work_address_are_a_details_change(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []
    assert [(p.name, p.email) for p in r.people] == [("Karin Öst", "karin.ost@orsa.se")]


def test_a_near_miss_mailings_spoken_of_are_no_change(config: Config) -> None:
    r = _read(config, "Tack för utskicket! Jag vill anmäla mig till 3 maj och 22 februari.")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S1, S4]


# --- B: "ändra gärna min anmälan"

@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kan tyvärr inte 3 maj. Ändra gärna min anmälan så att jag bara går på 21 september.", [S2]),
    ("Jag har förhinder i maj. Ändra därför min anmälan till 21 september och 22 februari.", [S2, S4]),
])
def test_b_the_signup_asked_changed_with_an_adverb_between(config: Config, text: str,
                                                          expected: list[dt.date]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_b_near_miss_a_cancellation_stays_one(config: Config) -> None:
    r = _read(config, "Jag kan tyvärr inte komma den 3 maj. Stryk mig från den träffen.")
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S1]
