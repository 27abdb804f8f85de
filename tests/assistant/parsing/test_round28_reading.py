"""Round 28 (reading.py), by class, each in other words than the corpus.

Class 1: in a signup, colleagues named only to say they are already signed up ("Eva Lund och Per Ek är redan
anmälda", "are already registered") are no part of the request: the writer asking for themselves signs up alone.
Near-misses: a colleague said to be signed up and asked about again ("anmäl henne även till september"); a newcomer
named beside them.

Class 2: the writer as a go-between for mail ("skicka informationen via mig", "send it through me") does not thereby
take part: in a signup of others the writer stays out. Near-miss: "anmäl dem och mig".

Class 3: a cancellation on behalf of a colleague named in the genitive ("jag skriver på Patrik Sunds vägnar ...
stryk honom") cancels that colleague; one said to remain signed up ("är kvar som anmäld") is no part of it.
Near-miss: "Malin Ros avanmäls också" keeps her in."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ALL = [dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)]
OLLE = "Olle Strand <olle.strand@mora.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = OLLE) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# Class 1: colleagues said to be signed up already; the writer asks for themselves.
@pytest.mark.parametrize("body", [
    ("Hej! Jag förstår att Eva Lund och Per Ek redan är anmälda från Mora. Jag vill gärna anmäla mig till alla "
     "träffar, annars sätt mig på väntelistan.\n/Olle"),
    ("Hej,\nVi är max tre per kommun och Karin Boström, Eva Lund och Per Ek är redan anmälda från Mora. Anmäl mig "
     "ändå till alla fyra träffarna, jag står gärna som reserv.\nMvh Olle Strand"),
    ("Hi, I know that Eva Lund and Per Ek are already registered from Mora. I would still like to sign up for all "
     "sessions myself, or be put on the waiting list.\nOlle"),
])
def test_colleagues_already_signed_up_stay_out_of_a_writers_signup(body: str, config: Config) -> None:
    r = mail(body, config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Olle Strand"]
    assert sorted(r.sessions) == ALL


def test_a_colleague_already_signed_up_and_asked_about_again_stays(config: Config) -> None:
    """Near-miss: she is signed up already for May and asked for again ("anmäl henne även till 21/9")."""
    r = mail("Hej! Eva Lund är redan anmäld till 3 maj. Kan ni anmäla henne även till 21/9?\n/Olle", config)
    assert names(r) == ["Eva Lund"]


def test_a_newcomer_beside_those_signed_up_already(config: Config) -> None:
    """Near-miss: the one asked for is named; those signed up already are not."""
    r = mail("Hej! Eva Lund och Per Ek är redan anmälda. Anmäl även vår nya kollega Sara Nord till alla "
             "träffar.\n/Olle", config)
    assert names(r) == ["Sara Nord"]


# Class 2: the writer as a go-between for mail.
@pytest.mark.parametrize("body", [
    ("Hej! Vi vill anmäla två nya kollegor till alla träffar:\n\nEva Lund\nPer Ek\n\nDe saknar egna mejladresser "
     "än så länge, så skicka all information via mig.\n/Olle"),
    ("Hej! Jag anmäler Eva Lund och Per Ek till alla träffar. De har ingen e-post ännu, så kallelser kan gå genom "
     "mig.\n/Olle"),
    ("Hi, please register Eva Lund and Per Ek for all sessions. They have no e-mail yet, so please send everything "
     "through me.\nOlle"),
])
def test_a_go_between_for_mail_does_not_take_part(body: str, config: Config) -> None:
    r = mail(body, config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Eva Lund", "Per Ek"]


def test_a_go_between_who_also_signs_up(config: Config) -> None:
    """Near-miss: the writer signs up too ("anmäl dem och mig")."""
    r = mail("Hej! Anmäl Eva Lund, Per Ek och mig till alla träffar. Skicka gärna deras information via mig.\n/Olle",
             config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Eva Lund", "Olle Strand", "Per Ek"]


# Class 3: a cancellation on another's behalf, named in the genitive; one remaining signed up stays out.
@pytest.mark.parametrize("body", [
    ("Hej,\nJag skriver på Patrik Sunds vägnar. Han har fått förhinder under våren och hösten, så stryk honom från "
     "alla träffar.\n\nHans kollega Malin Ros är kvar som anmäld.\n\nMvh Olle"),
    ("Hej! Jag hör av mig å Patrik Sunds vägnar: han har bytt tjänst och kan inte delta. Avanmäl honom från alla "
     "träffar, tack.\n/Olle"),
])
def test_a_cancellation_on_a_colleagues_behalf(body: str, config: Config) -> None:
    r = mail(body, config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Patrik Sund"]
    assert sorted(r.sessions) == ALL


def test_one_also_cancelled_beside_the_principal_stays(config: Config) -> None:
    """Near-miss: Malin Ros is cancelled too, not said to remain."""
    r = mail("Hej,\nPatrik Sund har fått förhinder, stryk honom från alla träffar. Hans kollega Malin Ros kan inte "
             "heller, avanmäl även henne.\n\nMvh Olle", config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Malin Ros", "Patrik Sund"]
