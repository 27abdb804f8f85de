"""Automatic and list mail, round 37a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a post to a mailing list come to us as one of its members, its writer posting "via" the list, the list's footer
  saying so in words of its own ("Du får det här mejlet eftersom du är medlem i listan …", "Avsluta
  prenumerationen: …", "You are receiving this because you are subscribed to the … list"): never a request to us;
  a signup to us from a person, the same footer quoted or not, is read.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

LIST = "Karin Ek via Planeringsnätet <planeringsnatet@lists.orsa.se>"
POST = ("Hej allihop,\n\nVi är två från Orsa som kör till DalaLab den 21 september. Är det någon från Rättvik som "
        "vill hänga med? Det finns två lediga platser i bilen.\n\n/Karin Ek, Orsa kommun\n\n--\n")


def _mail(text: str, config: Config, sender: str, subject: str) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize("footer", [
    ("Du får det här mejlet eftersom du är medlem i listan Planeringsnätet.\n"
     "Lämna listan: planeringsnatet-leave@lists.orsa.se"),
    ("Du får detta meddelande eftersom du prenumererar på e-postlistan Planeringsnätet.\n"
     "Avsluta prenumerationen: planeringsnatet-unsubscribe@lists.orsa.se"),
    ("You are receiving this because you are subscribed to the Planeringsnatet list.\n"
     "Unsubscribe: planeringsnatet-leave@lists.orsa.se"),
])
def test_a_a_list_post_with_its_footer_in_other_words_is_never_a_request(config: Config, footer: str) -> None:
    r = _mail(POST + footer, config, LIST, "[Planeringsnätet] Samåkning 21/9?")
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer
    assert list(r.people) == []


def test_a_near_miss_a_signup_from_a_person_is_read(config: Config) -> None:
    r = _mail("Hej! Jag vill anmäla mig till träffen den 21 september.\n\n/Karin Ek\nOrsa kommun\n\n"
              "Du får det här mejlet eftersom du är medlem i listan Planeringsnätet.", config,
              "Karin Ek <karin.ek@orsa.se>", "Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]
