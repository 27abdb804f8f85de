"""Tests of name handling."""

from assistant.parsing.names import display_name, matches_address, name_from_address, titlecase


def test_name_from_address() -> None:
    assert name_from_address("anna.andersson@falun.se") == "Anna Andersson"
    assert name_from_address("petra.lundgren78@gmail.com") == "Petra Lundgren"
    assert name_from_address("info@falun.se") is None


def test_surname_first_fixed_by_address_or_signature() -> None:
    assert display_name("Sandberg Erik", "erik.sandberg@borlange.se") == "Erik Sandberg"
    assert display_name("Sandberg, Erik", "es@borlange.se") == "Erik Sandberg"
    assert display_name("Dahl Ola", "od@x.se", "Hälsningar\nOla Dahl\nPlanerare") == "Ola Dahl"
    assert display_name("Ola Dahl", "ola.dahl@x.se") == "Ola Dahl"


def test_display_name_missing_uses_signature_then_address() -> None:
    signature = "Karin Wallin-Åberg\nPlanerare"
    assert display_name(None, "karin.wallin-aberg@x.se", signature) == "Karin Wallin-Åberg"
    assert display_name(None, "karin.ek@x.se") == "Karin Ek"


def test_titlecase_and_matching() -> None:
    assert titlecase("lisa norberg") == "Lisa Norberg"
    assert titlecase("cecilia wallin-åberg") == "Cecilia Wallin-Åberg"
    assert matches_address("Björn Åkesson", "bjorn.akesson@lansstyrelsen.se")
    assert not matches_address("Björn Åkesson", "anna.berg@lansstyrelsen.se")
