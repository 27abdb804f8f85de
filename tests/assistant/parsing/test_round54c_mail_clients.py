"""Mail-client forms and replies over quoted mail, round 54c (on ``dev53``), in words of their own, with near-misses:

- A: a calendar program's tentative answer with a typed comment that only misses the start of the day ("hinner inte
  till fikat", "hinner inte till starten"): arriving late is asked about, no session given up. Not making the
  session itself is a cancellation as before.
- B: a person's calendar decline with no words of their own ("Avböjt: Träff 4 – DalaLab 22 februari 2028" with an
  empty body, or only the program's "X har avböjt det här mötet. När: ..."): the session the subject names given up,
  but a click may be a slip, so the cancellation is asked about (intent unsure), never acted on. An acceptance without
  words, and a booked room's automatic refusal, stay automatic replies.
- C: a reply to all on a mailing list (the list's tag in the subject, its footer below) with our address in To or Cc
  too, signing the writer up ("Linnea (kopia): boka mig på 21/9 och 22/2"): written to us as well, so read. The same
  post sent to the list alone stays a list post, never answered.
- D: the writer's words written below the mail they answer: under a mail quoted with ">" and nothing above it, or
  under a pasted header block ("Från: ... Skickat: ... Ämne: ...") in a paragraph the writer signs with their own
  name. They are read as the writer's own (the quoted dates are not the signup).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

TOVE = "Lindgren Tove <tove.lindgren@alvdalen.se>"


def _mail(body: str, config: Config, subject: str = "DalaLab", sender: str = TOVE) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    ("Hej! Bussen från Särna är framme 10.20, så jag hinner inte till fikat och inte heller till starten. Är det "
    "okej att komma en halvtimme sent?\n\nTove"),
    ("Hej, jag hinner tyvärr inte till början av dagen, tåget är framme först 10.30. Går det bra att komma in "
    "efter inledningen?\n\nTove"),
])
def test_a_missing_the_start_of_the_day_is_a_question(config: Config, body: str) -> None:
    r = _mail(body, config, "Preliminärt: Träff 2 – DalaLab 21 september")
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


def test_a_near_miss_not_making_the_session_is_a_cancellation(config: Config) -> None:
    r = _mail("Hej! Jag hinner tyvärr inte till träffen 21 september, stryk mig från den.\n\nTove", config,
              "Preliminärt: Träff 2 – DalaLab 21 september")
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)


@pytest.mark.parametrize(("subject", "body", "session"), [
    ("Avböjt: Träff 4 – DalaLab 22 februari 2028", "", S4),
    ("Avböjt: DalaLab träff 3", ("Lindgren, Tove har avböjt det här mötet.\n\nNär: den 29 november 2027 10:00–15:00\n"
     "Var: Falun\n"), S3),
    ("Declined: DalaLab session 2", "Tove Lindgren has declined this meeting.\n\nWhen: 21 September 2027\n", S2),
])
def test_b_a_bare_calendar_decline_is_a_cancellation_asked_about(config: Config, subject: str, body: str,
                                                                 session: object) -> None:
    r = _mail(body, config, subject)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (session,)
    assert [p.email for p in r.people] == ["tove.lindgren@alvdalen.se"]
    assert Unsure.INTENT in r.unsure
    assert not r.never_answer


@pytest.mark.parametrize(("subject", "body"), [
    ("Accepterat: Träff 4 – DalaLab 22 februari 2028", ""),
    ("Preliminärt: Träff 2 – DalaLab 21 september", ""),
    ("Avböjt: DalaLab träff 1", ("Din begäran har avböjts automatiskt eftersom den krockar med en annan bokning.\n\n"
     "När: den 3 maj 2027 09:00–16:00\nVar: Sal B, Falun\n")),
])
def test_b_near_miss_an_acceptance_or_a_rooms_refusal_is_an_automatic_reply(config: Config, subject: str,
                                                                           body: str) -> None:
    assert _mail(body, config, subject).intent == Intent.AUTO_REPLY


LIST_POST = ("Tack för tipset, Olle!\n\nLinnea (kopia): boka mig på 21/9 och 22/2. De andra två vet jag inte än.\n\n"
             "/Tove Lindgren, Älvdalens kommun\n\n"
             "Den 3 mars 2027 skrev Olle Berg <olle.berg@orsa.se>:\n> Hej nätverket! Sista anmälningsdag till DalaLab är "
             "14 april.\n> Träffarna: 3/5, 21/9, 29/11 och 22/2.\n\n"
             "_______________________________________________\nplanerarnatverket mailing list\n"
             "planerarnatverket@listor.example.se\nhttps://listor.example.se/mailman/listinfo/planerarnatverket\n")


def _list_mail(to: str, cc: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = TOVE
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = "[planerarnatverket] Re: Sista dag för DalaLab"
    msg["Message-ID"] = "<list@example.org>"
    msg.set_content(LIST_POST)
    return bytes(msg)


@pytest.mark.parametrize(("to", "cc"), [
    ("planerarnatverket@listor.example.se, linnea.hassis@regiondalarna.se", None),
    ("planerarnatverket@listor.example.se", "Linnea Hassis <linnea.hassis@regiondalarna.se>"),
])
def test_c_a_list_reply_written_to_us_too_is_read(config: Config, to: str, cc: str | None) -> None:
    r = parse_email(_list_mail(to, cc), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S4)
    assert [p.email for p in r.people] == ["tove.lindgren@alvdalen.se"]
    assert S1 not in r.sessions


def test_c_near_miss_the_post_to_the_list_alone_is_never_answered(config: Config) -> None:
    r = parse_email(_list_mail("planerarnatverket@listor.example.se", None), config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer


@pytest.mark.parametrize("body", [
    ("Den 2 mars 2027 kl. 09:12 skrev Olle Berg <olle.berg@orsa.se>:\n> Hej! Sista dag att anmäla sig till DalaLab är "
    "14 april.\n> Träffar: 3/5, 21/9, 29/11 och 22/2.\n\nTack, jag vill gärna vara med den 29 november.\n\n"
    "Tove Lindgren\nÄlvdalens kommun\n"),
])
def test_d_words_below_a_quoted_mail_are_the_writers(config: Config, body: str) -> None:
    r = _mail(body, config, "Re: DalaLab")
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S3,)


def test_d_a_paste_with_the_signup_signed_below_it_in_a_chat(config: Config) -> None:
    text = ("Skriver här, mejlen krånglar i mobilen:\n\nFrån: Berg Olle\nSkickat: den 2 mars 2027 09:12\n"
            "Ämne: DalaLab\nTräff 1: 3 maj 2027. Träff 2: 21 september 2027. Träff 3: 29 november 2027. Träff 4: "
            "22 februari 2028.\n\nJag anmäler mig till 3 maj och 22 februari. Tove Lindgren, Älvdalens kommun")
    r = parse_chat(text, Sender("telegram", "5151", "Tove Lindgren"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S4)


def test_d_near_miss_a_pasted_mail_signed_by_its_own_writer_is_not_the_writers(config: Config) -> None:
    text = ("Kolla detta:\n\nFrån: Berg Olle\nSkickat: den 2 mars 2027 09:12\nÄmne: DalaLab\n"
            "Hej! Jag anmäler mig till 3 maj.\n\nVill du också gå? Olle Berg, Orsa kommun")
    r = parse_chat(text, Sender("telegram", "5151", "Tove Lindgren"), config, ARRIVAL)
    assert r.intent != Intent.REGISTER or "Tove Lindgren" not in [p.name for p in r.people]
