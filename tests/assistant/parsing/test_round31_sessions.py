"""Sessions, round 31: classes of readings, each in words of its own (none from a corpus), with near-misses.

- A: all sessions but one a pronoun points back to, the session named in the sentence before ("Jag hinner inte den
  21 september. Ändra min anmälan så att jag går på alla utom den.", "... all except that one"): all but that session
  (and, where the writer asks their signup changed, a change); not a pronoun with no session named before.
- B: a self-correction in the same message ("anmäl mig till 3/5 och 21/9. nä förresten, bara 21/9", "no wait, only
  May 3"): the sessions the correction settles on, read up to the first word that is no date's; not a correction of
  who ("nej vänta, bara jag"), and not "bara X" with no sessions named before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "3131", "Jonas Rehn")
JONAS = "Jonas Rehn <jonas.rehn@vansbro.se>"
SIGNED = "\n\nHälsningar\nJonas Rehn\nVansbro kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=JONAS, subject="Min anmälan"), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


# --- A: "alla utom den", the session named the sentence before

ALL_BUT_THAT = [
    ("Hej! Jag hinner inte den 21 september. Ändra min anmälan så att jag går på alla utom den.", [S1, S3, S4]),
    ("Jag kommer tyvärr inte kunna delta på den sista träffen. Ändra gärna min anmälan så att jag går på alla utom den.",
     [S1, S2, S3]),
    ("Hi, I can't make it on 29 November. Please change my registration so that I attend all except that one.",
     [S1, S2, S4]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_BUT_THAT)
def test_a_all_but_a_session_pointed_back_to(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_a_near_miss_all_but_a_named_session_keeps_its_reading(config: Config) -> None:
    r = _mail("Ändra min anmälan så att jag går på alla utom den i maj.", config)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [S2, S3, S4]


def test_a_near_miss_a_pronoun_with_no_session_before_names_none(config: Config) -> None:
    r = _mail("Jag har läst inbjudan. Jag vill gå på alla utom den.", config)
    assert sorted(r.sessions) == [S1, S2, S3, S4]     # nothing left out that the text never named


# --- B: a self-correction settles the sessions

CORRECTED = [
    ("anmäl mig till 3/5 och 21/9. nä förresten, bara 21/9", [S2]),
    ("skriv upp mig på 3 maj och 29 nov. nej vänta, bara 29 nov 😅 sitter i Mora", [S3]),
    ("please sign me up for May 3 and Feb 22. no wait, only May 3.", [S1]),
    ("anmäl mig till 21 sept och 22 feb. Nej, bara 22 feb.", [S4]),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTED)
def test_b_a_self_correction_settles_the_sessions(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("anmäl mig till 3 maj och 22 feb. nej vänta, bara jag och inte Per", [S1, S4]),   # who, not when
    ("anmäl mig till 3 maj och 22 feb, bara de två", [S1, S4]),
    ("bara 22 feb för min del, tack", [S4]),
])
def test_b_near_misses_keep_their_sessions(config: Config, text: str, expected: list[dt.date]) -> None:
    assert sorted(_chat(text, config).sessions) == expected
