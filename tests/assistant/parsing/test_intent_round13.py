"""Intent, thirteenth round: general readings, each class in words of its own (none from a corpus).

- staff sent with the verb first ("skickar vi följande två medarbetare:"): a signup, the writer staying out aside;
- "skulle (gärna) vilja vara med": a wish to take part, as "vill vara med" is;
- a place as a reserve asked for ("ställ mig som reserv", "put me down as a reserve"): a signup;
- "om någon av dem får förhinder", "if one of them can't come": nobody's cancellation;
- a colleague taking over the writer's sessions ("tar över mina två sista träffar"), or taking those the writer
  cannot do ("jag kan inte 21/9, Per tar den"): a substitution;
- "tar gärna hennes plats" beside a cancellation told as done (a two-word name between "har" and "avanmält sig",
  or "som chefen avanmälde tidigare"): a new signup;
- someone only hoped to take the place ("hoppas någon annan kan ta min plats"): the cancellation stands;
- a wrong date owned ("jag skrev fel ... jag menade 21 september"), no session denied: a correction of the signup;
- an address to be used from now on ("från min privata hotmail", "använd den här adressen", "rätt är ..."): a change
  of details, no sessions; the right address is the writer's when it carries their name.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, build_mail, names, people, read

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
KLARA = "Klara Vik <klara.vik@orsa.se>"
CHAT = Sender("telegram", "77", "Klara Vik")


def _mail(config: Config, body: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=KLARA, subject=subject), config, AT)


def test_staff_sent_with_the_verb_first_is_a_signup_of_them_only(config: Config) -> None:
    r = parse_email(build_mail(
        "Hej!\n\nFrån bygglovsenheten skickar vi härmed följande två handläggare, som går på alla träffar:\n\n"
        "- Oskar Lund, oskar.lund@orsa.se\n- Mira Sand, mira.sand@orsa.se\n\n"
        "Själv kommer jag inte att kunna delta, men skicka gärna bekräftelserna till mig också.\n\nKlara Vik",
        sender=KLARA), config, AT)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Oskar Lund", "Mira Sand"]
    assert r.sessions == ALL
    assert read("Skickar jag alltså dessa tre kolleger till hösten.").intent == Intent.REGISTER
    assert read("We are sending the following two planners to the May meeting.").intent == Intent.REGISTER


def test_would_like_to_take_part_in_the_conditional_is_a_signup() -> None:
    for text in ("Jag skulle gärna vilja delta på träffen i september.",
                 "Vi skulle verkligen vilja vara med på alla fyra.",
                 "Jag skulle vilja komma på den andra träffen."):
        r = read(text)
        assert r.intent == Intent.REGISTER and r.cue == [0], text


def test_a_place_as_a_reserve_asked_for_is_a_signup() -> None:
    r = read("Leksand har redan fyllt sina platser. Går det att ställa mig som reserv om någon av dem får "
             "förhinder? I så fall gärna på alla träffarna.")
    assert r.intent == Intent.REGISTER
    assert read("Could you put me down as a reserve in case one of them cannot come?").intent == Intent.REGISTER


def test_one_of_them_if_hindered_is_nobodys_cancellation() -> None:
    for text in ("Om en av oss får förhinder hör vi av oss i god tid.",
                 "If one of them can't come, we will let you know."):
        assert read(text, sessions=False).intent != Intent.CANCEL, text


def test_a_colleague_taking_over_the_writers_sessions_is_a_substitution(config: Config) -> None:
    got = _mail(config, "Hej! Jag är anmäld till alla fyra men går på tjänstledighet i höst. Min kollega Oskar Lund "
                        "(oskar.lund@orsa.se) tar därför över mina tre sista träffar. Den 3 maj kommer jag själv som "
                        "planerat.\n/Klara")
    assert (got.intent, got.change) == (Intent.CHANGE, "substitute")
    assert names(got) == ["Klara Vik", "Oskar Lund"]
    assert got.sessions == (S2, S3, S4)
    r = read("My colleague Tom Berg will take over my last two sessions.", names=True)
    assert (r.intent, r.change) == (Intent.CHANGE, "substitute")


def test_someone_named_taking_those_the_writer_cannot_do_is_a_substitution(config: Config) -> None:
    got = _mail(config, "Hej! Jag kan inte 3 maj och 21/9, min kollega Oskar Lund (oskar.lund@orsa.se) tar dem. "
                        "Resten går jag på som vanligt.\nKlara")
    assert (got.intent, got.change) == (Intent.CHANGE, "substitute")
    assert got.sessions == (S1, S2)
    for text in ("Jag kan tyvärr inte den 29/11, Per Ek tar den.",
                 "I can't make the February session, Tom Berg will take it instead."):
        r = read(text, names=True)
        assert (r.intent, r.change) == (Intent.CHANGE, "substitute"), text


def test_taking_other_sessions_after_ones_own_absence_is_no_substitution() -> None:
    # the one named cannot come to one session and takes the others himself
    assert read("Per Ek kan inte 3 maj, så han tar de tre senare.", names=True).change != "substitute"
    assert read("Jag kan inte svara på det nu, Per Ek tar det.", names=True).change != "substitute"


def test_taking_the_place_of_one_whose_cancellation_is_told_is_a_new_signup() -> None:
    for text in (("Som ni vet har Mats Ek Lind avanmält sig eftersom han bytt jobb. Jag tar gärna hans plats på "
                  "alla träffarna."),
                 ("Jag har efterträtt Mats Ek, som vår chef avanmälde förra veckan. Jag vill gärna ta över hans plats "
                  "på samtliga träffar."),
                 "Mats Ek was withdrawn last week when he left us. I would like to take his place at the sessions."):
        r = read(text, names=True)
        assert (r.intent, r.tentative) == (Intent.REGISTER, True), text


def test_someone_only_hoped_to_take_the_place_leaves_the_cancellation() -> None:
    for text in (("Tyvärr måste jag avanmäla mig, jag har fått nytt jobb. Hoppas att någon annan från Orsa kan ta "
                  "min plats."),
                 "I have to cancel my registration. Hopefully someone else from our office can take my place."):
        assert read(text).intent == Intent.CANCEL, text


def test_a_wrong_date_owned_and_the_one_meant_said_corrects_the_signup(config: Config) -> None:
    r = read("Hej, jag skrev fel datum i min anmälan förra veckan. Där står 21 oktober, men jag menade 21 "
             "september.")
    assert (r.intent, r.change) == (Intent.CHANGE, "sessions")
    got = _mail(config, "Hi, I wrote the wrong date in my registration yesterday: it says 29 October, but I meant "
                        "29 November. So May 3 and November 29.\nKlara")
    assert (got.intent, got.change) == (Intent.CHANGE, "sessions")
    assert got.sessions == (S1, S3)


def test_a_new_address_to_use_is_a_change_of_details(config: Config) -> None:
    for body in (("Hej, jag anmälde mig till DalaLab från min privata hotmail. Använd gärna den här adressen i "
                  "fortsättningen.\nKlara"),
                 "Hi, I signed up from my personal gmail last month. Please use this address from now on.\nKlara"):
        got = _mail(config, body, subject="Adress")
        assert (got.intent, got.change, got.sessions) == (Intent.CHANGE, "details", ()), body
        assert people(got) == [("Klara Vik", "klara.vik@orsa.se", "Orsa kommun")], body


def test_the_right_address_given_in_chat_is_the_writers(config: Config) -> None:
    r = parse_chat("hej! skrev fel e-postadress när jag anmälde mig, rätt är klara.vik@orsa.se. samma träffar som "
                   "innan", CHAT, config, AT)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "details", ())
    assert [(p.name, p.email) for p in r.people] == [("Klara Vik", "klara.vik@orsa.se")]


def test_the_right_address_carrying_the_writers_name_replaces_the_one_written_from(config: Config) -> None:
    r = parse_email(build_mail("Hej, jag skrev fel adress när jag anmälde mig. Rätt är klara.vik@orsa.se, använd "
                               "den.\nKlara Vik", sender="Klara Vik <klaravik77@gmail.com>", subject="Adress"),
                    config, AT)
    assert (r.intent, r.change) == (Intent.CHANGE, "details")
    assert people(r) == [("Klara Vik", "klara.vik@orsa.se", "Orsa kommun")]


def test_a_colleagues_right_address_does_not_replace_the_writers(config: Config) -> None:
    r = parse_email(build_mail("Hej, jag stavade fel på Oskars adress i vår anmälan. Rätt adress är "
                               "oskar.lund@orsa.se.\nKlara", sender=KLARA), config, AT)
    assert all(p.email != "oskar.lund@orsa.se" or p.name == "Oskar Lund" for p in r.people)
