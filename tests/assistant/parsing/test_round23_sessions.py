"""Sessions, twenty-third round: classes of readings, each in words of its own (none from a corpus).

- a set of sessions said as those after another or after a month ("de två träffarna efter 3 maj", "träffarna som
  kommer efter det", "the remaining sessions after September", "alla tillfällen efter augusti"): those after it, the
  anchor itself not among them; "efter det" with nothing named before it and a count one short of the series: the
  last ones;
- a day written with a dot before its month, Norwegian and Danish style ("3. mai og 22. februar"): those sessions,
  the sentence not cut after the day;
- "för alla fyra", "alla fyra kommer" beside a named session: the four people, not the whole series;
- "the others" taken with nothing in the sentence to be other than ("lägg till de tre övriga också"): marked for the
  reader (``Mention.others``), no session read from it.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import find_mention
from assistant.parsing.text import sentences
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, SESSIONS, dates

CHAT = Sender("telegram", "8123", "Tove Dahl")
TOVE = "Tove Dahl <tove.dahl@orsa.se>"
DECEMBER = dt.date(2026, 12, 10)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, mail: Callable[..., bytes], body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=TOVE, subject=subject), config, ARRIVAL)


# ------------------------------------------------ the sessions after another, or after a month
@pytest.mark.parametrize(("text", "expected"), [
    ("de två träffarna efter 3 maj", {S2, S3}),
    ("anmäl mig till träffarna efter 21/9", {S3, S4}),
    ("alla tillfällen efter september, tack", {S3, S4}),
    ("jag tar de tre träffarna som kommer efter maj", {S2, S3, S4}),
    ("sign me up for the remaining sessions after September", {S3, S4}),
    ("the two sessions after May, please", {S2, S3}),
    ("the sessions after August", {S2, S3, S4}),
    ("kan du stryka honom från de tre tillfällena som ligger efter det", {S2, S3, S4}),
    ("Han går på 21 september, men inte på träffarna efter det.", {S2}),
    ("träffarna efter den första", {S2, S3, S4}),
    # near-misses: "after" that names no session set; a month as when something else happens; the anchor alone
    ("jag kommer efter lunch", set()),
    ("efter det kommer jag på alla träffar", set(SESSIONS)),
    ("after that I'm on leave", set()),
    ("3 maj och 21/9 efter samråd med chefen", {S1, S2}),
])
def test_the_sessions_after_another(text: str, expected: set) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Hej! Kalle Ek kommer på träffen 3 maj, men avanmäl honom från de tre träffarna efter den, tack. /Tove, Orsa",
    "Hej, Kalle Ek kommer den 3 maj som vanligt men ska avanmälas från de tre tillfällena som ligger efter det.",
])
def test_a_withdrawal_from_the_sessions_after_one_kept(config: Config, mail: Callable[..., bytes], text: str) -> None:
    r = _mail(config, mail, text)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == {S2, S3, S4}


def test_a_signup_for_the_sessions_after_a_month(config: Config) -> None:
    r = _chat(config, "hej, tove dahl från orsa. anmäl mig till de tre träffarna efter maj, tack!")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S2, S3, S4}


# ------------------------------------------------ a day with a dot before its month (Norwegian, Danish)
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg kan komme 3. mai og 29. november.", {S1, S3}),
    ("Jeg kan delta 21. september og 22. februar, men ikke i mai.", {S2, S4}),
    ("vi ses den 3. mai", {S1}),
    ("jeg melder meg på 3 mai", {S1}),
])
def test_a_day_with_a_dot_before_its_month(text: str, expected: set) -> None:
    assert find_mention(text, SESSIONS, DECEMBER).dates == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg kan delta 3. mai og 22. februar.", ["Jeg kan delta 3. mai og 22. februar."]),
    # near-misses: a sentence ending in a date, then one in lower case; a numbered item, then a capital
    ("anmäl mig till 21/9. februari tar vi sen", ["anmäl mig till 21/9.", "februari tar vi sen"]),
    ("Jag vill gå på träff nr 3. Maj passar inte.", ["Jag vill gå på träff nr 3.", "Maj passar inte."]),
])
def test_the_sentence_is_not_cut_after_such_a_day(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_norwegian_signup_for_two_dates(config: Config, mail: Callable[..., bytes]) -> None:
    r = _mail(config, mail, "Hei! Jeg vil gjerne melde meg på. Jeg kan delta 3. mai og 29. november, men "
                            "ikke på de andre samlingene.\n\nMed vennlig hilsen\nTove Dahl\nOrsa kommun")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S1, S3}


def test_a_name_like_a_month_is_no_session() -> None:
    assert find_mention("Mai Lindqvist kommer också", SESSIONS, DECEMBER).dates == set()


# ------------------------------------------------ a signup leaving out a far-off month stays as it was
def test_a_signup_leaving_out_a_month_with_its_year(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag anmäler mig härmed till DalaLab och deltar gärna i de tre första träffarna; i februari 2028 "
            "är jag dessvärre förhindrad.\n\nHälsningar\nTove Dahl\nOrsa kommun")
    r = parse_email(mail(body, sender=TOVE), config, dt.datetime(2026, 12, 10, 9, 0, tzinfo=ARRIVAL.tzinfo))
    assert set(r.sessions) == {S1, S2, S3}


# ------------------------------------------------ "alla fyra" the people, beside a named session
@pytest.mark.parametrize(("text", "expected"), [
    ("Lägg till 21 september för alla fyra.", {S2}),
    ("kan ni lägga till 29/11 för oss alla fyra", {S3}),
    ("add 21 September for all four of them", {S2}),
    ("alla fyra kommer på 3 maj", {S1}),
    # near-misses: the whole series
    ("anmäl mig till alla fyra", set(SESSIONS)),
    ("sign me up for all four", set(SESSIONS)),
    ("jag tar alla fyra träffarna", set(SESSIONS)),
    ("för alla fyra träffarna, 3 maj och framåt", set(SESSIONS)),
])
def test_all_four_people_are_not_all_four_sessions(text: str, expected: set) -> None:
    assert dates(text) == expected


def test_a_session_added_for_four_colleagues(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nMina medarbetare Kalle Ek, Stina Berg, Olle Wik och Ada Lund är anmälda till 3 maj. "
            "Lägg gärna till 21 september för alla fyra. Själv deltar jag inte.\n\nHälsningar\nTove Dahl")
    r = _mail(config, mail, body, subject="Tillägg")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S2}


# ------------------------------------------------ "the others" with nothing to be other than: marked
@pytest.mark.parametrize(("text", "others"), [
    ("så lägg gärna till de tre övriga också", True),
    ("add the other three too", True),
    ("sign me up for the rest of them, please", True),
    ("anmäl mig till resten av träffarna", True),
    ("kan ni lägga till de andra två?", True),
    # near-misses: by the way; other people; denied; named beside them
    ("för resten är jag vegan", False),
    ("jag pratade med de andra", False),
    ("de andra kommer också", False),
    ("kan inte gå på de andra", False),
    ("3 maj och de andra", False),
])
def test_the_others_alone_are_marked(text: str, others: bool) -> None:
    m = find_mention(text, SESSIONS, DECEMBER)
    assert m.others is others
    assert not m.dates or not others


# ------------------------------------------------ a bare swap stays the new one only
def test_a_bare_swap_gives_the_new_session(config: Config) -> None:
    r = _chat(config, "hej, tove dahl orsa. kan jag byta 3 maj mot 21 september?")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S2}
