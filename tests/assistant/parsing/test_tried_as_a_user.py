"""Found by trying the service as a new user would (tenth session), each with near-misses:

- A: the writer asking to be swapped for a colleague ("Byt ut mig mot Per Ek", "Per Ek ersätter mig") is a
  substitution: the writer leaves, the colleague joins; before, both were booked;
- B: a season's term ("höstterminens två träffar", "vårterminens träff") names that season's sessions; before, all
  four were booked;
- C: a polite request put as a question ("Kan ni stryka min kollega Per Ek från 21/9?") is that request, not a
  question to answer;
- D: a form's label before the sessions' numbers ("Träffar: 1, 2 och 4") names those; before, all four were booked;
- E: a session on a weekday none is held on ("torsdagsträffen", all on Mondays and Tuesdays) is asked about;
  before, all four were booked silently;
- F: people told apart to come to different sessions ("I'll take the first two. Anna joins for the last one
  only") are marked so (``Unsure.EACH_OWN``: an organiser books each on their own); booking each on the union, as
  before, is wrong for both;
- G: the writer taking sessions beside a colleague ("jag tar de två första träffarna, min kollega Eva Ek kommer på
  den sista") is among the people; before, the writer was dropped silently;
- H: a diet told for a colleague named by the given name ("min kollega Jonas är vegan") is that colleague's, whose
  full name is asked for; before, it was put on the writer;
- I: a colleague coming too, to sessions of their own ("Jonas kommer också, på alla fyra"), beside the writer's "alla
  utom 21 september": each their own; before, both were booked without 21 September;
- K: a colleague said to stay as before ("Min kollega Erik Sjö ska vara kvar som tidigare") beside the writer's own
  swap is not part of it; before, the swap was read as his;
- M: a signup that also strikes one it names ("Anmäl mig, Lena Holm, och stryk Per Ek") is two requests in one: asked
  about; before, both were booked;
- N: all the sessions of a year ("alla träffar under 2027") are those held that year; before, all four.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Role, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4712", "Lena Holm")


def _roles(r: ParsedRequest) -> dict[str | None, Role]:
    return {p.name: p.role for p in r.people}


# --- A: swap me for a colleague
@pytest.mark.parametrize("text", [
    "Byt ut mig mot Per Ek (per.ek@sater.se) på alla träffar tack. Lena Holm, Säters kommun",
    "Kan ni byta ut mig mot min kollega Per Ek, per.ek@sater.se? Lena Holm, Säters kommun",
    "Per Ek (per.ek@sater.se) ersätter mig på alla träffar. Lena Holm, Säters kommun",
])
def test_a_swap_me_for_a_colleague_is_a_substitution(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Lena Holm": Role.LEAVING, "Per Ek": Role.JOINING}
    assert list(r.sessions) == list(ALL)


@pytest.mark.parametrize(("text", "intent"), [
    # a session swapped, no person: a change of the writer's own sessions
    ("Byt ut 21/9 mot 29/11 för mig tack. Lena Holm, Säters kommun", Intent.CHANGE),
    # both signed up, nobody replaced
    ("Anmäl mig och Per Ek (per.ek@sater.se) till alla träffar. Lena Holm, Säters kommun", Intent.REGISTER),
])
def test_a_near_miss_no_one_replaced(config: Config, text: str, intent: Intent) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == intent
    assert all(p.role == Role.PARTICIPANT for p in r.people)


# --- B: a season's term
@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag anmäler härmed mig själv till höstterminens två träffar. Lena Holm, Säters kommun", [S2, S3]),
    ("Anmäl mig till träffarna under hösttermin 2027. Lena Holm, Säters kommun", [S2, S3]),
    ("Jag vill gå på vårterminens träff. Lena Holm, Säters kommun", [S1]),
])
def test_b_a_seasons_term_is_its_sessions(config: Config, text: str, sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


def test_b_near_miss_a_term_that_says_when_something_else_happens(config: Config) -> None:
    r = parse_chat("Anmäl mig till alla träffar. Under höstterminen har jag föräldraledigt på fredagar. Lena Holm, "
                   "Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)


# --- C: a polite request put as a question
@pytest.mark.parametrize(("text", "name"), [
    (("Kan ni stryka min kollega Per Ek från 21/9? Han är sjukskriven. Jag själv kommer som vanligt. Lena Holm, "
     "Säters kommun"), "Per Ek"),
    ("Skulle ni kunna stryka Per Ek från träffen 21/9? Lena Holm, Säters kommun", "Per Ek"),
])
def test_c_a_request_put_as_a_question_is_that_request(config: Config, text: str, name: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == [name]
    assert list(r.sessions) == [S2]


def test_c_near_miss_a_question_about_whether_one_can(config: Config) -> None:
    r = parse_chat("Kan man stryka sig från en enstaka träff, eller gäller anmälan alla fyra? Lena Holm, Säters kommun",
                   CHAT, config, ARRIVAL)
    assert r.intent == Intent.QUESTION


# --- D: a form's label
@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmälan: Lena Holm, Säters kommun. Träffar: 1, 2 och 4. Specialkost: ingen.", [S1, S2, S4]),
    ("Namn: Lena Holm\nKommun: Säter\nTillfällen: 2 och 3", [S2, S3]),
    ("Please register me. Sessions: 1 and 3. Lena Holm, Säters kommun", [S1, S3]),
])
def test_d_a_forms_label_before_numbers_names_those(config: Config, text: str, sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize("text", [
    "Anmälan: Lena Holm, Säters kommun. Träffar: 3 maj och 21 sep.",
    "Please register me, Lena Holm, Säters kommun. Sessions: 3rd of May and 21st of September",
])
def test_d_near_miss_a_label_before_dates(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert list(r.sessions) == [S1, S2]


# --- E: a weekday no session is on
def test_e_a_session_on_a_weekday_none_is_held_on_is_asked_about(config: Config) -> None:
    r = parse_chat("Boka mig på torsdagsträffen. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Boka mig på tisdagsträffarna. Lena Holm, Säters kommun", [S2, S4]),
])
def test_e_near_miss_a_weekday_the_sessions_are_on(config: Config, text: str, sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert list(r.sessions) == sessions
    assert Unsure.SESSIONS not in r.unsure


# --- F: each their own sessions
@pytest.mark.parametrize("text", [
    ("Hi! I'd like to register for the first two sessions. My colleague Anna Berg (anna.berg@sater.se) will join for "
    "the last one only. Best, Lena Holm, Säters kommun"),
    "Jag kör på alla fyra. Anmäl Per Ek till den sista också. Lena Holm, Säters kommun",
])
def test_f_people_told_apart_to_different_sessions_are_marked_so(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 2
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("text", [
    "Anmäl mig och Per Ek till alla träffar. Lena Holm, Säters kommun",
    "Jag kommer på 3 maj och 21/9. Min kollega Per Ek kommer också på 3 maj och 21/9. Lena Holm, Säters kommun",
])
def test_f_near_miss_all_to_the_same_sessions(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert Unsure.EACH_OWN not in r.unsure


# --- G: the writer taking sessions beside a colleague
@pytest.mark.parametrize("text", [
    "jag tar de två första träffarna, min kollega Eva Ek kommer bara på den sista. /Lena Holm, Säters kommun",
    "Jag tar 3 maj och 21/9. Per Ek (per.ek@sater.se) kommer också. Lena Holm, Säters kommun",
])
def test_g_the_writer_taking_sessions_beside_a_colleague_is_among_the_people(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert "Lena Holm" in [p.name for p in r.people]


def test_g_near_miss_the_writer_taking_something_else(config: Config) -> None:
    r = parse_chat("Jag tar den frågan med min chef. Anmäl min kollega Per Ek (per.ek@sater.se) till alla träffar. "
                   "Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert [p.name for p in r.people] == ["Per Ek"]


# --- H: a diet told for a colleague named by the given name
def test_h_a_diet_for_a_colleague_by_given_name_is_the_colleagues(config: Config) -> None:
    r = parse_chat("Hej igen, jag glömde att min kollega Jonas är vegan. Kan ni lägga till det? /Lena Holm, Säters kommun",
                   CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.diet) for p in r.people] == [("Jonas", "vegan")]
    assert Unsure.PEOPLE in r.unsure


def test_h_near_miss_the_writers_own_diet(config: Config) -> None:
    r = parse_chat("Hej igen, jag glömde säga att jag är vegan. Kan ni lägga till det? /Lena Holm, Säters kommun",
                   CHAT, config, ARRIVAL)
    assert [(p.name, p.diet) for p in r.people] == [("Lena Holm", "vegan")]


# --- I: a colleague coming too, to sessions of their own
def test_i_a_colleague_coming_too_to_sessions_of_their_own_is_each_their_own(config: Config) -> None:
    r = parse_chat("Jag anmäler mig till alla träffar utom den 21 september. Min kollega Jonas Falk "
                   "(jonas.falk@sater.se) kommer också, på alla fyra. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Lena Holm", "Jonas Falk"]
    assert Unsure.EACH_OWN in r.unsure


# --- K: a colleague staying as before
@pytest.mark.parametrize("stays", [
    "Min kollega Erik Sjö ska vara kvar som tidigare.",
    "Min kollega Erik Sjö är kvar som förut.",
])
def test_k_a_colleague_staying_as_before_is_not_part_of_the_writers_swap(config: Config, stays: str) -> None:
    r = parse_chat(f"Hej, jag vill byta den 21 september mot den 22 februari. {stays} Lena Holm, Säters kommun",
                   CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Lena Holm"]
    assert list(r.sessions) == [S4]


def test_k_near_miss_a_colleague_swapping_too(config: Config) -> None:
    r = parse_chat("Hej, jag och min kollega Erik Sjö vill byta den 21 september mot den 22 februari. Lena Holm, "
                   "Säters kommun", CHAT, config, ARRIVAL)
    assert sorted(p.name or "" for p in r.people) == ["Erik Sjö", "Lena Holm"]


# --- M: a signup that strikes one it names
def test_m_a_signup_that_strikes_one_it_names_is_asked_about(config: Config) -> None:
    r = parse_chat("Anmäl mig, Lena Holm, och stryk Per Ek. Säters kommun", CHAT, config, ARRIVAL)
    assert Unsure.INTENT in r.unsure


def test_m_near_miss_a_signup_of_both(config: Config) -> None:
    r = parse_chat("Anmäl mig och Per Ek till alla träffar. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert Unsure.INTENT not in r.unsure


# --- N: all the sessions of a year
@pytest.mark.parametrize("text", [
    "Anmäl mig till alla träffar under 2027. Lena Holm, Säters kommun",
    "Please sign me up for all sessions in 2027. Lena Holm, Säters kommun",
])
def test_n_all_the_sessions_of_a_year_are_those_of_that_year(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2, S3]


def test_n_near_miss_a_span_of_years_is_all(config: Config) -> None:
    r = parse_chat("Anmäl mig till alla träffar 2027–2028. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert list(r.sessions) == list(ALL)
