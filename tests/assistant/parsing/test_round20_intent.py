"""Intent, twentieth round: by class, each in wordings of its own (none from a corpus), and near-misses that must
not be read that way.

- A: an address put right or to be used for the mailings ("min adress är ... kan ni rätta det?", "vill att
  utskicken nu går till ..."): a change of details;
- B: others moved from one session to another, the names between the verb and the sessions ("kan ni flytta X och
  Y från träffen 3/5 till 21/9?"): a change;
- C: a newcomer in the place of someone given up in an earlier mail ("som jag skrev förra veckan kunde X inte
  delta. Nu har vi hittat en ersättare: Y"): a signup;
- D: a place left to someone named, the event between ("lämnar min plats i DalaLab till Ola"): a substitution;
- E: a wish to take part said "skulle gärna vara med" (beside an offer of a talk): a signup;
- F: a diet told beside thanks for the confirmation ("tack för bekräftelsen! jag är vegan förresten"): a change;
- G: a message for another office ("is this the housing office?"): nothing for us;
- H: whether one may take part remotely asked, a signup only on that condition ("I så fall anmäler vi"): a question;
- I: the writer's earlier mail set aside and the sessions said anew ("glöm mitt förra mejl ... nu går jag på alla
  fyra"): a change;
- J: our confirmation quoted, the writer saying they signed up for fewer sessions ("jag anmälde mig bara till de
  två första"): a change to those.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

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


# --- A: an address put right, or the mailings asked to go to another address

ADDRESS = [
    "Jag såg att bekräftelsen gick till e.dahl@hedemora.se, men min adress är elin.dahl@hedemora.se. Kan ni rätta det?",
    "Jag är anmäld till DalaLab med elin.dahl@bmf.hedemora.se men vill att utskicken nu går till elin.dahl@hedemora.se.",
    "Hej! Kan ni se till att utskicken om DalaLab framöver går till elin.dahl@hedemora.se?",
    "Det är jag som är anmäld, och min mejladress är elin.dahl@hedemora.se – kan ni korrigera det i listan?",
    "I'm registered with elin@bmf.hedemora.se, but please make sure the mailings go to elin.dahl@hedemora.se.",
    "chat: hej! jag är anmäld men utskicken ska gå till elin.dahl@hedemora.se, inte till min gamla gmail",
    "Vår förvaltning har fått nya adresser. Jag vill att mejlen om träffarna går till elin.dahl@hedemora.se.",
]


@pytest.mark.parametrize("text", ADDRESS)
def test_an_address_put_right_is_a_change_of_details(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.change == "details"


ADDRESS_NOT = [
    ("Hej! Jag vill anmäla mig till 3 maj. Min adress är elin.dahl@hedemora.se.", Intent.REGISTER),
    ("Jag är anmäld till 21/9, min adress är elin.dahl@hedemora.se. Blir det lunch?", Intent.QUESTION),
]


@pytest.mark.parametrize(("text", "intent"), ADDRESS_NOT)
def test_an_address_given_without_a_correction_changes_nothing(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- B: others moved, their names between the verb and the sessions

MOVED = [
    ("Kan ni flytta Nils Ågren och Greta Holmström från träffen 3/5 till 21/9? De har krock i maj.", {S2}),
    ("Vi vill flytta våra två deltagare Anna Berg och Per Lundgren från den 21 september till den 29 november.", {S3}),
    ("Skulle ni kunna flytta min kollega Jonas Ahlström och mig från majträffen till 22/2?", {S4}),
    ("Please move my colleagues Tom Hill and Sara Lindqvist from the May session to 21 September.", {S2}),
    ("chat: kan ni flytta mig och kollegan eva strand från 29/11 till 22/2", {S4}),
    ("Går det att byta Karin Sjöholm och Olle Nyberg från den 3 maj till den 21 september?", {S2}),
]


@pytest.mark.parametrize(("text", "new"), MOVED)
def test_others_moved_between_sessions_is_a_change(config: Config, text: str, new: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == new


def test_an_office_moved_between_towns_is_no_session_moved(config: Config) -> None:
    r = _read(config, "Vi har flyttat hela avdelningen från gamla stadshuset i Borlänge till Falun. "
                      "Anmäl mig gärna till 3 maj.")
    assert r.intent == Intent.REGISTER


# --- C: a newcomer in the place of someone given up in an earlier mail

NEWCOMER = [
    ("Som jag skrev förra veckan kunde Lina Westin inte delta. Nu har vi hittat en ersättare: Patrik Nyqvist, "
    "patrik.nyqvist@hedemora.se. Han tar de träffar Lina hade, 21/9 och 29/11."),
    ("Hej! Jag avanmälde min kollega Eva Gran förra veckan. Nu kan Alva Hed ta hennes plats, alla fyra. "
    "alva.hed@hedemora.se"),
    "Vi avbokade vår planerare Johan Lindberg i januari. Nu vill Maria Ek ta hans plats på alla träffar.",
    ("Som jag skrev i mitt förra mejl kunde Per Holm inte vara med. Vi har nu fått en ersättare, Moa Lind "
    "(moa.lind@hedemora.se), som går på 21/9."),
    ("As I wrote last week, Tom Berg could not attend. We have now found a replacement: Lisa Holm, "
    "lisa.holm@hedemora.se, for all four sessions."),
]


@pytest.mark.parametrize("text", NEWCOMER)
def test_a_newcomer_after_an_earlier_cancellation_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


NEWCOMER_NOT = [
    ("Lina Westin kan tyvärr inte delta. Patrik Nyqvist tar hennes plats på 21/9.", Intent.CHANGE),
    ("Per Holm kan inte vara med på 21/9. Om vi hittar en ersättare hör vi av oss.", Intent.CANCEL),
]


@pytest.mark.parametrize(("text", "intent"), NEWCOMER_NOT)
def test_a_place_given_up_in_this_message_is_no_newcomer(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- D: a place left to someone named, the event between

LEFT_TO = [
    ("Jag har fått nya arbetsuppgifter och lämnar därför min plats i DalaLab till Ola Persson "
    "(ola.persson@hedemora.se), som tar alla träffar."),
    "Jag överlåter min plats i nätverket till min kollega Kim Berglund.",
    "Jag ger min plats på träffarna till Sanna Eklöf från och med 21/9.",
    "Min kollega Eva Ström lämnar sin plats i lärprojektet till Per Eklund.",
    "chat: lämnar min plats i dalalab till jonas ahl, han tar alla fyra",
]


@pytest.mark.parametrize("text", LEFT_TO)
def test_a_place_left_to_someone_is_a_substitution(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"


def test_a_place_left_to_nobody_is_a_cancellation(config: Config) -> None:
    assert _read(config, "Jag lämnar tyvärr min plats i DalaLab, jag har bytt jobb.").intent == Intent.CANCEL


# --- E: "skulle gärna vara med"

GLADLY = [
    "Jag skulle gärna vara med på den första träffen 3 maj. Säg till om du vill att jag bidrar med ett kort inspel.",
    "Vi skulle gärna delta på höstens två träffar.",
    "chat: skulle gärna komma på 21/9!",
    "Jag skulle gärna vara med på alla fyra träffarna, och kan gärna hålla en kort presentation om vår ÖP.",
    "Hej! Skulle gärna vara med i DalaLab, alla fyra träffarna.",
]


@pytest.mark.parametrize("text", GLADLY)
def test_would_gladly_take_part_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


def test_would_gladly_but_cannot_is_no_signup(config: Config) -> None:
    r = _read(config, "Jag skulle gärna vara med, men jag kan tyvärr inte komma den 3 maj.")
    assert r.intent != Intent.REGISTER


def test_a_talk_offered_alone_is_no_signup(config: Config) -> None:
    assert _read(config, "Jag kan gärna hålla ett kort inspel om RUS på någon av träffarna.").intent == Intent.UNKNOWN


# --- F: a diet told beside thanks for the confirmation

DIET = [
    ("chat: tack för bekräftelsen! jag är vegan förresten", "vegan"),
    ("Tack för bekräftelsen. Jag är glutenintolerant, bara så ni vet.", "glutenintolerant"),
    ("Thanks for the confirmation! I'm vegetarian by the way.", "vegetarian"),
    ("chat: fick bekräftelsen, tack! är laktosintolerant btw", "laktosintolerant"),
    ("Tack för din bekräftelse. Jag vill bara säga att jag är vegetarian.", "vegetarian"),
]


@pytest.mark.parametrize(("text", "diet"), DIET)
def test_a_diet_beside_thanks_for_the_confirmation_is_a_change(config: Config, text: str, diet: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert r.diet is not None and diet in r.diet.lower()


DIET_NOT = [
    ("Tack för bekräftelsen! Ser fram emot 3 maj.", Intent.UNKNOWN),
    ("Tack för infon. Jag är vegan, blir det vegansk lunch?", Intent.QUESTION),
    ("Jag har inte fått någon bekräftelse, så jag anmäler mig igen till alla fyra. Vegetarisk kost.", Intent.REGISTER),
    ("chat: fick ingen bekräftelse.. anmäler mig till 3/5, är vegan", Intent.REGISTER),
]


@pytest.mark.parametrize(("text", "intent"), DIET_NOT)
def test_thanks_without_a_diet_changes_nothing(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- G: a message for another office

ELSEWHERE = [
    "chat: hello, is this falun housing office? we look for apartment from april, 3 rooms. thanks",
    "Hej, är det här bostadsförmedlingen? Vi söker en trea från 1 maj.",
    "Is this the tax office? I need a form for my declaration.",
    "Hej! Har jag kommit rätt till kundtjänst? Min räkning stämmer inte.",
    "chat: är detta falu energi? vi har inget varmvatten sen igår",
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_a_message_for_another_office_is_nothing_for_us(config: Config, text: str) -> None:
    if text.startswith("chat: "):
        r = _read(config, text)
    else:
        r = _mail(config, text + "\n\nMvh\nElin Dahl\n", subject="Fråga")
    assert r.intent == Intent.UNKNOWN


ELSEWHERE_NOT = [
    "Hej, är det här rätt adress för att anmäla sig till DalaLab? Hur gör man?",
    "Is this the right place to ask about the sessions? Is there parking?",
]


@pytest.mark.parametrize("text", ELSEWHERE_NOT)
def test_asked_whether_the_right_place_for_the_event_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION


# --- H: remote attendance asked, a signup only on that condition

REMOTE = [
    ("Från Älvdalen är det långt till Falun. Finns det möjlighet att delta digitalt, t.ex. den 21 september och "
    "29 november? I så fall anmäler vi gärna ett par personer."),
    "Går det att vara med på distans den 3 maj? Om så är fallet vill jag anmäla mig.",
    "Can we join online on 3 May? If so, we'd like to register two people.",
    "Sänds träffarna via Teams? I så fall vill jag gärna delta den 22/2.",
    "chat: kan man delta digitalt 29/11? isf anmäler jag mig",
]


@pytest.mark.parametrize("text", REMOTE)
def test_a_signup_on_remote_attendance_asked_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION


def test_a_signup_made_beside_a_remote_question_stays_a_signup(config: Config) -> None:
    r = _read(config, "Jag vill anmäla mig till 21/9. Går det att delta digitalt?")
    assert r.intent == Intent.REGISTER


# --- I: the earlier mail set aside, the sessions said anew

ANEW = [
    ("Glöm mitt förra mejl om tillägget. Nu blir det så att jag går på alla fyra träffarna.", {S1, S2, S3, S4}),
    ("Bortse från mitt tidigare mejl – jag kommer på 3 maj och 21/9.", {S1, S2}),
    ("Please ignore my previous email: I'll attend all four sessions after all.", {S1, S2, S3, S4}),
    ("chat: glöm mitt förra meddelande, jag kör på 29/11 och 22/2", {S3, S4}),
    ("Strunta i det jag skrev i mitt förra mejl. Jag går på 21 september och 29 november.", {S2, S3}),
]


@pytest.mark.parametrize(("text", "held"), ANEW)
def test_an_earlier_mail_set_aside_with_sessions_is_a_change(config: Config, text: str, held: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == held


def test_sessions_without_an_earlier_mail_are_a_signup(config: Config) -> None:
    assert _read(config, "Nu blir det så att jag går på alla fyra träffarna.").intent == Intent.REGISTER


# --- J: our confirmation quoted, fewer sessions signed up for

CONFIRMATION = """

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 10 januari 2027 19:47
Till: Elin Dahl <elin.dahl@hedemora.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Elin!

Tack för din anmälan till DalaLab. Du är anmäld till följande träffar:

- 3 maj 2027
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Svara på det här mejlet om något behöver ändras.
"""

FEWER = [
    (("I bekräftelsen står alla fyra, men jag anmälde mig bara till de två första (3 maj och 21 september). "
     "Kan du rätta det?"), {S1, S2}),
    ("Jag anmälde mig endast till 29 november, inte till alla fyra. Kan ni ändra?", {S3}),
    ("I only signed up for 21 September, not all four. Could you correct it?", {S2}),
    ("Hej! Jag registrerade mig bara för 3 maj och 22 februari, så det blev fel nedan.", {S1, S4}),
]


@pytest.mark.parametrize(("text", "held"), FEWER)
def test_fewer_sessions_than_confirmed_is_a_change(config: Config, text: str, held: set) -> None:
    body = text + "\n\nHälsningar\nElin Dahl\nHedemora kommun\n" + CONFIRMATION
    r = _mail(config, body, subject="SV: Bekräftelse: anmälan till DalaLab")
    assert r.intent == Intent.CHANGE
    assert r.change == "sessions"
    # (which sessions: read in reading.py, "bara till" beside the confirmation's four read as those kept or left)
    assert held


# --- near-misses of adding: adding said not to be needed beside someone else's signup held

NOT_ADDED = [
    "Jag vill anmäla mig till alla träffarna. Min kollega är redan anmäld, så ni behöver inte lägga till henne.",
    "Hej! Anmäl mig till 3 maj och 21/9. Vår chef är redan anmäld och ni behöver inte lägga till honom.",
    "Please register me for all four sessions. My manager is already registered, no need to add him.",
]


@pytest.mark.parametrize("text", NOT_ADDED)
def test_adding_said_not_needed_leaves_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


# --- K: a forward whose own words only ask to see to the message below ("se nedan, kan du fixa det?")

def _forward(pointer: str, author: str, inner: str) -> str:
    return (pointer + "\n\n/Anton\n\n-----Ursprungligt meddelande-----\n"
            f"Från: {author}\nSkickat: den 3 mars 2027 16:50\nTill: Anton Sjöberg <anton.sjoberg@hedemora.se>\n"
            f"Ämne: DalaLab\n\n{inner}\n")


POINTED = [
    ("Hej Linnea, se nedan från Amanda, kan du fixa det?", "Amanda Vestin <amanda.vestin@hedemora.se>",
     ("Hej Anton! Jag kan inte den 21/9 som jag är anmäld till. Kan du be dem byta mig till den 29/11 istället? "
     "/Amanda"), Intent.CHANGE),
    ("Hej, se nedan. Kan ni ta hand om detta?", "Per Holm <per.holm@hedemora.se>",
     "Hej Anton, kan du anmäla mig till DalaLab den 3 maj? Tack, Per", Intent.REGISTER),
    ("See below - could you sort this out?", "Tom Hill <tom.hill@hedemora.se>",
     "Hi Anton, I'd like to sign up for the session on 21 September. Thanks, Tom", Intent.REGISTER),
    ("Vidarebefordrar nedan, kan du kolla på det?", "Sara Lind <sara.lind@hedemora.se>",
     "Hej! Jag måste tyvärr avanmäla mig från 29 november. /Sara", Intent.CANCEL),
]


@pytest.mark.parametrize(("pointer", "author", "inner", "intent"), POINTED)
def test_a_forward_asking_to_see_to_it_is_read_as_the_message_below(config: Config, pointer: str, author: str,
                                                                    inner: str, intent: Intent) -> None:
    r = _mail(config, _forward(pointer, author, inner), subject="VB: DalaLab",
              sender="Anton Sjöberg <anton.sjoberg@hedemora.se>")
    assert r.intent == intent


def test_seeing_to_parking_asked_is_a_question(config: Config) -> None:
    assert _read(config, "Kan du fixa parkering åt oss den 3 maj?").intent == Intent.QUESTION


# --- L: a session given up, the rest kept, said in ways not met before: a cancellation of that session

PARTLY = [
    ("chat: kan inte 21.9 tyvärr, resten kör jag!", {S2}),
    ("chat: sorry men den i nov kan jag inte. annars kommer jag som planerat", {S3}),
    (("Quick note: I won't be able to make the November session as I'll be abroad. The other three sessions stay as "
     "they are."), {S3}),
    (("Vi två från Hedemora måste tyvärr avstå från höstens båda träffar, 21/9 och 29/11. Vårträffen och den i "
     "februari står kvar."), {S2, S3}),
    ("chat: 3/5 kan jag inte, resten tar jag", {S1}),
    ("I won't be able to make the 21 September meeting. The rest remain unchanged.", {S2}),
    ("Jag kan tyvärr inte den 22 februari. Annars deltar jag som planerat.", {S4}),
]


@pytest.mark.parametrize(("text", "gone"), PARTLY)
def test_a_session_given_up_with_the_rest_kept_is_a_cancellation(config: Config, text: str, gone: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == gone


STRUCK = [
    ("Av oss tre kan nu bara jag vara med. Per Lundin och Eva Ekström ska strykas från alla träffar. Jag är kvar "
    "på samtliga."),
    "Jonas Berg ska strykas från samtliga träffar, han har slutat.",
    "Vi måste avstå från vårens två träffar. Höstens står kvar.",
]


@pytest.mark.parametrize("text", STRUCK)
def test_struck_in_the_passive_is_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL


PARTLY_NOT = [
    ("Resten kör jag inte heller, så stryk mig från alla.", Intent.CANCEL),
    ("Jag kommer som planerat på 3 maj. Ser fram emot det!", Intent.REGISTER),
]


@pytest.mark.parametrize(("text", "intent"), PARTLY_NOT)
def test_the_rest_kept_near_misses(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent


# --- N: a replacement sought and not found: a cancellation, not a substitution

NOT_FOUND = [
    ("Jag skrev tidigare att vi skulle försöka hitta en ersättare för Lisa Grönlund på höstträffarna. Det har vi "
    "tyvärr inte lyckats med, så stryk henne från 21/9 och 29/11."),
    "Vi har försökt hitta en ersättare för Per Ek men ingen kan, så ni får stryka honom från 3 maj.",
    "We tried to find a replacement for Tom Hill but couldn't. Please remove him from the May session.",
    "Vi letade efter en ersättare för Sara Lind men hittade ingen. Stryk henne från 22/2.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_replacement_not_found_is_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL


def test_a_replacement_found_is_no_cancellation(config: Config) -> None:
    r = _read(config, "Lisa Grönlund kan inte 21/9. Vi har hittat en ersättare för henne: Moa Ek tar 21/9.")
    assert r.intent != Intent.CANCEL


# --- M: a signup held widened ("står som anmäld till 3 maj ... vill gärna vara med på alla fyra", "lägg till den om
# utvecklingsinriktning", "är i dag anmälda till vårträffen ... vill även delta 21/9"): a change

WIDER = [
    (("Som du ser nedan står jag som anmäld till 3 maj och 22 februari. Nu har jag fått klartecken, så jag vill gärna "
     "vara med på alla fyra träffarna."), {S1, S2, S3, S4}),
    ("Jag är redan anmäld till vårträffen. Nu vill jag gärna delta på alla fyra.", {S1, S2, S3, S4}),
    ("I'm registered for 3 May. I would like to attend all four sessions now.", {S1, S2, S3, S4}),
    ("chat: hej, är redan anmäld till maj. lägg till den i november också tack!", {S1, S3}),
    ("Vi är i dag anmälda till vårträffen den 3 maj. Nu har vi bestämt att vi även vill delta den 21 september.",
     {S1, S2}),
]


@pytest.mark.parametrize(("text", "after"), WIDER)
def test_a_signup_held_widened_is_a_change(config: Config, text: str, after: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == after


WIDER_NOT = [
    "Jag är anmäld till 3 maj. Nu vill jag anmäla min kollega Per Ek till 21/9.",
    "Jag är redan anmäld till 3 maj. Min kollega vill gärna vara med på 21/9.",
]


@pytest.mark.parametrize("text", WIDER_NOT)
def test_a_colleague_beside_a_signup_held_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


# --- O: someone named, held for one session, preferring another: a change of sessions

RATHER = [
    ("Min kollega Elsa Wiik, som är anmäld till 29/11, vill hellre gå på 21 september. Kan ni byta för henne?", {S2}),
    ("Per Ekholm är anmäld till 3 maj men skulle hellre vilja komma den 22/2.", {S4}),
    ("My colleague Tom Hill, who is registered for 3 May, would rather attend on 21 September.", {S2}),
    ("Anna Bergström är anmäld till 21/9 men föredrar den 29 november. Går det att ordna?", {S3}),
    ("Vår planerare Moa Lind är anmäld till 22/2 men vill hellre vara med 3 maj.", {S1}),
]


@pytest.mark.parametrize(("text", "new"), RATHER)
def test_someone_held_preferring_another_session_is_a_change(config: Config, text: str, new: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == new


def test_someone_preferring_a_diet_is_no_session_change(config: Config) -> None:
    r = _read(config, "Per Ekholm är anmäld till 3 maj och vill hellre ha vegetarisk lunch.")
    assert r.change != "sessions"


# --- P: a wish to take part said without the verb of going, or as another's wish for someone: a signup

WISH = [
    "chat: vi e två från orsa som vill på tillgänglighetsträffen i feb: jag o emil strand. hinner vi före deadline?",
    "chat: jag vill också på novemberträffen!",
    "Vi är tre som vill till vårträffen: jag, Per Ekholm och Moa Lind.",
    "chat: hej! vill på dalalab 3/5 🙂",
    ("Jag arbetar på HR. Vår nyanställda planarkitekt Leila Haddad börjar 1 mars, och hennes chef vill att hon deltar "
    "i hela DalaLab. Själv ska jag inte delta."),
    "Chefen vill att han är med på alla fyra träffarna: Jonas Ahl, jonas.ahl@hedemora.se.",
]


@pytest.mark.parametrize("text", WISH)
def test_a_wish_to_take_part_said_short_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER


def test_wanting_to_contribute_somehow_is_no_signup(config: Config) -> None:
    assert _read(config, "Jag vill på något sätt bidra till DalaLab, hör gärna av dig.").intent != Intent.REGISTER


# --- R: what was written in the signup corrected: a change

WRITTEN = [
    "chat: hej, skrev vegetarisk i anmälan men jag äter fisk, så pescetarian blir rätt",
    "Jag angav laktosfri kost i anmälan men jag är faktiskt vegan.",
    "I put vegetarian in my registration, but I'm actually vegan.",
    "chat: skrev glutenfri i anmälan men det ska vara laktosfri",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_a_diet_written_in_the_signup_corrected_is_a_change(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CHANGE


# --- S: a cancellation the writer did not send: not a cancellation

NOT_SENT = [
    "chat: hej, står jag fortfarande på listan för 22/2? fick ett mejl om avanmälan som jag inte har skickat 🤔",
    "Jag fick en bekräftelse på en avanmälan som jag aldrig gjort. Är jag fortfarande anmäld till 21/9?",
    "I got an email about a cancellation that I never sent. Am I still registered for 3 May?",
]


@pytest.mark.parametrize("text", NOT_SENT)
def test_a_cancellation_not_sent_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION


def test_a_cancellation_sent_stays_one(config: Config) -> None:
    assert _read(config, "Jag vill avanmäla mig från 21/9, som jag inte kan.").intent == Intent.CANCEL


# --- T: the mail below resent, sent to a wrong address before: no change of details

def test_a_mail_resent_from_a_wrong_address_is_no_change_of_details(config: Config) -> None:
    r = _read(config, "Jag skickade mejlet nedan till fel adress förra veckan, så jag skickar det till dig i stället.")
    assert r.change != "details"


def test_a_wrong_address_put_right_is_still_a_change_of_details(config: Config) -> None:
    r = _read(config, "Jag skrev fel adress i anmälan, rätt är elin.dahl@hedemora.se.")
    assert r.intent == Intent.CHANGE and r.change == "details"
