"""The intent's second opinion: a reading the rules would act on, which the shipped model confidently reads
otherwise, is asked about instead of acted on; nothing else about the reading changes."""

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
from assistant.parsing.second_opinion import Model, doubts, features, model, model_text
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


def test_a_reading_the_model_doubts_is_asked_about(config: Config, arrival: dt.datetime) -> None:
    # "don't delete my signup, I wrote the wrong thing before": the rules read a signup, the model a change
    r = parse_chat("Radera inte min anmälan, jag skrev fel förut.", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and Unsure.INTENT in r.unsure


def test_a_plain_signup_is_not_doubted(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Anmäl mig till alla fyra träffarna. /Eva Lund, Falu kommun", EVA, config, arrival)
    assert r.intent == Intent.REGISTER and r.unsure == ()


def test_only_a_reading_that_would_act_is_doubted() -> None:
    # the model reads a signup here; a question or an unknown reading acts on nothing, so it is never asked about
    text = "Anmäl mig till alla fyra träffarna."
    assert doubts(Intent.CHANGE, "", text, "")
    assert not doubts(Intent.QUESTION, "", text, "") and not doubts(Intent.UNKNOWN, "", text, "")
    assert not doubts(Intent.REGISTER, "", text, "")


def _write(path: Path, weights: dict[str, list[float]]) -> None:
    intents = [str(i) for i in Intent]
    path.write_bytes(gzip.compress(json.dumps({"intents": intents, "intercept": [0.0] * len(intents),
                                               "weights": weights}).encode()))


def test_a_confident_model_is_needed_to_doubt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fresh_model: None) -> None:
    cancel = [5.0 if i == Intent.CANCEL else 0.0 for i in Intent]
    monkeypatch.setattr(second_opinion, "MODEL_FILE", tmp_path / "m.json.gz")
    _write(tmp_path / "m.json.gz", {"w:stryk": cancel})
    assert doubts(Intent.REGISTER, "", "stryk", "")             # p(cancel) ~ 0.96
    _write(tmp_path / "m.json.gz", {"w:stryk": [w / 5 for w in cancel]})
    model.cache_clear()
    assert not doubts(Intent.REGISTER, "", "stryk", "")         # p(cancel) ~ 0.31: not confident enough


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


def test_probabilities_sum_to_one() -> None:
    m = Model(["register", "cancel"], [0.0, 1.0], {"w:avboka": [-1.0, 2.0]})
    p = m.probabilities("avboka")
    assert math.isclose(sum(p.values()), 1.0) and p[Intent.CANCEL] > p[Intent.REGISTER]
