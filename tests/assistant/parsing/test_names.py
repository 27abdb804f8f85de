"""Tests of name handling."""

from assistant.parsing.names import (
    clean_name,
    display_name,
    matches_address,
    name_from_address,
    plausible_name,
    titlecase,
)


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


# -- plausible names (issue 11, item 4): what is not a person's name is never greeted or registered --

PLAUSIBLE = ["Anna Berg", "Cecilia Wallin-Åberg", "Sandberg, Erik", "Seán O'Brien", "J.R. Ek", "Ahmed Karimi",
             "Anna Berg (Falu kommun)", "Lisa", "李 小龍", "Nguyễn Thị Minh", "Jean-Luc d’Arc", "Karl XII"]
IMPLAUSIBLE = ['=HYPERLINK("http://evil.example";"x")', "=HYPERLINK (http://evil.example;x)", "=cmd|' /C calc'!A0",
               "+46 70 123 45 67", "-Anna", "@Anna", "http://evil.example", "Anna www.evil.example", "evil.example",
               "anna@falun.se", "Anna <anna@falun.se>", "Anna 0701234567", "R2D2 C3PO", "Anna " + "Berg" * 40,
               "Eve \x1b[31mRed", "Anna\x07 Berg", "Anna\u202eBerg", "", "   ", "12", "Anna | Evil", "Anna; DROP"]


def test_plausible_names() -> None:
    for name in PLAUSIBLE:
        assert plausible_name(name), name


def test_implausible_names() -> None:
    for name in IMPLAUSIBLE:
        assert not plausible_name(name), name
    assert not plausible_name(None)


def test_clean_name_collapses_spaces_or_refuses() -> None:
    assert clean_name("  Anna \t Berg ") == "Anna Berg"
    assert clean_name("=cmd|' /C calc'!A0") is None
    assert clean_name("Eve\x1b]0;pwned\x07 Evil") is None
    assert clean_name(None) is None


def test_an_implausible_display_name_gives_way_to_the_signature_or_the_address() -> None:
    assert display_name('=HYPERLINK("http://evil.example";"x")', "eve@gmail.com") is None
    assert display_name("=HYPERLINK (http://evil.example;x)", "anna.berg@falun.se") == "Anna Berg"
    assert display_name("Eve \x1b[2J Evil", "eve@gmail.com", "Hälsningar\nEve Evilsson\n") is None
    assert display_name("Anna\x07 Berg", "anna.berg@falun.se") == "Anna Berg"


def test_a_name_longer_than_any_real_one_is_not_made_of_an_address_or_a_signature() -> None:
    local = "a" * 60 + "." + "b" * 60
    assert name_from_address(f"{local}@falun.se") is None
    assert display_name(None, "x@falun.se", ("A" + "a" * 60 + " B" + "b" * 60) + "\nFalu kommun") is None
