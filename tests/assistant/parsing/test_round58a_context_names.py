"""People named only as context (round 58a): who is said to be registered already in a bracket ("(Eva Holm, Per Lind
och Kim Ek är anmälda)"), "sedan tidigare" without "redan", in a chat relative clause ("som redan e anmäld 🚗"); who
already took over another's place; who signs up on their own, told by the given name in the next sentence ("Eva
anmäler sig själv"); who signed the writer up ("Eva Holm anmälde mig i januari"). None of them is a person of the
request.

Near-misses: one the writer signs up beside them stays; one who signed the writer up and also themselves ("anmälde
mig och sig själv") is spoken of as before."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLLE = "Olle Strand <olle.strand@orsa.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=OLLE, subject="DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7302", "Olle Strand"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


def test_those_said_registered_in_a_bracket_are_no_people(config: Config) -> None:
    r = _mail("Hej! Jag vet att Orsa redan har fyllt sina tre platser (Eva Holm, Per Lind och Kim Ek är anmälda). "
              "Kan jag få stå på reservlistan för alla träffar?\n\nOlle Strand", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Olle Strand"]
    assert list(r.sessions) == list(ALL)


def test_one_registered_sedan_tidigare_is_no_person(config: Config) -> None:
    r = _mail("Hej! Anmäl mig och Kim Ek till 3 maj. Eva Holm är sedan tidigare anmäld och räknas inte här.\n\nOlle",
              config)
    assert _names(r) == ["Olle Strand", "Kim Ek"]
    assert list(r.sessions) == [S1]


@pytest.mark.parametrize("text", [
    "Anmäl mig till septemberträffen, jag åker med Eva Holm som redan är anmäld 🚗",
    "Anmäl mig till septemberträffen, jag åker med Eva Holm som redan e anmäld.",
])
def test_a_fellow_traveller_registered_already_is_no_person_in_chat(text: str, config: Config) -> None:
    r = _chat(text, config)
    assert _names(r) == ["Olle Strand"]
    assert list(r.sessions) == [S2]


def test_one_who_already_took_over_a_place_is_no_person(config: Config) -> None:
    r = _mail("Hej! Anmäl Kim Ek och Lisa Berg till alla träffar. Eva Holm har redan tagit över Per Linds plats, så "
              "vi blir tre.\n\nOlle Strand\nChef, Orsa kommun", config)
    assert _names(r) == ["Kim Ek", "Lisa Berg"]


def test_one_signing_up_on_their_own_told_by_the_given_name_is_no_person(config: Config) -> None:
    r = _mail("Vi är tre: jag, Eva Holm och Kim Ek. Eva anmäler sig själv senare, men jag anmäler härmed mig och "
              "Kim till alla träffar.\n\nOlle Strand", config)
    assert _names(r) == ["Olle Strand", "Kim Ek"]


def test_one_who_signed_the_writer_up_is_no_person(config: Config) -> None:
    r = _mail("Eva Holm anmälde mig till alla träffar i januari. Nu kan jag inte den 21/9, så stryk den.\n\nOlle",
              config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Olle Strand"]
    assert list(r.sessions) == [S2]


def test_one_signed_up_beside_the_writer_stays(config: Config) -> None:
    r = _mail("Hej! Anmäl mig och Eva Holm till 3 maj. Kim Ek är redan anmäld.\n\nOlle Strand", config)
    assert _names(r) == ["Olle Strand", "Eva Holm"]


def test_one_who_signed_up_the_writer_and_themselves_stays(config: Config) -> None:
    r = _mail("Hej! Eva Holm anmälde mig och sig själv till 3 maj, men vi kan inte komma. Stryk oss båda.\n\n"
              "Olle Strand", config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Olle Strand", "Eva Holm"]
