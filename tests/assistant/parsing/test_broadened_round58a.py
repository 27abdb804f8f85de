"""The classes fixed in round 58a, broadened: each said the ways other writers say it (other verbs and synonyms, word
order, tense, person, typos and missing diacritics, chat style, English, inside a longer mail with a signature), with
near-misses that must not be read that way.

Classes: a session the writer cannot do said and nothing more is a cancellation of it; terse cancellations (the
subject alone over an empty body, a few words); names mentioned only as context; a move asked about for a case that
may come; a session given up later in the writer's own words; a form's diet line saying there is none; an arrow
between dates as a move."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.second_opinion import Model
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAJA = "Maja Lund <maja.lund@ludvika.se>"


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "8812", "Maja Lund"), config, ARRIVAL)


def _mail(body: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=MAJA, subject=subject), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


# --- 1. A session the writer cannot do, said and nothing more: a cancellation of it --------------------------------

@pytest.mark.parametrize(("text", "sessions"), [
    ("Kan tyvärr inte den 21 september.", [S2]),
    ("hinner inte 29/11", [S3]),
    ("Har förhinder 22 feb. /Maja", [S4]),
    ("kan inte delta 3 maj tyvärr", [S1]),
    ("Jag kommer inte att kunna närvara 29 november.", [S3]),
    ("kan ej narvara 22/2 pga sjukdom", [S4]),
    ("Jag missar tyvärr träffen den 3 maj.", [S1]),
    ("Sorry, can't make it on 21 September.", [S2]),
    (("Hej!\n\nJag har tyvärr fått förhinder den 29 november.\n\nVänliga hälsningar\nMaja Lund\nLudvika kommun\n"
     "0240-123 45"), [S3]),
    ("Blir inget 21/9 för min del.", [S2]),
    ("Jag har tyvärr en konflikt den 29/11.", [S3]),
    ("Tyvärr förhindrad 3 maj", [S1]),
    ("Jag kommer inte på septemberträffen.", [S2]),
    ("I won't make the November session.", [S3]),
    ("kan int 21/9", [S2]),
    ("Går inte 21/9 för min del", [S2]),
    ("tyvärr, 3 maj går inte", [S1]),
    ("Kommer ej 29/11.", [S3]),
    ("Jag uteblir 29/11", [S3]),
    ("ingen möjlighet 22/2 tyvärr", [S4]),
])
def test_cant_said_alone_is_a_cancellation(text: str, sessions: list[object], config: Config) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions
    assert _names(r) == ["Maja Lund"]


@pytest.mark.parametrize("text", [
    "Jag hittar inte länken till anmälan för 3 maj.",
    "Kan man inte komma 21/9, får man materialet i efterhand?",
    "Kan inte 21/9 men vill gärna komma på de andra träffarna.",
    "Jag kommer inte på vad träffen 21/9 handlar om, har ni ett program?",
    "Det går inte att anmäla sig till 3 maj via länken.",
])
def test_near_misses_of_cant_said_alone(text: str, config: Config) -> None:
    assert _chat(text, config).intent != Intent.CANCEL


# --- 2. Terse cancellations ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "sessions"), [
    ("Avbokning DalaLab", list(ALL)),
    ("återbud 3 maj", [S1]),
    ("Aterbud DalaLab - Maja Lund", list(ALL)),
    ("Cancel my registration – DalaLab", list(ALL)),
    ("Stryk mig från 29/11", [S3]),
])
@pytest.mark.parametrize("body", ["", "-"])
def test_a_cancellation_in_the_subject_alone(subject: str, sessions: list[object], body: str,
                                             config: Config) -> None:
    r = _mail(body, config, subject)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions
    assert _names(r) == ["Maja Lund"]


def _unknown_model() -> Model:
    """A model sure that a message of words it does not know asks nothing."""
    intents = [str(i) for i in Intent]
    return Model(intents, [30.0 if i == Intent.UNKNOWN else 0.0 for i in Intent], {})


@pytest.mark.parametrize("text", ["Stryk mig.", "aterbud", "Återbud från mig", "jag avbokar /Maja",
                                  "Please cancel me", "avanmälan tack", "Jag drar mig ur.", "Ställ in min anmälan",
                                  "Count me out"])
def test_a_withdrawal_in_a_few_words(text: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _unknown_model)
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)


@pytest.mark.parametrize("text", ["Avbokningsavgift?", "Återbud – vart skickar jag det?"])
def test_near_misses_of_a_terse_withdrawal(text: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _unknown_model)
    assert _chat(text, config).intent != Intent.CANCEL


def test_a_reply_subject_alone_is_no_cancellation(config: Config) -> None:
    assert _mail("", config, "SV: Återbud DalaLab").intent != Intent.CANCEL


# --- 3. Names mentioned only as context ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hej! Anmäl mig till 3 maj (min kollega Tove Sand är redan anmäld).\n\nMaja Lund",
    "Hej! Anmäl mig till alla träffar. Tove Sand är anmäld sedan tidigare, så henne behöver ni inte räkna.\n\nMaja",
    "Hej! Jag vill anmäla mig till alla träffar. Tove Sand har redan anmält sig.\n\nMaja Lund",
    "hej, anmäl mig till alla träffar, jag samåker med Tove Sand som redan har anmält sig",
    "Hi, please sign me up for all sessions. My colleague Tove Sand is already registered.\n\nMaja Lund",
    "Hej! Tove Sand tog redan över Ivar Bloms plats i våras. Nu vill även jag anmäla mig till alla träffar.\n\nMaja",
    ("Hej! Vi är två från Ludvika: jag och Tove Sand. Tove anmäler sig själv, men jag anmäler mig härmed till alla "
    "träffar.\n\nMaja Lund"),
    "Hej! Anmäl mig till alla träffar. Tove Sand sköter sin egen anmälan.\n\nMaja Lund",
    "Hej! Anmäl mig till alla träffar. Min kollega Tove Sand har redan fått sin plats bekräftad.\n\nMaja",
    "Hej! Anmäl mig till alla träffar (Tove Sand är redan med).\n\nMaja",
])
def test_names_mentioned_only_as_context_signup(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Maja Lund"]


@pytest.mark.parametrize("body", [
    "Hej! Min chef Tove Sand anmälde mig till alla träffar, men jag kan inte 21/9. Stryk mig från den.\n\nMaja Lund",
    "Hej! Jag blev anmäld av Tove Sand i februari. Stryk mig från 21/9.\n\nMaja Lund",
    ("Tove Sand registered me for all sessions, but I can't attend on 21 September, please remove me from that one."
    "\n\nMaja Lund"),
    "Hej! Jag blev anmäld av min chef Tove Sand, men vill nu stryka 21/9.\n\nMaja",
    "I was registered by Tove Sand. Please take me off 21 September.\n\nMaja Lund",
])
def test_the_one_who_made_the_writers_signup_is_no_person(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Maja Lund"]
    assert list(r.sessions) == [S2]


@pytest.mark.parametrize("body", [
    "Hej! Anmäl mig och Tove Sand till alla träffar. Tove är inte anmäld sedan tidigare.\n\nMaja Lund",
    ("Hej! Tove Sand anmälde sig i januari men har inte fått någon bekräftelse. Anmäl henne och mig till alla "
    "träffar.\n\nMaja Lund"),
])
def test_near_misses_of_context_names(body: str, config: Config) -> None:
    assert sorted(n or "" for n in _names(_mail(body, config))) == ["Maja Lund", "Tove Sand"]


# --- 4. A move asked about for a case that may come ----------------------------------------------------------------

def _change_model() -> Model:
    """A model sure that any message with a swap word is a change."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.CHANGE else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {f"w:{w}": row for w in ("byta", "flytta", "switch", "move", "byte",
                                                                         "boka")})


@pytest.mark.parametrize("text", [
    "Ifall det krockar med semestern, kan man byta till novemberträffen?",
    "Är det möjligt att byta till 22/2 om jag skulle bli sjuk i maj?",
    "If I can't make it in May, could I switch to the September session?",
    "om det blir strul med bilen, kan jag flytta till 29/11 då",
    "Jag är anmäld till 3 maj. Skulle jag få förhinder, går det då att flytta till 21/9?",
    "Hej! Jag står på 21/9. Ifall jag blir sjuk – kan jag byta till 29/11 isåfall? Ingen ändring nu alltså.",
    "Fråga: om vi får förhinder i september, kan vi byta till februari?",
    "Antag att jag inte hinner 21/9 – får jag byta till 29/11 då?",
    "In case something comes up in May, can I move to September?",
    "Would it be possible to switch to November if I get sick?",
    "Ifall jag blir förhindrad, kan jag byta då?",
])
def test_a_move_asked_about_for_a_case_that_may_come(text: str, config: Config,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _change_model)
    r = _chat(text, config)
    assert r.intent == Intent.QUESTION
    assert list(r.sessions) == []


@pytest.mark.parametrize("text", [
    "Det krockar 21/9, kan jag byta till 29/11?",
    "Om det går vill jag byta från 21/9 till 29/11.",
    "Jag kan inte 3 maj, så om möjligt vill jag flytta till 21/9.",
    "Kan jag byta till 29/11 om jag får?",
])
def test_near_misses_a_move_asked_for_now(text: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _change_model)
    assert _chat(text, config).intent == Intent.CHANGE


# --- 5. A session given up later in the writer's own words ---------------------------------------------------------

@pytest.mark.parametrize(("body", "sessions"), [
    ("Hej! Jag anmäler mig till alla fyra träffarna. Fast 29/11 kan jag inte.\n\nMaja", [S1, S2, S4]),
    (("Hej,\n\nAnmäler mig härmed till DalaLab, samtliga tillfällen.\n\nHälsningar\nMaja Lund\nLudvika kommun\n\n"
     "PS: glömde säga att jag inte kan den 3 maj."), [S2, S3, S4]),
    ("Hej! Anmäl mig till alla träffar.\n\nMaja\n\nP.S. Ta bort 22/2, då är jag på semester.", [S1, S2, S3]),
    ("Hej! Anmälan för alla träffarna. OBS! Jag missar februariträffen.\n\nMaja Lund", [S1, S2, S3]),
    ("Hi, please register me for all sessions. I won't be able to attend on 21 September though.\n\nMaja Lund",
     [S1, S3, S4]),
    (("jag anmäler mig till alla tillfällen.\n\nhälsningar\nmaja\n\nps. stryk novemberträffen, krockar med "
     "budgetarbete"), [S1, S2, S4]),
    ("Hej! Jag vill anmäla mig till DalaLab. Tyvärr kan jag inte närvara den 3 maj pga tjänsteresa.\n\nMaja",
     [S2, S3, S4]),
])
def test_a_session_given_up_later(body: str, sessions: list[object], config: Config) -> None:
    r = _mail(body, config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize("body", [
    "Hej! Jag anmäler mig och Ivar Blom till alla träffar. Ivar missar tyvärr 21/9.\n\nMaja",
    "Hej! Jag anmäler mig till alla träffar.\n\nMaja\n\nPS. Blir det fullt kan jag avstå 29/11.",
    "Hej! Jag anmäler mig till alla träffar. Förra året kunde jag inte i november men nu går det bra.\n\nMaja",
])
def test_near_misses_of_a_session_given_up_later(body: str, config: Config) -> None:
    assert list(_mail(body, config, "Anmälan").sessions) == list(ALL)


# --- 6. A form's diet line saying there is none --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Kost: ingen",
    "Specialkost: Nej tack",
    "Allergier: inga",
    "Kost/allergier: -",
    "Matpreferens: ingen särskild",
    "Specialkost: nej (äter allt)",
    "Diet: none",
    "Kost: normal (ingen specialkost)",
    "Specialkost: Ingen.",
    "Specialkost: nä",
    "Kost: nix",
    "Dietary requirements: nope",
])
def test_a_diet_line_saying_none(line: str, config: Config) -> None:
    r = _mail(f"Namn: Maja Lund\nE-post: maja.lund@ludvika.se\nTräffar: 3/5, 21/9\n{line}\n\n/Maja", config)
    assert r.diet is None


@pytest.mark.parametrize(("line", "part"), [
    ("Kost: vegetarisk (ingen fisk)", "vegetar"),
    ("Allergier: inga nötter tack", "nöt"),
    ("Kost: ingen laktos", "lakto"),
])
def test_near_misses_a_diet_line_with_a_diet(line: str, part: str, config: Config) -> None:
    r = _mail(f"Namn: Maja Lund\nTräffar: 3/5\n{line}\n\n/Maja", config)
    assert r.diet is not None and part in r.diet.lower()


# --- 7. An arrow between dates as a move ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sessions"), [
    ("byt 3/5 --> 21/9 tack", [S2]),
    ("Flytta mig: 21/9 => 29/11", [S3]),
    ("ändra 3 maj → 22 feb", [S4]),
    ("21.9 -> 29.11, går det? /Maja", [S3]),
    ("Hej! Jag vill byta träff: 29 november ➡️ 22 februari.\n\nMvh Maja Lund\nLudvika kommun", [S4]),
    ("omboka 21 sep->3 maj", [S1]),
    ("Change 21 Sept -> 29 Nov please", [S3]),
    ("Byte: september → november", [S3]),
    ("byt 21/9 ⟶ 29/11", [S3]),
    ("flytta mig 21/9 –> 29/11", [S3]),
    ("byt 3/5 >> 22/2 tack", [S4]),
])
def test_an_arrow_between_dates_is_a_move(text: str, sessions: list[object], config: Config) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == sessions


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmälan -> 3/5 och 21/9", [S1, S2]),
    ("Anmäl mig till 21/9 -> se bifogad fil för kost", [S2]),
])
def test_near_misses_an_arrow_not_between_dates(text: str, sessions: list[object], config: Config) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
