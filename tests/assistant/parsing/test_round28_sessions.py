"""Sessions, twenty-eighth round: classes of readings, each in words of its own (none from a corpus).

- an ordinal written as the day of a month ("the May 3rd meeting", "May 3rd one"): that date, not the session with
  that number;
- "except" misspelt ("exept", "excpet", "execpt") and "förutom" with a doubled r ("förrutom"): the sessions after it
  left out, as for the word spelt right;
- "alla"/"all" right before "utom"/"except"/"but" and a session ("alla utom den sista", "all except May", "all but the
  first"): the whole series less that one, no session noun needed; not when people are excepted ("alla utom Per");
- a four-letter month abbreviation with its vowel left out after a day ("21 spt"): that month; "Mrs" stays no month;
- a month said as when the writer started or moved in a job, in the past ("I started as an analyst at the county in
  November", "jag började som handläggare i Borlänge i oktober"): no session; not a start still to come ("I'd like to
  start in May"), nor a session named after a joining word.
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.dates import month_of
from assistant.parsing.parser import parse_chat
from assistant.parsing.sessions import find_mention
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, MARCH, S1, S2, S3, S4, SESSIONS, dates

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "8128", "Stina Berg")


# ------------------------------------------------ an ordinal as the day of a month
@pytest.mark.parametrize(("text", "expected"), [
    ("Please put me down for the May 3rd meeting only.", {S1}),
    ("Just the May 3rd workshop for me, thanks.", {S1}),
    ("Sign me up for the Feb 22nd session and the May 3rd session.", {S1, S4}),
    ("I can do the Monday, May 3rd one.", {S1}),
])
def test_an_ordinal_day_after_a_month_is_that_date(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Please book me on the 3rd session.", {S3}),                 # near-miss: a session's number
    ("I'd like the 2nd and 4th sessions.", {S2, S4}),
    ("May I join the first session?", {S1}),                      # near-miss: "May" the verb before an ordinal
])
def test_an_ordinal_with_no_month_before_stays_a_number(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_chat_signup_for_an_ordinal_day(config: Config) -> None:
    r = parse_chat("Hi, please register me and my colleague Omar Said from Mora. Just the May 3rd meeting so far.",
                   CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S1]


# ------------------------------------------------ "except" misspelt
@pytest.mark.parametrize(("text", "expected"), [
    ("I'll come to all the sessions exept the February one.", {S1, S2, S3}),
    ("All sessions excpet the May one please.", {S2, S3, S4}),
    ("sign me up for every session execpt the september one", {S1, S3, S4}),
    ("jag tar alla träffar förrutom den i november", {S1, S2, S4}),
])
def test_a_misspelt_except_leaves_out(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I expect the February session to be full.", {S4}),         # near-miss: "expect" is a word of its own
    ("All sessions except the May one please.", {S2, S3, S4}),    # spelt right, as before
])
def test_words_beside_except_keep_their_reading(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ "alla utom X" with no session noun
@pytest.mark.parametrize("text", [
    "jag vill vara med på alla utom den sista",
    "skriv upp mig på alla utom 21/9 tack",
    "I'll attend all except the May one.",
    "put me down for all but the first",
    "kan komma på alla förutom i februari",
    "vill va med på alla utom den sista, är bortrest 22 feb",
])
def test_all_before_an_excepted_session_is_the_whole_series(text: str) -> None:
    assert find_mention(text, SESSIONS, MARCH).whole


@pytest.mark.parametrize(("text", "expected"), [
    ("hejsan, vill gärna gå på alla utom den första, har redan nåt inbokat 3 maj. /stina", [S2, S3, S4]),
    ("I'd like to come to all except the last, I'm abroad on 22 Feb.", [S1, S2, S3]),
    ("vill va med på alla utom den sista, är bortrest 22 feb", [S1, S2, S3]),
])
def test_all_but_one_with_its_date_said_after(text: str, expected: list[dt.date], config: Config) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == expected


@pytest.mark.parametrize("text", [
    "alla utom Per kommer på 3 maj",                      # near-miss: a person excepted
    "vi kommer alla utom jag den 21/9",
    "all except Tom will attend on 29 November",
    "alla utom en av oss kan den 21/9",
])
def test_all_but_a_person_is_not_the_series(text: str) -> None:
    assert not find_mention(text, SESSIONS, MARCH).whole


def test_all_but_the_first_with_the_reason_after(config: Config) -> None:
    r = parse_chat("hejsan, vill gärna gå på alla utom den första, har ett annat åtagande 3 maj. /stina, mora kommun",
                   CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S2, S3, S4]


# ------------------------------------------------ a month abbreviation with its vowel left out
@pytest.mark.parametrize(("word", "month"), [("spt", 9), ("Spt", 9), ("spt.", 9)])
def test_a_month_without_its_vowel(word: str, month: int) -> None:
    assert month_of(word) == month


@pytest.mark.parametrize("word", ["mrs", "Mrs", "set", "uni"])
def test_a_word_that_drops_a_vowel_is_no_month(word: str) -> None:
    assert month_of(word) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("skriv upp mig på 3 maj o 21 spt tack", {S1, S2}),
    ("21 spt och 29 nov passar", {S2, S3}),
])
def test_sessions_with_a_dropped_vowel(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3 Mrs Lind och jag kommer 3 maj", {S1}),                    # near-miss: a title after a number
    ("we need 3 set of slides on 29 Nov", {S3}),
])
def test_a_dropped_vowel_word_names_no_month(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a month of a job started, in the past
@pytest.mark.parametrize(("text", "expected"), [
    ("I started as an analyst at the county administration in November and would like to attend in February.", {S4}),
    ("I began working at Mora municipality in September, so I'd like the May session.", {S1}),
    ("Jag började som handläggare på kommunen i november och vill gå på träffen i maj.", {S1}),
    ("jag flyttade hit till Borlänge i september, anmäl mig till 22/2", {S4}),
])
def test_a_month_of_a_past_start_is_no_session(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'd like to start in May and continue in September.", {S1, S2}),     # near-miss: a start to come
    ("Jag vill börja i maj.", {S1}),
    ("I started thinking about it and would like to join in November.", {S3}),
    ("Jag började fundera och vill anmäla mig till träffen i september.", {S2}),
])
def test_a_start_still_to_come_keeps_its_month(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_new_employee_signs_up_for_two_months(config: Config) -> None:
    r = parse_chat("Hello! I started as an engineer at Mora municipality in November and my boss asked me to join. "
                   "I'd like to take part in May and February.", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S1, S4]
