"""Intent and who, round 37b: by class, each in words of its own (none from a corpus), with near-misses.

- A: a reply over our confirmation saying the signup went wrong and meant only some of it ("det blev fel, jag ville
  bara ha den sista. Kan ni ändra?"): a change to the sessions named (or a cancellation of the rest: asked); a new
  signup that names no mistake stays a signup;
- B: a view on the event from one whose signup stands ("Jag vill lämna en synpunkt ... Jag är anmäld och kommer
  ändå, men tycker att ni borde ..."): no request (``unknown``); a view beside a request acts on the request;
- C: an erasure asked for named others' names and addresses ("att deras namn och e-postadresser tas bort ur era
  listor och register"): an erasure of those named, not of the writer (a shared mailbox);
- D: the writer signing up colleagues while only trying to come themselves ("själv försöker jag också komma loss"):
  the colleagues only, the writer's coming asked about; "jag kommer också" still puts the writer in.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLA = "Ola Berg <ola.berg@orsa.se>"
CONFIRMATION = ("\n\nOla\n\nFrån: Anmälan DalaLab <linnea.hassis@regiondalarna.se>\nDatum: 2 mars 2027\nÄmne: Bekräftelse: "
                "din anmälan till DalaLab\n\n> Hej Ola!\n>\n> Tack för din anmälan till DalaLab.\n> Du är anmäld till "
                "följande tillfällen:\n>\n>   * 3 maj 2027, Falun\n>   * 21 september 2027\n>   * 29 november 2027\n"
                ">   * 22 februari 2028\n>\n> Vänliga hälsningar\n> Anmälan DalaLab\n")


def _mail(text: str, config: Config, sender: str = OLA, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- A: a signup corrected over our confirmation

@pytest.mark.parametrize("text", [
    "Hej! Det blev visst fel, jag ville bara vara med på den sista träffen i februari. Inte de andra. Kan ni ändra?",
    "Hoppsan, här är något fel: jag menade bara 22/2, inte alla fyra.",
])
def test_a_a_signup_corrected_over_our_confirmation_is_a_change(config: Config, text: str) -> None:
    r = _mail(text + CONFIRMATION, config, subject="SV: Bekräftelse: din anmälan till DalaLab")
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Ola Berg"]
    assert list(r.sessions) == [S4]


def test_a_near_miss_a_signup_that_names_no_mistake_stays_a_signup(config: Config) -> None:
    r = _mail("Hej! Det blev fel i mitt förra mejl, det kom aldrig iväg. Jag vill anmäla mig till den 22 februari.\n\n"
              "Ola Berg\nOrsa kommun", config, subject="Anmälan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S4]


# --- B: a view from one whose signup stands

@pytest.mark.parametrize("text", [
    ("Hej,\n\nJag vill lämna en synpunkt. Att alla träffar hålls i Falun gör det svårt för oss i norra länet, det "
     "borde finnas ett digitalt alternativ. Jag är anmäld och kommer ändå, men tycker att ni borde se över det till "
     "nästa år."),
    ("Hej! Lite feedback: tre platser per kommun är för få för oss. Jag är redan anmäld och deltar som planerat, men "
     "anser att ni borde ändra kvoten inför nästa år."),
])
def test_b_a_view_from_one_whose_signup_stands_is_no_request(config: Config, text: str) -> None:
    r = _mail(text + "\n\nOla Berg\nOrsa kommun", config, subject="Synpunkt på DalaLab")
    assert r.intent == Intent.UNKNOWN
    assert list(r.people) == []
    assert list(r.sessions) == []


def test_b_near_miss_a_view_beside_a_signup_is_a_signup(config: Config) -> None:
    r = _mail("Hej! En synpunkt: det borde finnas ett digitalt alternativ. Anmäl mig i alla fall till alla "
              "träffar.\n\nOla Berg\nOrsa kommun", config, subject="Synpunkt och anmälan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)


# --- C: others' names and addresses to be erased

@pytest.mark.parametrize("text", [
    ("Hej,\n\nTvå tidigare medarbetare, Greta Holm och Arvid Ström, har slutat hos oss och avanmäldes i januari. De "
     "vill nu att deras namn och e-postadresser tas bort ur era anmälningslistor och register.\n\nTack på förhand!"),
    ("Hej! Greta Holm och Arvid Ström har slutat hos oss. De har bett oss se till att deras namn tas bort ur era "
     "register."),
])
def test_c_others_names_erased_is_their_erasure(config: Config, text: str) -> None:
    r = _mail(text + "\n\nMed vänlig hälsning\nPersonalenheten\nOrsa kommun", config,
              sender="Personalenheten Orsa <personal@orsa.se>", subject="Radering av personuppgifter")
    assert r.intent == Intent.ERASURE
    assert sorted(p.name or "" for p in r.people) == ["Arvid Ström", "Greta Holm"]


def test_c_near_miss_the_writers_own_erasure(config: Config) -> None:
    r = _mail("Hej! Jag vill att mitt namn och min adress tas bort ur era register.\n\nOla Berg\nOrsa kommun", config,
              subject="Radering")
    assert r.intent == Intent.ERASURE
    assert [p.name for p in r.people] == ["Ola Berg"]


# --- D: the writer only trying to come

@pytest.mark.parametrize("own", [
    "Själv försöker jag också komma loss, men det beror på budgetarbetet.",
    "Jag försöker själv hinna med, men vet inte än.",
])
def test_d_the_writer_only_trying_to_come_is_asked_about(config: Config, own: str) -> None:
    r = _mail("Hej,\n\nHärmed anmäler jag Mira Dahl (mira.dahl@orsa.se) och Jon Ek (jon.ek@orsa.se) till DalaLab. "
              + own + "\n\nMvh\nOla Berg\nOrsa kommun", config, subject="Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Mira Dahl", "Jon Ek"]
    assert Unsure.SENDER_ATTENDS in r.unsure


def test_d_near_miss_the_writer_coming_too_is_among_them(config: Config) -> None:
    r = _mail("Hej,\n\nHärmed anmäler jag Mira Dahl (mira.dahl@orsa.se) och Jon Ek (jon.ek@orsa.se) till DalaLab. "
              "Själv kommer jag också.\n\nMvh\nOla Berg\nOrsa kommun", config, subject="Anmälan DalaLab")
    assert sorted(p.name or "" for p in r.people) == ["Jon Ek", "Mira Dahl", "Ola Berg"]
