"""Round 24 (reading.py), by class, each in other words than the corpus.

Class A (the sessions helper's proposals of round 23): a change whose message states the current registration gives
the sessions after the change: "så den kan jag inte gå på" gives up the sessions the clause before names; "stryk X och
i stället lägga till Y" opens a clause; a diet added under a quoted confirmation "the dates are right" keeps its
sessions; "förhindrad", "too early" as absence; "the others" beside one named gives every session.

Class B (who the request is about when someone acts for others): see below. Near-misses beside each."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.parsing.quoting import split_body
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# A1: "så den kan jag inte gå på": the sessions the clause before names are given up.
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej, jag är anmäld till 3 maj och 21 september. Vi har styrelsemöte den 21:a, så den kan jag inte gå på. "
     "Kan ni flytta mig till 29 november?\n/Karin"), [MAY, NOV]),
    (("Hej! Jag står på 21 september och 29 november. Nu har en revision hamnat på den 29:e, så dit hinner jag inte. "
     "Byt gärna till 22 februari.\n/Karin"), [SEP, FEB]),
])
def test_a_session_given_up_by_a_pronoun(body: str, expected: list[dt.date], config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_it_clashes_is_no_session_given_up(config: Config) -> None:
    """Near-miss: "det krockar med ..." has no fronted object; the swap gives the new one only."""
    r = mail("Hej, kan jag byta 21 september mot 29 november? Det krockar med en kurs.\n/Karin", config, "Byte")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [NOV]


# A2: "stryk X och i stället lägga till Y": the second verb opens a clause.
@pytest.mark.parametrize("body", [
    "Hej! Jag är anmäld till 3/5 och 21/9. Stryk 21/9 och i stället lägga till 29/11 tack.\n/Karin",
    "Hej! Jag är anmäld till 3 maj och 21 september. Ta bort 21 september och sen lägg till 29 november.\n/Karin",
])
def test_a_removal_and_an_addition_instead(body: str, config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [MAY, NOV]


# A3: a diet added under our quoted confirmation she says is right: its sessions.
CONFIRMATION = ("\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 10 januari 2027 09:12\n"
                "Till: Karin Dahl\nÄmne: Bekräftelse: anmälan till DalaLab\n\n> Hej Karin!\n>\n"
                "> Tack för din anmälan till DalaLab. Du är anmäld till:\n> - 21 september 2027\n"
                "> - 29 november 2027\n>\n> Vänliga hälsningar\n> Linnea Hassis\n")


def test_a_diet_under_a_confirmation_said_right(config: Config) -> None:
    r = mail("Tack! En sak: jag är glutenintolerant, kan ni notera det? Datumen nedan stämmer.\n\nKarin"
             + CONFIRMATION, config, "Re: Bekräftelse: anmälan till DalaLab")
    assert r.intent == Intent.CHANGE
    assert r.diet is not None
    assert sorted(r.sessions) == [SEP, NOV]


# A4: "förhindrad", "too early for her" as absence.
@pytest.mark.xfail(strict=True, reason="the rules read a change (the writer's own signup), not a colleague's signup; the intent model of round 22 stated the right intent (and asked), the one retrained on dev30 does not")
def test_too_early_for_a_newcomer(config: Config) -> None:
    r = mail("Hi, I'm already registered, nothing changes for me. Could you also sign up our new planner Per Holm "
             "(per.holm@orsa.se) for the remaining sessions? He joins us in August, so the first one is too early "
             "for him.\n\nKarin Dahl", config, "Add a colleague")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Per Holm"]
    assert sorted(r.sessions) == [SEP, NOV, FEB]


def test_prevented_on_one_session(config: Config) -> None:
    r = mail("Hej, jag vill anmäla mig till DalaLab. 21 september är jag tyvärr förhindrad, men övriga kommer jag "
             "på.\n/Karin", config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [MAY, NOV, FEB]


# A5: "the others" beside the one named: every session.
@pytest.mark.parametrize("body", [
    pytest.param("Hej! Jag står bara på första träffen just nu. Lägg gärna till de tre övriga också!\n/Karin",
                 marks=pytest.mark.xfail(strict=True, reason="the rules read a signup, not a change; the intent model of round 22 stated the right intent (and asked), the one retrained on dev30 does not")),
    "Hej, jag är anmäld till 3 maj. Kan ni lägga till de andra tre träffarna också?\n/Karin",
])
def test_the_others_beside_the_one_held(body: str, config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == ALL


@pytest.mark.parametrize(("body", "intent", "expected"), [
    # near-misses: "the others" kept as they are, not added
    ("Hej, jag kan inte komma 3 maj. De övriga träffarna går jag på som planerat.\n/Karin", Intent.CANCEL, [MAY]),
    ("Hi, I can't come on 21 September. I'm still coming to the other sessions.\n/Karin", Intent.CANCEL, [SEP]),
])
def test_the_others_kept_are_not_added(body: str, intent: Intent, expected: list[dt.date], config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == intent
    assert sorted(r.sessions) == expected


# Class B: who the request is about when someone acts for others.
# B1: a person named in one sentence, the request in the next with them as its subject ("Hon vill delta ..."): the
# one named, not the (shared mailbox) writer.
@pytest.mark.parametrize(("sender", "body"), [
    ("Personal Orsa <personal@orsa.se>",
     ("Hej,\n\nVi på personalenheten hjälper vår nya planerare Per Holm, som börjar i februari och ännu saknar e-post, "
     "med DalaLab. Han vill delta på alla träffar.\n\nMvh\nKarin Dahl\nHR, Orsa kommun")),
    ("HR Orsa kommun <hr@orsa.se>",
     ("Hej,\n\nVår nya planerare Per Holm började hos oss i mars. Han vill gärna gå på alla träffar i DalaLab.\n\n"
     "Mvh\nKarin Dahl\nHR, Orsa kommun")),
])
def test_a_newcomer_named_before_the_request(sender: str, body: str, config: Config) -> None:
    r = mail(body, config, "Ny medarbetare", sender)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email) for p in r.people] == [("Per Holm", None)]
    assert sorted(r.sessions) == ALL


def test_one_named_before_the_writers_own_signup_is_no_part(config: Config) -> None:
    """Near-miss: "Han tyckte att jag skulle ...": the one named only spoke; the writer signs up."""
    r = mail("Hej! Jag pratade med Per Holm igår. Han tyckte att jag skulle anmäla mig till alla träffar, så det gör "
             "jag härmed.\n/Karin Dahl", config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl"]


# B2: "Det gäller:" over a list of names: those listed, the writer among them or not.
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nVi måste tyvärr avanmäla oss från septemberträffen. Det gäller:\n\nKarin Dahl\nPer Holm\nEva Lind\n\n"
     "/Karin"), ["Eva Lind", "Karin Dahl", "Per Holm"]),
    (("Hi,\n\nUnfortunately our team has to cancel the September session. This concerns:\n\nPer Holm\nEva Lind\n\n"
     "Best regards\nKarin"), ["Eva Lind", "Per Holm"]),
])
def test_those_listed_after_whom_it_concerns(body: str, expected: list[str], config: Config) -> None:
    r = mail(body, config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == expected
    assert list(r.sessions) == [SEP]


# B3: colleagues said to go on as usual or as planned are no part of a cancellation.
@pytest.mark.parametrize("body", [
    "Hej, jag måste avanmäla mig från 21 september. Mina kollegor Per Holm och Eva Lind går som planerat.\n/Karin",
    "Hi, I have to cancel my place on 21 September. My colleague Per Holm still comes as planned.\n/Karin",
])
def test_colleagues_going_as_planned_are_no_part(body: str, config: Config) -> None:
    r = mail(body, config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Karin Dahl"]
    assert list(r.sessions) == [SEP]


def test_a_colleague_going_as_usual_but_not_to_one_is_named(config: Config) -> None:
    """Near-miss: "går som vanligt på 3 maj men kan inte 21 september": the colleague is the one the request is about."""
    r = mail("Hej, min kollega Per Holm går som vanligt på 3 maj men kan inte komma 21 september.\n/Karin", config,
             "Ändring")
    assert names(r) == ["Per Holm"]


# B4: a phone's forward, the forwarded message quoted with ">" under "Början av vidarebefordrat meddelande:": its
# writer's cancellation, the colleague who comes as usual no part, the session the forward names.
def _phone_forward(separator: str, own: str, inner: str) -> str:
    return (f"{own}\n\nSkickat från min iPhone\n\n{separator}\n\n> Från: \"Per Holm\" <per.holm@orsa.se>\n"
            "> Datum: 2 mars 2027 kl. 08:12:00 CET\n> Till: \"Karin Dahl\" <karin.dahl@orsa.se>\n> Ämne: DalaLab\n>\n"
            + "\n".join("> " + line for line in inner.split("\n")))


@pytest.mark.parametrize(("subject", "body"), [
    ("Fwd: DalaLab", _phone_forward(
        "Början av vidarebefordrat meddelande:", "Kan du stryka honom från den träffen?",
        "Hej Karin! Jag kan inte komma den 21 september. Eva Lind kommer som vanligt. Kan du meddela dem?\n/Per")),
    ("Fwd: DalaLab september", _phone_forward(
        "Begin forwarded message:", "FYI, kan du avanmäla honom?",
        "Hi Karin, I can't make it on 21 September after all. My colleague Eva comes as usual.\n/Per")),
])
def test_a_phone_forward_is_its_writers(subject: str, body: str, config: Config) -> None:
    r = mail(body, config, subject)
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.email) for p in r.people] == [("Per Holm", "per.holm@orsa.se")]
    assert list(r.sessions) == [SEP]


def test_a_phone_forward_is_split_as_a_forward() -> None:
    parts = split_body(_phone_forward("Början av vidarebefordrat meddelande:", "FYI", "Hej! Jag kan inte 21/9.\n/Per"))
    assert parts.is_forward
    assert parts.quoted_people == [("Per Holm", "per.holm@orsa.se")]
    assert parts.forwarded.startswith("Hej! Jag kan inte 21/9.")
    assert parts.own == "FYI"


def test_a_reply_quoting_with_marks_stays_quoted() -> None:
    """Near-miss: a reply over a quoted mail (no forward separator) keeps the quoted text apart, unread."""
    parts = split_body("Jag kommer!\n/Karin\n\nDen 1 mars 2027 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
                       "> Välkommen till DalaLab 3 maj, 21 september, 29 november och 22 februari.")
    assert not parts.is_forward
    assert parts.forwarded == ""
    assert "22 februari" in parts.quoted
