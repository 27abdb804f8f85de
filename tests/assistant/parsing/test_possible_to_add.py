"""Someone asked added by "går det att lägga till ...?" / "är det möjligt att ta med ...?" ("går det att lägga till Per
Ek till första träffen 3 maj?") is the one signed up; before, only "kan ni/vi lägga till" named them, and the writer
was read as the one coming (corpus batch 49). Near-misses: a session added ("går det att lägga till 21/9?") names the
writer, and a question of what is possible with no one named adds no one."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAJA = "Maja Berg <maja.berg@gagnef.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=MAJA, subject="En till från Gagnef?"), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    ("Hej!\n\nGår det att lägga till Olof Sand till första träffen 3 maj? Annars står han gärna på reservlistan.\n\n"
     "Mvh Maja Berg\nGagnefs kommun"),
    "Hej! Är det möjligt att ta med Olof Sand på träffen den 3 maj?\n\nMaja Berg\nGagnefs kommun",
    ("Hej!\n\nVi är redan två anmälda från Gagnef (Eva och jag). Går det att lägga till Olof Sand till den 3 maj "
     "också?\n\nMaja Berg\nGagnefs kommun"),
])
def test_the_one_asked_added_is_signed_up(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Olof Sand"]


def test_a_session_asked_added_is_the_writers(config: Config) -> None:
    r = _mail("Hej! Jag är anmäld till 3 maj. Går det att lägga till 21 september också?\n\nMaja Berg\nGagnefs kommun",
              config)
    assert [p.name for p in r.people] == ["Maja Berg"]
