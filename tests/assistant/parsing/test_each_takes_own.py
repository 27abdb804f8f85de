"""People who each take their own sessions in everyday words, one clause each ("Anna Vik tar 3 maj och 29 november,
Björn Sahlin tar 21 september och 22 februari", "jag kör 3 maj och 21 sept, kollegan Per Ek tar 29 nov och feb"):
those named are the people (before, a name opening such a clause was not read as one taking part, and "jag kör 3
maj" not as the writer coming), and each their own sessions is asked about (``Unsure.EACH_OWN``; corpus batch 49).
Near-misses: two who take the same sessions, and two taking them together, are no each-their-own."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

STINA = "Stina Hed <stina.hed@mora.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=STINA, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    ("Hej!\n\nVi delar upp träffarna:\nLena Dahl tar 3 maj och 29 november,\nOla Ström tar 21 september och "
     "22 februari.\n\nJag deltar inte själv.\n\nStina Hed\nMora kommun"),
    ("Hej! Lena Dahl tar 3 maj och 29 november, Ola Ström tar 21 september och 22 februari. Själv deltar jag inte."
     "\n\nStina Hed\nMora kommun"),
])
def test_two_named_each_taking_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Lena Dahl", "Ola Ström"]
    assert sorted(r.sessions) == list(ALL)
    assert Unsure.EACH_OWN in r.unsure


def test_the_writer_and_a_colleague_each_their_own_in_a_chat(config: Config) -> None:
    r = parse_chat("hej! jag kör 3 maj och 21 sept, kollegan Ola Ström tar 29 nov och feb. båda mora kommun. "
                   "//Stina Hed", Sender("telegram", "77", "stina h"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert {p.name for p in r.people} == {"Stina Hed", "Ola Ström"}
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("body", [
    "Hej! Lena Dahl tar 3 maj och 29 november, Ola Ström tar 3 maj och 29 november.\n\nStina Hed\nMora kommun",
    "Hej! Lena Dahl och Ola Ström tar 3 maj och 29 november.\n\nStina Hed\nMora kommun",
])
def test_the_same_sessions_are_no_each_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert {"Lena Dahl", "Ola Ström"} <= {p.name for p in r.people}
    assert Unsure.EACH_OWN not in r.unsure
