"""An organisation named only as where the writer read of the event (round 58f): "genom Region Dalarnas nyhetsbrev",
"på Länsstyrelsens hemsida", "in Region Dalarna's newsletter" is no organisation of the people listed after it; they
take the writer's.

Near-miss: an organisation set beside a listed name ("- Per Holm, Länsstyrelsen Dalarna") is still theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from tests.assistant.parsing.conftest import ARRIVAL, people

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

_SENDER = "Ingrid Sundqvist <ingrid.sundqvist@hedemora.se>"
_LIST = "\n\n- Ingrid Sundqvist, planeringschef\n- Mattias Holm, planarkitekt\n\nMed vänlig hälsning\nIngrid Sundqvist\n"


@pytest.mark.parametrize("opening", [
    "Jag är planeringschef i Hedemora kommun och har läst om DalaLab genom Region Dalarnas nyhetsbrev. Härmed anmäls:",
    "Som planeringschef i Hedemora kommun såg jag inbjudan på Länsstyrelsens hemsida. Vi anmäler följande:",
    ("I work as head of planning at Hedemora kommun and read about DalaLab in Region Dalarna's newsletter. Please "
     "register:"),
    "Vi på Hedemora kommun fick syn på DalaLab i Regionens utskick. Vi anmäler härmed:",
])
def test_source_of_the_news_is_no_employer(config: Config, mail: Callable[..., bytes], opening: str) -> None:
    r = parse_email(mail(opening + _LIST, sender=_SENDER), config, ARRIVAL)
    assert people(r) == [("Ingrid Sundqvist", "ingrid.sundqvist@hedemora.se", "Hedemora kommun"),
                         ("Mattias Holm", None, "Hedemora kommun")]


def test_organisation_beside_a_listed_name_stays_theirs(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Jag är planeringschef i Hedemora kommun och har läst om DalaLab genom Region Dalarnas nyhetsbrev. "
            "Härmed anmäls:\n\n- Ingrid Sundqvist, planeringschef\n- Per Holm, Länsstyrelsen Dalarna\n\n"
            "Med vänlig hälsning\nIngrid Sundqvist\n")
    r = parse_email(mail(body, sender=_SENDER), config, ARRIVAL)
    assert people(r)[1] == ("Per Holm", None, "Länsstyrelsen Dalarna")
