"""Intent, round 41a: by class, each in words of its own (none from a corpus), with near-misses.

- A: colleagues at large in a relative clause of a question ("så att kollegor som inte kan komma kan ta del av det",
  "for colleagues who can't attend"): nobody's cancellation, a question; colleagues counted or one's own who cannot
  come ("två kollegor som inte kan komma den 21/9") are still a cancellation.
- B: a diet told as news and asked noted beside a side question ("I've gone vegan – could you note that? Also, is
  ...?"): a diet change, which the intent model's question does not override; a diet only beside a question of what
  is served stays a question.
- C: a diet swapped or changed with no session named ("byt min kost från vegetarisk till vegan", "två av våra
  anmälda har ändrade kostbehov: ..."): a diet change with no sessions, not a session swap or a signup; a session
  swapped ("byt mig från 21/9 till 29/11") stays a session change.
- D: new addresses for all at the writer's work, the writer's own given ("vi har fått nya adresser, min är nu
  per.dahl@orsa.se", "mine is now ..."), written from a private address: a change of details, no sessions, the person
  under the new address; an address given in a signup ("min adress är ...") stays a signup.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, build_mail

KAJ = "Kaj Ström <kaj.strom@orsa.se>"
SIGNED = "\n\nKaj Ström\nOrsa kommun\n"
OLA = Sender("telegram", "4141", "Ola Berg")


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=KAJ, subject=subject), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, OLA, config, ARRIVAL)


AT_LARGE = [
    "Hej! Blir föreläsningarna filmade, så att kollegor som inte kan komma kan titta i efterhand?",
    "Hi, will the talks be recorded for colleagues who can't attend? Many thanks.",
    "Hej, kommer det finnas något material för medarbetare som inte kan delta den 21 september?",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", AT_LARGE)
def test_a_colleagues_at_large_who_cannot_come_are_nobodys_cancellation(config: Config, text: str) -> None:
    r = _mail(text, config, subject="Fråga om material")
    assert r.intent == Intent.QUESTION
    assert r.people == ()


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_colleagues_counted_who_cannot_come_are_cancelled(config: Config) -> None:
    r = _mail("Hej! Jag har två kollegor som inte kan komma den 21 september, Eva Lund och Olle Berg.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert {p.name for p in r.people} == {"Eva Lund", "Olle Berg"}


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_the_writer_who_cannot_come_cancels(config: Config) -> None:
    r = _mail("Hej! Jag kan tyvärr inte komma den 21 september.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)


NEWS_AND_ASIDE = [
    (("Hi, I am booked on all four sessions. After signing up I went vegan – could you note that for the lunches? Also, "
     "will the opening session be in Swedish only?"), "vegan"),
    (("Hello, I'm registered for every session. I've become vegetarian since I signed up – could you note that for "
     "lunch and coffee? Also, is the first meeting in English or Swedish?"), "vegetarian"),
    (("Hi! I'm registered for all four DalaLab sessions and have since gone gluten free – can you note that for the "
     "lunch? Also, will the slides be in Swedish only?"), "gluten free"),
]


@pytest.mark.parametrize(("text", "diet"), NEWS_AND_ASIDE)
def test_b_a_diet_told_as_news_beside_a_side_question_is_a_change(config: Config, text: str, diet: str) -> None:
    r = _mail(text, config)     # with the intent model
    assert r.intent == Intent.CHANGE
    assert r.diet == diet
    assert r.sessions == ALL
    assert [p.name for p in r.people] == ["Kaj Ström"]


@pytest.mark.parametrize("text", [
    "Hej! Jag är anmäld till alla fyra. Jag äter vegetariskt. Blir det vegetarisk lunch?",
])
def test_b_near_miss_a_diet_beside_a_question_of_what_is_served_stays_a_question(config: Config, text: str) -> None:
    assert _mail(text, config).intent == Intent.QUESTION


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "diet"), [
    ("byt min kost från vegetarisk till vegan tack", "vegan"),
    ("hej, ändra gärna min kost från laktosfri till glutenfri. mvh ola", "glutenfri"),
    ("kan ni byta min specialkost till halal? jag är redan anmäld", "halal"),
])
def test_c_a_diet_swapped_in_chat_is_a_diet_change_without_sessions(config: Config, text: str, diet: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.change == "diet"
    assert r.sessions == ()
    assert r.diet == diet


@pytest.mark.usefixtures("rules_only")
def test_c_changed_needs_for_two_registered_colleagues_are_a_diet_change(config: Config) -> None:
    r = _mail("Hej!\n\nTvå av våra anmälda har nya kostbehov:\n\nLena Ek – numera vegan (tidigare vegetarisk)\n"
              "Tor Sund – glutenfri\n\nI övrigt gäller allt som förut.", config, subject="Ändrad kost")
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()
    assert [(p.name, p.diet) for p in r.people] == [("Lena Ek", "vegan"), ("Tor Sund", "glutenfri")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), [
    ("byt mig från 21/9 till 29/11 tack", (S3,)),
    ("kan ni byta till 29 november för mig?", (S3,)),
])
def test_c_near_miss_a_session_swapped_stays_a_session_change(config: Config, text: str,
                                                              sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == sessions


NEW_ADDRESSES = [
    ("Hej! Jag är anmäld till DalaLab. Alla på förvaltningen har fått nya mejladresser, min är nu per.dahl@orsa.se. "
     "Jag skriver hemifrån."),
    ("Hi, I'm registered for DalaLab. Our municipality moved to new e-mail addresses and mine is now per.dahl@orsa.se. "
     "Writing from my home account."),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NEW_ADDRESSES)
def test_d_new_addresses_at_work_with_the_writers_given_are_a_change_of_details(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + "\n\nPer", sender="Per Dahl <perdahl77@gmail.com>", subject="Ny adress"),
                    config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.change == "details"
    assert r.sessions == ()
    assert [(p.name, p.email, p.organisation) for p in r.people] == [("Per Dahl", "per.dahl@orsa.se", "Orsa kommun")]


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_an_address_given_in_a_signup_stays_a_signup(config: Config) -> None:
    r = parse_email(build_mail("Hej, anmäl mig till 21 september. Min adress är per.dahl@orsa.se.\n\nPer",
                               sender="Per Dahl <perdahl77@gmail.com>"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)
    assert [p.email for p in r.people] == ["per.dahl@orsa.se"]
