"""Intent, round 30: by class, each in wordings of its own (none from a corpus), and near-misses that must keep
their reading.

- A: a substitution told verb first, after a fronted adverbial, with the newcomer (and an address) named between
  the verb and the place ("från och med oktober tar Per Ek (per.ek@…) hans plats"): a substitution, not a signup;
- B: the writer's diet (alone or with a colleague's) told with a change of it asked ("jag är vegan nu, kan ni ändra
  det?", "vi är båda glutenfria, kan ni uppdatera kosten för oss?"): a diet change naming no session, not a
  question;
- C: an English removal from a session told by its date between the article and the noun ("take me off the 29
  November session", "remove me from the May 3 meeting"): a cancellation of that session;
- D: a forwarded mail in which a colleague tells of a long leave "till och med" a month and gives up sessions
  ("VB: Avanmälan", "Kan ni hjälpa honom med avanmälan?"): a cancellation passed on, not an out-of-office reply.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"
CHAT = Sender("telegram", "4711", "Elin Dahl")

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _read(config: Config, text: str, subject: str = "DalaLab", sender: str = ELIN, signed: bool = True) -> ParsedRequest:
    body = text + (SIGNED if signed else "")
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, AT)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: a substitution told verb first, the newcomer named between "tar" and the place

VERB_FIRST = [
    (("Per Holm blir tjänstledig i höst. Han är med i maj som planerat, men från och med septemberträffen tar "
      "Lisa Ek (lisa.ek@hedemora.se) hans plats."), [S2, S3, S4], ["Lisa Ek", "Per Holm"]),
    (("Anna Berg har bytt tjänst. Från och med november tar Jonas Lind (jonas.lind@hedemora.se) hennes plats på "
      "träffarna."), [S3, S4], ["Anna Berg", "Jonas Lind"]),
]


@pytest.mark.parametrize(("text", "sessions", "names"), VERB_FIRST)
def test_a_verb_first_substitution_is_a_change(config: Config, text: str, sessions: list[dt.date],
                                               names: list[str]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert list(r.sessions) == sessions, text
    assert _names(r) == names


def test_who_takes_her_place_asked_stays_a_question(config: Config) -> None:
    """Near-miss: who takes the place is only asked."""
    r = _read(config, "Maria Ek slutar hos oss i sommar. Vem tar då hennes plats på träffarna?")
    assert r.intent != Intent.CHANGE


def test_a_name_first_substitution_stays_a_change(config: Config) -> None:
    """Near-miss: the name first, as before."""
    r = _read(config, "Per Holm blir tjänstledig i höst, så Lisa Ek (lisa.ek@hedemora.se) tar hans plats från och "
                      "med septemberträffen.")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S2, S3, S4]


# --- B: the writer's diet told with a change of it asked

DIET_CHANGE = [
    ("ja e glutenfri nu, kan ni ändra det?", "glutenfri", ["Elin Dahl"]),
    ("hej! jag har slutat äta kött och är vegetarian nu. kan ni ändra det på min anmälan?", "vegetarian",
     ["Elin Dahl"]),
]


@pytest.mark.parametrize(("text", "diet", "names"), DIET_CHANGE)
def test_own_diet_with_a_change_asked_is_a_diet_change(config: Config, text: str, diet: str,
                                                        names: list[str]) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE, text
    assert r.sessions == (), text
    assert r.diet is not None and diet in r.diet.lower()
    assert _names(r) == names


def test_own_and_a_colleagues_diet_with_a_change_asked_is_a_diet_change(config: Config) -> None:
    """The writer and a colleague named: a diet change naming no session (whose diet each is: whose.py, proposed
    in /tmp/proposals/round30_intent.md)."""
    r = _chat(config, "Hej! Jag och min kollega Per Holm på Hedemora kommun är båda laktosintoleranta, kan ni ändra "
                      "kosten för oss?")
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()
    assert "Per Holm" in _names(r)


@pytest.mark.parametrize("text", [
    "Jag är vegan. Blir det lunch på träffarna?",
    "Jag är vegan, vad serveras det till lunch?",
])
def test_a_diet_told_beside_a_question_stays_a_question(config: Config, text: str) -> None:
    """Near-miss: a diet told beside a question about the food, nothing asked to be changed."""
    r = _chat(config, text)
    assert r.intent == Intent.QUESTION, text


def test_a_signup_with_a_diet_stays_a_signup(config: Config) -> None:
    """Near-miss: a signup that gives a diet is a signup."""
    r = _read(config, "Hej! Jag vill anmäla mig till alla fyra träffarna. Jag är vegan.")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2, S3, S4]


# --- C: an English removal from a session told by its date between article and noun

ENGLISH_OFF = [
    (("Hi, I registered for every session, but I'll be travelling in late November. Could you take me off the "
      "29 November session? The rest are fine."), [S3]),
    ("Hello, please remove me from the May 3 meeting, I have a course that week. I'll still come to the others.",
     [S1]),
]


@pytest.mark.parametrize(("text", "sessions"), ENGLISH_OFF)
def test_taken_off_a_dated_session_is_a_cancellation(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CANCEL, text
    assert list(r.sessions) == sessions, text
    assert _names(r) == ["Elin Dahl"]


def test_a_dated_session_asked_about_stays_a_question(config: Config) -> None:
    """Near-miss: a question about the dated session, nothing to take off."""
    r = _read(config, "Hi, what time does the 29 November session start? I'd like to plan my trip.")
    assert r.intent == Intent.QUESTION


# --- D: a forwarded cancellation telling of a leave is no out-of-office reply

FORWARDED_LEAVE = (
    "Hej,\n\nSkickar vidare nedanstående från en kollega. Kan ni hjälpa henne med avanmälan?\n\nMvh\nHR-enheten\n"
    "Hedemora kommun\n\n"
    "Från: Karin Lund <karin.lund@hedemora.se>\nSkickat: den 3 februari 2027 10:12\nTill: HR Hedemora "
    "<hr@hedemora.se>\nÄmne: Avanmälan DalaLab\n\n"
    "Hej!\nJag är tjänstledig från april till och med december och kommer därför inte att kunna vara med på "
    "träffarna i maj och november. Vem ska jag kontakta?\nKarin Lund\n")


def test_a_forwarded_cancellation_telling_of_a_leave_is_a_cancellation(config: Config) -> None:
    r = _read(config, FORWARDED_LEAVE, subject="VB: Avanmälan DalaLab", sender="HR Hedemora <hr@hedemora.se>",
              signed=False)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S1, S3]
    assert [(p.name, p.email) for p in r.people] == [("Karin Lund", "karin.lund@hedemora.se")]


def test_an_out_of_office_till_och_med_stays_an_auto_reply(config: Config) -> None:
    """Near-miss: a plain out-of-office reply with "till och med" and nothing given up."""
    r = _read(config, "Hej,\nJag är föräldraledig till och med 30 september och läser inte min e-post. "
                      "Vid brådskande ärenden kontakta växeln.\n", subject="DalaLab", signed=False)
    assert r.intent == Intent.AUTO_REPLY


def test_an_out_of_office_naming_the_event_stays_an_auto_reply(config: Config) -> None:
    """Near-miss: an out-of-office that names the event's meetings but gives up nothing."""
    r = _read(config, "Jag är på semester till och med 14 mars. Frågor om DalaLab-träffarna besvaras när jag är "
                      "tillbaka.\n", subject="Re: DalaLab", signed=False)
    assert r.intent == Intent.AUTO_REPLY
