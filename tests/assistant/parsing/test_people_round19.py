"""Who the request is about, nineteenth round, by class: a misspelt role word before a lower-case colleague
("kollgan jenny persson", "kolegan") is no part of the name; the writer joined to a colleague by a plus sign
("Jag + Malin Hedberg kommer") is a person too; a name in the English genitive before "place" or "behalf" ("taking
over Tove Granlund's place") is spoken of, not a person. Each class with variants of its own, in other words than
the corpus, and near-misses."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import ParsedRequest, Sender


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# Class 1: a misspelt role word before a lower-case colleague is not part of the name.
ROLE_TYPOS = [
    "anmäl mig o kolegan anna berg till 3/5. vi är från orsa",
    "hej! anmäl mig och min kolega anna berg till alla träffar, orsa kommun",
    "anmal mig och kollegn anna berg till 21/9 tack. orsa",
    "vi kommer båda på 3/5: jag o kollgan anna berg från orsa",
    "skriv upp mig + kolegan anna berg på alla träffarna, orsa kommun",
    "me and my coleague anna berg would like to join on 3 May, orsa kommun",
]


@pytest.mark.parametrize("text", ROLE_TYPOS)
def test_misspelt_role_word_is_no_name(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Anna Berg", "Karin Dahl"]


# Class 2: the writer joined to a colleague by a plus sign takes part too.
PLUS_WRITER = [
    "Jag + Malin Hedberg kommer på alla träffarna. Orsa kommun",
    "jag+Malin Hedberg anmäler oss till 3 maj. /Karin, Orsa",
    "Me + Malin Hedberg will come to all four sessions. Orsa kommun",
    "Malin Hedberg + jag kommer den 21/9. Orsa kommun",
    "Anmäl mig + Malin Hedberg till alla fyra, tack! Orsa kommun",
]


@pytest.mark.parametrize("text", PLUS_WRITER)
def test_writer_joined_by_plus(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl", "Malin Hedberg"]


PLUS_NEAR_MISSES = [
    "Malin Hedberg + Per Holm kommer på alla träffarna. Orsa kommun",
    "Anmäl Malin Hedberg + Per Holm till 3 maj, jag kommer inte själv. Orsa kommun",
]


@pytest.mark.parametrize("text", PLUS_NEAR_MISSES)
def test_plus_without_writer(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Malin Hedberg", "Per Holm"]


# Class 3: the one a writer writes for ("å Eva Eks vägnar", "on Tom Berg's behalf") is no person when others are
# named as the ones the request is about.
BEHALF_OTHERS = [
    "Hej! Jag skriver på Per Holms vägnar. Anmäl Anna Berg och Eva Lind till 3 maj. Orsa kommun",
    "hej, skriver å per holms vägnar: Anna Berg och Eva Lind vill komma på alla träffar. Orsa kommun",
    "Jag mejlar för Per Holms räkning. Anna Berg och Eva Lind byter 21/9 mot 29/11. Orsa kommun",
    "Hello, I'm writing on Per Holm's behalf: please register Anna Berg and Eva Lind for 3 May. Orsa kommun",
    "On behalf of Per Holm: Anna Berg and Eva Lind will attend all four sessions. Orsa kommun",
    "Skriver a Per Holms vagnar. Anna Berg och Eva Lind vill delta den 21/9. Orsa kommun",
]


@pytest.mark.parametrize("text", BEHALF_OTHERS)
def test_principal_is_no_person_beside_others(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Anna Berg", "Eva Lind"]


BEHALF_NEAR_MISSES = [
    ("Jag anmäler på Per Holms vägnar: han vill gå på 3 maj. Orsa kommun", ["Per Holm"]),
    ("Hi, on Per Holm's behalf I'd like to register him for all four sessions. Orsa kommun", ["Per Holm"]),
]


@pytest.mark.parametrize(("text", "expected"), BEHALF_NEAR_MISSES)
def test_principal_alone_is_the_person(text: str, expected: list[str], config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == expected


# Class 4: a verb and its particle before "och jag" ("planen har skjutits fram och jag kan") is no lower-case name.
VERB_BEFORE_WRITER = [
    "hej, nu har mötet flyttats fram och jag kan komma den 21/9 ändå. Orsa kommun",
    "projektet har skjutits upp och jag vill därför anmäla mig till 3 maj. orsa kommun",
    "det har löst sig igen och jag kommer på alla träffar! /orsa kommun",
    "tiden har frigjorts och jag anmäler mig till höstens två träffar. Orsa kommun",
    "beslutet drogs tillbaka och jag kan vara med 29/11, Orsa kommun",
]


@pytest.mark.parametrize("text", VERB_BEFORE_WRITER)
def test_verb_particle_before_writer_is_no_name(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl"]


LOWER_BESIDE_WRITER = [
    "anna berg och jag kommer på alla träffar, orsa kommun",
    "per fritz och jag vill vara med 3 maj. orsa kommun",
]


@pytest.mark.parametrize("text", LOWER_BESIDE_WRITER)
def test_lower_name_beside_writer_still_read(text: str, config: Config, arrival: dt.datetime) -> None:
    assert len(names(chat(text, config, arrival))) == 2


# Class 5: withdrawing a colleague, the writer says they come as planned: the colleague is the one person.
STAYS_AS_PLANNED = [
    "stryk Per Holm från vår anmälan, han har slutat. jag och Eva kommer som planerat",
    "Hej, Per Holm kan tyvärr inte vara med längre, ta bort honom. Jag kommer som planerat.",
    "Please remove Per Holm from our registration, he has left. Anna and I are still coming as planned.",
    "avanmal Per Holm fran alla traffar tack, jag o eva kommer som vanligt",
    "Per Holm har slutat, stryk honom. Jag själv deltar som tidigare.",
]


@pytest.mark.parametrize("text", STAYS_AS_PLANNED)
def test_writer_coming_as_planned_is_no_person(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Per Holm"]


STAYS_NEAR_MISSES = [
    ("Jag och Per Holm kommer på 3 maj. Orsa kommun", ["Karin Dahl", "Per Holm"]),
    ("Anmäl mig och Per Holm till 3 maj som planerat. Orsa kommun", ["Karin Dahl", "Per Holm"]),
]


@pytest.mark.parametrize(("text", "expected"), STAYS_NEAR_MISSES)
def test_writer_coming_with_another(text: str, expected: list[str], config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == expected
