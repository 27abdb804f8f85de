"""Sessions and diet, twelfth round: general readings, each class in words of its own (none from a corpus).

- sessions skipped ("hoppar över", "skip") or said to coincide with something else ("sammanfaller med") are left out
  of a signup;
- "de tre senare träffarna", "the two later sessions": the last ones;
- "alla"/"all" alone for the whole series: taken at a clause's end ("själv tar jag alla") or a table cell;
- a day the substitute cannot come, given as the reason for the sessions taken ("kan inte X, så hon tar Y"), is
  not taken; the leaver's absence alone still names what is taken over;
- needs joined as alternatives ("vegan, eller vegetarisk") stay one phrase, as written.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, dates

SIGNUP = "Anmälan DalaLab"


# ------------------------------------------------ sessions skipped or clashing
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag anmäler mig och min kollega Petra Lind. Vi går på 21/9 och 29/11 men hoppar över majträffen "
      "då vi har verksamhetsplanering.\n\nMvh Anna Berg, Mora kommun"), {S2, S3}),
    (("Hi, please sign me up. I'll come on 3 May and 22 February but will skip the autumn sessions.\n\n"
      "Anna Berg, Mora"), {S1, S4}),
    (("Hej,\n\nJag anmäler mig härmed till DalaLab. Jag kan vara med den 21 september och den 29 november. Den "
      "första och den sista träffen sammanfaller med våra budgetdagar.\n\nAnna Berg, Mora kommun"), {S2, S3}),
])
def test_sessions_skipped_or_clashing_are_left_out_of_a_signup(config: Config, mail: Callable[..., bytes],
                                                               body: str, expected: set[dt.date]) -> None:
    r = parse_email(mail(body, subject=SIGNUP), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ "the later ones"
@pytest.mark.parametrize(("text", "expected"), [
    ("Hon tar de tre senare träffarna.", {S2, S3, S4}),
    ("Then I can do the two later sessions.", {S3, S4}),
    ("Jag kommer den 3 maj, och tre veckor senare skickar vi rapporten.", {S1}),
])
def test_the_later_sessions_are_the_last_ones(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ "alla" alone
@pytest.mark.parametrize(("text", "expected"), [
    ("Själv tar jag alla.", set(ALL)),
    ("Jag går på alla, tack!", set(ALL)),
    ("Erik kommer på den andra. Jag är med på alla", set(ALL)),
    ("I will attend all.", set(ALL)),
    ("| Per Holm | per.holm@mora.se | Alla |", set(ALL)),
    ("Holm, Per   per.holm@mora.se   alla (laktosfri)", set(ALL)),
    ("Hej alla! Jag kommer den 3 maj.", {S1}),
    ("Vi kommer alla på 21/9.", {S2}),
    ("Tack till alla, vi ses 29 november.", {S3}),
])
def test_all_alone_is_the_whole_series_only_where_it_is_taken(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_table_row_with_all_beside_rows_with_dates_gives_every_session(config: Config,
                                                                        mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nHär kommer våra deltagare:\n\n"
            "Holm, Per        per.holm@mora.se        29/11\n"
            "Sund, Maria      maria.sund@mora.se      alla\n"
            "Lind, Petra      petra.lind@mora.se      3/5, 21/9\n\n"
            "Hälsningar\nAnna Berg\nMora kommun")
    r = parse_email(mail(body, subject=SIGNUP), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == ALL


def test_an_html_table_cell_with_all_gives_every_session(config: Config, mail: Callable[..., bytes]) -> None:
    html = ("<p>Hej, vi anmäler två från Mora kommun:</p><table>"
            "<tr><th>Namn</th><th>E-post</th><th>Datum</th></tr>"
            "<tr><td>Per Holm</td><td>per.holm@mora.se</td><td>22 feb</td></tr>"
            "<tr><td>Maria Sund</td><td>maria.sund@mora.se</td><td>Alla</td></tr></table>"
            "<p>Anna Berg</p>")
    r = parse_email(mail("", subject=SIGNUP, html=html), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == ALL


# ------------------------------------------------ a substitute's own absence as the reason
def test_a_substitutes_absence_given_as_the_reason_is_not_taken(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nVi har hittat en ersättare för Jonas: Maria Sund, maria.sund@mora.se. Hon kan tyvärr inte "
            "den 21 september, så hon tar de två sista träffarna.\n\nAnna Berg, Mora kommun")
    r = parse_email(mail(body, subject="Ersättare DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3, S4)


def test_the_leavers_absence_alone_names_what_is_taken_over(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJonas Ek kan inte komma den 21 september, så Maria Sund (maria.sund@mora.se) tar hans plats "
            "där.\n\nAnna Berg, Mora kommun")
    r = parse_email(mail(body, subject="Ersättare DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2,)


# ------------------------------------------------ needs as alternatives
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag äter vegan, eller vegetarisk mat funkar också.", "vegan, eller vegetarisk"),
    ("She is vegan or vegetarian, either works.", "vegan or vegetarian"),
    ("Laktosfri och glutenfri, tack.", "laktosfri och glutenfri"),
])
def test_needs_given_as_alternatives_stay_one_phrase(text: str, expected: str) -> None:
    assert find_diet(text) == expected
