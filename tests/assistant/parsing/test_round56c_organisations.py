"""Organisations, round 56c: a writer's organisation that is not in the list, and a writer between two employers.

- A: an address at a domain several bodies share (every county board writes from one), the signature naming a body
  outside the list ("Länsstyrelsen Västernorrland"): the signature beats the domain guess, organisation null, even
  when the listed body is named in the text as where a colleague works; a signature naming the listed body, or none,
  leaves the domain's organisation.
- B: one who works at a company ("Borlänge Energi AB", "Nordväst Plan AB") signing with it, or saying "jag jobbar
  på ... AB": a municipality named (as the company's owner, as a client) is not their employer, organisation null;
  when the company is said to be the municipality's own, or the writer asks whether they count as it, unsure.
  A consultant at a firm who says they take the municipality's place is placed there as before.
- C: a writer who has left one employer and starts at another ("slutade på Vansbro kommun ... börjar på Mora kommun"):
  the one left is not theirs.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")


def _parse(body: str, sender: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender), config, ARRIVAL)


COUNTY = "Maria Sundqvist <maria.sundqvist@lansstyrelsen.se>"

OTHER_COUNTY_SIGNED = [
    ("Hej!\n\nEn kollega på Länsstyrelsen Dalarna tipsade mig om DalaLab. Jag vill gärna anmäla mig till träffen "
     "den 21 september.\n\nMed vänlig hälsning\nMaria Sundqvist\nPlanhandläggare\nLänsstyrelsen Västernorrland\n"
     "871 86 Härnösand"),
    ("Hej,\n\nanmäl mig till träffarna 3 maj och 22 februari, om det går bra att vi från grannlänet är med.\n\n"
     "Hälsningar\nMaria Sundqvist\nLänsstyrelsen i Jämtlands län, Enheten för samhällsplanering"),
]


@pytest.mark.parametrize("body", OTHER_COUNTY_SIGNED)
def test_a_signature_naming_a_body_outside_the_list_beats_the_domain(config: Config, body: str) -> None:
    r = _parse(body, COUNTY, config)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.organisation) for p in r.people] == [("Maria Sundqvist", None)]


@pytest.mark.parametrize("signature", ["Länsstyrelsen Dalarna\nSamhällsbyggnadsenheten", "Planhandläggare"])
def test_a_signature_naming_the_listed_body_or_none_keeps_the_domain(config: Config, signature: str) -> None:
    body = (f"Hej!\n\nJag vill gärna anmäla mig till träffen den 21 september.\n\nMvh\nMaria Sundqvist\n{signature}"
            "\n791 84 Falun")
    r = _parse(body, COUNTY, config)
    assert [(p.name, p.organisation) for p in r.people] == [("Maria Sundqvist", "Länsstyrelsen Dalarna")]


def test_a_firm_owned_by_the_municipality_is_not_the_municipality(config: Config) -> None:
    body = ("Hej!\n\nJag arbetar som miljöingenjör på Borlänge Energi AB, som ägs av Borlänge kommun. Vi jobbar "
            "nära Borlänge kommuns planerare med den nya översiktsplanen, så jag vill gärna vara med i DalaLab. "
            "Anmäl mig till alla träffar.\n\nHälsningar\nJohan Lund\nMiljöingenjör\nBorlänge Energi AB\n"
            "781 77 Borlänge")
    r = _parse(body, "Johan Lund <johan.lund@benergi.se>", config)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.organisation) for p in r.people] == [("Johan Lund", None)]
    assert Unsure.ORGANISATION in r.unsure


def test_one_asking_whether_a_firm_counts_as_the_municipality_is_asked(config: Config) -> None:
    body = ("Hej,\n\nJag vill anmäla mig till 21 september och 29 november. Jag har gått över till Mora Vatten "
            "(kommunens bolag) från Mora kommun. Kan jag fortfarande räknas som Mora kommun?\n\nHälsningar\n"
            "Olle Sved\nMora Vatten AB")
    r = _parse(body, "Olle Sved <olle.sved@moravatten.se>", config)
    assert [(p.name, p.organisation) for p in r.people] == [("Olle Sved", None)]
    assert Unsure.ORGANISATION in r.unsure


def test_a_consultancy_signing_is_not_its_clients_municipality(config: Config) -> None:
    body = ("Hej,\n\nOrsa kommun har anställt en egen planerare, så mitt arbete för Orsa kommun är klart. Jag "
            "avanmäler mig därför från 29/11 och 22/2.\n\nMvh\nErik Dahl\nNordväst Plan AB")
    r = _parse(body, "Erik Dahl <erik.dahl@nordvastplan.se>", config)
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.organisation) for p in r.people] == [("Erik Dahl", None)]


def test_a_consultancy_taking_the_municipalitys_place_is_placed_there(config: Config) -> None:
    body = ("Hej,\n\nJag tar en av Orsa kommuns platser i DalaLab, på planchefens begäran. Anmäl mig till alla "
            "träffar.\n\nMvh\nErik Dahl\nNordväst Plan AB")
    r = _parse(body, "Erik Dahl <erik.dahl@nordvastplan.se>", config)
    assert [(p.name, p.organisation) for p in r.people] == [("Erik Dahl", "Orsa kommun")]


BETWEEN_JOBS = [
    ("Hej!\n\nJag slutade på Vansbro kommun vid årsskiftet och börjar som planarkitekt på Mora kommun i april. "
     "Anmäl mig gärna till 21 september.\n\nHälsningar\nTove Lind"),
    ("Hej!\n\nJag har lämnat min tjänst hos Vansbro kommun. Den 1 april börjar jag på Mora kommun, så anmäl mig "
     "som Mora till träffen 21 september.\n\nHälsningar\nTove Lind"),
]


@pytest.mark.parametrize("body", BETWEEN_JOBS)
def test_the_employer_left_is_not_the_writers(config: Config, body: str) -> None:
    r = _parse(body, "Tove Lind <tovelind77@gmail.com>", config)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.organisation) for p in r.people] == [("Tove Lind", "Mora kommun")]


def test_the_employer_left_still_tells_whose_data_when_no_other_is_named(config: Config) -> None:
    body = ("Hej,\n\nJag har slutat på Vansbro kommun och hoppar därför av DalaLab. Radera mina uppgifter hos "
            "Region Dalarna.\n\nHälsningar\nTove Lind")
    r = _parse(body, "Tove Lind <tovelind77@gmail.com>", config)
    assert r.intent == Intent.ERASURE
    assert [(p.name, p.organisation) for p in r.people] == [("Tove Lind", "Vansbro kommun")]
