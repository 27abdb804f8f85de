"""People and intent, round 54a (found by trying the parser as a user), in words of their own, with near-misses.

A: the verb of coming after what opens the sentence, a title or role between it and the name ("Från Orsa kommun deltar
   miljöstrateg Lisa Berg på alla träffar. /Tom"): the one named comes, not the writer who signs off.
B: the same with no session and no subject to say it is a signup ("Från oss kommer Lisa Berg och Ola Nyström." in a
   chat): a signup of those named, no session named; the writer is not among them.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

ALL = (S1, S2, S3, S4)
TOM = "Tom Sjö <tom.sjo@orsa.se>"


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5151", "Tom Sjö"), config, ARRIVAL)


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nTom Sjö\nOrsa kommun\n", sender=TOM, subject=subject),
                       config, ARRIVAL)


@pytest.mark.parametrize(("text", "names", "sessions"), [
    ("Från Orsa kommun deltar miljöstrateg Lisa Berg på alla träffar. /Tom Sjö", ["Lisa Berg"], ALL),
    ("Från oss kommer vår nya planerare Ola Nyström i september. /Tom", ["Ola Nyström"], (S2,)),
    ("Från förvaltningen deltar kollegan Lisa Berg och Ola Nyström på 3 maj.", ["Lisa Berg", "Ola Nyström"], (S1,)),
])
def test_a_a_title_between_the_verb_of_coming_and_the_name(config: Config, text: str, names: list[str],
                                                            sessions: tuple[object, ...]) -> None:
    for r in (_chat(text, config), _mail(text, config)):
        assert r.intent == Intent.REGISTER
        assert [p.name for p in r.people] == names
        assert r.sessions == sessions


def test_a_near_miss_a_title_said_not_to_come_books_no_one_named(config: Config) -> None:
    r = _chat("Från Orsa kommun kommer tyvärr inte planeraren Lisa Berg, hon är sjukskriven.", config)
    assert not (r.intent == Intent.REGISTER and "Lisa Berg" in [p.name for p in r.people])


@pytest.mark.parametrize("text", [
    "Från oss kommer Lisa Berg och Ola Nyström.",
    "Från Orsa deltar Lisa Berg och Ola Nyström",
    "Från miljöenheten kommer Lisa Berg.",
])
def test_b_those_coming_named_with_no_session_are_signed_up(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert "Tom Sjö" not in [p.name for p in r.people]
    assert [p.name for p in r.people] == [n for n in ("Lisa Berg", "Ola Nyström") if n in text]
    assert not r.sessions_named


@pytest.mark.parametrize("text", [
    "I maj går Lisa Berg i pension.",
    "Från och med maj kommer Lisa Berg att vara vår kontaktperson.",
    "Från oss kommer Lisa Berg att höra av sig om lokalen.",
])
def test_b_near_miss_news_of_someone_is_no_signup_of_them(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert not (r.intent == Intent.REGISTER and "Lisa Berg" in [p.name for p in r.people])
