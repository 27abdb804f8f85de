"""A month said with "make it" in the month of the arrival (found by trying the service as a user, thirteenth
session): "Sorry, I can't make it in February after all. Please take me off that one." arriving in February 2027 read
no session (this February has none) and cancelled every session the writer held. "make it" is talk of coming, as
"come" is, so the month is the session's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import S4, build_mail

IN_FEBRUARY = dt.datetime(2027, 2, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize("text", [
    "Sorry, I can't make it in February after all. Please take me off that one.",
    "I can't make it in February, please cancel.",
    "I won't be able to make it in Feb. Remove me from that session.",
])
def test_make_it_in_a_month_names_that_months_session(config: Config, text: str) -> None:
    r = parse_email(build_mail("Hi,\n\n" + text + "\n\nErik Ström\nMora kommun\n",
                               sender="Erik Ström <erik.strom@mora.se>", subject="DalaLab"), config, IN_FEBRUARY)
    assert (r.intent, set(r.sessions)) == (Intent.CANCEL, {S4})


def test_a_month_of_something_else_is_still_not_a_session(config: Config) -> None:
    r = parse_email(build_mail("Hi,\n\nI'm on leave in February, but please register me for 21 September.\n\n"
                               "Erik Ström\nMora kommun\n", sender="Erik Ström <erik.strom@mora.se>",
                               subject="DalaLab"), config, IN_FEBRUARY)
    assert r.intent == Intent.REGISTER and S4 not in r.sessions
