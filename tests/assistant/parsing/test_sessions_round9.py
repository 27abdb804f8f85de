"""Sessions and diet, ninth round: general readings, each class with variants of its own (none from a corpus).

- a signup made before, said with a word between ("bokade mig redan i januari på ..."), is what a swap gives up;
- a denial opening after a colon ("flytta: inte 29/11, istället 22/2") names what is given up;
- "fall" as the Swedish word for a case ("i alla fall", "i så fall") is no autumn;
- a spaced dash between two thoughts that each name sessions ("alla fyra – den i september krockar") cuts a clause;
  a dash inside an aside naming none does not;
- sessions left to be decided later ("får vi ta ställning till", "får vi se") are not booked;
- in a partial substitution, what the writer held before and what the writer keeps ("maj kommer jag på själv") are
  not what the substitute takes;
- a diet word misspelt by one letter ("laktosfrit", "vegitarian") is that diet, kept as written.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates


# ------------------------------------------------ a signup made before, then a swap
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag bokade mig redan i januari på träffen 21 september. Tyvärr har vi styrelsemöte då, så jag skulle "
     "vilja byta till 29 november i stället.\n\nVänligen\nAnna Berg"), (S3,)),
    (("Hej, jag anmälde mig förra månaden till maj-träffen men vill gärna byta till den 22 februari i stället.\n\n"
     "Anna Berg"), (S4,)),
])
def test_a_swap_after_a_signup_made_before_gives_the_new_session(config: Config, mail: Callable[..., bytes],
                                                                 body: str, expected: tuple[dt.date, ...]) -> None:
    r = parse_email(mail(body, subject="Byte av träff"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.sessions == expected


@pytest.mark.parametrize("body", [
    "Hej! Jag skulle vilja byta träff: inte 29/11, istället 22/2. Tack på förhand.\n\nAnna Berg",
    "Hej, kan jag byta datum: ej 29 november, i stället den 22 februari?\n\nAnna Berg",
])
def test_a_denial_after_a_colon_is_what_a_swap_gives_up(config: Config, mail: Callable[..., bytes],
                                                        body: str) -> None:
    r = parse_email(mail(body, subject="Ändra datum"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.sessions == (S4,)


# ------------------------------------------------ "fall" as a case
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill i alla fall gå på de två första träffarna.", {S1, S2}),
    ("I så fall tar jag gärna den första träffen.", {S1}),
    ("Anmäl mig till träffen i maj, i varje fall.", {S1}),
    ("We would like to join the fall sessions.", {S2, S3}),     # English autumn still is
])
def test_fall_as_a_case_is_no_autumn(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a dash between two thoughts
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag vill gå på alla fyra träffarna – den i september krockar tyvärr med semestern, så inte den.\n\n"
     "Anna Berg"), (S1, S3, S4)),
    ("Hej! Anmäl mig till de tre första träffarna — februariträffen kan jag inte.\n\nAnna Berg", (S1, S2, S3)),
    ("Hi, I can do 09/21 and 11/29, but I'm away for May 3 (a family wedding - can't miss it!).\n\nAnna Berg",
     (S2, S3)),
])
def test_a_dash_between_two_thoughts_cuts_a_clause(config: Config, mail: Callable[..., bytes], body: str,
                                                   expected: tuple[dt.date, ...]) -> None:
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER and r.sessions == expected


# ------------------------------------------------ decided later
@pytest.mark.parametrize(("text", "expected"), [
    ("De två sista träffarna får vi ta ställning till efter sommaren.", set()),
    ("Novemberträffen tar jag ställning till senare.", set()),
    ("Vi kommer på maj-träffen; hur vi gör med februari får vi se.", {S1}),
    ("We're in for the first one; the last one we'll see about.", {S1}),
])
def test_sessions_left_to_decide_later_are_not_booked(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_team_signup_with_the_last_two_left_open(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nJag anmäler Per Lund och Eva Ek från oss. De kommer på de två första träffarna. Om de två sista "
            "får vi ta ställning till i höst.\n\nAnna Berg")
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S2)


# ------------------------------------------------ a partial substitution
def test_a_partial_substitution_gives_what_the_substitute_takes(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag är anmäld till alla träffarna men byter tjänst i sommar. Maj-träffen kommer jag på själv, "
            "men från och med september tar min kollega Per Lund (per.lund@mora.se) över min plats.\n\nAnna Berg")
    r = parse_email(mail(body, subject="Ändring av deltagare"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "substitute"
    assert r.sessions == (S2, S3, S4)


# ------------------------------------------------ a diet misspelt by one letter
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag äter laktosfrit, tack.", "laktosfrit"),
    ("Jag är laktosfrii.", "laktosfrii"),
    ("Min kollega är vegitarian.", "vegitarian"),
    ("Per äter glutenfrit.", "glutenfrit"),
    ("Jag har nötalergi.", "nötalergi"),
    ("Ingen av oss är vegitarisk.", None),               # denied
    ("Vi ses vid fisketävlingen i Falun.", None),
    ("The vegetation around the venue is lovely.", None),
])
def test_a_diet_misspelt_by_one_letter_is_that_diet(text: str, expected: str | None) -> None:
    assert find_diet(text) == expected


def test_a_misspelt_diet_goes_to_its_person(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej! Anmäl mig och Per Lund till 21/9. Per äter glutänfri kost.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.diet == "glutänfri"
    assert [p.diet for p in r.people if p.name == "Per Lund"] == ["glutänfri"]
