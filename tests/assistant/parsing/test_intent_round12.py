"""Intent, twelfth round: general readings, each class in words of its own (none from a corpus).

- a place on the waiting list asked for ("sätt mig på reservlistan"): a signup; whether one may stand there, asked:
  a question;
- a wish to come said on the condition of an answer about who may take part at all ("Får konsulter också vara
  med? I så fall vill jag ...") is a question; with a signup made beside it, a signup;
- "också," (a comma after it) adds the session before it to a signup held;
- a diet told beside questions about the arrangements, asked to be noted nowhere: a question, the diet kept;
- "släpper min plats till X": a substitution;
- the writer taking a colleague's sessions too ("jag tar hans träffar också"): a change, the sessions after it;
- a substitute for someone whose cancellation is told as done earlier: a new signup (unsure);
- a reply over the writer's own earlier list, quoted under its name only ("Från: Eva Lund", "Ämne: Anmälan ..."),
  widening a colleague's sessions: a change.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.intent import classify
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.text import fold
from assistant.request import Intent, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, build_mail, read

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SENDER = Sender("telegram", "91", "Jonas Ekholm")


def test_asking_to_be_put_on_the_waiting_list_is_a_signup() -> None:
    r = read("Vi har redan fyllt våra tre platser från Säter. Vore det möjligt med en fjärde? "
             "Jag vill i så fall gärna sätta upp mig på reservlistan för alla träffarna.")
    assert r.intent == Intent.REGISTER
    assert read("Please put me on the waiting list for the autumn sessions.").intent == Intent.REGISTER


def test_asking_whether_one_may_stand_on_the_waiting_list_stays_a_question() -> None:
    assert read("Tre från Säter är redan anmälda. Kan en fjärde kollega stå på reservlistan?").intent == Intent.QUESTION


def test_a_wish_hanging_on_who_may_take_part_is_a_question(config: Config) -> None:
    r = parse_chat("Hej! Jag är konsult och jobbar åt Orsa kommun. Får konsulter också vara med, eller är det "
                   "bara för kommunanställda? I så fall skulle jag gärna vilja gå på träffen i november. /Jonas Ekholm",
                   SENDER, config, AT)
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()
    assert read("Is the programme also open to consultants? If so, I would like to join the September "
                "session.").intent == Intent.QUESTION


def test_a_signup_made_beside_a_question_on_who_may_take_part_stays_a_signup() -> None:
    r = read("Får politiker också delta? Om det går vill jag gärna komma, anmäl mig i så fall till 21/9.")
    assert r.intent == Intent.REGISTER


def test_a_timing_question_before_a_polite_wish_stays_a_signup() -> None:
    assert read("Hinner man fortfarande? Om det går vill jag gärna vara med på alla fyra.").intent == Intent.REGISTER


def test_also_followed_by_a_comma_adds_the_session_to_those_held(config: Config) -> None:
    r = parse_chat("Tjena, Jonas Ekholm från Orsa. Min chef anmälde mig till 3/5 men jag kan 29 november också, "
                   "kan du fixa det?", SENDER, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S3)


def test_a_diet_told_beside_questions_about_the_arrangements_is_a_question(config: Config) -> None:
    raw = build_mail("Hej!\n\nJag blev anmäld av min chef Sara Holm. Serveras det middag efter träffarna eller bara "
                     "kaffe? Jag är vegetarian. Och är alla träffarna i samma lokal?\n\nVänliga hälsningar\n"
                     "Tove Lind\nLeksands kommun", sender="Tove Lind <tove.lind@leksand.se>", subject="Mat och lokal")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.QUESTION
    assert r.people == ()
    assert r.diet is not None and "vegetarian" in r.diet.lower()


def test_a_diet_asked_to_be_noted_beside_a_question_stays_a_change() -> None:
    own = ["Jag är anmäld till alla fyra träffarna.", "Jag är vegetarian, kan ni notera det?"]
    r = classify(own, [fold(s) for s in own], "", True, True, lambda i: False)
    assert r.intent == Intent.CHANGE
    assert r.change == "diet"


def test_letting_go_of_a_place_to_someone_is_a_substitution() -> None:
    r = read("Jag hinner inte i vår, så jag släpper min plats till Lisa Berg för majträffen.", names=True)
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"


def test_taking_a_colleagues_sessions_too_is_a_change_to_all_after_it(config: Config) -> None:
    r = parse_chat("Hej, Jonas Ekholm i Orsa. Kalle har bytt jobb så jag tar hans två träffar också, alltså går "
                   "jag på samtliga fyra nu.", SENDER, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == ALL


def test_a_substitute_for_a_cancellation_made_earlier_is_a_new_signup(config: Config) -> None:
    raw = build_mail("Hej!\n\nOlof Berg avanmälde sig förra månaden. I hans ställe vill vår nyanställda Sanna Holm "
                     "(sanna.holm@orsa.se) gå på 3 maj och 21 september.\n\nHälsningar\nMaria Nyberg\nOrsa kommun",
                     sender="Maria Nyberg <maria.nyberg@orsa.se>", subject="Ny deltagare")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.REGISTER
    assert Unsure.INTENT in r.unsure
    assert r.sessions == (S1, S2)
    assert "Sanna Holm" in [p.name for p in r.people]


def test_a_substitute_said_beside_a_cancellation_made_now_stays_a_substitution() -> None:
    r = read("Olof Berg avanmäler sig härmed. I hans ställe går Sanna Holm på 3 maj.", names=True)
    assert r.intent == Intent.CHANGE


def test_a_reply_over_the_writers_own_list_widening_a_colleague_is_a_change(config: Config) -> None:
    body = ("Hej igen,\n\nNya besked – Leo kan ändå vara med på alla fyra träffarna, så anmäl honom till samtliga."
            "\n\n/Eva\n\n-----Ursprungligt meddelande-----\nFrån: Eva Lund\nSkickat: den 2 december 2026 09:12\n"
            "Ämne: Anmälan DalaLab Orsa\n\n- Eva Lund, eva.lund@orsa.se – alla fyra träffarna\n"
            "- Leo Strand, leo.strand@orsa.se – bara 21 september\n")
    raw = build_mail(body, sender="Eva Lund <eva.lund@orsa.se>", subject="SV: Anmälan DalaLab Orsa")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == ALL


def test_a_diet_told_as_news_beside_a_question_stays_a_change() -> None:
    own = ["Jag står på listan till träffarna i höst.", "Jag har blivit vegetarian sedan dess.", "Blir det fika?"]
    r = classify(own, [fold(s) for s in own], "", True, True, lambda i: False)
    assert r.intent == Intent.CHANGE
