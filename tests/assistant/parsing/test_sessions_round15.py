"""Sessions and diet, fifteenth round: general readings, each class in words of its own (none from a corpus).

- a chat message whose thoughts an emoji parts ("det blir inte 3 maj för mig 🙁 flytta mig till ..."): the day given
  up and the days moved to are read apart; "det blir inte X", "blir det ingen X" gives a day up;
- the rest of the sessions beside one named ("3 maj, och gärna resten av träffarna också", "de övriga", "the rest of
  the sessions", "the remaining ones"): the others too; not "för resten" (by the way), nor "passar med resten";
- in a signup for a colleague, the writer's own signup said to stand ("min anmälan gäller som förut (21/9)", "står
  kvar"): its sessions are held, not asked for; the colleague's are;
- one's own signup sent again as a forward ("skickar min anmälan igen", "resending my registration"): the diet (and
  sessions) in the forwarded part are the writer's.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

CHAT = Sender("telegram", "7310", "Vera Holm")
VERA = "Vera Holm <vera.holm@hedemora.se>"


# ------------------------------------------------ an emoji between two thoughts; "det blir inte X"
@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Det blir tyvärr inte 3 maj för mig 🙁 Kan ni flytta mig till 21/9 och 22/2 istället? /Vera Holm, Hedemora",
     {S2, S4}),
    ("hej, blir det ingen 29 nov för mig ändå 😬 byt mig till 22 feb tack /vera holm, hedemora", {S4}),
    ("Hej! Det blir inte 21 september för min del, kan ni flytta mig till 29 november i stället? /Vera Holm, Hedemora",
     {S3}),
])
def test_a_day_that_will_not_be_is_given_up_in_a_move(config: Config, text: str, expected: set[dt.date]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


def test_an_emoji_does_not_part_a_list_of_sessions(config: Config) -> None:
    r = parse_chat("Hej! Jag kommer på 21/9 👍 och 29/11 också. /Vera Holm, Hedemora", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S2, S3}


# ------------------------------------------------ the rest of the sessions
@pytest.mark.parametrize("body", [
    "Hej! Jag tar gärna 21/9, och om det finns plats vill jag vara med på resten av träffarna också.",
    "Hej! Anmäl mig till 29 november och gärna till de övriga också.",
    "Hi, I can do 22 February for sure, and if there's room I'd like to join the rest of the sessions too.",
    "Hello, please sign me up for September 21 and for the remaining sessions as well.",
])
def test_the_rest_beside_one_named_is_every_session(config: Config, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body + "\n\nVera Holm\nHedemora kommun", sender=VERA, subject="DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == set(ALL)


@pytest.mark.parametrize("body", [
    "Hej! Anmäl mig till 21/9. För resten undrar jag om det finns parkering?",
    "Hej! Vi börjar med 21 september och ser sedan hur det passar med resten.",
])
def test_the_rest_said_otherwise_names_no_session(config: Config, mail: Callable[..., bytes], body: str) -> None:
    r = parse_email(mail(body + "\n\nVera Holm\nHedemora kommun", sender=VERA, subject="DalaLab"), config, ARRIVAL)
    assert set(r.sessions) == {S2}


def test_the_rest_kept_beside_a_withdrawal_is_not_cancelled(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej! Jag kan tyvärr inte 29/11 och vill avboka den, resten står kvar.\n\nVera Holm\nHedemora kommun"
    r = parse_email(mail(body, sender=VERA, subject="Avbokning DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == {S3}


# ------------------------------------------------ the writer's own signup standing beside a colleague's
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej igen! Min anmälan gäller som tidigare (21/9 och 29/11). Nu vill också min kollega Olof Sand vara med, "
      "men bara på 3 maj och 22 februari. Hans adress är olof.sand@hedemora.se."), {S1, S4}),
    (("Hej! Min egen anmälan står kvar (3 maj). Anmäl även min nya kollega Olof Sand, olof.sand@hedemora.se, "
      "till höstträffarna."), {S2, S3}),
    (("Hi again, my own registration remains unchanged (May 3 and February 22). My colleague Olof Sand "
      "(olof.sand@hedemora.se) would like to join too, but only on 21 September."), {S2}),
])
def test_the_writers_standing_signup_is_not_asked_for(config: Config, mail: Callable[..., bytes], body: str,
                                                      expected: set[dt.date]) -> None:
    r = parse_email(mail(body + "\n\nVera Holm\nHedemora kommun", sender=VERA, subject="Re: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ one's own signup resent as a forward
@pytest.mark.parametrize("note", [
    "Hej! Har inte sett någon bekräftelse, så jag skickar min anmälan igen.\n\n/Vera",
    "Hi, no confirmation has reached me, so I am sending my signup again.\n\n/Vera",
])
def test_a_diet_in_ones_own_resent_signup_is_read(config: Config, mail: Callable[..., bytes], note: str) -> None:
    body = (f"{note}\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Vera Holm <vera.holm@hedemora.se>\n"
            "Date: mån 8 feb. 2027 kl. 09:15\nSubject: Anmälan DalaLab\nTo: <linnea.hassis@regiondalarna.se>\n\n\n"
            "Hej,\n\nJag anmäler mig till de två höstträffarna. Glutenfri kost.\n\nVera Holm\nHedemora kommun\n")
    r = parse_email(mail(body, sender=VERA, subject="Fwd: Anmälan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.diet is not None and "glutenfri" in r.diet.lower()
    assert set(r.sessions) == {S2, S3}
