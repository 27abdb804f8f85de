"""Sessions, twentieth round: classes of readings, each in words of its own (none from a corpus).

- absences per person written one to a line, each with its reason in brackets, the others kept ("De kommer på
  övriga träffar"): a cancel of the sessions named, not all four;
- "from" in English after a withdrawal, or before "the session on ...": out of that session, not from it on (the
  Swedish "from 21/9", "fr.o.m.", stays a range);
- "avanmäla mig från allt": every session; a month said as when one changes jobs is no session;
- a new diet or address "for all the sessions I signed up for" ("alla träffar jag anmält mig till"): no session.
"""

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

CHAT = Sender("telegram", "8080", "Siv Lund")
SIV = "Siv Lund <siv.lund@orsa.se>"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, mail: Callable[..., bytes], body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=SIV, subject=subject), config, ARRIVAL)


# ------------------------------------------------ absences one to a line, the others kept
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nTvå av våra har förhinder:\nPer Ek kan inte den 3/5 (kurs)\nEva Ås kan inte den 29 november "
     "(semester)\nDe kommer på övriga träffar som planerat.\n\nMvh Siv Lund, Orsa kommun"), {S1, S3}),
    (("Hej!\nPer Ek missar 21/9 (tjänsteresa)\nEva Ås missar 22/2 (föräldraledig)\nResten kommer de på.\n"
     "Siv Lund, Orsa kommun"), {S2, S4}),
    (("Hello,\nPer Ek has to cancel 21 September (training)\nEva Ås has to cancel 29 November (leave)\n"
     "They will attend the other sessions as planned.\nSiv Lund, Orsa"), {S2, S3}),
    (("Hej\nPer Ek kan inte 3 maj (semester)\nEva Ås kan inte 21 september (kurs)\nÖvriga träffar deltar de på.\n"
     "/Siv Lund Orsa kommun"), {S1, S2}),
    # near-miss: one absence, the rest kept, in one line
    ("Hej, Per Ek kan inte den 3/5 (kurs), men han kommer på övriga träffar. Mvh Siv Lund, Orsa kommun", {S1}),
])
def test_absences_one_to_a_line_the_others_kept(config: Config, mail: Callable[..., bytes], body: str,
                                                 expected: set) -> None:
    r = _mail(config, mail, body, subject="Förhinder")
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


# ------------------------------------------------ English "from" after a withdrawal: out of that session
@pytest.mark.parametrize(("text", "expected"), [
    (("Unfortunately I have to withdraw from the session on 21 September. I'll attend the other sessions as "
     "planned. Siv Lund, Orsa"), {S2}),
    ("Please cancel me from the meeting on 29 November, the rest is fine. Siv Lund, Orsa", {S3}),
    ("I need to withdraw from 3 May, as it clashes with a conference. The others I will attend. Siv Lund, Orsa",
     {S1}),
    ("Sadly I have to withdraw from the 21 September session, I'll come to the others. Siv Lund, Orsa", {S2}),
    ("Please take me off from the session on 22 February. I'm still coming to the rest. Siv Lund, Orsa", {S4}),
])
def test_english_from_after_a_withdrawal_is_that_session(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: a range said so stays a range
    ("Hej! Jag kan vara med from 21/9, anmäl mig. Siv Lund, Orsa kommun", {S2, S3, S4}),
    ("Hej! Anmäl mig fr.o.m. 29/11. Siv Lund, Orsa kommun", {S3, S4}),
    ("Please sign me up from September on. Siv Lund, Orsa", {S2, S3, S4}),
])
def test_a_range_from_a_session_stays(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ "från allt": every session; a job change's month no session
@pytest.mark.parametrize("text", [
    "hej, måste avanmäla mig från allt tyvärr, byter jobb i feb. tack för mig! siv",
    "Hej, avanmäl mig från allt, jag byter jobb i september. /Siv Lund, Orsa",
    "avanmäl mig från allt tack, ny tjänst från november. siv lund orsa",
    "Hi, please cancel me from everything, I'm changing jobs in February. Siv Lund, Orsa",
    "Hej! Stryk mig från allt. Jag går till ett nytt jobb i maj. Siv Lund, Orsa kommun",
    "Hej, jag måste tyvärr avanmäla mig från alltihop. Jag har fått nytt jobb som jag börjar i november. Siv",
])
def test_withdrawal_from_everything_with_a_job_change_month(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == set(ALL)


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: a withdrawal from one month's session, and "allt" of something else
    ("Hej, jag måste avanmäla mig från februariträffen, byter jobb då. Siv Lund, Orsa", {S4}),
    ("Hej, avanmäl mig från 21/9, allt annat står kvar. Siv Lund, Orsa", {S2}),
])
def test_withdrawal_from_one_session_stays(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


# ------------------------------------------------ a new diet for all the sessions one signed up for: no session
@pytest.mark.parametrize("text", [
    "sorry, glömde säga: jag är glutenintolerant! gäller alla träffar jag anmält mig till /siv",
    "Hej, jag är vegan. Det gäller alla träffar jag har anmält mig till. Siv Lund, Orsa",
    "Hej! Glömde nämna att jag är laktosintolerant, på alla träffar jag anmält mig på. Siv Lund, Orsa kommun",
    "Hi, I forgot to say I'm vegan, for all the sessions I signed up for. Siv Lund, Orsa",
    "Hej, glömde säga att jag är vegetarian! Gäller alla träffar som jag bokat mig på. /Siv Lund, Orsa",
])
def test_a_new_diet_for_the_sessions_held_names_none(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert r.diet
    assert set(r.sessions) == set()


def test_a_diet_with_the_sessions_named_keeps_them(config: Config) -> None:
    r = _chat(config, "Hej, jag är vegan, det gäller 3 maj och 21/9 som jag anmält mig till. Siv Lund, Orsa")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S2}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hej, jag anmäler mig till 3 maj och 21/9. Jag byter jobb i februari. Siv Lund, Orsa kommun", {S1, S2}),
    ("Hi, sign me up for 3 May. I'm starting a new job in November though. Siv Lund, Orsa", {S1}),
    ("Hej! Anmäl mig till höstträffarna, jag har fått en ny tjänst som jag tillträder i maj. Siv Lund, Orsa", {S2, S3}),
    # near-miss: a month of a session beside a job change stays
    ("Hej! Anmäl mig till träffen i februari, mitt nya jobb tillåter det. Siv Lund, Orsa kommun", {S4}),
])
def test_a_month_of_a_job_change_is_no_session(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a confirmation listing more than was asked for: those asked for
CONFIRMATION_ALL = ("\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 4 februari 2027 10:00\n"
                    "Till: Siv Lund <siv.lund@orsa.se>\nÄmne: Bekräftelse DalaLab\n\nHej Siv, du är anmäld till:\n"
                    "- 3 maj 2027\n- 21 september 2027\n- 29 november 2027\n- 22 februari 2028\n\nHälsningar\nLinnea\n")


@pytest.mark.parametrize(("text", "expected"), [
    (("Hej! I bekräftelsen står alla fyra träffarna, men jag anmälde mig bara till 3 maj och 21 september. Kan du "
     "rätta så att jag bara står på dem?\n\nSiv Lund, Orsa kommun"), {S1, S2}),
    (("Hi, the confirmation lists all four sessions but I only signed up for May 3 and November 29. Could you "
     "correct it so I'm only on those?\n\nSiv Lund, Orsa"), {S1, S3}),
    (("Hej, bekräftelsen listar alla träffar men jag anmälde mig endast till höstträffarna, i februari har vi "
     "budget. Kan ni rätta så att jag bara står på dem?\n\nSiv Lund, Orsa"), {S2, S3}),
    (("Hello, in your confirmation I'm down for all four, but I only registered for 22 February. Could you correct "
     "it so I'm only on that one?\n\nSiv Lund, Orsa"), {S4}),
    (("Hej! Bekräftelsen visar alla fyra, jag anmälde mig bara till 3 maj. Rätta gärna så att jag bara står på "
     "den.\n\nSiv Lund, Orsa"), {S1}),
])
def test_a_confirmation_listing_more_than_asked_for(config: Config, mail: Callable[..., bytes], text: str,
                                                    expected: set) -> None:
    r = _mail(config, mail, text + CONFIRMATION_ALL, subject="SV: Bekräftelse DalaLab")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


def test_a_swap_over_a_confirmation_stays_a_swap(config: Config, mail: Callable[..., bytes]) -> None:
    r = _mail(config, mail, "Hej! Kan jag byta 3 maj mot 21/9? Övriga står kvar.\n\nSiv Lund, Orsa" + CONFIRMATION_ALL,
              subject="SV: Bekräftelse DalaLab")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S2, S3, S4}
