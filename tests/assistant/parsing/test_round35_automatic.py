"""Automatic and list mail, round 35: by class, each in words of its own (none from a corpus), with near-misses.

- A: a post to a mailing list, come to us as one of its members, without List- headers: the list's footer in the
  text ("/mailman/listinfo/", "Avregistrering: ...") and the list's tag in the subject naming the list's address
  ("[natverket-mora] ..." from natverket-mora@lists...) or its writer posting "via" the list: never a request to us,
  whatever it says of the sessions; a person forwarding such a post to us, or a signup to us with no list tag, is read.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

LIST = "Per Holm via Nätverket Mora <natverket-mora@lists.mora.se>"
FOOTER = ("\n\n_______________________________________________\nnatverket-mora mailing list\n"
          "natverket-mora@lists.mora.se\nhttps://lists.mora.se/mailman/listinfo/natverket-mora\n")
POST = ("Hej alla,\n\nNågra av oss från Mora tänker ta bilen till första DalaLab-träffen den 3 maj. Vi är tre så "
        "långt (Eva, Stina och jag). Fler som vill åka med? Mejla mig.\n\n/Per")


def _mail(text: str, config: Config, sender: str, subject: str) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize(("sender", "subject"), [
    (LIST, "[natverket-mora] Samåkning till DalaLab 3 maj?"),
    ("Nätverket Mora <natverket-mora@lists.mora.se>", "[natverket-mora] Samåkning till DalaLab 3 maj?"),
    (LIST, "Samåkning till DalaLab 3 maj?"),
])
def test_a_a_list_post_is_never_a_request(config: Config, sender: str, subject: str) -> None:
    r = _mail(POST + FOOTER, config, sender, subject)
    assert r.intent == Intent.UNKNOWN
    assert list(r.people) == []
    assert list(r.sessions) == []


def test_a_near_miss_a_signup_to_us_with_no_list_tag_is_read(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till den 3 maj.\n\n/Per Holm\nMora kommun" + FOOTER, config,
              "Per Holm <per.holm@mora.se>", "Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


def test_a_near_miss_a_list_post_forwarded_to_us_is_read(config: Config) -> None:
    r = _mail("Hej, anmäl mig till den 3 maj. Jag samåker, se nedan.\n\n/Eva Lund\nMora kommun\n\n"
              "---------- Forwarded message ---------\nFrån: " + LIST + "\nÄmne: [natverket-mora] Samåkning\n\n"
              + POST + FOOTER, config, "Eva Lund <eva.lund@mora.se>", "VB: [natverket-mora] Samåkning")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Lund"]
