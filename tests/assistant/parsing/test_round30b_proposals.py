"""Round 30b: the proposals of round 30 applied, by class, each in wordings of its own (none from a corpus), and
near-misses that must keep their reading.

- A: a signup (or removal) of someone named asked of the reader as a question ("kan du anmäla Per till alla
  träffarna?"): the model's QUESTION is not stated over it; the intent stays marked unsure;
- B: the writer and a colleague joined as one subject of a diet ("jag och min kollega Per Holm är båda
  laktosintoleranta"): the diet is both people's;
- C: the polite condition "om det går bra" / "om det passar bra" after a swap: leave asked, no session kept;
- D: the swap verb slipped one key ("byra 21/9 mot 29/11"): a swap, the new session only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import reading as reading_module
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"
CHAT = Sender("telegram", "4712", "Elin Dahl")

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest); A sets the model's


def _read(config: Config, text: str, signed: bool = True) -> ParsedRequest:
    return parse_email(build_mail(text + (SIGNED if signed else ""), sender=ELIN), config, AT)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, AT)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


@pytest.fixture
def model_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The intent model sure the message is a question (as it is of a request put as one)."""
    monkeypatch.setattr(reading_module, "opinion", lambda *_: (Intent.QUESTION, 0.8))


# --- A: a signup of someone named asked of us, put as a question

ASKED_OF_US = [
    ("Hej, kan du anmäla Per Holm (per.holm@hedemora.se) till alla träffarna? Han missade inbjudan.",
     Intent.REGISTER, "Per Holm"),
    ("Kan ni stryka Per Holm (per.holm@hedemora.se) från alla träffarna? Han har slutat hos oss.",
     Intent.CANCEL, "Per Holm"),
    ("Hi, could you register my colleague Per Holm (per.holm@hedemora.se) for all four sessions?",
     Intent.REGISTER, "Per Holm"),
]


@pytest.mark.usefixtures("model_asks")
@pytest.mark.parametrize(("text", "intent", "name"), ASKED_OF_US)
def test_a_signup_asked_of_us_is_not_only_a_question(config: Config, text: str, intent: Intent, name: str) -> None:
    r = _read(config, text)
    assert r.intent == intent
    assert name in _names(r)
    assert Unsure.INTENT in r.unsure


QUESTIONS_ONLY = [
    "Kan man anmäla en kollega senare, om hen får ledigt?",
    "Hur anmäler jag en kollega till träffarna?",
]


@pytest.mark.usefixtures("model_asks")
@pytest.mark.parametrize("text", QUESTIONS_ONLY)
def test_a_question_naming_no_one_stays_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION


# --- B: the writer and a colleague joined as one subject of a diet

JOINED = [
    "Hej! Jag och min kollega Per Holm på Hedemora kommun är båda laktosintoleranta, kan ni ändra kosten för oss?",
    "Jag och min kollega Per Holm är vegetarianer numera, kan ni uppdatera det?",
]


@pytest.mark.parametrize("text", JOINED)
def test_b_a_diet_of_the_writer_and_a_colleague_is_both(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert _names(r) == ["Elin Dahl", "Per Holm"]
    assert all(p.diet for p in r.people)
    assert not r.sessions


def test_b_each_their_own_diet_keeps_one_each(config: Config) -> None:
    r = _chat(config, "Per Holm är vegan och jag är glutenfri, kan ni ändra kosten?")
    diets = {p.name: p.diet for p in r.people}
    assert diets.get("Per Holm") != diets.get("Elin Dahl")


def test_b_a_pronoun_before_the_diet_keeps_it_hers(config: Config) -> None:
    r = _chat(config, "Jag och min kollega Eva Strand vill komma 3/5\nHon är vegan")
    assert {p.name: p.diet for p in r.people} == {"Elin Dahl": None, "Eva Strand": "vegan"}


# --- C: "om det går bra" after a swap is a polite condition

POLITE = [
    ("Jag är anmäld till 3 maj men skulle vilja byta till 22 februari om det går bra?", [S4]),
    ("Jag är anmäld till 21/9 men vill gärna byta till 29/11 om det passar bra.", [S3]),
]


@pytest.mark.parametrize(("text", "sessions"), POLITE)
def test_c_a_polite_condition_keeps_no_session(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == sessions


KEPT = [
    ("Jag är anmäld till 3 maj och 21/9. Maj går bra, men 21/9 vill jag byta till 29/11.", [S1, S3]),
    ("Jag är anmäld till 3 maj och 21 september, lägg till 29 november om det går bra.", [S1, S2, S3]),
]


@pytest.mark.parametrize(("text", "sessions"), KEPT)
def test_c_a_session_said_to_suit_stays(config: Config, text: str, sessions: list[dt.date]) -> None:
    assert sorted(_read(config, text).sessions) == sessions


# --- D: the swap verb slipped one key

SLIPPED = [
    ("byra 3/5 mot 22/2 pga en konferens, går det??", [S4]),
    ("Hej, byra 21/9 till 29/11 tack", [S3]),
    ("Kan jag byra 3 maj mot 21 september?", [S2]),
]


@pytest.mark.parametrize(("text", "sessions"), SLIPPED)
def test_d_a_slipped_swap_verb_is_a_swap(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == sessions


@pytest.mark.parametrize("text", [
    "Jag jobbar på en byrå och vill anmäla mig till 29/11.",
    "Vår byrå 3 personer vill anmäla sig till 29/11.",
])
def test_d_an_agency_is_no_swap(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S3]
