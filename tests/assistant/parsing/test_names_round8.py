"""People's names, eighth round: accents the signature writes and the display name leaves out; a sender whose
address holds only an initial and the surname, named by the signature; a chat writer with a given name as display
name signing with the full name and where they are from, the message going on after it; an organisation's kind
before its place after a name ("region dalarna"); a name in the genitive beside a possessive ("min och Eva Lunds");
verbs and pronouns after "min kollega" that are no name; the writer's old address, nobody new; an address written
beside a name in a sentence that counts for nothing (a pasted message) is still that person's."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import display_name
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import names_in, writer_named
from assistant.parsing.reading import tables
from assistant.request import ParsedRequest, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, display: str) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "81", display), config, arrival)


# --- accents and initials: the sender's name from the signature

@pytest.mark.parametrize(("raw", "address", "hints", "expected"), [
    ("Zofia Krol", "zofia.krol@mora.se", "Med vänlig hälsning\nZofia Król\nMora kommun", "Zofia Król"),
    ("Jose Nunez", "jose.nunez@orsa.se", "Best regards,\n/José Núñez, Orsa kommun", "José Núñez"),
    # a name the signature writes otherwise is not taken
    ("Zofia Krol", "zofia.krol@mora.se", "Zofia Król-Berg\nMora kommun", "Zofia Krol"),
    # an initial and the surname in the address, the full name on a line of the text
    (None, "j.lindqvist@falun.se", "Johanna Lindqvist, Falu kommun\nTack", "Johanna Lindqvist"),
    (None, "a.oberg@hedemora.se", "Mvh\nAlbin Öberg\nHedemora kommun", "Albin Öberg"),
    # another given name's initial, or another surname: the address's
    (None, "j.lindqvist@falun.se", "Karin Lindqvist, Falu kommun", "J Lindqvist"),
    (None, "j.lindqvist@falun.se", "Johanna Berg, Falu kommun", "J Lindqvist"),
])
def test_a_sender_s_name_from_the_signature(raw: str | None, address: str, hints: str, expected: str) -> None:
    assert display_name(raw, address, hints) == expected


def test_a_sender_with_no_display_name_and_an_initial_address(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Albin Öberg, Hedemora kommun, vill anmäla sig till 21/9.\nHälsningar",
                         sender="a.oberg@hedemora.se"), config, arrival)
    assert people(r) == [("Albin Öberg", "a.oberg@hedemora.se", "Hedemora kommun")]


# --- a chat writer signing with the full name and where they are from, the message going on

@pytest.mark.parametrize(("given", "own", "expected"), [
    ("Tove", "Tove Lindahl, Mora — boka mig på 21/9 och 29/11", "Tove Lindahl"),
    ("Tove", "hinner jag? boka mig i så fall – Tove Lindahl, Orsa kommun, alla fyra. tack", "Tove Lindahl"),
    ("Tove", "tove lindahl från Leksand, vill vara med 3 maj", "Tove Lindahl"),
    # the organisation's kind before its place
    ("Tove", "byt min kost till glutenfri. tove lindahl, region dalarna", "Tove Lindahl"),
    ("Tove", "stryk mig från 3/5 /tove lindahl lst dalarna", "Tove Lindahl"),
])
def test_a_chat_writer_named_with_where_they_are_from(config: Config, given: str, own: str, expected: str) -> None:
    assert writer_named(given, "", own, "", tables(config).stop) == expected


@pytest.mark.parametrize(("given", "own"), [
    # a colleague with the writer's given name, named with no place, or where no signature stands
    ("Tove", "boka mig och kollegan Tove Lindahl, vi kommer 3 maj"),
    ("Tove", "anmäl mig och Tove Lindahl från Mora till 3 maj"),
])
def test_a_colleague_with_the_writer_s_given_name_is_not_the_writer(config: Config, given: str, own: str) -> None:
    assert writer_named(given, "", own, "", tables(config).stop) is None


def test_the_writer_s_given_name_and_full_name_are_one_person(config: Config, arrival: dt.datetime) -> None:
    r = chat("Tove Lindahl, Mora — anmäler mig till andra och fjärde träffen.", config, arrival, "Tove")
    assert people(r) == [("Tove Lindahl", None, "Mora kommun")]


# --- a name in the genitive beside a possessive

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Stryk både min och Eva Lunds anmälan.", ["Eva Lund"]),
    ("Vi tar tillbaka hans och Per Holms platser.", ["Per Holm"]),
    ("Det gäller Per Holms och mina träffar.", ["Per Holm"]),
    # not beside a possessive, or a name ending in "ss": as written
    ("Anmäl Jonas Hedlund och mig.", ["Jonas Hedlund"]),
    ("Anmäl Elis Andersson och Karl Haas.", ["Elis Andersson", "Karl Haas"]),
])
def test_a_name_in_the_genitive_beside_a_possessive(config: Config, sentence: str, expected: list[str]) -> None:
    assert [n for n, _, _ in names_in(sentence, 0, tables(config).stop)] == expected


# --- words after "min kollega" and "mig och" that are no name

@pytest.mark.parametrize("text", [
    "hej, min kollega mejlade detta till mig igår: kan du anmäla oss? anmäl mig till 3 maj",
    "jag har skrivit till mig och bytt jobb, anmäl mig till 3 maj",
    "min kollega frågade samma sak, anmäl mig till 3 maj",
])
def test_verbs_after_a_colleague_are_no_name(config: Config, arrival: dt.datetime, text: str) -> None:
    r = chat(text, config, arrival, "Nils Bergman")
    assert [p.name for p in r.people] == ["Nils Bergman"]


# --- the writer's old address is nobody new

def test_the_writer_s_old_address_is_no_second_person(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\nJag heter numera Lundgren. Min tidigare e-postadress s.ek@mora.se stängs snart, skriv till "
            "den här i stället. Jag är anmäld till 21/9 och det gäller.\n\nHälsningar\nSara Lundgren\nMora kommun")
    r = parse_email(mail(body, sender="Sara Lundgren <sara.lundgren@mora.se>"), config, arrival)
    assert people(r) == [("Sara Lundgren", "sara.lundgren@mora.se", "Mora kommun")]


# --- an address beside a name in a pasted message

def test_an_address_in_a_pasted_message_is_the_person_s(config: Config, arrival: dt.datetime) -> None:
    text = ("Min chef bad mig om det här, jag klistrar in:\n\n\"Kan du anmäla mig? Olle Strand, olle.strand@rattvik.se. "
            "Jag är på semester i juli.\"\n\nSå: anmäl mig (Nils Bergman) och Olle Strand, Rättviks kommun, till 3 maj.")
    r = chat(text, config, arrival, "Nils Bergman")
    assert people(r) == [("Nils Bergman", None, "Rättviks kommun"), ("Olle Strand", "olle.strand@rattvik.se",
                                                                     "Rättviks kommun")]
