"""Sessions in life-change mails and chat (round 57d): "de tre träffarna under 2027" are the sessions of that year;
a date far from its month's session on the day of another ("29 sep") names both, asked, unless the subject names
one of them; "withdraw my registration" after the writer told what it holds is that signup.

Near-misses: a count that does not fit the year's sessions is not read as them; a date a day off its month's session
is that session alone; a withdrawal from the whole programme stays whole."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7301", "Olle Strand"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäl mig till de tre träffarna som ligger under 2027.", [S1, S2, S3]),
    ("Please sign me up for the sessions in 2027.", [S1, S2, S3]),
    ("Jag vill gå på de två träffarna under 2027.", None),     # two: not the three of 2027
])
def test_the_sessions_of_a_year(config: Config, text: str, sessions: list | None) -> None:
    r = _chat(text + " Olle, Orsa kommun", config)
    assert r.intent == Intent.REGISTER
    if sessions is None:
        assert list(r.sessions) != [S1, S2, S3]
    else:
        assert list(r.sessions) == sessions


def test_a_date_far_from_its_months_session_on_anothers_day_names_both(config: Config) -> None:
    r = _chat("hej, skriv upp mig på 29 sep. olle, orsa kommun", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S3]
    assert Unsure.SESSIONS in r.unsure


def test_a_date_a_day_off_its_months_session_is_that_one(config: Config) -> None:
    r = _chat("hej, skriv upp mig på 22 sep. olle, orsa kommun", config)
    assert list(r.sessions) == [S2]
    assert S4 not in r.sessions
    assert Unsure.SESSIONS in r.unsure


def test_the_subject_names_which_of_the_two_a_slipped_date_is(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nJag anmäler mig härmed till träffen den 21 november.\n\nMvh\nOlle Strand",
                               sender="Olle Strand <olle.strand@orsa.se>", subject="Anmälan 29/11"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S3]
    assert Unsure.SESSIONS in r.unsure


def _letter(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender="Olle Strand <olle.strand@orsa.se>", subject="Withdrawal DalaLab"),
                       config, ARRIVAL)


def test_my_registration_withdrawn_is_the_one_told(config: Config) -> None:
    r = _letter("Dear Ms Hassis,\n\nI signed up through your chat bot in January for the DalaLab session on 29 November "
                "2027. Regrettably I will be abroad for work at that time, so I have to withdraw my registration.\n\n"
                "Kind regards,\nOlle Strand", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S3]


def test_a_withdrawal_from_the_programme_after_a_told_signup_is_whole(config: Config) -> None:
    r = _letter("Dear Ms Hassis,\n\nI registered in January for the DalaLab session on 29 November 2027. I have taken "
                "a new job, so I must withdraw from the DalaLab programme entirely.\n\nKind regards,\nOlle Strand",
                config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S1, S2, S3, S4]


def test_a_subject_of_two_sessions_settles_no_slipped_date(config: Config) -> None:
    r = parse_email(build_mail("Hej!\n\nJag är anmäld till 3 maj sedan tidigare. Jag skulle gärna gå på höstens träff med, om det "
                               "finns plats.\n\n"
                               "/Olle, Orsa kommun", sender="Olle Strand <olle.strand@orsa.se>",
                               subject="Lägg till höstens träff"), config, ARRIVAL)
    assert list(r.sessions) == [S1, S2, S3]    # the one held, and both autumn ones: which is asked
    assert Unsure.SESSIONS in r.unsure
