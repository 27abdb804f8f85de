"""Intent, round 28: by class, each in wordings of its own (none from a corpus), and near-misses that must keep
their reading.

- A: a question dictated without its mark that opens with "undrar" and a question word ("undrar hur många vi får
  skicka"), or with an impersonal "går det att" / "är det möjligt att" ("går det att vara med på distans 21/9"): a
  question; a wish of some unnamed people beside it ("vi är fem som gärna vill vara med") is no signup yet;
- B: a colleague who "vill också hänga på" (the colloquial verb of joining in the infinitive): a signup;
- C: a short yes to our offer of a place left free, quoted below ("Ja, jag tar den!" under "nu finns en plats
  ledig ... Vill du ha den?"): told by ``offer_accepted`` (the reading hook is proposed for reading.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import intent as _intent
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"
CHAT = Sender("telegram", "4711", "Elin Dahl")

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _read(config: Config, text: str, subject: str = "DalaLab", sender: str = ELIN, signed: bool = True) -> ParsedRequest:
    body = text + (SIGNED if signed else "")
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, AT)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: a question dictated without its mark, opening with "undrar ..." or "går det att ..."

WONDERED = [
    ("Hej Linnea\n\nUndrar hur många vi kan skicka från Hedemora kommun. Vi är fem på planeringsenheten som gärna "
     "vill vara med, men någon sa att det finns en gräns per kommun."),
    "Hej! Jag undrar hur många platser varje kommun har. Vi är fyra på plan och bygg som gärna vill delta",
    "Hej, undrar vad som gäller för antalet deltagare per kommun. Vi är ett gäng som vill vara med i år",
]


@pytest.mark.parametrize("text", WONDERED)
def test_a_wondering_without_its_mark_is_a_question(config: Config, text: str) -> None:
    r = _read(config, text, subject="Antal deltagare")
    assert r.intent == Intent.QUESTION, text
    assert r.people == () and r.sessions == ()


IMPERSONAL = [
    "går det att delta på distans den 21 september om man inte hinner åka till Falun",
    "är det möjligt att vara med via länk på novemberträffen, jag sitter fast i Mora den veckan",
    "Går det bra att komma en timme senare den 3 maj eftersom tåget är sent",
]


@pytest.mark.parametrize("text", IMPERSONAL)
def test_an_impersonal_question_without_its_mark_is_a_question(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.QUESTION, text
    assert r.people == () and r.sessions == ()


def test_a_condition_opening_with_gar_det_bra_stays_a_signup(config: Config) -> None:
    """Near-miss: "Går det bra så anmäler jag mig" is a signup on a condition of politeness, not a question."""
    r = _read(config, "Hej! Går det bra så anmäler jag mig till alla fyra träffarna.")
    assert r.intent == Intent.REGISTER


def test_a_signup_beside_a_wondering_stays_a_signup(config: Config) -> None:
    """Near-miss: a signup made, a side question dictated after it."""
    r = _read(config, "Hej! Jag anmäler mig till träffen den 3 maj. Undrar om det blir lunch")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


def test_counted_people_named_stay_a_signup(config: Config) -> None:
    """Near-miss: those who want to come named, no question: a signup."""
    r = _chat(config, "Vi är tre som vill anmäla oss till 3 maj: Per Holm, Eva Lind och jag")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elin Dahl", "Eva Lind", "Per Holm"]


# --- B: a colleague who "vill också hänga på"

HANGING_ON = [
    "Hej! Min kollega Per Holm vill också hänga på i DalaLab. Hans mejl är per.holm@hedemora.se",
    "Hej igen! Nu vill min kollega Per Holm (per.holm@hedemora.se) också hänga på.",
]


@pytest.mark.parametrize("text", HANGING_ON)
def test_a_colleague_hanging_on_is_a_signup(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.REGISTER, text
    assert _names(r) == ["Per Holm"]
    assert list(r.sessions) == [S1, S2, S3, S4]


def test_same_sessions_as_the_confirmed_writer(config: Config) -> None:
    """A colleague added in a reply over our confirmation, "till samma träffar som jag": those confirmed."""
    text = ("Tack för bekräftelsen! Min kollega Per Holm vill också hänga på, till samma träffar som jag. Hans adress "
            "är per.holm@hedemora.se\n\n/Elin\n\n> Hej Elin!\n>\n> Tack för din anmälan. Du är anmäld till:\n>\n"
            ">   • 3 maj 2027 (Falun)\n>   • 21 september 2027\n>\n> Välkommen!\n> Linnea Hassis\n> Region Dalarna\n")
    r = _read(config, text, subject="SV: Bekräftelse på din anmälan", signed=False)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Per Holm"]
    assert list(r.sessions) == [S1, S2]


def test_not_hanging_on_is_no_signup(config: Config) -> None:
    """Near-miss: a colleague who will not hang on is no signup."""
    r = _read(config, "Min kollega Per Holm vill inte hänga på den här gången, han har för mycket på jobbet.")
    assert r.intent != Intent.REGISTER


# --- C: a yes to our offer of a place left free (the helper; the reading hook is a proposal)

OFFER = ("Hej Elin!\n\nDu stod på reservlistan för Hedemora. Per Holm har avanmält sig, så nu finns en plats ledig för "
         "er kommun. Den gäller höstens två träffar (21 september och 29 november). Vill du ha den?\n\nHälsningar\n"
         "Linnea Hassis\nRegion Dalarna\n")
OFFER_EN = ("Hi Elin,\n\nYou were on the waiting list. A place has become available for your municipality for the "
            "September session. Would you like it?\n\nBest regards\nLinnea Hassis\n")

TAKEN = [("Ja, absolut! Jag tar den.", OFFER), ("Ja tack, gärna!", OFFER), ("Jag tar platsen, tack!", OFFER),
         ("Yes please, I'll take it.", OFFER_EN)]


@pytest.mark.parametrize(("own", "quoted"), TAKEN)
def test_an_offer_taken(own: str, quoted: str) -> None:
    assert _intent.offer_accepted(fold(own), fold(quoted)), own


NOT_TAKEN = [("Nej tack, jag står över den här gången.", OFFER),       # declined
             ("Ja, jag tar den. Vet ni om det blir lunch?", OFFER),     # something more asked
             ("Ja, absolut! Jag tar den.", "Hej Elin!\n\nTack för din anmälan. Du är anmäld till 21 september.\n"),
             ("Tack, men jag hinner inte.", OFFER)]


@pytest.mark.parametrize(("own", "quoted"), NOT_TAKEN)
def test_no_offer_taken(own: str, quoted: str) -> None:
    assert not _intent.offer_accepted(fold(own), fold(quoted)), own
