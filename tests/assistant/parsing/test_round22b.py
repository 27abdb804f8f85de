"""Sessions and names, round 22b, by class: each person's own sessions in a signup for several, the union even when
one of them leaves one out ("jag kan alla utom feb. Jens kan gå på alla"); in a cancellation, what stands confirmed
but for an exception ("allt stämmer utom den 22 feb"): the exception is given up; and near-misses of the round-22
names classes (people.py) that must not change. Each class in other words than the corpus."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]


def mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender="Karin Dahl <karin.dahl@orsa.se>"), config, ARRIVAL)


def chat(text: str, shown: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", shown), config, ARRIVAL)


# Class 1: a signup for several where each says their own sessions, one of them all but one: the union.
EACH_ONES = [
    "Hej, anmäler mig och min kollega Per Holm. Jag kan alla träffar utom den i februari. Per kan gå på alla.",
    "Anmäl mig och Eva Lind till DalaLab. Själv kan jag alla utom 21 september. Eva vill vara med på alla träffar.",
    "Hej! Jag och Tom Berg vill vara med. Jag kan komma på alla utom novemberträffen. Tom ska gå på alla fyra.",
    "Please register me and my colleague Anna Ek. I can make all sessions except February. Anna can attend all of them.",
    "Hej, anmäler mig och min kollega Per Holm. Jag kan alla träffar utom den i februari. Per kan gå på alla utom maj.",
]


@pytest.mark.parametrize("body", EACH_ONES)
def test_each_ones_sessions_are_joined(body: str, config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == ALL


# Near-misses: the writer's exception stands when nobody else says theirs, when the other's is asked or not coming,
# and an exception said alone after "all" leaves that one out.
EXCEPTION_STANDS = [
    "Hej, anmäler mig och min kollega Per Holm. Jag kan alla träffar utom den i februari.",
    "Hej, anmäler mig och min kollega Per Holm. Jag kan alla träffar utom den i februari. Kan Per gå på alla?",
    "Hej, anmäler mig och min kollega Per Holm. Jag kan alla träffar utom den i februari. Per kan inte heller i februari.",
    "Anmäl mig till alla träffar utom 22 februari.",
]


@pytest.mark.parametrize("body", EXCEPTION_STANDS)
def test_the_exception_stands_for_all(body: str, config: Config) -> None:
    assert sorted(mail(body, config).sessions) == [MAY, SEP, NOV]


# Class 2: a cancellation confirming what stands but for an exception: the exception is given up.
ALL_BUT_GIVEN_UP = [
    ("Tack, allt stämmer utom den 21 september – då är jag på kurs. Resten går bra!", [SEP]),
    ("Hej! Allt går bra utom 29 november, då har jag tyvärr förhinder. Stryk mig från den.", [NOV]),
    ("Jag kommer på alla träffar utom novemberträffen, så stryk mig från den.", [NOV]),
    ("Hej, allt gäller som förut utom 3 maj, den kan jag inte. Avanmäl mig från den.", [MAY]),
]


@pytest.mark.parametrize(("body", "gone"), ALL_BUT_GIVEN_UP)
def test_the_exception_to_what_stands_is_cancelled(body: str, gone: list[dt.date], config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == gone


# Near-misses: a withdrawal from all but some gives up all the others.
ALL_BUT_KEPT = [
    ("Avanmäl mig från alla träffar utom 3 maj.", [SEP, NOV, FEB]),
    ("Jag måste tyvärr avboka mig. Alla träffar utom maj.", [SEP, NOV, FEB]),
]


@pytest.mark.parametrize(("body", "gone"), ALL_BUT_KEPT)
def test_a_withdrawal_from_all_but_some_gives_up_the_others(body: str, gone: list[dt.date], config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == gone


# Near-misses of the round-22 names classes: a display name of another given name names nobody; "från X," with no
# name after it names no colleague; a name surname first whose address does not show the order stays as written.
def test_a_self_introduction_of_another_given_name_is_not_the_writers(config: Config) -> None:
    assert [p.name for p in chat("hej, charlotte ek, orsa kn. vill gå på alla träffar", "Pelle", config).people] == [
        "Pelle"]


@pytest.mark.parametrize("text", ["anmäler mig och min kollega från lst, tack. alla träffar",
                                  "jag och min kollega från mora, vi vill komma på alla träffar"])
def test_where_a_colleague_works_without_a_name_names_nobody(text: str, config: Config) -> None:
    assert [p.name for p in chat(text, "Eva", config).people] == ["Eva"]


@pytest.mark.parametrize("body", ["Anmäl Holm Jonas <jh@orsa.se> till första träffen.",
                                  "Anmäl Holm Jonas <holm.jonas@orsa.se> till första träffen."])
def test_a_name_the_address_does_not_turn_stays(body: str, config: Config) -> None:
    assert [p.name for p in mail(body, config).people] == ["Holm Jonas"]


def test_a_name_self_introduced_with_kommun_and_a_stop_is_the_writers(config: Config) -> None:
    assert [p.name for p in chat("hej per lindh avesta kommun. vill gå på alla träffar", "Pelle", config).people] == [
        "Per Lindh"]
