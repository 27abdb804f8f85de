"""A mail that only points to a forwarded request ("Hej Linnea, se nedan.") is that request (eleventh session; the
round-41a case ax129 was read only by the intent model, and a retrained model no longer read it). Before, the rules
read nothing. Whose it is, in a chain forwarded more than once that the writer names no one of, is asked: the last
forwarder may be the one found, not the one who wrote the request."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

EVAS = ("Från: Eva Strand <eva.strand@orsa.se>\nSkickat: den 9 mars 2027 09:12\nTill: Bo Ek <bo.ek@orsa.se>\n"
        "Ämne: Avanmälan DalaLab\n\nHej Bo,\n\nJag har fått nytt jobb och måste tyvärr avanmäla mig från alla "
        "träffar i DalaLab.\n\nEva Strand")
BOS = ("---------- Forwarded message ---------\nFrom: Bo Ek <bo.ek@orsa.se>\nDate: tis 9 mars 2027 kl 16:20\n"
       "Subject: VB: Avanmälan DalaLab\nTo: Lena Sund <lena.sund@orsa.se>\n\nLena, kan du skicka detta vidare?\n/Bo\n\n"
       "________________________________\n" + EVAS)


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender="Lena Sund <lena.sund@orsa.se>", subject="VB: Avanmälan DalaLab"),
                       config, ARRIVAL)


def test_a_pointer_to_one_forwarded_request_is_that_request(config: Config) -> None:
    r = _mail("Hej Linnea, se nedan.\n/Lena\n\n________________________________\n" + EVAS, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Eva Strand"]
    assert Unsure.INTENT not in r.unsure


def test_a_pointer_to_a_chain_forwarded_twice_is_asked_about(config: Config) -> None:
    r = _mail("Hej Linnea, se nedan.\n/Lena\n\n" + BOS, config)
    assert r.intent == Intent.CANCEL
    assert Unsure.INTENT in r.unsure
