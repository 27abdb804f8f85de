"""A chat writer shown by a double given name ("Anna-Lena 🌸", "Per-Erik") who signs with its initials and a surname
("/AL Ström, Mora", "/PE Holm, Orsa") is that given name with the surname ("Anna-Lena Ström"); before, the signature was
read as a name written surname first ("Ström Al"; corpus batch 49). Near-misses: a signature of other initials, or
of a whole other name, is no written-out name of the writer's."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, shown: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5150", shown), config, ARRIVAL)


@pytest.mark.parametrize(("shown", "text", "name"), [
    ("Anna-Lena 🌸", "anmäl mig till 3 maj tack! /AL Ström, Mora", "Anna-Lena Ström"),
    ("Per-Erik", "kan inte 21 sept, stryk mig från den. /PE Holm, Orsa", "Per-Erik Holm"),
])
def test_the_initials_of_the_double_name_signed_with_a_surname(shown: str, text: str, name: str,
                                                                config: Config) -> None:
    r = _chat(text, shown, config)
    assert [p.name for p in r.people] == [name]


def test_other_initials_are_not_the_writers(config: Config) -> None:
    r = _chat("anmäl mig till 3 maj tack! /KJ Ström, Mora", "Anna-Lena", config)
    assert "Anna-Lena Ström" not in [p.name for p in r.people]
