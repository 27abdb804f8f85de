"""A day said relative to the message ("imorgon", "idag", "dagens träff", "nästa vecka"): the session on it, or,
when no session is then, asked about (found by trying the service as a user, twelfth session). Before, "kan inte
komma imorgon, stryk mig" sent in January cancelled all four sessions, and "kan inte komma nästa vecka" did so even
the day before a session; "I'm sick and can't come on 3 May" was stated as a signup of the other three (the intent
model's reading). Near-misses: such a day told of something else ("jag är i dag anmäld till 3 maj", "Anna är på kurs
den här veckan och bad mig stryka henne från 21 september")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import S1, S2, STOCKHOLM, build_mail

JANUARY = dt.datetime(2027, 1, 15, 10, 0, tzinfo=STOCKHOLM)
EVE = dt.datetime(2027, 5, 2, 18, 0, tzinfo=STOCKHOLM)            # the Sunday before the first session
MORNING = dt.datetime(2027, 5, 3, 7, 0, tzinfo=STOCKHOLM)         # the first session's morning


def _chat(text: str, config: Config, at: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Anna Berg"), config, at)


def _mail(text: str, config: Config, at: dt.datetime) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nAnna Berg\nFalu kommun\n",
                                  sender="Anna Berg <anna.berg@falun.se>", subject="DalaLab"), config, at)


@pytest.mark.parametrize(("text", "at"), [
    ("kan inte komma imorgon, stryk mig. /anna berg, falu kommun", EVE),
    ("jag är sjuk idag och kan inte komma på dagens träff. /anna berg, falu kommun", MORNING),
    ("kan inte komma nästa vecka, stryk mig. /anna berg, falu kommun", EVE),
    ("I'm sick and can't come today, sorry. Anna Berg, Falu kommun", MORNING),
])
def test_a_relative_day_a_session_is_on_is_that_session(config: Config, text: str, at: dt.datetime) -> None:
    r = _chat(text, config, at)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1,)
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize(("text", "at"), [
    ("kan inte komma imorgon, stryk mig. /anna berg, falu kommun", JANUARY),
    ("jag är sjuk idag och kan inte komma. /anna berg, falu kommun", JANUARY),
    ("kan inte komma nästa vecka, stryk mig. /anna berg, falu kommun", MORNING),
    ("I can't make it tomorrow, please cancel. Anna Berg, Falu kommun", MORNING),
])
def test_a_relative_day_no_session_is_on_is_asked_about(config: Config, text: str, at: dt.datetime) -> None:
    r = _chat(text, config, at)
    assert r.intent == Intent.CANCEL
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag är i dag anmäld till 3 maj och 21 september. Jag kan inte komma på 21 september.", (S2,)),
    ("Anna Lund är på kurs den här veckan och bad mig stryka henne från 21 september.", (S2,)),
])
def test_a_relative_day_told_of_something_else_is_not_asked_about(config: Config, text: str,
                                                                   sessions: tuple[dt.date, ...]) -> None:
    r = _mail(text, config, JANUARY)
    assert r.intent == Intent.CANCEL
    assert r.sessions == sessions
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize("text", [
    "I'm sick and can't come on 3 May, sorry. Anna Berg, Falu kommun",
    "I'm sick, can't come on 3 May. Anna Berg, Falu kommun",
])
def test_only_cannot_come_is_a_cancellation_whatever_the_intent_model_reads(config: Config, text: str) -> None:
    # the intent model read the session named as a signup of the three others, and its reading was the one stated
    r = _chat(text, config, JANUARY)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1,)
