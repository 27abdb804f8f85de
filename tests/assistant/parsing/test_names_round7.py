"""Who the people are and their names, seventh round: a chat writer whose display name is a given name, a
nickname, "Anna B" or "Anna på Regionen" signing with the full name, often in lower case and with where they are
from after it; a display name written surname first; a double surname the address and the signature give; the
given name's spelling from the display name, the rest from the address; accents from the signature; a hyphen the
address leaves out; titles and units run on to a name; a surname in capitals before the given name; given names
and surnames listed apart with "respektive"; a group of "vi tre" in brackets. Each class with variants of its own."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import display_name, matches_address
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import display_affiliation, names_in, writer_named
from assistant.parsing.reading import tables
from assistant.request import ParsedRequest, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, display: str) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "78", display), config, arrival)


# --- a chat writer signs with the display name's given name written out, in any case

@pytest.mark.parametrize(("given", "own", "expected"), [
    ("Greta", "vill gärna vara med 3 maj. greta holmqvist, mora", "Greta Holmqvist"),
    ("Greta", "stryk mig från 21/9 tack 🙂 greta holmqvist", "Greta Holmqvist"),
    ("Greta", "kommer inte på novemberträffen /greta holmqvist orsa kommun", "Greta Holmqvist"),
    ("Greta", "Tjena, Greta Holmqvist Orsa kommun. Boka mig på alla träffar.", "Greta Holmqvist"),
    ("Greta", "boka mig på 3/5. greta holmqvist gagnef. vegan", "Greta Holmqvist"),
    # a given name with an initial, written out in lower case anywhere
    ("Greta H", "ok då kör vi, boka in mig på 29/11 greta holmqvist regionen tack", "Greta Holmqvist"),
    # a nickname: a line of its own with the full name and where the writer is from
    ("Pelle", "boka mig och kollegan lena berg på 3/5. per lindgren orsa kommun.", "Per Lindgren"),
    # after the name, "heter jag"
    ("Sanna", "Hej! Susanna Ek heter jag och vill anmäla mig till 3 maj.", "Susanna Ek"),
])
def test_a_chat_writer_signing_with_the_full_name(config: Config, given: str, own: str, expected: str) -> None:
    assert writer_named(given, "", own, "", tables(config).stop) == expected


@pytest.mark.parametrize(("given", "own"), [
    # a colleague with the writer's given name is no signature
    ("Greta", "anmäl mig och greta holmqvist till 3 maj"),
    ("Greta", "anmäl mig och kollegan Greta Holmqvist till 3 maj"),
    # another given name signing, and a nickname's initial only on a line with where the writer is from
    ("Greta", "boka mig på 3/5. lena berg, orsa"),
    ("Pelle", "boka mig på 3/5 och kollegan per lindgren."),
    # a place named by a name and not ending the sentence
    ("Greta", "Greta Holmqvist Orsa kommer också"),
])
def test_a_name_that_is_no_signature_is_not_the_writer_s(config: Config, given: str, own: str) -> None:
    assert writer_named(given, "", own, "", tables(config).stop) is None


def test_a_lower_case_signature_is_the_writer_and_no_one_else(config: Config, arrival: dt.datetime) -> None:
    r = chat("avbokar mig från 21/9, sorry! 😬 greta holmqvist, orsa", config, arrival, "Greta")
    assert people(r) == [("Greta Holmqvist", None, "Orsa kommun")]


def test_a_nickname_signing_with_a_colleague_named_in_the_message(config: Config, arrival: dt.datetime) -> None:
    r = chat("boka mig o kollegan lena berg på 3/5. per lindgren orsa kommun.", config, arrival, "Pelle")
    assert people(r) == [("Lena Berg", None, "Orsa kommun"), ("Per Lindgren", None, "Orsa kommun")]


# --- a display name with where the writer is from

@pytest.mark.parametrize(("display", "expected"), [
    ("Sara på Regionen", ("Sara", "Regionen")),
    ("Sara (Orsa kommun)", ("Sara", "Orsa kommun")),
    ("Sara @ Lst", ("Sara", "Lst")),
    ("Sara från Kalmar", ("Sara", "Kalmar")),
    ("Sara Mora", ("Sara Mora", "")),
    ("Sara på semester", ("Sara på semester", "")),
    ("Berg, Sara", ("Berg, Sara", "")),
])
def test_a_display_name_is_split_from_where_the_writer_is_from(
        config: Config, display: str, expected: tuple[str, str]) -> None:
    assert display_affiliation(display, tables(config).stop) == expected


def test_a_display_name_with_the_workplace_gives_the_organisation_and_the_text_the_name(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej! Sara Nyström heter jag. Anmäl mig till 3 maj, tack.", config, arrival, "Sara på Regionen")
    assert people(r) == [("Sara Nyström", None, "Region Dalarna")]
    r = chat("anmäl mig till 3 maj tack", config, arrival, "Sara på Regionen")
    assert people(r) == [("Sara", None, "Region Dalarna")]


# --- a display name written surname first

def test_a_display_name_surname_first_is_turned_by_the_text(config: Config, arrival: dt.datetime) -> None:
    r = chat("Hello, Piotr Zielinski here, from Orsa. I register for 3 May.", config, arrival, "Zielinski Piotr")
    assert people(r) == [("Piotr Zielinski", None, "Orsa kommun")]


# --- the name's form: the address, the display name and the signature together

@pytest.mark.parametrize(("raw", "address", "hints", "expected"), [
    # a double surname the display name lost, the address and the signature hold
    ("Lindqvist, Maja", "maja.lindqvist.berg@mora.se", "Hälsningar\nMaja Lindqvist Berg\nMora kommun", "Maja Lindqvist Berg"),
    ("Maja Lindqvist", "maja.lindqvist.berg@mora.se", "", "Maja Lindqvist"),      # no signature says so
    # the given name as the display name spells it, the surname from the address
    ("Per-Olof", "perolof.nyman@gmail.com", "", "Per-Olof Nyman"),
    ("Åke", "ake.sund@orsa.se", "", "Åke Sund"),
    ("Per", "olle.nyman@gmail.com", "", "Olle Nyman"),
    # accents the address cannot hold, from the last lines
    ("Göran", "goran.fjallstrom@orsa.se", "Skickat från min iPhone\nmvh\nGöran Fjällström", "Göran Fjällström"),
])
def test_a_sender_s_name_from_display_name_address_and_signature(
        raw: str, address: str, hints: str, expected: str) -> None:
    assert display_name(raw, address, hints) == expected


@pytest.mark.parametrize(("name", "address", "same"), [
    ("Leila El-Khoury", "leila.elkhoury@borlange.se", True),
    ("Leila Elkhoury", "leila.el-khoury@borlange.se", True),
    ("Leila El-Khoury", "leila.khoury@borlange.se", False),
])
def test_an_address_may_leave_out_a_hyphen(name: str, address: str, same: bool) -> None:
    assert matches_address(name, address) is same


def test_a_person_written_with_and_without_the_hyphen_is_one(config: Config, arrival: dt.datetime) -> None:
    r = chat("I would like to register.\nName: Leila El-Khoury, Borlänge kommun\nEmail: leila.elkhoury@borlange.se\n"
             "Sessions: 3 May", config, arrival, "Leila El-Khoury")
    assert people(r) == [("Leila El-Khoury", "leila.elkhoury@borlange.se", "Borlänge kommun")]


def test_the_sender_signing_with_accents_is_named_so(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Hej\nAnmäler mig till 21/9.\n\nGöran Fjällström\nOrsa kommun\n\nSkickat från min iPhone\n"
    r = parse_email(mail(body, sender="Göran <goran.fjallstrom@orsa.se>"), config, arrival)
    assert people(r) == [("Göran Fjällström", "goran.fjallstrom@orsa.se", "Orsa kommun")]


# --- titles, units and capitals in lists

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Elin Backman Miljöstrateg elin.backman@orsa.se 0250-123 45", ["Elin Backman"]),
    ("Oskar Dahl Bygglovshandläggare", ["Oskar Dahl"]),
    ("- Nils Ek, bygglovsingenjör", ["Nils Ek"]),
    ("Lindgren, Stina (planarkitekt)", ["Stina Lindgren"]),
    ("Karin Berg, Miljöförvaltningen", ["Karin Berg"]),
    ("KOSKINEN Aino, Samhällsbyggnadskontoret, aino.koskinen@mora.se", ["Aino Koskinen"]),
    ("EK Sara", ["Sara Ek"]),
    ("ANNA BERG, vegetarisk", ["Anna Berg"]),
    ("Hej ANNA", []),
])
def test_a_name_without_the_title_or_unit_run_on_to_it(config: Config, sentence: str, expected: list[str]) -> None:
    assert [n for n, _, _ in names_in(sentence, 0, tables(config).stop)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vi kommer tre: Eva, Nils och Kim – efternamn Holm, Berg resp. Sund.", ["Eva Holm", "Nils Berg", "Kim Sund"]),
    ("Anmäl Ola och Siv, Lund respektive Ek, till 3 maj.", ["Ola Lund", "Siv Ek"]),
    # not as many surnames as given names: no pairs
    ("Eva, Nils och Kim – Holm resp. Berg", []),
])
def test_given_names_and_surnames_listed_apart_are_paired_by_respektive(
        config: Config, sentence: str, expected: list[str]) -> None:
    found = [n for n, _, _ in names_in(sentence, 0, tables(config).stop)]
    assert found == expected


def test_a_list_with_respektive_is_one_sentence_and_everyone_is_signed_up(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Hej! Anmäler oss tre från Orsa: Eva, Nils och Kim, efternamn Holm, Berg resp. Sund. Alla träffar.\n/Eva\n"
    r = parse_email(mail(body, sender="Eva Holm <eva.holm@orsa.se>"), config, arrival)
    assert sorted(p.name or "" for p in r.people) == ["Eva Holm", "Kim Sund", "Nils Berg"]


def test_the_writer_and_two_named_in_brackets_after_vi_tre_cancel_together(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("Vi tre från Orsa (jag, Siv Lund och Ola Ek) kan inte komma 21/9. Avboka oss.", config, arrival, "Kim Sund")
    assert people(r) == [("Kim Sund", None, "Orsa kommun"), ("Ola Ek", None, "Orsa kommun"),
                         ("Siv Lund", None, "Orsa kommun")]
