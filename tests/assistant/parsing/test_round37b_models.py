"""The rules over the intent model, round 37b: by class, in words of their own (none from a corpus), with near-misses.
These tests read with the shipped models (no ``rules_only``): the class is where the model's sure reading is set aside.

- A: a colleague added to the writer's earlier signup in a statement ("jag glömde en sak: min kollega Per Ek vill
  också vara med, på samma träffar som jag"): a signup of the colleague, though the model reads a change;
- B: leave asked to stand on the waiting list for a session ("går det att stå på reservlistan?"): a signup (for the
  waiting list), though the model reads a question; a question whether there is a waiting list stays a question;
- C: a substitution for one session ("X kan inte den 3/5. I hans ställe kommer Y"): a change, though the model reads
  the one who cannot come as a cancellation;
- D: a forward (VB:) of a colleague's old signup with the writer's own words striking the colleague ("se nedan – X
  har slutat, stryk honom från alla träffar"): a cancellation, though the model reads the forwarded signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S3, build_mail


def _mail(text: str, config: Config, sender: str, subject: str) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- A: a colleague added in a statement

@pytest.mark.parametrize("text", [
    ("Hej igen,\n\njag glömde en sak när jag anmälde mig förra veckan: min kollega Lars-Göran Berg vill också vara "
     "med, på samma sätt som jag, alltså alla fyra. Han har ingen fungerande mejl just nu, så skicka gärna "
     "bekräftelsen till mig.\n\nKarin Holm\nGagnefs kommun"),
    ("Hej! En sak till: min kollega Lars-Göran Berg ska också vara med på alla träffar, precis som jag.\n\n"
     "Karin Holm\nGagnefs kommun"),
])
def test_a_a_colleague_added_in_a_statement_is_a_signup(config: Config, text: str) -> None:
    r = _mail(text, config, "Karin Holm <karin.holm@gagnef.se>", "SV: Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Lars-Göran Berg"]
    assert list(r.sessions) == list(ALL)


def test_a_near_miss_the_writer_adding_a_session_is_a_change(config: Config) -> None:
    r = _mail("Hej igen! Jag glömde en sak: jag vill också vara med den 29 november, utöver 3 maj som jag redan är "
              "anmäld till.\n\nKarin Holm\nGagnefs kommun", config, "Karin Holm <karin.holm@gagnef.se>",
              "SV: Anmälan DalaLab")
    assert r.intent == Intent.CHANGE


# --- B: the waiting list asked for

@pytest.mark.parametrize("text", [
    ("Hej,\n\nJag förstår att Rättvik redan har tre anmälda (Sara, Jonas och Mira), men jag skulle gärna vara med på "
     "träffen om framtider och osäkerheter den 29.11. Går det att stå på reservlistan om någon lämnar återbud?"),
    ("Hej! Vi är visst redan tre från kommunen. Kan jag stå på väntelistan till den 29 november om det blir en plats "
     "ledig?"),
])
def test_b_the_waiting_list_asked_for_is_a_signup(config: Config, text: str) -> None:
    r = _mail(text + "\n\nEbba af Klint\nRättviks kommun", config, "Ebba af Klint <ebba.afklint@rattvik.se>",
              "Anmälan DalaLab – reservplats?")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Ebba af Klint"]
    assert list(r.sessions) == [S3]


def test_b_near_miss_whether_there_is_a_waiting_list_is_a_question(config: Config) -> None:
    r = _mail("Hej! Finns det någon reservlista om en kommun har fyllt sina platser?\n\nEbba af Klint\nRättviks kommun",
              config, "Ebba af Klint <ebba.afklint@rattvik.se>", "Fråga om DalaLab")
    assert r.intent == Intent.QUESTION


# --- C: a substitute for one session

@pytest.mark.parametrize("text", [
    ("Hej Linnea!\n\nOskar Nyberg kan tyvärr inte delta den 3/5 på grund av en resa. I hans ställe kommer Hanna "
     "Wik (hanna.wik@ludvika.se). På de andra träffarna går Oskar som vanligt."),
    ("Hej! Oskar Nyberg kan tyvärr inte komma den 3 maj. Hanna Wik (hanna.wik@ludvika.se) går i hans ställe den "
     "dagen."),
])
def test_c_a_substitute_for_one_session_is_a_change(config: Config, text: str) -> None:
    r = _mail(text + "\n\nMed vänlig hälsning\nGun Ek\nAdministratör\nLudvika kommun", config,
              "Gun Ek <gun.ek@ludvika.se>", "Ersättare 3/5 DalaLab")
    assert r.intent == Intent.CHANGE
    assert sorted(p.name or "" for p in r.people) == ["Hanna Wik", "Oskar Nyberg"]
    assert list(r.sessions) == [S1]


def test_c_near_miss_one_who_cannot_come_without_a_substitute_is_a_cancellation(config: Config) -> None:
    r = _mail("Hej Linnea!\n\nOskar Nyberg kan tyvärr inte delta den 3/5 på grund av en resa. På de andra träffarna "
              "går han som vanligt.\n\nMed vänlig hälsning\nGun Ek\nLudvika kommun", config,
              "Gun Ek <gun.ek@ludvika.se>", "DalaLab 3/5")
    assert r.intent == Intent.CANCEL


# --- D: a forwarded signup struck

FORWARDED = ("\n\n-----Ursprungligt meddelande-----\nFrån: Jonas Ahl <jonas.ahl@sater.se>\nSkickat: den 2 december 2026 "
             "09:14\nTill: linnea.hassis@regiondalarna.se\nÄmne: Anmälan DalaLab\n\nHej!\nJag anmäler mig till "
             "DalaLab, samtliga fyra tillfällen. Inga matallergier.\nJonas Ahl, Säters kommun\n")


@pytest.mark.parametrize("text", [
    "Hej Linnea,\n\nse nedan – Jonas har gått vidare till ett annat jobb, så stryk honom från alla träffar.",
    "Hej,\n\nJonas har slutat hos oss. Ta bort honom från DalaLab, tack.",
])
def test_d_a_forwarded_signup_struck_is_a_cancellation(config: Config, text: str) -> None:
    r = _mail(text + "\n\nBritt Sand\nEnhetschef\nSäters kommun" + FORWARDED, config,
              "Britt Sand <britt.sand@sater.se>", "VB: Anmälan DalaLab")
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Jonas Ahl"]


def test_d_near_miss_a_forwarded_signup_passed_on_is_a_signup(config: Config) -> None:
    r = _mail("Hej Linnea,\n\nse nedan – Jonas anmälan kom visst aldrig fram, så jag skickar den vidare.\n\nBritt Sand\n"
              "Säters kommun" + FORWARDED, config, "Britt Sand <britt.sand@sater.se>", "VB: Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
