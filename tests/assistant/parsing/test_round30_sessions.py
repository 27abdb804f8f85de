"""Sessions and diet, thirtieth round: classes of readings, each in words of its own (none from a corpus).

- sessions named by their ordinals right after a comma ("Vi är tre, andra och fjärde träffen", "Från Leksand,
  första och tredje tillfället:"): the ordinals name those sessions as they do at a sentence's start; still not a
  list's later ordinals read again on their own (a list of ordinals is read whole, in linear time);
- a diet compound written as two words (dictated, typed in haste: "laktos fri", "gluten fri", "nöt allergi"): that
  need, written joined ("laktosfri"); "gluten intolerant" keeps its reading as written, and "fri" after another
  word ("helt fri", "dagen fri") is no need.
"""

import datetime as dt
import time

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_chat
from assistant.request import Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "8130", "Olle Strand")


def chat_sessions(text: str, config: Config) -> list[dt.date]:
    return sorted(parse_chat(text, CHAT, config, ARRIVAL).sessions)


# ------------------------------------------------ ordinals right after a comma
@pytest.mark.parametrize(("text", "expected"), [
    ("Vi är tre från Leksand, andra och fjärde träffen:", {S2, S4}),
    ("Anmälan för Mora kommun, första och tredje tillfället.", {S1, S3}),
    ("Hej, sista träffen vill jag gå på.", {S4}),
    ("Sign us up, first and last sessions please.", {S1, S4}),
])
def test_ordinals_after_a_comma_name_their_sessions(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_list_after_a_comma_is_signed_up_for(config: Config) -> None:
    text = "Hej,\n\nAnmäler oss från Leksand, andra och sista träffen:\n\nBerg, Anna\nEk, Per\n\nMvh\nOlle Strand"
    assert chat_sessions(text, config) == [S2, S4]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi kommer på första och sista träffen.", {S1, S4}),          # near-miss: no comma, as before
    ("första, andra och fjärde träffen", {S1, S2, S4}),            # a list after commas: read whole, as before
    ("Jag tar den första, tredje träffen.", {S1, S3}),
])
def test_ordinal_lists_keep_their_reading(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_long_list_of_ordinals_after_commas_stays_linear() -> None:
    text = "Hej, " + ", ".join(["första", "andra"] * 3000) + " vet inte"
    start = time.perf_counter()
    dates(text)
    assert time.perf_counter() - start < 1.0


# ------------------------------------------------ a diet compound written as two words
@pytest.mark.parametrize(("text", "expected"), [
    ("jag heter olle och jag är laktos fri", "laktosfri"),
    ("hon behöver gluten fri kost", "glutenfri kost"),
    ("Per har nöt allergi", "nötallergi"),
    ("mjölk fritt till fikat tack", "mjölkfritt"),
])
def test_a_split_diet_compound_is_that_need(text: str, expected: str) -> None:
    assert find_diet(text) == expected


def test_a_dictated_signup_keeps_the_split_need(config: Config) -> None:
    r = parse_chat("anmäl mig till alla träffarna jag heter olle strand från mora kommun och jag är gluten fri",
                   CHAT, config, ARRIVAL)
    assert r.diet == "glutenfri"
    assert set(r.sessions) == {S1, S2, S3, S4}


@pytest.mark.parametrize(("text", "expected"), [
    ("jag är gluten intolerant", "gluten intolerant"),      # near-miss: kept as written, as before
    ("jag är laktosfri", "laktosfri"),
    ("jag har dagen fri", None),                            # "fri" after another word: no need
    ("ingen av oss är laktos fri", None),                   # denied
    ("Jag är helt fri från och med maj", None),
])
def test_near_misses_keep_their_diet(text: str, expected: str | None) -> None:
    assert find_diet(text) == expected
