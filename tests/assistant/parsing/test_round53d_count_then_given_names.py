"""People, round 53d (found by trying the service; dev52 bb020/bb010 for C/D), in words of their own, with near-misses:
D: lower-case given names after a count of colleagues and a comma ("anmäler mig och två kollegor, per och lisa,
  till alla träffarna"): those colleagues, by the given name, beside the writer.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

ALL = (S1, S2, S3, S4)
KENT = "Kent Holm <kent.holm@orsa.se>"


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Sara Nilsson"), config, ARRIVAL)


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nKent Holm\nOrsa kommun\n", sender=KENT, subject=subject),
                       config, ARRIVAL)



@pytest.mark.parametrize(("text", "names", "sessions"), [
    ("hej! anmäler mig och två kollegor, erik och lisa, från orsa till alla träffarna.",
     ["Sara Nilsson", "Erik", "Lisa"], ALL),
    ("anmäler mig och tre kollegor, jonas, maria och emma, till 3 maj", ["Sara Nilsson", "Jonas", "Maria", "Emma"],
     (S1,)),
    ("vi blir tre: jag och två kollegor, per och karin. alla fyra träffarna", ["Sara Nilsson", "Per", "Karin"], ALL),
])
def test_d_given_names_after_a_count_and_a_comma(config: Config, text: str, names: list[str],
                                                 sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == sorted(names)
    assert r.sessions == sessions


def test_d_near_miss_a_count_then_other_words_names_nobody(config: Config) -> None:
    r = _chat("anmäler mig och två kollegor, vi är från orsa, till alla träffarna", config)
    assert [p.name for p in r.people] == ["Sara Nilsson"]


@pytest.mark.parametrize("text", [
    "anmäler mig och två kollegor, per mejl kommer namnen senare, till 3 maj",     # "per" a word, not a name
    "anmäler mig och tre kollegor, per och lisa, till 3 maj",                       # fewer than counted: asked
])
def test_d_near_miss_words_not_as_many_names_as_counted_are_not_taken(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert [p.name for p in r.people] == ["Sara Nilsson"]
    assert Unsure.UNNAMED in r.unsure
