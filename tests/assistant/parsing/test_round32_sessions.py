"""Sessions, round 32: classes of readings, each in words of its own (none from a corpus), with near-misses.

- A: the swap verb with its "t" doubled, "bytta", in the swap's own shape (a date, "mot"/"till", another date: "jag
  vill bytta 22 februari mot 29 november"): a change to the new session only, as "byta"; not "bytta" out of that
  shape (a tub), and "byta" itself unchanged;
- B: a Swedish ordinal written before a month's name ("tredje maj", "the första mars meeting"): the day of that
  month, so the session in it, not the session of that number; an ordinal before a session noun ("tredje träffen")
  still names the third session.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "3232", "Maja Tell")
MAJA = "Maja Tell <maja.tell@gagnef.se>"
SIGNED = "\n\nHälsningar\nMaja Tell\nGagnefs kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=MAJA, subject="DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


# --- A: "bytta" in the swap's shape

@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Jag skulle vilja bytta 22 februari mot 29 november om det går.", [S3]),
    ("Kan jag bytta 21/9 till 22/2? Det krockar med en annan konferens.", [S4]),
])
def test_a_doubled_t_swap_gives_the_new_session(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == expected


def test_a_near_miss_the_plain_swap_verb_still_swaps(config: Config) -> None:
    r = _mail("Hej! Jag vill byta 22 februari mot 29 november.", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S3]


def test_a_near_miss_bytta_out_of_the_swap_shape_is_no_swap(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mig till 3 maj. Vi har köpt en ny bytta till kontoret, helt orelaterat.", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


# --- B: "tredje maj": the day of the month

@pytest.mark.parametrize("text", [
    "hi! I'd like to join the tredje maj meeting please. Maja Tell, Gagnefs kommun",
    "hej, jag vill gärna komma på tredje maj träffen. /Maja, Gagnef",
])
def test_b_ordinal_before_a_month_is_its_day(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


def test_b_near_miss_ordinal_before_a_session_noun_is_its_number(config: Config) -> None:
    r = _chat("hej, jag vill gärna komma på tredje träffen. /Maja, Gagnef", config)
    assert list(r.sessions) == [S3]


def test_b_near_miss_ordinal_with_another_word_before_the_noun(config: Config) -> None:
    r = _chat("hej, jag vill gärna vara med på den andra och fjärde digitala träffen. /Maja, Gagnef", config)
    assert sorted(r.sessions) == [S2, S4]
