"""People, round 41b: by class, from gaps found by trying the service, each in words of its own, with near-misses.

- A: a colleague struck beside the rest said to stay ("Stryk Jonas Ek från 3 maj, vi andra står kvar", "Please
  remove ... The rest of us are still coming"): the colleague only, not the writer.
- B: an erasure of a colleague's data ("radera uppgifterna om min kollega Jonas Ek", "radera Jonas Eks uppgifter",
  "the data you hold on my colleague ..."): that colleague only (the name without its genitive), not the writer; the
  writer's own data named is still theirs.
- C: a colleague not coming in a season said as when ("Olof Strand kan inte vara med i höst") beside the writer
  coming ("Själv är jag med (som planerat)"): a cancellation of the colleague, not of the writer.
- D: a chat writer introducing themselves by their given name ("Hi, I'm Karin and I'd like to sign up", display name
  "Karin Ek"): one person, the writer; another given name beside the writer is still a second person.
- E: people told as registered already, then something asked for "us" ("Vi är redan anmälda (jag, Eva Ek och Per
  Holm). Kan ni lägga till oss på 29/11?", "Jag, Rebecka Sahlin och Viktor Hjort är redan anmälda ... lägg till oss
  på 22/2"): a change for all of them, the writer too.
- F: someone undecided is not booked: a colleague who "har inte bestämt sig" (left out), the writer who "kommer nog
  också, men återkommer" or "har inte bestämt mig" (left out); one said to come is still booked.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

WRITER = "Maja Lind"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMaja Lind\nOrsa kommun\n", sender="Maja Lind <maja.lind@orsa.se>"),
                       config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str]:
    return sorted(p.name or "" for p in r.people)


@pytest.mark.parametrize("text", [
    "Stryk Jonas Ek från 3 maj, vi andra står kvar.",
    "Please remove Jonas Ek from the May session. The rest of us are still coming.",
    "Please withdraw Jonas Ek from the May session, the rest of us remain booked.",
])
def test_a_a_colleague_struck_beside_the_rest_staying_is_that_colleague_only(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Jonas Ek"]


def test_a_near_miss_the_writer_struck_beside_a_colleague_staying_is_the_writer(config: Config) -> None:
    r = _mail("Jonas Ek står kvar, men stryk mig från 3 maj.", config)
    assert _names(r) == [WRITER]


@pytest.mark.parametrize("text", [
    "Hej, radera uppgifterna om min kollega Jonas Ek, han har slutat.",
    "Hej, kan ni radera uppgifterna om Jonas Ek? Han har gått i pension.",
    "Hej, radera min kollega Jonas Eks uppgifter.",
    "Please delete the data you hold on my colleague Jonas Ek.",
])
def test_b_an_erasure_of_a_colleagues_data_is_that_colleague_only(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.ERASURE
    assert _names(r) == ["Jonas Ek"]


def test_b_near_miss_the_writers_own_data_is_the_writer(config: Config) -> None:
    r = _mail("Hej, radera mina uppgifter. Min kollega Jonas Ek är kvar.", config)
    assert r.intent == Intent.ERASURE
    assert _names(r) == [WRITER]


@pytest.mark.parametrize("text", [
    "Olof Strand kan inte vara med i höst. Själv är jag med som planerat.",
    "Olof Strand kan inte vara med i höst. Själv är jag med.",
    "Olof Strand can't come in the autumn. I'll attend as planned myself.",
])
def test_c_a_colleague_away_in_a_season_beside_the_writer_coming_is_the_colleague(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Olof Strand"]


def test_c_near_miss_with_a_date_the_same(config: Config) -> None:
    r = _mail("Olof Strand kan inte vara med 29/11. Själv är jag med.", config)
    assert _names(r) == ["Olof Strand"]
    assert r.sessions == (S3,)


@pytest.mark.parametrize("text", [
    "Hi, I'm Karin and I'd like to sign up",
    "Hej! Jag heter Karin och jag vill anmäla mig",
    "hi its me Karin and I want to join all sessions",
])
def test_d_a_chat_writer_introduced_by_given_name_is_one_person(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4144", "Karin Ek"), config, ARRIVAL)
    assert _names(r) == ["Karin Ek"]


def test_d_near_miss_another_given_name_beside_the_writer_is_a_second_person(config: Config) -> None:
    r = parse_chat("Hej, Per och jag vill anmäla oss", Sender("telegram", "4144", "Karin Ek"), config, ARRIVAL)
    assert _names(r) == ["Karin Ek", "Per"]


@pytest.mark.parametrize(("text", "others"), [
    ("We are already registered (me, Eva Ek and Per Holm). Could you add us to the November session too?",
     ["Eva Ek", "Per Holm"]),
    ("Vi är redan anmälda (jag, Eva Ek och Per Holm). Kan ni lägga till oss på 29/11 också?", ["Eva Ek", "Per Holm"]),
    ("Jag, Rebecka Sahlin och Viktor Hjort är redan anmälda till 3 maj. Lägg till oss på 29/11 också.",
     ["Rebecka Sahlin", "Viktor Hjort"]),
    ("Rebecka Sahlin och jag är redan anmälda till 3 maj. Kan ni flytta oss till 29/11?", ["Rebecka Sahlin"]),
])
def test_e_those_registered_already_and_something_asked_for_us_is_all_of_them(config: Config, text: str,
                                                                                others: list[str]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert _names(r) == sorted([WRITER, *others])
    assert S3 in r.sessions


@pytest.mark.parametrize("text", [
    "Hej! Jag vill anmäla mig till 3 maj. Min kollega Anders Holm vill också komma men han har inte bestämt sig.",
    "Hej! Jag vill anmäla mig till 3 maj. Anders Holm har inte bestämt sig ännu.",
    "Hi! Please sign me up for 3 May. My colleague Anders Holm may come too but he hasn't decided yet.",
])
def test_f_a_colleague_undecided_is_not_booked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == [WRITER]


@pytest.mark.parametrize("text", [
    "Anmäl Anders Holm och Lisa Nord till 3 maj. Jag själv kommer nog också, men återkommer om det.",
    "Anmäl Anders Holm och Lisa Nord till 3 maj. Själv har jag inte bestämt mig än.",
    "Please register Anders Holm and Lisa Nord for 3 May. I haven't decided about myself yet.",
])
def test_f_the_writer_undecided_is_not_booked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Anders Holm", "Lisa Nord"]


@pytest.mark.parametrize("text", [
    "Hej! Anmäl mig och Anders Holm till 3 maj, han har inte varit med förut.",
    "Anmäl Anders Holm och Lisa Nord till 3 maj. Jag kommer nog också.",
])
def test_f_near_miss_one_said_to_come_is_booked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert WRITER in _names(r) and "Anders Holm" in _names(r)
