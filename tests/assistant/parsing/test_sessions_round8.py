"""Sessions and diet, eighth round of issue 13: general readings, each class with variants of its own (none from a
corpus).

- a season said as a time already past ("anmälde mig tidigare i vinter", "earlier this autumn") names no session;
- a clause that only goes on listing dates ("avboka 3 maj, 21/9 och 29/11", "cancel 21 September, 29 November and
  22 February for me") takes the role of the clause before it;
- in a substitution the writer takes another's place ("jag tar hans plats", "in her place"): what the writer takes
  is part of what is taken over (two colleagues swapping one session each: the union);
- a diet (or name, address) change naming no session asks for none: sessions [] (those of a quoted confirmation
  when there is one);
- an addition that says which sessions still do not work ("februari passar inte", "22/2 kan jag fortfarande inte"):
  those are not part of the sessions after the change;
- "all bar the last - I'm away then": a sentence that leaves sessions out itself still says which are wanted.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates

APRIL = dt.date(2027, 4, 7)


def chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "17", "Tove Sjöberg"), config, ARRIVAL)


# ------------------------------------------------ a season already past
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag anmälde mig tidigare i vinter.", set()),
    ("I signed up earlier this autumn.", set()),
    ("Vi pratade om det tidigare i höst.", set()),
    ("Jag vill gå på träffarna i höst.", {S2, S3}),       # a season still to come
    ("Anmäl mig i vinter, tack.", {S4}),
])
def test_a_season_already_past_names_no_session(text: str, expected: set[dt.date]) -> None:
    assert dates(text, APRIL) == expected


def test_a_substitution_written_after_an_earlier_signup(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nJag anmälde mig tidigare i vinter till alla träffar. Den 21 september kan jag inte, min kollega "
            "Per Lund går i mitt ställe då. Resten går jag på själv.\n\nAnna Berg")
    r = parse_email(mail(body, subject="Ersättare"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "substitute" and r.sessions == (S2,)


def test_an_english_substitution_after_an_earlier_signup(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hi, I signed up earlier this winter. I can't make the 29 November session, so my colleague Per Lund "
            "will go in my place that day. I'll attend the rest myself.\n\nAnna Berg")
    r = parse_email(mail(body, subject="Replacement"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.sessions == (S3,)


# ------------------------------------------------ a list of dates goes on in the clause after
@pytest.mark.parametrize("body", [
    ("Hej! Jag är anmäld till alla fyra träffarna men måste tyvärr avboka 3 maj, 21 september och 29 november. "
    "Februari kommer jag på.\n\nAnna Berg"),
    ("Hello, I'm registered for every session, but please cancel 3 May, 21 September and 29 November for me. "
    "I will still attend 22 February.\n\nAnna Berg"),
])
def test_a_cancelled_list_of_dates(config: Config, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body, subject="Avbokning"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == (S1, S2, S3)


def test_a_dropped_list_beside_a_kept_session(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej, jag står kvar på 3 maj men stryk mig från 21/9, 29/11 samt 22/2 tack.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Avbokning"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == (S2, S3, S4)


# ------------------------------------------------ the writer takes another's place
@pytest.mark.parametrize("body", [
    ("Hej! Per Lund och jag har bytt en träff: jag tar hans plats den 22 februari och han tar min plats den 3 maj."
    "\n\nAnna Berg"),
    ("Hej! Per Lund och jag byter: han går i mitt ställe den 3 maj, och jag tar hans plats den 22 februari."
    "\n\nAnna Berg"),
])
def test_two_colleagues_swapping_one_session_each(config: Config, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body, subject="Vi byter"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "substitute" and r.sessions == (S1, S4)


# ------------------------------------------------ a diet change names no session
def test_a_diet_change_names_no_session(config: Config, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Kan ni ändra min kost till laktosfri? Tack!\n\nAnna Berg", subject="Kost"),
                    config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "diet" and r.sessions == () and not r.sessions_named
    assert r.diet == "laktosfri"


def test_a_diet_change_in_a_chat_names_no_session(config: Config) -> None:
    r = chat("please change my diet to vegan. anna berg, mora kommun", config)
    assert r.intent == Intent.CHANGE and r.sessions == () and r.diet == "vegan"


def test_a_diet_change_that_states_its_sessions_keeps_them(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej! Jag är anmäld till 3 maj och 29 november och är numera vegetarian.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Kost"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.sessions == (S1, S3)


# ------------------------------------------------ an addition says what still does not work
@pytest.mark.parametrize("body", [
    ("Hej! Jag är anmäld till 21 september. Lägg gärna till 29 november också. Februari passar inte, då är jag på "
    "kurs.\n\nAnna Berg"),
    ("Hi! I'm registered for 21 September. Could you add 29 November as well? February doesn't work for me.\n\n"
    "Anna Berg"),
])
def test_an_addition_leaves_out_what_does_not_work(config: Config, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body, subject="Tillägg"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.sessions == (S2, S3)


def test_an_addition_in_a_chat_leaves_out_what_still_does_not_work(config: Config) -> None:
    r = chat("hej! jag är anmäld till 3/5, kan ni lägga till 21/9 också? 22/2 kan jag fortfarande inte.", config)
    assert r.intent == Intent.CHANGE and r.sessions == (S1, S2)


# ------------------------------------------------ "all bar X - I'm away then"
@pytest.mark.parametrize(("body", "expected"), [
    ("Hi, I'd love to join. Count me in for all of them bar the last - I'm away on a course then.\n\nAnna Berg",
     (S1, S2, S3)),
    ("Hej! Jag vill gärna vara med på alla träffar utom den första, då är jag på semester.\n\nAnna Berg",
     (S2, S3, S4)),
])
def test_all_but_one_beside_an_absence(config: Config, mail: Callable[..., bytes], body: str,
                                       expected: tuple[dt.date, ...]) -> None:
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER and r.sessions == expected
    assert [p.role for p in r.people] == [Role.PARTICIPANT]
