"""Names, round 24, by class. Variants in words of their own, and near-misses that must not change.

- 1: "Jan" and "Maj" (also months) as a given name before a capitalised surname ("Jan Ek anmäler", "chef Jan
  Forsmark"), never after a day number ("3 Jan", "den 3 maj Eva");
- 2: a lower-case full name right after a request verb ("avanmäl ola persson från 21/9", "stryk eva lind, ...");
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@mora.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Elin Sjödin") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


# --- 1: a month word that is a given name, before a capitalised surname

MONTH_GIVEN = [
    ("På uppdrag av vår chef Jan Ek anmäler jag honom och Eva Lind (eva.lind@mora.se) till 3 maj.",
     ["Eva Lind", "Jan Ek"]),
    ("Jan Forsmark och Eva Lind vill gå på träffen 3 maj.", ["Eva Lind", "Jan Forsmark"]),
    ("Anmäl Jan Ek till träffen 21/9, tack!", ["Jan Ek"]),
    ("Hej! Kan ni anmäla Maj Lindqvist till alla träffar? Hon är ny hos oss.", ["Maj Lindqvist"]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_GIVEN)
def test_a_month_word_before_a_surname_is_a_given_name(text: str, expected: list[str], config: Config) -> None:
    assert names(chat(text, config)) == expected


MONTH_NOT_GIVEN = [
    ("Hej! Anmäl mig till 3 Maj Eva hälsar", ["Elin Sjödin"]),
    ("anmäl mig till den 3 maj. Eva", ["Elin Sjödin"]),
    ("Jag kommer den 3 Maj Lind-träffen", ["Elin Sjödin"]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_NOT_GIVEN)
def test_a_month_after_a_day_number_stays_a_date(text: str, expected: list[str], config: Config) -> None:
    assert names(chat(text, config)) == expected


# --- 2: a lower-case full name right after a request verb

AFTER_VERB = [
    ("avanmäl nils bergkvist från 3/5 tack, han har fått förhinder. /stina, mora", ["Nils Bergkvist"]),
    ("hej, anmäl karin holmgren till alla träffar. hon jobbar hos oss på bygg", ["Karin Holmgren"]),
    ("stryk tove sandin, hon har slutat hos oss", ["Tove Sandin"]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_VERB)
def test_a_lower_case_name_after_a_request_verb(text: str, expected: list[str], config: Config) -> None:
    assert names(chat(text, config, name="Stina")) == expected


VERB_NO_NAME = [
    "anmäl mig till 21/9 tack",
    "anmäl alla fyra träffar åt mig",
    "stryk den i maj, jag kan inte",
    "avanmäl mig från 3/5 tack",
    "anmäl hela gruppen till 3 maj",
    "anmäl gärna per.",
    "kan ni anmäla vänligen till 21/9",
    "jag vill anmäla oss båda till 3 maj",
]


@pytest.mark.parametrize("text", VERB_NO_NAME)
def test_a_request_verb_before_no_name(text: str, config: Config) -> None:
    assert names(chat(text, config)) == ["Elin Sjödin"]


@pytest.mark.parametrize(("text", "made_up"), [
    ("Vi anmälde Per Holm i januari. Per har slutat, så stryk honom helt.", "Honom Helt"),
    ("Eva Lind vill också komma, anmäl henne samtidigt till 21/9.", "Henne Samtidigt"),
    ("Anmäl samma dag som förra gången.", "Samma Dag"),
])
def test_a_pronoun_or_determiner_after_the_verb_is_no_name(text: str, made_up: str, config: Config) -> None:
    assert made_up not in names(chat(text, config))


# --- 3: lower-case names one to a line after a colon, each with an address and a diet after a dash

def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.diet) for p in r.people), key=str)


def test_lower_case_lines_with_address_and_diet(config: Config) -> None:
    body = ("hej,\nvi är tre från mora som vill gå på träffen i maj:\n"
            "karin dahl (jag) – laktosfri\n"
            "olle svensk, olle.svensk@mora.se – ingen specialkost\n"
            "mia strand, mia.strand@mora.se – vegan\n\nhälsningar karin")
    r = mail(body, config)
    assert people(r) == [("Karin Dahl", "karin.dahl@mora.se", "laktosfri"),
                         ("Mia Strand", "mia.strand@mora.se", "vegan"),
                         ("Olle Svensk", "olle.svensk@mora.se", None)]


def test_lower_case_lines_with_a_diet_only(config: Config) -> None:
    body = ("Hej!\nAnmäler oss till alla träffar:\nper holm – vegetarisk\nlisa berg – glutenfri\n\n/Karin Dahl")
    r = mail(body, config)
    assert names(r) == ["Karin Dahl", "Lisa Berg", "Per Holm"]


def test_a_lower_case_line_of_words_is_no_name(config: Config) -> None:
    body = "Hej!\nFrågor inför träffen:\nvilken tid börjar – och slutar\nfinns det parkering – nära\n\n/Karin Dahl"
    assert names(mail(body, config)) == []


# --- 4: lower-case "efternamn, förnamn" one to a line after a colon, the writer among them

def test_lower_case_surname_first_lines(config: Config) -> None:
    body = ("Hej,\n\nvi anmäler följande till träffen 21 september:\n\n"
            "dahl, karin\nlindén, björn\nålund, stina\n\nBjörn och Stina har inga adresser än.\n\nMvh Karin Dahl")
    r = mail(body, config)
    assert names(r) == ["Björn Lindén", "Karin Dahl", "Stina Ålund"]
    assert next(p.email for p in r.people if p.name == "Karin Dahl") == "karin.dahl@mora.se"


def test_lower_case_words_with_a_comma_are_no_surname_first(config: Config) -> None:
    body = "Hej,\n\nnågra frågor:\n\nparkering, finns\nlunch, ingår\n\nMvh Karin Dahl"
    assert names(mail(body, config)) in ([], ["Karin Dahl"])


# --- 5: a table whose column after the name is the unit ("Samhällsbyggnad", "Kommunledning")

def test_a_unit_column_after_the_name_is_no_surname(config: Config) -> None:
    body = ("Hej,\n\nAnmälan från Mora kommun, alla träffar:\n\n"
            "Namn\tEnhet\tE-post\tKost\n"
            "Karin Dahl\tSamhällsbyggnad\tkarin.dahl@mora.se\t-\n"
            "Tor Ek\tKommunledning\ttor.ek@mora.se\tvegan\n\nMvh Karin")
    r = mail(body, config)
    assert people(r) == [("Karin Dahl", "karin.dahl@mora.se", None), ("Tor Ek", "tor.ek@mora.se", "vegan")]


# --- 6: the writer's old work address, from a private address

def test_a_former_work_address_is_not_the_writers_address(config: Config) -> None:
    body = ("Hej,\n\nJag anmälde mig i januari via min dåvarande jobbadress karin.dahl@mora.se. Jag har sedan dess "
            "slutat på Mora kommun. Jag begär att ni raderar alla mina personuppgifter.\n\nKarin Dahl")
    r = mail(body, config, sender="Karin Dahl <karin.dahl72@gmail.com>")
    assert [(p.name, p.email) for p in r.people] == [("Karin Dahl", "karin.dahl72@gmail.com")]


def test_a_colleagues_address_stays_theirs(config: Config) -> None:
    body = "Hej,\n\nAnmäl gärna min kollega Tor Ek, tor.ek@mora.se, till alla träffar.\n\nKarin Dahl"
    r = mail(body, config)
    assert [(p.name, p.email) for p in r.people] == [("Tor Ek", "tor.ek@mora.se")]


# --- 7: a letter's address line names the organisation written to, not the writer's

def test_the_organisation_written_to_is_not_the_employer(config: Config) -> None:
    body = ("Till Region Dalarna\n\nJag anmälde mig i januari. Jag har sedan dess slutat på Säters kommun. "
            "Jag begär att Region Dalarna raderar mina personuppgifter.\n\nKarin Dahl")
    r = mail(body, config, sender="Karin Dahl <karin.dahl72@gmail.com>")
    assert [(p.name, p.organisation) for p in r.people] == [("Karin Dahl", "Säters kommun")]


def test_an_organisation_after_till_in_a_sentence_stays(config: Config) -> None:
    body = "Hej!\n\nJag jobbar på Region Dalarna och vill anmäla mig till alla träffar.\n\nKarin Dahl"
    r = mail(body, config, sender="Karin Dahl <karin.dahl72@gmail.com>")
    assert [(p.name, p.organisation) for p in r.people] == [("Karin Dahl", "Region Dalarna")]


# --- 8: lower-case names one to a line after a line announcing how many, no colon

def test_lower_case_names_listed_after_a_count(config: Config) -> None:
    text = "anmäler tre från oss till 3 maj (jag själv kan inte)\n- tove lind\n- ola berg\n- siv ek"
    assert names(chat(text, config, name="Karl Stenberg")) == ["Ola Berg", "Siv Ek", "Tove Lind"]


def test_lower_case_names_on_plain_lines_after_a_count(config: Config) -> None:
    text = "anmäler två från oss (jag själv kommer inte)\ntove lind\nola berg\nbåda mora kommun, alla träffar"
    assert names(chat(text, config, name="Karl Stenberg")) == ["Ola Berg", "Tove Lind"]


def test_a_count_of_sessions_is_no_list_of_names(config: Config) -> None:
    text = "anmäler mig till tre träffar\n- 3 maj\n- 21 sep\n- 29 nov"
    assert names(chat(text, config, name="Karl Stenberg")) == ["Karl Stenberg"]


# --- 9: one name with and without a hyphen

def test_same_name_with_a_hyphen_left_out() -> None:
    from assistant.parsing.names import same_name
    assert same_name("Britt-Marie Dahl", "Britt Marie Dahl")
    assert same_name("Anna Ek-Berg", "anna ek berg")
    assert not same_name("Anna Ek", "Anna Ek Berg")
    assert not same_name("Britt-Marie Dahl", "Britt Dahl")


def test_a_dictated_name_without_the_hyphen_is_the_writer(config: Config) -> None:
    text = "Hej det är Anna Karin Holm från Mora kommun jag vill anmäla mig till träffen den tredje maj punkt"
    assert names(chat(text, config, name="Anna-Karin Holm")) == ["Anna-Karin Holm"]
