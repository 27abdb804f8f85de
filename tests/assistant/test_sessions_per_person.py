"""The optional cap on sessions per person (``event.max_sessions_per_person``), alone and on every path."""

from __future__ import annotations

import datetime as dt

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.deciding import Context, decide
from assistant.decision import Outcome
from assistant.replies import Replies
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.base import Attempt
from assistant.rules.sessions_per_person import MaxSessionsPerPerson
from tests.conftest import local

MAY3, SEP21, NOV29, FEB22 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
OPEN = local(2027, 2, 1, 9, 0)
ANNA = Holder("p:1", "Anna Berg", "anna@falun.se", "Falu kommun")
ANNA_WRITES = Sender("email", "anna@falun.se", "Anna Berg")


def capped(config: Config, limit: int | None = 2) -> Config:
    return config.model_copy(update={"event": config.event.model_copy(update={"max_sessions_per_person": limit})})


def holding(holder: Holder, *days: dt.date, standing: Standing = Standing.CONFIRMED) -> tuple[Holding, ...]:
    return tuple(Holding(holder, d, standing, OPEN) for d in days)


def test_unset_means_no_cap(config: Config) -> None:
    attempt = Attempt(config, Book(holding(ANNA, MAY3, SEP21, NOV29)), ParsedRequest(Intent.REGISTER), ANNA,
                      FEB22, OPEN)
    assert MaxSessionsPerPerson().check(attempt) is None


def test_a_waiting_list_place_counts_as_a_session_held(config: Config) -> None:
    book = Book(holding(ANNA, MAY3) + holding(ANNA, SEP21, standing=Standing.WAITLISTED))
    verdict = MaxSessionsPerPerson().check(Attempt(capped(config), book, ParsedRequest(Intent.REGISTER), ANNA,
                                                   NOV29, OPEN))
    assert verdict is not None and (verdict.outcome, verdict.facts) == (Outcome.REJECTED, {"limit": 2})
    assert verdict.effects == ()


def test_a_signup_for_every_session_gets_the_first_two(config: Config) -> None:
    request = ParsedRequest(Intent.REGISTER, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),),
                            sender=ANNA_WRITES)
    decision = decide(capped(config), Book(), request, Context(now=OPEN))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [
        (MAY3, Outcome.CONFIRMED), (SEP21, Outcome.CONFIRMED),
        (NOV29, Outcome.REJECTED), (FEB22, Outcome.REJECTED)]
    text = Replies(config).decision_text(request, decision, "Anna")
    assert "högst 2 träffar" in text


def test_a_change_may_swap_a_session_but_not_add_a_third(config: Config) -> None:
    book = Book(holding(ANNA, MAY3, SEP21))
    swap = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),), (MAY3, NOV29),
                         sessions_named=True, change="sessions", sender=ANNA_WRITES)
    assert [(v.session, v.outcome) for v in decide(capped(config), book, swap, Context(now=OPEN)).verdicts] == [
        (SEP21, Outcome.CANCELLED), (NOV29, Outcome.CONFIRMED)]
    add = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),),
                        (MAY3, SEP21, NOV29), sessions_named=True, change="sessions", sender=ANNA_WRITES)
    assert [(v.session, v.reason) for v in decide(capped(config), book, add, Context(now=OPEN)).verdicts] == [
        (NOV29, "max-sessions-per-person")]


def test_a_substitute_already_at_the_cap_cannot_take_over_a_third_place(config: Config) -> None:
    bo = Holder("p:2", "Bo Ek", "bo@falun.se", "Falu kommun")
    book = Book(holding(ANNA, NOV29) + holding(bo, MAY3, SEP21))
    request = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun", Role.LEAVING),
                                            Person("Bo Ek", "bo@falun.se", "Falu kommun", Role.JOINING)),
                            change="substitute", sender=ANNA_WRITES)
    decision = decide(capped(config), book, request, Context(now=OPEN))
    assert [(v.holder.name, v.session, v.reason) for v in decision.verdicts] == [
        ("Bo Ek", NOV29, "max-sessions-per-person")]
