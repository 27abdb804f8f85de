"""Who the request is about, round 24b, by class. Variants in words of their own, and near-misses that must not change.

- A: a colleague named only to say they do not come along ("Min kollega Sara Ek följer inte med den gången") beside
  the writer's own signup: not one of those signed up, as "kan inte vara med" is not;
- B: the writer coming "istället" for a colleague who cannot, the place left unsaid ("Per Ek kan inte i november.
  Istället kommer jag den gången"): the colleague leaving, the writer joining;
- C: the one replaced written in lower case after "i stället för / ersätter / instead of" ("eva lind går i stället
  för per holm"): found, and the one leaving.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, build_mail

ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"


pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _read(config: Config, text: str) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=ELIN, subject="DalaLab"), config, ARRIVAL)


def _roles(r: ParsedRequest) -> dict[str | None, Role]:
    return {p.name: p.role for p in r.people}


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: a colleague not coming along, beside the writer's signup

NOT_ALONG = [
    ("Jag anmäler mig till 21/9. Min kollega Sara Ek följer inte med den gången.", ["Elin Dahl"]),
    ("Anmäl mig till 21/9. Per Holm följer tyvärr inte med, han har semester.", ["Elin Dahl"]),
    ("Jag anmäler mig och Sara Ek till 3/5. Per Holm följer inte med.", ["Elin Dahl", "Sara Ek"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ALONG)
def test_a_colleague_not_coming_along_is_not_signed_up(config: Config, text: str, expected: list[str]) -> None:
    r = _read(config, text)
    assert r.intent == Intent.REGISTER, text
    assert _names(r) == expected, text


def test_a_colleague_coming_along_is_signed_up(config: Config) -> None:
    r = _read(config, "Jag anmäler mig till 21/9. Min kollega Sara Ek (sara.ek@hedemora.se) följer med.")
    assert _names(r) == ["Elin Dahl", "Sara Ek"]


def test_a_colleague_named_in_the_request_and_coming_along_stays(config: Config) -> None:
    r = _read(config, "Anmäl mig och Per Holm till 21/9, Per följer med från Avesta.")
    assert _names(r) == ["Elin Dahl", "Per Holm"]


def test_the_one_not_coming_along_alone_is_the_one_cancelled(config: Config) -> None:
    r = _read(config, "Hej! Vår Sara Ek följer tyvärr inte med på träffen i september, hon har annat då.")
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Sara Ek"]


# --- B: the writer coming "istället", the place left unsaid

WRITER_INSTEAD = [
    "Per Ek kan inte vara med på novemberträffen. Istället kommer jag den gången.",
    "Per Ek har tyvärr fått förhinder den 29/11. I stället går jag, Elin Dahl, dit den dagen.",
    "Per Ek kan inte den 29 november, istället kommer jag på den träffen.",
]


@pytest.mark.parametrize("text", WRITER_INSTEAD)
def test_the_writer_coming_instead_is_the_one_joining(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == {S3}, text
    assert _roles(r) == {"Per Ek": Role.LEAVING, "Elin Dahl": Role.JOINING}, text


def test_the_writer_moving_on_their_own_stays_a_move(config: Config) -> None:
    r = _read(config, "Jag kan inte den 3/5. Istället kommer jag den 21/9.")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S2}
    assert _names(r) == ["Elin Dahl"]
    assert _roles(r)["Elin Dahl"] not in (Role.LEAVING, Role.JOINING)


def test_a_colleague_coming_in_the_writers_place_stays_the_one_joining(config: Config) -> None:
    r = _read(config, "Jag kan inte den 21/9. Istället kommer Per Ek i mitt ställe.")
    assert _roles(r) == {"Elin Dahl": Role.LEAVING, "Per Ek": Role.JOINING}


# --- C: the one replaced in lower case

REPLACED = [
    ("hej! eva lind går i stället för per holm den 21/9", "Eva Lind", "Per Holm"),
    ("hej, moa falk (moa.falk@hedemora.se) kommer istället för ivar nord den 3/5.", "Moa Falk", "Ivar Nord"),
    ("tom ek ersätter eva lind på träffen 21/9.", "Tom Ek", "Eva Lind"),
    ("hi, tom berg will come instead of anna lund on 21/9.", "Tom Berg", "Anna Lund"),
]


@pytest.mark.parametrize(("text", "joining", "leaving"), REPLACED)
def test_the_one_replaced_in_lower_case_is_the_one_leaving(config: Config, text: str, joining: str,
                                                           leaving: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert _roles(r) == {joining: Role.JOINING, leaving: Role.LEAVING}, text


def test_the_writer_replaced_in_lower_case_stays_the_one_leaving(config: Config) -> None:
    r = _read(config, "eva lind går i stället för mig den 21/9.")
    assert _roles(r) == {"Elin Dahl": Role.LEAVING, "Eva Lind": Role.JOINING}


@pytest.mark.parametrize("text", [
    "jag vill gå 29/11 i stället för att gå 21/9",
    "jag går 29/11 i stället för den 21/9, om det går bra.",
    "Kan jag komma 3/5 instead of the september one?",
])
def test_instead_of_a_session_names_nobody(config: Config, text: str) -> None:
    assert _names(_read(config, text)) == ["Elin Dahl"], text

