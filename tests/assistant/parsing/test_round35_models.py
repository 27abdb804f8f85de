"""The rules over the intent model, round 35: by class, in words of their own (none from a corpus), with near-misses.
These tests read with the shipped models (no ``rules_only``): the class is where the model's sure reading is set aside.

- A: a reply over our confirmation that thanks for it and asks a question, naming no session, person or change
  ("Tack för bekräftelsen. Kan jag få en kalenderinbjudan?"): a question, though the model reads a change; the
  sessions the confirmation quotes are held, not asked for. One asking to change a session there is still a change.
"""

from __future__ import annotations

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, build_mail

ELSA = "Elsa Norr <elsa.norr@mora.se>"
_CONFIRMATION = ("\n\nElsa Norr\nMora kommun\n\n> Hej Elsa!\n> Tack för din anmälan till DalaLab. Vi har registrerat:\n"
                 "> Namn: Elsa Norr\n> Organisation: Mora kommun\n> Träffar: 21 september 2027, 29 november 2027\n")
_REPLY = "Sv: Bekräftelse: din anmälan till DalaLab"


def _reply(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + _CONFIRMATION, sender=ELSA, subject=_REPLY), config, ARRIVAL)


def test_a_a_question_over_our_confirmation_is_a_question(config: Config) -> None:
    r = _reply("Hej! Tack för bekräftelsen. Kan jag få en kalenderinbjudan till träffarna så att jag får in dem i "
               "kalendern?", config)
    assert r.intent == Intent.QUESTION
    assert list(r.sessions) == []
    assert list(r.people) == []


def test_a_near_miss_a_swap_asked_over_our_confirmation_is_a_change(config: Config) -> None:
    r = _reply("Hej! Tack för bekräftelsen. Kan ni ändra så att jag kommer på 3 maj istället för 21 september?", config)
    assert r.intent == Intent.CHANGE
    assert S1 in r.sessions
