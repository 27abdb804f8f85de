"""Intent, seventh round: general readings, each class in words of its own (none from a corpus).

- questions asked before any signup: deciding first, the signup promised for later, a signup hanging on the quota
  or on others' signups, cancelling asked about (someone else, how, what a reply means), leave asked while unsure;
- signups read as questions: a polite condition ("om det går"), "put me down", "undertecknad anmäler sig",
  leave asked to come to a named session;
- change, cancel or signup: a correction over our confirmation or over one's own quoted signup, a session missing
  from the confirmation, an address change after a signup made by mistake, a diet added ("Komplettering: ..."),
  one session given up from a signup reported earlier, the writer adding herself to her group, the writer staying
  out beside the signup of others, a place that "goes to waste", a replacement still to be found;
- not requests: a calendar acceptance, a case-management receipt, an offer to give a talk, a signup for another
  event.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.automatic import Automatic, automatic_kind
from assistant.parsing.intent import classify, other_event
from assistant.parsing.parser import parse_email
from assistant.parsing.text import fold, sentences
from assistant.request import Intent
from tests.assistant.parsing.conftest import S1, S2, S3, S4, read


# ------------------------------------------------ questions before any signup
@pytest.mark.parametrize("text", [
    "Innan vi bestämmer vem från Orsa som ska anmäla sig: blir det lunch alla dagar?",
    "Before we decide who should register from our office, is there parking at the venue?",
])
def test_a_question_asked_while_deciding_who_goes_is_a_question(text: str) -> None:
    assert read(text).intent == Intent.QUESTION


def test_a_signup_promised_for_later_is_no_signup_yet() -> None:
    text = "Tre av oss vill gärna vara med. Ingår lunchen? Jag skickar in anmälan när jag vet vilka som kan."
    assert read(text, sessions=False).intent == Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Är Mora redan fullt? Om vi inte redan är tre vill jag gärna delta.",
    "Has anyone from Säter signed up yet? If nobody else has registered, I would like to join.",
])
def test_a_signup_hanging_on_the_quota_is_a_question(text: str) -> None:
    assert read(text, sessions=False).intent == Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Vad händer om någon hoppar av i sista stund – får nästa på väntelistan platsen?",
    "Hur tidigt måste man avboka om man blir förkyld?",
    "Jag fick ett mejl om väntelista. Does that mean I cannot attend the first session?",
])
def test_cancelling_asked_about_is_a_question(text: str) -> None:
    assert read(text, sessions=False).intent == Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Får jag anmäla mig till 29/11 trots att jag inte vet om jag är ledig? Eller bör jag vänta?",
    "Can I sign up for the November session even though I'm not sure I can make it? Should I wait?",
])
def test_leave_asked_while_unsure_or_whether_to_wait_is_a_question(text: str) -> None:
    assert read(text).intent == Intent.QUESTION


# ------------------------------------------------ signups that looked like questions
def test_a_polite_condition_leaves_the_signup_standing() -> None:
    assert read("Är det för sent? Om det går bra vill jag gärna vara med på alla tillfällen.").intent == Intent.REGISTER


@pytest.mark.parametrize("text", [
    "Could you put me down for the autumn sessions, please?",
    "Would you pencil us in for the May meeting?",
    "Undertecknad anmäler härmed sig till träffen den 21 september.",
])
def test_informal_and_formal_signup_phrases_are_signups(text: str) -> None:
    assert read(text).intent == Intent.REGISTER


def test_leave_asked_to_come_to_a_named_session_is_a_tentative_signup() -> None:
    r = read("Hej! Kan jag få komma på den tredje träffen?")
    assert r.intent == Intent.REGISTER and r.tentative


def test_how_one_takes_part_asked_is_no_signup() -> None:
    assert read("Kan jag delta digitalt på den första träffen?").intent == Intent.QUESTION


# ------------------------------------------------ change, cancel or signup
def test_a_correction_of_our_confirmation_is_a_change() -> None:
    r = read("Det har blivit fel i er bekräftelse: det skulle vara 3 maj, inte 21 september.", held_elsewhere=True)
    assert r.intent == Intent.CHANGE and r.change == "sessions"


def test_a_session_missing_from_the_confirmation_is_added_back() -> None:
    r = read("Jag anmälde mig till alla fyra men i bekräftelsen saknas 29 november. Kan ni lägga in den?")
    assert r.intent == Intent.CHANGE and r.adds


def test_an_address_change_after_a_signup_made_by_mistake_is_a_change_of_details() -> None:
    r = read("Jag råkade anmäla mig med min gamla adress. Kan ni byta till eva.lund@orsa.se?", sessions=False)
    assert r.intent == Intent.CHANGE and r.change == "details"


def test_a_diet_added_after_a_signup_is_a_change() -> None:
    own = sentences("Komplettering: Maja är laktosintolerant.")
    r = classify(own, [fold(s) for s in own], "", False, True, lambda i: False)
    assert r.intent == Intent.CHANGE and r.change == "diet"


def test_one_session_given_up_from_a_signup_reported_earlier_is_a_cancel() -> None:
    r = read("Jag sa förra månaden att jag kommer på alla, men nu vet jag att jag inte kan i november. Stryk den.")
    assert r.intent == Intent.CANCEL


def test_the_writer_adding_herself_to_her_group_is_a_signup() -> None:
    r = read("Anna och Per är anmälda sedan tidigare. Nu vill jag gärna själv också vara med, men bara den 22/2.")
    assert r.intent == Intent.REGISTER


def test_a_place_going_to_waste_is_no_handing_over() -> None:
    r = read("Jag anmäler mig gärna till alla träffar, hellre det än att vår plats går till spillo.")
    assert r.intent == Intent.REGISTER


def test_the_writer_staying_out_beside_a_signup_of_others_is_a_signup() -> None:
    r = read("Vi vill gå på alla fyra träffarna. Själv hoppar jag av den här gången.", names=True)
    assert r.intent == Intent.REGISTER


def test_a_replacement_still_to_be_found_leaves_a_cancellation() -> None:
    r = read("Per Ek har slutat, stryk honom. Vi hör av oss om vi hittar någon som kan ta hans plats.", sessions=False)
    assert r.intent == Intent.CANCEL


def test_a_correction_over_ones_own_quoted_signup_is_a_change(mail: Callable[..., bytes], config: Config,
                                                              arrival: dt.datetime) -> None:
    body = ("Oj, jag menade 3/5 och 29/11, inte 21/9.\n\n/Anna\n\n"
            "Den 1 mars 2027 09:12 skrev Anna Berg <anna.berg@mora.se>:\n"
            "> Hej! Jag anmäler mig till DalaLab, träffarna 3/5 och 21/9.\n> Anna Berg, Mora kommun\n")
    r = parse_email(mail(body, subject="Re: Anmälan"), config, arrival)
    assert r.intent == Intent.CHANGE and set(r.sessions) == {S1, S3}


def test_an_address_change_takes_the_new_address_and_keeps_the_sessions_confirmed(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej! Jag anmälde mig från fel adress. Kan ni ändra till anna.berg@mora.se? Samma träffar som nedan.\n\n"
            "Den 1 mars 2027 09:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
            "> Hej Anna! Du är anmäld till:\n> 21 september 2027\n> 22 februari 2028\n")
    r = parse_email(mail(body, sender="Anna Berg <anna.b.1980@gmail.com>", subject="Re: Bekräftelse"), config,
                    arrival)
    assert r.intent == Intent.CHANGE
    assert [p.email for p in r.people] == ["anna.berg@mora.se"] and set(r.sessions) == {S2, S4}


# ------------------------------------------------ not requests
def _kind(subject: str, body: str) -> Automatic | None:
    return automatic_kind({}, subject, "eva.lund@orsa.se", "text/plain", None, body)[0]


def test_a_calendar_acceptance_without_words_is_an_automatic_reply() -> None:
    body = "Eva Lund has accepted this meeting.\n\nWhen: 21 September 2027 10:00-15:00\nWhere: Falun\n"
    assert _kind("Accepted: DalaLab session 2", body) is Automatic.AUTO_REPLY


def test_a_calendar_acceptance_with_a_comment_is_read() -> None:
    body = "Eva Lund has accepted this meeting.\nI will also bring my colleague Per, please register him.\n"
    assert _kind("Accepted: DalaLab session 2", body) is None


def test_a_case_management_receipt_is_an_automatic_reply() -> None:
    body = ("Tack för ditt mejl till Orsa kommun!\nDitt ärende har registrerats med nummer 2027-0455 och besvaras "
            "inom fem arbetsdagar.\nDet går inte att svara på det här mejlet.")
    assert _kind("Ärende 2027-0455", body) is Automatic.AUTO_REPLY
    assert _kind("Re: Ärende 2027-0455", body) is None


@pytest.mark.parametrize("text", [
    "Jag håller gärna en presentation om klimatanpassning den 21 september.",
    "Our agency could give a short talk on mobility planning at the February session.",
])
def test_an_offer_to_give_a_talk_is_not_a_signup(text: str) -> None:
    assert read(text).intent == Intent.UNKNOWN


def test_a_signup_for_another_event_is_told_apart() -> None:
    said = [fold("Jag anmäler mig till Trafikverkets kollektivtrafikdag den 21 september i Mora.")]
    assert other_event(said, [0], "", "dalalab")
    assert not other_event(said, [0], "anmalan dalalab", "dalalab")
    assert not other_event([fold("Jag anmäler mig till tisdagen den 21 september.")], [0], "", "dalalab")
    assert not other_event([fold("Jag anmäler mig till konferensen, alla träffar.")], [0], "", "dalalab")
