"""People, round 53d (found by trying the service; dev52 bb020/bb010 for C/D), in words of their own, with near-misses:
C: a word between the verb striking and the names ("Stryk därför Anna Lund och Bo Eriksson från 21/9", "ta alltså
  bort Eva Lind"): those named are the ones struck.
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



@pytest.mark.parametrize(("text", "names", "sessions"), [
    ("Vi har planeringsdag den 21/9. Stryk därför Anna Lund och Bo Eriksson från 21/9.", ["Anna Lund", "Bo Eriksson"],
     (S2,)),
    ("Det krockar med fullmäktige. Stryk alltså Per Holm från majträffen.", ["Per Holm"], (S1,)),
    ("Hon har bytt jobb, så ta därför bort Eva Lind från alla träffar.", ["Eva Lind"], ALL),
])
def test_c_a_word_between_the_verb_and_the_names_struck(config: Config, text: str, names: list[str],
                                                        sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == names
    assert r.sessions == sessions


def test_c_near_miss_the_writer_struck(config: Config) -> None:
    r = _mail("Det krockar med fullmäktige. Stryk därför mig från 21/9.", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Kent Holm"]


@pytest.mark.parametrize(("text", "names", "sessions"), [
    ("Vi kan inte den dagen. Ta därför bort Anna Lund och Bo Ek från 3 maj.", ["Anna Lund", "Bo Ek"], (S1,)),
    ("Det blev fel. Ta alltså bort Per Holm från 29/11.", ["Per Holm"], (S3,)),
])
def test_c_a_word_inside_ta_bort_before_the_names_struck(config: Config, text: str, names: list[str],
                                                          sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == names
    assert r.sessions == sessions
