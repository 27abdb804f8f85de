"""Intent and details, round 36: by class, each in words of its own (none from a corpus), with near-misses.

- A: thanks for our confirmation, looking forward, not a reply over it ("Stort tack för snabb bekräftelse! Det ska
  bli kul att träffa kollegorna i maj."): asks nothing, never answered; thanks that also asks, adds or gives up
  something are read as that;
- B: leave to come asked in everyday words ("kan jag hänga på höstens träff?", "får jag haka på den 21/9?"): a
  signup (asked about), "höstens träff" both autumn sessions, unsure which;
- C: the diet named, then said to be needed no more or struck by a pronoun ("skrev jag laktosfri men det behövs inte
  längre, ni kan stryka det", "that is no longer needed"): a change to no diet; a diet said to still hold stays;
- D: a new address given as "ny adress: …@…" with a new employer ("har ny tjänst på regionen och ny adress: …"):
  the writer's address from now on, and the organisation of its domain; a new postal address changes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab", sender: str = ELSA) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- A: thanks for the confirmation

@pytest.mark.parametrize("text", [
    ("Hej Linnea! Bara ett stort tack för den snabba bekräftelsen och det tydliga programmet. Det ska bli kul att "
     "träffa kollegorna från de andra kommunerna i september."),
    "Hej! Tack för bekräftelsen. Ser fram emot att ses i maj!",
    "Hi! Thanks for the quick confirmation, looking forward to meeting everyone in May.",
])
def test_a_thanks_for_the_confirmation_asks_nothing(config: Config, text: str) -> None:
    r = _mail(text + "\n\nAllt gott\nElsa\n", config, subject="Tack!")
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer
    assert not r.people


@pytest.mark.parametrize(("text", "intent"), [
    ("Tack för bekräftelsen! Det ska bli kul. Min kollega Per Holm vill också vara med.", Intent.REGISTER),
    ("Tack för bekräftelsen! Ser fram emot det, men jag kan tyvärr inte komma den 21/9.", Intent.CANCEL),
    # (the rules read this one a question; the intent model may state the change: either way it is answered)
    ("Tack för bekräftelsen, ser fram emot det! Kan ni lägga till 29/11 också?", None),
])
def test_a_near_miss_thanks_that_ask_for_more(config: Config, text: str, intent: Intent | None) -> None:
    r = _mail(text + SIGNED, config, subject="Tack!")
    assert r.intent == intent if intent is not None else r.intent != Intent.UNKNOWN
    assert not r.never_answer


# --- B: "kan jag hänga på höstens träff?"

def test_b_hanging_on_asked_is_a_signup(config: Config) -> None:
    r = parse_chat("kan jag hänga på höstens träff? /Ola Berg Mora", Sender("telegram", "77", "Ola Berg"), config,
                   ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Ola Berg"]
    assert list(r.sessions) == [S2, S3]
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "expected"), [
    ("kan jag hänga med på träffen den 3 maj?", [S1]),
    ("får jag haka på den 21/9?", [S2]),
])
def test_b_hanging_on_a_session_asked_is_a_signup(config: Config, text: str, expected: list[dt.date]) -> None:
    r = parse_chat(text, Sender("telegram", "78", "Ola Berg"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == expected


def test_b_near_miss_how_one_hangs_on_stays_a_question(config: Config) -> None:
    r = parse_chat("kan jag hänga med på träffen den 3 maj digitalt?", Sender("telegram", "79", "Ola Berg"), config,
                   ARRIVAL)
    assert r.intent == Intent.QUESTION


# --- C: the diet needed no more

@pytest.mark.parametrize("text", [
    "Hej! I min anmälan skrev jag glutenfri, men det behövs inte längre – ni kan stryka det. Datumen gäller som förut.",
    "Hej! I min anmälan står vegetarisk kost, ni kan ta bort det. Jag är fortfarande anmäld till 3 maj.",
    "Hi, I put down vegan in my registration but that is no longer needed. My dates stay the same.",
])
def test_c_a_diet_needed_no_more_is_a_change_to_none(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, subject="Ändring kost")
    assert r.intent == Intent.CHANGE
    assert r.diet is None


def test_c_near_miss_a_diet_still_needed_stays(config: Config) -> None:
    r = _mail("Hej! I min anmälan skrev jag laktosfri, det behövs fortfarande. Kan ni flytta mig till 21/9?" + SIGNED,
              config, subject="Ändring")
    assert r.diet == "laktosfri"


def test_c_near_miss_a_session_struck_beside_a_diet_keeps_the_diet(config: Config) -> None:
    r = _mail("Hej! Jag är vegan, kan ni stryka den 21/9 från min anmälan?" + SIGNED, config, subject="Ändring")
    assert r.diet == "vegan"


# --- D: "ny tjänst ... och ny adress: …@…"

def test_d_a_new_address_with_a_new_employer(config: Config) -> None:
    r = _mail("Hej! Från 1 mars har jag ny tjänst på regionen och ny adress: elsa.norr@regiondalarna.se. Jag är "
              "anmäld till 3/5 och vill behålla platsen. Kan ni se till att allt om DalaLab går dit?"
              "\n\nElsa Norr\nMora kommun (t.o.m. 28/2)\n", config, subject="Ny e-postadress")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email, p.organisation) for p in r.people] == [
        ("Elsa Norr", "elsa.norr@regiondalarna.se", "Region Dalarna")]


def test_d_near_miss_a_new_postal_address_changes_no_mail(config: Config) -> None:
    r = _mail("Hej! Vi har flyttat kontoret och har ny adress: Storgatan 5, Mora. Anmäl mig till 3/5." + SIGNED,
              config)
    assert r.intent == Intent.REGISTER
    assert [p.email for p in r.people] == ["elsa.norr@mora.se"]
