"""The intent, round 38: by class, each in words of its own (none from a corpus), with near-misses.

- A: a registered writer's view of the arrangements, a complaint or advice ("jag vill framföra att ...", "det borde
  ni tänka på till nästa år"), the sessions named only as what it is about: no request, not a signup; a registered
  writer asking something, or a view beside a signup made, is read as before;
- B: a signup wished on the answer's condition with the condition between the verbs ("Är det för sent? Jag skulle i
  så fall vilja gå på ..."): a signup, the question kept; a wish to know is still a question;
- C: a place given up with a stand-in named only maybe ("Min kollega Pia kanske kan gå i mitt ställe, men hon har
  inte bestämt sig"): a cancellation of the writer's place, a substitution its other reading, the stand-in no one
  the request is about; a stand-in named for sure is a substitution.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLA = "Ola Ek <ola.ek@orsa.se>"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nOla Ek\nOrsa kommun", sender=OLA, subject=subject), config, ARRIVAL)


# --- A: a registered writer's view

@pytest.mark.parametrize("text", [
    ("Hej.\n\nJag vill framföra att det är orimligt att alla fyra träffar börjar kl 9. Från Orsa tar det två timmar "
    "att åka. Jag är anmäld och kommer, men det borde ni tänka på till nästa år."),
    ("Hej,\n\nEn synpunkt: att lägga alla träffarna på måndagar är olyckligt för oss som har nämnd då. Jag är redan "
    "anmäld och deltar förstås, men ni borde sprida dagarna nästa gång."),
])
def test_a_a_registered_writer_s_view_is_no_signup(config: Config, text: str) -> None:
    r = _mail(text, config, "Synpunkt på upplägget")
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()
    assert r.sessions == ()


@pytest.mark.parametrize(("text", "intent"), [
    # asked something: a question
    ("Hej.\n\nJag är anmäld till alla fyra träffar. Det är orimligt långt att åka, går det att delta digitalt?",
     Intent.QUESTION),
    # a view beside a signup made now
    ("Hej.\n\nJag vill anmäla mig till alla fyra träffar. Det är orimligt att de börjar så tidigt, men jag kommer.",
     Intent.REGISTER),
])
def test_a_near_miss_a_view_beside_a_request_is_read(config: Config, text: str, intent: Intent) -> None:
    assert _mail(text, config).intent == intent


# --- B: a signup on the answer's condition

@pytest.mark.parametrize("text", [
    "Hej!\n\nÄr det för sent att anmäla sig? Jag skulle i så fall vilja gå på träffen 21 september och den i februari.",
    "Hej!\n\nFinns det plats kvar? Vi skulle i så fall gärna vilja gå på 21/9 och 22/2.",
])
def test_b_a_signup_on_the_answer_s_condition(config: Config, text: str) -> None:
    r = _mail(text, config, "Sen anmälan?")
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S4)
    assert r.question is not None


def test_b_near_miss_a_wish_to_know_is_a_question(config: Config) -> None:
    r = _mail("Hej!\n\nÄr det för sent att anmäla sig? Jag skulle i så fall vilja veta om det finns en väntelista.",
              config, "Sen anmälan?")
    assert r.intent == Intent.QUESTION
    assert ALL


# --- C: a stand-in only maybe

@pytest.mark.parametrize("text", [
    ("Hej,\n\nJag kan tyvärr inte vara med i maj, jag blir föräldraledig. Min kollega Pia Holm kanske kan gå i mitt "
    "ställe, men hon har inte bestämt sig än. Jag hör av mig."),
    "Hej,\n\nJag kan inte komma den 3 maj. Pia Holm kan eventuellt ta min plats, jag återkommer om det.",
])
def test_c_a_stand_in_only_maybe(config: Config, text: str) -> None:
    r = _mail(text, config, "SV: Bekräftelse: anmälan till DalaLab")
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Ola Ek"]
    assert r.sessions == (S1,)


def test_c_near_miss_a_stand_in_for_sure(config: Config) -> None:
    r = _mail("Hej,\n\nJag kan inte komma den 3 maj. Min kollega Pia Holm går i mitt ställe.", config)
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"
