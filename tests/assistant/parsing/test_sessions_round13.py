"""Sessions, thirteenth round: general readings, each class in words of its own (none from a corpus).

- a list of session numbers keeps its commas ("träff 2, 3 och 4 – den i maj krockar"): the clause is not cut inside
  it, so the numbers after the first still count beside a session declined in the same sentence;
- "alla"/"all" as a whole sentence of a chat reply ("Alla tack!", "All, please.") is the whole series;
- a withdrawal said to be whole ("avanmäl mig helt", "stryk mig helt och hållet", "cancel my place completely") is
  every session, whatever month another clause gives as the reason; not "helt enkelt", nor one naming its session;
- a substitute going "den gången", "that day": the session the sentence before declines, not all those it holds.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Role, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, dates

CHAT = Sender("telegram", "4711", "Ulla Nord")


# ------------------------------------------------ a list of session numbers beside a session declined
@pytest.mark.parametrize(("body", "subject", "expected"), [
    (("Hej! Här är Orsa kommuns två deltagare. Vi kommer på träff 2, 3 och 4 – den 3 maj krockar med "
      "kommunfullmäktige.\n\nKalle Ros, kalle.ros@orsa.se\nMia Ek, mia.ek@orsa.se\n\nHälsningar Ulla Nord"),
     "Anmälan DalaLab", {S2, S3, S4}),
    (("Hello, please book me on sessions 1, 2 and 4 - the November one clashes with our annual audit.\n\n"
      "Ulla Nord, Orsa"), "Registration DalaLab", {S1, S2, S4}),
    (("Hej, jag anmäler mig till tillfälle 1, 2 och 4, den 29 november kan jag tyvärr inte.\n\n"
      "Ulla Nord, Orsa kommun"), "Anmälan", {S1, S2, S4}),
])
def test_a_list_of_session_numbers_is_not_cut_at_its_commas(config: Config, mail: Callable[..., bytes], body: str,
                                                            subject: str, expected: set[dt.date]) -> None:
    r = parse_email(mail(body, subject=subject), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ "alla" as a sentence of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("Alla tack!", set(ALL)),
    ("alla 🙂", set(ALL)),
    ("All, please.", set(ALL)),
    ("Tack alla!", set()),
    ("Alla är välkomna.", set()),
    ("All the best", set()),
])
def test_all_as_a_whole_sentence_is_the_whole_series(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "diet"), [
    ("alla tack! glutenfri /ulla, orsa kommun", "glutenfri"),
    ("Alla! 🙌", None),
    ("all please. vegan", "vegan"),
])
def test_a_chat_reply_of_all_signs_up_for_every_session(config: Config, text: str, diet: str | None) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == ALL
    assert r.diet == diet


def test_a_greeting_to_all_names_no_session(config: Config) -> None:
    r = parse_chat("Hej alla! Jag kommer den 21 september.", CHAT, config, ARRIVAL)
    assert r.sessions == (S2,)


# ------------------------------------------------ a whole withdrawal
@pytest.mark.parametrize(("body", "chat"), [
    ("hej, jag måste tyvärr avanmäla mig helt från dalalab, jag blir tjänstledig i september. /ulla", True),
    (("Hej! Stryk mig helt och hållet är du snäll, jag börjar ett nytt jobb i Gävle i november.\n\nUlla Nord, Orsa "
      "kommun"), False),
    ("Hej, jag vill helt avboka min plats. Vi har en stor omorganisation i höst.\n\nUlla Nord, Orsa kommun", False),
    ("Hi, I have to withdraw completely, I go on parental leave in May.\n\nUlla Nord, Orsa", False),
])
def test_a_withdrawal_said_to_be_whole_is_every_session(config: Config, mail: Callable[..., bytes], body: str,
                                                        chat: bool) -> None:
    r = (parse_chat(body, CHAT, config, ARRIVAL) if chat
         else parse_email(mail(body, sender="Ulla Nord <ulla.nord@orsa.se>", subject="Avanmälan"), config, ARRIVAL))
    assert r.intent == Intent.CANCEL
    assert r.sessions == ALL


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill avanmäla mig från träffen i maj helt enkelt för att den krockar.", {S1}),
    ("Stryk mig helt från den 22 februari.", {S4}),
    ("Avanmäl mig helt, tack.", set(ALL)),
    ("Please cancel my registration entirely.", set(ALL)),
    ("The sessions are fully booked in May.", {S1}),
])
def test_whole_is_whole_only_for_a_withdrawal_naming_no_session(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a substitute for "that time"
@pytest.mark.parametrize(("body", "taken"), [
    (("Hej! Jag är anmäld till samtliga träffar men kan inte komma den 29 november (då är jag på kurs). Min kollega "
      "Kalle Ros, kalle.ros@orsa.se, går i mitt ställe den gången.\n\nResten kommer jag på.\n\nUlla Nord, Orsa kommun"),
     {S3}),
    (("Hi! I'm booked for all four sessions but I'm away on 21 September. My colleague Kalle Ros "
      "(kalle.ros@orsa.se) will go in my place that day.\n\nUlla Nord, Orsa"), {S2}),
])
def test_a_substitute_for_that_time_takes_the_session_declined_before(config: Config, mail: Callable[..., bytes],
                                                                     body: str, taken: set[dt.date]) -> None:
    r = parse_email(mail(body, sender="Ulla Nord <ulla.nord@orsa.se>", subject="SV: Bekräftelse DalaLab"),
                    config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == taken
    assert {(p.name, p.role) for p in r.people} == {("Ulla Nord", Role.LEAVING), ("Kalle Ros", Role.JOINING)}
