"""Intent, fifteenth round: general readings, each class in words of its own (none from a corpus).

- a move verb reaches its "to" only within one clause ("I'm moving to Oslo, so I can't attend the sessions" is no
  move to a session);
- what cannot be found or recalled ("I can't find the confirmation", "kan inte hitta mejlet") is no session given up;
- "är kvar på de andra", "I'm still on the others": a signup held, beside which a session given up is a cancellation;
- a cancellation undone ("lägg tillbaka mig", "put me back on the list"): a signup again, asked;
- staff to be sent with nobody named and no session, and how to sign them up asked: a question;
- mailings asked to go to another address: a change of details;
- a diet recorded in error ("det står vegansk kost på mig, det är fel – jag har ingen specialkost"): a change of diet,
  the diet taken away when the writer has none.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.intent import IntentReading, classify, diet_withdrawn
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.text import fold, sentences
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S2, build_mail, read

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
OSKAR = "Oskar Lind <oskar.lind@mora.se>"
CHAT = Sender("telegram", "88", "Oskar Lind")


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = OSKAR) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _read_with(text: str, *, subject: str = "", diet: bool = False, sessions: bool = True) -> IntentReading:
    own = sentences(text)
    return classify(own, [fold(s) for s in own], fold(subject), sessions, diet, lambda i: False)


# --- a move within one clause

def test_moving_house_is_no_move_to_a_session(config: Config) -> None:
    r = _mail(config, "Hi,\n\nSadly I must withdraw. I'm moving to Bergen in the summer, so I won't be able to "
                      "attend any of the sessions.\n\nBest,\nOskar Lind\n")
    assert r.intent == Intent.CANCEL
    assert r.sessions == ALL
    assert read("I'm relocating, moving back to Oslo, so I can't come to the meetings.").intent == Intent.CANCEL


def test_a_move_said_in_one_clause_is_still_a_move() -> None:
    assert read("Could you move me to the November session?").intent == Intent.CHANGE
    assert read("Please switch my booking from May to the September meeting.").intent == Intent.CHANGE


# --- what cannot be found is no session given up

def test_a_confirmation_not_found_is_no_cancellation(config: Config) -> None:
    r = _mail(config, "Hello,\n\nWhich meetings am I booked on? I believe I registered for September and November, "
                      "but I can't find the e-mail anywhere.\n\nOskar Lind\n")
    assert r.intent == Intent.QUESTION
    assert r.people == ()
    assert read("Jag anmälde mig till 21/9 men kan inte hitta bekräftelsen. Stämmer det?").intent == Intent.QUESTION


def test_a_session_one_cannot_do_is_still_given_up() -> None:
    assert read("Jag är anmäld till alla. Jag kan tyvärr inte 21/9.").intent == Intent.CANCEL
    assert read("I'm registered for all four. I can't on 29 November.").intent == Intent.CANCEL


# --- "är kvar på de andra": a signup held

def test_staying_on_the_others_marks_a_signup_held(config: Config) -> None:
    r = parse_chat("tjena, kan tyvärr inte 21/9, är kvar på de andra. oskar, mora", CHAT, config, AT)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert read("Funkar inte för mig 21/9 tyvärr, är kvar på resten.").intent == Intent.CANCEL
    assert read("I'm registered for all. November doesn't work for me.").intent == Intent.CANCEL
    assert read("Jag kan inte 22/2 men jag är kvar på de tre första.").intent == Intent.CANCEL
    assert read("I can't on 3 May, but I'm still on the others.").intent == Intent.CANCEL


# --- a cancellation undone

def test_asking_back_onto_a_session_cancelled_is_a_signup(config: Config) -> None:
    r = parse_chat("hej! jag strök mig från 21/9 i förrgår men resan blev inställd, så jag kan ändå. "
                   "kan ni sätta tillbaka mig på den?", CHAT, config, AT)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)
    assert read("Jag avbokade 29/11 tidigare, men lägg till mig igen tack.").intent == Intent.REGISTER
    back = read("I cancelled the February session last week, but my plans changed - could you put me back on it?")
    assert back.intent == Intent.REGISTER
    assert back.tentative


def test_a_cancellation_made_now_stays_a_cancellation() -> None:
    assert read("Jag avanmäler mig från 3 maj.").intent == Intent.CANCEL
    assert read("Please cancel my place on 22 February.").intent == Intent.CANCEL


# --- staff to be sent, how to sign them up asked

def test_staff_to_be_sent_with_how_to_sign_up_asked_is_a_question(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag är administratör på planavdelningen. Vår chef vill skicka två planerare till "
                      "DalaLab. Ska jag anmäla båda i samma mejl, eller anmäler de sig själva?\n\nOskar Lind\n"
                      "Mora kommun\n", subject="Fråga")
    assert r.intent == Intent.QUESTION
    assert r.people == ()
    assert r.sessions == ()
    assert read("We'd like to send three colleagues. How do we register them?", sessions=False).intent == Intent.QUESTION


def test_staff_sent_by_name_or_for_sessions_stays_a_signup() -> None:
    assert read("Vi skickar två planerare till 21/9. Behöver de anmäla sig själva?").intent == Intent.REGISTER
    assert read("Jag anmäler mig till alla fyra. Kan jag anmäla en kollega senare?").intent == Intent.REGISTER


# --- mailings asked to another address

def test_mailings_asked_to_another_address_is_a_change_of_details(config: Config) -> None:
    r = _mail(config, "Hej,\n\nJag är anmäld med min jobbadress oskar.lind@mora.se, men externa mejl stoppas där. "
                      "Kan ni skicka allt till den här adressen i stället (oskar.lind88@gmail.com)?\n\nOskar Lind\n"
                      "Mora kommun\n", subject="Ny adress", sender="Oskar Lind <oskar.lind88@gmail.com>")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Oskar Lind", "oskar.lind88@gmail.com")]
    assert read("I'm registered. Could you send the mailings to my private address from now on?").intent == Intent.CHANGE


# --- a diet recorded in error

def test_a_diet_recorded_in_error_is_a_change_of_diet(config: Config) -> None:
    r = _mail(config, "Hej,\n\nI bekräftelsen står det laktosfri kost på mig. Det är nog ett misstag, jag har ingen "
                      "specialkost. Datumen stämmer.\n\nOskar Lind\nMora kommun\n", subject="Kosten i bekräftelsen")
    assert r.intent == Intent.CHANGE
    assert r.diet is None
    assert r.sessions == ()
    wrong = _read_with("My confirmation says vegan, which is wrong: I don't have any special diet.", diet=True)
    assert wrong.intent == Intent.CHANGE and wrong.change == "diet"


def test_no_diet_said_is_read_as_none() -> None:
    assert diet_withdrawn(fold("Jag har ingen specialkost."))
    assert diet_withdrawn(fold("I have no special dietary requirements."))
    assert not diet_withdrawn(fold("Jag äter vegetariskt."))


def test_a_diet_told_with_a_mistake_elsewhere_is_no_diet_correction() -> None:
    # the error word is about the date, not the diet
    r = _read_with("Jag är anmäld till 3 maj. Jag skrev fel datum, det ska vara 21/9. Jag äter vegetariskt.", diet=True)
    assert r.change != "diet"
