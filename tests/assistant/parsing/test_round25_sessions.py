"""Sessions, twenty-fifth round: classes of readings, each in words of its own (none from a corpus).

- a month's name or abbreviation with two letters side by side swapped ("3 mja", "21 spet", "29 nvo"): that month,
  not when the slip makes a word or name of its own ("3 par", "Mia");
- "alla"/"hela" before a hyphenated compound naming the event ("alla DalaLab-träffarna", "hela DalaLab-serien"): the
  whole series; not a season's, month's or weekday's compound ("alla höst-träffarna": the autumn's);
- a "|" table (an HTML table's text) with a column a session and marks under those each person goes to: each row's
  sessions, the union for the message, a column nobody marked left out;
- a date named as when the writer has something else on ("Den 21/9 har vi styrelsemöte", "we have a council meeting
  on 29 November"): marked ``busy`` and still named (the reader may weigh it; see /tmp/proposals/round25_sessions.md).
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.dates import month_of
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import find_mention
from assistant.parsing.text import clean
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, SESSIONS, build_mail, dates

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "8125", "Stina Berg")
KARIN = "Karin Dahl <karin.dahl@orsa.se>"
MARCH = dt.date(2027, 3, 1)


def mail(body: str, config: Config, subject: str = "DalaLab", html: str | None = None) -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject=subject, html=html), config, ARRIVAL)


# ------------------------------------------------ a month with two letters swapped
@pytest.mark.parametrize(("word", "month"), [
    ("mja", 5), ("spe", 9), ("nvo", 11), ("fbe", 2), ("spet", 9), ("arpil", 4), ("novmeber", 11), ("Mja", 5),
])
def test_a_month_with_two_letters_swapped(word: str, month: int) -> None:
    assert month_of(word) == month


@pytest.mark.parametrize("word", ["par", "mia", "Amy", "kot", "esp"])
def test_a_swap_that_makes_a_word_is_no_month(word: str) -> None:
    assert month_of(word) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("kan du skriva upp mig på 21 spe och 29 nvo?", {S2, S3}),
    ("anmäl mig till 3 mja tack", {S1}),
    ("jag tar 22 fbe och 3 maj", {S1, S4}),
])
def test_sessions_with_a_swapped_month(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("vi köpte 3 par nya skor till kontoret", set()),      # near-miss: "par" is a word
    ("hälsa Mia och 3 maj passar", {S1}),                   # near-miss: a name beside a date
])
def test_a_swap_that_is_a_word_names_no_session(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_chat_signup_with_a_swapped_month(config: Config) -> None:
    r = parse_chat("hej! skriv upp mig på 29 nvo och 22 feb, stina från mora", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S3, S4]


# ------------------------------------------------ "alla"/"hela" before the event's hyphenated compound
@pytest.mark.parametrize("text", [
    "jag vill anmäla mig till alla DalaLab-träffarna",
    "skriv upp mig på hela DalaLab-serien",
    "anmäl mig till alla fyra Lab-tillfällena",
])
def test_all_of_the_events_compound(text: str) -> None:
    assert find_mention(text, SESSIONS, MARCH).whole


@pytest.mark.parametrize(("text", "expected"), [
    ("anmäl mig till alla höst-träffarna", {S2, S3}),       # near-miss: a season's compound
    ("jag vill gå på alla höstträffarna", {S2, S3}),
])
def test_all_of_a_seasons_compound_is_the_season(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_new_diet_beside_all_sessions_held(config: Config) -> None:
    r = mail("Hej!\n\nMin chef anmälde mig och jag står på alla DalaLab-tillfällena. Numera äter jag vegansk kost, "
             "kan ni föra in det?\n\nHälsningar\nKarin Dahl\nOrsa kommun", config, "Kost")
    assert r.intent == Intent.CHANGE
    assert r.diet is not None
    assert sorted(r.sessions) == [S1, S2, S3, S4]


# ------------------------------------------------ a "|" grid of people and sessions
GRID = ("<html><body><p>Hej, här är vi som ska med (x = kommer):</p><table>"
        "<tr><th>Namn</th><th>3/5</th><th>21/9</th><th>29/11</th><th>22/2</th></tr>"
        "<tr><td>Karin Dahl</td><td></td><td>x</td><td></td><td>x</td></tr>"
        "<tr><td>Olle Ek</td><td></td><td>x</td><td></td><td></td></tr>"
        "</table><p>Olles adress: olle.ek@orsa.se</p><p>/Karin Dahl, Orsa kommun</p></body></html>")


def test_a_grid_of_people_and_sessions_as_rows(config: Config) -> None:
    r = mail("", config, "Anmälan", html=GRID)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [S2, S4]
    assert sorted(p.name or "" for p in r.people) == ["Karin Dahl", "Olle Ek"]


def test_a_typed_grid_with_no_for_not_coming() -> None:
    text = clean("| 3 maj | 21 sep | 29 nov\nPer Ek | ja | nej | ja\nEva Al | nej | nej | ja\n\nTack!")
    assert "Per Ek | 3 maj, 29 nov" in text
    assert "Eva Al | 29 nov" in text


@pytest.mark.parametrize("text", [
    # near-misses: a table of names and addresses; a table of dates with prose in its cells; a table of times
    "Namn | E-post\nPer Ek | per.ek@orsa.se\nEva Al | eva.al@orsa.se",
    "| 3 maj | 21 sep\nPer Ek | kommer gärna | kanske",
    "Tid | 09.30 | 13.00\nPer Ek | x | x",
])
def test_other_tables_are_left_as_written(text: str) -> None:
    assert clean(text) == text


# ------------------------------------------------ a date named as when the writer has something else on
@pytest.mark.parametrize(("text", "day"), [
    ("Den 21/9 har vi styrelsemöte.", S2),
    ("22 februari har jag tyvärr semester", S4),
    ("Vi har budgetmöte den 3 maj.", S1),
    ("On 29 November we have a council meeting.", S3),
    ("den 29 november är det KF", S3),
])
def test_a_date_of_something_else_is_marked_busy(text: str, day: dt.date) -> None:
    """The date stays named (a next sentence may cancel "det tillfället"), and is marked as when they are elsewhere."""
    m = find_mention(text, SESSIONS, MARCH)
    assert m.busy == {day}
    assert m.dates == {day}


@pytest.mark.parametrize("text", [
    "Den 3 maj har jag tid.",                                       # near-miss: free then
    "Vi har mötet den 21/9 inbokat i kalendern.",                   # the session itself
    "Den 29/11 har vi fullmäktige men jag kommer ändå.",            # coming all the same
    "vi har KF den 21/9, så den träffen får ni stryka",             # the clause after gives it up
    "jag kommer på 3 maj och 21/9",
])
def test_dates_beside_no_engagement_are_not_busy(text: str) -> None:
    m = find_mention(text, SESSIONS, MARCH)
    assert m.dates and not m.busy


@pytest.mark.parametrize("body", [
    "Hej! Nu ser jag att vi har styrelsemöte den 21 september, så den träffen får ni stryka mig från.\n\n/Karin",
    "Hej, jag är anmäld till alla fyra. Den 21/9 har vi styrelsemöte. Kan ni ta bort mig från det tillfället?\n\n/Karin",
])
def test_an_engagement_beside_the_session_given_up(config: Config, body: str) -> None:
    """Near-miss: the clause or sentence after the engagement gives that day up: it is the one cancelled."""
    r = mail(body, config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == [S2]
