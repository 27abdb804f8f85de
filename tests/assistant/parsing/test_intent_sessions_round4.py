"""Intent and sessions, fourth round of issue 13: general readings, each with variants of its class.

- a withdrawal from every session ("inte på någon träff", "ingen av träffarna", leaving the learning project);
- a month that dates something else ("slutar i februari") is no session;
- a session added to a signup held, and another session preferred to the one held;
- a substitution denied ("ingen ersätter henne") is a cancellation;
- word lists that hold for accent-less writing as for accented ("istället"/"istallet", "fran", "motet").
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import find_mention
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, SESSIONS, dates

CET = dt.timezone(dt.timedelta(hours=1))
JANUARY = dt.datetime(2027, 1, 12, 9, 0, tzinfo=CET)     # the next February is February 2027, not the session's


def chat(text: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7", "Karin Dahl"), config, arrival)


# ------------------------------------------------ no session at all: every session
@pytest.mark.parametrize("text", [
    "Jonas Ek har bytt jobb i maj och kommer därför inte på någon träff.",
    "Tyvärr kan jag inte delta i någon av träffarna, jag flyttar till Umeå i september.",
    "Ingen av träffarna fungerar för mig längre.",
    "Since I move abroad in September I will not attend any of the sessions.",
])
def test_no_session_at_all_is_every_session(text: str) -> None:
    assert dates(text) == set(ALL)


@pytest.mark.parametrize(("text", "expected"), [
    ("jag kan inte komma på någon träff i höst", {S2, S3}),            # narrowed: those in the autumn
    ("Jag har inte anmält mig till någon träff ännu men vill komma 3 maj.", {S1}),   # not a withdrawal
])
def test_any_session_narrowed_or_not_withdrawn(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_colleague_withdrawn_without_substitute_cancels_every_session(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nVår handläggare Jonas Ek går över till en annan förvaltning i februari, så han kommer inte "
            "på någon träff. Någon ersättare har vi inte utsett.\n\nKarin Dahl\nOrsa kommun\n")
    r = parse_email(mail(body, sender="Karin Dahl <karin.dahl@orsa.se>", subject="Ändring Jonas Ek"), config, JANUARY)
    assert r.intent == Intent.CANCEL and r.sessions == ALL


# ------------------------------------------------ leaving the learning project: every session
@pytest.mark.parametrize("text", [
    "Jag lämnar min plats i DalaLab – jag börjar på ett nytt jobb från september och hinner inte.",
    "Tyvärr hoppar jag av lärprojektet, ny tjänst från september.",
    "Tyvärr ger jag upp min plats, jag har fått ett nytt uppdrag i november.",
    "I have to give up my place; my new job starts in November.",
])
def test_leaving_the_project_cancels_every_session(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == ALL


def test_leaving_named_sessions_keeps_them(config: Config, arrival: dt.datetime) -> None:
    assert chat("Jag lämnar min plats den 21/9.", config, arrival).sessions == (S2,)
    assert dates("I am withdrawing from the programme as of September.") == {S2, S3, S4}


def test_a_place_handed_over_is_no_withdrawal_from_every_session() -> None:
    assert dates("Jag går på 3/5 men lämnar sedan min plats till min kollega.") == {S1}


# ------------------------------------------------ a month of something else
@pytest.mark.parametrize("text", [
    "Jag är tjänstledig från februari och måste lämna återbud.",
    "Min kollega slutar hos oss i februari, avanmäl henne.",
    "Jag går i pension i februari, så jag avanmäler mig.",
])
def test_a_month_before_its_session_dating_something_else_is_no_session(text: str, config: Config) -> None:
    r = chat(text, config, JANUARY)
    assert r.intent == Intent.CANCEL and r.sessions == ALL


@pytest.mark.parametrize(("text", "expected"), [
    ("jag kan inte komma i februari", {S4}),                  # spoken of as taking part: the session
    ("alla utom februari", {S1, S2, S3}),
    ("jag tar maj och februari", {S1, S4}),
    ("Jag går i pension i februari, så jag kan inte komma i maj.", {S1}),
])
def test_a_month_spoken_of_as_a_session_stays_one(text: str, expected: set[dt.date]) -> None:
    assert dates(text, JANUARY.date()) == expected


def test_a_month_whose_next_is_the_sessions_is_a_session() -> None:
    assert dates("Jag slutar i februari.", dt.date(2027, 4, 2)) == {S4}


# ------------------------------------------------ a session added to a signup held
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag är anmäld till 21/9. Lägg gärna till 22/2 också.", (S2, S4)),
    ("Jag anmälde mig till 3 maj. Jag vill gärna gå den 29 november också.", (S1, S3)),
    ("Jag är anmäld till 3 maj. Jag vill utöka med 21 september.", (S1, S2)),
    ("I registered for May 3. I'd like to come on November 29 too.", (S1, S3)),
    ("Could you add me to the September session as well? I'm already registered for May.", (S1, S2)),
    ("jag e anmäld till 3/5, vill oxå gå 29/11", (S1, S3)),
    ("Jag är anmäld till första träffen och vill också gå på den sista.", (S1, S4)),
])
def test_a_session_added_to_a_held_signup(text: str, expected: tuple[dt.date, ...], config: Config,
                                          arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == expected


def test_a_colleague_added_is_a_signup_not_a_change(config: Config, arrival: dt.datetime) -> None:
    r = chat("Jag är anmäld till 3 maj. Lägg till Eva Nord också, hon vill komma 21/9.", config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S2,)


# ------------------------------------------------ another session instead of the one held
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag anmälde mig till 3 maj men vill byta till 21/9 istället.", (S2,)),
    ("jag bokade mig på 21/9, kan jag flytta till 29/11?", (S3,)),
    ("Jag är anmäld till 3 maj men vill hellre gå 29/11.", (S3,)),
    ("jag är anmäld till 21/9 men kommer på 22/2 i stället", (S4,)),
    ("I'm registered for 21 September but would rather attend 29 November.", (S3,)),
    ("Please move me from the May session to September.", (S2,)),
    ("Jag anmälde mig till 3 maj och 21/9. Byt 21/9 mot 29/11.", (S1, S3)),     # the whole set after
])
def test_another_session_instead_of_the_one_held(text: str, expected: tuple[dt.date, ...], config: Config,
                                                 arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == expected


# ------------------------------------------------ substitution denied, leaving the work
@pytest.mark.parametrize("text", [
    "Lars Nord utgår ur gruppen, ingen ersätter honom.",
    "Lars Nord har slutat och ingen tar hans plats.",
    "Lars Nord has retired; nobody will take his place.",
    "Min kollega Lars Nord går i pension och kommer inte.",
])
def test_a_colleague_leaving_without_substitute_is_a_cancel(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == ALL


def test_a_substitution_said_is_still_one(config: Config, arrival: dt.datetime) -> None:
    assert chat("Lars Nord ersätts av Eva Nord.", config, arrival).intent == Intent.CHANGE


# ------------------------------------------------ accent-less writing reads as accented
@pytest.mark.parametrize("text", ["anmäl mig till den 29 istället", "anmäl mig till den 29 i stället",
                                  "anmäl mig till den 29 istallet", "anmal mig till den 29 i stallet"])
def test_a_bare_day_before_instead_in_any_spelling(text: str) -> None:
    assert dates(text) == {S3}


@pytest.mark.parametrize(("accented", "plain", "expected"), [
    ("de två första träffarna", "de tva forsta traffarna", {S1, S2}),
    ("alla bortsett från den i februari", "alla bortsett fran den i februari", {S1, S2, S3}),
    ("hela lärprojektet", "hela larprojektet", set(ALL)),
    ("första mötet", "forsta motet", {S1}),
    ("andra gången", "andra gangen", {S2}),
    ("från och med hösten", "fran och med hosten", {S2, S3, S4}),
    ("tillfälle 3", "tillfalle 3", {S3}),
])
def test_accent_less_session_words(accented: str, plain: str, expected: set[dt.date]) -> None:
    assert dates(accented) == dates(plain) == expected


def test_a_weekday_without_accents() -> None:
    assert dates("kan komma på mandag", dt.date(2027, 9, 16)) == set()      # Monday 20/9: no session
    assert dates("kommer på tisdag", dt.date(2027, 9, 16)) == dates("kommer pa tisdag", dt.date(2027, 9, 16)) == {S2}


# ------------------------------------------------ single ordinals and English months
@pytest.mark.parametrize(("text", "expected"), [
    ("Anmäl mig till den tredje, tack.", {S3}),
    ("I can come to the last, thanks.", {S4}),
    ("I'm booked for May and would like September too.", {S1, S2}),
    ("Please save a place for May Lind on 21 September.", {S2}),          # May a given name
    ("Falun will host the first session.", {S1}),                        # English "host", not "höst"
    ("kan komma i host pa bada traffarna", {S2, S3}),                    # accent-less "i höst"
])
def test_one_ordinal_or_an_english_month(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_long_repeated_withdrawals_stay_fast() -> None:
    import time

    for text in ("jag lämnar min plats " * 1000, "slutar i februari " * 1200, "kan inte komma på någon träff " * 700):
        start = time.perf_counter()
        find_mention(text[:20_000], SESSIONS, JANUARY.date())
        assert time.perf_counter() - start < 1.0


# ------------------------------------------------ one session declined, another asked for, in one sentence
@pytest.mark.parametrize(("text", "expected"), [
    ("Här kommer min anmälan. Jag kan inte 21/9 men gärna 29/11 istället.", (S3,)),
    ("Anmälan: jag har semester 3 maj men kommer gärna 21/9 och 29/11.", (S2, S3)),
    ("Jag anmäler mig till alla träffar, men jag är bortrest 21/9.", (S1, S3, S4)),
    ("I'd like to register for all sessions, but I'm on holiday on 3 May.", (S2, S3, S4)),
])
def test_a_session_declined_beside_those_asked_for(text: str, expected: tuple[dt.date, ...], config: Config,
                                                    arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == expected


def test_min_anmalan_sent_now_is_no_signup_held(config: Config, arrival: dt.datetime) -> None:
    """"Här kommer min anmälan" is the signup itself: a session wanted "istället" there is no move."""
    assert chat("Här kommer min anmälan: 21/9 istället för våren.", config, arrival).intent == Intent.REGISTER
