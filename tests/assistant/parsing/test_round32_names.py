"""Names and who takes part, round 32: by class, each in words of its own (none from a corpus), with near-misses.

- A: a role word followed by an English verb of passing word on and a possessive ("my colleague forwarded your
  invitation", "a colleague sent your mail on to me"): no person named "Forwarded Your"; a colleague named by name
  beside the writer still is one;
- B: a writer with a bare address signing with the given name and the surname's initial ("//karin ö", "/Per E"),
  the address spelling the surname in full: the full name from the address; an address with the initial only keeps
  the signed name;
- C: a lower-case name after "skriver för" ("skriver för anders nyström på vansbro kommun, han är sjuk"): that
  person, not the writer, is the one replaced; not "skriver för att ...".
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nBest regards,\nElsa Norr\nMora kommun\n"


def _mail(text: str, config: Config, sender: str = ELSA) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: "my colleague forwarded your invitation"

@pytest.mark.parametrize("text", [
    "Hi, my colleague forwarded your invitation and I would like to attend all four sessions.",
    "Hello! A colleague sent your mail on to me. Please sign me up for all four sessions.",
    "Hi, my manager shared your invitation. I would like to attend all four sessions.",
])
def test_a_a_verb_after_a_role_word_is_no_name(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elsa Norr"]
    assert list(r.sessions) == list(ALL)


def test_a_near_miss_a_colleague_named_still_counts(config: Config) -> None:
    r = _mail("Hi, my colleague Tom Berg and I would like to attend all four sessions." + SIGNED, config)
    assert _names(r) == ["Elsa Norr", "Tom Berg"]


# --- B: "//karin ö" from karin.ostberg@…

@pytest.mark.parametrize(("text", "address", "expected"), [
    ("anmäl mig till 3/5 tack\n//karin ö\n", "karin.ostberg@orsa.se", "Karin Östberg"),
    ("Hej, anmäl mig till 3 maj.\n/Per E\n", "per.eklund@falun.se", "Per Eklund"),
])
def test_b_initialled_signature_takes_the_address_surname(config: Config, text: str, address: str,
                                                          expected: str) -> None:
    r = _mail(text, config, sender=address)
    assert [(p.name, p.email) for p in r.people] == [(expected, address)]
    assert list(r.sessions) == [S1]


def test_b_near_miss_an_address_with_the_initial_only_keeps_the_signature(config: Config) -> None:
    r = _mail("Hej, anmäl mig till 3 maj.\n/Eva L\n", config, sender="eva.l@hotmail.com")
    assert [p.name for p in r.people] == ["Eva L"]


# --- C: "skriver för anders nyström"

def test_c_the_one_written_for_is_the_one_replaced(config: Config) -> None:
    chat = Sender("telegram", "3233", "Sara Vik")
    r = parse_chat("hej, skriver för jon strand på orsa kommun, han är sjukskriven. eva lund går istället på "
                   "alla träffar", chat, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    roles = sorted((p.name or "", p.role) for p in r.people)
    assert roles == [("Eva Lund", Role.JOINING), ("Jon Strand", Role.LEAVING)]


def test_c_near_miss_skriver_for_att_names_nobody(config: Config) -> None:
    chat = Sender("telegram", "3234", "Sara Vik")
    r = parse_chat("hej, skriver för att anmäla mig till 21/9", chat, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Sara Vik"]
    assert list(r.sessions) == [S2]
