"""Intent, round 25: by class, each in wordings of its own (none from a corpus), and near-misses that must keep
their reading.

- A: a registry's automatic receipt ("Ditt e-postmeddelande har diarieförts med nummer ..., kan inte besvaras"):
  an automatic reply;
- B: erasure asked for someone else, the data named in the third person and wiped in the passive ("vill att alla
  hans personuppgifter hos er i DalaLab-registret raderas"): an erasure;
- C: a signup withdrawn with the subject between verb and particle ("drar Orsa kommun tillbaka sina anmälningar"):
  a cancellation;
- D: someone struck from a session told by its number ("kan du stryka Per från första träffen?"): a cancellation;
- E: an over-broad cancellation put right ("bekräftelsen säger att jag är avanmäld från alla, men jag menade bara
  novemberträffen – lägg tillbaka mig på de andra"): a change, the sessions after it the others;
- F: a new employer and whether the signup still holds, asked ("jobbar nu på Region Dalarna – gäller min plats
  fortfarande?"): a question, not a change of details;
- G: a question dictated without its mark, opening with "när" and its verb ("när är sista anmälningsdag"): a question;
- H: a mailing-list digest ("[lista] Sammanfattning, volym 4, nummer 2", "Dagens ämnen:", unsubscribe link): bulk
  mail, unknown;
- I: a swap asked while nothing is decided ("det är möjligt att det krockar ... går det att byta i så fall? Jag
  återkommer när jag vet"): a question.
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


def _read(config: Config, text: str, subject: str = "DalaLab", sender: str = ELIN, signed: bool = True,
          headers: dict[str, str] | None = None) -> ParsedRequest:
    body = text + (SIGNED if signed else "")
    return parse_email(build_mail(body, sender=sender, subject=subject, headers=headers), config, AT)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: a registry's automatic receipt

RECEIPTS = [
    ("Ditt e-postmeddelande till Mora kommun har diarieförts med nummer KS 2027/0456.\n\nHandläggningstiden är "
     "normalt två veckor. Meddelandet skickades automatiskt och kan inte besvaras.\n\nMora kommun, växel 0250-260 00"),
    ("Vi har tagit emot ditt mejl. Det har registrerats med diarienr 2027/881 och lämnas till rätt förvaltning.\n\n"
     "Det här är ett automatiskt genererat meddelande, det går inte att svara på det.\n"),
    ("Your e-mail has been registered under reference 2027/311 and passed on to the department concerned.\n\n"
     "This message was generated automatically and cannot be replied to.\n"),
]


@pytest.mark.parametrize("text", RECEIPTS)
def test_a_registry_receipt_is_an_automatic_reply(config: Config, text: str) -> None:
    r = _read(config, text, subject="Mottagningsbekräftelse [KS 2027/0456]", sender="Mora kommun <kommun@mora.se>",
              signed=False)
    assert r.intent == Intent.AUTO_REPLY, text


def test_a_case_number_in_a_person_s_signup_is_no_receipt(config: Config) -> None:
    """Near-miss: a participant quoting the municipality's case number signs up."""
    text = "Hej! Jag anmäler mig till träffen 3 maj. Resan har diarienummer 2027/12 hos oss, om ni behöver det."
    assert _read(config, text, subject="Anmälan").intent == Intent.REGISTER


# --- B: erasure asked for someone else

ERASURES = [
    ("Hej,\n\nVår före detta kollega Per Holm (per.holm@hedemora.se) har slutat och vill att alla hans "
     "personuppgifter i ert anmälningssystem för lärprojektet raderas."),
    ("Hej,\n\nEva Lind (eva.lind@hedemora.se) har gått i pension och har bett oss meddela att hon önskar att "
     "hennes uppgifter i ert system för lärprojektet tas bort."),
    ("Hello,\n\nOur former employee Per Holm (per.holm@hedemora.se) has asked us to tell you that he wants all his "
     "personal data in your registration system to be deleted."),
]


@pytest.mark.parametrize("text", ERASURES)
def test_erasure_for_someone_else_in_the_passive(config: Config, text: str) -> None:
    r = _read(config, text, subject="Personuppgifter", sender="HR Hedemora <hr@hedemora.se>", signed=False)
    assert r.intent == Intent.ERASURE, text


def test_a_colleague_struck_from_the_list_is_a_cancellation(config: Config) -> None:
    """Near-miss: someone who left taken off the list is a cancellation, no erasure."""
    text = "Per Holm har slutat hos oss, så stryk honom från deltagarlistan."
    assert _read(config, text).intent == Intent.CANCEL


def test_wrong_details_of_a_colleague_are_no_erasure(config: Config) -> None:
    """Near-miss: someone's details said to be wrong are put right, not wiped."""
    text = "Per Holms adress blev fel i anmälan: den är per.holm@hedemora.se. Kan ni rätta det?"
    assert _read(config, text).intent == Intent.CHANGE


# --- C: withdrawn, the subject between verb and particle

WITHDRAWN = [
    "Av budgetskäl drar Hedemora kommun tyvärr tillbaka samtliga sina anmälningar till DalaLab.",
    "Efter beslut i ledningsgruppen drar vi härmed tillbaka våra anmälningar. Det gäller Per Holm och Eva Lind.",
    "Med anledning av omorganisationen tar förvaltningen tillbaka sin anmälan för Per Holm (per.holm@hedemora.se).",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_a_withdrawal_with_the_subject_inverted_is_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text, subject="Ang. DalaLab").intent == Intent.CANCEL, text


def test_a_cancellation_taken_back_stays_a_signup(config: Config) -> None:
    """Near-miss: taking back one's own cancellation is coming after all."""
    text = "Jag ångrar mig och tar tillbaka min avanmälan – jag kommer på 3 maj ändå."
    assert _read(config, text).intent == Intent.REGISTER


# --- D: struck from a session told by its number

STRUCK = [
    ("Hej! Kan du stryka Per från första träffen? Han har semester då.", [S1]),
    ("Hej, kan ni plocka bort Eva från sista träffen? Hon kan inte den dagen.", [S4]),
]


@pytest.mark.parametrize(("text", "sessions"), STRUCK)
def test_struck_from_a_numbered_session_is_a_cancellation(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CANCEL, text
    assert sorted(r.sessions) == sessions


def test_whether_one_may_be_struck_is_a_question(config: Config) -> None:
    """Near-miss: how striking works, asked, is no cancellation."""
    text = "Kan man stryka sig från första träffen i efterhand, om det skulle behövas?"
    assert _read(config, text).intent == Intent.QUESTION


# --- E: an over-broad cancellation put right

OVERBROAD = [
    (("Hej igen! I bekräftelsen står att jag är avanmäld från hela serien, men jag menade bara novemberträffen. "
      "Kan ni lägga tillbaka mig på de tre andra?"), [S1, S2, S4]),
    (("Hi again, your confirmation says I'm cancelled from all four sessions, but I only meant the one in "
      "September! Could you put me back on the other three?"), [S1, S3, S4]),
]


@pytest.mark.parametrize(("text", "sessions"), OVERBROAD)
def test_an_overbroad_cancellation_put_right_is_a_change(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text, subject="SV: Avanmälan bekräftad")
    assert r.intent == Intent.CHANGE, text


@pytest.mark.parametrize(("text", "sessions"), OVERBROAD)
def test_an_overbroad_cancellation_keeps_the_others(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _read(config, text, subject="SV: Avanmälan bekräftad")
    assert sorted(r.sessions) == sessions


def test_a_cancellation_undone_whole_stays_a_signup(config: Config) -> None:
    """Near-miss: the whole cancellation undone is a signup again."""
    text = "Jag avanmälde mig från 3 maj förra veckan, men kan komma ändå. Kan ni lägga tillbaka mig?"
    assert _read(config, text).intent == Intent.REGISTER


# --- F: a new employer, whether the signup still holds asked

STILL_HOLDS = [
    ("Hej! Jag anmälde mig till DalaLab från Orsa kommun men jobbar sedan februari på Region Dalarna. Gäller min "
     "plats fortfarande, eller hör den till Orsa?"),
    ("Hi, I signed up while I was at Orsa municipality, but I now work for Region Dalarna. Can I still take part, "
     "or does the place belong to Orsa?"),
]


@pytest.mark.parametrize("text", STILL_HOLDS)
def test_whether_a_signup_survives_a_new_employer_is_a_question(config: Config, text: str) -> None:
    r = _read(config, text, subject="Ny arbetsgivare")
    assert r.intent == Intent.QUESTION, text


def test_a_new_employer_to_be_noted_stays_a_change(config: Config) -> None:
    """Near-miss: the new employer told and asked to be noted is a change of details."""
    text = "Jag är anmäld till alla fyra träffar men har bytt jobb till Mora kommun. Kan ni uppdatera min organisation?"
    r = _read(config, text, subject="Ny arbetsgivare")
    assert r.intent == Intent.CHANGE


# --- G: a question dictated without its mark

DICTATED = [
    "när är sista anmälningsdag",
    "när börjar första träffen",
    "när stänger anmälan till dalalab",
    "when is the last day to sign up",
]


@pytest.mark.parametrize("text", DICTATED)
def test_a_when_question_without_its_mark(config: Config, text: str) -> None:
    assert parse_chat(text, CHAT, config, AT).intent == Intent.QUESTION, text


def test_a_when_clause_is_no_question(config: Config) -> None:
    """Near-miss: "när" opening a clause with its subject first is no question."""
    r = parse_chat("när jag anmälde mig glömde jag skriva att jag är vegan, kan ni lägga till det", CHAT, config, AT)
    assert r.intent == Intent.CHANGE


# --- H: a mailing-list digest

DIGEST = ("Skicka inlägg till listan till gis-nätverket@lists.example.se\n\nDagens ämnen:\n"
          "   1. Föreläsning om DalaLab 21 september? (Per Holm)\n   2. Kartlager för VA (Eva Lind)\n\n"
          "----------------------------------------------------------------------\n\nMeddelande: 1\n"
          "Från: Per Holm <per.holm@hedemora.se>\nÄmne: Föreläsning om DalaLab 21 september?\n\n"
          "Är det någon som vet om föreläsningen den 21 september spelas in?\n\n"
          "_______________________________________________\n"
          "Avsluta prenumeration: https://lists.example.se/mailman/listinfo/gis-natverket\n")


@pytest.mark.parametrize("subject", ["[gis-nätverket] Sammanfattning, volym 4, nummer 2",
                                     "gis-natverket Digest, Vol 4, Issue 2"])
def test_a_mailing_list_digest_is_bulk(config: Config, subject: str) -> None:
    r = _read(config, DIGEST, subject=subject, sender="gis-natverket <gis-natverket@lists.example.se>", signed=False)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer


def test_a_list_name_in_a_person_s_subject_is_read(config: Config) -> None:
    """Near-miss: a participant whose subject carries a bracketed tag signs up."""
    text = "Hej! Jag såg i nyhetsbrevet att det finns platser kvar. Jag anmäler mig till 21 september."
    r = _read(config, text, subject="[DalaLab] Anmälan")
    assert r.intent == Intent.REGISTER


# --- I: a swap asked while nothing is decided

UNDECIDED = [
    ("Hej! Jag är anmäld till 3 maj men det kan hända att vi får en revision just då. Skulle det gå att byta till "
     "21 september i så fall? Jag hör av mig när jag vet säkert."),
    ("Hi! I'm booked for 29 November, but there might be a clash with a council meeting. Would it be possible to "
     "switch to 22 February in that case? I'll get back to you once I know for sure."),
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_a_swap_asked_before_anything_is_decided_is_a_question(config: Config, text: str) -> None:
    r = _read(config, text, subject="Kanske byte")
    assert r.intent == Intent.QUESTION, text


def test_a_swap_asked_for_a_clash_that_is_sure_stays_a_change(config: Config) -> None:
    """Near-miss: the clash known, the swap asked, nothing left open: a change."""
    text = "Hej! Jag är anmäld till 3 maj men då har vi revision. Kan jag byta till 21 september?"
    r = _read(config, text, subject="Byte")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [S2]
