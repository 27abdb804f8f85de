"""People of one signup told apart to come to different sessions, in the ways writers do it besides "X tar ...":
rows of a list each with their own sessions, "X kommer även <session>", "X vill bara gå på <session>", a bulleted
list with the sessions of each row in brackets. Each is read as each their own (``Unsure.EACH_OWN``: an organiser
books each on their own, nobody is booked on the union). Near-misses: the same sessions for all, one line giving the
sessions of the whole list, and one said to come too without sessions of their own, are no each-their-own."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Sund <karin.sund@hedemora.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    # rows of a list under a colon, each with an address and their own sessions
    ("Hej!\nJag anmäler mig och två medarbetare:\nLisa Norén, lisa.noren@hedemora.se – samtliga träffar\n"
     "Erik Falk, erik.falk@hedemora.se – endast 21 september och 29 november\nJag själv deltar på samtliga.\n"
     "Karin Sund\nHedemora kommun"),
    # one of the signup coming to one more session than the rest
    "Hej! Jag vill anmäla mig och Lisa Norén till 29 november. Lisa kommer också 22 februari.\nKarin Sund, Hedemora kommun",
    "Vi blir tre på första träffen: jag, Erik Falk och Lisa Norén. Erik kommer även i november.\nKarin Sund, Hedemora kommun",
    # one who wants only some of them
    ("Hej! Jag anmäler mig till samtliga träffar. Min medarbetare Erik Falk (erik.falk@hedemora.se) vill bara gå på "
     "den första.\nKarin Sund, Hedemora kommun"),
    # a bulleted list, the sessions of each row in brackets
    ("Hej,\nVi anmäler följande från Hedemora kommun:\n- Karin Sund, karin.sund@hedemora.se (21/9, 29/11)\n"
     "- Erik Falk, erik.falk@hedemora.se (3/5)\nHälsningar Karin"),
])
def test_people_told_apart_are_each_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) >= 2
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("body", [
    "Hej! Jag anmäler mig, Lisa Norén och Erik Falk. Alla tre kommer 21 september.\nKarin Sund, Hedemora kommun",
    ("Hej,\nFöljande anmäls till 21/9 och 29/11:\n- Karin Sund, karin.sund@hedemora.se\n"
     "- Erik Falk, erik.falk@hedemora.se\nHälsningar Karin"),
    ("Hej,\nVi anmäler följande från Hedemora kommun:\n- Karin Sund, karin.sund@hedemora.se (21/9, 29/11)\n"
     "- Erik Falk, erik.falk@hedemora.se (21/9, 29/11)\nHälsningar Karin"),
    "Hej! Jag anmäler mig till 21 september. Min kollega Lisa Norén kommer också.\nKarin Sund, Hedemora kommun",
    "Hej! Jag anmäler mig och Lisa Norén till 21 september. Vi kommer även 29 november.\nKarin Sund, Hedemora kommun",
])
def test_the_same_sessions_for_all_are_no_each_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) >= 2
    assert Unsure.EACH_OWN not in r.unsure


@pytest.mark.parametrize("opening", ["Vi blir tre", "Vi från Hedemora blir tre", "Vi från Hedemora kommun blir tre"])
def test_we_from_a_place_do_not_hide_the_list(opening: str, config: Config) -> None:
    r = _mail(f"{opening} på novemberträffen: jag, Erik Falk och Lisa Norén.\nKarin Sund", config)
    assert r.intent == Intent.REGISTER
    assert {p.name for p in r.people} == {"Karin Sund", "Erik Falk", "Lisa Norén"}
    assert list(r.sessions) == [S3]
    assert Unsure.PEOPLE not in r.unsure


@pytest.mark.parametrize("body", [
    "Jag deltar på samtliga träffar och min kollega Erik Falk på de två sista.\nKarin Sund, Hedemora kommun",
    "Hej! Jag går på den första och kollegan Lisa Norén på alla fyra.\nKarin Sund, Hedemora kommun",
])
def test_one_clause_each_with_the_verb_left_out(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 2
    assert Unsure.EACH_OWN in r.unsure


def test_one_clause_each_near_miss_the_same_sessions(config: Config) -> None:
    r = _mail("Jag deltar på de två sista och min kollega Erik Falk på de två sista.\nKarin Sund, Hedemora kommun", config)
    assert len(r.people) == 2
    assert Unsure.EACH_OWN not in r.unsure


def test_a_session_more_told_in_a_relative_clause(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mig till 29 november. Jag tar med kollegan Erik Falk, som även kommer 21 september."
              "\nKarin Sund, Hedemora kommun", config)
    assert r.intent == Intent.REGISTER
    assert {p.name for p in r.people} == {"Karin Sund", "Erik Falk"}
    assert S2 in r.sessions and S3 in r.sessions
    assert Unsure.EACH_OWN in r.unsure
