"""Sessions, twenty-second round: classes of readings, each in words of its own (none from a corpus).

- "de andra träffarna", "dom andra tillfällena", "men inte på de andra" (plural): the other sessions, never the
  second one; when nothing names what they are other than, they name no session (not "den andra träffen");
- "alla" for the whole series after a word of going to it, followed by a small word before the clause ends ("vill
  gå på alla nu", "jag tar alla istället", "kan jag vara med på alla också?"): every session.
"""

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, SESSIONS, dates

CHAT = Sender("telegram", "8080", "Siv Lund")
SIV = "Siv Lund <siv.lund@orsa.se>"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, mail: Callable[..., bytes], body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=SIV, subject=subject), config, ARRIVAL)


# ------------------------------------------------ "de andra" (plural): the others, not the second
@pytest.mark.parametrize(("text", "expected"), [
    ("de andra träffarna går bra", set()),
    ("de andra tillfällena passar", set()),
    ("dom andra träffarna kan jag inte", set()),
    ("de två andra träffarna funkar fint", set()),
    ("de andra två träffarna funkar fint", set()),
    ("Jag hänger med på första träffen, men inte på de andra.", {S1}),
    ("jag kommer på 3 maj men inte de andra", {S1}),
    ("Jag kommer på 3 maj men inte på de andra träffarna.", {S1}),
    # near-misses: the second session, singular or with other ordinals; the others taken beside a named one
    ("den andra träffen", {S2}),
    ("andra träffen", {S2}),
    ("första och andra träffen", {S1, S2}),
    ("den andra och tredje träffen", {S2, S3}),
    ("anmäl mig till 3 maj och de andra träffarna", set(SESSIONS)),
    ("kan inte 3 maj, så anmäl mig till de andra träffarna", {S2, S3, S4}),
])
def test_the_others_are_not_the_second(text: str, expected: set) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "hej, siv lund från orsa. kommer tyvärr inte kunna 22/2, har en resa. de andra träffarna går bra",
    "Hej! Jag kan tyvärr inte komma den 22 februari. De andra tillfällena passar fint. Siv Lund, Orsa kommun",
])
def test_a_withdrawal_beside_the_others_named_fine(config: Config, text: str) -> None:
    r = _chat(config, text)
    # a withdrawal of 22/2 (the others kept), or, read as a signup, the others: never the second session alone
    assert set(r.sessions) in ({S4}, {S1, S2, S3})


# ------------------------------------------------ "alla" then a small word: every session
@pytest.mark.parametrize(("text", "expected"), [
    ("vill gå på alla nu om det finns plats", set(SESSIONS)),
    ("jag tar alla istället", set(SESSIONS)),
    ("jag tar alla i stället", set(SESSIONS)),
    ("kan jag vara med på alla också?", set(SESSIONS)),
    ("då kommer jag på alla nu", set(SESSIONS)),
    ("hon går på alla då", set(SESSIONS)),
    ("I'd like to attend all instead", set(SESSIONS)),
    ("jag tar alla", set(SESSIONS)),
    # near-misses: "alla" as everyone, "alla" before a noun of something else
    ("tar alla med sig lunch?", set()),
    ("kommer alla att få ett mejl?", set()),
    ("går på alla nu planerade möten i kommunen", set()),
    ("vi tar alla nu en paus", set()),
])
def test_all_then_a_small_word(text: str, expected: set) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "anmälde mig bara till första träffen men vill gå på alla nu om det finns plats! siv, orsa",
    "Hej! Jag står på 3 maj men vill vara med på alla också om det går. Siv Lund, Orsa kommun",
    "hej, är anmäld till första träffen men kommer på alla nu! siv, orsa",
])
def test_an_extension_to_all(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert set(r.sessions) == set(SESSIONS)


def test_a_signup_for_all_now(config: Config, mail: Callable[..., bytes]) -> None:
    r = _mail(config, mail, "Hej!\n\nJag vill gå på alla nu, anmäl mig gärna.\n\nSiv Lund\nOrsa kommun")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == set(SESSIONS)
