"""Round 30 (reading.py), by class, each in other words than the corpus.

Class 1: a swap asked with a cancellation only as its fallback ("kan jag ta 21/9 i så fall? annars stryk mig från maj")
keeps the rules' reading (the swap) when the intent model is sure of the fallback, and says change-or-cancel is unsure.
Near-miss: a plain cancellation the model agrees with.

Class 2: an absence said of "the others" in a signup naming its sessions ("3 maj och 29 november (övriga datum
krockar)") declines the others, not those named. Near-misses: an absence said of a session named.

Class 3: a change the model states over a diet told as news, naming no session ("ja e laktosfri nu, kan ni fixa
det?"), asks for no session. Near-miss: such a change that names one.

Class 4: "kan jag också anmäla min kollega X?": the "också" goes with the act (another signup besides the writer's),
the writer is not signed up. Near-misses: the writer signing up themself too.

Class 5: "X och jag måste dra oss ur ... Stryk oss båda": the one named beside the writer in the sentence before is
among those cancelled. Near-miss: a request of "mig" alone after such a sentence.

Class 6: "kan ni flytta Gunilla Åkerström från den andra träffen till den fjärde?" (a change the model states): the one moved is
the person named, not the writer. Near-miss: the writer moving themself beside a name told in passing."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import reading as reading_module
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

S1, S2, S3, S4 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [S1, S2, S3, S4]
TOVE = "Tove Lund <tove.lund@mora.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = TOVE) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Tove Lund") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", name), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def model_says(monkeypatch: pytest.MonkeyPatch, intent: Intent, p: float = 0.95) -> None:
    """An intent model sure of ``intent`` (its second opinion, whatever the text)."""
    monkeypatch.setattr(reading_module, "opinion", lambda subject, own, forwarded: (intent, p))


# Class 1: a swap with a cancellation as its fallback.
@pytest.mark.parametrize("text", [
    "Hej! Jag kan tyvärr inte komma 3 maj. Kan jag ta 21 september i stället? Annars får ni stryka mig från maj.",
    "Jag kommer tyvärr inte kunna 3 maj. Går det att ta 21/9 istället? Annars får ni stryka mig från maj.",
])
def test_a_swap_with_a_cancel_fallback_stays_a_swap_over_a_sure_model(text: str, config: Config,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CANCEL)
    r = chat(text, config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S2]
    assert Unsure.CHANGE_OR_CANCEL in r.unsure


def test_a_plain_cancellation_stays_one_without_change_or_cancel(config: Config,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CANCEL)
    r = chat("Jag kan inte 29/11. Stryk mig från den träffen, tack.", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S3]
    assert Unsure.CHANGE_OR_CANCEL not in r.unsure


# Class 2: "övriga datum krockar" beside the sessions named.
@pytest.mark.parametrize(("text", "sessions"), [
    (("Hej! Vi anmäler två personer till 21 september och 22 februari (övriga datum krockar med budgetarbetet):\n\n"
     "1. Per Ek – per.ek@mora.se\n2. Eva Sund – eva.sund@mora.se\n\nHälsningar\nTove"), [S2, S4]),
    (("Hi, please sign up Per Ek (per.ek@mora.se) and me for 3 May and 29 November (the other dates clash with our "
     "board meetings).\n\nTove"), [S1, S3]),
    ("Anmäler mig till träffarna 3 maj och 21 september, resten går tyvärr inte för mig.\n\n/Tove", [S1, S2]),
])
def test_an_absence_of_the_others_keeps_the_sessions_named(text: str, sessions: list[dt.date],
                                                          config: Config) -> None:
    r = mail(text, config, "Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag anmäler mig till 3 maj och 21 september men 21 september krockar tyvärr, så stryk den.", [S1]),
    ("Jag kommer gärna på alla träffar, men 21/9 krockar med fullmäktige.", [S1, S3, S4]),
])
def test_an_absence_of_a_session_named_still_declines_it(text: str, sessions: list[dt.date], config: Config) -> None:
    r = mail(text + "\n\n/Tove", config, "Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


# Class 3: a model-stated change over a diet told as news, no session named.
@pytest.mark.parametrize("text", ["btw ja e laktosfri nu 🥛 kan ni fixa det till luncherna? /tove",
                                  "hörru, blivit glutenfri nu. går det att ordna det på fikat? mvh tove"])
def test_a_diet_change_the_model_states_asks_for_no_session(text: str, config: Config,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CHANGE)
    r = chat(text, config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == []
    assert r.diet is not None
    assert names(r) == ["Tove Lund"]


def test_a_diet_change_the_model_states_that_names_a_session_keeps_it(config: Config,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CHANGE)
    r = chat("ja e vegan nu btw, o kan ni flytta mig till 21/9?", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S2]


# Class 4: "kan jag också anmäla min kollega": another signup besides the writer's own.
QUOTED = ("\n\n/Tove\n\nFrån: DalaLab – anmälan <linnea.hassis@regiondalarna.se>\nSkickat: den 10 februari 2027 10:02\n"
          "Till: Tove Lund <tove.lund@mora.se>\nÄmne: Bekräftelse på anmälan – DalaLab\n\nHej Tove Lund,\n"
          "Tack för din anmälan! Du är anmäld till följande träffar i DalaLab:\n"
          "• 3 maj 2027 – Inledning\n• 22 februari 2028 – Avslutning\nVälkommen!\n")


@pytest.mark.parametrize("own", [
    "Tack! Får jag också anmäla min kollega Jonas Ek (jonas.ek@mora.se)? Han vill gå på samma träffar som jag.",
    "Perfekt. Jag vill även anmäla en kollega, Jonas Ek, jonas.ek@mora.se, till samma träffar som jag.",
])
def test_also_signing_up_a_colleague_is_no_signup_of_the_writer(own: str, config: Config) -> None:
    r = mail(own + QUOTED, config, "SV: Bekräftelse på anmälan – DalaLab")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Jonas Ek"]
    assert list(r.sessions) == [S1, S4]


def test_also_signing_up_a_colleague_in_english(config: Config) -> None:
    r = mail("Thanks! Could I also register my colleague Jonas Ek (jonas.ek@mora.se) for the same sessions as me?"
             + QUOTED, config, "RE: Bekräftelse på anmälan – DalaLab")
    assert names(r) == ["Jonas Ek"]


@pytest.mark.parametrize("own", [
    "Hej! Jag vill också anmäla mig själv, och min kollega Jonas Ek (jonas.ek@mora.se). Vi kommer 3 maj.",
    "Hej! Kan jag och min kollega Jonas Ek (jonas.ek@mora.se) också anmäla oss till 3 maj?",
])
def test_the_writer_signing_up_too_stays_among_the_people(own: str, config: Config) -> None:
    r = mail(own + "\n\n/Tove", config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Jonas Ek", "Tove Lund"]


# Class 5: "X och jag ... Stryk oss båda".
@pytest.mark.parametrize("text", [
    ("Hej,\n\nEfter en omorganisation måste Jonas Ek och jag tyvärr lämna DalaLab. Stryk oss båda från alla träffar. "
    "Tack för den här tiden!\n\nTove Lund\nMora kommun"),
    ("Hi, due to new assignments Jonas Ek and I have to leave the network. Please remove us both from all sessions."
    "\n\nTove Lund\nMora kommun"),
])
def test_us_both_after_a_name_beside_the_writer_cancels_both(text: str, config: Config) -> None:
    r = mail(text, config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Jonas Ek", "Tove Lund"]
    assert list(r.sessions) == ALL


def test_me_alone_after_a_name_beside_the_writer_cancels_the_writer(config: Config) -> None:
    r = mail("Hej,\n\nJonas Ek och jag har pratat om hösten. Stryk mig från alla träffar, Jonas står kvar.\n\n"
             "Tove Lund\nMora kommun", config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Tove Lund"]


# Class 6: "flytta Gunilla Åkerström från den andra träffen till den fjärde" (the model's change).
@pytest.mark.parametrize("text", [
    ("Hej! Går det att flytta Gunilla Åkerström från den andra träffen till den fjärde? Hon är bortrest i september."
    "\n\n/ Tove, Mora kommun"),
    ("Hej, kan ni boka om Gunilla Åkerström från den första träffen till den sista? Hon har semester i maj.\n\n"
    "Tove, Mora kommun"),
])
def test_moving_someone_named_puts_them_in_the_change(text: str, config: Config,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CHANGE)
    r = mail(text, config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Gunilla Åkerström"]


def test_moving_oneself_beside_a_name_told_in_passing_is_the_writer(config: Config,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    model_says(monkeypatch, Intent.CHANGE)
    r = mail("Hej! Kan ni flytta mig från första träffen till den tredje? Jag har pratat med Maria Holm om det.\n\n"
             "/ Tove, Mora kommun", config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Tove Lund"]
