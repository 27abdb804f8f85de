"""Sessions, twenty-ninth round: classes of readings, each in words of its own (none from a corpus).

- a run-on without punctuation (dictated, typed in haste) where a clause saying one cannot come runs straight into a
  question asking for another session ("kan inte i maj kan jag gå i september istället"): two sentences, so that the
  session asked for is not taken as declined with the one before; not when a joining word ("men", "och", "att")
  stands between, the time said before the question then being its own ("men i september kan jag gå");
- a session named, then "men har fått förhinder då" / "men kan tyvärr inte då" / "but I can't make it then" (the
  "då" referring back to it): that session is named as when the person is elsewhere (``Mention.busy``), so a change
  asking for another keeps only the other; not "och kommer då", nor "då har jag tid".
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat
from assistant.parsing.second_opinion import Model
from assistant.parsing.sessions import find_mention
from assistant.parsing.text import sentences
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, MARCH, S1, S2, S3, S4, SESSIONS

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "8129", "Olle Strand")


def chat(text: str, config: Config) -> list[dt.date]:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    return sorted(r.sessions)


# ------------------------------------------------ a run-on: "kan inte X kan jag Y"
@pytest.mark.parametrize(("text", "expected"), [
    ("hej olle strand här jag står på maj och november men kan inte i november kan jag ta februari istället tack",
     [S1, S4]),
    ("jag är anmäld till 3 maj och 21 september men 21 september går inte får jag komma den 29 november istället",
     [S1, S3]),
    ("hej jag har platser i maj och september men hinner inte i maj kan jag gå i februari i stället",
     [S2, S4]),
])
def test_a_declined_session_running_into_a_question_for_another(text: str, expected: list[dt.date],
                                                                config: Config) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


@pytest.mark.parametrize(("text", "parts"), [
    ("kan inte i maj kan jag gå i september istället", ["kan inte i maj", "kan jag gå i september istället"]),
    ("det går inte den 21/9 får hon komma 29/11 i stället", ["det går inte den 21/9", "får hon komma 29/11 i stället"]),
    ("I can't do May could I come in September instead", ["I can't do May", "could I come in September instead"]),
])
def test_such_a_run_on_is_two_sentences(text: str, parts: list[str]) -> None:
    assert sentences(text) == parts


@pytest.mark.parametrize("text", [
    "jag kan inte komma i maj men i september kan jag gå",      # near-miss: "men" opens the question's clause
    "jag vet inte om jag kan gå i maj",                          # no inverted question
    "det går inte att ändra kan jag tänka mig",                  # "att" between: one thought
    "i september kan jag gå men inte i maj",                     # the negation after
    "Inte kan jag gå i maj",                                     # the negation opens the sentence
    "Om vi inte redan är fem vill jag gärna komma.",             # the negation in an "om" clause: one sentence
    "eftersom jag inte hinner i maj kan jag gå i september",     # ... and in an "eftersom" clause
])
def test_near_misses_stay_one_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


def test_a_run_on_with_its_time_after_men_keeps_its_reading(config: Config) -> None:
    """Near-miss: the same words as before (one sentence, the September session asked for)."""
    assert S2 in chat("jag kan inte komma i maj men i september kan jag gå", config)


# ------------------------------------------------ "men har fått förhinder då": the session named is when one is away
@pytest.mark.parametrize(("text", "busy"), [
    ("Per är anmäld till träffen i november men har fått förhinder då.", {S3}),
    ("Jag står på 3 maj men kan tyvärr inte då.", {S1}),
    ("I'm booked on 21 September but I can't make it then.", {S2}),
    ("Hon har en plats den 22 februari, men är bortrest den dagen.", {S4}),
])
def test_an_engagement_said_of_then_makes_the_session_named_busy(text: str, busy: set[dt.date]) -> None:
    m = find_mention(text, SESSIONS, MARCH)
    assert m.busy == busy
    assert m.dates == busy


@pytest.mark.parametrize("text", [
    "Jag är anmäld till 3 maj och kommer då.",          # coming then
    "Jag vill gå på 3 maj, då har jag tid.",            # free then
    "Jag är anmäld till 3 maj men kan inte då jag har semester i maj.",   # "då" as "since", mid-clause
    "Vi kommer den 21 september men kan inte stanna på lunchen.",         # no "då"
])
def test_near_misses_name_no_busy_session(text: str) -> None:
    assert not find_mention(text, SESSIONS, MARCH).busy


def _change_model() -> Model:
    """A model sure that any message with "i stället", "instead" or "också" is a change."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.CHANGE else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {"w:stället": row, "w:istället": row, "w:instead": row,
                                                   "w:också": row})


@pytest.mark.parametrize(("text", "expected"), [
    ("Per Ek är bara anmäld till träffen i november men har fått förhinder då. Kan han gå i februari i stället?",
     [S4]),
    ("Linn is booked on 21 September but she can't make it then. Could she join on 3 May instead?", [S1]),
])
def test_a_change_read_by_the_model_keeps_only_the_session_asked_for(text: str, expected: list[dt.date],
                                                                     config: Config,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _change_model)
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_a_session_kept_beside_another_asked_for_stays(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """Near-miss: the session held is kept ("och kommer då"), another added."""
    monkeypatch.setattr(second_opinion, "model", _change_model)
    r = parse_chat("Per Ek är anmäld till träffen i november och kommer då. Kan han gå i februari också?", CHAT,
                   config, ARRIVAL)
    assert S3 in r.sessions
