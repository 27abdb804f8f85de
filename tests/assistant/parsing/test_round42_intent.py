"""Intent and sessions, round 42: by class, each in words of its own (none from a corpus), with near-misses.

- A: a session given up, then asked whether the writer may go to some other, unnamed session or is then off the
  whole series ("kan jag gå på någon av de senare träffarna i stället, eller blir jag avanmäld helt då?"): the whole
  withdrawal is only asked as the outcome, not requested; the session given up is cancelled, and whether the place
  is moved or given up is to be asked. A whole withdrawal requested ("avanmäl mig helt") still takes every session.
- B: a session given up, a move to an unnamed other session asked, the cancellation its fallback ("går det att byta
  till nån annan träff? annars stryk mig från den"): no session to move to, so a cancellation of the one given up,
  whether changed or given up to be asked. A move to a session named is a swap as before.
- C: a colleague's session given up, the stand-in offered only as the other choice of two, nobody named ("antingen
  stryker ni henne den gången eller så skickar vi någon annan i hennes ställe"): a cancellation of hers, whether a
  stand-in comes to be asked; a stand-in named is a substitution as before.
- D: a list striking one named and adding another on the next line ("STRYK: Per Holm" / "LÄGG TILL: Eva Strand,
  eva.strand@..."): a substitution, the struck one leaving and the added one joining, not a signup of both.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

PER = "Per Dahl <per.dahl@orsa.se>"
SIGNED = "\n\nPer Dahl\nOrsa kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=PER, subject=subject), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Per Dahl"), config, ARRIVAL)


OUTCOME_ASKED = [
    ("Hej! Tyvärr kan jag inte komma den 21 september. Kan jag i så fall gå på någon av de senare träffarna i stället, "
     "eller blir jag avanmäld helt då?"),
    ("Hej, den 21/9 har jag förhinder. Går det att hoppa in på något av de andra tillfällena istället eller är jag då "
     "struken helt?"),
    ("Hi, I can't make it on 21 September. Could I join one of the later sessions instead, or will I be removed "
     "completely then?"),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", OUTCOME_ASKED)
def test_a_a_whole_withdrawal_only_asked_as_the_outcome_cancels_the_one_given_up(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert Unsure.CHANGE_OR_CANCEL in r.unsure


WHOLE_ASKED_FOR = [
    "Hej! Jag kan inte komma den 21 september och hinner inte med resten heller, så avanmäl mig helt.",
    "Hej! Kan ni avanmäla mig helt från DalaLab? Det blir för mycket i höst.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", WHOLE_ASKED_FOR)
def test_a_near_miss_a_whole_withdrawal_requested_takes_every_session(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1, S2, S3, S4)


FALLBACK = [
    "kan inte 21/9 tyvärr. går det att byta till nån annan träff? annars stryk mig från den",
    ("Hej, jag kan inte delta den 21 september. Går det att flytta mig till ett annat tillfälle? Annars får ni stryka "
     "mig från just den träffen."),
    "Can't make 21 Sept. Is it possible to move me to another session? Otherwise just remove me from that one.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", FALLBACK)
def test_b_a_move_to_an_unnamed_other_with_a_cancel_fallback_is_a_cancellation_to_ask(config: Config,
                                                                                      text: str) -> None:
    r = _chat(text, config) if text.islower() else _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert Unsure.CHANGE_OR_CANCEL in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_a_move_to_a_named_session_with_a_fallback_is_still_a_swap(config: Config) -> None:
    r = _chat("kan inte 21/9 tyvärr. går det att byta till 29/11? annars stryk mig från den", config)
    assert r.intent == Intent.CHANGE
    assert S3 in r.sessions


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_a_plain_move_named_is_a_change(config: Config) -> None:
    r = _mail("Hej! Jag vill byta från 21 september till 29 november.", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)


EITHER_STAND_IN = [
    ("Hej, Lena Holm kan inte den 21 september. Antingen stryker ni henne den dagen eller så skickar vi "
     "någon annan i hennes ställe, det beskedet får ni på måndag."),
    ("Hej! Lena Holm har förhinder den 21/9. Ta bort henne den gången, eller så kommer någon annan från oss i hennes "
     "ställe – vi återkommer om det."),
    ("Hi, Lena Holm can't attend on 21 September. Either take her off that session or we'll send someone else in her "
     "place; we'll let you know by Friday."),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", EITHER_STAND_IN)
def test_c_a_stand_in_offered_only_as_the_other_choice_is_a_cancellation_to_ask(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert [p.name for p in r.people] == ["Lena Holm"]
    assert Unsure.CHANGE_OR_CANCEL in r.unsure


STAND_IN_NAMED = [
    "Hej, Lena Holm kan inte komma den 21 september, så Per Ek går i hennes ställe.",
    "Hi, Lena Holm can't attend on 21 September, so Per Ek will go in her place instead.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", STAND_IN_NAMED)
def test_c_near_miss_a_stand_in_named_is_still_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert "Per Ek" in [p.name for p in r.people]


STRUCK_ADDED = [
    ("Hej,\n\nÄndring i vår deltagarlista (gäller alla fyra träffar):\n\nSTRYK:      Olof Sand\nLÄGG TILL:  Maria Ek, "
    "maria.ek@orsa.se\n\nTack!"),
    "Hej,\n\nRättelse för alla träffar:\nStryk: Olof Sand\nLägg till: Maria Ek (maria.ek@orsa.se)\n",
    "Hi,\n\nA correction to our list (all four sessions):\n\nREMOVE: Olof Sand\nADD: Maria Ek, maria.ek@orsa.se\n",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", STRUCK_ADDED)
def test_d_a_list_striking_one_and_adding_another_is_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert {p.name: p.role.value for p in r.people} == {"Olof Sand": "leaving", "Maria Ek": "joining"}


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_a_list_only_adding_is_a_signup(config: Config) -> None:
    r = _mail("Hej,\n\nTill alla fyra träffar:\nLägg till: Maria Ek (maria.ek@orsa.se)\n", config)
    assert r.intent == Intent.REGISTER
    assert "Olof Sand" not in [p.name for p in r.people]
