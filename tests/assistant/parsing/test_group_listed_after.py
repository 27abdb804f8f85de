"""A group told of, then listed (corpus batch 50, twelfth session). Before, "vi blir 4 från regionen på träffen 21/9.
jag (Maria Eng) + Ali Yusuf + två till" booked the writer alone: the list after a full stop was no list of the
signup, and a name before "+" was taken for a firm's ("Berg + Ström"). And "jag på alla, de två bara i höst" booked
all three on the autumn only, asking nothing. Near-misses: a firm with "+" in its name, a list not after a group."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config, name: str = "Maria Eng") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4717", name), config, ARRIVAL)


@pytest.mark.parametrize(("text", "names"), [
    ("vi blir 4 från regionen på träffen 21/9. jag (Maria Eng) + Ali Yusuf + två till som jag återkommer om",
     ["Maria Eng", "Ali Yusuf"]),
    ("vi blir 3 från regionen på träffen 21/9: jag + Ali Yusuf + Eva Lind", ["Maria Eng", "Ali Yusuf", "Eva Lind"]),
    ("Vi blir tre från regionen på träffen 21/9. Jag + Ali Yusuf + Eva Lind.", ["Maria Eng", "Ali Yusuf", "Eva Lind"]),
])
def test_those_listed_after_a_group_told_of_are_booked(config: Config, text: str, names: list[str]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == names
    assert r.sessions == (S2,)


def test_a_firm_with_a_plus_is_no_person(config: Config) -> None:
    r = _chat("Anmäl mig till 21/9. Jag jobbar på Berg + Ström Arkitekter i Falun.", config)
    assert [p.name for p in r.people] == ["Maria Eng"]


@pytest.mark.parametrize("parts", [
    "jag på alla, de två bara i höst",
    "jag på alla, olle och malin bara i höst",
    "Jag kommer på alla, de andra två bara i höst.",
])
def test_the_writer_on_all_and_the_others_on_some_is_asked(config: Config, parts: str) -> None:
    r = _chat("vi blir tre från rättvik: jag (kicki åström), olle dahl och malin persson. " + parts, config,
              name="Kicki Åström")
    assert len(r.people) == 3
    assert r.sessions == ALL
    assert Unsure.EACH_OWN in r.unsure


def test_all_on_the_same_sessions_is_not_asked(config: Config) -> None:
    r = _chat("vi blir tre från rättvik: jag (kicki åström), olle dahl och malin persson. vi kommer på alla", config,
              name="Kicki Åström")
    assert r.sessions == ALL
    assert Unsure.EACH_OWN not in r.unsure
