"""Terse messages (round 58a): a session the writer cannot do, said and nothing more ("funkar inte 22/2"), is a
cancellation of it, not a signup for the rest; a cancellation said in a single word, or only in the subject over an
empty body, is a cancellation of all four.

Near-misses: a signup that leaves one session out ("anmäl mig, men kan inte 3/5") stays a signup for the rest."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.second_opinion import Model
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

SANNA = "Sanna Ek <sanna.ek@mora.se>"


def _chat(text: str, config: Config, shown: str = "Sanna Ek") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4410", shown), config, ARRIVAL)


def _mail(body: str, config: Config, subject: str) -> ParsedRequest:
    return parse_email(build_mail(body, sender=SANNA, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Funkar inte 22/2. /Sanna, Mora", [S4]),
    ("kan ej 3/5", [S1]),
    ("Missar 21 september tyvärr. Sanna", [S2]),
])
def test_a_session_the_writer_cannot_do_said_alone_is_cancelled(text: str, sessions: list[object],
                                                               config: Config) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions
    assert [p.name for p in r.people] == ["Sanna Ek"]


@pytest.mark.parametrize("text", ["Anmäl mig, men kan inte 3/5", "Jag vill vara med men kan inte 3/5"])
def test_a_signup_leaving_one_session_out_stays_a_signup(text: str, config: Config) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S3, S4]


def test_the_rest_wanted_beside_a_session_given_up_is_a_signup(config: Config) -> None:
    r = _chat("Klarar inte 29/11 men gärna övriga", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2, S4]


@pytest.mark.parametrize(("subject", "sessions"), [
    ("Avanmälan DalaLab – Sanna Ek, Mora", list(ALL)),
    ("Återbud DalaLab 21/9 – Sanna Ek", [S2]),
])
@pytest.mark.parametrize("body", ["-", "", "..."])
def test_a_cancellation_in_the_subject_over_an_empty_body(subject: str, sessions: list[object], body: str,
                                                          config: Config) -> None:
    r = _mail(body, config, subject)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions
    assert [p.name for p in r.people] == ["Sanna Ek"]


def test_a_reply_subject_over_an_empty_body_is_no_cancellation(config: Config) -> None:
    assert _mail(".", config, "Re: Avanmälan DalaLab").intent != Intent.CANCEL


def _unknown_model() -> Model:
    """A model sure that a message of words it does not know asks nothing."""
    intents = [str(i) for i in Intent]
    return Model(intents, [30.0 if i == Intent.UNKNOWN else 0.0 for i in Intent], {})


@pytest.mark.parametrize("text", ["Avbokar.", "Avanmäler mig", "återbud /Sanna"])
def test_a_withdrawal_in_a_few_words_stands_over_the_models_nothing_asked(
        text: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _unknown_model)
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)


def test_a_longer_message_is_left_to_the_model(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """Near-miss: a mail about something else that happens to hold a withdrawal word is the model's to weigh."""
    monkeypatch.setattr(second_opinion, "model", _unknown_model)
    r = _chat("Hotellrummet i Falun behöver vi avboka, kan du ringa receptionen i morgon bitti om det?", config)
    assert r.intent != Intent.CANCEL
