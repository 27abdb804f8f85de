"""Intent, round 29: by class, each in wordings of its own (none from a corpus), and near-misses that must keep
their reading.

- A: a move "från X till Y" written with the one-t slip "flyta" ("vill flyta mig från 3 maj till 22 feb"): a change
  to the new session alone (a bare swap);
- B: a swap asked with a cancellation as the fallback ("kan inte 29/11. kan jag ta 22/2 i så fall? annars stryk mig
  från november"): the swap is what is asked, a change; "i så fall"/"isf" asks for the other session as "istället"
  does;
- C: an English third party taking another's place in the third person ("Ahmed takes her place", "is taking his
  place", "took over her spot"): a substitution, not a cancellation;
- D: the writer's own session given up, with only a question whether someone unnamed could take the place ("Jag kan
  inte 21/9. Kan någon annan ta min plats?"): a cancellation of that session, not only a question;
- E: a fake "confirmation" from outside asking to confirm and pay a fee by a link to keep a place held for some
  hours: unsolicited, intent unknown (not an automatic reply, even from a no-reply sender).
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
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"
CHAT = Sender("telegram", "4711", "Elin Dahl")

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _read(config: Config, text: str, subject: str = "DalaLab", sender: str = ELIN, signed: bool = True) -> ParsedRequest:
    body = text + (SIGNED if signed else "")
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, AT)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: "flyta" (one t) in a move from one session to another

FLOATED = [
    ("Hej! Jag skulle vilja flyta mig från 3 maj till 22 februari om det går bra.", [S4]),
    ("hej, kan ni flyta mig och Per Holm från den 21/9 till den 29/11?", [S3]),
    ("Vi vill flyta från majträffen till novemberträffen, båda två.", [S3]),
]


@pytest.mark.parametrize(("text", "sessions"), FLOATED)
def test_a_move_with_the_slip_flyta_is_a_change(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert list(r.sessions) == sessions


def test_flyta_pa_of_a_meeting_stays_a_signup(config: Config) -> None:
    """Near-miss: "flyta på" (run smoothly) is no move: the signup it stands beside keeps its reading."""
    r = _read(config, "Hoppas allt får flyta på bra den 21/9! Anmäl mig till den träffen, tack.")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]


# --- B: a swap asked, a cancellation only the fallback

FALLBACK = [
    ("hej, jag kommer tyvärr inte kunna 3 maj. kan jag ta 21 sept isf? annars stryk mig från maj bara", [S2]),
    ("Jag kan inte den 29/11. Går det att byta till 22/2 i stället? Annars får ni stryka mig från novemberträffen.",
     [S4]),
    (("I can no longer make 21 September. Could I come on 29 November instead? Otherwise just remove me from the "
      "September session."), [S3]),
]


@pytest.mark.parametrize(("text", "sessions"), FALLBACK)
def test_a_swap_with_a_cancel_fallback_is_a_change(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE, text
    assert list(r.sessions) == sessions


def test_a_swap_asked_in_that_case_is_a_change(config: Config) -> None:
    """ "i så fall" asks for the other session as "istället" does."""
    r = _chat(config, "Jag kan inte 3 maj längre. Kan jag komma 21/9 i så fall?")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S2]


def test_a_plain_cancellation_stays_a_cancellation(config: Config) -> None:
    """Near-miss: no other session asked for, "stryk mig" is the request."""
    r = _chat(config, "Jag kan inte 29/11. Stryk mig från den träffen, tack.")
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S3]


def test_a_question_then_a_cancellation_with_otherwise_stays_a_cancellation(config: Config) -> None:
    """Near-miss: "annars stryk honom" after asking for anyone else, no session swapped: a cancellation."""
    r = _chat(config, "Kan någon annan ta hans plats? Annars stryk honom från listan.")
    assert r.intent == Intent.CANCEL


# --- C: an English third party taking another's place

TAKES_PLACE = [
    (("Hi Linnea,\nTove Berg can't come to DalaLab after all. Jonas Ek (jonas.ek@hedemora.se) takes her place, she "
      "was booked for all four sessions."), ["Jonas Ek", "Tove Berg"]),
    ("Hello, Per Holm is unable to attend in May. Anna Ström (anna.strom@hedemora.se) is taking his place.",
     ["Anna Ström", "Per Holm"]),
]


@pytest.mark.parametrize(("text", "names"), TAKES_PLACE)
def test_someone_takes_her_place_is_a_substitution(config: Config, text: str, names: list[str]) -> None:
    r = _read(config, text, subject="DalaLab swap")
    assert r.intent == Intent.CHANGE, text
    assert _names(r) == names


def test_a_cancellation_without_anyone_taking_the_place_stays_a_cancellation(config: Config) -> None:
    """Near-miss: nobody takes her place: a cancellation."""
    r = _read(config, "Hi Linnea,\nTove Berg can't come to DalaLab after all. Nobody takes her place this time.",
              subject="DalaLab")
    assert r.intent == Intent.CANCEL


# --- D: the writer's own session given up, a stand-in only asked about

STAND_IN_ASKED = [
    ("Jag kan inte 21/9. Kan någon annan från Hedemora gå i mitt ställe? Hör av mig med namn i så fall", [S2]),
    ("Jag kommer inte kunna 3 maj tyvärr. Kan en kollega ta min plats? Återkommer om vem", [S1]),
]


@pytest.mark.parametrize(("text", "sessions"), STAND_IN_ASKED)
def test_own_session_given_up_with_a_stand_in_asked_is_a_cancellation(config: Config, text: str,
                                                                      sessions: list[dt.date]) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CANCEL, text
    assert list(r.sessions) == sessions
    assert _names(r) == ["Elin Dahl"]


@pytest.mark.parametrize("text", [
    "Kan någon annan ta hans plats? Per Holm kan inte komma.",
    "Får en kollega gå i mitt ställe om jag inte kan den 21/9?",
    "Om jag inte kan komma 3 maj, kan någon annan ta min plats då?",
])
def test_a_stand_in_asked_about_only_stays_a_question(config: Config, text: str) -> None:
    """Near-misses: nothing given up by the writer (only asked, or a colleague unnamed for a session)."""
    assert _chat(config, text).intent == Intent.QUESTION


# --- E: a fake confirmation asking to confirm and pay to keep a place

FAKE_CONFIRMATION = (
    "Hej!\n\nTack för din anmälan till DalaLab. Din plats hålls reserverad i 48 timmar.\nBekräfta och betala "
    "anmälningsavgiften 1 950 kr via länken nedan för att behålla platsen:\nhttps://dalalab-konferens.net/betala\n\n"
    "Med vänlig hälsning\nAnmälningsservice\n")
FAKE_CONFIRMATION_EN = (
    "Hello,\n\nThank you for registering for DalaLab. Your seat is held for 24 hours. Confirm and pay the "
    "participation fee of EUR 240 at the link below to keep your seat:\nhttps://dalalab-events.com/pay\n\n"
    "Kind regards\nRegistration team\n")


@pytest.mark.parametrize(("text", "sender"), [
    (FAKE_CONFIRMATION, "Anmälan DalaLab <noreply@dalalab-konferens.net>"),
    (FAKE_CONFIRMATION, "Anmälan DalaLab <info@dalalab-konferens.net>"),
    (FAKE_CONFIRMATION_EN, "DalaLab Registration <no-reply@dalalab-events.com>"),
])
def test_a_fake_confirmation_asking_to_pay_is_unknown(config: Config, text: str, sender: str) -> None:
    r = _read(config, text, subject="Din anmälan är mottagen", sender=sender, signed=False)
    assert r.intent == Intent.UNKNOWN
    assert r.people == () and r.sessions == ()


def test_a_participant_asking_whether_to_pay_stays_a_question(config: Config) -> None:
    """Near-miss: a participant asking whether to confirm and pay, no link, no place held for hours."""
    r = _read(config, "Hej! Jag fick ett mejl om att bekräfta och betala en avgift för DalaLab. Ska jag betala något?")
    assert r.intent == Intent.QUESTION


def test_a_genuine_no_reply_auto_reply_stays_an_auto_reply(config: Config) -> None:
    """Near-miss: an out-of-office from a no-reply address asks nothing of the kind."""
    r = _read(config, "Jag är på semester till och med 14 mars och läser inte min e-post.",
              subject="Automatiskt svar: DalaLab", sender="Hedemora kommun <noreply@hedemora.se>", signed=False)
    assert r.intent == Intent.AUTO_REPLY
