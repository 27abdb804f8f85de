"""Intent, twenty-first round: by class, each in wordings of its own (none from a corpus), and near-misses that must
not be read that way.

- A: a signup promised for after our answer, or left to the person himself ("vi anmäler oss så snart vi vet hur
  ni vill ha det", "om det finns plats anmäler hon sig själv"): a question;
- B: a question naming a session, nothing to do yet: a swap asked about if something comes up ("om det skulle
  dyka upp något, går det att byta till 29/11?"), or part of a day ("kan bara vara med på förmiddagen 3 maj"):
  a question;
- C: a place taken over, said in the passive ("hans plats tas över av Y"): a substitution;
- D: a signup again after an earlier cancellation, the writer's own ("jag avanmälde mig i januari men vill gärna
  vara med ändå") or a newcomer's in the place freed ("X avanmäldes i februari. Nu vill Y ta den lediga
  platsen"): a signup;
- E: all of a group's signups withdrawn ("dra tillbaka alla tre anmälningar"): a cancellation;
- F: a change that states the sessions after it ("Ändring: jag kommer på båda höstträffarna istället för bara
  den i nov"): a change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
CHAT = Sender("telegram", "4711", "Elin Dahl")


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = ELIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _read(config: Config, text: str) -> ParsedRequest:
    """A text sent as chat ("chat: ...") or as a mail."""
    if text.startswith("chat: "):
        return parse_chat(text[6:], CHAT, config, AT)
    return _mail(config, text + "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n")


# --- A: a signup promised for after the answer, or left to the one who will come

LATER = [
    ("Vi är fem på förvaltningen som vill vara med. Får en kommun skicka fler än tre? Vi anmäler oss så snart vi vet "
    "hur ni vill ha det."),
    "Finns det möjlighet att ha en reserv om någon blir sjuk? Jag anmäler mig när jag vet hur ni gör med det.",
    ("Hur många från Hedemora är anmälda hittills? Min kollega Olle Berg är intresserad. Om det finns plats anmäler "
    "han sig själv innan sista dagen."),
    "Har vi platser kvar? Anna Lund vill gärna vara med, och i så fall anmäler hon sig själv.",
    "Is there still room for Hedemora? My colleague Tom Hill is keen and will sign up himself if there is.",
    "chat: hur många platser har vi kvar? vi anmäler oss så fort vi fått svar",
    "Får vi rotera mellan träffarna? Vi skickar in anmälan när vi vet.",
]


@pytest.mark.parametrize("text", LATER)
def test_a_signup_promised_after_the_answer_is_a_question(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.QUESTION
    assert r.people == ()


LATER_NOT = [
    "Jag anmäler mig till alla fyra träffarna. Finns det parkering?",
    "Vi anmäler oss härmed, Olle Berg och jag, till 3 maj. Blir det lunch?",
    "Jag anmäler min kollega Olle Berg till 21 september. Finns det parkering?",
]


@pytest.mark.parametrize("text", LATER_NOT)
def test_a_signup_made_beside_a_question_stays_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


# --- B: a question naming a session, nothing to do yet

ASKED = [
    ("Jag är anmäld till 21 september. Om det skulle dyka upp något i höst, går det att byta till 29 november även "
    "efter sista anmälningsdagen?"),
    "Jag står anmäld till 3 maj. Om det skulle krocka med något, går det att flytta till 21/9 senare?",
    "I'm registered for 21 September. If something should come up, could I switch to 29 November later on?",
    "Hej, jag är anmäld men kan bara vara med på förmiddagen 3 maj. Kommer föredragen att spelas in?",
    "Jag är anmäld men kan bara vara med på eftermiddagen den 21/9. Finns presentationerna att ladda ner efteråt?",
    "chat: är anmäld men kan bara vara med på förmiddagen 29/11, blir det inspelat?",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_naming_a_session_is_a_question(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


ASKED_NOT = [
    ("Jag är anmäld till 21 september men vill byta till 29 november.", Intent.CHANGE),
    ("Jag är anmäld till alla fyra men kan nu bara komma på de två sista.", Intent.CHANGE),
    ("Jag är anmäld till 21/9. Går det att byta till 29/11?", Intent.CHANGE),
]


@pytest.mark.parametrize(("text", "intent"), ASKED_NOT)
def test_a_swap_or_narrowing_asked_now_stays_a_change(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- C: a place taken over, said in the passive

PASSIVE = [
    ("Viktor Sand på vår enhet slutar sista mars. Hans plats i DalaLab tas över av Hilda Björk "
    "(hilda.bjork@hedemora.se), som går på samma träffar."),
    "Olle Berg har fått nytt jobb. Hans plats tas över av Anna Lund, alla fyra träffar.",
    "Maria Ek går på föräldraledighet; hennes plats på DalaLab övertas av Sara Holm (sara.holm@hedemora.se).",
    "Tom Hill is leaving us in March. His place will be taken over by Sara Holm, who attends all four sessions.",
    "Per Nord slutar hos oss. Platsen tas över av hans efterträdare Eva Lind, eva.lind@hedemora.se.",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_a_place_taken_over_in_the_passive_is_a_substitution(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"


# --- D: a signup again after an earlier cancellation

AGAIN = [
    "Hej igen! Jag avanmälde mig i januari men nu har det löst sig så jag vill gärna vara med ändå, på alla träffarna.",
    "Jag lämnade återbud i februari, men nu kan jag komma i alla fall. Kan ni anmäla mig till alla fyra igen?",
    "chat: avanmälde mig förra månaden men nu funkar det, vill gärna vara med på alla träffar ändå",
    "I cancelled in January, but things have worked out and I'd like to join all four sessions after all.",
    ("Som ni vet avanmäldes Olle Berg i februari. Nu vill Anna Lund (anna.lund@hedemora.se) ta den lediga platsen, på "
    "alla fyra träffarna."),
    "Olle Berg avanmälde sig tidigare i vår. Nu vill Sara Holm ta den lediga platsen och gå på alla träffar.",
]


@pytest.mark.parametrize("text", AGAIN)
def test_a_signup_again_after_an_earlier_cancellation_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


AGAIN_NOT = [
    "Jag måste tyvärr avanmäla mig från alla träffarna.",
    "Jag avanmäler mig från 3 maj men vill gärna vara med på de andra.",
]


@pytest.mark.parametrize("text", AGAIN_NOT)
def test_a_cancellation_now_stays_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL


# --- E: all of a group's signups withdrawn

WITHDRAWN = [
    "Tyvärr måste Hedemora kommun dra tillbaka alla tre anmälningar till DalaLab: min egen, Olle Bergs och Anna Lunds.",
    "Vi måste dra tillbaka våra anmälningar till DalaLab, både min och Olle Bergs.",
    "Vi drar tillbaka vår anmälan till DalaLab – omorganisation gör att vi inte hinner.",
    "Hedemora must withdraw all three registrations for DalaLab: mine, Olle Berg's and Anna Lund's.",
    "chat: vi behöver tyvärr dra tillbaka alla våra anmälningar, blir en omorganisation",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_signups_withdrawn_are_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL


# --- F: a change that states the sessions after it

STATED = [
    "chat: ändring: jag kommer på båda höstträffarna istället för bara den i nov",
    "Ändring: jag går på 21/9 och 29/11 istället för bara novemberträffen.",
    "Change: I'll attend both autumn sessions instead of only the November one.",
    "chat: ändring, kommer på alla fyra istället för bara den första",
    "Ändring av min anmälan: jag kommer på alla fyra träffarna i stället för bara 3 maj.",
]


@pytest.mark.parametrize("text", STATED)
def test_a_change_stating_the_sessions_after_it_is_a_change(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CHANGE


STATED_NOT = [
    ("Jag kommer på båda höstträffarna.", Intent.REGISTER),
    ("Jag vill anmäla mig till 21/9 och 29/11.", Intent.REGISTER),
]


@pytest.mark.parametrize(("text", "intent"), STATED_NOT)
def test_sessions_said_without_a_change_stay_a_signup(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- G: written from a new address, the old one to be swapped: a change of details

NEW_ADDRESS = [
    ("Hej! Skriver från min nya jobbadress – byt gärna från elin88@gmail.com till den här. Är anmäld till alla träffar "
    "sen tidigare."),
    "Jag har fått en ny arbetsadress, elin.dahl@hedemora.se. Jag är redan anmäld till 3 maj.",
    "chat: byt från elin.dahl@gmail.com till elin.dahl@hedemora.se tack, är anmäld sen innan",
    "I'm writing from my new work address. Please switch from elin88@gmail.com to this one; I'm registered already.",
    "Kan ni ändra från elin88@hotmail.com till den här adressen? Jag är anmäld till 21/9.",
]


@pytest.mark.parametrize("text", NEW_ADDRESS)
def test_an_address_swapped_is_a_change_of_details(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.change == "details"


NEW_ADDRESS_NOT = [
    ("Jag vill anmäla mig till 3 maj. Min adress är elin.dahl@hedemora.se.", Intent.REGISTER),
    ("Jag är anmäld till 21/9 men vill byta till 29/11.", Intent.CHANGE),
]


@pytest.mark.parametrize(("text", "intent"), NEW_ADDRESS_NOT)
def test_an_address_given_or_a_session_swapped_is_no_details_change(config: Config, text: str, intent: Intent) -> None:
    r = _read(config, text)
    assert r.intent == intent
    assert r.change != "details"


# --- H: our confirmation owned to be right, a session added: a change

CONFIRMED_ADD = [
    "Bekräftelsen nedan stämmer, men jag vill också gärna vara med på sista träffen i februari. Lägg till den om det går!",
    "Hej! Bekräftelsen är helt rätt, men lägg gärna till 29 november också.",
    "The confirmation below is correct, but please add the November session too.",
    "chat: bekräftelsen stämmer! lägg till 22/2 också tack",
    "Bekräftelsen ser rätt ut. Kan ni lägga till 21 september?",
]


@pytest.mark.parametrize("text", CONFIRMED_ADD)
def test_a_session_added_over_a_confirmation_owned_right_is_a_change(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.change == "sessions"


CONFIRMED_NOT = [
    ("Bekräftelsen nedan stämmer, tack! Ser fram emot 3 maj.", Intent.UNKNOWN),
    ("Bekräftelsen stämmer. Blir det lunch?", Intent.QUESTION),
]


@pytest.mark.parametrize(("text", "intent"), CONFIRMED_NOT)
def test_a_confirmation_owned_right_alone_changes_nothing(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- I: participants handed over, the writer's own signup held apart: a signup

HANDED = [
    ("Här är våra deltagare från enheten: Marie Svensson, Tomas Öberg. De går på 3 maj och 21 september. Själv har jag "
    "redan anmält mig i ett separat mejl. Specialkost: Tomas är laktosintolerant."),
    ("Här kommer våra deltagare till DalaLab: Olle Berg och Anna Lund, alla fyra träffar. Själv är jag redan anmäld. "
    "Anna är vegetarian."),
    ("Here are our participants: Tom Hill and Sara Lind, 3 May and 21 September. I myself am already registered. Tom "
    "is vegan."),
    "Här är mina deltagare: Olle Berg, Anna Lund – 21 september. Själv är jag redan anmäld sedan tidigare.",
]


@pytest.mark.parametrize("text", HANDED)
def test_participants_handed_over_beside_the_writers_own_signup_are_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


HANDED_NOT = [
    ("Jag är redan anmäld till 3 maj. Jag är laktosintolerant, kan ni notera det?", Intent.CHANGE),
]


@pytest.mark.parametrize(("text", "intent"), HANDED_NOT)
def test_a_diet_beside_the_writers_own_signup_stays_a_change(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- J: the number coming said, the people listed, a question on the plan beside it: a signup

COUNTED = [
    ("Vi blir tre från Hedemora, med lite olika upplägg:\n\nOlle Berg – första och sista träffen\nAnna Lund – alla "
    "fyra\nElin Dahl (jag) – de två träffarna i höst\n\nÄr det ok att vi fördelar oss så?"),
    "Vi blir två från kommunen: Olle Berg och jag, på alla fyra träffarna. Går det bra att vi samåker?",
    "We'll be two from Hedemora: Tom Hill and me, all four sessions. Is parking available?",
    "Vi blir fyra från förvaltningen, alla på 3 maj: Olle Berg, Anna Lund, Sara Holm och jag.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_the_number_coming_with_the_people_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


COUNTED_NOT = [
    "Finns det någon möjlighet att vi blir fyra från Hedemora om andra inte fyller sina platser?",
    "Kan vi bli fyra från kommunen, eller är tre max?",
    ("Går det bra att vi skickar in namnen senare? Vi vet att vi blir tre från Hedemora på träffen 3 maj, men vilka det "
     "blir bestäms först i mars."),
    "We'll be three from Hedemora on 3 May, but who is not decided yet. Can we send the names later?",
]


@pytest.mark.parametrize("text", COUNTED_NOT)
def test_whether_more_may_come_asked_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION
