"""Sessions, round 40a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a swap written with dotted dates ("flytta mig från 21.9 till 22.2?", "byta 3.5 mot 29.11"): the "till" joins two
  sessions, no range of days, and the dot is no sentence's end, so a bare swap gives the new session as with slashes;
  dots in a time ("kl. 10.30") read as before.
- B: a whole withdrawal beside the sessions the writer says they hold ("Stryk mig från DalaLab, jag var anmäld till
  3 maj och 21/9"): those held are the ones given up; a withdrawal from only some of them names those as before.
- C: a substitute taking "the others" ("tar hennes plats på de tre övriga") beside the sessions the one leaving keeps,
  named in a sentence of their own ("Eva kan bara gå på första träffen"): the sessions other than those; two
  substitutes sharing the sessions out are given every session as before.
- (a whole withdrawal over our quoted confirmation keeps all four sessions: the sets label it both ways, see the
  round's report.)
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

TOVE = Sender("telegram", "4040", "Tove Ahlberg")
EVA = "Eva Lind <eva.lind@mora.se>"
SIGNED = "\n\nEva Lind\nMora kommun\n"


@pytest.mark.parametrize(("text", "new"), [
    ("går det att flytta mig från 21.9 till 22.2? /Tove Ahlberg, Mora", S4),
    ("hej! kan jag byta 3.5 mot 29.11? Tove Ahlberg Mora kommun", S3),
    ("Tove Ahlberg, Mora: byt mig från 21.09 till 29.11 tack", S3),
])
def test_a_a_swap_with_dotted_dates_gives_the_new_session(config: Config, text: str, new: object) -> None:
    r = parse_chat(text, TOVE, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (new,)


def test_a_near_miss_a_signup_with_a_dotted_time_is_as_before(config: Config) -> None:
    r = parse_chat("anmäl mig till 21.9 och 29.11, kommer kl. 10.30. /Tove Ahlberg, Mora", TOVE, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)


@pytest.mark.parametrize("text", [
    "Hej!\n\nJag byter jobb i april. Stryk mig från DalaLab, jag var anmäld till 3 maj och 21/9.",
    "Hej,\n\nJag är anmäld till 3 maj och 21 september men måste tyvärr avanmäla mig helt från DalaLab.",
    "Hi,\n\nPlease cancel my registration for DalaLab. I was booked on 3 May and 21 September.",
])
def test_b_a_whole_withdrawal_beside_the_sessions_held_gives_those(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + SIGNED, sender=EVA, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1, S2)


def test_b_a_forwarded_whole_withdrawal_beside_the_sessions_held_gives_those(config: Config) -> None:
    text = ("Skickar vidare från Olof, han har slutat här.\n/Eva\n\n---------- Forwarded message ---------\n"
            "From: Olof Strand <olof.strand@mora.se>\nDate: mån 1 mars 2027 kl 09:00\nSubject: DalaLab\n"
            "To: Eva Lind <eva.lind@mora.se>\n\nHej Eva! Kan du stryka mig från DalaLab? Jag var anmäld till "
            "21/9 och 29/11.\nOlof\n")
    r = parse_email(build_mail(text, sender=EVA, subject="Fwd: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2, S3)


@pytest.mark.parametrize("text", [
    "Hej,\n\nJag är anmäld till 3 maj och 21 september, men den 21 september kan jag inte. Stryk mig från den.",
    "Hej,\n\nJag är anmäld till alla fyra men kan inte komma den 21 september.",
])
def test_b_near_miss_a_withdrawal_from_one_of_those_held_gives_that_one(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + SIGNED, sender=EVA, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)


def test_b_near_miss_a_whole_withdrawal_naming_none_gives_all(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nJag måste tyvärr avanmäla mig helt." + SIGNED, sender=EVA, subject="Avanmälan"),
                    config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert r.sessions == ALL


ANNELI = "Anneli Dahl <anneli.dahl@mora.se>"


@pytest.mark.parametrize(("text", "taken"), [
    (("Eva Lund har fått nya uppgifter och kan bara gå på första träffen. Olof Strand (olof.strand@mora.se) tar hennes "
     "plats på de tre övriga."), (S2, S3, S4)),
    ("Eva Lund hinner bara med träffen i februari. Olof Strand (olof.strand@mora.se) tar hennes plats på de andra.",
     (S1, S2, S3)),
])
def test_c_a_substitute_for_the_others_than_those_kept(config: Config, text: str, taken: tuple[object, ...]) -> None:
    r = parse_email(build_mail("Hej,\n\n" + text + "\n\nAnneli Dahl\nMora kommun\n", sender=ANNELI,
                               subject="Byte av deltagare"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == taken


def test_c_near_miss_two_substitutes_share_every_session(config: Config) -> None:
    text = ("Hej,\n\nJag slutar i april, och två kollegor tar över mina platser: Siv Ek (siv.ek@mora.se) går på träffen "
            "i november, och Ola Berg (ola.berg@mora.se) tar resten.\n\nAnneli Dahl\nMora kommun\n")
    r = parse_email(build_mail(text, sender=ANNELI, subject="Byte av deltagare"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == ALL
