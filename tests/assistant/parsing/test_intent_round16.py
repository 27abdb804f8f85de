"""Intent, sixteenth round: general readings, each class in words of its own (none from a corpus).

- sessions held handed to someone named while the writer is away ("jag är tjänstledig i höst, så min kollega Per
  tar de två sista träffarna"): a substitution for those sessions, both people in it;
- a job move told as working elsewhere now ("numera arbetar jag hos Region Dalarna"), beside a signup held: a change
  of details, whatever is asked beside it;
- "blir inget 21/9 för mig": a session given up, the date between; "blir inget problem" is no cancellation;
- an unpaid invoice to pay through a link "so as not to lose your place", from a no-reply address: unsolicited,
  not an automatic reply.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S3, S4, build_mail, people, read

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
MAJA = "Maja Sund <maja.sund@leksand.se>"
CHAT = Sender("telegram", "77", "Maja Sund")


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = MAJA) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


# --- sessions handed over while the writer is away

def test_colleague_takes_the_sessions_of_a_writer_on_leave(config: Config) -> None:
    r = _mail(config, "Hej,\n\nJag har en plats på alla fyra träffarna och är anmäld sedan januari. Från augusti är "
                      "jag tjänstledig, så min kollega Oskar Berg (oskar.berg@leksand.se) tar de två sista träffarna "
                      "i stället.\n\nVänliga hälsningar\nMaja Sund\nLeksands kommun\n")
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"
    assert {p.name for p in r.people} == {"Maja Sund", "Oskar Berg"}
    assert set(r.sessions) == {S3, S4}


def test_colleague_takes_the_sessions_in_english(config: Config) -> None:
    r = _mail(config, "Hello,\n\nI'm registered for all four meetings, but I'm on parental leave from September. "
                      "My colleague Oskar Berg (oskar.berg@leksand.se) will take the last two sessions.\n\n"
                      "Best regards,\nMaja Sund\n")
    assert r.intent == Intent.CHANGE
    assert {p.name for p in r.people} == {"Maja Sund", "Oskar Berg"}
    assert set(r.sessions) == {S3, S4}


def test_colleague_going_to_other_sessions_in_a_new_signup_is_no_substitution(config: Config) -> None:
    # nobody holds a place yet: both sign up, each for their own sessions
    r = _mail(config, "Hej!\n\nJag anmäler mig till 3 maj och 21 september. Min kollega Oskar Berg "
                      "(oskar.berg@leksand.se) tar de två sista träffarna.\n\nMaja Sund\n")
    assert r.intent == Intent.REGISTER


def test_sessions_taken_without_the_writer_away_is_no_substitution(config: Config) -> None:
    r = _mail(config, "Hej,\n\nJag är anmäld till alla fyra. Min kollega Oskar Berg (oskar.berg@leksand.se) tar också "
                      "de två sista träffarna, kan ni anmäla honom?\n\nMaja Sund\n")
    assert r.change != "substitute"


# --- a job move told as working elsewhere now

def test_working_elsewhere_now_beside_a_signup_held_is_a_change_of_details(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag står anmäld från Leksands kommun (maja.sund@leksand.se), men numera arbetar jag hos "
                      "Region Dalarna. Vill fortsätta i DalaLab – går det att byta organisation och adress till den "
                      "här?\n\nMaja Sund\n", sender="Maja Sund <maja.sund@regiondalarna.se>")
    assert r.intent == Intent.CHANGE
    assert r.change == "details"
    assert people(r) == [("Maja Sund", "maja.sund@regiondalarna.se", "Region Dalarna")]
    assert r.sessions == ()


def test_working_elsewhere_said_in_other_orders() -> None:
    for text in ("Jag är anmäld till DalaLab. Från och med april jobbar jag på Falu kommun.",
                 "Jag är redan anmäld, men jag jobbar sedan februari på Länsstyrelsen.",
                 "Jag är anmäld sedan december. Jag jobbar på Mora kommun i stället nu."):
        assert read(text, sessions=False).change == "details", text


def test_working_somewhere_said_of_the_work_is_no_job_move() -> None:
    # what one works on, not where
    r = read("Jag är anmäld till alla fyra. Vi jobbar nu på en ny översiktsplan, kan jag ta med ett utkast?")
    assert r.change != "details"


# --- "blir inget <datum> för mig"

def test_nothing_of_a_date_for_me_gives_it_up() -> None:
    assert read("det blir inget 21/9 för mig, tyvärr").intent == Intent.CANCEL
    assert read("Blir inget den 3 maj för oss, sjukdom på kontoret.").intent == Intent.CANCEL


def test_the_date_given_up_and_the_one_kept_in_chat(config: Config) -> None:
    r = parse_chat("hej maja från leksand här. blir inget 3 maj för min del, men 21/9 kommer jag", CHAT, config, AT)
    assert r.intent == Intent.CANCEL


def test_no_problem_is_no_cancellation() -> None:
    r = read("Jag anmäler mig till alla fyra, det blir inget problem för mig att ta mig dit.")
    assert r.intent == Intent.REGISTER


# --- an unpaid invoice with a link and a threat

def test_unpaid_invoice_by_a_link_from_no_reply_is_unsolicited(config: Config) -> None:
    body = ("Hej,\n\nEr avgift för platserna i DalaLab, 9 800 kr, är obetald och förfaller i dag. Betala via länken "
            "nedan för att inte förlora era platser:\n\nhttps://betalportal-example.net/x?id=88\n\nMvh\nKundtjänst\n")
    r = parse_email(build_mail(body, sender="Betalservice <no-reply@betalportal-example.net>",
                               subject="Påminnelse: obetald avgift"), config, AT)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer


def test_a_participant_asking_about_an_unpaid_invoice_is_read(config: Config) -> None:
    body = ("Hej!\n\nVi har fått ett mejl om en obetald faktura för DalaLab som förfaller i dag, 9 800 kr. "
            "Stämmer det? Vi trodde att träffarna var avgiftsfria.\n\nMaja Sund\n")
    r = _mail(config, body)
    assert r.intent == Intent.QUESTION


def test_a_new_employer_from_a_month_on_is_a_change_of_details(config: Config) -> None:
    r = _mail(config, "Hej!\n\nJag är anmäld till alla fyra träffarna. Från och med maj arbetar jag på Mora kommun, "
                      "så min nya adress är maja.sund@mora.se.\n\nMaja\n")
    assert r.intent == Intent.CHANGE
    assert r.change == "details"
    assert [p.email for p in r.people] == ["maja.sund@mora.se"]
