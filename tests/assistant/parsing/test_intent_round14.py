"""Intent, fourteenth round: general readings, each class in words of its own (none from a corpus).

- "jag stryker mig från ...", and chat forms ("stryk mej"): a cancellation; those said to stay are not cancelled;
- a wish hanging on "may X take part?" said with the signup verb itself ("i så fall vill jag anmäla mig"): a signup;
- "vill jag gå 29/11": "gå" with the sessions right after it is a wish to take part;
- a place taken after a cancellation told in an earlier mail ("som Olle skrev förra veckan kan han inte ..."), also
  in one sentence ("hon avanmälde sig i januari, och jag tar hennes plats"), or "i Annas ställe": a new signup of
  the one taking it, without the one who left;
- one session struck and another added ("stryk mig från 21/9 och lägg till 22/2"): a move;
- "det blir tyvärr ingen 21/9 för mig": a cancellation; "vi kommer på ... som planerat" beside one given up
  speaks of the signup held;
- "från och med nu" with a diet: a diet update; "jag anmälde Karin och mig": a signup held;
- "det ska vara ..." in a correction of sessions held;
- a new employer beside a signup held ("har bytt jobb från ... till ..."): a change of details; whether the signup
  still stands, asked: a question;
- an address owned to be wrong and the right one given: a change of details, the colleague's when said of them;
- a reply giving the address our mail asked for: a change of details of the one it belongs to;
- a registry's automatic receipt of any mail: an automatic reply; a thread used for another errand: unknown.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.automatic import Automatic, automatic_kind
from assistant.parsing.intent import IntentReading, classify
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.text import fold, sentences
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, build_mail, names, people, read

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
KLARA = "Klara Vik <klara.vik@orsa.se>"
CHAT = Sender("telegram", "77", "Klara Vik")


def _mail(config: Config, body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=KLARA, subject=subject), config, AT)


def _subject_read(text: str, subject: str) -> IntentReading:
    own = sentences(text)
    return classify(own, [fold(s) for s in own], fold(subject), True, False, lambda i: False)


# --- struck in the present tense, and in chat forms

def test_striking_oneself_in_the_present_tense_is_a_cancellation(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag stryker mig från 29/11 och 22/2, men står kvar på de två första.\n\nKlara Vik\n")
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S3, S4)
    assert read("Vi stryker oss från höstens träffar.").intent == Intent.CANCEL


def test_chat_forms_of_the_pronouns_are_read_as_the_pronouns(config: Config) -> None:
    r = parse_chat("tja, klara här från orsa. måst tyvärr stryk mej från 21/9, he e kalas då. 3 maj står kvar",
                   CHAT, config, AT)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert read("kan ni anmäla mej till alla fyra?").intent == Intent.REGISTER
    # "ett mej" is a mail, not "mig"
    assert read("Jag skickade ett mej om anmälan i går, kom det fram?").intent == Intent.QUESTION


# --- a conditional wish said with the signup verb

def test_a_signup_verb_after_asking_who_may_take_part_is_a_signup(config: Config) -> None:
    r = parse_chat("Hej! Jag är konsult och hjälper Mora kommun med översiktsplanen. Är träffarna öppna även för "
                   "konsulter? I så fall vill jag gärna anmäla mig till träffen den 21 september. /Klara Vik",
                   CHAT, config, AT)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)
    assert read("Is the programme open to consultants too? If so, we would like to register for the November "
                "session.").intent == Intent.REGISTER
    # the wish to go, said without the signup verb, still hangs on the answer
    assert read("Är lärprojektet öppet även för politiker? I så fall vill jag gärna gå på träffen i "
                "november.").intent == Intent.QUESTION


def test_going_with_the_sessions_right_after_is_a_wish_to_take_part() -> None:
    for text in ("Finns det platser kvar? Om det finns vill jag gå 29/11 och 22/2.",
                 "Jag vill gärna gå alla fyra träffarna.",
                 "Vi vill gå den 3 maj om det går."):
        assert read(text).intent == Intent.REGISTER, text
    assert read("Jag vill gå igenom programmet innan jag bestämmer mig.", sessions=False).intent != Intent.REGISTER


# --- a place taken after a cancellation told before

def test_a_place_taken_after_a_cancellation_told_in_an_earlier_mail_is_a_new_signup(config: Config) -> None:
    r = _mail(config, "Hej!\n\nSom Olle Berg skrev till er i förra veckan kan han inte fortsätta i DalaLab. Jag tar "
                      "hans plats från Orsa kommun och går på alla fyra träffarna.\n\nKlara Vik\n")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Klara Vik", "klara.vik@orsa.se", "Orsa kommun")]
    assert r.sessions == ALL


def test_a_colleague_signed_up_in_the_place_of_one_withdrawn_before_is_the_only_one(config: Config) -> None:
    r = _mail(config, "Hej igen,\n\nSom jag meddelade i januari avanmälde vi Stina Holm. I Stinas ställe anmäler jag "
                      "nu Pål Ek, pal.ek@orsa.se, till samtliga träffar.\n\nKlara Vik\n")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Pål Ek"]


def test_a_cancellation_told_first_in_the_same_sentence_as_the_place_taken_is_news(config: Config) -> None:
    r = parse_email(build_mail(
        "Hej!\n\nJag är ny som planarkitekt i Orsa och har tagit över Nils Sundbergs ärenden. Han avbokade sig i "
        "februari, och min chef vill att jag tar hans plats. Jag vill därför gå på de två sista träffarna.\n\n"
        "Klara Vik\n", sender=KLARA, subject="Anmälan – ersätter Nils Sundberg"), config, AT)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Klara Vik"]
    assert r.sessions == (S3, S4)
    assert read("As Tom wrote last week, he has left the county. I will take his place at the autumn "
                "sessions.").intent == Intent.REGISTER


def test_in_someones_place_by_their_name_is_a_substitution() -> None:
    r = read("I Annas ställe kommer Per Ek på alla fyra träffarna.", names=True)
    assert r.intent == Intent.CHANGE and r.change == "substitute"
    # "i deras ställe" (the municipality's) is no one's place given up
    assert read("Kommunen har bett mig delta i deras ställe på den första träffen.").intent == Intent.REGISTER


# --- one struck, another added

def test_one_session_struck_and_another_added_is_a_move(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag är anmäld till 3/5 och 21/9. Kan du stryka mig från septemberträffen och i stället "
                      "lägga till den 29 november? Maj står kvar.\n\nKlara Vik\n")
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S3)
    for text in ("Stryk mig från 21/9 (då har vi budgetmöte) och lägg till 22 februari.",
                 "Please drop me from the May session and add the one in November."):
        r2 = read(text)
        assert r2.intent == Intent.CHANGE and r2.change == "sessions", text


# --- a session given up; the rest as planned

def test_no_session_for_me_with_a_word_between_is_a_cancellation() -> None:
    for text in ("Det blir tyvärr ingen 21/9 för mig, vi har budgetmöte.",
                 "Det blir nog ingen novemberträff för oss."):
        assert read(text).intent == Intent.CANCEL, text


def test_coming_as_planned_beside_a_session_given_up_is_the_signup_held() -> None:
    r = read("Tyvärr kan varken jag eller Nils delta på vårens träff. Vi kommer på 21/9 och 29/11 som planerat.")
    assert r.intent == Intent.CANCEL
    assert read("Vi kommer på 21/9 och 29/11 som planerat, och gärna på 22/2 också.").intent != Intent.CANCEL


# --- a diet from now on, for a colleague signed up with the writer

def test_a_diet_from_now_on_for_a_colleague_signed_up_before_is_a_diet_update(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag anmälde Karin Sund och mig själv i december. Karin äter från och med nu "
                      "vegetariskt. För min del är allt som vanligt.\n\nKlara Vik\n", subject="Kost")
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Karin Sund"]
    assert r.sessions == ()


# --- a correction with "det ska vara"

def test_what_it_should_be_in_a_correction_of_sessions_held() -> None:
    r = read("Något har blivit fel – i bekräftelsen står jag på 3 maj och 21/9. Det ska vara 3 maj och 22/2. Jag "
             "skrev nog fel när jag anmälde mig.", held_elsewhere=True)
    assert r.intent == Intent.CHANGE and r.change == "sessions"


# --- a new employer; whether the signup stands

def test_a_new_employer_beside_a_signup_held_is_a_change_of_details(config: Config) -> None:
    r = parse_chat("Hej! Jag är anmäld till alla fyra sedan i höstas men har bytt jobb från Mora kommun till Orsa "
                   "kommun. Gäller anmälan ändå? Vill gärna gå på samma träffar.", CHAT, config, AT)
    assert r.intent == Intent.CHANGE
    r2 = read("I registered for all four sessions, but I have changed jobs and now work for Falu kommun. I'd "
              "like to keep the same sessions.")
    assert r2.intent == Intent.CHANGE and r2.change == "details"
    # a new job that ends the taking part is a cancellation
    assert read("Jag är anmäld till alla fyra men har fått nytt jobb och kan tyvärr inte delta "
                "längre.").intent == Intent.CANCEL


def test_whether_a_signup_still_stands_after_moving_within_the_employer_is_a_question() -> None:
    text = ("Jag anmälde mig i höstas när jag satt på miljöenheten. Sedan 1 mars jobbar jag på planavdelningen i "
            "stället. Gäller min anmälan fortfarande, eller måste någon anmäla mig igen?")
    assert read(text, sessions=False).intent == Intent.QUESTION
    assert read("Does my registration still hold, or should I register again?",
                sessions=False).intent == Intent.QUESTION


# --- an address owned wrong, the right one given

def test_an_address_written_wrong_and_the_right_one_given_is_a_change_of_details(config: Config) -> None:
    r = _mail(config, "Hej,\n\nNär jag anmälde mig råkade jag skriva min e-postadress fel (klara.vik@orsa.com). "
                      "Adressen som gäller är klara.vik@orsa.se. Inget annat ändras.\n\nKlara Vik\n",
              subject="Fel adress")
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()
    assert people(r) == [("Klara Vik", "klara.vik@orsa.se", "Orsa kommun")]


def test_a_colleagues_address_put_right_after_a_mistake_owned_is_theirs(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag skrev visst lite fel i anmälan i måndags. Lisa Dahl har inte den vanliga "
                      "adressen, hennes mejl är lisa.dahl2@orsa.se.\n\nKlara Vik\n", subject="Rättelse")
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()
    assert people(r) == [("Lisa Dahl", "lisa.dahl2@orsa.se", "Orsa kommun")]
    # an address given in a signup, no mistake owned, is part of the signup
    assert read("Jag vill anmäla mig till 3 maj, min mejl är klara.vik@orsa.se.").intent == Intent.REGISTER


def test_a_reply_giving_the_address_our_mail_asked_for_is_a_change_of_details(config: Config) -> None:
    body = ("Hej! Japp, det är per.lind@orsa.se\n/Klara\n\n"
            "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 3 februari 2027 14:10\n"
            "Till: Klara Vik <klara.vik@orsa.se>\nÄmne: Din anmälan till DalaLab\n\n"
            "Hej Klara!\n\nTack för anmälan av dig och Per Lind. Har du Pers e-postadress? Vi skickar "
            "bekräftelsen direkt till deltagarna.\n\nHälsningar\nLinnea\n")
    r = parse_email(build_mail(body, sender=KLARA, subject="SV: Din anmälan till DalaLab"), config, AT)
    assert r.intent == Intent.CHANGE
    assert people(r) == [("Per Lind", "per.lind@orsa.se", "Orsa kommun")]
    assert r.sessions == ()


# --- automatic receipts; a thread used for another errand

def test_a_registrys_automatic_receipt_of_any_mail_is_an_automatic_reply() -> None:
    body = ("Tack för ditt mejl till Mora kommun!\n\nDetta är en automatisk bekräftelse på att vi har tagit emot ditt "
            "meddelande. Ärenden diarieförs inom tre arbetsdagar.\n\nSvara inte på detta meddelande.\n")
    assert automatic_kind({}, "Mottagningsbekräftelse: DalaLab", "registrator@mora.se", "text/plain", None,
                          body)[0] == Automatic.AUTO_REPLY
    english = ("This is an automatic confirmation that we have received your e-mail.\n\n"
               "Please do not reply to this message.\n")
    assert automatic_kind({}, "Receipt", "kommun@orsa.se", "text/plain", None, english)[0] == Automatic.AUTO_REPLY
    person = "Hej! Vi har tagit emot ditt mejl och återkommer om anmälan i morgon.\n/Eva"
    assert automatic_kind({}, "Sv: DalaLab", "eva.ek@orsa.se", "text/plain", None, person)[0] is None


def test_a_thread_used_for_another_errand_is_never_answered(config: Config) -> None:
    body = ("Hej Linnea,\n\nFörlåt att jag kapar tråden – har ni fått vårt remissvar om vindkraftsplanen? Vi skickade "
            "det till registratorn i februari men har inte fått någon kvittens.\n\nKlara Vik\n\n"
            "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 1 mars 2027 09:00\n"
            "Ämne: Påminnelse: anmälan till DalaLab\n\nHej! Sista dag för anmälan till DalaLab är 14 april. "
            "Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.\n")
    r = parse_email(build_mail(body, sender=KLARA, subject="SV: Påminnelse: anmälan till DalaLab"), config, AT)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer
    # the same words beside a question about the event are read
    event = "Förlåt att jag kapar tråden, men får man gå på bara en av träffarna?"
    assert parse_chat(event, CHAT, config, AT).intent == Intent.QUESTION


def test_a_subject_read_beside_the_text_is_still_read() -> None:
    assert _subject_read("Jag stryker mig från 22/2.", "DalaLab").intent == Intent.CANCEL


def test_the_writers_own_cancellation_told_as_said_before_is_still_a_cancellation() -> None:
    r = read("Som jag skrev förra veckan kan jag inte komma den 3 maj, så avanmäl mig från den. Däremot vill jag "
             "gärna gå på 21/9 och 29/11.")
    assert r.intent == Intent.CANCEL


def test_striking_a_colleague_and_adding_another_is_no_move_of_the_writers_sessions() -> None:
    r = read("Stryk Per Holm från listan och lägg till Eva Lund på 21/9.", names=True)
    assert not (r.intent == Intent.CHANGE and r.change == "sessions")
