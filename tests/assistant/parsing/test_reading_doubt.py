"""The doubt about whole readings: where a model of how likely a reading is wrong finds a signup, change or
cancellation likely wrong and nothing else in it is unsure, the reading is marked ``Unsure.READING`` (the service then
states it and asks); it never changes the reading. The behaviour is tested with models written for the test; what the
shipped model does with a message is tested end to end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from assistant.config import Config
from assistant.parsing import people_opinion, reading_doubt, second_opinion
from assistant.parsing.parser import chat_parts, parse_chat, parse_email
from assistant.parsing.reading import tables
from assistant.parsing.reading_doubt import Model, features, model
from assistant.request import Intent, Sender, Unsure
from tests.assistant.parsing.conftest import build_mail

EVA = Sender("telegram", "77", "Eva Lund")


@pytest.fixture(autouse=True)
def _no_other_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", lambda: None)     # (only the doubt here)
    monkeypatch.setattr(people_opinion, "model", lambda: None)


@pytest.fixture
def fresh_model() -> Iterator[None]:
    """The model read again from its file for this test, and again after it."""
    model.cache_clear()
    yield
    model.cache_clear()


def _sure_it_is_wrong() -> Model:
    return Model(6.0, {}, 0.5)


def _sure_it_is_right() -> Model:
    return Model(-6.0, {}, 0.5)


def test_the_shipped_model_is_read_with_its_threshold() -> None:
    m = model()
    assert m is not None and len(m.weights) > 20 and 0.0 < m.asks < 1.0


def test_a_signup_the_model_finds_likely_wrong_is_asked_about_and_kept_as_read(
        config: Config, arrival: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading_doubt, "model", _sure_it_is_wrong)
    r = parse_chat("Jag kommer gärna på mötet i september, Eva Lund, Orsa kommun", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and [p.name for p in r.people] == ["Eva Lund"]
    assert r.sessions == (dt.date(2027, 9, 21),)
    assert r.unsure == (Unsure.READING,)


def test_a_signup_the_model_finds_likely_right_is_not_asked_about(
        config: Config, arrival: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading_doubt, "model", _sure_it_is_right)
    r = parse_chat("Jag kommer gärna på mötet i september, Eva Lund, Orsa kommun", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and r.unsure == ()


def test_without_a_model_nothing_is_doubted(config: Config, arrival: dt.datetime,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading_doubt, "MODEL_FILE", reading_doubt.MODEL_FILE.with_name("missing.json.gz"))
    model.cache_clear()
    try:
        r = parse_chat("Jag kommer gärna på mötet i september, Eva Lund, Orsa kommun", EVA, config, arrival)
    finally:
        model.cache_clear()
    assert r.intent == Intent.REGISTER and r.unsure == ()


def test_what_does_not_act_is_never_doubted(config: Config, arrival: dt.datetime,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # a question only answers and automatic mail is never answered: neither is asked about
    monkeypatch.setattr(reading_doubt, "model", _sure_it_is_wrong)
    question = parse_chat("Blir det lunch på träffen i maj?", EVA, config, arrival)
    assert question.intent == Intent.QUESTION and question.unsure == ()
    away = parse_email(build_mail("Jag är på semester till och med 12 mars.", subject="Autosvar: DalaLab",
                                  headers={"Auto-Submitted": "auto-replied"}), config, arrival)
    assert away.intent == Intent.AUTO_REPLY and away.unsure == ()


def test_a_reading_already_unsure_keeps_its_own_question(config: Config, arrival: dt.datetime,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # "höstens träff" is asked about as a choice of the two autumn sessions; the doubt adds nothing to that question
    monkeypatch.setattr(reading_doubt, "model", _sure_it_is_wrong)
    r = parse_chat("Jag vill vara med på höstens träff. Eva Lund, Orsa kommun", EVA, config, arrival)
    assert Unsure.SESSIONS in r.unsure and Unsure.READING not in r.unsure


def test_the_features_count_names_and_addresses_beside_the_readings_people(config: Config,
                                                                          arrival: dt.datetime) -> None:
    text = ("Anmäl mig till mötet i september, samma som Olle Dahl och Siv Berg. "
            "Boka även nils.ek@orsa.se. Eva Lund, Orsa kommun")
    r = parse_chat(text, EVA, config, arrival)
    f = features(r, chat_parts(text, EVA), tables(config).stop)
    named = {p.name for p in r.people}
    beside = len({"Olle Dahl", "Siv Berg"} - named)
    assert f[f"names_beside:{min(beside, 3)}"] == 1.0
    assert f[f"writer_in:{'Eva Lund' in named}"] == 1.0
    assert f"intent:{r.intent.value}" in f and "w:samma" in f
