"""Intent and sessions, round 33: by class, each in words of its own (none from a corpus), with near-misses.

- F: the writer, signed up before, wants everything sent to another address given in the text ("vill hellre att
  allt går till jobbet: eva.lund@orsa.se"): a change of details, that address the writer's, no sessions; a signup
  written from a private address stays a signup;
- G: a signup for a social event of the writer's own workplace (a Christmas dinner, a party) sent here by mistake:
  not a request of ours (``unknown``); a signup for our event that mentions a dinner stays one;
- H: sessions by number with the one missed given in brackets, on the next line ("träff 2, 3 och 4\\n(vi missar
  maj)"): the numbered ones only.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

SIGNED = "\n\nHälsningar\nIda Falk\nGagnefs kommun\n"


def _mail(text: str, config: Config, sender: str = "Ida Falk <ida.falk@gagnef.se>",
          subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- F: everything to another address

@pytest.mark.parametrize("text", [
    ("Hej!\n\nJag anmälde mig från min privata mejl, men vill hellre att allt går till jobbet på Gagnefs kommun: "
     "ida.falk@gagnef.se\n\nAnmälan i övrigt gäller som förut."),
    ("Hej!\n\nJag anmälde mig från privatadressen. Framöver vill jag att allt skickas till ida.falk@gagnef.se i "
     "stället."),
])
def test_f_everything_to_the_work_address(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, sender="Ida Falk <idafalk77@gmail.com>", subject="Ny adress")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Ida Falk", "ida.falk@gagnef.se")]
    assert list(r.sessions) == []


def test_f_near_miss_a_signup_from_a_private_address(config: Config) -> None:
    r = _mail("Hej!\n\nJag skriver från min privata mejl. Anmäl mig gärna till alla fyra träffarna." + SIGNED, config,
              sender="Ida Falk <idafalk77@gmail.com>")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)


# --- G: a signup for another, social, event

@pytest.mark.parametrize(("text", "subject"), [
    ("Hej! Anmäler mig och Jonna till julfesten den 12 december. Jonna är vegetarian.\n/Ida", "julfest"),
    ("Hej, jag och Leo kommer gärna på sommarfesten 18 juni! Leo äter inte gluten.\n/Ida", "fest"),
])
def test_g_a_party_signup_is_not_ours(config: Config, text: str, subject: str) -> None:
    r = _mail(text, config, sender="Ida <ida.f.88@gmail.com>", subject=subject)
    assert r.intent == Intent.UNKNOWN
    assert list(r.people) == []


def test_g_near_miss_our_event_beside_a_dinner(config: Config) -> None:
    r = _mail("Hej! Anmäler mig till alla träffarna i DalaLab. Blir det middag efter den första?" + SIGNED, config)
    assert r.intent in (Intent.REGISTER, Intent.QUESTION)
    assert r.intent != Intent.UNKNOWN


# --- H: numbered sessions, the missed one in brackets

@pytest.mark.parametrize("text", [
    "Hej,\n\nHärmed anmäler jag mig till träff 2, 3 och 4\n(jag missar tyvärr maj).",
    "Hej,\n\nJag anmäler mig till träff 2, 3 och 4 (missar tyvärr maj):",
])
def test_h_numbered_sessions_the_missed_one_left_out(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S3, S4]


def test_h_near_miss_a_bracket_of_no_absence(config: Config) -> None:
    r = _mail("Hej,\n\nHärmed anmäler jag mig till träff 2 och 3 (september och november)." + SIGNED, config)
    assert list(r.sessions) == [S2, S3]
