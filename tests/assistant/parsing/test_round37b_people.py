"""People, diets and sessions, round 37b: by class, each in words of its own (none from a corpus), with near-misses.

- A: a lower-case given name, then a verb in the past tense ("min kollega lars anmälde sig redan i januari", "eva
  ringde igår"): no surname, so no person "Lars Anmälde"; a lower-case full name there is still read;
- B: a chat writer shown by a given name and an initial ("Ingrid W") who writes their name surname first after a
  heading ("Anmälan: Westberg, Ingrid."): the writer's full name; a surname of another initial is not theirs;
- C: a lower-case roster one name to a line, a surname with a particle among them ("malin de geer"): each line a
  person, the particle kept small;
- D: a form of blocks ("Namn: …" / "E-post: …" / "Kost: …") from a shared mailbox: each person with the address
  and the diet of their own block ("inget särskilt" no diet); the first named is not given the mailbox's address;
- E: "alla går inte på alla träffar, se tabellen" over a table of each one's sessions: no mention of all four, the
  sessions are the table's; "alla träffar" itself is still all four.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config, sender: str, subject: str = "Anmälan DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


def _people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.email, p.diet) for p in r.people]


# --- A: a past-tense verb after a lower-case given name

@pytest.mark.parametrize("text", [
    ("hej\n\njag vill anmäla mig till höstens träffar. min kollega sven anmälde sig redan i december, så räkna honom "
    "inte två gånger.\n\nida holm\nrättvik"),
    "hej! anmäl mig till höstens träffar tack. kollegan sven ringde er redan om sin plats.\n\nida holm\nrättvik",
])
def test_a_a_past_tense_verb_is_no_surname(config: Config, text: str) -> None:
    r = _mail(text, config, "Ida Holm <ida.holm@rattvik.se>")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Ida Holm"]
    assert list(r.sessions) == [S2, S3]


def test_a_near_miss_a_lower_case_colleague_in_full_is_read(config: Config) -> None:
    r = _mail("hej! anmäl mig och min kollega sven lindahl till höstens träffar.\n\nida holm\nrättvik", config,
              "Ida Holm <ida.holm@rattvik.se>")
    assert sorted(p.name or "" for p in r.people) == ["Ida Holm", "Sven Lindahl"]


# --- B: "Anmälan: Westberg, Ingrid." from "Ingrid W"

@pytest.mark.parametrize(("shown", "text"), [
    ("Karin S", "Anmälan: Sundqvist, Karin. Orsa kommun. 3/5 + 29/11. Vegetarisk 🙂"),
    ("Karin S", "Namn: Sundqvist, Karin, Orsa kommun. Kommer 3/5 och 29/11."),
    ("Karin", "Anmälan: Sundqvist, Karin. Orsa kommun. 3/5 + 29/11."),
])
def test_b_a_name_written_surname_first_is_the_writers(config: Config, shown: str, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "41", shown), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Karin Sundqvist"]
    assert list(r.sessions) == [S1, S3]


def test_b_near_miss_a_surname_of_another_initial_is_not_the_writers(config: Config) -> None:
    r = parse_chat("Anmälan: Lindberg, Karin. Orsa kommun. 3/5 + 29/11.", Sender("telegram", "42", "Karin S"), config,
                   ARRIVAL)
    assert [p.name for p in r.people] == ["Karin S"]    # the shown name kept: the text's is not hers


# --- C: a lower-case roster with a particle

def test_c_a_lower_case_roster_with_a_particle(config: Config) -> None:
    r = _mail("hej, skriv upp oss från mora kommun:\n\nanna von essen\nper-åke lind\nstina berg\n\nalla träffar. "
              "stina äter vegetariskt.\n\n/anna (från mobilen)", config, "Anna von Essen <anna.vonessen@mora.se>",
              "dalalab")
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Anna von Essen", "Per-Åke Lind", "Stina Berg"]
    assert next(p.diet for p in r.people if p.name == "Stina Berg") == "vegetariskt"
    assert list(r.sessions) == list(ALL)


def test_c_near_miss_a_lower_case_roster_without_particles_stays_read(config: Config) -> None:
    r = _mail("hej, skriv upp oss från mora kommun:\n\nanna essen\nper-åke lind\nstina berg\n\nalla träffar.\n\n/anna",
              config, "Anna Essen <anna.essen@mora.se>", "dalalab")
    assert sorted(p.name or "" for p in r.people) == ["Anna Essen", "Per-Åke Lind", "Stina Berg"]


# --- D: a form of blocks from a shared mailbox

FORM = ("Hej,\n\nVi anmäler följande till alla fyra träffarna:\n\nNamn: Sofia Grahn\nE-post: sofia.grahn@orsa.se\n"
        "Kost: glutenfri\n\nNamn: Leo Bäck\nE-post: leo.back@orsa.se\nKost: inget särskilt\n\nHälsningar\n"
        "Samhällsbyggnad\nOrsa kommun")


@pytest.mark.parametrize("sender", ["Samhällsbyggnad Orsa <sbf@orsa.se>", "Eva Lund <eva.lund@orsa.se>"])
def test_d_a_form_of_blocks_gives_each_their_address_and_diet(config: Config, sender: str) -> None:
    r = _mail(FORM, config, sender)
    assert r.intent == Intent.REGISTER
    assert _people(r)[-2:] == [("Sofia Grahn", "sofia.grahn@orsa.se", "glutenfri"), ("Leo Bäck", "leo.back@orsa.se", None)]
    assert r.diet == "glutenfri"


def test_d_near_miss_a_diet_in_running_text_goes_as_before(config: Config) -> None:
    r = _mail("Hej,\n\nVi anmäler Sofia Grahn (sofia.grahn@orsa.se) och Leo Bäck (leo.back@orsa.se) till alla "
              "träffar. Leo är vegan.\n\nHälsningar\nSamhällsbyggnad\nOrsa kommun", config,
              "Samhällsbyggnad Orsa <sbf@orsa.se>")
    assert _people(r) == [("Sofia Grahn", "sofia.grahn@orsa.se", None), ("Leo Bäck", "leo.back@orsa.se", "vegan")]


# --- E: "alla går inte på alla träffar"

TABLE = ("\n\nSofia Grahn | sofia.grahn@orsa.se | 3/5 | -\nLeo Bäck | leo.back@orsa.se | 29/11, 22/2 | vegan\n\n"
         "Hälsningar\nEva Lund\nOrsa kommun")


@pytest.mark.parametrize("head", [
    "Hej! Här är våra anmälningar. Alla går inte på alla träffar, se tabellen.",
    "Hej! Här är våra anmälningar, inte till alla träffar utan enligt tabellen.",
])
def test_e_not_all_sessions_is_no_mention_of_all(config: Config, head: str) -> None:
    r = _mail(head + TABLE, config, "Eva Lund <eva.lund@orsa.se>")
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S3, S4]


def test_e_near_miss_all_sessions_is_all_four(config: Config) -> None:
    r = _mail("Hej! Här är våra anmälningar, till alla träffar.\n\nSofia Grahn | sofia.grahn@orsa.se\n"
              "Leo Bäck | leo.back@orsa.se\n\nHälsningar\nEva Lund\nOrsa kommun", config, "Eva Lund <eva.lund@orsa.se>")
    assert list(r.sessions) == list(ALL)
