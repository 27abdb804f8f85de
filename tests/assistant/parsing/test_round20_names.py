"""Names and organisations, twentieth round, by class: an organisation written as one word with a group word after
it or its spaces left out ("älvdalsgänget", "Moragruppen", "regiondalarna") is named; an organisation heading the
next clause ("..., och från Säter kommer Maja Stenberg") is not that of the name before it; a workplace the writer
says is written wrongly ("det står att jag kommer från Borlänge kommun, men jag jobbar på Säter") is not theirs; a
name built from an address gets the Swedish letters its name parts are only ever written with ("akerman" ->
"Åkerman", "stromberg" -> "Strömberg"). Each class with variants of its own, in other words than the corpus, and
near-misses."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import name_from_address
from assistant.parsing.organisations import org_index
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender


def orgs_of(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.organisation for p in r.people}


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject="DalaLab"), config, arrival)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# Class 1: an organisation written as one word: a group word after it, or its spaces left out.
JOINED = [
    ("hej! anmäler älvdalsgänget: mig och per holm, alla fyra träffarna", "Älvdalens kommun"),
    ("Moragruppen kommer på 3 maj: jag och Per Holm", "Mora kommun"),
    ("anm till 3/5, karin dahl regiondalarna", "Region Dalarna"),
    ("hej, leksandsteamet (jag + per holm) vill vara med den 21/9", "Leksands kommun"),
    ("Anmäl mig till alla träffar. Karin, morakommun", "Mora kommun"),
    ("rättviksgänget hänger på! jag och per holm kommer 3 maj", "Rättviks kommun"),
    ("we from the falugruppen: me and Per Holm, all four sessions please", "Falu kommun"),
    ("anmäl mig till 3 maj tack /karin, lstdalarna", "Länsstyrelsen Dalarna"),
]


@pytest.mark.parametrize(("text", "org"), JOINED)
def test_joined_organisation(text: str, org: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert r.people and all(o == org for o in orgs_of(r).values())


JOINED_NEAR_MISSES = [
    "Skicka gärna bekräftelsen till karin.dahl@regiondalarna.se",
    "Läs mer på www.regiondalarna.se/dalalab",
    "Jag äter falukorv varje dag",
    "Vi sågs på moraklockans dag",
]


@pytest.mark.parametrize("text", JOINED_NEAR_MISSES)
def test_no_joined_organisation(text: str, config: Config) -> None:
    assert org_index(config).best(text) is None


# Class 2: an organisation heading the next clause about someone else is not the one of the name before it.
HEADING_NEXT = [
    "Hej! Från Hedemora kommer jag och Eva Lind, och från Säter kommer Per Holm. Vi anmäler oss till alla träffar.",
    "Hej! Från Hedemora kommer jag och Eva Lind och från Säter Per Holm, alla fyra träffarna.",
    "Vi anmäler oss till alla träffar: för Hedemora jag och Eva Lind, och för Säter Per Holm.",
    "Hi, please register me and Eva Lind from Hedemora, and from Säter Per Holm, for all four sessions.",
    "Från Hedemora anmäler jag mig och Eva Lind, och från Säter anmäls Per Holm, till alla träffar.",
    "Till alla träffar anmäls från Hedemora jag och Eva Lind; från Säter kommer Per Holm.",
]


@pytest.mark.parametrize("text", HEADING_NEXT)
def test_organisation_heading_next_clause(text: str, mail: Callable[..., bytes], config: Config,
                                          arrival: dt.datetime) -> None:
    r = email(mail, text + "\n\nHälsningar\nKarin Dahl\nHedemora kommun", config, arrival,
              sender="Karin Dahl <karin.dahl@hedemora.se>")
    assert orgs_of(r) == {"Karin Dahl": "Hedemora kommun", "Eva Lind": "Hedemora kommun", "Per Holm": "Säters kommun"}


HEADING_NEAR_MISSES = [
    # both named before the organisation: both of it
    ("Hej! Jag anmäler Eva Lind och Per Holm från Säter till alla träffar.", "Säters kommun", "Säters kommun"),
    # each their own, set beside the name
    ("Hej! Jag anmäler Eva Lind från Säter och Per Holm från Mora till alla träffar.", "Säters kommun",
     "Mora kommun"),
    ("Hej! Jag anmäler Eva Lind, Säters kommun, och Per Holm, Mora kommun, till alla träffar.", "Säters kommun",
     "Mora kommun"),
]


@pytest.mark.parametrize(("text", "eva", "per"), HEADING_NEAR_MISSES)
def test_organisation_beside_name_stays(text: str, eva: str, per: str, mail: Callable[..., bytes], config: Config,
                                        arrival: dt.datetime) -> None:
    r = email(mail, text + "\n\nHälsningar\nKarin Dahl\nHedemora kommun", config, arrival,
              sender="Karin Dahl <karin.dahl@hedemora.se>")
    found = orgs_of(r)
    assert (found["Eva Lind"], found["Per Holm"]) == (eva, per)


# Class 3: a workplace the writer says is written wrongly is not theirs.
CORRECTED = [
    "I bekräftelsen står det att jag kommer från Borlänge kommun, men jag jobbar på Säters kommun. Kan ni ändra?",
    "Ni har skrivit Borlänge kommun på min anmälan men det ska vara Säters kommun.",
    "Det stod Borlänge kommun i bekräftelsen, men jag är anställd på Säters kommun sedan januari. Rätta gärna.",
    "The confirmation says Borlänge kommun, but I work for Säters kommun now. Could you change it?",
    "Jag är registrerad som Borlänge kommun men tillhör Säters kommun, kan ni ändra det?",
    "Fel kommun i bekräftelsen: Borlänge kommun, men jag jobbar på Säters kommun.",
]


@pytest.mark.parametrize("text", CORRECTED)
def test_corrected_workplace(text: str, config: Config) -> None:
    employer = org_index(config).employer(text)
    assert employer is not None and employer.name == "Säters kommun"


def test_corrected_workplace_in_request(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    text = ("Hej!\n\nI bekräftelsen står det att jag är från Borlänge kommun, men jag jobbar på Säters kommun sedan "
            "hösten. Jag anmälde mig från min privata adress. Kan ni ändra?\n\n/Emma Lönn")
    r = email(mail, text, config, arrival, sender="Emma Lönn <emma.lonn@gmail.com>")
    assert [p.organisation for p in r.people] == ["Säters kommun"]


CORRECTED_NEAR_MISSES = [
    ("Jag jobbar på Borlänge kommun men har kontor i Säter. Anmäl mig till 3 maj.", "Borlänge kommun"),
    ("Jag kommer från Borlänge kommun, men min kollega från Säter kan inte. Anmäl mig till 3 maj.", "Borlänge kommun"),
    ("Anmäl mig till 3 maj. Jag är från Borlänge kommun.", "Borlänge kommun"),
]


@pytest.mark.parametrize(("text", "org"), CORRECTED_NEAR_MISSES)
def test_workplace_not_corrected(text: str, org: str, mail: Callable[..., bytes], config: Config,
                                 arrival: dt.datetime) -> None:
    r = email(mail, "Hej!\n\n" + text + "\n\n/Emma Lönn", config, arrival, sender="Emma Lönn <emma.lonn@gmail.com>")
    assert r.people[0].organisation == org


# Class 4: a name built from an address gets back the Swedish letters its parts are only ever written with.
FROM_ADDRESS = [
    ("lisa.akerman@mora.se", "Lisa Åkerman"),
    ("olof.stromberg@mora.se", "Olof Strömberg"),
    ("goran.sjodin@mora.se", "Göran Sjödin"),
    ("asa.soderlund@orsa.se", "Åsa Söderlund"),
    ("bjorn.oberg@orsa.se", "Björn Öberg"),
    ("hakan.lindstrom@orsa.se", "Håkan Lindström"),
    ("emma.lonn@gmail.com", "Emma Lönn"),
    ("rickard.stahl@orsa.se", "Rickard Ståhl"),
    ("frida.mard@orsa.se", "Frida Mård"),
]


@pytest.mark.parametrize(("address", "name"), FROM_ADDRESS)
def test_letters_from_address(address: str, name: str) -> None:
    assert name_from_address(address) == name


FROM_ADDRESS_NEAR_MISSES = [
    ("anna.backlund@mora.se", "Anna Backlund"),
    ("per.ahlberg@mora.se", "Per Ahlberg"),
    ("maria.hammar@mora.se", "Maria Hammar"),
    ("marcus.ask@mora.se", "Marcus Ask"),
    ("oskar.martin@mora.se", "Oskar Martin"),
    ("astrid.holm@mora.se", "Astrid Holm"),
]


@pytest.mark.parametrize(("address", "name"), FROM_ADDRESS_NEAR_MISSES)
def test_plain_letters_from_address(address: str, name: str) -> None:
    assert name_from_address(address) == name


def test_text_spelling_wins(config: Config, arrival: dt.datetime) -> None:
    assert name_from_address("lisa.akerman@mora.se", "Lisa Akerman (lisa.akerman@mora.se)") == "Lisa Akerman"


def test_substitute_from_address(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "hej, lisa (lisa.akerman@mora.se) går på 21/9 istället för mig, jag kan inte.\nnils", config,
              arrival, sender="Nils Ek <nils.ek@mora.se>")
    assert "Lisa Åkerman" in orgs_of(r)
