"""The venue arranged for a session by a colleague of the organiser ("Jag har bokat konferenslokalen på Regionhuset
för 3 maj, 60 platser, med fika 09.30", "I've booked the conference room for 3 May") signs no one up: the message is
no request (corpus batch 49; before, the session's day and "bokat" read as a signup). Near-misses: a room booked
beside a signup ("har bokat hotellrum och vill anmäla mig till 3 maj", "jag har bokat rummet, jag kommer på 3 maj")
is the signup still."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

OLLE = "Olle Lind <olle.lind@regiondalarna.se>"


def _mail(body: str, config: Config, subject: str = "Lokal Falun 3 maj") -> ParsedRequest:
    return parse_email(build_mail(body, sender=OLLE, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    ("Hej Linnea,\n\nJag har bokat konferenslokalen på Regionhuset för 3 maj, 50 platser, med fika 09.30 och lunch "
     "12.00. Säg till om deltagarlistan växer så ordnar jag fler platser.\n\n/Olle"),
    "Hej! Vi har bokat salen i Ludvika för 21 september, 40 platser. Säg till om deltagarlistan växer.\n/Olle Lind",
    "Hi Linnea, I've booked the conference room at Regionhuset for 3 May, 50 seats, lunch at noon.\n/Olle",
])
def test_the_venue_booked_is_no_signup(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.UNKNOWN
    assert not r.people and not r.sessions


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("body", [
    "Hej! Jag har bokat hotellrum i Falun och vill anmäla mig till 3 maj.\n/Olle Lind",
    "Hej! Jag har bokat rummet för resan, jag kommer på 3 maj.\n/Olle Lind",
])
def test_a_room_booked_beside_a_signup(body: str, config: Config) -> None:
    r = _mail(body, config, "Anmälan")
    assert r.intent == Intent.REGISTER
