"""Automatic mail and mail that asks nothing, round 52c (on ``dev52``): by class, in words of their own (none from a
corpus), with near-misses.

- A: a calendar program's response in Swedish Outlook's words ("Godkänt: ...", "Avböjt: ..." with "X har godkänt det
  här mötet.", a booked room's "Din begäran har avböjts automatiskt ...") or English ("Declined: ..."), with the
  meeting's "När:"/"Var:" lines and the Teams block below them and no words of the sender's own: an automatic reply,
  never a signup for the meeting's date. With a comment of the sender's own it is read as before. (A person's bare
  decline is no automatic reply since round 54c: ``test_round54c_mail_clients.py``.)
- B: an out-of-office written like a person, the computer shut for a holiday ("har stängt datorn för
  sommarledigheten och är tillbaka den 9 augusti"), that refers matters, signups among them, to a colleague ("Gäller
  det anmälningar så kontakta min kollega ..."): an automatic reply, the colleague no one signed up. One who is away
  and asks to be signed up or off is read as before.
- C: a stranger asking the organiser for the list of those attending, their names and addresses ("send us your
  attendee list (names and e-mails)", "skicka oss deltagarlistan med namn och e-postadresser"), beside sales talk or
  an impersonal greeting: a scam harvesting participants' data, never a signup of the sessions it names. A
  participant asking who else is coming is read as before.
- D: a reply to our confirmation that agrees with it and says the writer comes to what it lists ("Det stämmer, jag
  kommer på båda. Tack!", "All correct, I'll be at both. Thanks!"): nothing asked, no signup of all four. Coming to
  "all" the series ("jag kommer på alla fyra") over a confirmation of two is more than it lists and read as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.automatic import Automatic, automatic_kind
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def _kind(subject: str, body: str) -> Automatic | None:
    return automatic_kind({}, subject, "eva.lund@orsa.se", "text/plain", None, body)[0]


TEAMS = ("_______________________________________________\nMicrosoft Teams-möte\n"
         "Delta på din dator, mobilapp eller rumsenhet\nKlicka här för att ansluta till mötet\n")

CALENDAR = [
    ("Godkänt: DalaLab träff 2", "Lund, Eva har godkänt det här mötet.\n\nNär: den 21 september 2027 10:00–15:00\n"
     "Var: Falun\n\n" + TEAMS),
    ("Avböjt: DalaLab träff 1", ("Din begäran har avböjts automatiskt eftersom den krockar med en annan bokning.\n\n"
     "När: den 3 maj 2027 09:00–16:00\nVar: Sal B, Falun\n\nDen här resursen kan inte bokas för tider som redan är "
     "bokade. Kontakta lokalbokningen om du har frågor.\n")),
]


@pytest.mark.parametrize(("subject", "body"), CALENDAR)
def test_a_a_calendar_response_without_words_is_an_automatic_reply(subject: str, body: str) -> None:
    assert _kind(subject, body) is Automatic.AUTO_REPLY


def test_a_near_miss_a_calendar_response_with_a_comment_is_read() -> None:
    body = ("Eva Lund har avböjt det här mötet.\nJag kan inte 29/11, stryk mig från den träffen men behåll de andra.\n"
            "När: den 29 november 2027 10:00–15:00\n")
    assert _kind("Avböjt: DalaLab träff 3", body) is None


AWAY_REFERRING = [
    ("Hej! Nu har jag stängt datorn för sommarledigheten ☀️ och är tillbaka den 9 augusti. Gäller det detaljplaner "
     "eller anmälningar till kurser så kontakta gärna min kollega Per Holm (per.holm@orsa.se). Annars hörs vi i "
     "augusti!"),
    ("Hejsan! Jag har stängt av datorn över julledigheten och är tillbaka 7 januari. Gäller det anmälningar eller "
     "fakturor, ta det med Per Holm, per.holm@orsa.se."),
]


@pytest.mark.parametrize("body", AWAY_REFERRING)
def test_b_an_away_note_referring_signups_to_a_colleague_is_automatic(body: str) -> None:
    assert _kind("Re: Inbjudan DalaLab", body) is Automatic.AUTO_REPLY


def test_b_near_miss_one_away_who_signs_up_is_read() -> None:
    body = ("Hej! Jag har stängt datorn för sommarledigheten och är tillbaka den 9 augusti, men vill hinna anmäla mig "
            "till DalaLab innan dess: 21/9 och 29/11.")
    assert _kind("Re: Inbjudan DalaLab", body) is None


LIST_WANTED = [
    ("Nordic Venue Rooms <booking@nordicvenuerooms.com>",
     ("Dear Organizer,\n\nWe hold a block of discounted rooms in Falun for your sessions on 21 September and 29 "
     "November. To secure them, please send us your attendee list with names and e-mail addresses by 1 April.\n\n"
     "Best regards,\nNordic Venue Rooms")),
    ("Konferenspartner Norden <info@konferenspartner-norden.se>",
     ("Hej arrangör!\n\nVi erbjuder förmånliga hotellrum till era deltagare den 3 maj. Skicka oss deltagarlistan med "
     "namn och e-postadresser så bokar vi åt er.\n\nMed vänlig hälsning\nKonferenspartner Norden")),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("sender", "text"), LIST_WANTED)
def test_c_a_stranger_asking_for_the_attendee_list_is_a_scam(config: Config, sender: str, text: str) -> None:
    r = parse_email(build_mail(text, sender=sender, subject="Rooms for DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()
    assert r.sessions == ()


@pytest.mark.usefixtures("rules_only")
def test_c_near_miss_a_participant_asking_who_is_coming_is_read(config: Config) -> None:
    r = parse_email(build_mail("Hej! Kan ni skicka deltagarlistan för 3 maj? Jag vill se vilka fler från Dalarna som "
                               "kommer.\n\n/Eva Lund, Mora kommun", sender="Eva Lund <eva.lund@mora.se>",
                               subject="Deltagarlista"), config, ARRIVAL)
    assert r.intent == Intent.QUESTION


CONFIRMATION = ("\n\n-----Ursprungligt meddelande-----\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
                "Ämne: Bekräftelse: din anmälan till DalaLab\n\nHej Eva!\nDu är anmäld till DalaLab den 3 maj 2027 och "
                "den 29 november 2027.\n")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", ["Hej! Det stämmer, jag kommer på båda. Tack!\n/Eva",
                                  "Hi, all correct – I'll be at both. Thanks!\nEva"])
def test_d_agreeing_with_our_confirmation_asks_nothing(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + CONFIRMATION, sender="Eva Lund <eva.lund@mora.se>",
                               subject="SV: Bekräftelse: din anmälan till DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN
    assert r.sessions == ()


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_more_than_the_confirmation_lists_is_read(config: Config) -> None:
    r = parse_email(build_mail("Hej! Jag kommer på alla fyra, lägg till de andra två också. Tack!\n/Eva"
                               + CONFIRMATION, sender="Eva Lund <eva.lund@mora.se>",
                               subject="SV: Bekräftelse: din anmälan till DalaLab"), config, ARRIVAL)
    assert r.intent != Intent.UNKNOWN
