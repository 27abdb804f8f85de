"""The intent's second opinion. Where the model reads another intent than the rules and is sure of it (0.7), its
intent is the one stated, and asked about before anything is done; where it is fairly sure (0.6) that a reading the
rules would act on is wrong, the rules' reading is asked about. Automatic mail is never read into a request or a
request into automatic mail. The behaviour is tested with models written for the test, so that it does not hang on
what the shipped model learned (it learns the readings of these very tests)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat
from assistant.parsing.second_opinion import Model, doubts, features, model, model_text, opinion
from assistant.request import Intent, Sender, Unsure

EVA = Sender("telegram", "77", "Eva Lund")


@pytest.fixture
def fresh_model() -> Iterator[None]:
    """The model read again from its file for this test, and again after it."""
    model.cache_clear()
    yield
    model.cache_clear()


def test_the_shipped_model_knows_every_intent() -> None:
    m = model()
    assert m is not None and set(m.intents) == set(Intent)
    assert len(m.weights) > 10_000


def test_the_features_are_words_and_pairs_of_unit_length() -> None:
    f = features(model_text("Anmälan", "Anmäl mig, anmäl mig!", ""))
    assert {"w:anmälan", "w:anmäl", "w:mig", "b:anmäl mig", "w:!"} <= set(f)
    assert math.isclose(sum(v * v for v in f.values()), 1.0)
    assert features("") == {}


def test_a_short_forward_is_read_with_what_it_forwards() -> None:
    assert "avanmäl" in model_text("VB: DalaLab", "Se nedan.", "Avanmäl mig från alla träffar.")
    long_own = "Hej! " + "Jag skriver om något helt annat här. " * 6
    assert "avanmäl" not in model_text("VB: DalaLab", long_own, "Avanmäl mig från alla träffar.")


def test_a_plain_signup_is_not_doubted(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Anmäl mig till alla fyra träffarna. /Eva Lund, Falu kommun", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and r.unsure == ()


def test_only_a_reading_that_would_act_is_doubted() -> None:
    # the model reads a signup here; a question or an unknown reading acts on nothing, so it is never asked about
    text = "Anmäl mig till alla fyra träffarna."
    assert doubts(Intent.CHANGE, opinion("", text, ""))
    assert not doubts(Intent.QUESTION, opinion("", text, "")) and not doubts(Intent.UNKNOWN, opinion("", text, ""))
    assert not doubts(Intent.REGISTER, opinion("", text, ""))


def _write(path: Path, weights: dict[str, list[float]]) -> None:
    intents = [str(i) for i in Intent]
    path.write_bytes(gzip.compress(json.dumps({"intents": intents, "intercept": [0.0] * len(intents),
                                               "weights": weights}).encode()))


def test_a_confident_model_is_needed_to_doubt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fresh_model: None) -> None:
    cancel = [5.0 if i == Intent.CANCEL else 0.0 for i in Intent]
    monkeypatch.setattr(second_opinion, "MODEL_FILE", tmp_path / "m.json.gz")
    _write(tmp_path / "m.json.gz", {"w:stryk": cancel})
    assert doubts(Intent.REGISTER, opinion("", "stryk", ""))             # p(cancel) ~ 0.96
    _write(tmp_path / "m.json.gz", {"w:stryk": [w / 5 for w in cancel]})
    model.cache_clear()
    assert not doubts(Intent.REGISTER, opinion("", "stryk", ""))         # p(cancel) ~ 0.31: not confident enough


@pytest.mark.parametrize("content", [None, b"not gzip", gzip.compress(b"{\"intents\": []}")])
def test_without_a_readable_model_the_rules_stand(content: bytes | None, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, fresh_model: None,
                                                  config: Config, arrival: dt.datetime) -> None:
    path = tmp_path / "m.json.gz"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(second_opinion, "MODEL_FILE", path)
    assert model() is None
    r = parse_chat("Radera inte min anmälan, jag skrev fel förut.", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and Unsure.INTENT not in r.unsure


def _model_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, word: str, intent: Intent, weight: float) -> None:
    """A model reading ``intent`` wherever ``word`` is written, as sure as ``weight`` makes it (0 elsewhere)."""
    monkeypatch.setattr(second_opinion, "MODEL_FILE", tmp_path / "m.json.gz")
    _write(tmp_path / "m.json.gz", {f"w:{word}": [weight if i == intent else 0.0 for i in Intent]})
    model.cache_clear()


SIGNUP_WRONG = "Radera inte min anmälan, jag skrev fel förut."     # the rules read a signup here


def test_a_reading_the_model_is_sure_of_is_stated_and_asked_about(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_model: None, config: Config,
        arrival: dt.datetime) -> None:
    _model_reading(tmp_path, monkeypatch, "fel", Intent.CHANGE, 30.0)       # p(change) ~ 1
    r = parse_chat(SIGNUP_WRONG, EVA, config, arrival)
    assert r.intent == Intent.CHANGE and Unsure.INTENT in r.unsure


def test_a_reading_the_model_is_fairly_sure_is_wrong_is_asked_about(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_model: None, config: Config,
        arrival: dt.datetime) -> None:
    # p(change) = e^w / (e^w + 6) = 0.65: not sure enough to state, sure enough to doubt the signup
    _model_reading(tmp_path, monkeypatch, "fel", Intent.CHANGE, math.log(6 * 0.65 / 0.35) / features(
        model_text("", SIGNUP_WRONG, ""))["w:fel"])
    r = parse_chat(SIGNUP_WRONG, EVA, config, arrival)
    assert r.intent == Intent.REGISTER and Unsure.INTENT in r.unsure


def test_a_question_stated_by_the_model_carries_the_question(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_model: None, config: Config,
        arrival: dt.datetime) -> None:
    _model_reading(tmp_path, monkeypatch, "turas", Intent.QUESTION, 30.0)
    r = parse_chat("Anmäl oss fyra från Orsa. Får vi turas om? /Eva Lund", EVA, config, arrival)
    assert r.intent == Intent.QUESTION and r.question is not None and "turas om?" in r.question


def test_automatic_mail_is_never_read_into_a_request_nor_a_request_into_automatic_mail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_model: None) -> None:
    _model_reading(tmp_path, monkeypatch, "semester", Intent.REGISTER, 30.0)
    assert second_opinion.stated_intent(Intent.AUTO_REPLY, opinion("Frånvaro", "Jag har semester.", "")) is None
    _model_reading(tmp_path, monkeypatch, "semester", Intent.AUTO_REPLY, 30.0)
    assert second_opinion.stated_intent(Intent.REGISTER, opinion("", "Anmäl mig, jag har semester sen.", "")) is None
    _model_reading(tmp_path, monkeypatch, "semester", Intent.CANCEL, 30.0)
    assert second_opinion.stated_intent(Intent.REGISTER, opinion("", "Anmäl mig, jag har semester sen.", "")) == Intent.CANCEL


def test_probabilities_sum_to_one() -> None:
    m = Model(["register", "cancel"], [0.0, 1.0], {"w:avboka": [-1.0, 2.0]})
    p = m.probabilities("avboka")
    assert math.isclose(sum(p.values()), 1.0) and p[Intent.CANCEL] > p[Intent.REGISTER]
