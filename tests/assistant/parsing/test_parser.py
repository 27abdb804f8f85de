"""End-to-end tests of the parser's entry points on synthetic messages."""

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email, parse_telegram_update
from assistant.request import Intent, Role, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3

INVITATION = "Träffar:\n1. 3 maj 2027\n2. 21 september 2027\n3. 29 november 2027\n4. 22 februari 2028"


def test_reply_to_invitation_reads_only_own_words(config: Config, arrival: dt.datetime,
                                                  mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag anmäler mig till andra träffen. Vegetarisk, tack.\n\nHälsningar\nOla Dahl\n"
            "Planerare, Mora kommun\nTel 0250-26 000\n\n-----Ursprungligt meddelande-----\n"
            "Från: Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 26 november 2026\n\n" + INVITATION)
    r = parse_email(mail(body, sender="Dahl Ola <ola.dahl@mora.se>", subject="SV: Inbjudan"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S2,) and r.sessions_named
    assert [(p.name, p.email, p.organisation) for p in r.people] == [("Ola Dahl", "ola.dahl@mora.se",
                                                                      "Mora kommun")]
    assert r.diet == "vegetarisk" and r.subject == "SV: Inbjudan" and r.message_id == "<test@example.org>"


def test_no_session_named_means_all(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Jag vill gärna vara med i DalaLab.\n\nMvh\nAnna Berg"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == ALL and not r.sessions_named


def test_colleagues_listed_and_sender_left_out(config: Config, arrival: dt.datetime,
                                               mail: Callable[..., bytes]) -> None:
    body = ("Vi vill anmäla två kollegor till höstens träffar:\n- Per Ek, per.ek@orsa.se\n- Lisa Ström\n\n"
            "Själv deltar jag inte.\n\nHälsningar\nKim Lo")
    r = parse_email(mail(body, sender="Kim Lo <kim.lo@orsa.se>"), config, arrival)
    assert [(p.name, p.email, p.organisation) for p in r.people] == [
        ("Per Ek", "per.ek@orsa.se", "Orsa kommun"), ("Lisa Ström", None, "Orsa kommun")]
    assert r.sessions == (S2, S3)


def test_private_mail_organisation_from_signature_not_venue(config: Config, arrival: dt.datetime,
                                                            mail: Callable[..., bytes]) -> None:
    body = "Jag vill anmäla mig till träffen 3 maj i Falun.\n\nPetra Ek\nPlanarkitekt, Orsa kommun"
    r = parse_email(mail(body, sender="Petra Ek <petra.ek77@gmail.com>"), config, arrival)
    assert r.people[0].organisation == "Orsa kommun" and r.sessions == (S1,)


def test_consultant_has_no_organisation(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Jag vill anmäla mig, jag stöttar flera kommuner i länet.\n\nMvh\nEva Ros\n"
            "Ros Plan AB, Storgatan 1, 791 71 Falun")
    r = parse_email(mail(body, sender="Eva Ros <eva@rosplan.se>"), config, arrival)
    assert r.people[0].organisation is None


def test_unknown_domain_takes_the_organisation_the_text_names(config: Config, arrival: dt.datetime,
                                                              mail: Callable[..., bytes]) -> None:
    """A domain that is neither free mail nor configured decides nothing: the quota cannot be escaped by it."""
    body = "Hej, jag vill anmäla mig. Jag jobbar på Falu kommun.\n\nMvh\nEva Ros\nFalu kommun"
    r = parse_email(mail(body, sender="Eva Ros <eva@rosplan.se>"), config, arrival)
    assert r.people[0].organisation == "Falu kommun"
    greeting = parse_email(mail("Dear Region Dalarna,\n\nPlease register me.\n\nEva Ros",
                                sender="Eva Ros <eva@rosplan.se>"), config, arrival)
    assert greeting.people[0].organisation is None   # the greeting names whom it greets


def test_substitution(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Hi! I can't make it on Sept 21. My colleague Priya Raman will go in my place – Avesta kommun.",
                   Sender("telegram", "1", "Dan Roos"), config, arrival)
    assert r.intent == Intent.CHANGE and r.change == "substitute" and r.sessions == (S2,)
    roles = {(p.name, p.role) for p in r.people}
    assert roles == {("Dan Roos", Role.LEAVING), ("Priya Raman", Role.JOINING)}
    assert r.language == "en"


def test_forward_pointing_below(config: Config, arrival: dt.datetime) -> None:
    body = ("Anmäl gärna Ola Berg till de två träffar han nämner nedan. Själv deltar jag inte.\n\n"
            "---------- Forwarded message ---------\nFrån: Ola Berg <ola.berg@mora.se>\nDate: 1 jan\n\n"
            "Jag vill gå på 3 maj och 29 november.\n")
    msg = EmailMessage()
    msg["From"] = "Chef <chef@mora.se>"
    msg["Subject"] = "Fwd: DalaLab"
    msg.set_content(body)
    r = parse_email(bytes(msg), config, arrival)
    assert [(p.name, p.email) for p in r.people] == [("Ola Berg", "ola.berg@mora.se")]
    assert r.sessions == (S1, S3)


def test_out_of_office_and_newsletter_never_answered(config: Config, arrival: dt.datetime,
                                                     mail: Callable[..., bytes]) -> None:
    ooo = parse_email(mail("Jag är på semester och är tillbaka måndag 3 maj.", subject="Automatiskt svar: x"),
                      config, arrival)
    assert ooo.intent == Intent.AUTO_REPLY and ooo.sessions == () and ooo.people == ()
    news = parse_email(mail("Webbinarium 21 september – anmäl dig!", headers={"Precedence": "bulk"}),
                       config, arrival)
    assert news.intent == Intent.UNKNOWN and any("never answer" in p for p in news.problems)


def test_question_has_no_sessions(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Är träffen 21/9 också i Falun?", Sender("telegram", "2", "Bo Ek"), config, arrival)
    assert r.intent == Intent.QUESTION and r.sessions == () and r.people == ()
    assert r.question == "Är träffen 21/9 också i Falun?"


def test_telegram_update(config: Config) -> None:
    update = {"update_id": 1, "message": {"message_id": 1, "date": 1_819_000_000,
                                          "from": {"id": 42, "is_bot": False, "first_name": "Moa",
                                                   "last_name": "Lind"},
                                          "chat": {"id": 42, "type": "private"},
                                          "text": "anmäler mig till 29 nov /moa, gagnef"}}
    r = parse_telegram_update(update, config)
    assert r.sender == Sender("telegram", "42", "Moa Lind")
    assert [(p.name, p.organisation) for p in r.people] == [("Moa Lind", "Gagnefs kommun")]
    assert r.sessions == (S3,)


def test_telegram_update_without_text(config: Config) -> None:
    r = parse_telegram_update({"update_id": 1, "message": {"date": 1, "from": {"id": 1}}}, config)
    assert r.intent == Intent.UNKNOWN and r.problems
    assert parse_telegram_update({"nonsense": True}, config).intent == Intent.UNKNOWN


def test_names_listed_under_a_colon_include_the_sender_when_named(config: Config, arrival: dt.datetime,
                                                                  mail: Callable[..., bytes]) -> None:
    body = "Vi är tre som vill vara med:\nKarin Ek\nBo Lind\nSara Holm\n\nVänliga hälsningar\nKarin Ek"
    r = parse_email(mail(body, sender="Karin Ek <karin.ek@leksand.se>"), config, arrival)
    assert [p.name for p in r.people] == ["Karin Ek", "Bo Lind", "Sara Holm"]
    assert {p.organisation for p in r.people} == {"Leksands kommun"}


def test_move_to_other_sessions(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Jag är anmäld till 3 maj men vill byta till den 29 november i stället, så stryk mig från 3 maj."
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.CHANGE and r.change == "sessions" and r.sessions == (S3,)


def test_erasure_in_other_words(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Ta bort mig från era sändlistor och radera min e-postadress."), config, arrival)
    assert r.intent == Intent.ERASURE and r.sessions == () and len(r.people) == 1


# -- hostile names (issue 11, items 4 and 5): never a participant's name, whatever channel brings them --

_SIGNUP = "Hej, jag vill anmäla mig till träffen den 3 maj. Jag jobbar på Falu kommun."


def _raw_from(display: bytes, address: bytes = b"eve@gmail.com") -> bytes:
    return (b"From: " + display + b" <" + address + b">\r\nTo: anmalan@dalalab.example\r\nSubject: Anm\xc3\xa4lan\r\n"
            b"Message-ID: <hostile@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + _SIGNUP.encode() + b"\r\n")


def test_a_formula_as_display_name_is_no_name(config: Config, arrival: dt.datetime) -> None:
    # =HYPERLINK("http://evil.example";"x") as an encoded word, as a mail program would send it
    encoded = b'=?utf-8?q?=3DHYPERLINK=28=22http=3A=2F=2Fevil=2Eexample=22=3B=22x=22=29?='
    for display in (encoded, b"\"=cmd|' /C calc'!A0\""):
        r = parse_email(_raw_from(display), config, arrival)
        assert r.intent == Intent.REGISTER and r.sessions == (S1,)
        assert [(p.name, p.email) for p in r.people] == [(None, "eve@gmail.com")], display


def test_control_characters_in_a_display_name_never_reach_a_name(config: Config, arrival: dt.datetime) -> None:
    for display in (b"\"Eve \x1b[31mRed\x07 Evil\"", b"=?utf-8?q?Eve_=1B=5D0=3Bpwned=07_Evil?="):
        r = parse_email(_raw_from(display), config, arrival)
        assert [p.name for p in r.people] == [None], display
        assert r.sender.name is None or "\x1b" not in r.sender.name


def test_a_formula_as_telegram_profile_name_is_no_name(config: Config, arrival: dt.datetime) -> None:
    for first, last in (('=HYPERLINK("http://evil.example";"x")', None), ("=cmd|' /C calc'!A0", "Evil"),
                        ("Eve\x1b[2J", "Evil")):
        r = parse_chat("anmäler mig till 3/5, Falu kommun", Sender("telegram", "42", " ".join(
            p for p in (first, last) if p)), config, arrival)
        assert r.intent == Intent.REGISTER and [p.name for p in r.people] == [None], first
    named = parse_chat("anmäler mig till 3/5, jag heter Eva Lind, Falu kommun", Sender("telegram", "42", "=1+1"),
                       config, arrival)
    assert [p.name for p in named.people] == ["Eva Lind"]


def test_diet_and_organisation_hold_no_control_characters(config: Config, arrival: dt.datetime) -> None:
    body = "Hej!\nJag anmäler mig till 3 maj. Jag är glutenintolerant\x1b[2J och jobbar på Falu\x07 kommun.\n/Anna Berg"
    r = parse_email(_raw_from(b"Anna Berg", b"anna.berg@gmail.com").replace(_SIGNUP.encode(), body.encode()),
                    config, arrival)
    assert r.diet == "glutenintolerant" and [p.organisation for p in r.people] == ["Falu kommun"]
