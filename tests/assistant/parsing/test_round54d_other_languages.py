"""Other languages, round 54d: a signup, change or cancellation written in Norwegian or Danish is read as the same
request in Swedish would be; in words of their own (none from a corpus), with near-misses.

- Norwegian and Danish words that differ from Swedish ("jeg", "ikke", "gjerne", "påmelding", "samlingene", "i
  stedet", "desværre") are read as their Swedish kin; the names, and the diet as written ("melkeallergi"), stay.
- Near-misses: a Swedish or English message holding one such word ("Hilsen", a person named Meg) is read as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.language import as_swedish
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(body: str, sender: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def test_a_norwegian_signup_for_every_session_with_a_diet(config: Config) -> None:
    r = _mail("Hei!\n\nJeg vil gjerne melde meg på alle samlingene i prosjektet. Jeg har melkeallergi, så takk om "
              "dere kan ta hensyn til det.\n\nMed vennlig hilsen\nTorill Hauge\nOrsa kommun\n",
              "Torill Hauge <torill.hauge@orsa.se>", config, subject="Påmelding")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Torill Hauge"]
    assert r.sessions == ALL
    assert r.diet == "melkeallergi"


def test_a_danish_change_of_one_session_keeping_another(config: Config) -> None:
    r = _mail("Hej\n\nJeg kan desværre ikke komme den 29. november alligevel, men vil gerne deltage den 21. "
              "september i stedet. Mødet i maj står stadig ved magt.\n\nVenlig hilsen\nMads Holm\nMora kommun\n",
              "Mads Holm <mads.holm@mora.se>", config, subject="Ændring af tilmelding")
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S2)


def test_a_danish_cancellation_of_one_session(config: Config) -> None:
    r = _mail("Hej Linnea\n\nJeg må desværre melde afbud til mødet den 29. november.\n\nVenlig hilsen\nMads Holm\n"
              "Mora kommun\n", "Mads Holm <mads.holm@mora.se>", config, subject="Afbud")
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S3,)


@pytest.mark.parametrize(("text", "need"), [
    ("Jeg har nøtteallergi.", "nøtteallergi"),
    ("Jeg er laktoseintolerant.", "laktoseintolerant"),
    ("Jeg har nøddeallergi og spiser glutenfrit.", "nøddeallergi, glutenfrit"),
])
def test_a_norwegian_or_danish_need_is_kept_as_written(text: str, need: str) -> None:
    assert find_diet(text) == need


@pytest.mark.parametrize("text", [
    "Hej! Jag vill anmäla mig till alla träffar. Hilsen från Per",
    "Hi, please register Meg Allen and me for all four sessions.",
    "Hej, vi är tre från Mora som kommer till alla träffar.",
])
def test_a_near_miss_swedish_or_english_is_not_read_as_norwegian(text: str) -> None:
    assert as_swedish(text) == text


def test_a_near_miss_an_english_signup_naming_meg_keeps_her_name(config: Config) -> None:
    r = _mail("Hi Linnea,\n\nPlease register my colleague Meg Allen (meg.allen@mora.se) for all four sessions.\n\n"
              "Best,\nTom Berg\nMora kommun\n", "Tom Berg <tom.berg@mora.se>", config)
    assert r.intent == Intent.REGISTER
    assert "Meg Allen" in [p.name for p in r.people]
    assert r.sessions == ALL
    assert S3 in r.sessions
