"""Replies to what we sent: the writer answers our confirmation, cancellation or question, quoted or pasted
(round 57b). Before, "jag menade inte att avanmäla mig, jag vill vara kvar på ..." over our cancellation cancelled
again.

Near-misses: a cancellation meant, a session given up while the rest is kept.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

TORA = "Tora Lindqvist <tora.lindqvist@rattvik.se>"
SIGNED = "\n\nTora Lindqvist\nRättviks kommun\n"
OUR_CANCEL = ("\n\n> 2 mar. 2027 kl. 09:12 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n>\n> Hej Tora!\n>\n"
              "> Tora Lindqvist, Rättviks kommun:\n> - Avanmäld från 29 november 2027.\n>\n"
              "> Vänliga hälsningar\n> DalaLab\n> linnea.hassis@regiondalarna.se\n")


def _mail(text: str, config: Config, quoted: str = "", subject: str = "Re: Avanmälan") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED + quoted, sender=TORA, subject=subject), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5521", "Tora Lindqvist"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    ("Hoppsan, det var fel! Jag menade inte att avanmäla mig, det gällde en annan utbildning. Jag vill vara kvar på "
     "29 november."),
    "Det var inte meningen att avanmäla mig! Jag vill stå kvar på 29/11.",
])
def test_a_cancellation_not_meant_and_the_session_kept_is_a_signup_again(config: Config, text: str) -> None:
    r = _mail(text, config, OUR_CANCEL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S3,)
    assert [p.name for p in r.people] == ["Tora Lindqvist"]


def test_a_cancellation_not_meant_in_chat_all_four_kept(config: Config) -> None:
    r = _chat("Oj, det var inte meningen att avanmäla mig från allihop! Jag vill vara kvar på alla fyra träffarna. "
              "Kan ni lägga in mig igen?\n/Tora, Rättviks kommun", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S2, S3, S4)


def test_a_cancellation_meant_stays_a_cancellation(config: Config) -> None:
    r = _mail("Jag kan tyvärr inte 29 november, avanmäl mig från den. Jag är kvar på de andra.", config,
              subject="Avanmälan")
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S3,)


@pytest.mark.parametrize("text", [
    ("hej, har fått mejl om att jag är anmäld till dalalab, men det har jag aldrig bett om. ta bort anmälan tack. "
     "tora, rättvik"),
    "Jag fick en bekräftelse på att jag är anmäld, men jag har inte anmält mig. Var snäll och ta bort anmälan.",
])
def test_a_signup_made_by_someone_else_struck_is_a_cancellation_of_all(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1, S2, S3, S4)


OUR_COLLEAGUE_CONFIRMED = ("\n\nDen tis 23 mars 2027 kl. 11:05 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n\n"
                           "> Hej Tora!\n> Jonas Ek (jonas.ek@rattvik.se) har anmält dig till DalaLab:\n"
                           "> - Anmäld till tisdag 21 september 2027 kl. 10.00–15.00, Falun.\n>\n"
                           "> Vänliga hälsningar\n> DalaLab\n")


@pytest.mark.parametrize("text", [
    "Hello, thanks for registering me! Are the sessions held in English or in Swedish?",
    "Hej! Tack för att ni anmälde mig. Hur lång tid tar det att åka dit från Rättvik med buss?",
])
def test_thanks_for_a_signup_made_with_a_question_is_a_question(config: Config, text: str) -> None:
    r = _mail(text, config, OUR_COLLEAGUE_CONFIRMED, subject="Re: Du är anmäld till DalaLab")
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


def test_our_reading_pasted_in_chat_and_confirmed_is_that_reading(config: Config) -> None:
    r = _chat("Vi uppfattade: anmälan av Tora Lindqvist (Rättviks kommun) till 21 september 2027 och 29 november 2027. "
              "Stämmer det?\n\nja det stämmer", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)
    assert [p.name for p in r.people] == ["Tora Lindqvist"]


def test_our_reading_pasted_and_confirmed_with_a_diet_takes_the_diet(config: Config) -> None:
    r = _chat("Vi uppfattade: anmälan av Tora Lindqvist (Rättviks kommun) till 3 maj 2027. Stämmer det?\n\n"
              "ja, stämmer! laktosfri kost för mig", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1,)
    assert r.diet is not None and "laktosfri" in r.diet
