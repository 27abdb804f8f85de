"""Who the people are, fifth round (issue 13): lists and tables written surname first (double surnames, titles
in their own column or in brackets, the writer marked in the list); a chat writer whose display name is a
nickname, an emoji or a given name with an initial, and who says their name in the text; someone else writing
about the people (a colleague's diet, a substitution in lower case, a secretary on a manager's behalf); a unit
of an organisation that reads like a name; names listed with little else. Each class with variants of its own."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.names import full_name, matches_address
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import names_in, sender_attends, writer_named
from assistant.parsing.reading import tables
from assistant.parsing.text import fold
from assistant.request import ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ANNA, people
from tests.assistant.parsing.conftest import sorted_names as names

#: The writer's name read from the text needs ``reading`` to ask ``people.writer_named`` for it.
needs_writer_named = pytest.mark.skipif(not hasattr(reading, "writer_named"),
                                        reason="reading.py does not yet call people.writer_named")


def chat(text: str, config: Config, arrival: dt.datetime, display: str | None) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", display), config, arrival)


# --- "Efternamn, Förnamn": double surnames, a title column, titles in brackets, the writer marked in the list

def test_a_double_surname_written_first_is_one_person_with_the_address_written_as_one_word(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Från Orsa anmäler vi dessa till samtliga träffar:\n\n"
            "Lind Holm, Karin (jag) – karin.lindholm@orsa.se\n"
            "Bergsten, Pål – pal.bergsten@orsa.se – laktosfri\n")
    r = parse_email(mail(body, sender="Karin Lind Holm <karin.lindholm@orsa.se>"), config, arrival)
    assert sorted(people(r)) == [("Karin Lind Holm", "karin.lindholm@orsa.se", "Orsa kommun"),
                                 ("Pål Bergsten", "pal.bergsten@orsa.se", "Orsa kommun")]
    assert {p.name: p.diet for p in r.people} == {"Karin Lind Holm": None, "Pål Bergsten": "laktosfri"}


def test_a_table_with_a_title_column_between_name_and_address_keeps_the_written_accents(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nHärmed anmäls nedanstående från miljöförvaltningen till DalaLab:\n\n"
            "Sjöberg, Åsa          kommunekolog        asa.sjoberg@mora.se\n"
            "Öhrn Dahl, Göran      trafikplanerare     goran.ohrn.dahl@mora.se\n\n"
            "Vänliga hälsningar\nUlrika Bäck\nPersonalhandläggare\n")
    r = parse_email(mail(body, sender="Ulrika Bäck <ulrika.back@mora.se>"), config, arrival)
    assert sorted(people(r)) == [("Göran Öhrn Dahl", "goran.ohrn.dahl@mora.se", "Mora kommun"),
                                 ("Åsa Sjöberg", "asa.sjoberg@mora.se", "Mora kommun")]


def test_names_written_surname_first_with_titles_in_brackets_on_indented_lines(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag håller ihop regionens deltagande och anmäler härmed\n\n"
            "   Dahl, Viktor (GIS-ingenjör)\n   Nyberg, Saga (trafikstrateg)\n\n"
            "till den andra träffen.\n\nMvh\nEmma Falk\nRegion Dalarna\n")
    r = parse_email(mail(body, sender="Emma Falk <emma.falk@regiondalarna.se>"), config, arrival)
    assert sorted(people(r)) == [("Saga Nyberg", None, "Region Dalarna"), ("Viktor Dahl", None, "Region Dalarna")]
    assert [str(d) for d in r.sessions] == ["2027-09-21"]


def test_surname_first_lines_after_a_request_without_a_colon_are_the_people(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Hej,\n\njag anmäler härmed\n\nStrand, Lisa\nÖberg, Nils\n\ntill alla träffar i DalaLab.\n"
    r = parse_email(mail(body, sender="Maria Holm <maria.holm@ludvika.se>"), config, arrival)
    assert sorted(people(r)) == [("Lisa Strand", None, "Ludvika kommun"), ("Nils Öberg", None, "Ludvika kommun")]


@pytest.mark.parametrize("stays", ["Själv står jag kvar som anmäld.", "Min egen anmälan gäller som förut.",
                                   "Jag själv kvarstår."])
def test_a_manager_cancelling_two_listed_colleagues_whose_own_signup_stands_is_not_cancelled(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], stays: str) -> None:
    body = f"Hej,\n\nvi måste avanmäla följande två från alla träffar:\n\nStrand, Lisa\nÖberg, Nils\n\n{stays}\n"
    r = parse_email(mail(body, sender="Maria Holm <maria.holm@ludvika.se>", subject="Avanmälan"), config, arrival)
    assert sorted(people(r)) == [("Lisa Strand", None, "Ludvika kommun"), ("Nils Öberg", None, "Ludvika kommun")]


@pytest.mark.parametrize(("line", "expected"), [
    ("Per Holm, Eva Ek", ["Per Holm", "Eva Ek"]),
    ("Eriksson Pers, Anna (undertecknad)", ["Anna Eriksson Pers"]),
    ("Karlsson Wiik, Jonas   miljöstrateg   jonas.karlsson.wiik@avesta.se", ["Jonas Karlsson Wiik"]),
    # lines written surname first that ran together into one sentence
    ("Lindgren, Oskar Sandberg, Elin", ["Oskar Lindgren", "Elin Sandberg"]),
    ("Ek, Rut (GIS) rut.ek@mora.se Holm, Per (ekolog)", ["Rut Ek", "Per Holm"]),
])
def test_two_full_names_separated_by_a_comma_are_not_one_written_surname_first(
        config: Config, line: str, expected: list[str]) -> None:
    assert [n for n, _, _ in names_in(line, 0, tables(config).stop)] == expected


@pytest.mark.parametrize(("name", "address", "same"), [
    ("Anna Eriksson Pers", "anna.erikssonpers@malung-salen.se", True),
    ("Jonas Karlsson Wiik", "jonas.karlsson-wiik@avesta.se", True),
    ("Jonas Karlsson Wiik", "jonas.karlsson.wiik@avesta.se", True),
    ("Anna Pers", "anna.erikssonpers@malung-salen.se", False),
    ("Anna Eriksson Pers", "anna.eriksson@malung-salen.se", False),
])
def test_an_address_matches_a_double_surname_written_as_one_word_or_hyphenated(
        name: str, address: str, same: bool) -> None:
    assert matches_address(name, address) is same


@pytest.mark.parametrize(("name", "full"), [("Henrik S", False), ("Henrik S.", False), ("Ninni", False), (None, False),
                                            ("Henrik Sandberg", True), ("Eva af Ek", True)])
def test_a_full_name_has_two_words_and_no_initial_last(name: str | None, full: bool) -> None:
    assert full_name(name) is full


# --- a chat writer whose display name is no full name says their name in the text

@pytest.mark.parametrize(("given", "greeting", "own", "expected"), [
    ("Ollie", "Tjena", "Det är Olle Brandt från Orsa\nanmäl mig till 3 maj", "Olle Brandt"),
    (None, "", "Hej, Karin Åström, Region Dalarna. Jag vill vara med på alla träffar.", "Karin Åström"),
    (None, "", "Hallå! Lena Rask från Gagnef här. Kan jag komma den 21/9?", "Lena Rask"),
    ("Maria L", "", "Jag kan tyvärr inte komma den 21/9. Maria Lundin", "Maria Lundin"),
    ("Maria", "", "Stryk mig från novemberträffen tack\nMaria Lundin", "Maria Lundin"),
    (None, "", "Skickar från kollegans telefon, men det är jag, Tor Wik, som vill anmäla mig.", "Tor Wik"),
    ("Tom", "", "Hi! My name is Tom Becker and I would like to join on 3 May.", "Tom Becker"),
    # the name in apposition to "mig", closed by a comma or a bracket
    ("Gosia W", "", "Dobry dzień! anmäler mig, Małgorzata Wiśniewska från Regionen, till 21/9.", "Małgorzata Wiśniewska"),
    ("Jocke", "", "hej, boka in mig (Joakim Ståhl, Säters kommun) på 29/11", "Joakim Ståhl"),
    # a full display name, the same person signing formally
    ("Pelle Nord", "", "Jag ska inte vara med längre, radera mig. /Per Nord", "Per Nord"),
])
def test_the_writer_s_name_is_read_from_the_text(
        config: Config, given: str | None, greeting: str, own: str, expected: str) -> None:
    assert writer_named(given, greeting, own, "", tables(config).stop) == expected


@pytest.mark.parametrize(("given", "own"), [
    ("Ninni", "Per Holm från Mora kommer i mitt ställe den 3 maj."),
    ("Ninni", "Det är Per Holm från Mora som kommer istället för mig."),
    ("Ninni", "Hej Per Holm, kan du anmäla mig till 3 maj?"),
    ("Ninni", "Vi kommer båda:\nPer Holm\nEva Ek"),
    ("Maria", "Anmäl mig och min kollega Per Holm till 3 maj"),
    ("Maria", "Anmäl mig, Per Holm, Eva Ek, till 3 maj"),
    ("Maria", "Anmäl mig, Per Holm och Eva Ek till 3 maj"),
    ("Maria", "Kan du anmäla mig, Per Holm"),
    ("Pelle Nord", "Radera mig. /Lena Nord"),
])
def test_a_name_the_writer_does_not_give_as_their_own_is_not_the_writer_s(
        config: Config, given: str, own: str) -> None:
    assert writer_named(given, "", own, "", tables(config).stop) is None


@needs_writer_named
def test_a_nickname_is_not_another_person_beside_the_name_the_writer_gives(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej!\nDet är Olle Brandt från Orsa\nJag och min kollega Eva-Lena Strand vill komma 3/5\nHon är vegan",
             config, arrival, "Ollie")
    assert sorted(people(r)) == [("Eva-Lena Strand", None, "Orsa kommun"), ("Olle Brandt", None, "Orsa kommun")]
    assert {p.name: p.diet for p in r.people} == {"Olle Brandt": None, "Eva-Lena Strand": "vegan"}


@needs_writer_named
@pytest.mark.parametrize(("text", "display", "expected"), [
    ("Hej, Karin Åström, Region Dalarna. Anmäler mig till alla träffar.", None, ("Karin Åström", None, "Region Dalarna")),
    ("Radera allt ni har sparat om mig, tack. Maria Lundin", "Maria L", ("Maria Lundin", None, None)),
])
def test_a_chat_writer_without_a_full_display_name_gets_the_name_from_the_text(
        config: Config, arrival: dt.datetime, text: str, display: str | None,
        expected: tuple[str, None, str | None]) -> None:
    assert people(chat(text, config, arrival, display)) == [expected]


@needs_writer_named
def test_a_shared_mailbox_s_writer_who_names_themselves_in_the_text_is_the_person(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Det här går från enhetens gemensamma brevlåda, men det är jag, Tor Wik (tor.wik@hedemora.se), "
            "som vill anmäla mig till den 3 maj.\n")
    r = parse_email(mail(body, sender="Miljöenheten <miljo@hedemora.se>"), config, arrival)
    assert people(r) == [("Tor Wik", "tor.wik@hedemora.se", "Hedemora kommun")]


# --- someone else writes about the people and is not among them

def test_a_diet_told_for_a_colleague_signed_up_before_is_the_colleague_s(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Hej igen,\n\nglömde nämna att Tove Lind, som jag anmälde i fredags, är glutenintolerant.\n"
    r = parse_email(mail(body, sender=ANNA), config, arrival)
    assert [(p.name, p.diet) for p in r.people] == [("Tove Lind", "glutenintolerant")]


@pytest.mark.parametrize("text", [
    "hej! lisa strand hos oss på plan kan inte 3/5, johan ek tar hennes plats",
    "hejsan, lisa strand från mora kan inte komma 3/5 så johan ek tar hennes plats",
])
def test_a_lower_case_substitution_between_two_others_with_their_workplace_between_name_and_verb(
        config: Config, arrival: dt.datetime, text: str) -> None:
    r = chat(text, config, arrival, "Kerstin Ahl")
    assert names(r) == ["Johan Ek", "Lisa Strand"]


@needs_writer_named
def test_in_a_substitution_between_two_others_the_one_named_before_a_workplace_is_the_one_leaving(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("hej! lisa strand hos oss på lst kan inte 3/5, johan ek tar hennes plats", config, arrival, "Kerstin Ahl")
    assert sorted((p.name, p.role) for p in r.people) == [("Johan Ek", Role.JOINING), ("Lisa Strand", Role.LEAVING)]


@pytest.mark.parametrize("body", [
    ("Jag skriver å vår förvaltningschef Tomas Lindqvists vägnar. Han vill gärna vara med den 21 september. "
     "Svaret kan skickas till mig."),
    "Jag mejlar för stadsarkitekt Tomas Lindqvists räkning: han vill gärna vara med den 21 september.",
    "I am writing on behalf of our director Tomas Lindqvist, who would like to attend on 21 September.",
])
def test_a_secretary_writing_on_a_manager_s_behalf_registers_the_manager_only(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body, sender="Gunilla Ström <gunilla.strom@hedemora.se>"), config, arrival)
    assert people(r) == [("Tomas Lindqvist", None, "Hedemora kommun")]


@pytest.mark.parametrize(("text", "attends"), [
    ("kan ni anmala ali berg till alla traffar? jag gar inte sjalv.", False),
    ("jag skriver pa var chef eva eks vagnar", False),
    ("min kollega per ek ar sjuk och kan inte komma. jag kommer sjalv som vanligt.", False),
    ("stryk henne fran alla traffar. eva och jag kommer som planerat.", False),
    ("for per och mig blir det inga andringar.", False),
    ("i am writing on behalf of my manager", False),
    ("jag kommer sjalv och tar med per ek", True),
    ("anmal mig och per ek", True),
])
def test_the_writer_not_going_themselves_or_writing_for_another(text: str, attends: bool) -> None:
    assert sender_attends(fold(text), True)[0] is attends


# --- a unit of an organisation that reads like a name; names listed with little else

def test_a_name_beside_a_behalf_said_of_others_is_no_one_written_for(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Jag är konsult åt Gagnefs kommun, som bett mig vara med i DalaLab för deras räkning (i samråd med "
            "planchefen Olle Ström). Jag anmäler mig därför till den 3 maj.")
    r = parse_email(mail(body, sender="Tina Holm <tina.holm@sweco.se>"), config, arrival)
    assert names(r) == ["Tina Holm"]


@pytest.mark.parametrize("unit", ["the Spatial Planning unit", "the Climate Adaptation team",
                                  "the Regional Development Department"])
def test_a_unit_of_the_organisation_is_no_person(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], unit: str) -> None:
    body = f"Please register me and my colleague Tom Becker (tom.becker@regiondalarna.se) from {unit} for 3 May."
    r = parse_email(mail(body, sender="Lina Ek <lina.ek@regiondalarna.se>"), config, arrival)
    assert names(r) == ["Lina Ek", "Tom Becker"]


def test_a_title_that_starts_like_a_unit_word_still_ends_no_name(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Anmäl mig och Per Holm enhetschef till 3 maj.", sender=ANNA), config, arrival)
    assert names(r) == ["Anna Berg", "Per Holm"]


def test_names_listed_after_the_request_with_notes_in_brackets_are_the_people(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Vi anmäler oss till höstens träffar.\n\n"
            "Per Ek (per.ek@vansbro.se)\nLisa Ström (ny hos oss, har ingen adress ännu)\n")
    r = parse_email(mail(body, sender="Per Ek <per.ek@vansbro.se>"), config, arrival)
    assert sorted(people(r)) == [("Lisa Ström", None, "Vansbro kommun"), ("Per Ek", "per.ek@vansbro.se", "Vansbro kommun")]


@pytest.mark.parametrize("sentence", ["Varken jag eller Sofia Lund kan komma den 21 september.",
                                      "Både jag och Sofia Lund missar tyvärr träffen den 21 september."])
def test_a_colleague_named_beside_the_writer_is_among_the_people(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], sentence: str) -> None:
    body = f"Hej,\n\n{sentence} Vi kommer på de andra som vi är anmälda till.\n"
    r = parse_email(mail(body, sender=ANNA), config, arrival)
    assert names(r) == ["Anna Berg", "Sofia Lund"]


def test_a_signature_naming_two_people_is_no_list_when_nothing_is_asked(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Tack för inbjudan, vi läser den med intresse.\n\nAnna Berg Per Holm\n"
    r = parse_email(mail(body, sender=ANNA), config, arrival)
    assert "Per Holm" not in names(r)
