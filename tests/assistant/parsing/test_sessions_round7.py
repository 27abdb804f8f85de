"""Sessions and diet, seventh round of issue 13: general readings, each class with variants of its own (none from a
corpus).

- numeric dates written month first ("10/17", "2/22/28"): read so when one date of the sentence can be read no other
  way, then every one of them; German-style "21.9." with its trailing dot and "Sept. 21" stay one sentence;
- "t.o.m."/"tom"/"till och med" a session: every session up to and including it (not a range of days);
- a question ("will I keep up if I miss ...?") says no absence;
- "all but the first", "all of them bar the last one"; "meetings 1 and 4 please"; a theme said in English ("the one
  on uncertainties"); a season's session noun in one clause does not make a season in the next one a session;
- changes and cancellations: the sessions kept said beside those given up ("november går bra", "as planned"), a
  swap of "den"/"it" (the session named just before), "hinner inte"/"krockar" as a removal;
- "den 22 funkar": a day of the month before a verb saying whether it suits;
- per person: the writer's own sessions said apart from a colleague's signup are added (the union);
- our quoted confirmation whose HTML list came apart with blank lines between the items;
- two diets the writer joins ("vegan och nötallergi") are kept as one phrase.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import find_mention
from assistant.parsing.text import sentences
from assistant.parsing.themes import ThemeIndex
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, SESSIONS, dates

CET = dt.timezone(dt.timedelta(hours=1))
JANUARY = dt.datetime(2027, 1, 12, 9, 0, tzinfo=CET)


def chat(text: str, config: Config, arrival: dt.datetime = JANUARY) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "17", "Tove Sjöberg"), config, arrival)


# ------------------------------------------------ numeric dates written month first
@pytest.mark.parametrize(("text", "expected"), [
    ("Please book me for 9/21 and 2/22.", {S2, S4}),
    ("I'm good for 11/29/27 and 5/3/27", {S1, S3}),
    ("Put me down for 05/03, 09/21 and 11/29", {S1, S2, S3}),
    ("Only 2/22/2028 works", {S4}),
])
def test_month_first_dates(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kommer 3/5 och 21/9", {S1, S2}),      # day first, as always when nothing says otherwise
    ("Boka mig på 22/2", {S4}),
    ("Ärende 4/13 gäller 3/5", {S1}),           # "4/13" read month first is no session: no reason to turn
    ("Kommer 21.9 och 3.5", {S1, S2}),
])
def test_day_first_dates_stay_day_first(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_an_american_signup_by_mail(config: Config, mail: Callable[..., bytes]) -> None:
    raw = mail("Hi Linnea,\n\nSign me up for 9/21 and 2/22/28 please. I'm out on 5/3, sadly.\n\nBest,\nAnna",
               subject="Sign-up")
    r = parse_email(raw, config, JANUARY)
    assert r.intent == Intent.REGISTER and set(r.sessions) == {S2, S4}


# ------------------------------------------------ dates with trailing dots, month abbreviations before the day
@pytest.mark.parametrize(("text", "count"), [
    ("Ich komme gern am 21.9. och 22.2. till träffarna.", 1),
    ("I'd like Sept. 21 and Nov. 29 please.", 1),
    ("Kan du boka mig på Nov. 29? Tack.", 2),
    ("Jag kommer 29 nov. feb vet jag inte än.", 2),     # a month word after the dot: a new sentence
])
def test_sentences_around_dotted_dates(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "expected"), [
    ("Anmäl mig till träffarna 3.5. och 22.2. tack", {S1, S4}),
    ("I'd like to attend Sept. 21 and Nov. 29 please.", {S2, S3}),
])
def test_dotted_dates_in_one_signup(config: Config, text: str, expected: set[dt.date]) -> None:
    r = chat(text, config)
    assert r.intent == Intent.REGISTER and set(r.sessions) == expected


# ------------------------------------------------ up to and including a session
@pytest.mark.parametrize(("text", "expected"), [
    ("anmäl mig t.o.m. 21/9", {S1, S2}),
    ("Jag är med till och med novemberträffen", {S1, S2, S3}),
    ("kör tom 21 sept, sen får vi se", {S1, S2}),
    ("I'll come up to and including 29 November", {S1, S2, S3}),
])
def test_up_to_and_including(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag är ledig 3 maj t.o.m. 29 nov", {S1, S3}),     # a range of days: the two days named, as before
    ("Jag och Tom 29 nov", {S3}),                       # "Tom" the name
])
def test_up_to_is_not_a_range_nor_a_name(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_up_to_counts_from_the_arrival(config: Config) -> None:
    r = chat("anmäler mig t.o.m. 22 februari", config, dt.datetime(2027, 6, 1, 9, 0, tzinfo=CET))
    assert set(r.sessions) == {S2, S3, S4}


# ------------------------------------------------ a question says no absence
def test_a_question_about_missing_a_session_is_no_absence(config: Config, mail: Callable[..., bytes]) -> None:
    raw = mail("Hej!\n\nJag vill anmäla mig. Jag kan 21/9 och 29/11, men 3 maj kan jag inte.\n\n"
               "Hänger jag med i september om jag missar den första träffen?\n\nAnna")
    r = parse_email(raw, config, JANUARY)
    assert set(r.sessions) == {S2, S3}


# ------------------------------------------------ all but one, numbered sessions, English themes, seasons by clause
@pytest.mark.parametrize(("text", "expected"), [
    ("Please book us for all but the first session", {S2, S3, S4}),
    ("all of them bar the last one, thanks", {S1, S2, S3}),
    ("All but 22/2 please", {S1, S2, S3}),
    ("all but one of us can come on 29/11", {S3}),       # "all but one of us": people, not sessions
])
def test_all_but(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Could I join meetings 1 and 4 please?", {S1, S4}),
    ("Jag tar träff 2 och 3 tack", {S2, S3}),
    ("Session 3 only", {S3}),
])
def test_numbered_sessions_before_a_word(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_number_before_a_unit_is_no_session() -> None:
    assert dates("the session 2 hours long") == set()


@pytest.fixture(scope="module")
def themes(config: Config) -> ThemeIndex:
    return ThemeIndex(config)


@pytest.mark.parametrize(("text", "expected"), [
    ("Count me in for the one about uncertainties", {S3}),
    ("I'd like the session on sustainable development and the one on accessibility", {S1, S4}),
    ("the meeting on digital mobility", {S4}),
])
def test_a_theme_said_in_english(themes: ThemeIndex, text: str, expected: set[dt.date]) -> None:
    assert find_mention(text, SESSIONS, dt.date(2027, 1, 12), themes).dates == expected


def test_an_english_theme_said_in_passing_names_none(themes: ThemeIndex) -> None:
    assert not find_mention("I work with accessibility at the council", SESSIONS, dt.date(2027, 1, 12), themes).any


@pytest.mark.parametrize(("text", "expected"), [
    ("Just the autumn meeting, winter is hopeless for me", {S2, S3}),
    ("Höstens träffar, våren är för full för mig", {S2, S3}),
])
def test_a_season_in_the_next_clause_is_no_session(text: str, expected: set[dt.date]) -> None:
    m = find_mention(text, SESSIONS, dt.date(2027, 1, 12))
    assert m.dates == expected


# ------------------------------------------------ changes and cancellations that say what is kept
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag måste tyvärr avboka 3 maj och 22/2. September och november går bra.", {S1, S4}),
    ("Jag måste avboka 21/9, men maj och november som planerat.", {S2}),
    ("Please cancel me for November. May and September as planned.", {S3}),
])
def test_a_partial_cancellation_with_the_kept_sessions(config: Config, text: str, expected: set[dt.date]) -> None:
    r = chat(text, config)
    assert r.intent == Intent.CANCEL and set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag är anmäld till 3 maj och 21/9. Nu passar 21/9 dåligt, så jag vill byta den mot 29 november.", {S1, S3}),
    (("I'm registered for May 3 and Sept 21. The September date is bad for me now, so I'd like to swap it for "
      "November 29."), {S1, S3}),
    ("Jag vill ändra min anmälan så att jag bara går på 21/9 och 22/2. Maj och november hinner jag inte.", {S2, S4}),
    ("Jag är anmäld till 21/9 och 29/11. 29/11 krockar med fullmäktige, byt mot 22/2. 21/9 står fast.", {S2, S4}),
])
def test_a_change_with_the_sessions_kept(config: Config, text: str, expected: set[dt.date]) -> None:
    r = chat(text, config, dt.datetime(2027, 3, 1, 9, 0, tzinfo=CET))
    assert r.intent == Intent.CHANGE and set(r.sessions) == expected


# ------------------------------------------------ a day number before a verb
@pytest.mark.parametrize(("text", "expected"), [
    ("Den 22 funkar men inte den 3.", {S4}),
    ("the 29th works for me", {S3}),
])
def test_a_day_number_before_a_verb(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_reply_with_day_numbers_only(config: Config, mail: Callable[..., bytes]) -> None:
    raw = mail("Den 3 passar men inte den 22.\nAnna\n\n> Hej! Träffarna är 3 maj, 21 september och 29 november 2027 "
               "samt 22 februari 2028.\n> Anmäl dig genom att svara.", subject="Re: DalaLab")
    r = parse_email(raw, config, JANUARY)
    assert S4 not in r.sessions


# ------------------------------------------------ per person: the union
def test_the_writers_own_sessions_beside_a_colleagues(config: Config, mail: Callable[..., bytes]) -> None:
    raw = mail("Hej,\n\njag går på alla fyra träffarna. Anmäl även min kollega Per Holm (per.holm@mora.se), men "
               "bara till den första.\n\nAnna")
    r = parse_email(raw, config, JANUARY)
    assert r.intent == Intent.REGISTER and set(r.sessions) == set(SESSIONS)


def test_a_colleagues_sessions_alone_are_not_widened(config: Config, mail: Callable[..., bytes]) -> None:
    raw = mail("Hej,\n\nAnmäl min kollega Per Holm (per.holm@mora.se) till den första träffen.\n\nAnna")
    r = parse_email(raw, config, JANUARY)
    assert set(r.sessions) == {S1}


# ------------------------------------------------ our confirmation quoted from HTML
def test_a_confirmation_list_come_apart(config: Config, mail: Callable[..., bytes]) -> None:
    # the writer points to the sessions in the quoted confirmation (an address change naming none is a change with
    # no sessions, the convention since batch 12); what is held is read from the list, not "Välkommen 21 september"
    html = ("<p>Hej! Jag har bytt adress, kan ni ändra till anna.berg@mora.se? Samma träffar som i bekräftelsen.</p>"
            "<div><p>Den 2 jan. 2027 kl. 10:00 skrev Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;:</p>"
            "<p>Hej Anna! Du är anmäld till:</p><ul><li>3 maj 2027</li><li>22 februari 2028</li></ul>"
            "<p>Hälsningar<br>Linnea</p><p>Välkommen 21 september!</p></div>")
    raw = mail("", html=html, subject="Re: DalaLab", sender="Anna Berg <anna.b@gmail.com>")
    r = parse_email(raw, config, JANUARY)
    assert set(r.sessions) == {S1, S4}


# ------------------------------------------------ two diets joined by the writer
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag äter vegetariskt och glutenfritt.", "vegetariskt och glutenfritt"),
    ("Kost: nötallergi samt laktosintolerant", "nötallergi samt laktosintolerant"),
    ("Vegan & nut allergy for me", "vegan & nut allergy"),
    ("Jag är vegan, Per har nötallergi", "vegan, nötallergi"),     # apart: listed
])
def test_diets_joined_by_the_writer(text: str, expected: str) -> None:
    assert find_diet(text) == expected
