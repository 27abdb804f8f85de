"""Intent, seventeenth round: by class, each class in at least eight wordings of its own (none from a corpus), and
near-misses that must not be read that way.

- A: a session given up, the rest kept ("kan inte 29/11 men kommer på de andra"): a cancellation of that session;
- B: a signup asked as a question ("kan ni boka in mig på vårträffen?") against a question before any signup ("finns
  det platser kvar? vi är två som vill anmäla oss"; "jag vill inte anmäla någon dubbelt");
- C: a newcomer after a cancellation made before ("som jag skrev i mars hoppade Eva av; nu anmäler vi Per"): a
  signup of the newcomer, not a substitution;
- D: a session added with the sessions after it stated ("kan komma 29/11 också, så det blir alla fyra"): a change;
- E: a name or an address corrected or supplied for a signup held: a change of details;
- F: chat meant for someone else (family, sport): unknown, never answered;
- G: an attendee-list offer with a quoted opt-out word, a case system's receipt: unsolicited, automatic.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.intent import told_given_up
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
CHAT = Sender("telegram", "4711", "Elin Dahl")
#: Our confirmation quoted under a reply.
CONFIRMATION = ("\n\nDen 9 februari 2027 10:30 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n> Hej Elin!\n>\n"
                "> Du är anmäld till DalaLab. Träffar: 3 maj 2027, 21 september 2027, 29 november 2027 och "
                "22 februari 2028.\n>\n> Vänliga hälsningar\n> Linnea Hassis\n")


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = ELIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, AT)


def _read(config: Config, text: str) -> ParsedRequest:
    """A text sent as chat ("chat: ..."), as a reply over our confirmation ("reply: ...") or as a mail."""
    if text.startswith("chat: "):
        return _chat(config, text[6:])
    if text.startswith("reply: "):
        return _mail(config, text[7:] + "\n\nElin Dahl\nHedemora kommun\n" + CONFIRMATION,
                     subject="SV: Du är anmäld till DalaLab")
    return _mail(config, text + "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n")


# --- A: a session given up, the rest kept

GIVEN_UP = [
    ("Hej! Jag kan tyvärr inte komma den 29 november, men de andra tre träffarna kommer jag på.", {S3}),
    ("chat: hej, klarar inte 3 maj pga semester men kommer på resten", {S1}),
    ("chat: kan inte 29/11 tyvarr, men kommer pa ovriga", {S3}),
    ("reply: Den 22 februari går tyvärr inte för mig, övriga träffar deltar jag i som planerat.", {S4}),
    ("reply: Sorry, I won't make it on 22 February, but I'll be at the other sessions as planned.", {S4}),
    ("chat: Can't do the September one unfortunately – still on for the rest 🙂", {S2}),
    ("reply: Tack för bekräftelsen! Jag måste tyvärr hoppa över 3 maj, men är med på de tre andra.", {S1}),
    ("I have to skip the May session, I'm afraid. Still coming to the other three though!", {S1}),
    ("chat: hej! missar 21.9 (tjänsteresa) men är med på dom andra", {S2}),
    ("reply: Jag klarar inte novemberträffen, men de övriga tre går jag på.", {S3}),
    ("Jag är anmäld till alla fyra, men 3 maj krockar med ett KS-möte. Jag kommer alltså på 21/9, 29/11 och 22/2.",
     {S1}),
    ("reply: Unfortunately I have a clash on 21 September, so please take me off that one. I'll attend the others.",
     {S2}),
    ("chat: hej! den 22/2 får jag tyvärr stryka, men resten kommer jag på", {S4}),
]


@pytest.mark.parametrize(("text", "gone"), GIVEN_UP)
def test_a_session_given_up_with_the_rest_kept_is_a_cancellation(config: Config, text: str, gone: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CANCEL, text
    assert set(r.sessions) == gone, text


@pytest.mark.parametrize("text", [
    "Anmäl mig till alla träffar utom 21/9.",
    "Jag kan inte komma 3 maj, men jag vill gärna anmäla mig till de andra tre.",
    "I can't make the May session, please sign me up for the other three.",
    "chat: kan inte 29/11 men anmäl mig till resten",
    "Anmäler mig till 3 maj och 29 november. 21/9 krockar tyvärr med ett KS-möte.",
])
def test_a_first_signup_naming_a_session_left_out_stays_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


# --- B: a signup asked as a question, and a question before any signup

ASKED_SIGNUPS = [
    "Hinner man fortfarande anmäla sig? Vill i så fall vara med på alla fyra träffarna.",
    "chat: går det fortfarande att anmäla sig? vill isf vara med på alla träffar",
    "Kan ni boka in mig och min kollega Per Ek (per.ek@hedemora.se) på höstträffarna?",
    "chat: tjena, kan ni boka in mej på vårträffen?",
    "Kan du lägga till min kollega Sven Lund (sven.lund@hedemora.se) på 3 maj och 29 november?",
    "Kan hon få stå på väntelistan till 21 september? Hon heter Lisa Holm, lisa.holm@hedemora.se.",
    "Vi är två som vill anmäla oss: Eva Ek (eva.ek@hedemora.se) och jag själv, till alla träffar.",
    "Is it still possible to sign up? If so, I'd like to attend all four sessions.",
    "Jag vill gärna gå hela serien, om det går bra. Jag äter vegetariskt.",
    ("Här kommer två anmälningar från oss: Eva Ek, eva.ek@hedemora.se, och Per Ek, per.ek@hedemora.se, "
     "båda till 3 maj. Själv ska jag inte delta."),
]


@pytest.mark.parametrize("text", ASKED_SIGNUPS)
def test_a_signup_asked_or_handed_over_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


QUESTIONS_FIRST = [
    "chat: hej! finns det platser kvar för hedemora? vi är 3 som vill anmäla oss",
    "Hej! Är det redan fullt? Vi är två från Hedemora som gärna vill vara med.",
    "Is there still room? There are two of us who would like to sign up.",
    "chat: har ni platser kvar? vi ar 2 st som vill anmala oss",
    "Jag vill inte anmäla någon dubbelt – kan du skicka en lista över vilka från Hedemora som är anmälda?",
    "I don't want to register anyone twice. Could you tell me who from Hedemora is already registered?",
    "Vilka från oss är anmälda? Jag vill inte råka anmäla någon två gånger.",
    "Finns det plats för fler från Hedemora? Vi är ett par stycken som skulle vilja delta.",
]


@pytest.mark.parametrize("text", QUESTIONS_FIRST)
def test_a_question_before_any_signup_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION, text


# --- C: a newcomer after a cancellation made before

NEWCOMERS = [
    (("Som jag skrev förra veckan hoppade Eva Ek av. Nu har vi hittat någon som kan gå i stället: Per Lund, "
      "per.lund@hedemora.se, som gärna går på alla träffar."), "Per Lund"),
    (("Eftersom Anna Berg avanmälde sig i januari vill vi anmäla Jonas Ek (jonas.ek@hedemora.se) i hennes ställe "
      "till 3 maj."), "Jonas Ek"),
    (("Hedemora kommun avanmälde i februari sina deltagare. Nu kan Lisa Holm, lisa.holm@hedemora.se, ändå delta, "
      "så vi anmäler henne till alla fyra träffarna."), "Lisa Holm"),
    (("As I wrote in March, Tom Berg had to drop out. We have now found someone who can go instead: Sara Lind "
      "(sara.lind@hedemora.se), who will attend all sessions."), "Sara Lind"),
    (("Sedan Karin Ek fick förhinder i höstas har vi en ny planerare, Olle Sten (olle.sten@hedemora.se), som vill "
      "vara med på de två sista träffarna i hennes ställe."), "Olle Sten"),
    (("Since Eva Ek cancelled last month, could you register Per Lund (per.lund@hedemora.se) in her place for all "
      "four sessions?"), "Per Lund"),
    (("chat: hej! leo hjort hoppade av för ett tag sen, vi vill anmäla nora lind i hans ställe, "
      "nora.lind@hedemora.se. hon kommer på 3/5"), "Nora Lind"),
    (("Som jag nämnde i januari fick Maria Berg förhinder. I hennes ställe anmäler vi nu Ali Karimi, "
      "ali.karimi@hedemora.se, till samtliga träffar."), "Ali Karimi"),
]


@pytest.mark.parametrize(("text", "who"), NEWCOMERS)
def test_a_newcomer_after_a_cancellation_told_before_is_a_signup(config: Config, text: str, who: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.REGISTER, text
    assert who in {p.name for p in r.people}, text


@pytest.mark.parametrize(("text", "gone", "new"), [
    ("eftersom leo hjort hoppade av vill vi anmala nora lind i hans stalle", "leo hjort", "nora lind"),
    ("sedan karin ek fick forhinder i hostas har vi en ny planerare, olle sten, som tar platsen", "karin ek",
     "olle sten"),
    ("since eva ek cancelled last month, could you register per lund in her place?", "eva ek", "per lund"),
])
def test_the_one_who_gave_up_before_is_told_apart_from_the_newcomer(text: str, gone: str, new: str) -> None:
    assert told_given_up(text, text.index(gone))
    assert not told_given_up(text, text.index(new))


@pytest.mark.parametrize("text", [
    "Eva Ek kan inte komma längre. Per Lund (per.lund@hedemora.se) tar hennes plats.",
    "Jag har fått förhinder, så min kollega Per Lund (per.lund@hedemora.se) tar min plats på alla träffar.",
    "Eva Ek har fått förhinder, så Per Lund (per.lund@hedemora.se) går i stället för henne.",
])
def test_a_place_given_up_now_and_taken_is_a_substitution(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE and r.change == "substitute", text


# --- D: a session added, the sessions after it stated

ADDED = [
    ("Mina planer har ändrats, så nu kan jag komma på 21 september också. Det blir alltså alla fyra för mig.",
     {S1, S2, S3, S4}),
    ("Jag kan vara med på novemberträffen också! Räkna med mig på alla fyra då.", {S1, S2, S3, S4}),
    (("Eva Ek är tillbaka från sin tjänstledighet och vill vara med på 29/11 också. Så hon går på 3/5, 21/9 och "
      "29/11."), {S1, S2, S3}),
    ("Good news: I can make the November session too, so that's all four for me.", {S1, S2, S3, S4}),
    ("chat: hej! kan komma 22/2 oxå. så blir det 3/5, 21/9 och 22/2 för mig", {S1, S2, S4}),
    ("Jag hinner även den 3 maj. Totalt blir det alltså 3/5 och 29/11.", {S1, S3}),
    ("chat: elin här, kan komma på majträffen också! då blir det alla fyra 😊", {S1, S2, S3, S4}),
    ("It turns out I can join on 21 September as well. That means 21/9, 29/11 and 22/2 for me.", {S2, S3, S4}),
]


@pytest.mark.parametrize(("text", "after"), ADDED)
def test_a_session_added_with_the_result_stated_is_a_change(config: Config, text: str, after: set) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == after, text


@pytest.mark.parametrize("text", [
    ("Jag vill anmäla mig till 3 maj. Min kollega Per Ek (per.ek@hedemora.se) vill också vara med, han går på 3/5 "
     "och 21/9."),
    "Anmäl mig till 3 maj och 21 september också, alltså två träffar.",
    "chat: hej! jag kommer på 3 maj och vill gå på 21/9 också, så det blir 3/5 och 21/9 för mig",
])
def test_a_first_signup_with_also_stays_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


# --- E: a name or an address corrected or supplied

DETAILS = [
    "I bekräftelsen står mitt namn som \"Lena Carlson\". Det stavas Carlsson, med två s. Kan ni rätta det?",
    "Ni har stavat mitt efternamn fel – det ska vara Bergkvist, inte Berqvist.",
    "My surname is misspelt in the confirmation: it should be Lindqvist, not Lindkvist.",
    "chat: hej, mitt namn är felstavat på deltagarlistan. Dahl ska vara Dahl med h",
    "Kan ni rätta stavningen av mitt namn? Det är Elin med E, inte Ellin.",
    ("Per Ek och Eva Lund anmälde sig via er Telegram-bot i mars, men ni saknar deras e-postadresser. Här är de:\n\n"
     "Per Ek – per.ek@hedemora.se\nEva Lund – eva.lund@hedemora.se\n\nInget annat ändras i deras anmälan."),
    ("Här kommer e-postadressen till Jonas Berg, som anmäldes förra veckan: jonas.berg@hedemora.se. Inget annat "
     "ändras."),
    ("Tom Berg and Sara Lind registered through your Telegram bot but you are missing their e-mail addresses. "
     "Here they are: tom.berg@hedemora.se and sara.lind@hedemora.se. Nothing else changes."),
]


@pytest.mark.parametrize("text", DETAILS)
def test_a_name_or_an_address_corrected_is_a_change_of_details(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE and r.change == "details", text


@pytest.mark.parametrize(("text", "intent"), [
    ("Jag vill anmäla Per Ek, per.ek@hedemora.se, till alla träffar.", Intent.REGISTER),
    ("Hur stavas kontaktpersonens namn? Jag vill skriva rätt på anmälan.", Intent.QUESTION),
])
def test_a_name_or_address_in_a_signup_or_question_is_no_correction(config: Config, text: str, intent: Intent) -> None:
    assert _read(config, text).intent == intent, text


# --- F: chat meant for someone else

PRIVATE = [
    "hej pappa, kan du skjutsa mig till träningen ikväll?",
    "kommer du på fotbollen i kväll? ⚽ har bokat planen 18-19",
    "älskling kan du köpa mjölk på vägen hem?",
    "mamma jag glömde nycklarna, är du hemma vid 16?",
    "Kan du hämta barnen på fritids idag? Sitter i möte till 17.",
    "Are you coming to the football tonight? I've booked the pitch 7-8.",
    "pappa kommer hem ca 19, ska jag köpa nåt till middagen?",
    "tjena! ska vi köra padel på torsdag? 🎾 har bokat banan 20-21",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_chat_meant_for_someone_else_is_unknown(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.UNKNOWN, text
    assert r.never_answer, text


@pytest.mark.parametrize(("text", "intent"), [
    ("hej! kan jag ta med min bebis på träffen 3 maj?", Intent.QUESTION),
    ("Jag måste hämta på förskolan kl 15, går det bra att gå tidigare från träffen i Falun?", Intent.QUESTION),
    ("kommer det finnas middag efter träffen 21/9?", Intent.QUESTION),
    ("hej! kan inte komma, barnen är sjuka och pappa jobbar", Intent.CANCEL),
    ("mamma till två små, vill gärna vara med på alla fyra!", Intent.REGISTER),
])
def test_a_participant_speaking_of_family_is_read(config: Config, text: str, intent: Intent) -> None:
    assert _chat(config, text).intent == intent, text


# --- G: an attendee-list offer, a case system's receipt

def test_an_attendee_list_offer_with_a_quoted_opt_out_is_unsolicited(config: Config) -> None:
    for body in (("Hi,\n\nWould you be interested in the attendee list of DalaLab 2027? We have 900 verified contacts. "
                  "Reply \"PRICING\" for costs.\n\nTo opt out, reply \"REMOVE\".\n\nKind regards,\nJohn Carter\n"),
                 ("Hej,\n\nVi säljer deltagarlistor till konferenser. Vill du ha deltagarlistan för DalaLab? "
                  "Svara \"STOPP\" om du inte vill ha fler mejl.\n\nMvh\nLeads Nordic\n"),
                 ("Hello,\n\nWe can provide the verified attendee list of DalaLab 2027 (850 contacts). Reply 'YES' for "
                  "pricing.\n\nReply 'UNSUBSCRIBE' to opt out.\n\nMark Dunn\n")):
        r = _mail(config, body, subject="DalaLab attendee list",
                  sender="John Carter <john.carter@leadsdata-example.net>")
        assert r.intent == Intent.UNKNOWN, body
        assert r.never_answer


@pytest.mark.parametrize("body", [
    ("Hej!\n\nTack för ditt meddelande. Ditt ärende har fått nummer 2027-1234. Detta meddelande går inte att svara "
     "på.\n"),
    ("Vi har tagit emot ditt ärende och det har registrerats med ärendenummer KS 2027/55. Det här mejlet kan inte "
     "besvaras.\n"),
    ("Thank you for contacting us. Your request has been registered with case number 48213. This message cannot be "
     "answered.\n"),
    "Ditt ärende har registrerats med ärendenummer 555-12. Du kan inte svara på det här meddelandet.\n",
    ("Ditt ärende har tagits emot. Ärendenummer: 2027/812. Detta är ett automatiskt meddelande och går inte att "
     "besvara.\n"),
])
def test_a_case_system_receipt_is_automatic(config: Config, body: str) -> None:
    r = _mail(config, body, subject="[Ärende #2027-1] Vi har tagit emot ditt ärende: Du är anmäld till DalaLab",
              sender="Kontaktcenter <kontaktcenter@hedemora.se>")
    assert r.intent == Intent.AUTO_REPLY, body


def test_a_participant_asking_about_an_attendee_list_offer_is_read(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag fick ett mejl som erbjöd deltagarlistan för DalaLab mot betalning. Är det från er? "
                      "Svara \"STOPP\" stod det längst ner.\n\nElin Dahl\n")
    assert r.intent == Intent.QUESTION


def test_a_person_quoting_a_case_number_is_read(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag fick ärendenummer 2027-1 från kontaktcenter när jag anmälde mig. Gäller min "
                      "anmälan fortfarande?\n\nElin Dahl\n")
    assert r.intent != Intent.AUTO_REPLY
