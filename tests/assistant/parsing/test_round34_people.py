"""Who a request is about, round 34: by class, each in words of its own (none from a corpus), with near-misses.

- B: a diet told for one of several the writer signed up before, the others said to stand as they were ("I februari
  anmälde jag X, Y och Z. Y är glutenintolerant – kan ni notera det? De andra gäller som förut"): a change of that
  one alone, with the diet; a signup of several with one's diet stays a signup of all;
- C: a colleague signed up by mistake with a private address, the work address to be used instead ("X anmäldes med
  sin privata adress (x@gmail.com). Använd i stället x@kommun.se"): the colleague alone, with the work address, no
  sessions; a substitute named with an address stays a substitution;
- D: in English, a colleague can no longer make one session, still coming to another, a third's signup unchanged:
  a cancellation of that session for that colleague alone; the writer cancelling a session stays the writer.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

TOVE = "Tove Ek <tove.ek@leksand.se>"
SIGNED = "\n\nHälsningar\nTove Ek\nLeksands kommun\n"
SIGNED_EN = "\n\nBest regards,\nTove Ek\nLeksands kommun\n"


def _mail(text: str, config: Config, sender: str = TOVE, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- B: a diet for one of several signed up before

@pytest.mark.parametrize(("text", "who"), [
    (("Hej igen,\n\nI februari anmälde jag Kalle Ström, Maria Lind och Sofia Berg. Maria har nu berättat att hon "
     "är vegetarian – kan ni skriva upp det till maten? De andra anmälningarna gäller som förut."), "Maria Lind"),
    (("Hej!\n\nFörra månaden anmälde jag Kalle Ström, Maria Lind och Sofia Berg. Kalle har hört av sig om att han "
     "är vegetarian, kan ni notera det? Övriga anmälningar står kvar som de är."), "Kalle Ström"),
])
def test_b_the_one_with_the_diet_alone(config: Config, text: str, who: str) -> None:
    r = _mail(text + SIGNED, config, subject="Specialkost")
    assert r.intent == Intent.CHANGE
    assert len(r.people) == 1
    assert r.people[0].name == who
    assert r.people[0].email is None
    assert r.people[0].organisation == "Leksands kommun"
    assert r.people[0].diet == "vegetarian"
    assert r.diet == "vegetarian"
    assert list(r.sessions) == []


def test_b_near_miss_a_signup_of_three_with_one_diet(config: Config) -> None:
    r = _mail("Hej!\n\nJag anmäler Kalle Ström, Maria Lind och Sofia Berg till alla fyra träffarna. Maria är "
              "vegetarian." + SIGNED, config, subject="Anmälan")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Kalle Ström", "Maria Lind", "Sofia Berg"]
    assert list(r.sessions) == list(ALL)


# --- C: a colleague's work address instead of the private one

@pytest.mark.parametrize("text", [
    ("Hej,\n\nKlara Nyström blev av misstag anmäld med sin privata adress (klaran88@hotmail.com). Använd i stället "
     "klara.nystrom@leksand.se för alla utskick om träffarna.\n\nTack!"),
    ("Hej,\n\nKlara Nyström anmäldes tyvärr med sin privata mejladress (klaran88@hotmail.com). Skicka hellre allt "
     "till klara.nystrom@leksand.se framöver."),
    ("Hej,\n\nJag anmälde Klara Nyström i januari, men med hennes privata adress (klaran88@hotmail.com). Använd i "
     "stället klara.nystrom@leksand.se."),
])
def test_c_the_colleague_with_the_work_address(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, subject="Ändrad adress för deltagare")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email, p.organisation) for p in r.people] == [
        ("Klara Nyström", "klara.nystrom@leksand.se", "Leksands kommun")]
    assert list(r.sessions) == []


def test_c_near_miss_a_substitute_with_an_address(config: Config) -> None:
    r = _mail("Hej,\n\nKlara Nyström kan tyvärr inte komma på träffarna. I stället kommer Oskar Berg, "
              "oskar.berg@leksand.se, på alla fyra." + SIGNED, config, subject="Byte av deltagare")
    assert r.intent == Intent.CHANGE
    assert "Oskar Berg" in _names(r)


# --- D: English, a colleague drops one session

@pytest.mark.parametrize(("text", "session"), [
    (("Hi Linnea,\n\nSven Holm can no longer make the 29 November session, unfortunately. He will still attend in "
     "September. Lisa's registration is unchanged."), S3),
    (("Hello,\n\nSven Holm is unable to attend on 21 September after all. He still plans to come in November. "
     "Nothing changes for Lisa."), S2),
])
def test_d_the_colleague_cancels_one_session(config: Config, text: str, session: object) -> None:
    r = _mail(text + SIGNED_EN, config, subject="DalaLab – one cancellation")
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.email) for p in r.people] == [("Sven Holm", None)]
    assert list(r.sessions) == [session]


def test_d_near_miss_the_writer_cancels_one_session(config: Config) -> None:
    r = _mail("Hi Linnea,\n\nI can no longer make the 29 November session, unfortunately. I will still attend in "
              "September." + SIGNED_EN, config, subject="DalaLab – cancellation")
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Tove Ek"]
    assert list(r.sessions) == [S3]
