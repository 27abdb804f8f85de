"""Reading, twenty-first round (b), by class: a move written as a new set overlapping the old one ("byt från träff
1+2 till 1+4") is the new set whole; an absence said with a name or noun subject and a kind of leave ("i maj är Roger
föräldraledig", "is on parental leave in May") drops that session. Variants in other words than the corpus, and
near-misses that must not change."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Siv Lund") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "77", who), config, arrival)


# Class 1: a move whose new set overlaps the old one and names two or more sessions: the new set whole.
@pytest.mark.parametrize(("text", "expected"), [
    ("hej! byt från träff 1+2 till 1+4 om det går /Siv, Orsa kommun", {S1, S4}),
    ("Hej, kan ni flytta mig från träff 2 och 3 till 3 och 4? Siv Lund, Orsa kommun", {S3, S4}),
    ("Hi, please change me from session 2 and 3 to 3 and 4. Siv Lund, Orsa kommun", {S3, S4}),
    ("Hej! Ändra min anmälan från tillfälle 1, 2 till 1, 3 tack. Siv Lund, Orsa kommun", {S1, S3}),
    ("hej, vill byta från 3 maj och 21/9 till 3 maj och 29/11. Siv Lund, Orsa kommun", {S1, S3}),
    ("Hi! Could you move me from May 3 and Sept 21 to Sept 21 and Feb 22? Siv Lund, Orsa kommun", {S2, S4}),
    ("Hej! Kan ni flytta mig från träff 1, 2 och 3 till 2, 3 och 4? Siv Lund, Orsa kommun", {S2, S3, S4}),
    # near-misses: no overlap, or a single new session
    ("Hej! Flytta mig från tillfälle 1 och 2 till 3 och 4. Siv Lund, Orsa kommun", {S3, S4}),
    ("Hej, kan ni byta från träff 2 till 3? Siv Lund, Orsa kommun", {S3}),
    ("Hi, please change me from session 2 to 4. Siv Lund, Orsa kommun", {S4}),
    ("Hej! Byt från träff 1 till 2 tack. Siv Lund, Orsa kommun", {S2}),
])
def test_a_move_to_an_overlapping_set(text: str, expected: set[dt.date], config: Config,
                                      arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# Class 2: an absence said with a name or noun subject and a kind of leave: that session is not signed up for.
@pytest.mark.parametrize(("text", "expected"), [
    (("Hej! Anmäl mig och Roger Dahl till DalaLab. Vi kan inte 21 september, och i maj är Roger föräldraledig. "
     "Så 29/11 och 22/2 för oss båda. Siv Lund, Orsa kommun"), {S3, S4}),
    (("Hej, jag vill anmäla mig till DalaLab. Jag är tjänstledig i september, så 3 maj, 29/11 och 22/2. "
     "Siv Lund, Orsa kommun"), {S1, S3, S4}),
    (("Hi, please sign me up for DalaLab. I am on parental leave in May, so September, November and February. "
     "Siv Lund, Orsa kommun"), {S2, S3, S4}),
    ("Hej! Anmäl mig till alla träffar utom i maj, då är jag föräldraledig. Siv Lund, Orsa kommun", {S2, S3, S4}),
    (("Hej! Anmäl mig och min kollega Per Ek. I september är kollegan sjukledig, vi tar 3 maj och 29/11. "
     "Siv Lund, Orsa kommun"), {S1, S3}),
    (("Hi, register me and Per Ek please. Per is on sick leave in September; we'll take May 3 and Nov 29. "
     "Siv Lund, Orsa kommun"), {S1, S3}),
    # near-misses: a leave starting after or ending before a session, a place free
    (("Hi, please sign me up for the first meeting on May 3rd only - I'm on parental leave from June. "
     "Siv Lund, Orsa kommun"), {S1}),
    ("Hej! Anmäl mig till 21/9 och 29/11, jag är föräldraledig till och med augusti. Siv Lund, Orsa kommun",
     {S2, S3}),
    ("Hej! Anmäl mig till 3 maj och 21/9. Siv Lund, Orsa kommun", {S1, S2}),
    ("Hej! Om en plats blir ledig 21/9 vill jag gärna anmäla mig dit. Siv Lund, Orsa kommun", {S2}),
])
def test_an_absence_on_leave(text: str, expected: set[dt.date], config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# Class 3: a forward whose writer only points below: the people of the forwarded part, not the forwarder.
BOSS = "Olle Berg <olle.berg@orsa.se>"
FWD_SV = ("\n\n-------- Vidarebefordrat meddelande --------\nFrån: Eva Lind <eva.lind@orsa.se>\n"
          "Datum: 2 februari 2027 10:00\nTill: Olle Berg <olle.berg@orsa.se>\nÄmne: DalaLab\n\n")
FWD_CC = ("\n\nFrån: Eva Lind <eva.lind@orsa.se>\nSkickat: den 2 februari 2027 10:00\n"
          "Till: Olle Berg <olle.berg@orsa.se>\nKopia: Jonas Frisk <jonas.frisk@orsa.se>\nÄmne: SV: DalaLab\n\n")
FWD_EN = ("\n\n---------- Forwarded message ---------\nFrom: Eva Lind <eva.lind@orsa.se>\n"
          "Date: 2 February 2027\nTo: Olle Berg <olle.berg@orsa.se>\nSubject: DalaLab\n\n")
EVA_AND_JONAS = [("Eva Lind", "eva.lind@orsa.se"), ("Jonas Frisk", "jonas.frisk@orsa.se")]


def pairs(r: ParsedRequest) -> list[tuple[str | None, str | None]]:
    return sorted(((p.name, p.email) for p in r.people), key=str)


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej Linnea,\n\nKan du anmäla dessa två enligt nedan? Själv är jag inte med.\n\nOlle Berg\nOrsa kommun"
     + FWD_SV + "Hej Olle! Jonas Frisk (jonas.frisk@orsa.se) och jag vill gärna gå på DalaLab, 3 maj och 21/9. "
     "Kan du anmäla oss?\n/Eva", EVA_AND_JONAS),
    ("Hej,\n\nSe nedan – kan du anmäla dem? Jag sköter anmälningarna åt förvaltningen.\n\nOlle Berg\nOrsa kommun"
     + FWD_SV + "Hej Olle!\n\nKan du anmäla mig och Jonas Frisk till DalaLab? 3 maj och 21 september.\n\n"
     "Jonas adress är jonas.frisk@orsa.se.\n\nTack!\nEva", EVA_AND_JONAS),
    ("Hi Linnea,\n\nPlease register them as below, I won't attend myself.\n\nOlle Berg\nOrsa kommun"
     + FWD_EN + "Hi Olle, Jonas Frisk (jonas.frisk@orsa.se) and I would like to attend DalaLab on May 3 and "
     "September 21. Could you sign us up?\nEva", EVA_AND_JONAS),
    ("Linnea – OK från mig, anmäl Eva och Jonas enligt nedan.\n\n/Olle Berg\nOrsa kommun"
     + FWD_SV + "Hej Olle!\n\nJonas Frisk och jag skulle gärna gå på 3 maj och 21/9. Okej att vi anmäler oss?\n\n"
     "/Eva", [("Eva Lind", "eva.lind@orsa.se"), ("Jonas Frisk", None)]),
    ("Hej Linnea,\n\nSe nedan – anmäl gärna Eva och Jonas enligt vad de skriver. Jag går inte själv.\n\n/Olle"
     + FWD_CC + "Hej Olle!\n\nJag vill gärna gå på 3 maj och 21/9. Jonas sa att han också kan de dagarna.\n\n/Eva",
     EVA_AND_JONAS),
    # near-misses: the forwarder also signs up; the forward's writer alone asks for herself
    ("Hej Linnea,\n\nAnmäl mig också, och Eva enligt nedan.\n\nOlle Berg\nOrsa kommun"
     + FWD_SV + "Hej Olle! Jag vill gärna gå på DalaLab 3 maj och 21/9. Kan du anmäla mig?\n/Eva",
     [("Eva Lind", "eva.lind@orsa.se"), ("Olle Berg", "olle.berg@orsa.se")]),
    ("Hej Linnea,\n\nKan du anmäla henne enligt nedan? Själv är jag inte med.\n\nOlle Berg\nOrsa kommun"
     + FWD_SV + "Hej Olle! Jag vill gärna gå på DalaLab 3 maj och 21/9. Kan du anmäla mig?\n/Eva",
     [("Eva Lind", "eva.lind@orsa.se")]),
])
def test_a_forward_pointing_below(body: str, expected: list[tuple[str, str | None]], config: Config,
                                  arrival: dt.datetime) -> None:
    r = parse_email(build_mail(body, sender=BOSS, subject="VB: DalaLab"), config, arrival)
    assert r.intent == Intent.REGISTER
    assert pairs(r) == expected
    assert set(r.sessions) == {S1, S2}
