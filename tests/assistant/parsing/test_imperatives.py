"""A sentence that opens with an imperative verb ("Avanmäl Per Holm från 21 september") names the person after
the verb: the verb is never part of the name, however it is capitalised."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.test_people import names

SEP = dt.date(2027, 9, 21)


@pytest.mark.parametrize("sentence", [
    "Avanmäl Per Holm från 21 september", "AVANMÄL Per Holm", "Anmäl Per Holm till 21 september.",
    "Flytta Per Holm från 3 maj till 21 september", "Radera Per Holm", "Lägg till Per Holm", "Ta bort Per Holm",
    "Ta Bort Per Holm", "Byt Per Holm mot Eva Lind", "Boka Per Holm på 21/9", "Stryk Per Holm", "Boka In Per Holm",
    "Ersätt Per Holm med Eva Lind", "Ändra Per Holm", "- Avanmäl Per Holm", "Cancel Per Holm for 21 September",
    "Register Per Holm", "Remove Per Holm", "Move Per Holm to 21 September",
])
def test_the_verb_opening_a_sentence_is_not_part_of_a_name(sentence: str) -> None:
    assert names(sentence)[0] == "Per Holm"


def test_names_that_are_no_verbs_stay_whole() -> None:
    assert names("Per Holm kan inte komma") == ["Per Holm"]
    assert names("Tack, Boka Berg är anmäld") == ["Boka Berg"]       # not at the start: not an instruction
    assert names("Anna Lind Berg kommer") == ["Anna Lind Berg"]


def test_a_colleague_cancelling_someone_names_the_person_only(config: Config, arrival: dt.datetime,
                                                              mail: Callable[..., bytes]) -> None:
    body = "Hej!\n\nAvanmäl Per Holm från 21 september\n\nKarin Chef\nFalu kommun"
    r = parse_email(mail(body, sender="Karin Chef <karin.chef@falun.se>", subject="Avanmälan"), config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == (SEP,)
    assert [p.name for p in r.people] == ["Per Holm"]


def test_an_instruction_to_move_someone_names_the_person_only(config: Config, arrival: dt.datetime,
                                                              mail: Callable[..., bytes]) -> None:
    body = "Flytta Per Holm från 3 maj till 21 september.\n\nKarin Chef\nFalu kommun"
    r = parse_email(mail(body, sender="Karin Chef <karin.chef@falun.se>", subject="Ändring"), config, arrival)
    assert [p.name for p in r.people] == ["Per Holm"]
