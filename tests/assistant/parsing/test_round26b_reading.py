"""Round 26b (reading.py), by class, each in other words than the corpus.

Class 1: an erasure for "us both" ("om oss båda", "våra uppgifter", "our data") when a colleague is named beside the
writer ("kollegan Jonas Berg och jag", "Jonas Berg and I"): both are erased. Near-misses: the writer's data alone,
a colleague named but only "mina uppgifter".

Class 2: a comparison with a forward's writer ("samma träffar som han", "the same days as her") is no request about
them: the forwarder alone signs up. Near-miss: "avanmäl henne" over a forward still reads the forward's writer."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
TOVE = "Tove Ek <tove.ek@orsa.se>"
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# Class 1: "oss båda" / "våra uppgifter" with a colleague named beside the writer.
@pytest.mark.parametrize("body", [
    "Hej! Jag och kollegan Jonas Berg har lämnat nätverket. Ta bort alla uppgifter ni har om oss båda, tack.\n/Tove",
    "Hej,\nJonas Berg och jag har slutat i kommunen. Vi ber er radera våra personuppgifter.\nMvh Tove",
    "Hello, my colleague Jonas Berg and I no longer take part. Please delete our personal data.\nTove",
    "Hej! Min kollega Jonas Berg och jag vill att ni raderar oss båda ur era register.\n/Tove",
])
def test_an_erasure_of_us_both_takes_in_the_colleague(body: str, config: Config) -> None:
    r = mail(body, config, "Radera uppgifter", TOVE)
    assert r.intent == Intent.ERASURE
    assert names(r) == ["Jonas Berg", "Tove Ek"]


@pytest.mark.parametrize("body", [
    "Hej! Radera mina uppgifter, tack. Min kollega Jonas Berg står kvar.\n/Tove",
    "Hej! Jag har slutat, ta bort mina personuppgifter. Jonas Berg tar över kontakten med er.\n/Tove",
])
def test_an_erasure_of_the_writers_own_keeps_the_colleague_out(body: str, config: Config) -> None:
    """Near-miss: the writer's data alone; the colleague named stays out."""
    r = mail(body, config, "Radera uppgifter", TOVE)
    assert r.intent == Intent.ERASURE
    assert names(r) == ["Tove Ek"]


FWD_MOA = ("\n\n---------- Forwarded message ---------\nFrån: Moa Ek <moa.ek@orsa.se>\n"
           "Date: fre 15 jan. 2027 11:02\nSubject: Fwd: Bekräftelse\nTo: Karin Dahl <karin.dahl@orsa.se>\n\n")


# Class 2: "samma träffar som han" compares with the forward's writer; it asks nothing about them.
@pytest.mark.parametrize("body", [
    ("Hej! Moa skickade mig sin bekräftelse. Anmäl mig till samma dagar som hon, 3 maj och 22 februari.\n/Karin"
     + FWD_MOA + "Hej Moa! Du är anmäld till DalaLab den 3 maj 2027 och den 22 februari 2028."),
    ("Hi, Moa passed her confirmation on to me. Please sign me up for the same sessions as her: 3 May and "
     "22 February.\nKarin" + FWD_MOA + "Hej Moa! Du är anmäld till DalaLab den 3 maj 2027 och den 22 februari 2028."),
])
def test_the_same_sessions_as_the_forwards_writer(body: str, config: Config) -> None:
    r = mail(body, config, "Fwd: Bekräftelse")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl"]
    assert sorted(r.sessions) == [MAY, FEB]


def test_a_request_about_the_forwards_writer_still_reads_them(config: Config) -> None:
    """Near-miss: the cue speaks of her ("avanmäl henne"), so the forward's writer is the one cancelled."""
    r = mail("Hej! Moa har slutat hos oss, avanmäl henne från alla träffar.\n/Karin"
             + FWD_MOA + "Hej Moa! Du är anmäld till DalaLab den 3 maj 2027 och den 22 februari 2028.",
             config, "Fwd: Bekräftelse")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Moa Ek"]
