"""Who the request is about and their organisations, eleventh round: "själv" opening a clause or before "är redan
anmäld" beside colleagues; a withdrawn colleague beside those whose signup stands as before; a writer who stands for
no organisation, names a municipality only as a client or a firm's office, or works in an organisation the config does
not know; dictated text with every word capitalised, signed after "tack", or headed "Anmälan från ...". Each class
with variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import sender_attends
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "91", display), config, arrival)


# --- the writer staying out: "själv" first, or registered already

@pytest.mark.parametrize("text", [
    "per ek och eva lind kommer på alla träffar. själv kan jag tyvärr inte delta.",
    "två från oss: per ek – per.ek@orsa.se själv hinner jag inte vara med",
    "per ek vill gå på den andra träffen. jag själv är redan anmäld sedan länge.",
    "eva lind ska med i höst. själv är jag ju redan anmäld.",
])
def test_writer_aside_with_the_verb_first_or_registered_already_stays_out(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is False


def test_writer_who_comes_herself_beside_a_colleague_stays_in() -> None:
    assert sender_attends(fold("per ek och jag själv kommer på alla träffar."), True)[0] is True


# --- a withdrawn colleague beside those whose signup stands

def test_withdrawn_colleague_is_the_one_cancelled_when_the_rest_stand_as_before(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nOla Fransson kan tyvärr inte vara med på DalaLab längre, han har fått nytt jobb. "
            "Lisa och jag står kvar som förut.\n\nHälsningar\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Ola Fransson"]


# --- the writer's organisation: none stood for, a client, a firm's office, an unknown one

@pytest.mark.parametrize("body", [
    ("Hi,\n\nI work for a design studio and have done projects with Mora and Orsa, but I do not represent any "
    "municipality here. Please sign me up for all sessions.\n\nBest,\nTom Grey\nGrey Studio Ltd\n"),
    ("Hej,\n\nJag är konsult och har haft uppdrag för Leksands kommun och Rättviks kommun. Jag vill gärna anmäla mig "
    "till alla träffar på eget initiativ.\n\nHälsningar\nTom Grey\n"),
    "Hej,\n\nAnmäl mig gärna till alla fyra träffarna.\n\nHälsningar\nTom Grey\nPlanbyrån Norr AB, Ludvika\n",
    ("Hej,\n\nJag jobbar med fysisk planering i Gävle kommun och hörde om DalaLab av en kollega i Avesta. "
    "Anmäl mig till alla träffar om det går.\n\nHälsningar\nTom Grey\n"),
])
def test_writer_at_a_firm_or_elsewhere_gets_no_configured_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, body, config, arrival, sender="Tom Grey <tom.grey@greystudio.example>")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Tom Grey", "tom.grey@greystudio.example", None)]


def test_consultant_attending_for_a_municipality_keeps_it(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag är konsult och deltar för Orsa kommuns räkning, som en av kommunens tre platser. "
            "Anmäl mig till alla träffar.\n\nHälsningar\nTom Grey\nPlanbyrån Norr AB\n")
    r = email(mail, body, config, arrival, sender="Tom Grey <tom.grey@planbyran.example>")
    assert people(r) == [("Tom Grey", "tom.grey@planbyran.example", "Orsa kommun")]


# --- dictated text with every word capitalised

def test_capitalised_dictation_signed_after_thanks_gives_the_full_name(config: Config, arrival: dt.datetime) -> None:
    text = "Hej Jag Vill Gärna Anmäla Mig Till Första Träffen Och Den Tredje Tack Saga Lindgren Orsa"
    r = chat(text, "Saga", config, arrival)
    assert [(p.name, p.organisation) for p in r.people] == [("Saga Lindgren", "Orsa kommun")]


def test_capitalised_dictation_headed_signup_names_both(config: Config, arrival: dt.datetime) -> None:
    text = "Anmälan För Rättviks Kommun Olof Dahl Och Mira Ekström Till 3 Maj Och 22 Februari"
    r = chat(text, "Olof Dahl", config, arrival)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Mira Ekström", "Olof Dahl"]
