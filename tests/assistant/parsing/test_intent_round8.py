"""Intent, eighth round: general readings, each class in words of its own (none from a corpus).

- a signup held, said in more ways ("sedan tidigare anmäld", "Anmäld till ..." without its verb, "currently signed
  up"): an addition or a diet beside it is a change;
- the sessions after a change summed up ("... totalt"), a name's spelling corrected, a successor who takes over a
  signup (an address between), a place given up and another taken in one breath, a move begun in the subject;
- partial cancellations said informally ("måste lämna novemberträffen", "blir ingen 29:e nov för oss", "hoppar
  tyvärr av");
- a cannot-come said of whoever it may be ("till dem som inte kan komma") is no one's cancellation.
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.intent import carries_cue, classify
from assistant.parsing.parser import parse_email
from assistant.parsing.text import fold, sentences
from assistant.request import Intent
from tests.assistant.parsing.conftest import S2, S3, S4, build_mail, read


def _classify(text: str, *, subject: str = "", diet: bool = False, sessions: bool = True) -> tuple[Intent, str | None]:
    own = sentences(text)
    r = classify(own, [fold(s) for s in own], fold(subject), sessions, diet, lambda i: False)
    return r.intent, r.change


# ------------------------------------------------ a signup held, said in more ways
@pytest.mark.parametrize("text", [
    "Jag är sedan tidigare anmäld till 21/9. Lägg gärna till 29/11 också.",
    "Vi är sen innan anmälda till höstens träffar och vill lägga till februariträffen.",
    "I'm currently signed up for the September session. Could you add the November one as well.",
])
def test_an_addition_beside_a_signup_held_is_a_change(text: str) -> None:
    r = read(text)
    assert (r.intent, r.adds) == (Intent.CHANGE, True)


def test_a_diet_beside_a_signup_held_without_its_verb_is_a_diet_change() -> None:
    assert _classify("Anmäld till 21 sep och 22 feb. Lägg till vegan.", diet=True) == (Intent.CHANGE, "diet")


def test_the_sessions_summed_up_beside_a_signup_held_are_a_change() -> None:
    r = read("Jag anmälde mig till 21/9 förut. Nu blir det 21/9 och 22/2 sammanlagt.")
    assert (r.intent, r.adds) == (Intent.CHANGE, True)
    r = read("I registered for September earlier. That makes September and February in total.")
    assert (r.intent, r.adds) == (Intent.CHANGE, True)


def test_a_total_asked_about_is_no_change() -> None:
    assert read("Jag är redan anmäld. Hur många träffar blir det totalt?").intent == Intent.QUESTION


# ------------------------------------------------ a name's spelling corrected
@pytest.mark.parametrize("text", [
    "Mitt efternamn stavas med två s, inte ett. Kan ni ändra det på namnskylten?",
    "My surname is spelled Nyström, not Nystrom, could you fix that in the list?",
])
def test_a_name_spelling_corrected_is_a_change_of_details(text: str) -> None:
    assert _classify(text) == (Intent.CHANGE, "details")


def test_a_spelling_asked_about_is_no_change() -> None:
    assert _classify("Hur stavas namnet på lokalen?", sessions=False)[0] == Intent.QUESTION


# ------------------------------------------------ successors and places taken over
@pytest.mark.parametrize("text", [
    "Lars har gått i pension. Hans efterträdare Eva Ek, eva.ek@mora.se, kommer på resten av träffarna.",
    "Per Ek tar över hennes anmälan från och med hösten.",
    "Kalle Ström tar över hennes platser 21/9 och 29/11.",
    "Our new planner Jo Lind takes over his registration for the autumn.",
])
def test_a_signup_taken_over_is_a_substitution(text: str) -> None:
    r = read(text, names=True)
    assert (r.intent, r.change) == (Intent.CHANGE, "substitute")


def test_a_successor_who_does_not_come_is_no_substitution() -> None:
    r = read("Hennes efterträdare Eva Ek, eva.ek@mora.se, kommer inte att delta.", names=True)
    assert r.change != "substitute"


@pytest.mark.parametrize("text", [
    "Please take me off the September session and put me down for February instead.",
    "Ta bort mig från 21/9 och skriv upp mig på 22/2 i stället.",
])
def test_a_place_given_up_and_another_taken_is_a_move(text: str) -> None:
    r = read(text)
    assert (r.intent, r.change) == (Intent.CHANGE, "sessions")


@pytest.mark.parametrize(("subject", "text"), [
    ("Flytta mig", "Från 21/9 till 22/2, tack."),
    ("Byta träff", "från november till februari om det går"),
])
def test_a_move_begun_in_the_subject_is_a_move(subject: str, text: str) -> None:
    assert _classify(text, subject=subject) == (Intent.CHANGE, "sessions")


def test_a_subject_move_without_a_session_in_the_text_is_no_move() -> None:
    assert _classify("Tack för påminnelsen!", subject="Flytta mig", sessions=False)[1] != "sessions"


def test_a_move_in_the_subject_reads_sessions_from_the_text(config: Config) -> None:
    raw = build_mail("Från 21/9 till 29/11 om det går.\n\nAnna Berg, Mora", subject="Flytta mig")
    r = parse_email(raw, config, dt.datetime(2027, 3, 1, 10, tzinfo=dt.UTC))
    assert (r.intent, r.sessions) == (Intent.CHANGE, (S3,))


# ------------------------------------------------ partial cancellations said informally
@pytest.mark.parametrize("text", [
    "Jag måste tyvärr lämna novemberträffen, resten gäller.",
    "Vi släpper 21/9, det krockar med budgeten.",
    "Blir ingen 29:e nov för oss.",
    "Per hoppar tyvärr av den 22 februari.",
])
def test_a_session_given_up_informally_is_a_cancellation(text: str) -> None:
    assert read(text).intent == Intent.CANCEL


@pytest.mark.parametrize("text", [
    "Jag anmäler mig till alla men måste lämna 3 maj redan kl 14.",
    "Anmäl mig till 21/9, jag lämnar 21/9 vid lunch.",
])
def test_leaving_early_on_a_day_is_no_cancellation(text: str) -> None:
    assert read(text).intent == Intent.REGISTER


# ------------------------------------------------ whoever it may be
@pytest.mark.parametrize("text", [
    "Skickas materialet ut även till dem som inte kan komma varje gång?",
    "Will the slides be shared with those who can't attend every session?",
])
def test_a_cannot_come_of_whoever_is_no_cancellation(text: str) -> None:
    assert read(text, sessions=False).intent == Intent.QUESTION


def test_a_long_leave_carries_a_cue_for_the_people_named() -> None:
    assert carries_cue(fold("Lisa Berg blir föräldraledig i höst."))
    assert carries_cue(fold("Ove is on parental leave from September."))
    assert not carries_cue(fold("Vi ses i höst."))


def test_the_sessions_of_a_substitution_told_by_a_coordinator(config: Config) -> None:
    body = ("Hej!\n\nLisa Berg från Mora blir föräldraledig i höst. Ove Lind tar över hennes platser 21/9 och 22/2.\n\n"
            "Hälsningar\nPlanenheten")
    raw = build_mail(body, sender="Planenheten <plan@mora.se>", subject="Ny deltagare")
    r = parse_email(raw, config, dt.datetime(2027, 3, 1, 10, tzinfo=dt.UTC))
    assert (r.intent, r.sessions) == (Intent.CHANGE, (S2, S4))
