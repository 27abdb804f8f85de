"""The rules, each alone and in the decision they make together (pure: plain objects, no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.deciding import Context, decide
from assistant.decision import Outcome
from assistant.effects import AskConfirmation, Hold, Promote, Release, UpdateDetails
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.base import ALL_PATHS, Asking, Attempt
from assistant.rules.capacity import SessionCapacity
from assistant.rules.deadline import DeadlinePassed
from assistant.rules.duplicate import AlreadyRegistered
from assistant.rules.missing_facts import NeedsName, NeedsOrganisation, NeedsSessions
from assistant.rules.order import PLACE_RULES
from assistant.rules.quota import OrganisationQuota
from tests.conftest import local

MAY3, SEP21, NOV29, FEB22 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
OPEN = local(2027, 2, 1, 9, 0)
EARLY = local(2027, 1, 1, 9, 0)


def holder(n: int, name: str, org: str | None = "Falu kommun", email: str | None = None,
           tg: int | None = None) -> Holder:
    return Holder(ref=f"p:{n}", name=name, email=email or f"{name.split()[0].lower()}@falun.se",
                  organisation=org, telegram_user_id=tg)


def held(h: Holder, session: dt.date, standing: Standing = Standing.CONFIRMED, at: dt.datetime = EARLY) -> Holding:
    return Holding(h, session, standing, at)


def signup(*people: Person, sessions: tuple[dt.date, ...] | list[dt.date] = (), sender: str = "kalle@falun.se",
           language: str = "sv") -> ParsedRequest:
    return ParsedRequest(Intent.REGISTER, people, tuple(sessions), sender=Sender("email", sender, "Kalle"),
                         sessions_named=bool(sessions), language=language)


def attempt(config: Config, book: Book, h: Holder, session: dt.date = MAY3, now: dt.datetime = OPEN) -> Attempt:
    return Attempt(config, book, signup(Person(h.name, h.email, h.organisation)), h, session, now)


# --- each rule alone ---------------------------------------------------------------------------

def test_deadline_is_the_end_of_the_day_in_stockholm(config: Config) -> None:
    rule, h = DeadlinePassed(), holder(9, "Kim Ny")
    assert rule.check(attempt(config, Book(), h, now=local(2027, 4, 14, 23, 59))) is None
    verdict = rule.check(attempt(config, Book(), h, now=local(2027, 4, 15, 0, 0)))
    assert verdict.outcome is Outcome.REJECTED and verdict.reason == "deadline-passed"
    # 23:30 UTC on the 14th is already the 15th in Stockholm (summer time)
    assert rule.check(attempt(config, Book(), h, now=dt.datetime(2027, 4, 14, 22, 30, tzinfo=dt.UTC)))


def test_duplicate_is_reported_unchanged(config: Config) -> None:
    h = holder(1, "Anna Berg")
    verdict = AlreadyRegistered().check(attempt(config, Book((held(h, MAY3, Standing.WAITLISTED),)), h))
    assert verdict.outcome is Outcome.UNCHANGED and verdict.facts["standing"] == "waitlisted"
    assert AlreadyRegistered().check(attempt(config, Book((held(h, SEP21),)), h)) is None


def test_quota_names_who_holds_the_places(config: Config) -> None:
    three = [holder(i, n) for i, n in enumerate(["Anna Berg", "Bo Ek", "Cia Lund"], start=1)]
    book = Book(tuple(held(h, MAY3, at=EARLY + dt.timedelta(minutes=i)) for i, h in enumerate(three)))
    fourth = holder(4, "Dan Falk")
    verdict = OrganisationQuota().check(attempt(config, book, fourth))
    assert verdict.outcome is Outcome.REJECTED
    assert verdict.facts["holders"] == ["Anna Berg", "Bo Ek", "Cia Lund"]
    # one of the three may add a session; the region has no quota
    assert OrganisationQuota().check(attempt(config, book, three[0], session=SEP21)) is None
    region = holder(5, "Eva Region", org="Region Dalarna")
    region_book = Book(tuple(held(holder(10 + i, f"R{i} X", org="Region Dalarna"), MAY3) for i in range(5)))
    assert OrganisationQuota().check(attempt(config, region_book, region)) is None


def test_quota_counts_distinct_people_not_places(config: Config) -> None:
    anna = holder(1, "Anna Berg")
    book = Book(tuple(held(anna, s) for s in (MAY3, SEP21, NOV29, FEB22)))
    assert OrganisationQuota().check(attempt(config, book, holder(2, "Bo Ek"))) is None


def test_full_session_waitlists_in_order(config: Config) -> None:
    capacity = config.event.session_on(MAY3).capacity
    book = Book(tuple(held(holder(i, f"P{i} X", org=None), MAY3) for i in range(capacity)))
    book = book.add(held(holder(500, "Q W", org=None), MAY3, Standing.WAITLISTED))
    verdict = SessionCapacity().check(attempt(config, book, holder(501, "New Person", org=None)))
    assert verdict.outcome is Outcome.WAITLISTED and verdict.facts["position"] == 2
    assert SessionCapacity().check(attempt(config, Book(), holder(501, "New Person"))) is None


def test_missing_facts(config: Config) -> None:
    nameless = signup(Person(None, "x@falun.se", "Falu kommun"))
    assert NeedsName().missing(Asking(config, nameless, False)) == "name"
    orgless = signup(Person("Kim Ny", "kim@gmail.com", None))
    assert NeedsOrganisation().missing(Asking(config, orgless, False)) == "organisation"
    assert NeedsOrganisation().missing(Asking(config, orgless, True)) is None, "asked once, then accepted"
    no_session = ParsedRequest(Intent.REGISTER, (Person("Kim Ny", None, "Mora kommun"),), (), sessions_named=True)
    assert NeedsSessions().missing(Asking(config, no_session, False)) == "sessions"


# --- the decision ------------------------------------------------------------------------------

def test_signup_without_sessions_means_all_four(config: Config) -> None:
    decision = decide(config, Book(), signup(Person("Kalle Ek", "kalle@falun.se", "Falu kommun")),
                      Context(now=OPEN))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [
        (MAY3, Outcome.CONFIRMED), (SEP21, Outcome.CONFIRMED), (NOV29, Outcome.CONFIRMED), (FEB22, Outcome.CONFIRMED)]


def test_fourth_person_in_one_request_is_refused(config: Config) -> None:
    people = [Person(n, f"{n.split()[0].lower()}@falun.se", "Falu kommun")
              for n in ("Anna Berg", "Bo Ek", "Cia Lund", "Dan Falk")]
    decision = decide(config, Book(), signup(*people, sessions=[MAY3]), Context(now=OPEN))
    outcomes = {v.holder.name: (v.outcome, v.facts.get("holders")) for v in decision.verdicts}
    assert outcomes["Dan Falk"] == (Outcome.REJECTED, ["Anna Berg", "Bo Ek", "Cia Lund"])
    assert [outcomes[n][0] for n in ("Anna Berg", "Bo Ek", "Cia Lund")] == [Outcome.CONFIRMED] * 3


def test_cancellation_frees_the_place_and_promotes_the_first_in_line(config: Config) -> None:
    capacity = config.event.session_on(MAY3).capacity
    leaver = holder(1, "Anna Berg", org=None, email="anna@example.se")
    others = [held(holder(100 + i, f"P{i} X", org=None), MAY3) for i in range(capacity - 1)]
    first = holder(201, "First Inline", org=None)
    second = holder(202, "Second Inline", org=None)
    book = Book((held(leaver, MAY3), *others, held(second, MAY3, Standing.WAITLISTED, at=OPEN),
                 held(first, MAY3, Standing.WAITLISTED, at=EARLY)))
    request = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", "anna@example.se", None),), (),
                            sender=Sender("email", "anna@example.se", "Anna Berg"))
    decision = decide(config, book, request, Context(now=OPEN))
    assert [(v.holder.name, v.outcome) for v in decision.verdicts] == [
        ("Anna Berg", Outcome.CANCELLED), ("First Inline", Outcome.PROMOTED)]


def test_cancellation_is_allowed_after_the_deadline(config: Config) -> None:
    anna = holder(1, "Anna Berg", email="anna@falun.se")
    request = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),), (SEP21,),
                            sessions_named=True, sender=Sender("email", "anna@falun.se"))
    decision = decide(config, Book((held(anna, MAY3), held(anna, SEP21))), request,
                      Context(now=local(2027, 6, 1, 9, 0)))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [(SEP21, Outcome.CANCELLED)]


def test_cancel_from_another_address_needs_confirmation(config: Config) -> None:
    anna = holder(1, "Anna Berg", email="anna@falun.se")
    request = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),), (),
                            sender=Sender("email", "mallory@evil.example"))
    decision = decide(config, Book((held(anna, MAY3),)), request, Context(now=OPEN))
    assert [(v.outcome, v.facts.get("confirm_to")) for v in decision.verdicts] == [
        (Outcome.NEEDS_CONFIRMATION, "anna@falun.se")]
    # the code sent back from anna@falun.se is her own request, narrowed to what the code was for
    [ask] = decision.verdicts[0].effects
    assert isinstance(ask, AskConfirmation)
    confirmed = replace(ask.request, sender=Sender("email", "anna@falun.se"))
    assert decide(config, Book((held(anna, MAY3),)), confirmed, Context(now=OPEN)).verdicts[0].outcome \
        is Outcome.CANCELLED


def test_colleague_who_registered_may_cancel(config: Config) -> None:
    anna = Holder("p:1", "Anna Berg", None, "Falu kommun", registered_by="boss@falun.se")
    request = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", None, "Falu kommun"),), (),
                            sender=Sender("email", "boss@falun.se"))
    decision = decide(config, Book((held(anna, MAY3),)), request, Context(now=OPEN))
    assert decision.verdicts[0].outcome is Outcome.CANCELLED


def test_substitute_keeps_the_quota_slot_and_the_place(config: Config) -> None:
    three = [holder(i, n) for i, n in enumerate(["Anna Berg", "Bo Ek", "Cia Lund"], start=1)]
    book = Book(tuple(held(h, s) for h in three for s in (MAY3, NOV29)))
    request = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun", Role.LEAVING),
                                            Person("Dan Falk", "dan@falun.se", "Falu kommun", Role.JOINING)),
                            (), change="substitute", sender=Sender("email", "anna@falun.se"))
    decision = decide(config, book, request, Context(now=local(2027, 4, 20, 9, 0)))
    got = [(v.holder.name, v.session, v.outcome) for v in decision.verdicts]
    assert got == [("Anna Berg", MAY3, Outcome.CANCELLED), ("Dan Falk", MAY3, Outcome.CONFIRMED),
                   ("Anna Berg", NOV29, Outcome.CANCELLED), ("Dan Falk", NOV29, Outcome.CONFIRMED)]


def test_change_of_sessions_moves_the_person(config: Config) -> None:
    anna = holder(1, "Anna Berg", email="anna@falun.se")
    request = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),), (NOV29,),
                            sessions_named=True, change="sessions", sender=Sender("email", "anna@falun.se"))
    decision = decide(config, Book((held(anna, MAY3),)), request, Context(now=OPEN))
    assert [(v.session, v.outcome) for v in decision.verdicts] == [(MAY3, Outcome.CANCELLED),
                                                                    (NOV29, Outcome.CONFIRMED)]


def test_second_identical_signup_changes_nothing(config: Config) -> None:
    anna = holder(1, "Anna Berg", email="anna@falun.se")
    book = Book(tuple(held(anna, s) for s in (MAY3, SEP21, NOV29, FEB22)))
    decision = decide(config, book, signup(Person("Anna Berg", "anna@falun.se", "Falu kommun")),
                      Context(now=OPEN))
    assert {v.outcome for v in decision.verdicts} == {Outcome.UNCHANGED}


def test_late_signup_is_refused_but_a_duplicate_is_still_recognised(config: Config) -> None:
    late = local(2027, 4, 20, 9, 0)
    decision = decide(config, Book(), signup(Person("Kim Ny", "kim@mora.se", "Mora kommun")), Context(now=late))
    assert {(v.outcome, v.reason) for v in decision.verdicts} == {(Outcome.REJECTED, "deadline-passed")}


def test_the_deadline_is_judged_by_when_the_message_arrived_not_when_it_is_read(config: Config) -> None:
    read = local(2027, 4, 16, 9, 0)   # after the deadline (14 April)
    person = Person("Kim Ny", "kim@mora.se", "Mora kommun")
    in_time = decide(config, Book(), signup(person), Context(now=read, arrived=local(2027, 4, 14, 22, 0)))
    assert {v.outcome for v in in_time.verdicts} == {Outcome.CONFIRMED}
    # an arrival stamped later than now (a server clock ahead) counts as now
    ahead = decide(config, Book(), signup(person), Context(now=read, arrived=local(2027, 4, 30, 9, 0)))
    assert {v.reason for v in ahead.verdicts} == {"deadline-passed"}


@pytest.mark.parametrize("intent", [Intent.QUESTION, Intent.AUTO_REPLY, Intent.UNKNOWN])
def test_other_intents_change_nothing(config: Config, intent: Intent) -> None:
    decision = decide(config, Book(), ParsedRequest(intent, (Person("A B", "a@b.se", None),)), Context(now=OPEN))
    assert decision.verdicts == () and not decision.missing


def test_a_chat_signup_belongs_to_the_telegram_user_even_under_a_nickname(config: Config) -> None:
    request = ParsedRequest(Intent.REGISTER, (Person("Kalle", None, "Ludvika kommun"),), (MAY3,),
                            sessions_named=True, sender=Sender("telegram", "4242", "Karl Svensson"))
    decision = decide(config, Book(), request, Context(now=OPEN))
    assert decision.verdicts[0].holder.telegram_user_id == 4242
    later = ParsedRequest(Intent.CANCEL, (Person("Karl Svensson", None, None),), (),
                          sender=Sender("telegram", "4242", "Karl Svensson"))
    book = Book((held(decision.verdicts[0].holder, MAY3),))
    cancel = decide(config, book, later, Context(now=OPEN))
    assert [v.outcome for v in cancel.verdicts] == [Outcome.CANCELLED]


# --- every path asks the place rules -----------------------------------------------------------

def _substitution(leaving: Person, joining: Person, sender: str = "anna@falun.se") -> ParsedRequest:
    return ParsedRequest(Intent.CHANGE, (replace(leaving, role=Role.LEAVING), replace(joining, role=Role.JOINING)),
                         (), change="substitute", sender=Sender("email", sender))


def test_a_substitute_from_an_organisation_whose_quota_is_full_is_refused_and_the_place_stays(
        config: Config) -> None:
    anna = holder(1, "Anna Berg")
    mora = [holder(10 + i, n, org="Mora kommun") for i, n in enumerate(["Mo A", "Mo B", "Mo C"])]
    book = Book((held(anna, MAY3), *(held(h, SEP21) for h in mora)))
    request = _substitution(Person("Anna Berg", "anna@falun.se", "Falu kommun"),
                            Person("Eva Mo", "eva@mora.se", "Mora kommun"))
    decision = decide(config, book, request, Context(now=OPEN))
    assert [(v.holder.name, v.outcome, v.reason) for v in decision.verdicts] == [
        ("Eva Mo", Outcome.REJECTED, "organisation-quota")]
    assert all(not v.effects for v in decision.verdicts), "Anna keeps her place"


def test_a_substitute_inherits_the_place_in_line(config: Config) -> None:
    anna = holder(1, "Anna Berg")
    book = Book((held(anna, MAY3, Standing.WAITLISTED, at=EARLY),))
    decision = decide(config, book, _substitution(Person("Anna Berg", "anna@falun.se", "Falu kommun"),
                                                  Person("Dan Falk", "dan@falun.se", None)), Context(now=OPEN))
    dan = decision.verdicts[1]
    assert (dan.holder.name, dan.outcome, dan.holder.organisation) == ("Dan Falk", Outcome.WAITLISTED, "Falu kommun")
    assert dan.effects == (Hold(MAY3, Standing.WAITLISTED, EARLY),)


def test_a_substitute_who_already_holds_the_session_frees_the_place_for_the_first_in_line(
        config: Config) -> None:
    capacity = config.event.session_on(MAY3).capacity
    anna, dan = holder(1, "Anna Berg"), holder(2, "Dan Falk")
    others = [held(holder(100 + i, f"P{i} X", org=None), MAY3) for i in range(capacity - 2)]
    waiting = holder(300, "Wait Ing", org=None)
    book = Book((held(anna, MAY3), held(dan, MAY3), *others, held(waiting, MAY3, Standing.WAITLISTED)))
    decision = decide(config, book, _substitution(Person("Anna Berg", "anna@falun.se", "Falu kommun"),
                                                  Person("Dan Falk", "dan@falun.se", "Falu kommun")),
                      Context(now=OPEN))
    assert [(v.holder.name, v.outcome) for v in decision.verdicts] == [
        ("Anna Berg", Outcome.CANCELLED), ("Wait Ing", Outcome.PROMOTED), ("Dan Falk", Outcome.UNCHANGED)]


def test_a_session_added_by_a_change_is_refused_after_the_deadline(config: Config) -> None:
    anna = holder(1, "Anna Berg", email="anna@falun.se")
    request = ParsedRequest(Intent.CHANGE, (Person("Anna Berg", "anna@falun.se", "Falu kommun"),), (MAY3, NOV29),
                            sessions_named=True, change="sessions", sender=Sender("email", "anna@falun.se"))
    decision = decide(config, Book((held(anna, MAY3),)), request, Context(now=local(2027, 4, 20, 9, 0)))
    assert [(v.session, v.reason) for v in decision.verdicts] == [(NOV29, "deadline-passed")]


def test_every_place_rule_says_which_paths_it_judges_and_each_path_always_gets_an_answer() -> None:
    for rule in PLACE_RULES:
        assert rule.applies_to and rule.applies_to <= ALL_PATHS, rule.name
    for path in ALL_PATHS:
        assert any(path in rule.applies_to for rule in PLACE_RULES[-2:]), f"no last rule answers {path}"


# --- verdicts carry typed effects --------------------------------------------------------------

def test_verdicts_carry_the_effects_storage_applies(config: Config) -> None:
    signed = decide(config, Book(), signup(Person("Kalle Ek", "kalle@falun.se", "Falu kommun"), sessions=[MAY3]),
                    Context(now=OPEN))
    assert signed.verdicts[0].effects == (Hold(MAY3, Standing.CONFIRMED),)
    capacity = config.event.session_on(MAY3).capacity
    leaver = holder(1, "Anna Berg", org=None, email="anna@example.se")
    first = holder(201, "First Inline", org=None)
    book = Book((held(leaver, MAY3), *(held(holder(100 + i, f"P{i} X", org=None), MAY3) for i in range(capacity - 1)),
                 held(first, MAY3, Standing.WAITLISTED)))
    request = ParsedRequest(Intent.CANCEL, (Person("Anna Berg", "anna@example.se", None),), (),
                            sender=Sender("email", "anna@example.se"))
    cancelled = decide(config, book, request, Context(now=OPEN))
    assert [v.effects for v in cancelled.verdicts] == [(Release(MAY3),), (Promote(MAY3),)]
    refused = decide(config, Book(), signup(Person("Kim Ny", "kim@mora.se", "Mora kommun")),
                     Context(now=local(2027, 4, 20, 9, 0)))
    assert all(v.effects == () for v in refused.verdicts)


def test_a_new_diet_for_a_registered_person_is_an_effect_once(config: Config) -> None:
    anna = replace(holder(1, "Anna Berg", email="anna@falun.se"), diet="vegetarisk")
    request = replace(signup(Person("Anna Berg", "anna@falun.se", "Falu kommun"), sessions=[MAY3, SEP21],
                             sender="anna@falun.se"), diet="vegan")   # her own: from others, see test_authority.py
    decision = decide(config, Book((held(anna, NOV29),)), request, Context(now=OPEN))
    details = [e for v in decision.verdicts for e in v.effects if isinstance(e, UpdateDetails)]
    assert details == [UpdateDetails(diet="vegan")]
