"""Who the request is about and their organisations, sixteenth round: an HTML list's items are lines of their own
with "- " before them, so a list of names that holds the sender's is no signature; those said to be registered
already, listed in brackets or after a colon closing the clause, are no part of a request about another (but are
when the brackets name the subject of the request); "(jag, X och Y)" puts the writer among the people; an English
"takes one of X kommun's places" or "one of our places" gives that organisation; a chat writer with a nickname who
signs with the full name, where they are from and their address (or phone number) is one person. Each class with
variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.html_text import html_to_text
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((p.name, p.email, p.organisation) for p in r.people)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab", html: str | None = None
          ) -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject, html=html), config, arrival)


# --- HTML lists: each item a line of its own, "- " before it

def test_list_items_are_lines_with_a_dash() -> None:
    text = html_to_text("<p>Vi blir två:</p><ul><li>Eva Sjö</li><li>Nils Åkerman, nils@x.se</li></ul><p>Hej då</p>")
    assert text == "Vi blir två:\n\n- Eva Sjö\n- Nils Åkerman, nils@x.se\n\nHej då"


def test_an_item_of_paragraphs_is_marked_once_and_an_empty_item_not_at_all() -> None:
    assert html_to_text("<ol><li><p>Ett</p><p>två</p></li><li>tre<li>fyra</ol>") == "- Ett\n\ntvå\n\n- tre\n- fyra"
    assert html_to_text("<ul><li> </li></ul><p>Text</p>") == "Text"


@pytest.mark.parametrize("tag", ["ul", "ol"])
@pytest.mark.parametrize("closing", ["Trevlig helg!", "Ha det fint i vinter!"])
def test_html_list_holding_the_senders_name_is_no_signature(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, tag: str, closing: str) -> None:
    html = (f"<html><body><p>Hej Linnea!</p><p>Från Orsa kommer vi tre, till alla träffarna:</p><{tag}>"
            "<li>Karin Dahl</li><li>Jonas Ekström, jonas.ekstrom@orsa.se</li><li>Mira Lehto</li>"
            f"</{tag}><p>{closing}</p><p>Karin Dahl<br>Miljöstrateg<br>Orsa kommun</p></body></html>")
    r = email(mail, "", config, arrival, html=html)
    assert people(r) == [("Jonas Ekström", "jonas.ekstrom@orsa.se", "Orsa kommun"),
                         ("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun"), ("Mira Lehto", None, "Orsa kommun")]


# --- those registered already, listed in brackets or after a colon: not part of a request about another

@pytest.mark.parametrize("sentence", [
    ("Från Orsa är vi redan anmälda (jag, Eva Lund och Per Sjö), men nu vill även vår praktikant Nils Ek "
     "(nils.ek@orsa.se) komma på alla träffar."),
    ("Vi har sedan tidigare två som är anmälda (Eva Lund och Per Sjö). Nu vill vi anmäla även vår praktikant Nils Ek, "
     "nils.ek@orsa.se, till alla träffar."),
    ("Redan anmälda från oss är: Eva Lund och Per Sjö. Nu vill vi anmäla praktikanten Nils Ek, nils.ek@orsa.se, "
     "till alla träffar."),
])
def test_those_listed_as_registered_already_are_not_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    r = email(mail, f"Hej!\n\n{sentence}\n\nHälsningar\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Nils Ek", "nils.ek@orsa.se", "Orsa kommun")]


def test_english_already_registered_in_brackets_with_the_writer(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hi,\n\nWe are already registered (Tom Berg and I), so please just add our trainee Sara Lind "
            "(sara.lind@orsa.se) to all the sessions.\n\nBest regards\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival)
    assert people(r) == [("Sara Lind", "sara.lind@orsa.se", "Orsa kommun")]


def test_those_registered_already_who_ask_for_a_change_are_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nVi som redan är anmälda (jag, Eva Lund och Per Sjö) vill byta 3 maj mot 21 september.\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.CHANGE
    assert people(r) == [("Eva Lund", None, "Orsa kommun"), ("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun"),
                         ("Per Sjö", None, "Orsa kommun")]


# --- "(jag, X och Y)": the writer is one of them

@pytest.mark.parametrize("sentence", [
    "Vi tre från Orsa (jag, Eva Lund och Per Sjö) vill flytta från 3 maj till 21 september.",
    "Vi två (jag och Eva Lund) vill gärna komma den 3 maj och den 21 september.",
])
def test_writer_first_in_brackets_is_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    r = email(mail, f"Hej!\n\n{sentence}\n\nTack!\nKarin\n", config, arrival)
    assert ("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun") in people(r)
    assert ("Eva Lund", None, "Orsa kommun") in people(r)


# --- an English "one of X kommun's places": that organisation's place

@pytest.mark.parametrize("sentence", [
    "Ingrid will take one of Orsa kommun's places.",
    "Ingrid is going to fill one of our places.",
    "Ingrid counts towards Region Dalarna's quota.",
])
def test_consultant_taking_an_organisations_place_in_english(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = ("Hello,\n\nPlease register me and our landscape consultant Ingrid Falk (ingrid.falk@landform.no) for "
            f"DalaLab. {sentence} We would both like to come to every session.\n\nKind regards\nKarin Dahl\n"
            "Orsa kommun\n")
    sender = ("Karin Dahl <karin.dahl@regiondalarna.se>" if "Region" in sentence else "Karin Dahl <karin.dahl@orsa.se>")
    r = email(mail, body, config, arrival, sender=sender)
    expected = "Region Dalarna" if "Region" in sentence else "Orsa kommun"
    assert ("Ingrid Falk", "ingrid.falk@landform.no", expected) in people(r)


def test_consultant_without_a_place_has_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hello,\n\nPlease register me and our landscape consultant Ingrid Falk (ingrid.falk@landform.no) for "
            "DalaLab. We would both like to come to every session.\n\nKind regards\nKarin Dahl\nOrsa kommun\n")
    r = email(mail, body, config, arrival)
    assert ("Ingrid Falk", "ingrid.falk@landform.no", None) in people(r)


# --- a chat nickname signing with the full name, the place and the address: one person

@pytest.mark.parametrize(("nick", "text", "expected"), [
    ("Pelle", "Hejsan, anmäl mig till 3 maj och 21 september. Per Holmgren, Orsa kommun, per.holmgren@orsa.se",
     ("Per Holmgren", "per.holmgren@orsa.se", "Orsa kommun")),
    ("Lotta", "Vill vara med 3/5 och 21/9!\nCharlotte Wik, Mora, charlotte.wik@mora.se",
     ("Charlotte Wik", "charlotte.wik@mora.se", "Mora kommun")),
    ("Kalle", "Vill vara med 3/5 och 21/9!\nKarl Wik, Mora kommun, 070-123 45 67",
     ("Karl Wik", None, "Mora kommun")),
])
def test_chat_nickname_signing_with_full_name_and_address_is_one_person(
        config: Config, arrival: dt.datetime, nick: str, text: str, expected: tuple[str, str | None, str]) -> None:
    r = parse_chat(text, Sender("telegram", "42", nick), config, arrival)
    assert people(r) == [expected]
    assert set(r.sessions) == {S1, S2}
