"""The organiser-mail rule in the table (pure): an organiser's mail is her answer or her instruction, never her own
signup unless she asks for it in so many words."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.deciding import triage
from assistant.organisers import OrganiserWords, is_organiser, read_words
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.rules.base import Forwarded, Message, Proceed, Relay, Stop, Triage
from tests.servers.mails import mail

ORGANISER = "linnea.hassis@regiondalarna.se"
HERSELF = Person("Linnea Hassis", ORGANISER, "Region Dalarna")
ASKED = Forwarded(7, "email", "ingrid.sjo@avesta.se", "Ingrid Sjö", "Fråga om DalaLab", "<q@avesta.se>")


def _message(config: Config, own: str, *, intent: Intent = Intent.REGISTER, people: tuple[Person, ...] = (HERSELF,),
             forwarded: Forwarded | None = None, recipients: tuple[str, ...] = (), sender: str = ORGANISER,
             answering: bool = False) -> Message:
    request = ParsedRequest(intent, people, sender=Sender("email", sender, "Linnea Hassis"))
    return Message(config, "email", request, sender, 0, answering=answering,
                   organiser=OrganiserWords(own, own, recipients), forwarded=forwarded)


def test_organisers_are_known_by_their_configured_address_whatever_its_case(config: Config) -> None:
    assert is_organiser(config, "Linnea.Hassis@RegionDalarna.se")
    assert not is_organiser(config, "linnea.hassis@gmail.com") and not is_organiser(config, None)


def test_her_answer_to_a_forward_is_relayed_to_the_person_who_asked(config: Config) -> None:
    answer = triage(_message(config, "Ja, det blir lunch på alla träffarna.", forwarded=ASKED))
    assert answer == Triage("organiser-mail", Stop.PROCESSED,
                            relay=Relay(ASKED, "Ja, det blir lunch på alla träffarna."))


def test_her_answer_written_to_the_person_too_is_not_relayed_again(config: Config) -> None:
    answer = triage(_message(config, "Ja.", forwarded=ASKED, recipients=("ingrid.sjo@avesta.se",)))
    assert isinstance(answer, Triage) and answer.relay == Relay(ASKED, "Ja.", direct=True)


@pytest.mark.parametrize("own", ["Ja, det blir lunch på alla träffarna.", "Tack!", "Jag kommer på alla träffarna.",
                                 "Avanmäl mig inte, jag är kvar.", "Anmäl mig inte."])
def test_her_other_mail_is_held_for_a_human_not_booked(config: Config, own: str) -> None:
    assert triage(_message(config, own)) == Triage("organiser-mail", Stop.HELD)


@pytest.mark.parametrize("own", ["Jag vill anmäla mig själv till 3 maj.", "Anmäl mig till alla träffar.",
                                 "Kan du anmäla även mig till 21 september?", "Please register me for 3 May.",
                                 "I would like to register myself for all sessions."])
def test_her_own_signup_in_so_many_words_goes_on(config: Config, own: str) -> None:
    assert isinstance(triage(_message(config, own)), Proceed)


def test_an_action_for_someone_else_goes_on_to_the_rules_for_actions(config: Config) -> None:
    per = Person("Per Holm", None, "Hedemora kommun")
    answer = triage(_message(config, "Avanmäl Per Holm från 21 september.", intent=Intent.CANCEL, people=(per,)))
    assert isinstance(answer, Proceed)


def test_her_answer_to_our_own_question_goes_on(config: Config) -> None:
    assert isinstance(triage(_message(config, "3 maj", answering=True)), Proceed)


def test_someone_else_is_not_read_as_an_organiser(config: Config) -> None:
    assert isinstance(triage(_message(config, "Ja, det blir lunch.", sender="anna@falun.se",
                                      people=(Person("Anna", "anna@falun.se"),))), Proceed)


def test_her_words_leave_out_the_mail_she_quotes(config: Config) -> None:
    raw = mail(ORGANISER, "Re: Fråga", "Hej Ingrid!\n\nJa, det blir lunch.\n\nLinnea\n\n"
               "Den 1 feb. 2027 kl. 09:00 skrev DalaLab <anmalan@dalalab.example>:\n> Frågan:\n> Blir det lunch?\n",
               name="Linnea Hassis", to="ingrid.sjo@avesta.se")
    words = read_words(config, raw)
    assert words.text == "Hej Ingrid!\n\nJa, det blir lunch.\n\nLinnea"
    assert words.own.startswith("Ja, det blir lunch.") and words.recipients == ("ingrid.sjo@avesta.se",)
