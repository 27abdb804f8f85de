"""The message rules alone and in their table (pure: plain objects, no database)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.config import Config
from assistant.deciding import triage
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.rules.base import Message, PendingCode, Proceed, Stop, Triage

SENDER = "anna@falun.se"


def _request(intent: Intent = Intent.REGISTER, **kw: object) -> ParsedRequest:
    return ParsedRequest(intent, (Person("Anna Berg", SENDER, "Falu kommun"),), sender=Sender("email", SENDER),
                         **kw)  # type: ignore[arg-type]


def _message(config: Config, request: ParsedRequest | None, replies_today: int = 0,
             code: PendingCode | None = None, reply_to: str | None = SENDER) -> Message:
    return Message(config, "email", request, reply_to, replies_today, code)


def test_a_message_too_large_to_parse_is_held_and_forwarded_unanswered(config: Config) -> None:
    assert triage(_message(config, None)) == Triage("too-large", Stop.HELD, forward=True)


@pytest.mark.parametrize("request_", [_request(Intent.AUTO_REPLY), _request(never_answer=True)])
def test_automatic_mail_is_never_answered_even_past_the_reply_limit(config: Config, request_: ParsedRequest) -> None:
    limit = config.limits.max_replies_per_address_per_day
    assert triage(_message(config, request_, replies_today=limit)) == Triage("automatic-mail", Stop.IGNORED)


def test_the_reply_limit_holds_the_message_for_a_human(config: Config) -> None:
    limit = config.limits.max_replies_per_address_per_day
    assert isinstance(triage(_message(config, _request(), replies_today=limit - 1)), Proceed)
    assert triage(_message(config, _request(), replies_today=limit)) == Triage("reply-limit", Stop.HELD, forward=True)


def test_a_code_sent_back_from_the_registered_address_proceeds_with_the_stored_request(config: Config) -> None:
    stored = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", SENDER, None),), sender=Sender("email", "boss@falun.se"))
    code = PendingCode("abcdefghijklmnop", SENDER, stored)
    answer = triage(_message(config, _request(Intent.UNKNOWN), code=code))
    # the registered address asks, for what the code was for
    assert answer == Proceed("confirmation-code", replace(stored, sender=Sender("email", SENDER)),
                             redeem="abcdefghijklmnop")


def test_a_code_sent_back_from_another_address_authorises_nothing(config: Config) -> None:
    stored = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", SENDER, None),))
    code = PendingCode("abcdefghijklmnop", SENDER, stored)
    answer = triage(_message(config, _request(Intent.UNKNOWN), code=code, reply_to="mallory@evil.example"))
    assert answer == Triage("not-understood", Stop.PROCESSED, forward=True, reply="clarification")


def test_a_question_is_forwarded_and_acknowledged(config: Config) -> None:
    assert triage(_message(config, _request(Intent.QUESTION))) == Triage(
        "question", Stop.PROCESSED, forward=True, reply="acknowledgement")


def test_a_signup_goes_on_to_the_decision_unchanged(config: Config) -> None:
    request = _request()
    assert triage(_message(config, request)) == Proceed("request", request)
