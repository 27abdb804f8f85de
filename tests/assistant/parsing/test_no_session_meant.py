"""Words that look like sessions but name none (corpus batch 50, twelfth session): "om bara tre får plats prioriterar
vi de tre första" (the first three people listed, not the first three sessions; before, a signup for the whole year
was cut to three), and "bra om namnskylten blir rätt i maj" in a change of name (when it is due, not a session asked
for; before, the change was read as one of sessions to May). Near-misses: "de tre första träffarna", and a name change
that does name a session ("gäller från 3 maj")."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

FOUR = ("Vi är fyra från Hedemora som vill vara med i DalaLab {when}:\n\nJohanna Nyberg (jag)\n"
        "Frida Nord – frida.nord@hedemora.se\nStefan Olsson – stefan.olsson@hedemora.se\n"
        "Ahmad Rahimi – ahmad.rahimi@hedemora.se\n\n{then}\n\nMvh Johanna Nyberg, Hedemora kommun\n")


def _mail(body: str, config: Config, sender: str = "Johanna Nyberg <johanna.nyberg@hedemora.se>") -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("then", [
    "Om bara tre får plats prioriterar vi de tre första.",
    "Får inte alla plats har de två första förtur.",
    "If only three fit, please prioritise the first three.",
])
def test_priority_for_the_first_people_names_no_session(config: Config, then: str) -> None:
    r = _mail(FOUR.format(when="hela året", then=then), config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 4
    assert r.sessions == ALL


def test_the_first_three_sessions_are_still_those(config: Config) -> None:
    r = _mail(FOUR.format(when="på de tre första träffarna", then="Tack!"), config)
    assert r.sessions == (S1, S2, S3)


def _renamed(text: str, config: Config) -> ParsedRequest:
    return _mail("Hej,\n\nJag är anmäld som Elin Larsson men har gift mig och heter numera Elin Forsberg. " + text
                 + "\n\nMvh Elin Forsberg\nSmedjebackens kommun\n", config,
                 sender="Elin Forsberg <elin.forsberg@smedjebacken.se>")


@pytest.mark.parametrize("text", [
    "Skulle vara bra om namnskylten blir rätt i maj :)",
    "Hoppas att det står rätt på listan till september.",
])
def test_when_a_new_name_is_due_is_no_session(config: Config, text: str) -> None:
    r = _renamed(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()


def test_a_new_name_for_a_session_named_keeps_it(config: Config) -> None:
    r = _renamed("Jag vill också byta från 3 maj till 21 september.", config)
    assert S2 in r.sessions
    assert S1 not in r.sessions or r.intent == Intent.CHANGE
