"""Automatic, list and scam mail, round 37b: by class, each in words of its own (none from a corpus), with near-misses.

- A: a post to a mailing list written by a member (From: the member, To: the list's address), the list's tag in the
  subject naming the list's address and a list server's footer in the text: never a request to us, whatever it says
  of the sessions; a signup sent to us with the same footer but no tag naming a recipient is read;
- B: phishing from a no-reply address (a password "går ut idag" to keep by a click, a fee to pay "för att behålla din
  plats", a greeting by the reader's address "Hej eva.lund,"): unsolicited (``unknown``), not an automatic reply; a
  no-reply system's plain receipt stays an automatic reply, a participant telling of their own password is read;
- C: a help desk's receipt of our mail ("Vi har tagit emot ditt ärende och det har fått nummer AB-123 ... Svara inte
  på detta meddelande"), its own words before the subject it answers ("Ärende mottaget [#AB-123] SV: ..."): an
  automatic reply; a person quoting a case number in a signup is read.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OURS = b"To: Linnea Hassis <linnea.hassis@regiondalarna.se>"


def _mail(text: str, config: Config, sender: str, subject: str, to: str | None = None,
          html: str | None = None) -> ParsedRequest:
    raw = build_mail(text, sender=sender, subject=subject, html=html)
    if to is not None:
        raw = raw.replace(OURS, b"To: " + to.encode())
    return parse_email(raw, config, ARRIVAL)


# --- A: a member's post to a list

PLANNERS = "planerare-dalarna@listserv.example.net"
FOOTER_SV = ("\n\n--\nplanerare-dalarna – e-postlista för planerare i länet\n"
             "Avsluta prenumeration: planerare-dalarna-leave@listserv.example.net\n")
FOOTER_EN = ("\n\n_______________________________________________\nplanerare-dalarna mailing list\n"
             "Avregistrera: https://listserv.example.net/planerare-dalarna\n")


@pytest.mark.parametrize(("text", "footer"), [
    (("Hej listan! Vi är två från Orsa som kör ner till träffen den 21 september. Någon från Mora som vill åka med? "
     "Det finns plats för två till.\n\n/Kent"), FOOTER_EN),
    (("Hej alla,\n\nHar någon en bra mall för en planeringsstrategi att dela med sig av? Vi ses ju på DalaLab i "
     "september, men vore bra att komma igång innan.\n\nKent"), FOOTER_SV),
])
def test_a_a_members_post_to_a_list_is_never_a_request(config: Config, text: str, footer: str) -> None:
    r = _mail(text + footer, config, "Kent Ros <kent.ros@orsa.se>", "[planerare-dalarna] Samåkning / mall?",
              to=PLANNERS)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer
    assert list(r.people) == []


def test_a_near_miss_a_signup_to_us_with_the_footer_is_read(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till den 21 september.\n\nKent Ros\nOrsa kommun" + FOOTER_EN, config,
              "Kent Ros <kent.ros@orsa.se>", "[planerare-dalarna] Anmälan")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]


def test_a_near_miss_a_tag_naming_the_list_without_its_footer_is_read(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till den 21 september.\n\nKent Ros\nOrsa kommun", config,
              "Kent Ros <kent.ros@orsa.se>", "[planerare-dalarna] Anmälan", to=PLANNERS)
    assert r.intent == Intent.REGISTER


# --- B: phishing from a no-reply address

PASSWORD_HTML = ("<html><body><p>Hej eva.lund,</p><p>Ditt Office 365-lösenord går ut idag. Klicka nedan för att "
                 "behålla ditt nuvarande lösenord.</p><p><a href=\"http://o365-konto.example.com/keep\">BEHÅLL "
                 "LÖSENORD</a></p></body></html>")
FEE_HTML = ("<html><body><p>Hej,</p><p>Vi har tagit emot din anmälan till DalaLab den 21 september 2027. "
            "Anmälningsavgiften på 1 200 kr är ännu inte betald.</p><p>Betala senast 10 april för att behålla din "
            "plats: <a href=\"https://dalalab-anmalan.example.net/pay\">Betala här</a></p><p>Med vänlig hälsning"
            "<br>DalaLab Anmälan</p></body></html>")


@pytest.mark.parametrize(("sender", "subject", "html"), [
    ("IT-avdelningen <no-reply@konto-varning.example.com>", "Ditt lösenord går ut", PASSWORD_HTML),
    ("DalaLab Anmälan <noreply@dalalab-anmalan.example.net>", "Påminnelse: obetald anmälningsavgift", FEE_HTML),
])
def test_b_phishing_from_a_no_reply_address_is_unsolicited(config: Config, sender: str, subject: str,
                                                            html: str) -> None:
    r = _mail("", config, sender, subject, html=html)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer


def test_b_near_miss_a_no_reply_receipt_is_an_automatic_reply(config: Config) -> None:
    r = _mail("Hej,\n\nTack för ditt meddelande. Vi återkommer så snart vi kan.\n\nKundtjänst", config,
              "Kundtjänst <noreply@example.com>", "Tack för ditt meddelande")
    assert r.intent == Intent.AUTO_REPLY


def test_b_near_miss_a_participant_whose_password_ran_out_is_read(config: Config) -> None:
    r = _mail("Hej eva.lund skriver här. Mitt lösenord gick ut idag så jag skriver från en kollegas dator: "
              "anmäl mig till den 21 september.\n\nEva Lund\nOrsa kommun", config, "Per Ek <per.ek@orsa.se>",
              "Anmälan")
    assert r.intent == Intent.REGISTER


# --- C: a help desk's receipt of our mail

RECEIPT = ("Tack för ditt meddelande!\n\nVi har tagit emot ditt ärende och det har fått nummer PB-2027-0042. En "
           "handläggare återkommer inom tre arbetsdagar. Svara inte på detta meddelande.\n\nPlan och bygg\n"
           "Mora kommun\n")


@pytest.mark.parametrize("subject", [
    "Ärende mottaget [#PB-2027-0042] SV: Bekräftelse: din anmälan till DalaLab",
    "Ärende mottaget [#PB-2027-0042]",
])
def test_c_a_help_desk_receipt_is_an_automatic_reply(config: Config, subject: str) -> None:
    r = _mail(RECEIPT, config, "Plan och bygg Mora <planbygg@mora.se>", subject)
    assert r.intent == Intent.AUTO_REPLY
    assert list(r.people) == []


def test_c_near_miss_a_signup_naming_a_case_number_is_read(config: Config) -> None:
    r = _mail("Hej! Mitt ärende har fått nummer PB-2027-0042 hos er, men nu vill jag bara anmäla mig till den 21 "
              "september.\n\nEva Lund\nMora kommun", config, "Eva Lund <eva.lund@mora.se>", "Anmälan")
    assert r.intent == Intent.REGISTER
