"""Intent, sessions and diet, eleventh round: general readings, each class in words of its own (none from a corpus).

- a signup held, narrowed to some sessions ("är anmäld till alla men kan bara X"): a change, the sessions left;
- "i stället för alla fyra ... bara de två sista": the sessions left, not all;
- a bare swap asked as a question with a month name ("byta 21/9 mot november?"): a change, the new one only;
- a question dictated without its mark ("hur mycket kostar det"): a question;
- the whole series denied beside a session named ("hinner inte hela serien men den tredje"): only that one;
- a diet's severity and two needs joined over a line break kept as written.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, dates

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SENDER = Sender("telegram", "77", "Karin Lund")


def test_a_signup_held_narrowed_to_some_sessions_is_a_change_to_them(config: Config) -> None:
    r = parse_chat("Hejsan, jag är anmäld till samtliga träffar men kommer tyvärr bara kunna gå på den första. "
                   "Går det att fixa? /Karin Lund, Orsa", SENDER, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1,)


def test_instead_of_all_only_some_gives_those_left(config: Config) -> None:
    r = parse_chat("Ändring: i stället för samtliga träffar deltar jag bara på de två sista. /Karin Lund, Orsa",
                   SENDER, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3, S4)


def test_a_bare_swap_asked_with_a_month_name_is_a_change_to_the_new_one(config: Config) -> None:
    r = parse_chat("Skulle jag kunna byta 21/9 mot november? Krockar med en resa. Karin, Orsa kommun",
                   SENDER, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)


def test_a_question_dictated_without_its_mark_is_a_question(config: Config) -> None:
    r = parse_chat("måste man anmäla sig till alla fyra träffarna", SENDER, config, AT)
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


def test_a_signup_without_question_words_stays_a_signup(config: Config) -> None:
    r = parse_chat("anmäler mig till alla fyra träffarna /Karin Lund Orsa", SENDER, config, AT)
    assert r.intent == Intent.REGISTER


def test_the_whole_series_denied_beside_a_named_session_is_only_that_one() -> None:
    assert dates("Jag kan inte gå på hela programmet, men den andra träffen vill jag vara med på.") == {S2}
    assert dates("I cannot do all the sessions, but I would like the third one.") == {S3}


def test_the_whole_series_denied_alone_stays_the_whole() -> None:
    assert dates("kan inte komma på alla träffar") == {S1, S2, S3, S4}


def test_a_severity_stays_with_the_allergy() -> None:
    assert find_diet("Observera: jag har en svår jordnötsallergi.") == "svår jordnötsallergi"
    assert find_diet("Note that he has a serious peanut allergy.") == "serious peanut allergy"


def test_two_needs_joined_over_a_line_break_stay_one() -> None:
    assert find_diet("Han är laktosintolerant samt\nglutenintolerant, tack.") == "laktosintolerant samt glutenintolerant"


def test_a_manager_sending_a_number_of_staff_while_staying_away_registers_them(config: Config) -> None:
    r = parse_chat("Vi skickar tre medarbetare från planenheten: Lisa Berg och Omar Ali och Tove Sand. "
                   "Själv kan jag tyvärr inte delta. /Karin Lund, Orsa kommun", SENDER, config, AT)
    assert r.intent == Intent.REGISTER
