"""The one who pointed the writer here (round 58b): a colleague named only as the one who told the writer to write
or tipped them off ("Min chef Greta Holm sa att jag skulle mejla dig", "Per tipsade om det men han hinner inte
själv", a forwarded tip from him) is no person of the writer's own signup.

Near-miss: one who said the writer should sign them up too ("Per Ek sa att jag skulle anmäla honom också") stays."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

WRITER = "Alva Kron <alva.kron@orsa.se>"
TIP = ("\n\n---------- Forwarded message ---------\nFrom: Per Sjöberg <per.sjoberg@orsa.se>\nDate: mån 8 feb 2027 "
       "kl 09:10\nSubject: DalaLab\nTo: Alva Kron <alva.kron@orsa.se>\n\nHej Alva,\n\nRegionen har ett lärprojekt om "
       "översiktsplanering, fyra träffar från 3 maj. Jag hinner inte själv i år men det vore bra för dig.\n\n"
       "Per Sjöberg\nPlanchef\nOrsa kommun")


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


@pytest.mark.parametrize("said", ["Min kollega Greta Holm sa att jag skulle skriva till dig här.",
                                  "Kollegan Greta Holm tipsade mig om det här."])
def test_the_one_who_told_the_writer_to_write_is_no_person(said: str, config: Config) -> None:
    r = parse_chat(f"Hej! Jag heter Alva Kron och jobbar på Orsa kommun. {said} Vill anmäla mig till 29 nov",
                   Sender("telegram", "4410", "Alva Kron"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Alva Kron"]
    assert list(r.sessions) == [S3]


def test_the_writer_of_a_forwarded_tip_is_no_person(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nJag anmäler mig till DalaLab, alla träffar. Se nedan – Per tipsade om det "
                               "men han har inte tid själv.\n\n/Alva Kron, Orsa kommun" + TIP,
                               sender=WRITER, subject="VB: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Alva Kron"]
    assert set(r.sessions) == set(ALL)


def test_one_who_asked_to_be_signed_up_too_stays(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nJag vill anmäla mig till alla träffar. Per Sjöberg sa att jag skulle anmäla "
                               "honom också.\n\n/Alva Kron", sender=WRITER), config, ARRIVAL)
    assert sorted(n or "" for n in _names(r)) == ["Alva Kron", "Per Sjöberg"]
