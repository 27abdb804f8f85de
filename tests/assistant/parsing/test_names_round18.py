"""Names and organisations, eighteenth round, by class: a firm, an office or a unit ("Planbyrån Syd", "Norrplan
Arkitekter", "Stadsbyggnadskontoret Väst"), a season ("vår fältsäsong") and a verb with its particle ("drar ut")
are no person's name; consultants at a firm of their own who name the municipalities they work for ("åt Mora och
Orsa", "for several municipalities") have no organisation unless they take one of its places; an organisation named
as the way another was signed up ("anmäld via Gagnefs anmälan") or in brackets about someone else is not that of the
people named after it. Each class with variants of its own, in other words than the corpus, and near-misses."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import plausible_name
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender

KARIN = "Karin Dahl <karin.dahl@orsa.se>"
SIGN = "\n\nHälsningar\nKarin Dahl\nOrsa kommun\n"
EVA = "Eva Lund <eva.lund@fjallplan.se>"
EVA_SIGN = "\n\nHälsningar\nEva Lund\nFjällplan AB\nStorgatan 3, 791 71 Falun\n"


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def orgs(r: ParsedRequest) -> list[str | None]:
    return [p.organisation for p in sorted(r.people, key=lambda p: str(p.name))]


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = KARIN, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


# --- class A: firms, offices, units, seasons and verbs with their particle are no person's name

@pytest.mark.parametrize("body", [
    "Anmäl mig och Per Sjö till alla träffar. Per är konsult på Planbyrån Syd men tar en av våra platser.",
    "Anmäl mig och Per Sjö till alla träffar. Per sitter på Stadsbyggnadskontoret Väst sedan i höstas.",
    "Please sign up Per Sjö and me for all four sessions; Per is on loan from Miljöförvaltningen Norr this year.",
    "Anmäl mig och Per Sjö till alla fyra, Per jobbar egentligen på Norrplan Arkitekter men är inhyrd hos oss.",
    "Per Sjö and I would like to come to all four. Per is contracted from Fjällplan Consulting for our plan.",
    ("Anmäl mig och Per Sjö till alla träffar. I augusti drar vår inventeringssäsong ut och i mars är det budget, "
     "men era datum passar."),
    "Anmäl mig och Per Sjö till alla träffar. Projektet drar igång och i maj blir det mycket, men vi kommer.",
    "anmäl mig o Per Sjö till alla träffarna! vår jaktsäsong drar ut och i november e det lugnare",
    "Anmäl mig och Per Sjö till alla träffar. Vi samarbetar med Landskapsbyrån Dala om grönstrukturen.",
    "Anmäl mig och Per Sjö till alla träffar. Per kommer från Samhällsbyggnadsenheten Mitt.",
])
def test_firm_unit_or_season_is_no_person(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert names(r) == ["Karin Dahl", "Per Sjö"]


@pytest.mark.parametrize("body, expected", [
    # near-misses: surnames that begin or end like those words stay names
    ("Anmäl mig och Sara Kontio till alla träffar.", ["Karin Dahl", "Sara Kontio"]),
    ("Anmäl mig och Per Utterström till alla träffar.", ["Karin Dahl", "Per Utterström"]),
    ("Anmäl mig och Eva Byrén till alla träffar.", ["Eva Byrén", "Karin Dahl"]),
    ("anmäl lisa ek and i to all sessions please", ["Karin Dahl", "Lisa Ek"]),
])
def test_names_like_those_words_stay(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert names(r) == expected


@pytest.mark.parametrize("name, plausible", [
    ("Plankontoret Norr", False), ("Tallbo Arkitekter", False), ("Fältsäsong Ut", False),
    ("Planbyrån Syd", False), ("Drar Igång", False), ("Miljöförvaltningen Norr", False),
    ("Sara Kontio", True), ("Per Utterström", True), ("Eva Byrén", True), ("Hedda Malm", True),
    ("Anna Sommar", True), ("Lars Vinter", True),
])
def test_plausible_name_of_firms_and_units(name: str, plausible: bool) -> None:
    assert plausible_name(name) is plausible


# --- class B1: consultants at a firm of their own have no organisation, the municipalities they name are clients

@pytest.mark.parametrize("body", [
    ("Vi är två planeringskonsulter på Fjällplan som arbetar med översiktsplaner åt flera kommuner (bl.a. Mora "
     "och Orsa). Vi vill gärna komma 22 februari."),
    "Vi är konsulter och har just nu uppdrag åt Leksand och Rättvik. Anmäl oss gärna till träffen 22 februari.",
    ("We are two planning consultants at Fjällplan, currently working for several municipalities in Dalarna "
     "(e.g. Falun and Borlänge). We'd like to attend on 22 February."),
    "Vi jobbar som konsulter åt Mora kommun med deras ÖP. Vi vill gärna delta 22 februari.",
    "vi e två miljökonsulter som gör grönplanen åt säter och hedemora, anmäl oss till 22/2 tack",
    "Jag och min kollega är konsulter på Fjällplan; vi gör översiktsplanen åt Säter. Vi vill delta 22 februari.",
    ("We're consultants with Fjällplan and have assignments for Ludvika and Smedjebacken. Please book us for "
     "22 February."),
    "Vi är två arkitekter på konsultfirman Fjällplan och arbetar åt Avesta kommun. Anmäl oss till 22 februari.",
])
def test_consultants_naming_clients_have_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    text = (f"Hej!\n\n{body}\n\nDeltagare:\nEva Lund, eva.lund@fjallplan.se\nPer Sjö, per.sjo@fjallplan.se"
            f"{EVA_SIGN}")
    r = email(mail, text, config, arrival, sender=EVA)
    assert names(r) == ["Eva Lund", "Per Sjö"]
    assert orgs(r) == [None, None]


@pytest.mark.parametrize("body, expected", [
    # near-misses: consultants taking a municipality's places, and a municipality's own planners
    ("Vi är två konsulter på Fjällplan men tar två av Mora kommuns platser. Vi vill delta 22 februari.",
     "Mora kommun"),
    ("We are consultants at Fjällplan, contracted by Orsa kommun, and will take two of Orsa's places on 22 February.",
     "Orsa kommun"),
    ("Vi är två planerare på Mora kommun och vill gärna delta 22 februari.", "Mora kommun"),
])
def test_consultants_taking_places_or_employees_keep_it(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: str) -> None:
    text = (f"Hej!\n\n{body}\n\nDeltagare:\nEva Lund, eva.lund@fjallplan.se\nPer Sjö, per.sjo@fjallplan.se"
            f"{EVA_SIGN}")
    r = email(mail, text, config, arrival, sender=EVA)
    assert orgs(r) == [expected, expected]


# --- class B2: an organisation named as the way another was signed up, or in brackets about another, is not theirs

@pytest.mark.parametrize("body", [
    ("Jag vill anmäla två till från Orsa kommun (utöver Albin Ek, som redan är anmäld via Moras gemensamma "
     "anmälan): Lund, Eva; Sjö, Per. De kommer 3/5."),
    ("Jag vill anmäla två till från Orsa kommun (Albin Ek är redan anmäld via Mora kommun): Eva Lund och Per Sjö, "
     "till 3 maj."),
    "Anmäl två till från oss i Orsa (Albin Ek gick via Mora kommuns lista): Eva Lund och Per Sjö, 3 maj.",
    ("Please add two more from Orsa kommun (besides Albin Ek, who was signed up via Mora's joint list): "
     "Eva Lund and Per Sjö, 3 May."),
    ("Från Orsa kommun kommer även Eva Lund och Per Sjö den 3 maj (Albin Ek är anmäld via Mora kommun sedan "
     "tidigare)."),
    ("Vi blir två till från Orsa kommun – Albin Ek anmäldes ju via Region Dalarna – nämligen Eva Lund och Per Sjö, "
     "3 maj."),
    "hej! två till från orsa kommun (albin ek e redan anmäld via mora): Eva Lund, Per Sjö. 3/5",
    "Anmäl Eva Lund och Per Sjö från Orsa kommun till 3 maj. Albin Ek är redan anmäld via Mora kommun.",
    "Anmäl två till från Orsa kommun (utöver Albin Ek på Mora kommun, som redan är med): Eva Lund och Per Sjö, 3 maj.",
])
def test_organisation_of_another_signup_is_not_theirs(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    # (whether Albin, signed up before, is left out is the people's class, not this one)
    assert [p.organisation for p in r.people if p.name in ("Eva Lund", "Per Sjö")] == ["Orsa kommun", "Orsa kommun"]


@pytest.mark.parametrize("body, expected", [
    # near-misses: the organisation named beside the people themselves stays theirs
    ("Anmäl två kollegor (från Mora kommun): Eva Lund och Per Sjö, 3 maj.", "Mora kommun"),
    ("Anmäl Eva Lund och Per Sjö (Mora kommun) till 3 maj.", "Mora kommun"),
])
def test_organisation_beside_the_people_stays(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: str) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert orgs(r) == [expected, expected]


def test_chat_unit_is_no_person(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("hej! anmäl mig till alla fyra. jobbar på Planeringsavdelningen Syd, Orsa kommun",
                   Sender("telegram", "42", "Karin Dahl"), config, arrival)
    assert names(r) == ["Karin Dahl"]


# --- class C: addresses and the names made of them - the text's spelling, another's address as the pattern

@pytest.mark.parametrize("address, text, expected", [
    ("karl.bjork@hedemora.se", "Karl (Kalle) Björk, karl.bjork@hedemora.se, har slutat.", "Karl Björk"),
    ("asa.oberg@mora.se", "Stryk Åsa 'Åsan' Öberg (asa.oberg@mora.se) från alla träffar.", "Åsa Öberg"),
    ("goran.sjolund@orsa.se", "Please remove Göran (Gurra) Sjölund, goran.sjolund@orsa.se.", "Göran Sjölund"),
    ("lars-ake.nasstrom@falun.se", "Lars-Åke ”Lasse” Näsström lars-ake.nasstrom@falun.se kommer 3/5",
     "Lars-Åke Näsström"),
    ("ulla.hammar@leksand.se", "Ulla (Ullis) Hammar, ulla.hammar@leksand.se", "Ulla Hammar"),
    ("maria.lof@vansbro.se", "maria.lof@vansbro.se", "Maria Lof"),
    # near-misses: a capitalised word of another meaning is no spelling of the name; words in capitals neither
    ("per.sjo@orsa.se", "per.sjo@orsa.se – han sitter vid Sjön ibland", "Per Sjo"),
    ("eva.ang@orsa.se", "EVA ÅNG, eva.ang@orsa.se", "Eva Ang"),
])
def test_name_from_address_spelled_as_the_text(address: str, text: str, expected: str) -> None:
    from assistant.parsing.names import name_from_address
    assert name_from_address(address, text) == expected
