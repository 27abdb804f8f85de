"""Forwards and details, twenty-first round, by class: a newcomer taking the place of someone who gave it up before
("i stället för Leo Holm", "taking over Tove Berg's place") is the only person; a chat writer's own address written
in the text ("ny mailadress: …", "mejl m.ek@orsa.se om ni behöver", a bare address fitting the name) is theirs, the
organisation from its domain; a new address given after "i stället" is the address from now on, and the address
mail "went to" is the old one, not the new; someone a registrar's mailbox says "önskar delta" at a session is the
person. Each class with variants in other words than the corpus, and near-misses."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# Class 1: a newcomer taking the place of one who gave it up before: the newcomer alone.
INSTEAD_OF_GONE = [
    ("Som jag skrev i januari avanmälde vi oss. Nu har vi anställt Per Holm som går i stället för Leo Sandberg. "
     "Anmäl honom till 21 september."),
    ("I'm Per Holm, I started at Orsa kommun in February and I'm taking over Leo Sandberg's place (he left in January). "
     "Please register me for all four sessions."),
    ("Hej! Jag heter Per Holm och är nyanställd på Orsa kommun, jag tar över Leo Sandbergs plats. Kan ni anmäla mig "
     "till 21/9?"),
    "Hi, I'm Per Holm, new at Orsa kommun and taking Leo Sandberg's spot. Please sign me up for 21 September.",
    "hej, per holm här, ny på orsa kommun. jag tar leo sandbergs plats, anmäl mig till 21/9 tack",
]


@pytest.mark.parametrize("text", INSTEAD_OF_GONE)
def test_newcomer_instead_of_one_gone(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival, who="Per Holm")
    assert r.intent.value == "register"
    assert names(r) == ["Per Holm"]


INSTEAD_NEAR_MISSES = [
    # a swap now, nobody gone before: both people
    ("Leo Sandberg kan inte komma den 21/9, Per Holm går i stället för honom.", ["Leo Sandberg", "Per Holm"]),
    # two signed up, no one replaced
    ("Anmäl Per Holm och Leo Sandberg till 21 september.", ["Leo Sandberg", "Per Holm"]),
]


@pytest.mark.parametrize(("text", "expected"), INSTEAD_NEAR_MISSES)
def test_instead_near_misses(text: str, expected: list[str], config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival, who="Karin Dahl")) == expected


# Class 2: a chat writer's own address written in the text.
CHAT_OWN_ADDRESS = [
    ("hej! anmäler mig till alla träffar. mejl k.dahl@orsa.se om ni behöver nåt /Karin Dahl", "k.dahl@orsa.se"),
    ("Hej, jag vill komma på 3 maj. Min adress: karin.dahl@orsa.se", "karin.dahl@orsa.se"),
    ("Anmäl mig till 3/5 tack. karin.dahl@orsa.se", "karin.dahl@orsa.se"),
    ("Hi! Please register me for 3 May. You can reach me at kdahl@orsa.se", "kdahl@orsa.se"),
    ("Får jag komma på 3 maj? karin@orsa.se", "karin@orsa.se"),
    ("hej jag vill gå på 3 maj, mejla karin.dahl@orsa.se", "karin.dahl@orsa.se"),
]


@pytest.mark.parametrize(("text", "address"), CHAT_OWN_ADDRESS)
def test_chat_writer_own_address(text: str, address: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert [(p.name, p.email, p.organisation) for p in r.people] == [("Karin Dahl", address, "Orsa kommun")]


CHAT_ADDRESS_NEAR_MISSES = [
    # a colleague's address: the colleague's, not the writer's
    ("Anmäl mig och Per Holm (per.holm@orsa.se) till 3 maj. Orsa kommun",
     [("Karin Dahl", None, "Orsa kommun"), ("Per Holm", "per.holm@orsa.se", "Orsa kommun")]),
    # someone else's mailbox named for questions
    ("Anmäl mig till 3 maj, frågor till info@orsa.se. Orsa kommun", [("Karin Dahl", None, "Orsa kommun")]),
]


@pytest.mark.parametrize(("text", "expected"), CHAT_ADDRESS_NEAR_MISSES)
def test_chat_address_near_misses(text: str, expected: list[tuple[str, str | None, str]], config: Config,
                                  arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert sorted((p.name, p.email, p.organisation) for p in r.people) == expected


# Class 3: a details change giving the new address: that address, and its organisation.
NEW_ADDRESS_CHAT = [
    "hej! jag heter karin, ny mailadress: k.dahl@orsa.se (den gamla slutar funka). anmäld sen tidigare",
    "Hej, byt min e-post till karin.dahl@orsa.se tack, jag är redan anmäld.",
    "Hi, my new address is karin.dahl@orsa.se, please update it. I'm already registered.",
    "hej, ny mejladress: karin.dahl@orsa.se, kan ni ändra? är anmäld sen tidigare",
    "Kan ni ändra min mejl till karin.dahl@orsa.se? Anmälan gäller som förut.",
]


@pytest.mark.parametrize("text", NEW_ADDRESS_CHAT)
def test_chat_new_address(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.intent.value == "change"
    assert [(p.name, p.organisation) for p in r.people] == [("Karin Dahl", "Orsa kommun")]
    assert r.people[0].email in ("k.dahl@orsa.se", "karin.dahl@orsa.se")


NEW_ADDRESS_MAIL = [
    ("Jag råkade anmäla mig från min privata gmail. Kan ni ändra till jobbadressen i stället: karin.dahl@orsa.se? "
     "Allt annat stämmer."),
    "Jag anmälde mig från gmail. Kan ni byta till min jobbmejl istället: karin.dahl@orsa.se?",
    "I signed up from my private gmail by mistake. Could you change it to my work address instead: karin.dahl@orsa.se?",
    "Hej! Ändra gärna min adress till karin.dahl@orsa.se, den privata ska inte användas.",
]


@pytest.mark.parametrize("body", NEW_ADDRESS_MAIL)
def test_mail_new_work_address(body: str, config: Config, arrival: dt.datetime) -> None:
    raw = build_mail(body + "\n\nKarin", sender="Karin Dahl <karindahl82@gmail.com>", subject="Ändrad mejladress")
    r = parse_email(raw, config, arrival)
    assert r.intent.value == "change"
    assert [(p.name, p.email, p.organisation) for p in r.people] == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


CORRECTED_MAIL = [
    "Bekräftelsen gick till k.dahl@orsa.se, men min adress är karin.dahl@orsa.se. Kan ni rätta det?",
    "Jag såg att utskicket skickades till kdahl@orsa.se men min adress är karin.dahl@orsa.se. Rätta gärna.",
    "Your confirmation went to k.dahl@orsa.se, but my address is karin.dahl@orsa.se. Could you fix it?",
    "Mejlen hamnade hos k.dahl@orsa.se. Rätt adress är karin.dahl@orsa.se, kan ni ändra?",
]


@pytest.mark.parametrize("body", CORRECTED_MAIL)
def test_mail_corrected_address(body: str, config: Config, arrival: dt.datetime) -> None:
    raw = build_mail(body + "\n\nKarin Dahl\nOrsa kommun", sender="Karin Dahl <karin.dahl@orsa.se>",
                     subject="Fel mejladress")
    r = parse_email(raw, config, arrival)
    assert r.intent.value == "change"
    assert [(p.name, p.email) for p in r.people] == [("Karin Dahl", "karin.dahl@orsa.se")]


# Class 4: a registrar's mailbox: the one who "önskar delta" at a session is the person.
REGISTRAR = [
    "Kommunchef Per Holm önskar delta vid träffen den 22 februari 2028.",
    "Per Holm önskar delta den 22 februari 2028 (Dnr KS 2026/412).",
    "Kommunstyrelsens ordförande Per Holm önskar närvara vid träffen 22 februari 2028.",
    "Per Holm, kommunchef, önskar delta vid träffen den 22 februari 2028.",
    "Per Holm wishes to attend the session on 22 February 2028.",
]


@pytest.mark.parametrize("body", REGISTRAR)
def test_registrar_writes_for_another(body: str, config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Hej,\n\n" + body + "\n\nMed vänlig hälsning\nRegistraturen\nOrsa kommun",
                     sender="Registrator Orsa kommun <registrator@orsa.se>", subject="Anmälan DalaLab")
    r = parse_email(raw, config, arrival)
    assert r.intent.value == "register"
    assert names(r) == ["Per Holm"]
