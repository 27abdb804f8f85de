"""A pytest plugin for ``scripts/train_intent_model.py``: the rules' intent for every message the parser's tests read.

    PYTHONPATH=scripts TEST_READINGS=/tmp/readings.jsonl .venv/bin/python -m pytest tests/assistant/parsing \\
        -q -p no:cacheprovider -p test_readings_plugin

The parser's tests hold the rules to their readings of some thousands of written variants and near-misses; those
readings are labelled examples the intent model learns from. The model itself is switched off meanwhile, so what is
recorded is the rules' reading alone (tests of the model's own effect fail under it, as they should).
"""

from __future__ import annotations

import datetime as dt
import json
import os

from train_intent_model import chat_text, mail_text  # (scripts/ is on the path: see above)

from assistant.config import Config
from assistant.parsing import parser, second_opinion
from assistant.request import ParsedRequest, Sender

second_opinion.model = lambda: None  # type: ignore[assignment]   # the rules' readings only
_OUT = open(os.environ.get("TEST_READINGS", "test_readings.jsonl"), "a", encoding="utf-8")  # noqa: SIM115
_email, _chat = parser.parse_email, parser.parse_chat


def _record(text: str, result: ParsedRequest) -> None:
    _OUT.write(json.dumps({"text": text, "intent": result.intent.value}) + "\n")
    _OUT.flush()


def parse_email(raw: bytes, config: Config, received_at: dt.datetime) -> ParsedRequest:
    result = _email(raw, config, received_at)
    _record(mail_text(raw), result)
    return result


def parse_chat(text: str, sender: Sender, config: Config, received_at: dt.datetime) -> ParsedRequest:
    result = _chat(text, sender, config, received_at)
    _record(chat_text(text, sender), result)
    return result


parser.parse_email, parser.parse_chat = parse_email, parse_chat  # type: ignore[assignment]
