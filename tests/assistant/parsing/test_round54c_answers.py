"""Answers to our question stating a reading, round 54c (on ``dev53``), in words of their own, with near-misses:

A bare yes ("Ja, det stämmer. Tack!") above our quoted question stating a reading ("Vi uppfattade: anmälan av
... till ..., kost: ... Stämmer det?"): what it confirms is the reading, read as the request (the sessions are not
the writer's own naming). A yes over our confirmation of a signup made asks nothing, as before. A correction under
our question ("Nej, jag menade 29 november") corrects a signup not yet made: a signup, not a change.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, S4, build_mail

TOVE = "Lindgren Tove <tove.lindgren@alvdalen.se>"


def _mail(body: str, config: Config, subject: str) -> ParsedRequest:
    return parse_email(build_mail(body, sender=TOVE, subject=subject), config, ARRIVAL)


QUESTION_MAIL = ("\n\nFrån: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\nSkickat: den 2 mars 2027 09:12\n"
                 "Till: Tove Lindgren <tove.lindgren@alvdalen.se>\nÄmne: DalaLab\n\nHej Tove!\n\n")
STATED = [
    ("Vi uppfattade: anmälan av dig till 21 september och 22 februari 2028, kost: vegetarisk. Stämmer det? Svara ja, "
    "eller skriv vad som ska ändras. Ingenting är registrerat ännu."),
    ("Vi uppfattade:\n- Anmälan för Tove Lindgren (Älvdalens kommun)\n- Träffar: 21 september 2027 och 22 februari "
    "2028\n- Kost: vegetarisk\n\nStämmer det? Svara gärna på det här mejlet."),
]


@pytest.mark.parametrize("stated", STATED)
def test_a_bare_yes_to_our_question_is_the_reading_it_confirms(config: Config, stated: str) -> None:
    r = _mail("Ja, det stämmer. Tack!\n\nTove" + QUESTION_MAIL + stated, config, "SV: DalaLab")
    assert r.intent == Intent.REGISTER
    assert [p.email for p in r.people] == ["tove.lindgren@alvdalen.se"]
    assert r.sessions == (S2, S4)
    assert r.diet == "vegetarisk"
    assert r.answer is True
    assert not r.sessions_named


def test_near_miss_a_yes_over_our_confirmation_asks_nothing(config: Config) -> None:
    confirmed = "Du är nu anmäld till DalaLab: 21 september 2027 och 22 februari 2028. Kost: vegetarisk."
    r = _mail("Ja, det stämmer. Tack!\n\nTove" + QUESTION_MAIL + confirmed, config, "SV: DalaLab")
    assert r.intent != Intent.REGISTER


def test_a_correction_under_our_question_is_a_signup(config: Config) -> None:
    body = ("Den 2 mars 2027 kl. 09:12 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:\n"
            "> Hej Tove!\n>\n> Vi uppfattade:\n> - Anmälan för Tove Lindgren (Älvdalens kommun)\n"
            "> - Träff: 21 september 2027\n>\n> Stämmer det?\n\nNej, det blev fel av mig – jag menade 29 november, "
            "inte 21 september. Bara den.\n\nTove Lindgren\nÄlvdalens kommun\n")
    r = _mail(body, config, "Re: DalaLab")
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S3,)
