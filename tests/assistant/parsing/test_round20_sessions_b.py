"""Sessions, twentieth round, second part: classes of readings, each in words of its own (none from a corpus).

- a day range in a month ("28-30 nov", "1–15 augusti"): no session, not even the month's;
- sessions by number, the noun written again before each ("träff 1 och träff 3", "session 2 and session 4");
- a signup whose only dated words are an absence ("den 21 september sammanfaller med fullmäktige", "21/9 missar
  jag"): every session but those;
- a move written with a typo ("flyta nov-träffen till februari"): still a move;
- a forwarded request that names the sessions wanted and a month the people cannot come: the month left out.
"""

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4

CHAT = Sender("telegram", "8181", "Siv Lund")
SIV = "Siv Lund <siv.lund@orsa.se>"


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


def _mail(config: Config, mail: Callable[..., bytes], body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=SIV, subject=subject), config, ARRIVAL)


# ------------------------------------------------ a day range in a month is no session
@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Anmäler mig till alla utom 29/11, har planeringsdagar 28-30 nov. Siv Lund, Orsa kommun", {S1, S2, S4}),
    ("Anmäl mig till alla träffar utom 3 maj, jag är på konferens 2–4 maj. Siv Lund, Orsa kommun", {S2, S3, S4}),
    ("Hej, jag vill vara med på alla utom den 21/9 – har fullmäktige 20-22 sept. Siv Lund, Orsa", {S1, S3, S4}),
    ("Anmäler mig till 3 maj och 21/9. Jag är föräldraledig 1 juni–15 augusti. Siv Lund, Orsa kommun", {S1, S2}),
    ("Please sign me up for all sessions except 22 February, I'm away 20-25 Feb. Siv Lund, Orsa", {S1, S2, S3}),
    ("anmäler mig till 21/9 o 22/2, semester 1-10 maj. /Siv Lund Orsa kommun", {S2, S4}),
    # near-misses: a month named alone, or a session date, still counts
    ("Anmäl mig till träffen i november. Siv Lund, Orsa kommun", {S3}),
    ("Anmäl mig till 29 nov och 22 feb. Siv Lund, Orsa kommun", {S3, S4}),
])
def test_a_day_range_in_a_month_is_no_session(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ sessions by number, the noun written before each
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill anmäla mig till träff 1 och träff 3 i DalaLab. Siv Lund, Orsa kommun", {S1, S3}),
    ("Anmäl mig till träff 2 och träff 4 tack. Siv Lund, Orsa kommun", {S2, S4}),
    ("Please sign me up for session 1 and session 4. Siv Lund, Orsa", {S1, S4}),
    ("hej! kan jag få komma på träff 1 o träff 2? anmäler mig. /Siv Lund Orsa kommun", {S1, S2}),
    ("Anmäler mig till tillfälle 2 samt tillfälle 3. Siv Lund, Orsa kommun", {S2, S3}),
    ("Register me for meeting 3 and meeting 4, please. Siv Lund, Orsa", {S3, S4}),
    # near-misses: one number, or a list after one noun
    ("Anmäl mig till träff 3. Siv Lund, Orsa kommun", {S3}),
    ("Anmäl mig till träff 1, 2 och 4. Siv Lund, Orsa kommun", {S1, S2, S4}),
])
def test_sessions_by_number_with_the_noun_before_each(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a signup whose only dated words are an absence
@pytest.mark.parametrize(("text", "expected"), [
    (("Härmed anmäler jag mig till DalaLab. Den 21 september sammanfaller tyvärr med kommunfullmäktige, så den "
     "träffen kan jag inte, men övriga tre tillfällen går bra. Siv Lund, Orsa kommun"), {S1, S3, S4}),
    ("Jag anmäler mig. Den 21 september missar jag tyvärr. Siv Lund, Orsa kommun", {S1, S3, S4}),
    ("Jag anmäler mig till DalaLab. 29/11 går inte för mig. Siv Lund, Orsa kommun", {S1, S2, S4}),
    ("Jag anmäler mig. 3 maj passar tyvärr inte. Siv Lund, Orsa kommun", {S2, S3, S4}),
    ("Jag anmäler mig. 22/2 hoppar jag över. Siv Lund, Orsa kommun", {S1, S2, S3}),
    ("Please sign me up. 21 September coincides with our council meeting. Siv Lund, Orsa", {S1, S3, S4}),
    ("Please sign me up for DalaLab. I will skip 3 May. Siv Lund, Orsa", {S2, S3, S4}),
    ("Jag anmäler mig. 21/9 är jag upptagen. Siv Lund, Orsa kommun", {S1, S3, S4}),
    # near-misses: a session asked for beside the absence, or an absence in the signup's own sentence
    ("Jag anmäler mig till 3 maj. 21/9 kan jag inte. Siv Lund, Orsa kommun", {S1}),
    ("Jag vill anmäla mig, men kan tyvärr inte 21/9. Siv Lund, Orsa kommun", {S1, S3, S4}),
    ("Jag anmäler mig. Jag kan inte 3 maj men gärna 21/9. Siv Lund, Orsa kommun", {S2}),
])
def test_a_signup_naming_only_an_absence(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a move written with a typo
@pytest.mark.parametrize(("text", "expected"), [
    (("hej är anmäld till 3 maj o 29 nov men måste flyta nov-träffen till den i februari istället. maj som vanligt "
     "/Siv Lund Orsa kommun"), {S1, S4}),
    ("Jag är anmäld till 3 maj och 21/9 men måste flyta 21/9 till 29/11 istället. Siv Lund, Orsa kommun", {S1, S3}),
    ("Är anmäld till 21/9 och 22/2, vill ändra: flyta 22/2 till 29/11 i stället. Siv Lund, Orsa kommun", {S2, S3}),
    # near-misses: spelt right
    ("Jag är anmäld till 3 maj och 21/9. Kan ni flytta 21/9 till 29/11? Siv Lund, Orsa kommun", {S1, S3}),
    ("Är anmäld till 3 maj och 29/11 men vill byta 29/11 mot 22/2. Siv Lund, Orsa kommun", {S1, S4}),
])
def test_a_move_with_a_typo(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# ------------------------------------------------ a forwarded request naming a month they cannot come
FORWARD = ("Linnea – OK från mig, anmäl {who} enligt nedan.\n\n/Siv Lund\nChef\nOrsa kommun\n\n"
           "________________________________\nFrån: Per Ek <per.ek@orsa.se>\nSkickat: den 1 februari 2027 13:40\n"
           "Till: Siv Lund\nÄmne: DalaLab?\n\nHej Siv!\n\n{body}\n\n/Per\n")


@pytest.mark.parametrize(("body", "expected"), [
    (("Eva Ås och jag vill gärna gå på träff 3 och 4 i DalaLab. I maj hinner vi inte på grund av ett projekt. "
     "Okej att vi anmäler oss?"), {S3, S4}),
    ("Eva Ås och jag skulle vilja gå på 21/9 och 29/11. I februari kan vi inte, då har vi budgetarbete. Går det bra?",
     {S2, S3}),
    ("Eva Ås och jag vill gå på de tre sista träffarna. Den 3 maj har vi semester. Får vi anmäla oss?", {S2, S3, S4}),
    # near-miss: no absence named
    ("Eva Ås och jag vill gärna gå på träff 1 och 2 i DalaLab. Okej att vi anmäler oss?", {S1, S2}),
])
def test_a_forwarded_request_with_a_month_they_cannot(config: Config, mail: Callable[..., bytes], body: str,
                                                      expected: set) -> None:
    r = _mail(config, mail, FORWARD.format(who="Per och Eva", body=body), subject="VB: DalaLab?")
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected
