"""Tests of reading a message's intent from its sentences."""

import pytest

from assistant.parsing.intent import IntentReading, classify
from assistant.parsing.text import fold, sentences
from assistant.request import Intent


def read(text: str, *, sessions: bool = False, diet: bool = False, names: bool = False) -> IntentReading:
    own = sentences(text)
    return classify(own, [fold(s) for s in own], "", sessions, diet, lambda i: names)


@pytest.mark.parametrize(("text", "intent"), [
    ("Jag vill anmäla mig till DalaLab.", Intent.REGISTER),
    ("Räkna med mig på alla träffar!", Intent.REGISTER),
    ("Please register me and my colleague.", Intent.REGISTER),
    ("I'd like to sign up for the first session.", Intent.REGISTER),
    ("anmäler mig till 3/5 om det går – eller är det för sent?", Intent.REGISTER),
    ("Jag måste tyvärr avanmäla mig.", Intent.CANCEL),
    ("kan tyvärr inte komma på måndag", Intent.CANCEL),
    ("I can't make it on Sept 21, sorry.", Intent.CANCEL),
    ("Blir det lunch?", Intent.QUESTION),
    ("Innan jag anmäler mig undrar jag: är det i Falun?", Intent.QUESTION),
    ("How do I register?", Intent.QUESTION),
    ("Kan ni radera alla mina uppgifter?", Intent.ERASURE),
    ("Please erase all personal data you hold about me.", Intent.ERASURE),
    ("Investera 500 kr idag och tjäna 15 000 kr!", Intent.UNKNOWN),
])
def test_intents(text: str, intent: Intent) -> None:
    assert read(text).intent == intent


def test_signup_with_question_keeps_the_question() -> None:
    reading = read("Anmäl mig till alla träffar. Finns det parkering?")
    assert reading.intent == Intent.REGISTER and reading.question == "Finns det parkering?"


def test_changes() -> None:
    assert read("Ola går i mitt ställe.").change == "substitute"
    assert read("My colleague will go in my place.").change == "substitute"
    assert read("Ola Berg går istället.", names=True).change == "substitute"
    assert read("Jag vill byta till träffen den 29 november i stället.").change == "sessions"
    assert read("Jag heter nu Maria Lindgren.").change == "details"
    diet = read("Glömde skriva att jag är vegan.", diet=True)
    assert diet.intent == Intent.CHANGE and diet.change == "diet"
    assert read("I'm already registered; I now need gluten-free food.", diet=True).change == "diet"


def test_sessions_alone_are_a_signup() -> None:
    assert read("alla tillfällen tack", sessions=True).intent == Intent.REGISTER
