"""Who the people are, fourth round (issue 13): the writer spoken to rather than taking part, addresses given as a
pattern, someone spoken of in a sentence of their own (registered before, away), a colleague named only to say
they stay away or sign up on their own, and the employer the text states against an address's domain. Each class
with variants the development corpus lacks."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.organisations import org_index
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import expand_template, sender_attends
from assistant.parsing.text import fold
from assistant.parsing.whose import employers
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ANNA, people

ULLA = "Ulla Holm <ulla.holm@orsa.se>"


def roles(r: ParsedRequest) -> list[tuple[str | None, Role]]:
    return [(p.name, p.role) for p in r.people]


# --- the writer is the one spoken to or asked, not one taking part ("kontakta mig", "Per bad mig skicka")

@pytest.mark.parametrize("text", [
    "Jag anmäler mina kollegor Per Ek och Eva Lind till 3 maj. Hör av er till mig om något saknas.",
    "Anmäler Per Ek och Eva Lind till 3 maj. Kontakta mig gärna vid frågor.",
    "Please register Per Ek and Eva Lind for 3 May. Let me know if you need anything else, or call me.",
])
def test_a_writer_who_only_asks_to_be_contacted_is_not_among_the_people(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], text: str) -> None:
    r = parse_email(mail(text, sender=ANNA), config, arrival)
    assert people(r) == [("Per Ek", None, "Mora kommun"), ("Eva Lind", None, "Mora kommun")]


def test_a_writer_who_signs_up_and_asks_to_be_contacted_stays_among_the_people(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Anmäl mig och Per Ek till 3 maj. Kontakta mig vid frågor.", sender=ANNA), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"), ("Per Ek", None, "Mora kommun")]


def test_a_forwarder_asked_to_pass_a_cancellation_on_is_not_cancelled(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej, se nedan. Per bad mig vidarebefordra det här, han vill avanmäla sig.\n\n"
            "Från: Per Ek <per.ek@mora.se>\nSkickat: den 3 februari 2027 10:00\nTill: Anna Berg <anna.berg@mora.se>\n"
            "Ämne: DalaLab\n\nHej Anna, kan du be dem stryka mig från 21 september? /Per")
    r = parse_email(mail(body, sender=ANNA, subject="VB: DalaLab"), config, arrival)
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Per Ek", "per.ek@mora.se", "Mora kommun")]
    assert [str(d) for d in r.sessions] == ["2027-09-21"]


def test_being_asked_or_contacted_is_not_taking_part() -> None:
    assert not sender_attends(fold("Lisa bad mig skicka hennes anmälan."), True)[0]
    assert not sender_attends(fold("She asked me to forward this to you."), True)[0]
    assert sender_attends(fold("Jag vill också vara med, kontakta mig om det blir fullt."), True)[0]
    assert sender_attends(fold("I would like to register for all sessions."), True)[0]


# --- addresses given as a pattern ("förnamn.efternamn@...")

def test_a_pattern_address_gives_everyone_without_an_address_theirs_and_is_nobody(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Anmäler mig, Per Ek och Åsa Öberg till 3 maj. Alla har adresser enligt "
                         "förnamn.efternamn@mora.se.", sender=ANNA), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"), ("Per Ek", "per.ek@mora.se", "Mora kommun"),
                         ("Åsa Öberg", "asa.oberg@mora.se", "Mora kommun")]


def test_a_pattern_address_in_english_on_a_line_of_its_own(config: Config, arrival: dt.datetime,
                                                           mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hi, please register Per Ek and Eva Lind for May 3.\nE-mail: firstname.lastname@mora.se",
                         sender=ANNA), config, arrival)
    assert people(r) == [("Per Ek", "per.ek@mora.se", "Mora kommun"), ("Eva Lind", "eva.lind@mora.se", "Mora kommun")]


def test_a_pattern_address_is_for_those_its_sentence_names(config: Config, arrival: dt.datetime,
                                                           mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Anmäler Per Ek (per.ek@falun.se) och Eva Lind till 3 maj. Eva har f.efternamn@mora.se "
                         "som de flesta här.", sender=ANNA), config, arrival)
    assert people(r) == [("Per Ek", "per.ek@falun.se", "Falu kommun"), ("Eva Lind", "e.lind@mora.se", "Mora kommun")]


def test_expanding_a_pattern() -> None:
    assert expand_template("fornamn.efternamn@orsa.se", "Anna-Karin von Essen") == "anna-karin.essen@orsa.se"
    assert expand_template("firstname_lastname@orsa.se", "Per Ek") == "per_ek@orsa.se"
    assert expand_template("anna.berg@orsa.se", "Per Ek") is None       # someone's own address is no pattern


# --- someone spoken of in a sentence of their own: registered before, or away

@pytest.mark.parametrize(("text", "subject"), [
    ("Hej! Lisa Ek var anmäld till alla träffar men har gått i pension. I stället kommer Per Berg (per.berg@orsa.se).",
     "Byte av deltagare"),
    (("Hello, Lisa Ek was registered for all sessions. She has changed jobs, so our new planner Per Berg "
      "(per.berg@orsa.se) will come instead."), "Change of participant"),
    ("Hej! Lisa Ek är föräldraledig från mars. Per Berg (per.berg@orsa.se) kommer i stället.", "Ändring"),
])
def test_the_one_leaving_named_apart_from_the_substitution_is_the_one_replaced(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], text: str, subject: str) -> None:
    r = parse_email(mail(text, sender=ULLA, subject=subject), config, arrival)
    assert r.intent == Intent.CHANGE
    assert roles(r) == [("Lisa Ek", Role.LEAVING), ("Per Berg", Role.JOINING)]
    assert people(r) == [("Lisa Ek", None, "Orsa kommun"), ("Per Berg", "per.berg@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize("text", [
    "Hej! Per Ek är sjuk. Avanmäl honom från 3 maj.",
    "Hej! Per Ek är föräldraledig i vår. Han kan därför inte komma den 3 maj.",
])
def test_the_one_cancelled_named_only_where_the_reason_is_given(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], text: str) -> None:
    r = parse_email(mail(text, sender=ULLA), config, arrival)
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Per Ek", None, "Orsa kommun")]


# --- a colleague named only to say they stay away, or sign up on their own

@pytest.mark.parametrize("text", [
    "Hej! Jag anmäler mig till alla träffar. Min kollega Per Ek kan tyvärr inte vara med.",
    "Hi, I would like to register for all sessions. My colleague Per Ek cannot attend, he has another commitment.",
    "Hej! Anmäler mig till alla träffar. Dessvärre deltar inte Per Ek den här gången.",
    "Hej! Anmäler mig till alla träffar. Per Ek anmäler sig själv.",
    "Hi! Please sign me up for all sessions. Per Ek will register himself.",
    "Hej! Jag anmäler mig till alla träffar. Per Ek är föräldraledig i vår.",
])
def test_a_colleague_named_only_to_say_they_are_not_part_of_the_signup(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], text: str) -> None:
    r = parse_email(mail(text, sender=ANNA), config, arrival)
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun")]


def test_a_colleague_who_stays_away_beside_another_colleagues_signup(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Anmäl Eva Lind till 3 maj. Tyvärr kan inte Per Ek komma.", Sender("telegram", "7", "Anna Berg"),
                   config, arrival)
    assert [p.name for p in r.people] == ["Eva Lind"]


@pytest.mark.parametrize(("text", "expected"), [
    # asked to be taken off: the one staying away is the request
    ("Hej! Per Ek kan tyvärr inte komma den 3 maj, avanmäl honom.", ["Per Ek"]),
    # the writer stays away with them: a cancellation of both
    ("Hej! Jag och Per Ek kan tyvärr inte komma.", ["Anna Berg", "Per Ek"]),
    # away from one session only, and nobody else signs up
    ("Per Ek kan inte vara med.", ["Per Ek"]),
    # "cannot sign up himself" is no signup of his own
    ("Hej! Per Ek kan inte anmäla sig själv, så jag anmäler honom till 3 maj.", ["Per Ek"]),
])
def test_who_stays_away_is_kept_when_the_message_is_about_them(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes], text: str, expected: list[str]) -> None:
    r = parse_email(mail(text, sender=ANNA), config, arrival)
    assert [p.name for p in r.people] == expected


def test_a_colleague_away_from_one_session_is_not_taken_for_away_from_all(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Jag och Per Ek anmäler oss till alla träffar. Per Ek kan inte komma den 3 maj men "
                         "gärna resten.", sender=ANNA), config, arrival)
    assert [p.name for p in r.people] == ["Anna Berg", "Per Ek"]


# --- the employer the text states, against an address's domain (function level: the reader applies it)

def _employers(config: Config, text: str, people_: list[tuple[str | None, str | None]],
               writer: int | None = None) -> list[str | None]:
    orgs = org_index(config)
    mora = next(o for o in config.organisations if o.name == "Mora kommun")
    found = employers([s.strip() + "." for s in text.split(".") if s.strip()], people_, orgs, mora, writer)
    return [o.name if o is not None else None for o in found]


def test_an_employer_stated_by_pronoun_in_the_writers_organisation(config: Config) -> None:
    text = "Jag och Per Ek vill komma. Per har sin adress på falun.se eftersom vi delar förvaltning, men han jobbar hos oss"
    assert _employers(config, text, [("Per Ek", "per.ek@falun.se")]) == ["Mora kommun"]


def test_an_employer_stated_for_one_of_two(config: Config) -> None:
    text = "Anmäler Per Ek och Eva Lind. Eva är anställd på Borlänge kommun men sitter hos Falun"
    assert _employers(config, text, [("Per Ek", "per.ek@falun.se"), ("Eva Lind", "eva.lind@falun.se")]) == [
        None, "Borlänge kommun"]


def test_an_employer_stated_in_english_and_negated(config: Config) -> None:
    assert _employers(config, "Please register Per Ek. He is employed by Orsa kommun",
                      [("Per Ek", "per.ek@mora.se")]) == ["Orsa kommun"]
    assert _employers(config, "Please register Per Ek. He does not work for us any more",
                      [("Per Ek", "per.ek@mora.se")]) == [None]
    # the writer's own employment is the writer's, not the colleague's named after it
    assert _employers(config, "Jag jobbar på Orsa kommun och anmäler min kollega Per Ek",
                      [("Per Ek", "per.ek@falun.se")]) == [None]
    assert _employers(config, "Jag jobbar på Orsa kommun och anmäler min kollega Per Ek",
                      [("Anna Berg", "anna.berg@mora.se"), ("Per Ek", "per.ek@falun.se")], writer=0) == [
        "Orsa kommun", None]
    assert _employers(config, "Anmäler Per Ek. Han jobbar inte hos oss längre", [("Per Ek", "per.ek@falun.se")]) == [None]


# --- with the reader's hook (reading.py): the stated employer, the writer as the substitute, a forward spoken of
# as "he"/"she"

def test_the_stated_employer_outweighs_the_addresss_domain(config: Config, arrival: dt.datetime,
                                                           mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Jag och Per Ek vill komma på alla träffar. Per har en adress på falun.se "
                         "(per.ek@falun.se) men han jobbar hos oss.", sender=ANNA), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"), ("Per Ek", "per.ek@falun.se", "Mora kommun")]
    r = parse_email(mail("Hej! Anmäler Per Ek (per.ek@falun.se) till 3 maj. Han är anställd på Borlänge kommun men "
                         "sitter hos Falun.", sender=ANNA), config, arrival)
    assert people(r) == [("Per Ek", "per.ek@falun.se", "Borlänge kommun")]
    r = parse_email(mail("Hej, anmäler Per Ek (per.ek@falun.se) till 3 maj. Han jobbar inte hos oss.", sender=ANNA),
                    config, arrival)
    assert people(r) == [("Per Ek", "per.ek@falun.se", "Falu kommun")]


@pytest.mark.parametrize("text", [
    "Hej! Per Ek kan inte komma den 3 maj, så jag går i hans ställe.",
    "Hi, Per Ek cannot attend on 3 May, I will take his place.",
    "Hej! Jag ersätter Per Ek på träffen 3 maj.",
])
def test_the_writer_taking_a_colleagues_place_joins(config: Config, arrival: dt.datetime,
                                                    mail: Callable[..., bytes], text: str) -> None:
    r = parse_email(mail(text, sender=ANNA), config, arrival)
    assert r.change == "substitute"
    assert roles(r) == [("Anna Berg", Role.JOINING), ("Per Ek", Role.LEAVING)]


def test_the_writer_giving_a_place_away_still_leaves(config: Config, arrival: dt.datetime,
                                                     mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Jag kan inte komma 3 maj, Per Ek går i mitt ställe.", sender=ANNA), config, arrival)
    assert roles(r) == [("Anna Berg", Role.LEAVING), ("Per Ek", Role.JOINING)]


def test_a_forwarded_cancellation_spoken_of_as_he(config: Config, arrival: dt.datetime,
                                                  mail: Callable[..., bytes]) -> None:
    body = ("Hi, forwarding this - Per asked me to send it on. He wants to cancel.\n\n"
            "From: Per Ek <per.ek@mora.se>\nSent: 3 February 2027 10:00\nTo: Anna Berg <anna.berg@mora.se>\n"
            "Subject: DalaLab\n\nHi Anna, could you ask them to take me off the list for 21 September? /Per")
    r = parse_email(mail(body, sender=ANNA, subject="Fwd: DalaLab"), config, arrival)
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Per Ek", "per.ek@mora.se", "Mora kommun")]
