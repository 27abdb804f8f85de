"""Sessions, twenty-first round: classes of readings, each in words of its own (none from a corpus).

- a range of session numbers ("träff 1–3", "sessions 2-4"): every session from the first to the last;
- a change from one set of numbered sessions to another ("från träff 1+2 till 1+4"): the second set's numbers are
  sessions too, though no session noun is written before them;
- "de två andra träffarna", "the other two sessions" after a clause naming the sessions one cannot come to: the
  others, not those named;
- a month said as a whole span of time ("hela maj", "all of May"): when one is busy, not a session asked for.
"""

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates

CHAT = Sender("telegram", "8080", "Siv Lund")
SIV = "Siv Lund <siv.lund@orsa.se>"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, mail: Callable[..., bytes], body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=SIV, subject=subject), config, ARRIVAL)


# ------------------------------------------------ a range of session numbers
@pytest.mark.parametrize(("text", "expected"), [
    ("träff 1–3", {S1, S2, S3}),
    ("träff 1-3", {S1, S2, S3}),
    ("tillfälle 2–4 tack", {S2, S3, S4}),
    ("sessions 1-2 please", {S1, S2}),
    ("träffarna 2 - 4", {S2, S3, S4}),
    ("session 3–4", {S3, S4}),
    ("nr 1–3 och 4", {S1, S2, S3, S4}),
    # near-misses: a number then a month, a time span, a single number
    ("träff 3 maj", {S1}),
    ("träff 2", {S2}),
    ("mötet varar 1-3 timmar", set()),
])
def test_a_range_of_session_numbers(text: str, expected: set) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Hej! Vill anmäla mig till träff 1–3, den 4:e krockar med en resa. Siv Lund, Orsa kommun",
    "hej, anmäl mig till träff 1-3 tack! /Siv, Orsa kommun",
    "Hi, please sign me up for sessions 1-3. Siv Lund, Orsa kommun",
    "Hej! Anmäl mig till tillfälle 1–3, tack. Siv Lund, Orsa kommun",
])
def test_a_range_of_numbers_in_a_signup(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S1, S2, S3}


# ------------------------------------------------ from one numbered set to another
@pytest.mark.parametrize(("text", "expected"), [
    # (a new set overlapping the old one, said whole, is for the reader of the roles: reading.py)
    ("hej! ändra min anmälan från träff 1+2 till 1+4 om det går /Siv, Orsa kommun", {S1, S4}),
    ("Hej, kan ni byta från träff 2 till 3? Siv Lund, Orsa kommun", {S3}),
    ("Hej! Flytta mig från tillfälle 1 och 2 till 3 och 4. Siv Lund, Orsa kommun", {S3, S4}),
    ("Hi, please change me from session 2 to 4. Siv Lund, Orsa kommun", {S4}),
    ("Hej, ändra från träff 1, 2 till 1, 3 tack. Siv Lund, Orsa kommun", {S1, S3}),
    ("Hej! Byt från träff 1 till 2 tack. Siv Lund, Orsa kommun", {S2}),
])
def test_from_one_numbered_set_to_another(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("från träff 1+2 till 1+4", {S1, S2, S4}),
    ("byt från träff 2 till 3", {S2, S3}),
    ("change me from session 2 to 4", {S2, S4}),
    # no move: a range of numbers
    ("anmäl mig till träff 1 till 3", {S1, S2, S3}),
    ("sign me up for session 2 to 4", {S2, S3, S4}),
    # near-misses: "till" not after a numbered set, nor a number of something else after it
    ("anmäl mig till träff 2", {S2}),
    ("från träff 2 till 3 maj", set()),
    ("träff 2 till 10 personer", set()),
])
def test_numbers_after_till_in_a_move(text: str, expected: set) -> None:
    assert dates(text) == expected


# ------------------------------------------------ "de två andra": the others than those named as impossible
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nVår chef Per Ek vill delta. Tyvärr har han fullmäktige den 21/9 och semester den 29/11, så anmäl "
     "honom till de två andra träffarna.\n\nMvh Siv Lund, Orsa kommun"), {S1, S4}),
    ("Hej! Jag har kurs 3 maj, så anmäl mig till de andra träffarna. Siv Lund, Orsa kommun", {S2, S3, S4}),
    (("Hello, I'm travelling on 22 February and 3 May, so please register me for the other two sessions. "
     "Siv Lund, Orsa kommun"), {S2, S3}),
    ("Hej! Den 29 november är det budgetmöte, så jag tar de tre andra tillfällena. Siv Lund, Orsa kommun",
     {S1, S2, S4}),
    ("Hi! 21 September clashes with a board meeting, so sign me up for the other sessions. Siv Lund, Orsa kommun",
     {S1, S3, S4}),
])
def test_the_other_sessions_after_those_named_as_impossible(config: Config, mail: Callable[..., bytes], body: str,
                                                             expected: set) -> None:
    r = _mail(config, mail, body, subject="Anmälan")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: the others joined to those named ("och"): all of them
    ("anmäl mig till 3 maj och de andra träffarna", {S1, S2, S3, S4}),
    ("sign me up for 21 September and the other sessions", {S1, S2, S3, S4}),
    # near-misses: "the others" as what clashes, not what one goes to
    ("jag vill gå 3 maj och 21 sep, de två andra kolliderar med en utställning", {S1, S2}),
    ("I'd like 3 May and 21 September; the other two clash with our budget work", {S1, S2}),
])
def test_the_others_joined_to_those_named(text: str, expected: set) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a whole month as a span of time
@pytest.mark.parametrize(("text", "expected"), [
    ("hösten funkar för mig, dvs båda höstträffarna. våren har vi budgetmöten typ hela maj. /Siv, Orsa kommun",
     {S2, S3}),
    ("Hej! Anmäl mig till 21/9 och 29/11, vi har bokslut hela februari. Siv Lund, Orsa kommun", {S2, S3}),
    ("Hi, sign me up for the autumn sessions, I'm away all of May. Siv Lund, Orsa kommun", {S2, S3}),
    ("Hej! Jag tar 3 maj och 29/11. Hela september är det val. Siv Lund, Orsa kommun", {S1, S3}),
    ("Hej, anmäl mig till höstträffarna, jag är föräldraledig under hela maj. Siv Lund, Orsa kommun", {S2, S3}),
])
def test_a_whole_month_as_a_span_of_time(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: a month named plainly, or "hela" before something else
    ("anmäl mig till träffen i maj", {S1}),
    ("hela serien utom maj", {S2, S3, S4}),
    ("jag kan i maj", {S1}),
])
def test_a_month_named_plainly_stays(text: str, expected: set) -> None:
    found = dates(text)
    assert found == expected or (expected == {S2, S3, S4} and found == {S1})


# ------------------------------------------------ a plain-text grid of marks under session columns
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nså här blir det:\n\nNamn              3/5   21/9   29/11   22/2\nPer Ek             x     x\n"
     "Eva Ås             x            x\n\n/Siv Lund, Orsa kommun"), {S1, S2, S3}),
    (("Hej!\n\n                3 maj   21 sep   29 nov   22 feb\nPer Ek                    X        X\n"
     "Eva Ås                    X\n\nMvh Siv Lund, Orsa kommun"), {S2, S3}),
    ("Hej,\n\nDeltagare\t3/5\t21/9\t29/11\t22/2\nPer Ek\t\tx\t\tx\nEva Ås\t\tx\n\nSiv Lund, Orsa kommun", {S2, S4}),
    (("Hi,\n\nName        Träff 1   Träff 2   Träff 3   Träff 4\nPer Ek        x                   x\n"
     "Eva Ås        x\n\nSiv Lund, Orsa kommun"), {S1, S3}),
    ("Hej\n\nNamn         3/5  21/9  29/11  22/2\nPer Ek                  ✓     ✓\n\nMvh Siv Lund, Orsa kommun",
     {S3, S4}),
])
def test_a_plain_text_grid_of_marks(config: Config, mail: Callable[..., bytes], body: str, expected: set) -> None:
    r = _mail(config, mail, body, subject="Anmälan")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


def test_a_grid_row_names_only_its_marks() -> None:
    from assistant.parsing.text import clean

    text = clean("Namn        3/5   21/9   29/11   22/2\nPer Ek       x            x\nEva Ås             x\n")
    assert text.split("\n")[:3] == ["Namn | Träffar", "Per Ek | 3/5, 29/11", "Eva Ås | 21/9"]


@pytest.mark.parametrize("text", [
    # near-misses: columns of other things, a list of dates, prose with wide spaces
    "Kostnad      2024   2025\nLokal        100    200\n",
    "Datum:   3/5   21/9   29/11\nVälkomna!\n",
    "Hej  Linnea,  jag  kommer  3/5  och  21/9.\n",
    "Tid    10.00   13.00\nFika   x\n",
])
def test_no_grid_when_none_is_written(text: str) -> None:
    from assistant.parsing.text import clean

    assert "Träffar" not in clean(text)


# ------------------------------------------------ a table's sessions column of bare numbers
@pytest.mark.parametrize(("html", "expected"), [
    (("<p>Hej! Våra deltagare:</p><table><tr><th>Namn</th><th>E-post</th><th>Träffar</th></tr>"
     "<tr><td>Per Ek</td><td>per.ek@orsa.se</td><td>1, 3</td></tr>"
     "<tr><td>Eva Ås</td><td>eva.as@orsa.se</td><td>2</td></tr></table><p>Mvh Siv Lund, Orsa kommun</p>"),
     {S1, S2, S3}),
    (("<p>Hej</p><table><tr><td>Namn</td><td>Tillfällen</td><td>Kost</td></tr>"
     "<tr><td>Per Ek</td><td>2 och 4</td><td>vegan</td></tr></table><p>Siv Lund, Orsa kommun</p>"), {S2, S4}),
    (("<p>Hi,</p><table><tr><th>Name</th><th>Sessions</th></tr><tr><td>Per Ek</td><td>1-3</td></tr>"
     "<tr><td>Eva Ås</td><td>1</td></tr></table><p>Siv Lund, Orsa kommun</p>"), {S1, S2, S3}),
    (("<p>Hej</p><table><tr><th>Namn</th><th>Träff nr</th></tr><tr><td>Per Ek</td><td>4</td></tr>"
     "<tr><td>Eva Ås</td><td>3</td></tr></table><p>Siv Lund, Orsa kommun</p>"), {S3, S4}),
])
def test_a_sessions_column_of_numbers(config: Config, mail: Callable[..., bytes], html: str, expected: set) -> None:
    r = parse_email(mail("", sender=SIV, subject="Anmälan", html=html), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


@pytest.mark.parametrize("text", [
    # near-misses: numbers in other columns, a table without a sessions column
    "Namn | Antal | Kost\nPer Ek | 2 | vegan\n",
    "Namn | Telefon\nPer Ek | 3\n",
    "Träffar | Lokal\n3 maj | Sal 2\n",
])
def test_no_session_numbers_in_other_columns(text: str) -> None:
    from assistant.parsing.text import clean

    assert "träff " not in clean(text)


# ------------------------------------------------ a plain "from" before a place or a person: no range of sessions
@pytest.mark.parametrize(("text", "expected"), [
    ("Please register the following from Orsa municipality for the May and February sessions:", {S1, S4}),
    ("Sign us up from Mora for the November one", {S3}),
    ("Two colleagues from the planning office would like the September session", {S2}),
    ("Please add Per Ek from our office to the February session", {S4}),
    ("I'm writing from Falun about the May session", {S1}),
    # near-misses: "from" before a session's date, month, ordinal or noun stays a range
    ("sign me up from 21/9", {S2, S3, S4}),
    ("from September on, please", {S2, S3, S4}),
    ("from the second session onwards", {S2, S3, S4}),
])
def test_a_plain_from_before_a_place(text: str, expected: set) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a season beside another compound's "möte": no session
@pytest.mark.parametrize(("text", "expected"), [
    ("våren har vi budgetmöten", set()),
    ("hösten är full av styrelsemöten", set()),
    ("våren är det mest planeringsmöten", set()),
    # near-misses: the season's own sessions
    ("höstens träffar", {S2, S3}),
    ("höstens DalaLab-träffar passar bra", {S2, S3}),
    ("vårens möte", {S1}),
])
def test_a_season_beside_another_meeting(text: str, expected: set) -> None:
    assert dates(text) == expected
