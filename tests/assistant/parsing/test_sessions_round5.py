"""Sessions, fifth round of issue 13: general readings, each with variants of its class (written for these tests).

- a session named by its theme in the writer's own words: content words matched by stem (endings, compounds), a
  list of themes after one "träffarna om", a theme word two titles share (unsure unless the phrase tells them apart),
  a theme word said in passing (no session);
- a season said as when ("i höst") beside a session named otherwise only places it; in a cause it names none;
- "den andra" as an ordinal beside another ordinal, or taken "istället";
- a session the writer has not decided on yet is not booked; "alltihop" is every session; ", inte X" leaves X out.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.sessions import Mention, find_mention
from assistant.parsing.themes import ThemeIndex
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import MARCH, S1, S2, S3, S4, SESSIONS

CET = dt.timezone(dt.timedelta(hours=1))
APRIL = dt.datetime(2027, 4, 6, 9, 0, tzinfo=CET)     # the next February is the session's


@pytest.fixture(scope="module")
def themes(config: Config) -> ThemeIndex:
    return ThemeIndex(config)


def mention(text: str, themes: ThemeIndex | None = None, base: dt.date = MARCH) -> Mention:
    return find_mention(text, SESSIONS, base, themes)


def chosen(m: Mention) -> set[dt.date]:
    picked = set(SESSIONS) if m.whole or (m.minus and not m.dates) else set(m.dates)
    return picked - m.minus


def chat(text: str, config: Config, arrival: dt.datetime = APRIL) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "11", "Tove Sjöberg"), config, arrival)


# ------------------------------------------------ sessions named by their theme
@pytest.mark.parametrize(("text", "expected"), [
    # a list of themes after one session noun and "om"
    ("Vi vill gärna vara med på mötena om osäkerheterna och om den digitala tillgängligheten.", {S3, S4}),
    ("Boka in mig på tillfället om ÖP-modellens utvecklingsinriktning samt det om rumslig närhet.", {S2, S4}),
    ("Jag anmäler mig till träffarna om framtidsfrågorna, mobiliteten och planeringsstrategierna.", {S1, S3, S4}),
    # the phrase runs on over the titles' own words ("att planera för")
    ("Intresserad av delen om begreppet i ÖP-modellen och om att planera för en osäker framtid.", {S2, S3}),
    # inflected, and one word with the session noun
    ("Skriv upp mig på osäkerhetsträffen och på den om översiktsplaneringen.", {S1, S3}),
    ("Jag tar det rumsliga perspektivet-tillfället, alltså den om det rumsliga perspektivet.", {S1}),
])
def test_themes_in_the_writers_words(themes: ThemeIndex, text: str, expected: set[dt.date]) -> None:
    m = mention(text, themes)
    assert chosen(m) == expected and not m.ambiguous


@pytest.mark.parametrize("text", [
    "Jag anmäler mig till träffen om rumslig planering.",
    "Kan jag gå på den om det rumsliga?",
])
def test_a_theme_word_two_titles_share_is_unsure(themes: ThemeIndex, text: str) -> None:
    m = mention(text, themes)
    assert chosen(m) == {S1, S4} and m.ambiguous


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag jobbar med tillgänglighetsfrågor och anmäler mig till 3 maj.", {S1}),
    ("Jag kommer på mötet med vår tillgänglighetssamordnare den 21/9.", {S2}),
    ("Vi håller på med den nya översiktsplanen, så jag kommer bara i november.", {S3}),
    ("Jag vill gå på träffen om framtider, och jag undrar hur man kan jobba med tillgänglighet.", {S3}),
])
def test_a_theme_word_said_in_passing_names_no_session(themes: ThemeIndex, text: str,
                                                       expected: set[dt.date]) -> None:
    assert chosen(mention(text, themes)) == expected


def test_a_session_left_out_by_its_theme(themes: ThemeIndex) -> None:
    assert chosen(mention("Jag kommer på alla utom den om mobilitet och tillgänglighet.", themes)) == {S1, S2, S3}


def test_themes_listed_in_a_signup_mail(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag vill anmäla mig till träffarna om ÖP-modellens utvecklingsinriktning och om fysisk "
            "mobilitet.\n\nMvh\nTove Sjöberg\nGagnefs kommun")
    r = parse_email(mail(body, sender="Tove Sjöberg <tove.sjoberg@gagnef.se>"), config, APRIL)
    assert r.intent == Intent.REGISTER and r.sessions == (S2, S4)


# ------------------------------------------------ a season said as when places the session named otherwise
@pytest.mark.parametrize(("text", "expected"), [
    ("Vi skickar två kollegor till träffen om osäkerheter i höst.", {S3}),
    ("Jag kommer den 21/9 i höst.", {S2}),
    ("Anmäl mig till september-träffen under hösten.", {S2}),
    ("Jag kommer 3 maj och i höst.", {S1, S2, S3}),            # the season names sessions of its own
    ("Jag vill gå på alla träffar i höst.", {S2, S3}),         # every session of the autumn, not every session
    # a season dating a cause names no session
    ("På grund av en omorganisation i höst vill jag bara gå på 3 maj.", {S1}),
    ("Eftersom vi flyttar kontoret under hösten ändrar jag min anmälan.", set()),
    ("Jag kan inte komma i höst eftersom jag är tjänstledig.", {S2, S3}),   # the cause after: the autumn's sessions
])
def test_a_season_said_as_when(themes: ThemeIndex, text: str, expected: set[dt.date]) -> None:
    assert chosen(mention(text, themes)) == expected


# ------------------------------------------------ "den andra" as an ordinal
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag tar den andra istället.", {S2}),
    ("Jag kommer på tredje träffen men inte den andra.", {S3}),
    ("Flytta mig från sista träffen till den andra.", {S2, S4}),   # both named; the move is read from the clause
    ("Jag tar den andra.", set()),                                  # alone: "the other"
])
def test_the_second_with_its_noun_left_out(text: str, expected: set[dt.date]) -> None:
    assert chosen(mention(text)) == expected


def test_a_move_from_the_first_to_the_second_in_chat(config: Config) -> None:
    r = chat("går det att byta från första träffen till den andra istället?", config)
    assert r.intent == Intent.CHANGE and r.sessions == (S2,)


# ------------------------------------------------ sessions not decided on, everything, ", inte"
@pytest.mark.parametrize(("text", "expected"), [
    ("Maj och september blir bra, november vet jag inte ännu.", {S1, S2}),
    ("Jag kommer 21/9; om februari har jag inte bestämt mig.", {S2}),
    ("I'll come on May 3, not sure about the February one yet.", {S1}),
    ("Ja kommer i maj, ha int bestämt mä för november.", {S1}),
    ("Jag kommer säkert 3 maj.", {S1}),
])
def test_a_session_not_decided_on_is_not_booked(text: str, expected: set[dt.date]) -> None:
    assert chosen(mention(text)) == expected


def test_adding_a_session_with_another_left_open(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\nJag är anmäld till 3 maj. Lägg gärna till 21 september också. November vet jag inte än, "
            "hör av mig.\nTove Sjöberg")
    r = parse_email(mail(body, sender="Tove Sjöberg <tove.sjoberg@gagnef.se>", subject="Lägga till"), config, APRIL)
    assert r.intent == Intent.CHANGE and r.sessions == (S1, S2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Stryk mig från alltihop, jag blir tjänstledig från april.", set(SESSIONS)),
    ("Anmäl mig till alltsammans!", set(SESSIONS)),
    ("Tack för alltihop, vi ses 3 maj.", {S1}),
    ("Min kollega börjar hos oss 1 mars och vill gå på 21/9.", {S2}),        # a date that is no session
    ("Jag kommer bara 21/9 och 29/11, inte 3 maj.", {S2, S3}),
    ("Jag kommer på alla träffarna, inte bara 3 maj.", set(SESSIONS)),
])
def test_everything_and_dates_left_out(text: str, expected: set[dt.date]) -> None:
    assert chosen(mention(text)) == expected


def test_cancelling_everything_while_hoping_for_next_time(config: Config) -> None:
    r = chat("hej, jag får tyvärr avanmäla mig från alltihop, hoppas kunna vara med nästa gång!", config)
    assert r.intent == Intent.CANCEL and r.sessions == SESSIONS
