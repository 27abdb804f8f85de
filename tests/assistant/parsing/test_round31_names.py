"""Names and who takes part, round 31: by class, each in words of its own (none from a corpus), with near-misses.

- A: one named only as knowing of or approving the writer's going, their clause saying nothing else ("Min chef Per
  Ek är informerad och godkänner", "my manager Tom Berg is aware and has approved it"): not among the people; still
  one who approves and comes too ("har godkänt och vill också gå"), and one named beside the writer;
- B: the writer's full name and another's joined by "&" ("Anmälan: Eva Lind & Tove Ahlberg, Orsa"): two people, not
  a firm's name; a firm written so ("Dahl & Lind Arkitekter") is still no person;
- C: a short form of a given name before the full name in brackets, all in lower case ("pelle (per-erik sandberg)
  ber mig meddela att han inte kan"): the person so named; not a bracketed phrase after a word ("mötet (tredje
  träffen)");
- D: a colleague named by the given name beside the writer, the full name told in a later sentence with "heter" or
  "namn är" ("Jag och Oskar kommer ... Oskar Lundmark heter han", "Hon heter Eva Lind", "Hans fullständiga namn är
  ..."): the full name; not a name told of someone else ("Min chef heter Per Ek");
- E: the writer coming together with named colleagues, the sessions in another sentence, the verb perhaps before "jag"
  ("Från Orsa kommer jag tillsammans med Oskar Berg och Fatima Ali. Vi vill vara med på alla fyra."): all of them;
  not "ihop med" said of talking to someone, nor "kommer jag inte".
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

EVA = "Eva Lind <eva.lind@orsa.se>"
SIGNED = "\n\nMed vänlig hälsning\nEva Lind\nOrsa kommun\n"


def _read(config: Config, text: str) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=EVA, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: the approver is no participant

@pytest.mark.parametrize("text", [
    "Jag anmäler mig till 3 maj. Min chef Per Ek är informerad och godkänner.",
    "Jag vill gå på alla fyra träffarna. Min chef Per Ek har godkänt resan, och kollegan Ali Nur hör av sig själv.",
    "I'd like to sign up for May 3. My manager Tom Berg is aware and has approved it.",
])
def test_a_one_who_approves_is_no_participant(config: Config, text: str) -> None:
    assert _names(_read(config, text)) == ["Eva Lind"]


@pytest.mark.parametrize("text", [
    "Jag anmäler mig till 3 maj. Min chef Per Ek har godkänt och vill också gå på 3 maj.",
    "Jag och Per Ek anmäler oss till 3 maj. Per Ek har godkänt det.",
])
def test_a_near_miss_one_who_approves_and_comes_is_kept(config: Config, text: str) -> None:
    assert _names(_read(config, text)) == ["Eva Lind", "Per Ek"]


# --- B: "&" between two people's names

@pytest.mark.parametrize("text", [
    "Anmälan: Eva Lind & Tove Ahlberg, Orsa, träff 1 och 3.",
    "Please sign up Eva Lind & Tove Ahlberg for sessions 1 and 3.",
])
def test_b_two_people_joined_by_an_ampersand(config: Config, text: str) -> None:
    r = _read(config, text)
    assert _names(r) == ["Eva Lind", "Tove Ahlberg"]
    assert sorted(r.sessions) == [S1, S3]


def test_b_near_miss_a_firm_with_an_ampersand_is_no_person(config: Config) -> None:
    r = _read(config, "Jag anmäler mig till 3 maj. Jag har tidigare jobbat på Dahl & Lind Arkitekter.")
    assert _names(r) == ["Eva Lind"]


# --- C: "pelle (per-erik sandberg)"

def test_c_a_short_form_before_the_full_name_in_brackets(config: Config) -> None:
    r = _read(config, "hej! lasse (lars-olof ek) ber mig meddela att han inte kan vara med. karin sund tar hans plats "
                      "på alla träffarna.")
    assert r.intent == Intent.CHANGE
    assert _names(r) == ["Karin Sund", "Lars-Olof Ek"]


@pytest.mark.parametrize("text", [
    "Jag anmäler mig till mötet (tredje träffen).",
    "Jag anmäler mig till alla träffar. Lunch (veganskt tack) behövs.",
])
def test_c_near_miss_a_bracketed_phrase_is_no_name(config: Config, text: str) -> None:
    assert _names(_read(config, text)) == ["Eva Lind"]


# --- D: the full name told after the given name

@pytest.mark.parametrize("text", [
    "Jag och Oskar anmäler oss till alla fyra. Oskar Lundmark heter han.",
    ("Jag och Oskar från miljöenheten vill också vara med, skriv upp oss båda på alla fyra. Oskar Lundmark heter han "
     "i efternamn, om du undrar."),
    "Jag och Oskar kommer på alla fyra. Hans fullständiga namn är Oskar Lundmark.",
    "Jag och Oskar anmäler oss till alla fyra. Han heter Oskar Lundmark.",
])
def test_d_the_full_name_told_after_the_given_name(config: Config, text: str) -> None:
    r = _read(config, text)
    assert _names(r) == ["Eva Lind", "Oskar Lundmark"]
    assert sorted(r.sessions) == [S1, S2, S3, S4]


def test_d_near_miss_a_name_told_of_another(config: Config) -> None:
    assert _names(_read(config, "Jag anmäler mig till alla fyra. Min chef heter Oskar Lundmark.")) == ["Eva Lind"]


# --- E: coming "tillsammans med" colleagues

@pytest.mark.parametrize("text", [
    ("Från Orsa kommun kommer jag tillsammans med våra nya planerare Oskar Berg och Fatima Ali. Vi vill vara med på "
     "alla fyra träffarna."),
    "Jag kommer tillsammans med Oskar Berg och Fatima Ali. Vi vill vara med på alla fyra.",
])
def test_e_the_writer_together_with_colleagues(config: Config, text: str) -> None:
    r = _read(config, text)
    assert _names(r) == ["Eva Lind", "Fatima Ali", "Oskar Berg"]
    assert sorted(r.sessions) == [S1, S2, S3, S4]


def test_e_near_miss_talked_together_with_is_no_participant(config: Config) -> None:
    r = _read(config, "Jag anmäler mig till 3 maj. Jag har pratat ihop med Per Ek om saken.")
    assert _names(r) == ["Eva Lind"]


def test_e_near_miss_the_writer_not_coming_is_left_out(config: Config) -> None:
    r = _read(config, "Jag anmäler Oskar Berg och Fatima Ali till 3 maj. Själv kommer jag inte med den här gången.")
    assert _names(r) == ["Fatima Ali", "Oskar Berg"]
