"""Round 59a with the intent model on: the writer's own earlier mail said to be miswritten, the right sessions given
("Jag skrev fel i förra mejlet: det ska vara första och tredje träffen, inte första och sista"), is a change whatever
the model reads from its signup words; it stays marked for asking only where the model doubts it. Near-miss: a first
signup stays a signup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import S1, S3


@pytest.mark.parametrize("body", [
    "Hej igen,\n\nJag skrev fel i förra mejlet: det ska vara första och tredje träffen, inte första och sista.\n\n/Jessica\n",
    ("Hej!\n\nJag angav fel datum i mitt mejl i går. Det ska vara 3 maj och 29 november, inte 22 februari.\n\n"
     "Mvh Jessica\n"),
    ("Hi again,\n\nI made a mistake in my last email: it should be the first and the third session, not the first "
     "and the last.\n\nJessica\n"),
])
def test_an_earlier_mail_said_miswritten_stays_a_change(config: Config, arrival: dt.datetime,
                                                        mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body, sender="Nyström Jessica <jessica.nystrom@malung-salen.se>",
                         subject="SV: Anmälan DalaLab"), config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == (S1, S3)


def test_a_first_signup_stays_a_signup(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej!\n\nJag vill anmäla mig till första och tredje träffen.\n\n/Jessica\n",
                         sender="Nyström Jessica <jessica.nystrom@malung-salen.se>", subject="Anmälan DalaLab"),
                    config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S3)
