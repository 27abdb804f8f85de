"""People, round 53d (found by trying the service; dev52 bb020/bb010 for C/D), in words of their own, with near-misses:
B: the verb of coming first, after what opens the sentence, then the names ("Från oss kommer Anna Lund och Bo
  Ek."): those named are the ones coming, with or without a session after them; the writer was booked (asked).
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



@pytest.mark.parametrize(("text", "subject", "names", "sessions"), [
    ("Från oss kommer Anna Lund och Bo Ek.", "Anmälan DalaLab", ["Anna Lund", "Bo Ek"], ALL),
    ("Från Orsa kommer Eva Lind och Tom Berg i maj.", "DalaLab", ["Eva Lind", "Tom Berg"], (S1,)),
    ("Från vår förvaltning deltar Karin Holm och Ali Nur.", "Anmälan", ["Karin Holm", "Ali Nur"], ALL),
    ("Till höstens träffar kommer Lisa Strand från oss.", "Anmälan DalaLab", ["Lisa Strand"], (S2, S3)),
])
def test_b_the_verb_first_then_the_names_coming(config: Config, text: str, subject: str, names: list[str],
                                                sessions: tuple[object, ...]) -> None:
    r = _mail(text, config, subject)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == names
    assert r.sessions == sessions


def test_b_in_a_chat_too(config: Config) -> None:
    r = _chat("Från oss kommer Eva Lind och Tom Berg i maj.", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Lind", "Tom Berg"]


def test_b_near_miss_the_writer_among_them_still_comes(config: Config) -> None:
    r = _mail("Från oss kommer jag och Bo Ek.", config, "Anmälan DalaLab")
    assert sorted(p.name for p in r.people) == ["Bo Ek", "Kent Holm"]


def test_b_near_miss_one_told_of_in_the_future_tense_is_not_coming(config: Config) -> None:
    r = _mail("Jag anmäler mig till alla träffar. Från och med maj kommer Per Ek att vara vår kontaktperson.", config,
              "Anmälan DalaLab")
    assert [p.name for p in r.people] == ["Kent Holm"]
