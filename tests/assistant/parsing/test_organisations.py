"""Tests of organisation matching against the config."""

import pytest

from assistant.config import Config
from assistant.parsing.organisations import org_index


@pytest.mark.parametrize(("text", "expected"), [
    ("Faluns kommun", "Falu kommun"),
    ("jobbar på kommunen i Mora", "Mora kommun"),
    ("/Stina, Borlange", "Borlänge kommun"),
    ("Lst Dalarna", "Länsstyrelsen Dalarna"),
    ("vi e två från rattvik", "Rättviks kommun"),
    ("Mora municipality", "Mora kommun"),
    ("sater kommun", "Säters kommun"),
    ("Borlänge stad", "Borlänge kommun"),
])
def test_written_forms(config: Config, text: str, expected: str) -> None:
    org = org_index(config).best(text)
    assert org is not None and org.name == expected


def test_venue_and_postal_address_are_not_the_organisation(config: Config) -> None:
    index = org_index(config)
    assert index.best("träffen i Falun kl. 10") is None
    assert index.best("Box 712, 791 29 Falun") is None
    best = index.best("första träffen i Falun", "Planarkitekt, Orsa kommun")
    assert best is not None and best.name == "Orsa kommun"


def test_domains(config: Config) -> None:
    index = org_index(config)
    org = index.for_address("a.b@mora.se")
    assert org is not None and org.name == "Mora kommun"
    assert index.for_address("x@gmail.com") is None
    assert index.for_address("x@konsultfirman.se") is None   # decides nothing: the text may name one
    assert org_index(config) is index
