"""Sessions, round 34: by class, each in words of its own (none from a corpus), with near-misses.

- E: a reply over our confirmation (its fields "Namn: …", "Träffar: …") adding a colleague for "samma träffar som
  jag": the sessions the confirmation lists; a month given as the cause of something else ("eftersom hon börjar
  först i februari") and a month as when a signup was made ("i februari anmälde jag") are no session; a month asked
  for stays one;
- F: a session held, and "höstens träffar" (plural) added: the held one and the autumn's, not the rest ("februari
  får vi ta senare").
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLA = "Ola Strand <ola.strand@ludvika.se>"
SIGNED = "\n\n/Ola\n"

CONFIRMATION = (
    "\n\n> den 8 januari 2027 10:02 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:\n>\n> Hej!\n>\n"
    "> Tack för din anmälan till DalaLab.\n> Vi har registrerat följande:\n>\n>   Namn: Ola Strand\n"
    ">   E-post: ola.strand@ludvika.se\n>   Organisation: Ludvika kommun\n>   Träffar: {sessions}\n"
    ">   Specialkost: -\n>\n> Vänliga hälsningar\n> Region Dalarna / DalaLab\n")


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=OLA, subject=subject), config, ARRIVAL)


# --- E: "samma träffar som jag" over our confirmation

@pytest.mark.parametrize(("own", "listed", "expected"), [
    (("Tack! Min kollega Emma Sjöberg vill också vara med, samma träffar som jag. Hon har ingen mejladress än "
     "eftersom hon börjar först i februari."), "3 maj 2027, 29 november 2027", [S1, S3]),
    (("Hej! Kan ni anmäla min kollega Emma Sjöberg till samma träffar som jag? Hon har inget jobbkonto ännu "
     "eftersom hon tillträder i februari."), "21 september 2027, 29 november 2027", [S2, S3]),
])
def test_e_the_sessions_of_the_confirmation(config: Config, own: str, listed: str, expected: list[object]) -> None:
    r = _mail(own + SIGNED + CONFIRMATION.format(sessions=listed), config,
              subject="SV: Bekräftelse: din anmälan till DalaLab")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Emma Sjöberg"]
    assert list(r.sessions) == expected


def test_e_near_miss_a_month_asked_for_stays(config: Config) -> None:
    r = _mail("Tack! Min kollega Emma Sjöberg vill också vara med, men bara i februari." + SIGNED
              + CONFIRMATION.format(sessions="3 maj 2027"), config, subject="SV: Bekräftelse: din anmälan till DalaLab")
    assert list(r.sessions) == [S4]


def test_e_a_month_the_signup_was_made_is_no_session(config: Config) -> None:
    r = _mail("Hej!\n\nI februari anmälde jag min kollega Emma Sjöberg. Hon är vegan, kan ni notera det?" + SIGNED,
              config, subject="Specialkost")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []


# --- F: a session held, and the autumn's added

@pytest.mark.parametrize("text", [
    ("Hej!\n\nJag är anmäld till första träffen. Nu vill jag lägga till höstens träffar också. Februari får vi ta "
    "senare."),
    "Hej!\n\nJag står anmäld till majträffen. Efter samtal med min chef vill jag även gå på höstens träffar.",
])
def test_f_the_held_one_and_the_autumns(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, subject="Utöka min anmälan")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S1, S2, S3]


def test_f_near_miss_all_the_rest_added(config: Config) -> None:
    r = _mail("Hej!\n\nJag är anmäld till första träffen. Nu vill jag lägga till alla de andra träffarna också."
              + SIGNED, config, subject="Utöka min anmälan")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S1, S2, S3, S4]
