"""Who the request is about and their organisations, fifteenth round: a consultant of a kind written in one word
("miljökonsult") who asks for a place "om det finns plats" has no organisation (room at the event is no
municipality's place); "X och jag kan inte komma" cancels the writer too; something sent to the writer after several
words ("skicka all information om honom till mig") is no taking part; the one a signup is made on behalf of who is
listed among the others too is one of them; a pattern address in a clause saying it is everyone's gives all their
address, though a name follows in the sentence; an organisation heading the next line of a list run together is not
the one of the name before it, nor is the domain of an address; "hon och Per Ek" takes in the one the sentence
before names; "vi deltar båda" puts the writer in; a subject naming whose place is taken names no participant. Each
class with variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.organisations import org_index
from assistant.parsing.parser import parse_email
from assistant.parsing.whose import Spot, organisations
from assistant.request import ParsedRequest


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((p.name, p.email, p.organisation) for p in r.people)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


# --- a one-word kind of consultant; room at the event is no municipality's place

@pytest.mark.parametrize("body", [
    ("Jag arbetar som miljökonsult och har i år gjort utredningar åt Orsa och Älvdalen. Om det finns plats "
     "vill jag gärna vara med den 21 september."),
    ("Jag är landskapskonsult med uppdrag i Rättvik. Finns det platser kvar anmäler jag mig gärna till "
     "höstens två träffar."),
])
def test_one_word_consultant_asking_for_room_has_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nVänliga hälsningar\nTove Lind\nLind Miljö AB\n", config, arrival,
              sender="Tove Lind <tove@lindmiljo.se>")
    assert people(r) == [("Tove Lind", "tove@lindmiljo.se", None)]


@pytest.mark.parametrize("sentence", [
    "Jag tar en av Orsas platser.",
    "Jag räknas som en av kommunens platser, Orsa kommun har bett om det.",
])
def test_one_word_consultant_taking_a_place_has_its_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej!\n\nJag är VA-konsult och arbetar åt Orsa kommun. {sentence} Anmäl mig till alla träffar.\n\nTove Lind\n"
    r = email(mail, body, config, arrival, sender="Tove Lind <tove@lindmiljo.se>")
    assert people(r) == [("Tove Lind", "tove@lindmiljo.se", "Orsa kommun")]


# --- "X och jag kan inte komma": the writer is one of those who cannot

@pytest.mark.parametrize("sentence", [
    "Olle Sundin och jag kan dessvärre inte komma på träffen den 21 september.",
    "Tyvärr kommer Olle Sundin och jag inte att kunna delta den 21 september, vi har budgetmöte.",
])
def test_a_colleague_and_the_writer_both_withdraw(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    r = email(mail, f"Hej,\n\n{sentence}\n\nMvh\nKarin Dahl\n", config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun"), ("Olle Sundin", None, "Orsa kommun")]


def test_the_writer_alone_staying_away_beside_a_colleague_is_not_withdrawn(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nAnmäl Olle Sundin till den 21 september, men jag kan inte komma själv.\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Olle Sundin"]


# --- something sent to the writer, after several words

@pytest.mark.parametrize("sentence", [
    "Skicka gärna all information om honom till mig, jag vidarebefordrar.",
    "Mejla gärna kallelsen och programmet för honom till mig.",
])
def test_mail_sent_to_the_writer_does_not_put_them_in(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = (f"Hej,\n\nMin anmälan gäller som förut. Nu vill även min kollega Olle Sundin vara med den 29 november. "
            f"{sentence}\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Olle Sundin"]


# --- the one on whose behalf a list is sent, listed among the others

def test_principal_listed_among_the_others_is_one_of_them(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nPå uppdrag av förvaltningschef Gunnar Ek anmäler jag dessa till DalaLab:\n\n"
            "Gunnar Ek, förvaltningschef\nSiv Berg, ekolog\n\nDe kommer till alla träffar.\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Gunnar Ek", "Siv Berg"]


def test_principal_named_only_as_the_one_commissioning_stays_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nPå uppdrag av förvaltningschef Gunnar Ek anmäler jag dessa till DalaLab:\n\n"
            "Siv Berg, ekolog\nOlle Sundin, planerare\n\nDe kommer till alla träffar.\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Siv Berg", "Olle Sundin"]


# --- a pattern address said to be everyone's

@pytest.mark.parametrize("sentence", [
    "Alla nås på fornamn.efternamn@orsa.se. Siv äter glutenfritt.",
    "Samtliga har adresser enligt fornamn.efternamn@orsa.se. Olle kommer lite senare.",
])
def test_pattern_address_for_everyone_though_a_name_follows(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = (f"Hej,\n\nJag anmäler följande kollegor till den 3 maj:\n\nSiv Berg\nOlle Sundin\nGunnar Ek\n\n{sentence}"
            "\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert {p.name: p.email for p in r.people} == {
        "Siv Berg": "siv.berg@orsa.se", "Olle Sundin": "olle.sundin@orsa.se", "Gunnar Ek": "gunnar.ek@orsa.se"}


# --- an organisation heading the next line; the domain of an address

def test_organisation_heading_the_next_line_is_not_the_name_befores(config: Config) -> None:
    own = ["Orsa kommun: Siv Berg och Olle Sundin Region Dalarna: Gunnar Ek, gunnar.ek@regiondalarna.se"]
    spots = [Spot(0, 13, 21), Spot(0, 26, 37), Spot(0, 53, 62)]
    found = organisations(own, spots, org_index(config))
    assert [o.name if o else None for o in found] == ["Orsa kommun", "Orsa kommun", "Region Dalarna"]


def test_organisation_after_a_comma_stays_the_name_befores(config: Config) -> None:
    own = ["Siv Berg, Orsa kommun: alla träffar"]
    found = organisations(own, [Spot(0, 0, 8)], org_index(config))
    assert [o.name if o else None for o in found] == ["Orsa kommun"]


def test_domain_of_an_address_after_the_next_name_is_not_the_first_names(config: Config) -> None:
    own = ["Från Mora kommun kommer Siv Berg och Gunnar Ek gunnar.ek@lansstyrelsen.se"]
    found = organisations(own, [Spot(0, 24, 32)], org_index(config))
    assert [o.name if o else None for o in found] == ["Mora kommun"]


# --- "hon och Per Ek": the one the sentence before names

@pytest.mark.parametrize("sentence", [
    "Hon och Olle Sundin vill gärna komma den 3 maj.",
    "Olle Sundin och hon vill gärna komma den 3 maj.",
])
def test_pronoun_joined_to_a_name_takes_in_the_one_named_before(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej,\n\nJag skickar vidare ett önskemål från vår planchef Siv Berg. {sentence}\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert sorted(p.name or "" for p in r.people) == ["Olle Sundin", "Siv Berg"]


# --- "vi deltar båda": the writer is one of the two

@pytest.mark.parametrize("sentence", ["Vi deltar båda på 21/9 och 29/11.", "Vi kommer båda den 21/9 och 29/11."])
def test_we_both_puts_the_writer_in(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej,\n\nJag vill anmäla min kollega Olle Sundin. {sentence}\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert sorted(p.name or "" for p in r.people) == ["Karin Dahl", "Olle Sundin"]


# --- a subject naming whose place is taken

@pytest.mark.parametrize("subject", ["Tar Olles plats", "Övertar Olle Sundins plats i DalaLab"])
def test_subject_naming_whose_place_is_taken_names_no_participant(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, subject: str) -> None:
    body = ("Hej,\n\nOlle Sundin avanmälde sig förra veckan eftersom han byter jobb. Jag tar gärna hans plats den "
            "3 maj.\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival, subject=subject)
    assert [p.name for p in r.people] == ["Karin Dahl"]
