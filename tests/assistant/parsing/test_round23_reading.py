"""Who a request is about when the writer acts for others, round 23 (reading.py), by class, each in other words than
the corpus: a forward passed on for its writer ("X bad mig skicka vidare detta"): the forwarded writer, not the
forwarder; a withdrawal of one beside others who "go on as before": only the one withdrawn, only their session; a
writer who cannot come while a colleague "tar mina platser": a substitution, the writer the one leaving. Near-misses
that must stay as they are beside each."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject=subject), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


FWD = ("\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Per Holm <per.holm@orsa.se>\n"
       "Datum: mån 1 mars 2027 kl 08:12\nÄmne: DalaLab\nTill: Karin Dahl <karin.dahl@orsa.se>\n\n")
FWD_EN = ("\n\n---------- Forwarded message ---------\nFrom: Per Holm <per.holm@orsa.se>\n"
          "Date: Mon, 1 Mar 2027 08:12\nSubject: DalaLab\nTo: Karin Dahl <karin.dahl@orsa.se>\n\n")


# Class 1: a forward passed on for its writer: the forwarded writer's request, the forwarder no part of it.
@pytest.mark.parametrize(("subject", "body", "sessions"), [
    ("Fwd: DalaLab", "Hej,\n\nPer bad mig skicka vidare detta, hans mejl strular.\n/Karin" + FWD
     + "Hej!\nJag kan tyvärr inte komma den 21 september. Övriga träffar går jag på.\nPer Holm, Orsa kommun", [SEP]),
    ("VB: DalaLab", "Hej! Skickar vidare från Per, han når inte er adress.\n/Karin" + FWD
     + "Hej,\nJag kan inte delta den 29 november längre. Resten kommer jag på.\nPer Holm", [NOV]),
    ("Fwd: DalaLab", "Hi, Per asked me to pass this on to you.\n/Karin" + FWD_EN
     + "Hello,\nI can't make it on 21 September, sorry. I'll attend the others.\nPer Holm", [SEP]),
])
def test_a_forward_passed_on_is_its_writers(subject: str, body: str, sessions: list[dt.date], config: Config) -> None:
    r = mail(body, config, subject)
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.email) for p in r.people] == [("Per Holm", "per.holm@orsa.se")]
    assert sorted(r.sessions) == sessions


def test_a_forwarder_signing_up_herself_stays(config: Config) -> None:
    """Near-miss: the forwarder asks for herself beside the forward; she is the one."""
    r = mail("Hej, jag skickar vidare Pers mejl nedan för kännedom. Anmäl mig till 3 maj.\n/Karin Dahl" + FWD
             + "Hej Karin, DalaLab verkar bra, kolla in det.\nPer", config, "Fwd: DalaLab")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl"]
    assert list(r.sessions) == [MAY]


# Class 2: one withdrawn beside others who go on as before: only the one withdrawn and that session.
@pytest.mark.parametrize(("body", "who", "session"), [
    ("Hej! En ändring: Per Holm har fått förhinder den 3 maj. Vi andra kommer som förut på alla träffar.\nKarin",
     "Per Holm", MAY),
    ("Hej! Tyvärr kan Per Holm inte delta 29 november. Jag och Eva Lind deltar som planerat på alla fyra.\nKarin",
     "Per Holm", NOV),
    ("Hej, Eva Lind kan inte komma den 21 september. Jag och Tom deltar som planerat på alla fyra träffarna.\nKarin",
     "Eva Lind", SEP),
])
def test_others_as_before_are_no_part(body: str, who: str, session: dt.date, config: Config) -> None:
    r = mail(body, config, "Ändring")
    assert r.intent == Intent.CANCEL
    assert names(r) == [who]
    assert list(r.sessions) == [session]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: the writer's own cancellation, what stays said in the same or the next sentence
    ("Hej, jag kan inte komma 3 maj, men 21/9 och 29/11 gäller som förut.\nKarin", [MAY]),
    ("Hej, jag kan inte komma den 3 maj. Resten står kvar.\nKarin", [MAY]),
])
def test_the_writers_own_cancellation_stays(body: str, expected: list[dt.date], config: Config) -> None:
    r = mail(body, config, "Avbokning")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Karin Dahl"]
    assert list(r.sessions) == expected


# Class 3: the writer cannot come and a colleague takes the writer's places: a substitution, both people.
@pytest.mark.parametrize("body", [
    ("Hej, jag kan tyvärr inte vara med längre men min kollega Per Holm (per.holm@orsa.se) tar mina platser 21/9 och "
     "22/2.\n/Karin\n\n> Du är anmäld till:\n> - 21 september 2027\n> - 22 februari 2028"),
    "Hej, jag kan inte komma på 21/9 och 22/2 längre. Min kollega Per Holm, per.holm@orsa.se, tar mina platser.\n/Karin",
    ("Hi, I can't attend anymore, but my colleague Per Holm (per.holm@orsa.se) will take my places on 21/9 and "
     "22/2.\nKarin"),
])
def test_places_handed_over_are_a_substitution(body: str, config: Config) -> None:
    r = mail(body, config, "SV: Bekräftelse")
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"
    roles = {p.name: p.role for p in r.people}
    assert roles == {"Karin Dahl": Role.LEAVING, "Per Holm": Role.JOINING}
    assert sorted(r.sessions) == [SEP, FEB]


def test_another_away_too_is_no_substitution(config: Config) -> None:
    """Near-miss: the writer and a colleague both away: a cancellation, no places handed over."""
    r = mail("Hej, jag kan tyvärr inte komma 21/9. Per Holm har också förhinder då.\nKarin", config, "Avbokning")
    assert r.intent == Intent.CANCEL
    assert r.change is None


def test_the_one_leaving_keeps_others_as_planned(config: Config) -> None:
    """Near-miss: a substitution where the one leaving keeps the other sessions "som planerat": both people stay."""
    r = mail("Hej, Per Holm kan inte komma den 21 september. Eva Lind (eva.lind@orsa.se) går i hans ställe. Per går "
             "som planerat på övriga träffar.\nKarin", config, "Byte av deltagare")
    assert r.intent == Intent.CHANGE
    assert {p.name: p.role for p in r.people} == {"Per Holm": Role.LEAVING, "Eva Lind": Role.JOINING}
    assert list(r.sessions) == [SEP]
