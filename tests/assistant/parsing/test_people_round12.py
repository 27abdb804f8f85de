"""Who the request is about and their organisations, twelfth round: a name written surname first not cut at a
hyphenated title; a forwarded writer who only wants the forwarder signed up; a signup the writer adds to, a person
only copied, a colleague registered already (said by the given name) or who withdrew before; a substitute for a third
person named only by the given name; "samma träffar som jag"; a colleague named by the given name whose full name the
quoted thread gives; a surname that is a place after "till", and not read as the writer's organisation; "X bad mig gå i
hans ställe". Each class with variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import names_in, sender_attends, sender_joining
from assistant.parsing.reading import tables
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Role, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "91", display), config, arrival)


# --- a name with a hyphenated title after the comma

@pytest.mark.parametrize("line", [
    "Maria Holm, GIS-samordnare, maria.holm@orsa.se – vegan",
    "Olof Berg, VA-ingenjör, olof.berg@orsa.se",
])
def test_name_then_hyphenated_title_is_not_read_surname_first(config: Config, line: str) -> None:
    found = [n for n, _, _ in names_in(line, 0, tables(config).stop)]
    assert found == [line.split(",")[0]]


def test_numbered_list_with_hyphenated_titles_gives_each_person_once(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nOrsa kommun anmäler två deltagare till alla träffar:\n\n"
            "1. Karin Dahl, planchef (jag)\n"
            "2. Maria Holm, GIS-samordnare, maria.holm@orsa.se – vegan\n\nMvh\nKarin\n")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Karin Dahl", "Maria Holm"]


# --- a forwarded writer who wants the forwarder signed up

def test_forwarded_writer_asking_for_the_forwarder_is_not_signed_up(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej! Min förvaltningschef skrev till mig om DalaLab. Hon har bett mig att gå, så anmäl mig gärna till "
            "vårträffen.\nKarin Dahl, Orsa kommun\n\n"
            "---------- Forwarded message ---------\n"
            "Från: Birgitta Sand <birgitta.sand@orsa.se>\n"
            "Ämne: DalaLab\n"
            "Till: Karin Dahl <karin.dahl@orsa.se>\n\n"
            "Karin – det vore bra om du deltar i DalaLab i vår, vi har en plats till.\n/Birgitta\n")
    r = email(mail, body, config, arrival, subject="Fwd: DalaLab")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


# --- named beside the request, not part of it

@pytest.mark.parametrize("sentence", [
    "Utöver Per Eks (Ramböll) anmälan vill jag själv gå på alla fyra träffarna.",
    "Som ett komplement till Per Eks anmälan vill jag själv vara med på alla fyra träffarna.",
])
def test_signup_the_writer_adds_to_is_not_part_of_the_request(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    r = email(mail, f"Hej,\n\n{sentence}\n\nMvh\nKarin Dahl\n", config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize("sentence", [
    "Min chef Åsa Berg (asa.berg@orsa.se) står i kopia.",
    "Enhetschefen Åsa Berg, asa.berg@orsa.se, är i kopia.",
])
def test_someone_only_copied_is_not_part_of_the_request(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej,\n\nJag vill anmäla mig till den andra och den fjärde träffen. {sentence}\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


def test_colleague_said_to_be_registered_by_the_given_name_is_left_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag vill anmäla mig till DalaLab, som min kollega Tove Ek tipsade om. Tove är ju redan registrerad. "
            "Själv skulle jag vilja gå på 21 september och 29 november.\n\nMvh\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


def test_colleague_who_withdrew_before_is_not_part_of_a_new_signup(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nMats Lund avanmälde sig för en tid sedan. Kan jag få hans plats? Jag vill gå på den 21 "
            "september.\n\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


# --- substitutions

def test_substitute_for_a_third_person_named_by_the_given_name_leaves_the_writer_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nAngående Johans plats som blev ledig: vi skickar en vikarie för Johan, Lisa Sund "
            "(lisa.sund@orsa.se), som går på de två sista träffarna i stället.\n\n/Karin\n")
    r = email(mail, body, config, arrival, subject="SV: DalaLab - ändring")
    assert r.intent == Intent.CHANGE
    assert people(r) == [("Lisa Sund", "lisa.sund@orsa.se", "Orsa kommun")]


def test_writer_asked_to_go_in_anothers_place_is_the_one_joining(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nGöran Falk har bett mig gå i hans ställe på DalaLab den 29 november, han är bortrest då. "
            "De andra träffarna går han på själv.\n\nMvh\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival, subject="Ersättare 29 november")
    assert r.intent == Intent.CHANGE
    assert sorted((p.name, p.role) for p in r.people) == [("Göran Falk", Role.LEAVING), ("Karin Dahl", Role.JOINING)]


@pytest.mark.parametrize("text", [
    "han bad mig ta hennes plats på vårträffen",
    "hon har bett mig komma i hans ställe den 3 maj",
    "eva asked me to take her place in may",
])
def test_asked_to_take_anothers_place_is_joining(text: str) -> None:
    assert sender_joining(fold(text))


def test_place_surname_after_till_is_a_name(config: Config) -> None:
    found = [n for n, _, _ in names_in("jag lämnar min plats till Olle Orsa för vårens träff", 0, tables(config).stop)]
    assert found == ["Olle Orsa"]


# --- the writer's sessions as the measure of another's

@pytest.mark.parametrize("text", [
    "nu vill vår nya planerare per ek gå på 3 maj, samma som eva och jag.",
    "anmäl per ek till samma träffar som jag.",
])
def test_writer_named_as_the_measure_of_anothers_sessions_does_not_attend(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is False


def test_writer_whose_day_clashes_is_still_read_as_before() -> None:
    assert sender_attends(fold("jag och per ek kommer på alla, samma dag som jag inte kan är 3 maj."), True)[0]


# --- a colleague by the given name, in full in the quoted thread

def test_colleague_by_the_given_name_gets_the_full_name_from_the_quoted_list(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej igen,\n\nSamir har fått tid ändå och kan gå på hela serien – anmäl honom till alla fyra.\n\n"
            "Toves anmälan är oförändrad.\n\n/Karin\n\n"
            "-----Ursprungligt meddelande-----\n"
            "Från: Karin Dahl\n"
            "Skickat: den 2 februari 2027 09:10\n"
            "Ämne: Anmälan DalaLab Orsa\n\n"
            "- Tove Ek, tove.ek@orsa.se – alla fyra träffarna\n"
            "- Samir Haddad, samir.haddad@orsa.se – bara 21 september\n")
    r = email(mail, body, config, arrival, subject="SV: Anmälan DalaLab Orsa")
    assert people(r) == [("Samir Haddad", "samir.haddad@orsa.se", "Orsa kommun")]


# --- a surname that is a place is no organisation

def test_writer_whose_surname_is_a_place_gets_the_organisation_named_after_it(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("eva mora från rättvik anmäler mig till alla träffar", "Eva Mora", config, arrival)
    assert [(p.name, p.organisation) for p in r.people] == [("Eva Mora", "Rättviks kommun")]


def test_someone_copied_who_also_takes_part_stays_in(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hi,\n\nPlease register me for all sessions. I have copied Maria Holm, who will attend all sessions as "
            "well.\n\nBest regards\nKarin Dahl\n")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Karin Dahl", "Maria Holm"]
