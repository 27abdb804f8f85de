"""Who the request is about, seventh round (issue 13): the writer getting in touch later, declining with "själv"
after the verb or "avstår", taking part in everyday words; a forwarded thread whose yes-sayers are registered; a
colleague leaving the job named beside a withdrawal; the predecessor whose place the writer holds; an address
from the quoted mail; a consultant counted as one of a municipality's places; a conjunction opening a sentence is
no given name; a numbered list cut into sentences; a roster line with each person's organisation. Each class with
variants of its own."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.parsing.people import sender_attends
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import sorted_names as names


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


# --- the writer getting in touch later takes no part ("hör jag av mig", "vi hör av oss")

@pytest.mark.parametrize("text", [
    "Stryk Per Holm från listan. Hittar vi en ersättare hör jag av mig.",
    "Per Holm ska inte vara med längre. Jag hör av mig igen om vi hittar någon annan.",
])
def test_getting_in_touch_later_is_no_taking_part(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is False


# --- the writer declining while colleagues go

@pytest.mark.parametrize("text", [
    "Jag har själv tyvärr ingen möjlighet i år, men Ola Berg och Eva Lund kommer gärna.",
    "Anmäl Ola Berg och Eva Lund, tack. Jag själv avstår.",
    "Ola Berg och Eva Lund vill vara med. Själv tackar jag nej den här gången.",
    "Please register Ola Berg. I'll pass this time.",
])
def test_the_writer_declining_beside_colleagues_is_not_among_the_people(text: str) -> None:
    assert sender_attends(fold(text), True) == (False, True)


def test_abstaining_from_lunch_is_no_declining() -> None:
    assert sender_attends(fold("Jag och Ola Berg kommer, men jag avstår från lunchen."), True)[0] is True


# --- taking part in everyday words

@pytest.mark.parametrize("text", [
    "Jag kör på alla fyra, och Ola Berg tar bara den sista.",
    "Jag hänger med! Ola Berg också.",
    "Jag är med på 3/5 tillsammans med Ola Berg.",
])
def test_everyday_words_for_taking_part_put_the_writer_in(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is True


def test_going_on_leave_is_no_taking_part() -> None:
    assert sender_attends(fold("Ola Berg kommer på hösten, jag går på semester då."), True)[0] is False


# --- a forwarded thread: those who said yes

_THREAD = """Hej, se tråden nedan. Anmäl de som svarat ja. Själv avstår jag.

/Olle

-----Ursprungligt meddelande-----
Från: Sandberg Frida <frida.sandberg@orsa.se>
Skickat: den 10 januari 2027 10:00
Till: Lind Olle <olle.lind@orsa.se>
Ämne: SV: Vem vill gå?

Ja gärna, alla träffarna!

-----Ursprungligt meddelande-----
Från: Nord Amir <amir.nord@orsa.se>
Skickat: den 9 januari 2027 15:00
Till: Lind Olle <olle.lind@orsa.se>
Ämne: SV: Vem vill gå?

Tyvärr nej, jag har för mycket just nu.

-----Ursprungligt meddelande-----
Från: Wall Greta <greta.wall@orsa.se>
Skickat: den 9 januari 2027 11:00
Till: Lind Olle <olle.lind@orsa.se>
Ämne: SV: Vem vill gå?

Jag är med, men bara på hösten.
"""


def test_the_yes_sayers_of_a_forwarded_thread_are_registered(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, _THREAD, config, arrival, sender="Olle Lind <olle.lind@orsa.se>", subject="VB: Vem vill gå?")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Frida Sandberg", "frida.sandberg@orsa.se", "Orsa kommun"),
                         ("Greta Wall", "greta.wall@orsa.se", "Orsa kommun")]


def test_a_thread_forwarded_without_asking_for_the_yes_sayers_is_not_read_so(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = _THREAD.replace("Anmäl de som svarat ja. Själv avstår jag.", "Jag anmäler mig till alla träffar.")
    r = email(mail, body, config, arrival, sender="Olle Lind <olle.lind@orsa.se>", subject="VB: Vem vill gå?")
    assert names(r) == ["Olle Lind"]


# --- a colleague leaving the job, named beside a withdrawal

@pytest.mark.parametrize("sentence", [
    "Vår planarkitekt, Tobias Ekholm, har sagt upp sig och slutar i april.",
    "En av våra anmälda, Tobias Ekholm, går i pension i vår.",
])
def test_the_colleague_leaving_the_job_is_the_one_withdrawn(
        sentence: str, mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, f"Hej,\n\n{sentence} Kan du ta bort honom från listan? Övriga kommer som planerat.\n\n/Karin",
              config, arrival)
    assert names(r) == ["Tobias Ekholm"]


# --- the predecessor whose place the writer holds now

def test_the_predecessor_of_a_writer_already_registered_is_no_person(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag tog över efter Maria Lövgren i höstas och är anmäld till 3 maj och 29 november. "
            "Kan jag byta 29 november mot 21 september?\n\n/Karin")
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl"]


def test_the_one_whose_place_the_writer_takes_now_is_still_read(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nMaria Lövgren kan inte komma, jag tar hennes plats på alla träffar.\n\n/Karin"
    assert "Maria Lövgren" in names(email(mail, body, config, arrival))


# --- an address from the quoted mail

def test_a_person_without_an_address_gets_the_one_the_quoted_signup_gives(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nStina Moberg har fått nytt jobb. I stället kommer Elias Falk (elias.falk@orsa.se).\n\n/Karin\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Karin Dahl\nSkickat: den 3 januari 2027 09:00\n"
            "Till: linnea.hassis@regiondalarna.se\nÄmne: Anmälan\n\n"
            "Vi anmäler Stina Moberg, stina.moberg@orsa.se, till alla träffar.\n")
    r = email(mail, body, config, arrival)
    assert ("Stina Moberg", "stina.moberg@orsa.se", "Orsa kommun") in people(r)


# --- a consultant counted as one of a municipality's places

@pytest.mark.parametrize("sentence", [
    "Han räknas som en av Leksands platser.",
    "Han tar en av våra platser.",
    "He counts as one of Leksand's places.",
])
def test_a_consultant_counted_as_a_municipalitys_place_gets_it(
        sentence: str, mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = (f"Hej,\n\nJag anmäler mig och vår konsult Jonas Wiberg (jonas.wiberg@ramboll.se) till alla träffar. "
            f"Jonas gör vår ÖP. {sentence}\n\n/Karin")
    r = email(mail, body, config, arrival, sender="Karin Dahl <karin.dahl@leksand.se>")
    assert ("Jonas Wiberg", "jonas.wiberg@ramboll.se", "Leksands kommun") in people(r)


def test_a_consultant_not_counted_as_a_place_keeps_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag anmäler mig och vår konsult Jonas Wiberg (jonas.wiberg@ramboll.se) till alla träffar.\n\n"
            "/Karin")
    r = email(mail, body, config, arrival, sender="Karin Dahl <karin.dahl@leksand.se>")
    assert ("Jonas Wiberg", "jonas.wiberg@ramboll.se", None) in people(r)


# --- a conjunction opening a sentence is no given name

@pytest.mark.parametrize("opening", ["När Sven", "Eftersom Sven", "Medan Sven"])
def test_a_conjunction_before_a_given_name_is_no_person(
        opening: str, mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = f"Hej,\n\n{opening} anmälde oss glömde han att jag är glutenintolerant. Jag är anmäld till 3 maj.\n\n/Karin"
    r = email(mail, body, config, arrival)
    assert names(r) == ["Karin Dahl"] and r.people[0].diet


# --- a numbered list cut into sentences; a roster line giving each one's organisation

def test_a_numbered_list_after_a_heading_gives_its_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nHär kommer Orsas anmälningar. Vi har fördelat dem så här:\n\n"
            "1. Hugo Berglöf, planarkitekt – alla träffar\n2. Nora Sjöberg, ekolog – bara 3 maj\n\n"
            "Själv deltar jag inte.\n\n/Karin")
    assert names(email(mail, body, config, arrival)) == ["Hugo Berglöf", "Nora Sjöberg"]


def test_a_roster_with_organisations_keeps_the_one_without_an_address(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nVi i nätverket vill vara med på alla träffar.\n\n"
            "Ida Holm – Orsa kommun – ida.holm@orsa.se\nLeo Sand – Mora kommun – leo.sand@mora.se\n"
            "Tea Borg – Rättviks kommun – (adress kommer)\n\nHälsningar\nIda Holm")
    r = email(mail, body, config, arrival, sender="Ida Holm <ida.holm@orsa.se>")
    assert ("Tea Borg", None, "Rättviks kommun") in people(r)


def test_two_names_in_prose_beside_a_signup_are_no_roster(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag anmäler mig till alla träffar.\n\nTobias Ekholm och Maria Lövgren från Orsa kommun "
            "var med på en liknande kurs förra året och tyckte att den var mycket givande.\n\n/Karin")
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl"]
