"""Names and people, round 28, by class. Variants in words of their own, and near-misses that must keep their
reading.

- A: a sender's display name in the order of their address stays so, though a row of a pasted list near the end
  writes it surname first ("BERG Lotta" beside "Lotta Berg <lotta.berg@…>");
- B: lower-case names one to a line after a line announcing them, an address after the name with a space only
  or in brackets ("per ek per.ek@…", "eva lund <eva.lund@…>");
- C: given names whose surnames are told after them, in any case ("jonas med efternamn ek", "lisa och omar
  (efternamn berg resp. said)");
- D: a chat abbreviation before a lower-case given name ("fyi stina kan inte") is no part of a name.
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def addresses(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.email for p in r.people}


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Elin Sjödin") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


# --- A: the display name in its address's order, a pasted row writing it surname first

SURNAME_FIRST_ROWS = [
    (("Hej, vi anmäler oss till alla träffar, här är vår lista från Excel:\n\nEfternamn\tFörnamn\tE-post\n"
      "LUND\tOmar\tomar.lund@orsa.se\nEK\tPetra\tpetra.ek@orsa.se\n\nMvh Petra"), "Petra Ek <petra.ek@orsa.se>",
     {"Petra Ek": "petra.ek@orsa.se", "Omar Lund": "omar.lund@orsa.se"}),
    ("Hej! Anmäler oss till alla träffar.\n\nLund Omar | omar.lund@orsa.se\nDahlberg Sanna | sanna.dahlberg@orsa.se",
     "Omar Lund <omar.lund@orsa.se>",
     {"Omar Lund": "omar.lund@orsa.se", "Sanna Dahlberg": "sanna.dahlberg@orsa.se"}),
]


@pytest.mark.parametrize(("body", "sender", "expected"), SURNAME_FIRST_ROWS)
def test_a_display_name_in_its_addresss_order(body: str, sender: str, expected: dict[str, str],
                                              config: Config) -> None:
    r = mail(body, config, sender=sender)
    assert r.intent == Intent.REGISTER
    assert addresses(r) == expected


def test_a_display_name_surname_first_turned_by_the_signature(config: Config) -> None:
    """Near-miss: a display name written surname first, the address holding no order, is turned by the signature."""
    r = mail("Hej, jag vill anmäla mig till alla träffar.\n\nMvh\nErik Sandberg\nPlanarkitekt, Orsa kommun",
             config, sender="Sandberg Erik <e.sandberg@orsa.se>")
    assert names(r) == ["Erik Sandberg"]


# --- B: lower-case names one to a line, an address after a space or in brackets

LOWER_LINES = [
    ("hej! vi är tre från orsa:\nkarin dahl (jag)\njonas ek jonas.ek@orsa.se\nlisa wik\nalla träffar tack",
     {"Karin Dahl": "karin.dahl@orsa.se", "Jonas Ek": "jonas.ek@orsa.se", "Lisa Wik": None}),
    (("anmäler oss fyra till 3 maj:\nkarin dahl\nomar said <omar.said@orsa.se>\nvera holm (vera.holm@orsa.se)\n"
      "lisa wik\n/k"),
     {"Karin Dahl": "karin.dahl@orsa.se", "Omar Said": "omar.said@orsa.se", "Vera Holm": "vera.holm@orsa.se",
      "Lisa Wik": None}),
]


@pytest.mark.parametrize(("body", "expected"), LOWER_LINES)
def test_b_lower_case_lines_with_an_address_after_a_space(body: str, expected: dict[str, str | None],
                                                         config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.REGISTER
    assert addresses(r) == expected


def test_b_lower_case_lines_with_an_address_after_a_comma(config: Config) -> None:
    """Near-miss: the address after a comma was read so before."""
    r = mail("hej! vi är två från orsa:\nkarin dahl (jag)\njonas ek, jonas.ek@orsa.se\nalla träffar", config)
    assert addresses(r) == {"Karin Dahl": "karin.dahl@orsa.se", "Jonas Ek": "jonas.ek@orsa.se"}


# --- C: given names, their surnames told after them

SURNAMES_TOLD = [
    ("hej jag heter elin sjödin och vill anmäla mig och min kollega jonas med efternamn ek till alla träffar",
     ["Elin Sjödin", "Jonas Ek"]),
    ("anmäler mig + kollegorna lisa och omar (efternamn berg resp. said) från orsa, alla träffar",
     ["Elin Sjödin", "Lisa Berg", "Omar Said"]),
    ("Hej! Anmäl mig och Vera, efternamnet Holm, till alla träffar.", ["Elin Sjödin", "Vera Holm"]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES_TOLD)
def test_c_surnames_told_after_the_given_names(text: str, expected: list[str], config: Config) -> None:
    r = chat(text, config)
    assert r.intent == Intent.REGISTER
    assert names(r) == expected


@pytest.mark.parametrize("text", [
    "hej, jag har fått nytt efternamn: holm. kan ni ändra det i anmälan? /elin",
    "Hej! Anmäl mig till alla träffar, mitt efternamn är Sjödin med ö.",
])
def test_c_the_writers_own_surname_makes_no_new_person(text: str, config: Config) -> None:
    """Near-miss: the writer's own surname spoken of gives nobody new."""
    r = chat(text, config)
    assert all(n in ("Elin Sjödin", "Elin Holm") for n in names(r))


# --- D: a chat abbreviation before a lower-case given name

def test_d_abbreviation_before_a_given_name(config: Config) -> None:
    body = ("fyi jonas kan inte längre, stryk honom tack /karin\n\nSkickat från min iPhone\n\n"
            "Början av vidarebefordrat meddelande:\n\n> Från: Jonas Ek <jonas.ek@orsa.se>\n"
            "> Datum: 11 januari 2027 14:22:10 CET\n> Till: Karin Dahl <karin.dahl@orsa.se>\n> Ämne: DalaLab\n>\n"
            "> Hej Karin! Jag hinner inte med DalaLab i år, kan du meddela Linnea? Jag är anmäld till alla fyra.\n"
            "> /Jonas")
    r = mail(body, config, subject="VB: DalaLab")
    assert r.intent == Intent.CANCEL
    assert addresses(r) == {"Jonas Ek": "jonas.ek@orsa.se"}


def test_d_a_full_lower_case_name_that_cannot_come(config: Config) -> None:
    """Near-miss: a lower-case full name before "kan inte" is still read as the person's."""
    r = mail("hej, per holm kan inte komma längre, stryk honom från alla träffar tack /karin", config)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Per Holm"]
