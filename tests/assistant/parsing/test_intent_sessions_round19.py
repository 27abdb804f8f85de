"""Intent and sessions, nineteenth round: classes of readings, each in words of its own (none from a corpus).

- a dotted date with a zero month that is a session's day ("03.05", "22.02") or has a year: a date, not a time;
- the writer busy in a season given as a reason ("tyvärr har vi samråd under hösten", "we have budget work in the
  autumn") beside sessions named: the season names no session;
- a signup held already, said in passing ("jag är ju redan anmäld till alla", "I'm already registered for all
  sessions") beside another's sessions: those of the other;
- an address to be used instead, or changed, naming no session: a change with no sessions;
- a diet of someone named, asked to be noted ("kan ni notera det?", "could you let the caterers know?"): a change;
- signing up again after a cancellation ("kan jag anmäla mig igen", "sign me up again"): a signup, not a cancel.
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

CHAT = Sender("telegram", "7070", "Maja Sund")
SIGNATURE = "\n\nAnna Berg\nMora kommun\n"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, body: str) -> ParsedRequest:
    return parse_email(build_mail(body + SIGNATURE), config, ARRIVAL)


# ------------------------------------------------ a dotted date with a zero month
@pytest.mark.parametrize(("text", "expected"), [
    ("anmäl mig 03.05!!! /maja, orsa", {S1}),
    ("anmal mig till 03.05 tack. Maja Sund Orsa", {S1}),
    ("Hej, jag vill anmäla mig till träffen 03.05.2027. Hälsningar Maja Sund, Orsa kommun", {S1}),
    ("sign me up for 03.05 please - maja sund, orsa", {S1}),
    ("Kan du skriva upp mig på 03.05 och 22.02? /Maja", {S1, S4}),
    ("Hej! Jag vill anmäla mig till 21.09. /Maja Sund, Orsa", {S2}),
    # near-misses: a phone number, a time, a meeting time ("vi ses 21.09")
    ("anmäl mig till alla! vi ses 21.09 på stationen /maja", set(ALL)),
    ("anmäl mig till alla, ring mig på 070-03.05 om nåt /maja", set(ALL)),
    ("anmäl mig till alla träffarna, jag kommer runt kl 10.05 /maja", set(ALL)),
])
def test_dotted_zero_month(config: Config, text: str, expected: set[object]) -> None:
    result = _chat(config, text)
    assert result.intent == Intent.REGISTER
    assert set(result.sessions) == expected


# ------------------------------------------------ a busy season given as a reason
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Tyvärr har vi samråd under hösten och jag kan inte lova att komma på alla träffar, men jag vill gärna "
     "anmäla mig till träffarna den 3 maj och den 29 november. Jag återkommer om det lossnar för de andra."), {S1, S3}),
    (("Hej! Tyvärr har vi samråd under hösten, men jag vill gärna anmäla mig till träffarna den 3 maj och den 29 "
     "november."), {S1, S3}),
    ("Hej! Jag kan inte lova att komma på alla träffar, men jag anmäler mig till den 3 maj och den 29 november.",
     {S1, S3}),
    ("Unfortunately we have budget work during the autumn, but please sign me up for May 3 and Feb 22.", {S1, S4}),
    ("vi är upptagna i höst men anmäl mig till 3 maj och 22 feb tack", {S1, S4}),
    ("tyvarr har vi valet i hösten, anmal mig till 3 maj o 22/2.", {S1, S4}),
    # near-misses: the season asked for
    ("Anmäl mig till träffarna i höst tack!", {S2, S3}),
    ("Vi har tid i höst, så anmäl mig gärna till höstens träffar.", {S2, S3}),
])
def test_busy_season_is_a_reason(config: Config, body: str,
                                 expected: set[object]) -> None:
    result = _mail(config, body)
    assert result.intent == Intent.REGISTER
    assert set(result.sessions) == expected


# ------------------------------------------------ a signup held already, said in passing
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag är ju redan anmäld till alla träffarna, men nu vill även min kollega Per Ek, per.ek@mora.se, vara "
     "med. Han kan 21/9 och 29/11."), {S2, S3}),
    (("Hej, jag står redan på alla fyra träffarna. Nu vill min kollega Per Ek (per.ek@mora.se) också anmäla sig, men "
     "bara till 3 maj."), {S1}),
    (("Hi! I'm already registered for all sessions. My colleague Per Ek (per.ek@mora.se) would like to join the "
     "September and November ones."), {S2, S3}),
    # near-misses: all asked for
    ("Hej! Anmäl mig och min kollega Per Ek, per.ek@mora.se, till alla träffarna.", set(ALL)),
    (("Hej! Jag är redan anmäld till alla träffarna. Nu vill min kollega Per Ek, per.ek@mora.se, också vara med på "
     "alla."), set(ALL)),
])
def test_signup_held_in_passing(config: Config, body: str,
                                expected: set[object]) -> None:
    result = _mail(config, body)
    assert result.intent == Intent.REGISTER
    assert set(result.sessions) == expected


# ------------------------------------------------ an address changed, no session
@pytest.mark.parametrize("text", [
    "Hi, I signed up earlier but pls use my work email maja.sund@orsa.se instead (old one was maja@gmail.com). thx!",
    "hej! jag är anmäld sen tidigare men använd min jobbmejl maja.sund@orsa.se istället för den gamla maja@hotmail.com",
    "Hej, min e-postadress har ändrats till maja.sund@orsa.se. Vänligen uppdatera min anmälan. /Maja Sund",
    "Please update my email to maja.sund@orsa.se - thanks, Maja Sund",
])
def test_address_changed(config: Config, text: str) -> None:
    result = _chat(config, text)
    assert result.intent == Intent.CHANGE
    assert list(result.sessions) == []


def test_address_asked_is_no_change(config: Config) -> None:
    assert _chat(config, "Vad är din e-postadress? Jag vill anmäla mig. /Maja").intent == Intent.REGISTER


# ------------------------------------------------ a diet of someone named, to be noted
@pytest.mark.parametrize("text", [
    "Hej! Kan ni notera att min kollega Per Ek är vegan? Han är redan anmäld. /Maja Sund, Orsa",
    "En sak till om Per Ek som tog över min plats: han är glutenintolerant. Kan ni notera det till lunchen? /Maja Sund",
    ("Quick note: my colleague Per Ek, who took over my seat, is vegetarian. Could you let the caterers know? "
     "/Maja Sund"),
    "Per Ek är laktosintolerant, kan ni fixa det till fikat? Han är anmäld sedan tidigare. /Maja",
])
def test_diet_of_someone_named(config: Config, text: str) -> None:
    result = _chat(config, text)
    assert result.intent == Intent.CHANGE
    assert list(result.sessions) == []
    assert [p.name for p in result.people] == ["Per Ek"]


def test_diet_option_asked_is_a_question(config: Config) -> None:
    assert _chat(config, "Finns det veganskt alternativ på lunchen? /Maja Sund").intent == Intent.QUESTION


# ------------------------------------------------ signing up again after a cancellation
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej, jag avanmälde mig i februari, men nu har det lugnat ner sig. Kan jag anmäla mig igen till höstens två "
     "träffar?"), {S2, S3}),
    ("Hej! Jag hoppade av tidigare i år men vill gärna vara med igen från september. Anmäl mig till 21/9 och 29/11.",
     {S2, S3}),
    (("Hi, I cancelled my registration back in January, but my schedule has freed up. Could you sign me up again for "
     "the November session?"), {S3}),
    ("avanmälde mig förra månaden men kan ändå komma 22/2, skriv upp mig igen!", {S4}),
])
def test_signed_up_again(config: Config, body: str, expected: set[object]) -> None:
    result = _mail(config, body)
    assert result.intent == Intent.REGISTER
    assert set(result.sessions) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej, jag måste tyvärr avanmäla mig från höstens två träffar. Jag hoppas kunna anmäla mig igen nästa år.",
     {S2, S3}),
    ("Hej, stryk mig från 21/9. Jag anmäler mig igen om det lossnar.", {S2}),
])
def test_hope_to_return_stays_a_cancel(config: Config, body: str,
                                       expected: set[object]) -> None:
    result = _mail(config, body)
    assert result.intent == Intent.CANCEL
    assert set(result.sessions) == expected


def test_whether_to_sign_up_again_is_a_question(config: Config) -> None:
    text = "Hej! Jag har bytt enhet inom kommunen. Behöver min nya chef anmäla mig på nytt? /Maja Sund, Orsa"
    assert _chat(config, text).intent == Intent.QUESTION
