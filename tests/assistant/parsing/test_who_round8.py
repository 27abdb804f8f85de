"""Who the request is about, eighth round: a mail sent to the colleagues it signs up as well as to us; the writer
whose own signup goes on, or who needs no place, beside others; the writer's signup beside another's in the
possessive; a colleague set apart as registered already; a person the subject names in full and the text by the
given name or a pronoun; the yes-sayers of a forward whose header lines are gone; a colleague named by the given
name beside the writer, in full in the quoted thread. Each class with variants of its own."""

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
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab",
          headers: dict[str, str] | None = None) -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject, headers=headers), config, arrival)


# --- a mail sent to the colleagues it signs up, as well as to us

def test_recipients_whose_addresses_the_writer_writes_out_are_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej Linnea, Tove och Malte!\n\nVi anmäler Tove Eng (tove.eng@orsa.se) och Malte Björk "
            "(malte.bjork@orsa.se) till samtliga träffar. Själv deltar jag inte.\n\nTove och Malte: lägg in "
            "datumen i kalendern.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival, headers={"Cc": "Tove Eng <tove.eng@orsa.se>, malte.bjork@orsa.se"})
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Malte Björk", "malte.bjork@orsa.se", "Orsa kommun"),
                         ("Tove Eng", "tove.eng@orsa.se", "Orsa kommun")]


def test_a_recipient_named_without_an_address_stays_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej! Jag anmäler mig till alla fyra träffarna. Min chef Per Holm har godkänt det.\n\nKarin Dahl"
    r = email(mail, body, config, arrival, headers={"Cc": "Per Holm <per.holm@orsa.se>"})
    assert names(r) == ["Karin Dahl"]


# --- the writer whose own signup goes on, or who needs no place, beside others

@pytest.mark.parametrize("text", [
    "Eva Lund kan inte vara med längre. Jag själv är fortfarande med.",
    "Stryk Eva Lund från alla träffar. Jag är ju fortfarande anmäld som vanligt.",
    "Eva Lund has left us, please remove her. I'm still registered myself.",
    "Anmäl gärna Ola Berg och Eva Lund. Mig behöver ni inte anmäla, jag sitter i styrgruppen.",
    "Anmäl Ola Berg. Du behöver inte anmäla mig.",
    "Please register Ola Berg and Eva Lund; no need to register me.",
])
def test_the_writer_staying_as_they_are_or_needing_no_place_is_not_among_the_people(text: str) -> None:
    assert sender_attends(fold(text), True) == (False, True)


def test_the_writer_still_not_coming_is_not_read_as_staying() -> None:
    assert sender_attends(fold("Ola Berg och jag kommer båda på alla träffar."), True) == (True, True)


# --- the writer's signup beside another's, in the possessive

@pytest.mark.parametrize("text", [
    "Tyvärr drar vi tillbaka både min och Ola Bergs anmälan.",
    "Vi avanmäler oss – min och Eva Lunds platser kan gå till någon annan.",
    "Stryk Olas och min anmälan, tack.",
    "Please cancel both my and Ola Berg's registrations.",
])
def test_the_writers_signup_beside_anothers_puts_the_writer_among_the_people(text: str) -> None:
    assert sender_attends(fold(text), True) == (True, True)


# --- a colleague set apart as registered already

def test_a_colleague_set_apart_as_registered_already_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nJag vill anmäla två till från oss, förutom Tove Eng som redan är registrerad:\n\n"
            "Ola Berg (ola.berg@orsa.se) – alla träffar\nEva Lund (eva.lund@orsa.se) – alla träffar\n\n"
            "Hälsningar\nKarin Dahl")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Eva Lund", "Ola Berg"]


def test_a_registered_colleague_the_request_is_about_stays(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej!\n\nTove Eng, som redan är anmäld, kan tyvärr inte komma den 21 september.\n\nKarin Dahl"
    r = email(mail, body, config, arrival)
    assert "Tove Eng" in names(r)


# --- a person the subject names in full, the text by the given name or a pronoun

@pytest.mark.parametrize(("subject", "body"), [
    ("Avregistrering Tove Eng", "Tove har bytt jobb, ta bort henne från alla träffar.\n\nKarin Dahl\nOrsa kommun"),
    ("Avanmälan: Malte Björk", "Han har tyvärr slutat hos oss, så stryk honom från listan.\n\nKarin Dahl"),
])
def test_a_person_named_in_full_only_in_the_subject_is_the_one_the_request_is_about(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, subject: str, body: str) -> None:
    r = email(mail, body, config, arrival, subject=subject)
    assert r.intent == Intent.CANCEL
    assert len(r.people) == 1 and r.people[0].name in ("Tove Eng", "Malte Björk")
    assert r.people[0].organisation == "Orsa kommun"


def test_a_subject_naming_the_writer_adds_nobody(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Jag anmäler mig till alla träffar.\n\nKarin", config, arrival, subject="Anmälan Karin Dahl")
    assert names(r) == ["Karin Dahl"]


def test_a_subject_name_the_text_does_not_speak_of_adds_nobody(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Jag anmäler mig till alla träffar.\n\nKarin Dahl", config, arrival,
              subject="Tips från Tove Eng: DalaLab")
    assert names(r) == ["Karin Dahl"]


# --- the yes-sayers of a forward whose header lines are gone

_FORWARD = """Hej! Frågade gruppen, svaren nedan. Anmäl de som sagt ja till alla träffar. Själv avstår jag.

/Olle

---------- Forwarded message ---------
Från: Sandberg Frida <frida.sandberg@orsa.se>
Datum: mån 11 jan. 2027 kl 10:00
Ämne: SV: Vem vill gå?
Till: Lind Olle <olle.lind@orsa.se>

Jag är med!

Från: Nord Amir <amir.nord@orsa.se>
Datum: mån 11 jan. 2027 kl 09:00
Ämne: SV: Vem vill gå?
Till: Lind Olle <olle.lind@orsa.se>

Nej tack, inte i år.

Från: Wall Greta <greta.wall@orsa.se>
Datum: fre 8 jan. 2027 kl 15:00
Ämne: SV: Vem vill gå?
Till: Lind Olle <olle.lind@orsa.se>

Ja, gärna!
"""


def test_the_yes_sayers_of_a_forward_without_separator_lines_are_registered(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, _FORWARD, config, arrival, sender="Olle Lind <olle.lind@orsa.se>", subject="VB: Vem vill gå?")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Frida Sandberg", "frida.sandberg@orsa.se", "Orsa kommun"),
                         ("Greta Wall", "greta.wall@orsa.se", "Orsa kommun")]


# --- a colleague named by the given name beside the writer, in full in the quoted thread

_CONFIRMATION = ("\n\nKarin\n\nDen 2 feb. 2027 kl. 10:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
                 "> Hej Karin! Jag har registrerat dig och Malte Björk på alla fyra träffarna.\n")


@pytest.mark.parametrize("text", [
    "Jag och Malte kan tyvärr inte komma den 21 september.",
    "Varken jag eller Malte kan den 21 september, vi har budgetdag.",
    "Malte och jag måste tyvärr avanmäla oss från 21 september.",
])
def test_a_colleague_named_by_the_given_name_beside_the_writer_is_read_in_full_from_the_thread(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, text: str) -> None:
    r = email(mail, "Hej Linnea,\n\n" + text + _CONFIRMATION, config, arrival, subject="SV: Bekräftelse DalaLab")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Karin Dahl", "Malte Björk"]


def test_a_given_name_the_thread_gives_two_people_is_not_guessed(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    quoted = _CONFIRMATION.replace("Malte Björk", "Malte Björk och Malte Sund")
    r = email(mail, "Hej Linnea,\n\nJag och Malte kan tyvärr inte komma den 21 september." + quoted, config,
              arrival, subject="SV: Bekräftelse DalaLab")
    assert "Malte Björk" not in names(r) and "Malte Sund" not in names(r)
