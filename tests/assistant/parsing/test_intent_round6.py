"""Intent, sixth round of issue 13: general readings, each class with variants of its own (none from a corpus).

- a signup handed over ("här kommer vår anmälan", "anmälan gäller ...", "Anm. mig ...") stays a signup beside a
  side question; a manager sending staff, or an office saying it intends to take part, is a signup;
- a correction of one's own earlier signup ("jag skrev fel", "Ändring: ... inte maj som jag skrev") is a change,
  and over our quoted confirmation its sessions are the full set after it;
- formal and indirect cancellations ("återkallas", "avregistreras", "blir inget för mig", employment ended);
- questions asked before any signup ("innan jag anmäler mig ...?"), and whether someone unnamed may take a place;
- a cancellation told as news beside a freed place asked for someone is a signup.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, read


def chat(text: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", "Tove Lindahl"), config, arrival)


# ------------------------------------------------ a signup handed over, with a side question
@pytest.mark.parametrize("text", [
    "Här kommer Orsa kommuns anmälan: alla fyra träffarna. Går det att parkera vid lokalen?",
    "Nedan följer vår anmälan till 21/9 och 29/11. Finns det möjlighet att få materialet i förväg?",
    "Anmälan gäller mig och alla fyra tillfällena. Behövs det en dator?",
    "Here is our registration for the May and September sessions. Is there a lift in the building?",
])
def test_a_signup_handed_over_keeps_its_side_question(text: str) -> None:
    r = read(text)
    assert r.intent == Intent.REGISTER and r.question


def test_a_signup_still_said_to_stand_is_not_handed_over() -> None:
    assert read("Min anmälan gäller som förut. Finns det kaffe?").intent == Intent.QUESTION


@pytest.mark.parametrize("text", ["Anm. mig t. alla tillf.", "Anm. oss båda, tack", "anm mig till maj"])
def test_an_abbreviated_signup(text: str) -> None:
    assert read(text, sessions=False).intent == Intent.REGISTER


@pytest.mark.parametrize("text", [
    "Själv hinner jag inte, men jag vill skicka tre av mina medarbetare: Ada Berg och Leo Ek.",
    "I can't make it this year, but I'd like to send two colleagues from the planning office.",
    "Kommunen avser att delta med två handläggare vid tillfället den 21 september.",
])
def test_sending_staff_or_intending_to_take_part_is_a_signup(text: str) -> None:
    assert read(text, names=True).intent == Intent.REGISTER


def test_an_answer_to_our_question_completes_a_signup(config: Config, mail: Callable[..., bytes],
                                                     arrival: dt.datetime) -> None:
    body = ("Svar på er fråga: jag arbetar på Mora kommun. Anmälan gäller bara mig, till alla träffarna.\n\nSiv\n\n"
            "Den 2 feb 2027 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
            "> Vilken organisation kommer du från?\n")
    r = parse_email(mail(body, sender="Siv Norell <siv.norell@gmail.com>", subject="Re: DalaLab"), config, arrival)
    assert (r.intent, r.sessions) == (Intent.REGISTER, ALL)


# ------------------------------------------------ a correction of one's own earlier signup
@pytest.mark.parametrize(("text", "expected"), [
    ("Ändring: jag går bara på 3/5 och 22/2, inte september som jag skrev i mitt förra mejl.", (S1, S4)),
    ("Jag skrev fel förra veckan – jag kommer på 21 september och 29 november, inte 3 maj.", (S2, S3)),
    ("Correction to what I wrote last week: I'll come on 29 November, not the 21 September one.", (S3,)),
])
def test_a_correction_of_an_earlier_signup_is_a_change(text: str, expected: tuple[dt.date, ...], config: Config,
                                                       arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", expected)


def test_a_correction_needs_an_earlier_signup() -> None:
    assert read("Ändring av planerna: jag kommer på 3/5, inte 21/9.").intent == Intent.REGISTER


def test_a_correction_saying_only_what_one_cannot_is_a_cancellation() -> None:
    assert read("Ändring: jag kan inte den 21/9 som jag skrev förut.", held_elsewhere=True).intent == Intent.CANCEL


@pytest.mark.parametrize("own", [
    "Jag ser att det blev fel – jag menade 22 februari, inte 21 september.",
    "Oj, fel datum i min anmälan: det ska vara 22 februari, inte 21 september.",
])
def test_a_correction_over_our_confirmation_keeps_the_other_sessions(own: str, config: Config,
                                                                     mail: Callable[..., bytes],
                                                                     arrival: dt.datetime) -> None:
    confirmation = ("-----Ursprungligt meddelande-----\nFrån: DalaLab <linnea.hassis@regiondalarna.se>\n"
                    "Skickat: den 3 februari 2027 10:00\nÄmne: Bekräftelse\n\nHej!\n\nDu är anmäld till:\n"
                    "- 3 maj 2027\n- 21 september 2027\n\nVälkommen!\n")
    r = parse_email(mail(own + "\n\nIda\n\n" + confirmation, sender="Ida Berg <ida.berg@orsa.se>",
                         subject="SV: Bekräftelse"), config, arrival)
    assert (r.intent, r.sessions) == (Intent.CHANGE, (S1, S4))


def test_a_reason_clause_names_no_session(config: Config, arrival: dt.datetime) -> None:
    r = chat("På grund av en omorganisation i höst vill jag ändra min anmälan. I stället för 29 november tar jag "
             "22 februari. 3 maj står kvar.", config, arrival)
    assert (r.intent, r.sessions) == (Intent.CHANGE, (S1, S4))


# ------------------------------------------------ cancellations in formal or indirect words
@pytest.mark.parametrize("text", [
    "Härmed återkallas anmälan för Eva Ström avseende tillfället den 3 maj.",
    "Vi drar tillbaka vår anmälan till novemberträffen.",
    "Följande person ska avregistreras från samtliga träffar: Ström, Eva.",
    "Blir inget för mig i september, tyvärr.",
    "Det blir ingen DalaLab för oss i höst.",
    "Medarbetaren har avslutat sin anställning hos oss den 1 mars.",
    "Hon är förhindrad att delta den 21/9.",
])
def test_formal_and_indirect_cancellations(text: str) -> None:
    assert read(text, names=True).intent == Intent.CANCEL


# ------------------------------------------------ questions asked before any signup
@pytest.mark.parametrize("text", [
    "En fråga innan jag anmäler mig: om jag blir sjuk den 3 maj, kan en kollega gå i stället?",
    "Innan vi skickar in vår anmälan: vi är fem som vill gå på 21/9 – ryms alla?",
    "Before we register: may two of us share one place, one going in May and one in November?",
])
def test_a_question_before_any_signup(text: str) -> None:
    assert read(text).intent == Intent.QUESTION


def test_a_signup_made_after_the_question_stays_a_signup() -> None:
    assert read("Innan jag anmäler mig undrar jag om det blir lunch? Jag anmäler mig i alla fall till 3 maj."
                ).intent == Intent.REGISTER


@pytest.mark.parametrize("text", [
    "Kan någon annan ta hans plats? Per Holm kan inte komma.",
    "Får en kollega gå i mitt ställe om jag inte kan den 21/9?",
    "Could someone else from our office take her place? She is ill.",
])
def test_asking_whether_someone_unnamed_may_take_a_place(text: str) -> None:
    assert read(text).intent == Intent.QUESTION


def test_asking_for_anyone_beside_a_withdrawal_is_a_cancellation() -> None:
    assert read("Kan någon annan ta hans plats? Annars stryk honom från listan.").intent == Intent.CANCEL


def test_a_signup_sent_later_is_not_handed_over() -> None:
    assert read("Jag skickar in vår anmälan senare. Finns det parkering?").intent == Intent.QUESTION


def test_a_named_substitute_asked_for_is_still_a_substitution() -> None:
    assert read("Kan Anna Berg ta hans plats den 3 maj?", names=True).intent == Intent.CHANGE


# ------------------------------------------------ a freed place taken
@pytest.mark.parametrize("text", [
    ("Olle Sten har avanmält sig, så det finns en plats ledig. Mia Dahl står på väntelistan och vill gärna "
     "vara med på alla träffar."),
    "Ove Berg has cancelled, so we have a free place. Lina Ek would like to attend all four sessions.",
])
def test_a_cancellation_told_as_news_beside_a_signup(text: str) -> None:
    assert read(text, names=True).intent == Intent.REGISTER


def test_a_cancellation_told_alone_is_still_a_cancellation() -> None:
    assert read("Olle Sten har avanmält sig via formuläret, kan ni bekräfta?", names=True).intent == Intent.CANCEL
