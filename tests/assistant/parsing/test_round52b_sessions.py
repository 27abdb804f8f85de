"""Sessions, round 52b (on dev51): general readings, each with wording of its own (none from a corpus).

- sessions chosen by a day of the week in the plural without a compound ("jag kan bara måndagar", "de träffar som
  hålls på en tisdag") are the configured sessions held on that day, not the next such day nor all four;
- the sessions a writer says they meant after taking others back, as the closing clause ("nej vänta, feb går inte 😬
  maj och november då!"), are read (and asked about, ``Unsure.CORRECTED``); a closing "Alltså bara 29/11" settles
  them as "Bara 29/11 alltså" does;
- a clause saying the writer has something else on then ("i nov har vi budgetmöte", "in Feb we're on a study trip"),
  beside sessions asked for in the same sentence, declines the sessions it names (before: only when it stood alone);
  lower-case "may" joined to another month by "+" or "&" is May;
- "the others" given up ("stryk mig från de andra tre", "please cancel the other three") beside the session kept
  are the sessions other than that one;
- "nästa gång" said of what the organisers do ("hoppas ni tänker om till nästa gång", "next time you could ...") is
  their next event, no session.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "5201", "Ida Sund")


# ------------------------------------------------ sessions by a weekday in the plural
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kan bara måndagar.", {S1, S3}),
    ("Anmäl mig till de träffar som hålls på en måndag.", {S1, S3}),
    ("Boka mig på tillfällena som är på tisdagar, tack", {S2, S4}),
    ("vi har personalmöte varje tisdag, så jag kan endast på måndagar", {S1, S3}),
])
def test_sessions_on_a_weekday_in_the_plural_are_those_held_on_it(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_weekday_of_something_else_is_no_session() -> None:
    assert dates("Vi har ledningsgrupp varje måndag.") == set()


def test_a_signup_by_weekday_books_those_sessions(config: Config) -> None:
    r = parse_chat("tjena! kan bara tisdagar pga schemat, så skriv upp mig på de träffar som infaller på en tisdag. "
                   "/ida sund, orsa", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S4]


# ------------------------------------------------ a writer's own correction settles the sessions
def _chat(text: str, config: Config) -> tuple[Intent, list[dt.date], tuple[object, ...]]:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    return r.intent, list(r.sessions), r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    # the sessions meant said as the closing clause after a taking back ("... då!", "... istället")
    ("anmäl mig till maj och feb... nej vänta, feb går inte 😬 maj och november då!", [S1, S3]),
    ("Boka mig på 21/9 och 22/2. Nej förresten, 22/2 har jag semester. 21/9 och 29/11 då.", [S2, S3]),
    ("skriv upp mig på 3/5. oj nej, då är jag bortrest – 21/9 istället", [S2]),
])
def test_the_sessions_meant_after_a_taking_back_are_read_and_asked(config: Config, text: str,
                                                                    sessions: list[dt.date]) -> None:
    intent, read, unsure = _chat(text, config)
    assert intent == Intent.REGISTER
    assert read == sessions
    assert Unsure.CORRECTED in unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag anmäler mig till träffen den 3 maj. Rättelse: det är 22 februari jag kan, inte maj. Alltså bara 22/2.", [S4]),
    ("Anmäl mig till 21/9 och 29/11. Alltså bara 29/11, tack.", [S3]),
])
def test_a_closing_alltsa_bara_settles_the_sessions(config: Config, text: str, sessions: list[dt.date]) -> None:
    intent, read, _ = _chat(text, config)
    assert intent == Intent.REGISTER
    assert read == sessions


def test_a_closing_then_without_a_taking_back_is_no_correction(config: Config) -> None:
    intent, read, unsure = _chat("Anmäl mig till 3 maj och 21/9. Vi ses då!", config)
    assert intent == Intent.REGISTER
    assert read == [S1, S2]
    assert Unsure.CORRECTED not in unsure


# ------------------------------------------------ sessions named only as when the writer is busy, beside those asked
@pytest.mark.parametrize(("text", "sessions"), [
    ("anmäl mig till maj och feb, i november har vi budgetmöte", [S1, S4]),
    ("Anmäl oss till maj och sept, i nov är vi på studieresa.", [S1, S2]),
    ("pls sign me up, only sept & feb, in may I'm on a course abroad", [S2, S4]),
    ("sign me up for may + nov please, in september we're on holiday", [S1, S3]),
])
def test_sessions_named_as_when_busy_beside_those_asked_are_declined(config: Config, text: str,
                                                                      sessions: list[dt.date]) -> None:
    intent, read, _ = _chat(text, config)
    assert intent == Intent.REGISTER
    assert read == sessions


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäl mig till maj och sept, i nov har vi budgetmöte men jag kommer ändå.", [S1, S2, S3]),
    ("Jag kommer på 3 maj och 29/11, den 21/9 har vi fullmäktige så den träffen stryker jag.", [S1, S3]),
])
def test_a_busy_clause_that_still_comes_or_gives_up_is_read_as_before(config: Config, text: str,
                                                                      sessions: list[dt.date]) -> None:
    _, read, _ = _chat(text, config)
    assert read == sessions


# ------------------------------------------------ "the others" given up beside the one kept
@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag hinner bara med träffen i februari, så stryk mig från de andra tre.", [S1, S2, S3]),
    ("My director wants me at the September session only, so please cancel the other three sessions.", [S1, S3, S4]),
    ("I'll keep 3 May but cancel the other three, please.", [S2, S3, S4]),
])
def test_the_others_given_up_beside_the_one_kept_are_cancelled(config: Config, text: str,
                                                               sessions: list[dt.date]) -> None:
    intent, read, _ = _chat(text, config)
    assert intent == Intent.CANCEL
    assert read == sessions


# ------------------------------------------------ the organisers' "next time"
@pytest.mark.parametrize("text", [
    "Hoppas ni tänker om till nästa gång.",
    "Ni borde skicka inbjudan tidigare nästa gång.",
    "Next time you could pick a venue closer to the train station.",
])
def test_the_organisers_next_time_is_no_session(text: str) -> None:
    assert dates(text) == set()


def test_a_complaint_of_the_quota_asks_nothing(config: Config) -> None:
    intent, read, _ = _chat("Jag vill bara säga att tre per kommun är alldeles för lite för oss i Falun, vi är femton "
                            "planerare. Hoppas ni ändrar på det till nästa gång.", config)
    assert intent == Intent.UNKNOWN
    assert read == []


def test_coming_next_time_is_still_the_next_session() -> None:
    """Near-miss: the writer (not the organisers) comes next time."""
    assert dates("Jag kommer nästa gång.") == {S1}
