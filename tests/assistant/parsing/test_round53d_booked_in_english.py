"""People, round 53d (found by trying the service; dev52 bb020/bb010 for C/D), in words of their own, with near-misses:
A: "book" + a name in English ("Please book Per Lundin for the May session", "Could you book Per Lundin on 3
  May?") is a signup of that one, as "boka in" + a name is: the writer was booked, or nobody (a question).
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

ALL = (S1, S2, S3, S4)
KENT = "Kent Holm <kent.holm@orsa.se>"


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Sara Nilsson"), config, ARRIVAL)


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nKent Holm\nOrsa kommun\n", sender=KENT, subject=subject),
                       config, ARRIVAL)



@pytest.mark.parametrize(("text", "name", "sessions"), [
    ("Please book Per Lundin for the May session.", "Per Lundin", (S1,)),
    ("Could you book Per Lundin on 3 May?", "Per Lundin", (S1,)),
    ("Hi, can you book Greta Sund for all four sessions? She works in our planning unit.", "Greta Sund", ALL),
    ("Book Omar Haddad in for 21 September, please.", "Omar Haddad", (S2,)),
])
def test_a_one_booked_by_name_in_english_is_the_one_signed_up(config: Config, text: str, name: str,
                                                             sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == [name]
    assert r.sessions == sessions


@pytest.mark.parametrize(("text", "names"), [
    ("Please book me for the May session.", ["Sara Nilsson"]),
    ("Could you book me and Per Lundin on 3 May?", ["Sara Nilsson", "Per Lundin"]),
])
def test_a_near_miss_the_writer_booked_still_comes(config: Config, text: str, names: list[str]) -> None:
    assert sorted(p.name for p in _chat(text, config).people) == sorted(names)


@pytest.mark.parametrize("text", [
    "Should I book a hotel room for the May session?",
    "Do I need to book lunch for 3 May?",
])
def test_a_near_miss_booking_a_thing_books_nobody_named(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.QUESTION
    assert all(p.name == "Sara Nilsson" for p in r.people)


@pytest.mark.parametrize(("text", "names", "sessions"), [
    ("Please book Per Lundin and Eva Lind for the May session.", ["Per Lundin", "Eva Lind"], (S1,)),
    ("Could you book Tom Ek, Sara Lind and Omar Haddad on 21 September?", ["Tom Ek", "Sara Lind", "Omar Haddad"], (S2,)),
    ("boka in Per Lundin och Eva Lind på 3 maj", ["Per Lundin", "Eva Lind"], (S1,)),
    ("kan du boka in Greta Sund, Tom Ek och Eva Lind till alla träffar?", ["Greta Sund", "Tom Ek", "Eva Lind"], ALL),
])
def test_a_several_booked_by_name_are_those_signed_up(config: Config, text: str, names: list[str],
                                                      sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == names
    assert r.sessions == sessions


@pytest.mark.parametrize(("text", "name"), [
    ("please book eva lind for the may session", "Eva Lind"),
    ("boka in per lundin på 3 maj", "Per Lundin"),
    ("could you register omar haddad on 3 may?", "Omar Haddad"),
])
def test_a_one_booked_by_name_in_lower_case_is_the_one_signed_up(config: Config, text: str, name: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == [name]
    assert r.sessions == (S1,)


def test_a_near_miss_in_lower_case_a_thing_booked_names_nobody(config: Config) -> None:
    r = _chat("hej! jag kommer på 3 maj. kan ni boka in extra lunch till mig?", config)
    assert [p.name for p in r.people] == ["Sara Nilsson"]


def test_a_near_miss_one_who_registers_herself_names_nobody(config: Config) -> None:
    r = _chat("Please sign me up for all four. My colleague will register herself later on.", config)
    assert [p.name for p in r.people] == ["Sara Nilsson"]
