"""Sessions, round 36: by class, each in words of its own (none from a corpus), with near-misses.

- A: a correction's "X inte Y" without a comma ("menade 22/2 inte 21/9", "3 maj och inte september", "I meant
  February 22 not September 21"): only the new one; a date list without a negation is all of it;
- B: an absence told as being abroad ("I am abroad in May and September", "i maj är jag utomlands") beside the
  sessions wanted: those are left out;
- C: "de tre första" of people in a list ("de tre första går före", "de två första på listan har förtur", "the first
  three on the list have priority"): no sessions; "anmäl mig till de tre första" still is;
- D: the writer's own coming left open beside others signed up ("Själv hoppas jag kunna komma på den första"): the
  sessions it names are not those of the others (see ``test_round36_people.py`` for whom).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"
OLA = Sender("telegram", "4711", "Ola Berg")


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=ELSA, subject=subject), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, OLA, config, ARRIVAL)


# --- A: "menade 22/2 inte 21/9"

@pytest.mark.parametrize(("text", "expected"), [
    ("oj, fel datum i min anmälan – jag menade 29/11 inte 3/5!! går det att fixa?", [S3]),
    ("skrev fel i min anmälan, menade 22 februari och inte 21 september", [S4]),
    ("I wrote the wrong date when I signed up, I meant February 22 not September 21", [S4]),
])
def test_a_a_correction_without_a_comma_gives_only_the_new_session(config: Config, text: str,
                                                                    expected: list[dt.date]) -> None:
    r = _chat(text, config)
    assert list(r.sessions) == expected


def test_a_near_miss_a_list_without_a_negation_is_all_of_it(config: Config) -> None:
    r = _chat("anmäl mig till 3/5, 21/9 och 29/11 tack", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2, S3]


def test_a_near_miss_a_negation_about_something_else_leaves_the_date(config: Config) -> None:
    r = _chat("anmäler mig till 3/5 inte för att jag måste utan för att det verkar kul", config)
    assert list(r.sessions) == [S1]


# --- B: "I am abroad in May and September"

@pytest.mark.parametrize(("text", "expected"), [
    (("Hi! I'd like to sign up as well, though just for the November and February meetings - I'm abroad in May and "
      "September."), [S3, S4]),
    ("Hej! Jag vill gärna vara med på november och februari, i maj och september är jag utomlands.", [S3, S4]),
    ("Hej! Anmäl mig till alla utom 3 maj, då är jag utomlands.", [S2, S3, S4]),
])
def test_b_being_abroad_leaves_those_sessions_out(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == expected


# --- C: "de tre första går före"

@pytest.mark.parametrize("text", [
    ("Hej! Vi är fyra som vill vara med hela serien: Eva Lund, Per Holm, Stina Ek och Tom Berg. Max tre per kommun "
     "står det, så sätt Tom som reserv om det behövs – de tre första går före."),
    ("Hej! Anmäler Eva Lund, Per Holm, Stina Ek och Tom Berg till alla träffar. De tre första på listan har förtur."),
    ("Hi! We register Eva Lund, Per Holm, Stina Ek and Tom Berg for all sessions; the first three on the list have "
     "priority."),
])
def test_c_the_first_of_a_list_of_people_are_no_sessions(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)
    assert len(r.people) == 4


@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Anmäl mig till de tre första.", [S1, S2, S3]),
    ("Hej! Anmäl mig till de två sista träffarna.", [S3, S4]),
    ("Hi! Please book me for the first three.", [S1, S2, S3]),
])
def test_c_near_miss_the_first_sessions_asked_for_stay(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text + SIGNED, config)
    assert list(r.sessions) == expected


# --- D: the writer's maybe is not the others' sessions

@pytest.mark.parametrize("text", [
    "Hej! Anmäler Per Holm och Eva Lund till DalaLab. Själv hoppas jag kunna komma på den första, men vet inte än.",
    "Hej! Anmäler Per Holm och Eva Lund till DalaLab. Kanske hänger jag själv med i maj, vi får se.",
])
def test_d_the_writers_maybe_names_no_session_of_the_others(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)


def test_d_near_miss_the_others_sessions_named_stay(config: Config) -> None:
    r = _mail("Hej! Anmäler Per Holm och Eva Lund till 21 september. Själv hoppas jag kunna komma på den första."
              + SIGNED, config)
    assert list(r.sessions) == [S2]
