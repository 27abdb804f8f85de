"""A diet given up for a new one in the same breath ("hon är inte längre vegetarian men har nötallergi", "I'm no
longer vegan, but I now have a nut allergy") records the new one; before, the old one's withdrawal took the new one
with it (corpus batch 49). Near-misses: a diet only withdrawn ("jag är inte längre vegan") leaves none, and one named
before its withdrawal ("det står glutenfri på mig, men jag har ingen specialkost") is no new one."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

GUNNAR = "Gunnar Ås <gunnar.as@rattvik.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=GUNNAR, subject="Kost"), config, ARRIVAL)


@pytest.mark.parametrize(("body", "need"), [
    (("Hej, en ändring för Lisa Berg som är anmäld från oss: hon är inte längre vegetarian men har glutenallergi. "
      "Allt annat gäller som förut.\n\nGunnar Ås\nRättviks kommun"), "glutenallergi"),
    ("Hej! Jag är inte längre vegan, men jag har fått laktosintolerans. Ändra gärna det.\n/Gunnar Ås",
     "laktosintolerans"),
    ("Hi, I'm no longer vegetarian, but I now have a nut allergy. Please update my registration.\nGunnar Ås",
     "nut allergy"),
])
def test_the_new_diet_is_recorded(body: str, need: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.CHANGE
    assert r.diet == need
    assert [p.diet for p in r.people] == [need]


@pytest.mark.parametrize("body", [
    "Hej! Jag är inte längre vegan. Kan ni ändra det?\n/Gunnar Ås",
    "Hej! Det står glutenfri på mig, men jag har ingen specialkost. Kan ni ändra?\n/Gunnar Ås",
])
def test_a_diet_only_withdrawn_leaves_none(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.CHANGE
    assert r.diet is None
