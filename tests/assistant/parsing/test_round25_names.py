"""Names, organisations and people, round 25, by class. Variants in words of their own, and near-misses that must
keep their reading.

- A: a given name introducing an address that spells the name otherwise ("Åke har aake.berg@…"): the address is that
  of the person named in full elsewhere, no new person made of the address;
- B: a named person's old address ("Pers gamla adress per.holm@… är nedlagd") is still theirs (only the writer's own
  "min gamla adress" is nobody's new one);
- C: lower-case names after a label and a colon on lines of their own ("jag: maja berg", "kollega: omar said");
- D: a chat writer whose display name is a nickname signing with their real name in lower case, where they are from
  after it, on the message's last line ("Bibbi 🌼" signing "birgitta lund, mora"), or introducing themselves with
  "här" and where they are from ("fredrik ek här från mora" from "Freddan");
- E: a configured place name mistyped by a letter (an autocorrection: "Smedjebaken", "Borlängw") is that place;
- F: the people of an erasure and a cancellation for others, given the intent (a personnel mailbox writing for a
  former employee; an "Efternamn, Förnamn – address" list).
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail, people

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Elin Sjödin") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


def addresses(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.email for p in r.people}


# --- A: a given name before an address spelled otherwise than the name

GIVEN_THEN_ADDRESS = [
    (("Hej!\n\nVi är tre från Orsa som vill gå på alla träffar:\n\nKarin Dahl\nÅke Berg – vegan\nSara Lind\n\n"
      "Åke har aake.berg@orsa.se och Sara sara.lind@orsa.se.\n\n/Karin"),
     {"Karin Dahl": "karin.dahl@orsa.se", "Åke Berg": "aake.berg@orsa.se", "Sara Lind": "sara.lind@orsa.se"}),
    (("Hej, jag anmäler mig och två kollegor till 3 maj och 21 september: Jöns Ek och Lisa Holm. "
      "Jöns nås på joens.ek@orsa.se, Lisa på lisa.holm@orsa.se.\n\nKarin"),
     {"Karin Dahl": "karin.dahl@orsa.se", "Jöns Ek": "joens.ek@orsa.se", "Lisa Holm": "lisa.holm@orsa.se"}),
]


@pytest.mark.parametrize(("body", "expected"), GIVEN_THEN_ADDRESS)
def test_a_given_name_before_an_address_spelled_otherwise(body: str, expected: dict[str, str], config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.REGISTER
    assert addresses(r) == expected


def test_a_given_name_before_another_persons_address(config: Config) -> None:
    """Near-miss: an address of another surname after a given name is another person's."""
    r = mail("Hej! Jag och Åke Berg vill gå på alla träffar. Åke vill också att ni anmäler Eva Strand, "
             "eva.strand@orsa.se.\n\n/Karin", config)
    assert names(r) == ["Eva Strand", "Karin Dahl", "Åke Berg"]
    assert addresses(r)["Eva Strand"] == "eva.strand@orsa.se"


# --- B: a named person's old address is theirs still

def test_b_named_persons_old_address(config: Config) -> None:
    r = mail("Hej,\n\nPer Holm har gått i pension, så Eva Lind (eva.lind@orsa.se) tar hans plats på alla träffar. "
             "Pers gamla adress per.holm@orsa.se är nedlagd.\n\n/Karin", config, subject="Byte av deltagare")
    assert r.intent == Intent.CHANGE
    assert addresses(r) == {"Per Holm": "per.holm@orsa.se", "Eva Lind": "eva.lind@orsa.se"}


def test_b_writers_own_old_address(config: Config) -> None:
    """Near-miss: the writer's own old address makes nobody new."""
    r = mail("Hej, jag vill anmäla mig till 3 maj. Min gamla adress karin.dahl@mora.se slutar fungera snart.\n\n/Karin",
             config)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


# --- C: lower-case names after a label and a colon, a line each

LABELLED = [
    ("anmäler mig + en kollega 😊\njag: maja berg\nkollega: omar said\nbåda mora, alla träffar", "Maja B",
     ["Maja Berg", "Omar Said"]),
    ("hej, vi är två som vill komma 21/9\njag: tove ek\nkollega: nils wik\nfrån orsa", "Tove",
     ["Nils Wik", "Tove Ek"]),
]


@pytest.mark.parametrize(("text", "shown", "expected"), LABELLED)
def test_c_lower_case_names_after_labels(text: str, shown: str, expected: list[str], config: Config) -> None:
    r = chat(text, config, shown)
    assert r.intent == Intent.REGISTER
    assert names(r) == expected


def test_c_a_label_before_no_name(config: Config) -> None:
    """Near-miss: a label followed by no name ("kollega: kommer också") adds nobody."""
    r = chat("anmäler mig till alla träffar\nkollega: kommer också men anmäler sig själv\n/maja berg, mora", config,
             "Maja B")
    assert names(r) == ["Maja Berg"]


# --- D: a nickname display name, the real name signed in lower case with where the writer is from

def test_d_nickname_signing_real_name(config: Config) -> None:
    r = chat("hej! jag vill vara med på alla träffarna 😊\nbirgitta lund, mora", config, "Bibbi 🌼")
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Birgitta Lund", None, "Mora kommun")]


def test_d_nickname_with_another_initial(config: Config) -> None:
    """Near-miss: a name of another initial than the display name's is not taken for the writer's."""
    r = chat("hej! jag vill vara med på alla träffarna 😊\nkarin lund, mora", config, "Bibbi 🌼")
    assert "Karin Lund" not in names(r)


def test_d_nickname_here_from_a_place(config: Config) -> None:
    """The real name in lower case, "här" and where the writer is from after it ("… här från mora.")."""
    r = chat("tjena, fredrik ek här från mora. kan du skriva upp mig på 21/9? 🙏", config, "Freddan")
    assert people(r) == [("Fredrik Ek", None, "Mora kommun")]


def test_d_another_here_from_a_place(config: Config) -> None:
    """Near-miss: another given name than the display name's, "här från" after it, is not taken for the writer's."""
    r = chat("tjena, karin lund här från mora. kan du skriva upp mig på 21/9? 🙏", config, "Freddan")
    assert "Karin Lund" not in names(r)


# --- E: a configured place mistyped by a letter

MISTYPED_PLACES = [
    ("Hej! Jag vill vara med på träff 1 och 4. Per Ek Borlängw", "Per Ek", "Borlänge kommun"),
    ("Hej, anmäler mig till alla träffar. /Anna Berg, Smedjebaken", "Anna Berg", "Smedjebackens kommun"),
]


@pytest.mark.parametrize(("text", "shown", "org"), MISTYPED_PLACES)
def test_e_mistyped_place(text: str, shown: str, org: str, config: Config) -> None:
    r = chat(text, config, shown)
    assert r.intent == Intent.REGISTER
    assert [p.organisation for p in r.people] == [org]


def test_e_unknown_place_stays_unknown(config: Config) -> None:
    """Near-miss: a place the config does not know, however long, is no configured one."""
    r = chat("Hej! Jag vill vara med på träff 1 och 4. Per Ek Sandviken", config, "Per Ek")
    assert [p.organisation for p in r.people] == [None]


def test_e_surname_near_a_place_is_a_surname(config: Config) -> None:
    """Near-miss: a long surname in a mail from a configured domain leaves the organisation the address's."""
    r = mail("Hej, jag anmäler mig och Eva Hedenmora till 3 maj.\n\n/Karin", config)
    assert {p.organisation for p in r.people} == {"Orsa kommun"}


# --- F: the people of an erasure and a cancellation for others

def test_f_erasure_for_a_former_employee(config: Config) -> None:
    r = mail("Hej,\n\nVår före detta anställde Olof Lundqvist (olof.lundqvist@mora.se) slutade hos oss i januari. "
             "Han vill att ni raderar alla hans personuppgifter ur ert register för DalaLab.\n\n"
             "Med vänlig hälsning\nPersonalenheten\nMora kommun", config,
             sender="Personalenheten Mora kommun <hr@mora.se>", subject="Radering av personuppgifter")
    assert r.intent == Intent.ERASURE
    assert people(r) == [("Olof Lundqvist", "olof.lundqvist@mora.se", "Mora kommun")]


def test_f_cancellation_of_a_surname_first_list(config: Config) -> None:
    r = mail("Hej,\n\nVi avanmäler följande från DalaLab:\n\nLind, Eva – eva.lind@orsa.se\nHolm, Per – per.holm@orsa.se\n\n"
             "Med vänlig hälsning\nKarin Dahl", config, subject="Avanmälan")
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Eva Lind", "eva.lind@orsa.se", "Orsa kommun"), ("Per Holm", "per.holm@orsa.se", "Orsa kommun")]
