"""A substitution naming only one side is asked about (found by trying the service as a user, eleventh session).
Before, "kan min kollega ta min plats 3 maj?" cancelled the writer's place on 3 May and booked nobody. Near-miss:
both sides named."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Role, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4721", "Eva Lund")


def test_a_substitute_not_named_is_asked_about(config: Config) -> None:
    r = parse_chat("kan min kollega ta min plats 3 maj?", CHAT, config, ARRIVAL)
    assert (r.intent, r.change) == (Intent.CHANGE, "substitute")
    assert Unsure.PEOPLE in r.unsure


def test_both_sides_named_is_not_asked_about(config: Config) -> None:
    r = parse_chat("min kollega Per Ek tar min plats 3 maj", CHAT, config, ARRIVAL)
    assert {p.role for p in r.people} == {Role.JOINING, Role.LEAVING}
    assert Unsure.PEOPLE not in r.unsure
