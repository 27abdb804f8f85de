"""Mail not for us, round 38: by class, each in words of its own (none from a corpus), with near-misses.

- A: a fee to pay "now" or a payment to confirm within some hours, from a service's name outside its domains (a parcel
  or toll fee, a storage fee): a scam, never a request and never an automatic reply; a participant asking whether
  such a mail is ours, or a question about our own fee, is read;
- B: a table to book or opening hours asked of a restaurant, sent to us by mistake: not about the event; a question of
  ours about lunch at a session is read;
- C: a ride put to fellow participants in a reply to all ("Ska vi samåka till Falun den 3 maj? Jag kan köra, plats
  för fyra."): nothing asked of the organiser; a question of ours beside it ("finns det parkering?") is read.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config, sender: str, subject: str = "Viktigt") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- A: a fee demanded under a deadline

@pytest.mark.parametrize(("sender", "text"), [
    ("DHL Express <noreply@dhl-tracking-se.net>",
     ("Din försändelse väntar i vår terminal. En lagringsavgift på 29 kr måste betalas. Betala nu inom 48 timmar, "
     "annars skickas paketet tillbaka.")),
    ("PostNord <info@postnord-avgift.info>",
     "Vi kunde inte dela ut ditt paket. Tullavgiften är 25 kr. Bekräfta betalningen inom 24 timmar.\n\nBetala nu"),
    ("DHL <no-reply@dhl-parcel-help.com>",
     ("Your parcel is on hold. A customs fee of 2 EUR is outstanding. Confirm your payment within 24 hours or the "
     "parcel is returned.")),
])
def test_a_a_fee_demanded_under_a_deadline_is_a_scam(config: Config, sender: str, text: str) -> None:
    r = _mail(text, config, sender, "Ditt paket väntar")
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer
    assert r.people == ()


def test_a_near_miss_a_participant_asking_about_such_a_mail_is_read(config: Config) -> None:
    r = _mail("Hej! Jag fick ett mejl om att betala nu inom 24 timmar för min plats på DalaLab. Är det från er?\n\n"
              "/Eva Lund, Mora kommun", config, "Eva Lund <eva.lund@mora.se>", "Fråga om betalning")
    assert r.intent == Intent.QUESTION


def test_a_near_miss_a_bounce_stays_an_automatic_reply(config: Config) -> None:
    r = _mail("Ditt meddelande kunde inte levereras till mottagaren.\n\nFinal-Recipient: rfc822; x@mora.se\n"
              "Action: failed", config, "Mail Delivery System <mailer-daemon@mora.se>", "Olevererbart: DalaLab")
    assert r.intent == Intent.AUTO_REPLY


# --- B: a table at a restaurant

@pytest.mark.parametrize("text", [
    "hej, har ni öppet på fredag kväll? vi vill boka ett bord för sex personer kl 18",
    "Hej! Går det att boka bord till lördag? Vi är 3 st och kommer vid 20.",
    "hi, are you open on sunday? we'd like to book a table for two at 7pm",
])
def test_b_a_table_to_book_is_not_about_the_event(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "7001", "Ola"), config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN


def test_b_near_miss_a_question_of_lunch_at_a_session_is_read(config: Config) -> None:
    r = parse_chat("hej! är lunchen bokad på träffen 3 maj eller ska vi ta med eget?", Sender("telegram", "7002", "Ola"),
                   config, ARRIVAL)
    assert r.intent == Intent.QUESTION


# --- C: a ride put to fellow participants

@pytest.mark.parametrize("text", [
    "Ska vi samåka till Falun den 21 september? Jag kan köra, plats för fyra. Säg till senast onsdag.\n/Per",
    "Hej alla, ska vi åka tillsammans till träffen 3 maj? Jag tar bilen, det finns plats för tre till.\n/Per",
])
def test_c_a_ride_put_to_fellow_participants(config: Config, text: str) -> None:
    r = _mail(text, config, "Per Holm <per.holm@mora.se>", "SV: Anmälan DalaLab – tre från Mora")
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()


def test_c_near_miss_a_question_of_ours_beside_the_ride(config: Config) -> None:
    r = _mail("Ska vi samåka till Falun den 21 september? Jag kan köra. Linnea, finns det parkering vid lokalen?\n/Per",
              config, "Per Holm <per.holm@mora.se>", "SV: Anmälan DalaLab – tre från Mora")
    assert r.intent == Intent.QUESTION
