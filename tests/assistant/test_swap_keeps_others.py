"""A swap that names the session it gives up frees only that one (found by trying the service as a user, thirteenth
session): "Kan vi byta 3 maj mot 29 november för Per Ek?" for someone on 3 May and 21 September cancelled both and
booked November, because a bare swap's sessions (the parse contract's) are only the new one."""

from __future__ import annotations

import datetime as dt

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.deciding import Context, decide
from assistant.decision import Outcome
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Person, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail
from tests.conftest import local

MAY3, SEP21, NOV29, FEB22 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
OPEN = local(2027, 2, 1, 9, 0)
PER = Holder("p:1", "Per Ek", "per.ek@borlange.se", "Borlänge kommun")
PER_WRITES = Sender("email", "per.ek@borlange.se", "Per Ek")


def _book(*days: dt.date) -> Book:
    return Book(tuple(Holding(PER, d, Standing.CONFIRMED, OPEN) for d in days))


def _change(sessions: tuple[dt.date, ...], released: tuple[dt.date, ...] = ()) -> ParsedRequest:
    return ParsedRequest(Intent.CHANGE, (Person("Per Ek", "per.ek@borlange.se", "Borlänge kommun"),), sessions,
                         sessions_named=True, change="sessions", sender=PER_WRITES, released=released)


def test_a_swap_naming_what_it_gives_up_keeps_the_rest(config: Config) -> None:
    decision = decide(config, _book(MAY3, SEP21), _change((NOV29,), released=(MAY3,)), Context(now=OPEN))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [(MAY3, Outcome.CANCELLED),
                                                                   (NOV29, Outcome.CONFIRMED)]


def test_the_sessions_after_a_change_said_whole_still_replace_those_held(config: Config) -> None:
    decision = decide(config, _book(MAY3, SEP21), _change((MAY3, NOV29)), Context(now=OPEN))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [(SEP21, Outcome.CANCELLED),
                                                                   (NOV29, Outcome.CONFIRMED)]


def _parsed(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nMaria Holm\nBorlänge kommun\n",
                                  sender="Maria Holm <maria.holm@borlange.se>", subject="Ändring"), config, ARRIVAL)


def test_the_parse_names_the_session_given_up(config: Config) -> None:
    for text, new, old in [("Kan vi byta 3 maj mot 29 november för Per Ek?", {NOV29}, {MAY3}),
                           ("Jag vill byta 21 september mot 22 februari.", {FEB22}, {SEP21}),
                           ("Jag kan inte 3 maj, flytta mig till 29 nov.", {NOV29}, {MAY3}),
                           ("I'd like to swap May 3 for November 29.", {NOV29}, {MAY3})]:
        r = _parsed(text, config)
        assert (r.intent, set(r.sessions), set(r.released)) == (Intent.CHANGE, new, old), text
        assert r.contract()["released"] == sorted(d.isoformat() for d in old)


def test_a_move_that_names_nothing_given_up_releases_nothing(config: Config) -> None:
    assert _parsed("Kan jag byta till 29 november?", config).released == ()
    assert _parsed("Jag anmäler mig till 3 maj.", config).released == ()
