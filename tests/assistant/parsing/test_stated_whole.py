"""The sessions after a change said whole beside those held, with no change word (found by trying the service as a
user, thirteenth session): "Jag står på 3 maj och 21/9. Det ska vara 3 maj och 29 november." was a signup for three
sessions (21/9 kept, 29/11 added), and "Jag är anmäld till 3 maj och 21 september. Ändra till 3 maj och 29 november."
a change to all three. The set said is the set after the change."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nAnna Berg\nFalu kommun\n",
                                  sender="Anna Berg <anna.berg@falun.se>", subject="DalaLab"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "after"), [
    ("Jag står på 3 maj och 21/9. Det ska vara 3 maj och 29 november.", {S1, S3}),
    ("Jag är anmäld till 21 september och 29 november, det ska vara 21 september och 22 februari.", {S2, S4}),
    ("Jag är anmäld till 3 maj och 21 september. Ändra till 3 maj och 29 november.", {S1, S3}),
    ("I'm registered for May 3 and September 21. It should be May 3 and February 22.", {S1, S4}),
    ("Jag är anmäld till 3 maj och 21/9. Kan ni ändra det till 21/9 och 29/11?", {S2, S3}),
])
def test_the_set_said_after_those_held_is_the_set_after_the_change(config: Config, text: str,
                                                                   after: set[dt.date]) -> None:
    r = _mail(text, config)
    assert (r.intent, set(r.sessions)) == (Intent.CHANGE, after)


@pytest.mark.parametrize(("text", "intent", "sessions"), [
    # a signup widened with one more: not a whole set said
    ("Jag är anmäld till 3 maj. Lägg till 21 september också.", Intent.CHANGE, {S1, S2}),
    # a plain signup of two sessions
    ("Anmäl mig till 3 maj och 29 november.", Intent.REGISTER, {S1, S3}),
])
def test_near_misses(config: Config, text: str, intent: Intent, sessions: set[dt.date]) -> None:
    r = _mail(text, config)
    assert (r.intent, set(r.sessions)) == (intent, sessions)
