"""Who may change, cancel or erase whom (issue 12): the person rules, the codes' scope and who is told
(pure: plain objects, no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.deciding import Context, decide, triage
from assistant.decision import Decision, Outcome
from assistant.effects import AskConfirmation, Hold, Release, UpdateDetails
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.base import Message, PendingCode, Proceed
from tests.conftest import local

MAY3, SEP21, NOV29 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29)
OPEN = local(2027, 2, 1, 9, 0)
BO_TG = 777

PERSON = Sender("email", "bo@falun.se", "Bo Berg")
REGISTRANT = Sender("email", "karin@falun.se", "Karin Chef")
COLLEAGUE = Sender("email", "eva@falun.se", "Eva Ek")
STRANGER = Sender("email", "sven@gmail.com", "Sven Stark")
OWN_CHAT = Sender("telegram", str(BO_TG), "Bo Berg")
OTHER_CHAT = Sender("telegram", "888", "Sven Stark")


def bo(email: str | None = "bo@falun.se") -> Holder:
    return Holder("p:1", "Bo Berg", email, "Falu kommun", BO_TG if email else None, "karin@falun.se",
                  "glutenintolerant")


def book_of(holder: Holder, *others: Holding) -> Book:
    at = local(2027, 1, 10, 9, 0)
    return Book((Holding(holder, MAY3, Standing.CONFIRMED, at), Holding(holder, NOV29, Standing.CONFIRMED, at),
                 *others))


def request(action: str, sender: Sender) -> ParsedRequest:
    who = (Person("Bo Berg", None, "Falu kommun"),)
    if action == "cancel":
        return ParsedRequest(Intent.CANCEL, who, (MAY3,), sender=sender, sessions_named=True)
    if action == "sessions":
        return ParsedRequest(Intent.CHANGE, who, (MAY3, SEP21), sender=sender, sessions_named=True, change="sessions")
    if action == "diet":   # a signup stating another diet
        return ParsedRequest(Intent.REGISTER, who, (MAY3,), "vegan", sender=sender, sessions_named=True)
    assert action == "erase"
    return ParsedRequest(Intent.ERASURE, who, sender=sender)


def judged(decision: Decision) -> tuple[str, str | None, str | None]:
    """What became of Bo: done / asked (a code, to whom) / forwarded, and who is told of it."""
    his = [v for v in decision.verdicts if v.holder.ref == "p:1"]
    asks = [e for v in his for e in v.effects if isinstance(e, AskConfirmation)]
    changes = [e for v in his for e in v.effects if not isinstance(e, AskConfirmation)]
    told = {v.facts["notify"] for v in his if v.facts.get("notify")}
    assert not (asks and changes) and len(told) <= 1
    result = ("forwarded" if any(v.outcome is Outcome.FORWARDED for v in his) else "asked" if asks
              else "done" if changes else "nothing")
    return result, asks[0].address if asks else None, next(iter(told), None)


DONE, TOLD = ("done", None, None), ("done", None, "bo@falun.se")
ASK_BO, ASK_KARIN, FORWARDED = ("asked", "bo@falun.se", None), ("asked", "karin@falun.se", None), ("forwarded", None, None)

#: Bo has an address and was registered by Karin: (actor, action) → outcome, code sent to, notice sent to.
WITH_ADDRESS = {
    PERSON: {"cancel": DONE, "sessions": DONE, "diet": DONE, "erase": DONE},
    OWN_CHAT: {"cancel": DONE, "sessions": DONE, "diet": DONE, "erase": DONE},
    REGISTRANT: {"cancel": TOLD, "sessions": TOLD, "diet": TOLD, "erase": ASK_BO},
    COLLEAGUE: {"cancel": ASK_BO, "sessions": ASK_BO, "diet": ASK_BO, "erase": ASK_BO},
    STRANGER: {"cancel": ASK_BO, "sessions": ASK_BO, "diet": ASK_BO, "erase": ASK_BO},
    OTHER_CHAT: {"cancel": ASK_BO, "sessions": ASK_BO, "diet": ASK_BO, "erase": ASK_BO},
}
#: Bo has no address of his own (Karin registered him without one): his own mail is from an unknown address.
WITHOUT_ADDRESS = {
    PERSON: {"cancel": ASK_KARIN, "sessions": ASK_KARIN, "diet": ASK_KARIN, "erase": FORWARDED},
    REGISTRANT: {"cancel": DONE, "sessions": DONE, "diet": DONE, "erase": FORWARDED},
    STRANGER: {"cancel": ASK_KARIN, "sessions": ASK_KARIN, "diet": ASK_KARIN, "erase": FORWARDED},
}


@pytest.mark.parametrize(("table", "email"), [(WITH_ADDRESS, "bo@falun.se"), (WITHOUT_ADDRESS, None)],
                         ids=["with-address", "without-address"])
def test_who_may_do_what_to_whom_and_who_is_told(config: Config, table: dict[Sender, dict[str, tuple[
        str, str | None, str | None]]], email: str | None) -> None:
    got = {actor: {action: judged(decide(config, book_of(bo(email)), request(action, actor), Context(now=OPEN)))
                   for action in row} for actor, row in table.items()}
    assert got == table


def test_a_stranger_naming_two_people_gets_one_code_each_for_that_person_only(config: Config) -> None:
    anna = Holder("p:2", "Anna Andersson", "anna@falun.se", "Falu kommun")
    mallory = Holder("p:3", "Mallory Malm", "mallory@borlange.se", "Borlänge kommun")
    at = local(2027, 1, 10, 9, 0)
    book = Book(tuple(Holding(h, d, Standing.CONFIRMED, at) for h in (anna, mallory) for d in (MAY3, SEP21)))
    asked = ParsedRequest(Intent.CANCEL, (Person("Anna Andersson"), Person("Mallory Malm")),
                          sender=Sender("email", "sven@gmail.com", "Sven Stark"))
    decision = decide(config, book, asked, Context(now=OPEN))
    asks = {e.address: e.request for v in decision.verdicts for e in v.effects if isinstance(e, AskConfirmation)}
    assert set(asks) == {"anna@falun.se", "mallory@borlange.se"}
    scope = asks["mallory@borlange.se"]
    assert scope.people == (Person("Mallory Malm", "mallory@borlange.se", "Borlänge kommun"),)
    assert (scope.intent, scope.sessions, scope.sessions_named) == (Intent.CANCEL, (MAY3, SEP21), True)

    # Mallory sends his code back: his own request, for himself alone
    redeemed = decide(config, book, replace(scope, sender=Sender("email", "mallory@borlange.se")), Context(now=OPEN))
    assert {(v.holder.name, v.outcome) for v in redeemed.verdicts} == {("Mallory Malm", Outcome.CANCELLED)}


def test_a_signup_by_a_stranger_keeps_the_diet_and_asks_the_person(config: Config) -> None:
    anna = Holder("p:2", "Anna Andersson", "anna@falun.se", "Falu kommun", diet="glutenintolerant")
    book = Book((Holding(anna, MAY3, Standing.CONFIRMED, local(2027, 1, 10, 9, 0)),))
    signup = ParsedRequest(Intent.REGISTER, (Person("Anna Andersson", None, "Falu kommun"),), (MAY3, SEP21),
                           "vegan", sender=STRANGER, sessions_named=True)
    decision = decide(config, book, signup, Context(now=OPEN))
    assert not [e for v in decision.verdicts for e in v.effects if isinstance(e, UpdateDetails)]
    assert [e for v in decision.verdicts for e in v.effects if isinstance(e, Hold)] == [
        Hold(SEP21, Standing.CONFIRMED)]   # the signup itself is no change of her registration
    [waiting] = [v for v in decision.verdicts if v.outcome is Outcome.NEEDS_CONFIRMATION]
    assert waiting.facts["diet"] == "vegan" and waiting.holder.diet == "glutenintolerant"
    [ask] = waiting.effects
    assert isinstance(ask, AskConfirmation) and ask.address == "anna@falun.se"
    assert (ask.request.intent, ask.request.change, ask.request.diet, ask.request.sessions) == (
        Intent.CHANGE, "diet", "vegan", ())

    redeemed = decide(config, book, replace(ask.request, sender=Sender("email", "anna@falun.se")), Context(now=OPEN))
    assert [(v.outcome, v.effects) for v in redeemed.verdicts] == [(Outcome.UPDATED, (UpdateDetails(diet="vegan"),))]


def test_a_substitution_asked_by_a_stranger_is_scoped_to_the_leaving_and_the_joining_person(
        config: Config) -> None:
    swap = ParsedRequest(Intent.CHANGE, (Person("Bo Berg", None, "Falu kommun", Role.LEAVING),
                                         Person("Cia Dahl", "cia@falun.se", "Falu kommun", Role.JOINING)),
                         (MAY3,), sender=STRANGER, sessions_named=True, change="substitute")
    [waiting] = decide(config, book_of(bo()), swap, Context(now=OPEN)).verdicts
    [ask] = waiting.effects
    assert isinstance(ask, AskConfirmation)
    assert [(p.name, p.role) for p in ask.request.people] == [("Bo Berg", Role.LEAVING), ("Cia Dahl", Role.JOINING)]
    assert ask.request.sessions == (MAY3,)
    redeemed = decide(config, book_of(bo()), replace(ask.request, sender=PERSON), Context(now=OPEN))
    assert [(v.holder.name, v.effects) for v in redeemed.verdicts] == [
        ("Bo Berg", (Release(MAY3),)), ("Cia Dahl", (Hold(MAY3, Standing.CONFIRMED, local(2027, 1, 10, 9, 0)),))]


def test_a_promotion_is_no_notice_and_an_erasure_tells_no_one(config: Config) -> None:
    waiting = Holder("p:5", "Dan Ek", "dan@falun.se", "Falu kommun")
    full = config.model_copy(update={"event": config.event.model_copy(update={"sessions": [
        s.model_copy(update={"capacity": 1}) for s in config.event.sessions]})})
    book = book_of(bo(), Holding(waiting, MAY3, Standing.WAITLISTED, local(2027, 1, 11, 9, 0)))
    decision = decide(full, book, request("cancel", REGISTRANT), Context(now=OPEN))
    assert [(v.holder.name, v.outcome, v.facts.get("notify")) for v in decision.verdicts] == [
        ("Bo Berg", Outcome.CANCELLED, "bo@falun.se"), ("Dan Ek", Outcome.PROMOTED, None)]
    erased = decide(config, book_of(bo()), request("erase", PERSON), Context(now=OPEN))
    assert erased.verdicts and not [v for v in erased.verdicts if v.facts.get("notify")]


# -- the code sent back --------------------------------------------------------------------------

def _answer(config: Config, sender: str, reply_to: str | None = None) -> Proceed | object:
    scope = ParsedRequest(Intent.CANCEL, (Person("Anna Andersson", "anna@falun.se"),), (MAY3,),
                          sender=STRANGER, sessions_named=True)
    code = PendingCode("abcdefghijklmnop", "anna@falun.se", scope)
    said = ParsedRequest(Intent.UNKNOWN, sender=Sender("email", sender, "Anna Andersson"))
    return triage(Message(config, "email", said, reply_to or sender, 0, code))


def test_a_code_sent_back_from_its_address_is_that_address_asking_for_the_one_action(config: Config) -> None:
    answer = _answer(config, "anna@falun.se")
    assert isinstance(answer, Proceed) and answer.redeem == "abcdefghijklmnop"
    assert answer.request.sender == Sender("email", "anna@falun.se", "Anna Andersson")
    assert (answer.request.intent, answer.request.people, answer.request.sessions) == (
        Intent.CANCEL, (Person("Anna Andersson", "anna@falun.se"),), (MAY3,))


@pytest.mark.parametrize(("sender", "reply_to"), [("mallory@borlange.se", None),
                                                   ("mallory@borlange.se", "anna@falun.se"),
                                                   ("anna@falun.se", "mallory@borlange.se")])
def test_a_code_from_any_other_address_authorises_nothing(config: Config, sender: str, reply_to: str | None) -> None:
    answer = _answer(config, sender, reply_to)
    assert not (isinstance(answer, Proceed) and answer.redeem)
