"""The people's second opinion: where a model of whom a request is about disagrees with the rules' people by at
least ``DOUBTS`` about anyone, the reading is marked unsure of its people (``Unsure.PEOPLE``) and asked about; it never
changes the people. The behaviour is tested with models written for the test, so that it does not hang on what the
shipped model learned; what the shipped model does with a message is tested end to end."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.parsing import people_opinion, second_opinion
from assistant.parsing.parser import parse_chat
from assistant.parsing.people_opinion import Model, candidates, features, model, writer_of
from assistant.parsing.reading import tables
from assistant.request import Intent, Person, Sender, Unsure

KARIN = Sender("telegram", "55", "Karin Dahl")
KARIN_MAIL = Sender("email", "karin.dahl@borlange.se", "Dahl Karin")


@pytest.fixture(autouse=True)
def _no_intent_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", lambda: None)     # (only the people's opinion here)


@pytest.fixture
def fresh_model() -> Iterator[None]:
    """The model read again from its file for this test, and again after it."""
    model.cache_clear()
    yield
    model.cache_clear()


def _only_the_writer() -> Model:
    """A model sure that a request is about its writer and nobody else."""
    return Model(-6.0, {"sender:True": 300.0})     # (features are scaled to unit length: a large weight)


def _everyone_named() -> Model:
    """A model sure that a request is about everyone named, the writer too."""
    return Model(6.0, {})


def test_the_shipped_model_is_read() -> None:
    m = model()
    assert m is not None and len(m.weights) > 10_000


def test_the_writer_is_read_from_the_whole_message_and_a_name_from_the_words_around_it(config: Config) -> None:
    own = ["Hej!", "Jag anmäler min kollega Per Holm till 3 maj.", "Själv kan jag inte."]
    found = candidates(own, tables(config).stop, [Person("Per Holm", None, "Borlänge kommun")], Intent.REGISTER,
                       KARIN)
    writer, per = found
    assert (writer.name, writer.is_writer, per.name, per.is_writer) == ("Karin Dahl", True, "Per Holm", False)
    assert {"ST:sjalv", "ST:inte", "SB:kan jag"} <= set(writer.features)    # (accents folded)
    assert {"L0:kollega", "L1:min", "R0:till", "S:anmaler"} <= set(per.features)
    assert "ST:sjalv" not in per.features
    for c in found:
        assert math.isclose(sum(v * v for v in c.features.values()), 1.0)
    assert features([], [], True, 1, "register")["unmentioned"] > 0


def test_the_writer_is_the_readings_person_with_the_senders_address() -> None:
    people = [Person("Karin Dahl", "karin.dahl@borlange.se", "Borlänge kommun"), Person("Per Holm", None, None)]
    assert writer_of(people, KARIN_MAIL) == ("Karin Dahl", "karin.dahl@borlange.se")
    assert writer_of(people[1:], KARIN_MAIL) == ("Dahl Karin", "karin.dahl@borlange.se")   # (as the mail names her)
    assert writer_of(people, KARIN) == ("Karin Dahl", None)


def test_a_very_long_sentence_gives_no_names_to_doubt(config: Config) -> None:
    own = ["Anmäler " + ", ".join(["Per Holm", "Eva Ek"] * 200) + "."]
    assert [c.is_writer for c in candidates(own, tables(config).stop, [], Intent.REGISTER, KARIN)] == [True]


def test_a_reading_the_model_agrees_with_is_not_doubted(config: Config, arrival: dt.datetime,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_opinion, "model", _only_the_writer)
    r = parse_chat("Anmäler mig till 3 maj. Karin Dahl, Borlänge kommun", KARIN, config, arrival)
    assert [p.name for p in r.people] == ["Karin Dahl"] and Unsure.PEOPLE not in r.unsure


def test_a_colleague_the_model_doubts_is_asked_about_and_kept_in_the_reading(
        config: Config, arrival: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Anmäler mig och Per Holm till 3 maj. Karin Dahl, Borlänge kommun"
    monkeypatch.setattr(people_opinion, "model", lambda: None)
    plain = parse_chat(text, KARIN, config, arrival)
    monkeypatch.setattr(people_opinion, "model", _only_the_writer)
    doubted = parse_chat(text, KARIN, config, arrival)
    assert Unsure.PEOPLE not in plain.unsure and Unsure.PEOPLE in doubted.unsure
    assert doubted.people == plain.people and doubted.sessions == plain.sessions   # the reading stated, not changed


def test_one_named_whom_the_rules_leave_out_is_doubted_too(config: Config, arrival: dt.datetime,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_opinion, "model", _everyone_named)
    r = parse_chat("Anmäler mig till 3 maj. Min chef Per Holm vet om det. Karin Dahl, Borlänge kommun", KARIN,
                   config, arrival)
    assert [p.name for p in r.people] == ["Karin Dahl"] and Unsure.PEOPLE in r.unsure


def test_a_reading_that_acts_on_nobody_is_never_doubted(config: Config, arrival: dt.datetime,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_opinion, "model", _everyone_named)
    r = parse_chat("Hej! Måste man gå på alla träffar? Per Holm undrar också. /Karin Dahl", KARIN, config, arrival)
    assert r.intent == Intent.QUESTION and Unsure.PEOPLE not in r.unsure


@pytest.mark.usefixtures("fresh_model")
def test_without_a_readable_model_there_is_no_second_opinion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             config: Config, arrival: dt.datetime) -> None:
    for content in (b"", b"not gzip", gzip.compress(b"{}"), gzip.compress(json.dumps({"intercept": "x"}).encode())):
        model.cache_clear()
        broken = tmp_path / "people_opinion.json.gz"
        broken.write_bytes(content)
        monkeypatch.setattr(people_opinion, "MODEL_FILE", broken)
        assert model() is None
        r = parse_chat("Anmäler mig och Per Holm till 3 maj. Karin Dahl, Borlänge kommun", KARIN, config, arrival)
        assert Unsure.PEOPLE not in r.unsure
    monkeypatch.setattr(people_opinion, "MODEL_FILE", tmp_path / "missing.json.gz")
    model.cache_clear()
    assert model() is None
