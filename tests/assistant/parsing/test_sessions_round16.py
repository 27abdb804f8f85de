"""Sessions, sixteenth round: general readings, each class in words of its own (none from a corpus).

- a bare swap over the writer's own earlier signup quoted below ("could you move me from X to Y"): only the new
  session, as any bare swap; over our confirmation quoted, the sessions held with the one replaced (as before);
- in a cancellation, a clause saying the writer comes to some sessions ("men 21/9 kommer jag", "I'll attend in
  February") names those kept, not those given up; "blir inget X" gives a day up; "hoppar av X", "ta bort mig
  från X" give it up too;
- "stryk mig från resten", "cancel the rest" beside the sessions kept ("kan bara 3/5"): the others cancelled;
- "anmäl mig också till samma träffar" under someone's quoted signup: the sessions of that signup.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

CHAT = Sender("telegram", "8416", "Jonas Ek")
JONAS = "Jonas Ek <jonas.ek@orsa.se>"


# ------------------------------------------------ a bare swap over one's own quoted signup
def _own_signup_below(note: str, signup: str) -> str:
    return (f"{note}\n\nJonas\n\n________________________________\nFrom: Jonas Ek\nSent: Monday, January 11, 2027 "
            f"9:12 AM\nTo: linnea.hassis@regiondalarna.se\nSubject: DalaLab\n\n{signup}\n")


@pytest.mark.parametrize(("note", "signup", "expected"), [
    ("Hello again, could you move me from September 21 to the February 22 session? Thanks.",
     "Hi, I would like to register for the DalaLab sessions on May 3 and September 21.", {S4}),
    ("Hej igen! Kan ni byta 3 maj mot 29 november för min del?",
     "Hej! Jag vill anmäla mig till träffarna 3 maj och 22 februari.", {S3}),
])
def test_a_bare_swap_over_ones_own_quoted_signup_gives_the_new_session(
        config: Config, mail: Callable[..., bytes], note: str, signup: str, expected: set[dt.date]) -> None:
    r = parse_email(mail(_own_signup_below(note, signup), sender=JONAS, subject="RE: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


def test_a_swap_over_our_quoted_confirmation_keeps_the_sessions_held(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Kan ni byta 21 september mot 29 november?\n\nJonas\n\nFrån: Linnea Hassis "
            "<linnea.hassis@regiondalarna.se>\nSkickat: den 4 februari 2027 10:00\nTill: Jonas Ek <jonas.ek@orsa.se>\n"
            "Ämne: Bekräftelse DalaLab\n\nHej Jonas, du är anmäld till DalaLab den 3 maj 2027 och den 21 september 2027.\n")
    r = parse_email(mail(body, sender=JONAS, subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S3}


# ------------------------------------------------ in a cancellation, the sessions one still comes to are kept
@pytest.mark.parametrize(("text", "expected"), [
    ("hej jonas här från orsa. blir inget 21 sep för mig, men 29 nov kommer jag", {S2}),
    ("Hej! Stryk mig från 3 maj, men den 22 februari deltar jag som tänkt. /Jonas Ek, Orsa", {S1}),
    ("Hi, please cancel my place on 29 November; I'll attend in February though. Jonas Ek, Orsa", {S3}),
])
def test_sessions_one_still_comes_to_are_not_cancelled(config: Config, text: str, expected: set[dt.date]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


@pytest.mark.parametrize("text", [
    "Hej! Jag hoppar av den 21 september, tyvärr. /Jonas Ek, Orsa",
    "Hej, kan ni ta bort mig från 21/9? /Jonas Ek, Orsa",
])
def test_dropping_out_of_a_session_cancels_it(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == {S2}


# ------------------------------------------------ "stryk mig från resten" beside the sessions kept
@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Jag är anmäld till alla träffarna men kan bara den 21/9. Avanmäl mig från de övriga.", {S1, S3, S4}),
    ("Hi! I'm booked for all four but can only make 3 May and 22 February. Please cancel the rest.", {S2, S3}),
    ("Hej! 3 maj kommer jag på, men ta bort mig från resten av träffarna.", {S2, S3, S4}),
])
def test_the_rest_given_up_beside_those_kept(config: Config, text: str, expected: set[dt.date]) -> None:
    r = parse_chat(text + " /Jonas Ek, Orsa", CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


# ------------------------------------------------ "samma träffar" as a quoted signup
def _colleagues_signup_below(note: str) -> str:
    return (f"{note}\n\n/Jonas Ek, Orsa kommun\n\nFrån: Maria Dahl <maria.dahl@orsa.se>\nSkickat: den 2 februari 2027 "
            "14:10\nTill: linnea.hassis@regiondalarna.se; Jonas Ek\nÄmne: DalaLab\n\nHej!\n\nJag vill anmäla mig till "
            "höstens två träffar (21 september och 29 november).\n\n/Maria\n")


@pytest.mark.parametrize("note", [
    "Hej! Jag vill också vara med, på samma träffar som Maria.",
    "Hi, please add me as well, for the same sessions.",
])
def test_the_same_sessions_as_a_quoted_signup(config: Config, mail: Callable[..., bytes], note: str) -> None:
    r = parse_email(mail(_colleagues_signup_below(note), sender=JONAS, subject="SV: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S2, S3}


def test_a_signup_quoted_below_is_not_taken_without_a_reference_to_it(
        config: Config, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail(_colleagues_signup_below("Hej! Jag vill också vara med."), sender=JONAS, subject="SV: DalaLab"),
                    config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == set(ALL)
