"""Tests of phrasings beyond the development corpus: compounds, exceptions, year suffixes,
moves, third-party substitutions, forwarded requests, erasure and automatic-mail variants."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.automatic import out_of_office_text
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import find_mention
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, SESSIONS, people

BASE = dt.date(2027, 1, 10)


def dates(text: str) -> set[dt.date]:
    m = find_mention(text, SESSIONS, BASE)
    chosen = set(SESSIONS) if m.whole or (m.minus and not m.dates) else set(m.dates)
    return chosen - m.minus


# ---------------------------------------------------------------- sessions
@pytest.mark.parametrize(("text", "expected"), [
    # season and month compounds
    ("vi kommer på höstträffarna", {S2, S3}),
    ("anmäl mig till vårträffen", {S1}),
    ("jag tar majträffen", {S1}),
    ("kan inte komma på novemberträffen", {S3}),
    ("gärna maj-träffen och feb-träffen", {S1, S4}),
    # an exception naming a bare ordinal
    ("alla träffar utom den sista", {S1, S2, S3}),
    ("alla utom sista?", {S1, S2, S3}),
    ("all of them except the first", {S2, S3, S4}),
    # a year written after the date is not a range
    ("21/9 och 22/2 -28.", {S2, S4}),
    ("22 feb -28", {S4}),
    ("3/5-27", {S1}),
    # sessions numbered in words
    ("träff nummer tre", {S3}),
    ("session two and three", {S2, S3}),
    # a season without a noun, after "i"/"this"
    ("jag kan inte delta i höst", {S2, S3}),
    ("not this autumn", {S2, S3}),
    ("under våren", {S1}),
])
def test_more_session_references(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "ledig 3/5-27/5.",
    "i vår kommun är vi tre",
    "i fall att ni har plats",
    "Våren går bra",
    "julträffen på kontoret",
])
def test_not_sessions(text: str) -> None:
    assert not find_mention(text, SESSIONS, BASE).any


# ---------------------------------------------------------------- whole messages
def test_absent_sentence_is_subtracted_from_a_signup(config: Config, arrival: dt.datetime,
                                                     mail: Callable[..., bytes]) -> None:
    body = "Jag anmäler mig till DalaLab. Jag kan tyvärr inte delta på den andra träffen.\n\nMvh\nAnna Berg"
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S3, S4)


@pytest.mark.parametrize("body", [
    "Could I switch from the November session to the February one?",
    "Jag vill ändra: i stället för den 29/11 kommer jag den 22/2.",
])
def test_moves_keep_only_the_new_session(config: Config, arrival: dt.datetime, mail: Callable[..., bytes],
                                         body: str) -> None:
    r = parse_email(mail(body + "\n\nAnna Berg"), config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == (S4,)


def test_substitution_between_two_colleagues_leaves_sender_out(config: Config, arrival: dt.datetime,
                                                               mail: Callable[..., bytes]) -> None:
    body = "Hej,\n\nPer Ek slutar hos oss, så Eva Lind tar hans plats på alla träffar.\n\nHälsningar\nAnna Berg"
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == ALL
    assert people(r) == [("Per Ek", None, "Mora kommun"), ("Eva Lind", None, "Mora kommun")]


def test_forwarded_request_registers_its_writer(config: Config, arrival: dt.datetime,
                                                mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nSkickar vidare anmälan från min kollega nedan.\n\nAnna\n\n"
            "---------- Forwarded message ---------\nFrån: Per Ek <per.ek@mora.se>\nDate: 2 feb 2027\n"
            "To: Anna Berg <anna.berg@mora.se>\n\nHej! Kan du anmäla mig till träff 2? /Per\n")
    r = parse_email(mail(body, subject="VB: DalaLab"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S2,)
    assert people(r) == [("Per Ek", "per.ek@mora.se", "Mora kommun")]


@pytest.mark.parametrize("body", [
    "Vi blir två som vill delta:\n- jag själv\n- Per Ek\n\nMvh\nAnna Berg",
    "jag o kollegan per ek kommer på alla träffar\n\nAnna Berg",
])
def test_sender_included_by_other_words(config: Config, arrival: dt.datetime, mail: Callable[..., bytes],
                                        body: str) -> None:
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Anna Berg", "Per Ek"]


def test_self_introduction_beats_an_address_without_a_name(config: Config, arrival: dt.datetime,
                                                           mail: Callable[..., bytes]) -> None:
    body = "Hej,\n\nJag heter Ola Dahl och jobbar på Mora kommun. Anmäler mig till 3 maj.\n\nOla"
    r = parse_email(mail(body, sender="od.mora@gmail.com"), config, arrival)
    assert people(r) == [("Ola Dahl", "od.mora@gmail.com", "Mora kommun")]


def test_new_name_is_used_for_a_details_change(config: Config, arrival: dt.datetime,
                                               mail: Callable[..., bytes]) -> None:
    body = ("Hi,\n\nI got married and my name is now Laura Kent (formerly Laura Fox). "
            "I'm still registered for all four sessions.\n\nLaura")
    r = parse_email(mail(body, sender="Laura Fox <laura.fox@mora.se>"), config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == ALL
    assert people(r) == [("Laura Kent", "laura.fox@mora.se", "Mora kommun")]


def test_cancelling_a_named_colleague_in_english(config: Config, arrival: dt.datetime,
                                                 mail: Callable[..., bytes]) -> None:
    body = "Please remove Per Ek from the list for the 22 February session.\n\nAnna Berg"
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == (S4,)
    assert [p.name for p in r.people] == ["Per Ek"]


@pytest.mark.parametrize("text", [
    "radera mig ur era register enligt gdpr",
    "Jag begär att samtliga uppgifter om mig raderas ur era system.",
    "pls delete everything you have about me",
    "Ta bort mig från er sändlista.",
])
def test_erasure_phrasings(config: Config, arrival: dt.datetime, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.intent == Intent.ERASURE and r.sessions == ()
    assert [p.name for p in r.people] == ["Vera Lind"]


@pytest.mark.parametrize("text", [
    "Ditt paket kunde inte levereras den 3/5. Klicka här för att betala 29 kr i tullavgift.",
    "I am Barrister Kofi Mensah. I want to transfer USD 4.5 million to your account before 21/9.",
])
def test_spam_naming_a_date_is_unknown(config: Config, arrival: dt.datetime, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "1", "Spam Bot"), config, arrival)
    assert r.intent == Intent.UNKNOWN and r.sessions == () and r.people == ()


def test_bare_dates_still_register(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("3/5 och 29/11 tack", Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S3)


@pytest.mark.parametrize("body", [
    "Hej! Jag har semester till och med 9 augusti och har begränsad tillgång till e-post.",
    "Thank you. I'm currently away on parental leave and will respond when I return.",
])
def test_more_out_of_office_texts(body: str) -> None:
    assert out_of_office_text(body)


def test_swap_one_session_for_another(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Jag vill byta min plats på den 21/9 mot den 29/11.\n\nAnna Berg"), config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == (S3,)


def test_writer_and_named_companion_without_a_signup_verb(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Jag och Elin Strand kommer på träffarna 3/5 och 21/9.", Sender("telegram", "1", "Arvid Lund"),
                   config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S2)
    assert [p.name for p in r.people] == ["Arvid Lund", "Elin Strand"]
