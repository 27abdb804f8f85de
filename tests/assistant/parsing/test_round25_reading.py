"""Round 25 (reading.py), by class, each in other words than the corpus; near-misses beside each.

Class A: a colleague named by the given name alone in a substitution, the full name said after the fact in a sentence
of its own ("Per kan inte ..., jag går i stället. Per Holm alltså."): that colleague is the one leaving.
Class B: a third party's substitution where the one leaving is said with where they work between the name and the
absence ("Tom Ek from our team can't make it, Eva Lind will go instead"): the writer is not involved.
Class C: a newcomer added to a signup the writer and others hold already ("Jag och Per är redan anmälda. Nu vill även
Eva Lind vara med"): the newcomer alone.
Class D: a colleague's signup forwarded, and the forwarder's own signup for some sessions beside it ("Skickar Evas
anmälan nedan. Själv vill jag också vara med, men bara 21/9"): the union of the two.
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]
KARIN = "Karin Dahl <karin.dahl@orsa.se>"
EVA = Sender("telegram", "4242", "Eva Lind")


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, sender: Sender = EVA) -> ParsedRequest:
    return parse_chat(text, sender, config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def role(r: ParsedRequest, name: str) -> Role | None:
    return next((p.role for p in r.people if p.name == name), None)


# A: the given name in the request, the full name in a sentence of its own after it.
@pytest.mark.parametrize("text", [
    "Per kan inte 21 sep, jag går i stället. Per Holm alltså. /Eva Lind, Orsa",
    "Hej! Per kan inte komma den 21 september så jag tar hans plats. Alltså Per Holm. Mvh Eva Lind Orsa",
    "per kan inte 21/9, jag åker istället. per holm alltså /eva lind orsa",
])
def test_the_full_name_said_after_the_fact(text: str, config: Config) -> None:
    r = chat(text, config)
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Eva Lind", "Per Holm"]
    assert role(r, "Per Holm") == Role.LEAVING
    assert role(r, "Eva Lind") == Role.JOINING
    assert list(r.sessions) == [SEP]


def test_a_full_name_of_another_given_name_is_no_part(config: Config) -> None:
    """Near-miss: the full name said apart is nobody the request names."""
    r = chat("Anmäler mig till 21 september. Tom Berg alltså. /Eva Lind, Orsa", config)
    assert r.intent == Intent.REGISTER
    assert "Per Holm" not in names(r)
    assert list(r.sessions) == [SEP]


def test_a_capitalised_substitution_keeps_its_reading(config: Config) -> None:
    """Near-miss: the full name in the request itself."""
    r = chat("Per Holm kan inte 21 sep, jag går i stället. /Eva Lind, Orsa", config)
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Eva Lind", "Per Holm"]
    assert list(r.sessions) == [SEP]


# B: where the one leaving works, between the name and the absence.
@pytest.mark.parametrize("body", [
    "Hi Linnea, Tom Ek from our team can't make it on 21 September, Olle Berg will go instead. Thanks! /Karin",
    "Hej! Per Holm på vår enhet kan inte komma den 21 september, Olle Berg går i stället. /Karin",
    "Hej, Per Holm från samma avdelning som jag kan inte 21/9. Olle Berg går istället för honom. /Karin",
])
def test_a_third_party_leaving_said_with_where_they_work(body: str, config: Config) -> None:
    r = mail(body, config, "Byte")
    assert r.intent == Intent.CHANGE
    leaving = [p.name for p in r.people if p.role == Role.LEAVING]
    joining = [p.name for p in r.people if p.role == Role.JOINING]
    assert joining == ["Olle Berg"]
    assert len(leaving) == 1 and leaving[0] in ("Tom Ek", "Per Holm")
    assert "Karin Dahl" not in names(r)
    assert list(r.sessions) == [SEP]


def test_the_writer_leaving_for_a_colleague_from_the_team(config: Config) -> None:
    """Near-miss: the writer leaves, the substitute said with where they work."""
    r = mail("Hi, I can't make it on 21 September, Olle Berg from our team will go instead. /Karin", config, "Swap")
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Karin Dahl", "Olle Berg"]
    assert role(r, "Olle Berg") == Role.JOINING
    assert list(r.sessions) == [SEP]


# C: a newcomer added to the signup the writer and others hold already.
@pytest.mark.parametrize("body", [
    ("Hej,\n\nJag och Per är redan anmälda från Orsa. Nu vill även vår nya ekolog Sara Nord vara med på alla "
     "träffarna, hennes adress är sara.nord@orsa.se.\n\nHälsningar\nKarin Dahl\nOrsa kommun"),
    ("Hi,\n\nPer and I are already registered from Orsa. Our new planner Sara Nord would also like to attend all "
     "four sessions (sara.nord@orsa.se).\n\nBest\nKarin Dahl"),
])
def test_a_newcomer_added_to_a_held_signup(body: str, config: Config) -> None:
    r = mail(body, config, "Komplettering")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Sara Nord"]
    assert sorted(r.sessions) == ALL


def test_the_writer_asks_beside_a_held_signup(config: Config) -> None:
    """Near-miss: another's signup held, the writer asks for herself and a colleague in the same breath."""
    r = mail("Hej! Jag och Sara Nord vill anmäla oss till alla träffar; Per är redan anmäld.\n/Karin Dahl", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl", "Sara Nord"]


def test_asked_by_a_newcomer_while_held_already(config: Config) -> None:
    """Near-miss: the writer asked to sign another up, her own signup said held apart: the newcomer alone."""
    r = mail("Hej! Sara Nord på miljöenheten bad mig anmäla henne till alla träffar, hon vill gärna delta. "
             "Själv är jag redan anmäld sedan i höstas.\n/Karin Dahl", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Sara Nord"]


def test_the_writer_asks_for_herself_and_a_newcomer(config: Config) -> None:
    """Near-miss: no signup held; the writer asks for herself and a colleague."""
    r = mail("Hej! Jag och min kollega Sara Nord vill anmäla oss till alla träffar.\n/Karin Dahl", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl", "Sara Nord"]


# D: a colleague's signup forwarded, and the forwarder's own for some sessions beside it.
def _forward(own: str, inner: str, who: str = "Sara Nord <sara.nord@orsa.se>") -> str:
    return (f"Hej Linnea,\n\n{own}\n\nKarin Dahl\nOrsa kommun\n\n---------- Vidarebefordrat meddelande ----------\n"
            f"Från: {who}\nDatum: 10 mars 2027 14:02\nÄmne: Anmälan DalaLab\n\n{inner}\n")


@pytest.mark.parametrize(("own", "inner", "expected"), [
    (("Skickar vidare Saras anmälan nedan, den kom tillbaka till henne. Själv vill jag också vara med, men bara den "
      "21 september."), "Hej! Jag vill anmäla mig till alla träffarna. /Sara", ALL),
    ("Vidarebefordrar Saras anmälan nedan. Jag vill också anmäla mig själv, till 22 februari.",
     "Hej, jag anmäler mig till 3 maj och 29 november. Mvh Sara Nord", [MAY, NOV, FEB]),
])
def test_a_forwarded_signup_and_the_forwarders_own(own: str, inner: str, expected: list[dt.date],
                                                  config: Config) -> None:
    r = mail(_forward(own, inner), config, "VB: Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl", "Sara Nord"]
    assert sorted(r.sessions) == expected


def test_a_forwarded_signup_whose_sessions_the_forwarder_names(config: Config) -> None:
    """Near-miss: the forwarder says the colleague's sessions, none of their own."""
    r = mail(_forward("Vidarebefordrar Saras anmälan nedan. Hon kan bara gå på 21 september.",
                      "Hej! Jag vill anmäla mig till DalaLab. /Sara"), config, "VB: Anmälan DalaLab")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Sara Nord"]
    assert list(r.sessions) == [SEP]


def test_a_forwarded_invitation_and_the_forwarders_own(config: Config) -> None:
    """Near-miss: the forward is our invitation, no one's signup: the writer's own sessions only."""
    r = mail(_forward("Vidarebefordrar inbjudan nedan. Jag vill också anmäla mig, men bara till 21 september.",
                      "Välkommen till DalaLab! Träffarna är 3 maj, 21 september, 29 november och 22 februari. "
                      "Anmäl dig senast 1 april.", "Linnea Hassis <linnea.hassis@regiondalarna.se>"),
             config, "VB: Inbjudan DalaLab")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Karin Dahl"]
    assert list(r.sessions) == [SEP]
