"""Who takes part, round 37a: by class, each in words of its own (none from a corpus), with near-misses.

- A: the writer as one item of a numbered list of those signed up ("1. Elsa Norr 2. Per Holm …"): among the people,
  as in a bulleted one; a name alone signing the message is still no list item;
- B: a list written surname first with a particle before the surname ("von Essen, Carl", "af Ugglas, Maria"): the
  person "Carl von Essen", with the address that joins the particle; a capitalised surname first is as before;
- C: those registered before listed in brackets after a count and where they are from ("vi har redan anmält tre från
  Mora kommun (Per Holm, Eva Lund och jag själv)"): not part of the new signup, the writer neither;
- D: a chat writer shown by the given name and an initial ("Ingrid W") who writes the full name surname first after a
  label ("Anmälan: Wallin, Ingrid."): that name; another's name so written is not the writer's;
- E: a substitution by a manager naming the one leaving by the given name, opening the sentence before their place
  is taken by a pronoun ("Jonas har sagt upp sig. Lina Berg tar hans plats"), in full only in the forwarded thread:
  the one leaving too; a given name the thread does not name in full adds nobody.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text, sender=ELSA, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: the writer in a numbered list

@pytest.mark.parametrize("text", [
    "Hej!\n\nHär är vår anmälan till alla fyra träffar:\n\n1. Elsa Norr\n2. Per Holm\n3. Sara Lind\n\nMvh Elsa Norr, Mora kommun",
    "Hej!\n\nVi anmäler följande:\n1) Per Holm\n2) Elsa Norr\n3) Sara Lind\n\nMvh\nElsa Norr\nMora kommun",
])
def test_a_the_writer_in_a_numbered_list_takes_part(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elsa Norr", "Per Holm", "Sara Lind"]


def test_a_near_miss_the_writer_signing_below_a_numbered_list_of_others(config: Config) -> None:
    r = _mail("Hej!\n\nJag anmäler mina kollegor till alla fyra träffar:\n\n1. Per Holm\n2. Sara Lind\n\n"
              "Själv kan jag inte delta.\n\nMvh\nElsa Norr\nMora kommun", config)
    assert _names(r) == ["Per Holm", "Sara Lind"]


# --- B: a particle before the surname, surname first

@pytest.mark.parametrize(("line", "expected"), [
    ("von Essen, Carl – carl.vonessen@mora.se", ("Carl von Essen", "carl.vonessen@mora.se")),
    ("af Ugglas, Maria - maria.afugglas@mora.se (vegan)", ("Maria af Ugglas", "maria.afugglas@mora.se")),
    ("de Geer, Louise", ("Louise de Geer", None)),
])
def test_b_a_particle_surname_first_is_one_person(config: Config, line: str, expected: tuple[str, str | None]) -> None:
    r = _mail(f"Hej!\nTvå kollegor vill gå på alla träffar:\n\nHolm, Per – per.holm@mora.se\n{line}\n\nTack!\nElsa", config)
    assert sorted((p.name, p.email) for p in r.people if p.name != "Elsa Norr") == sorted(
        [("Per Holm", "per.holm@mora.se"), expected])


def test_b_near_miss_a_capitalised_surname_first_is_as_before(config: Config) -> None:
    r = _mail("Hej!\nTvå kollegor vill gå på alla träffar:\n\nHolm, Per – per.holm@mora.se\nLind, Sara – "
              "sara.lind@mora.se\n\nTack!\nElsa", config)
    assert _names(r) == ["Per Holm", "Sara Lind"]


# --- C: registered before, in brackets after a count and where they are from

@pytest.mark.parametrize("text", [
    ("Hej! Vi har ju redan anmält tre från Mora kommun (Per Holm, Eva Lund och jag själv). Nu vill även vår nya "
     "kollega Sara Nord vara med. Går det att lägga till henne?"),
    ("Hej! Vi har redan anmält två från Mora kommun (Per Holm och jag). Nu vill även vår nya kollega Sara Nord vara "
     "med, kan ni lägga till henne?"),
])
def test_c_those_listed_as_registered_before_are_not_the_signup(config: Config, text: str) -> None:
    r = _mail(text + "\n\nMvh\nElsa Norr\nMora kommun", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Sara Nord"]
    assert list(r.sessions) == list(ALL)


def test_c_near_miss_a_signup_of_those_in_brackets_stays(config: Config) -> None:
    r = _mail("Hej! Vi vill anmäla tre från Mora kommun (Per Holm, Eva Lund och jag själv) till alla träffar."
              "\n\nMvh\nElsa Norr\nMora kommun", config)
    assert _names(r) == ["Elsa Norr", "Eva Lund", "Per Holm"]


# --- D: "Ingrid W" writing "Wallin, Ingrid"

@pytest.mark.parametrize("text", [
    "Anmälan: Wallin, Ingrid. Orsa kommun. 21/9 och 29/11. vegan tack",
    "Wallin, Ingrid, Orsa kommun – anmäler mig till 21/9 och 29/11",
])
def test_d_the_full_name_surname_first_is_the_writers(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "9090", "Ingrid W"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Ingrid Wallin"]
    assert list(r.sessions) == [S2, S3]


def test_d_near_miss_a_name_not_fitting_the_initial_is_not_the_writers(config: Config) -> None:
    r = parse_chat("Anmälan: Holm, Ingrid. Orsa kommun. 21/9.", Sender("telegram", "9091", "Ingrid W"), config, ARRIVAL)
    assert "Ingrid Holm" not in _names(r)     # the initial does not fit: the shown name is kept
    assert "Ingrid W" in _names(r)


# --- E: the one leaving by the given name, in full in the thread below

THREAD = ("\n\nFrån: Jonas Sund <jonas.sund@mora.se>\nSkickat: den 2 mars 2027 09:10\nTill: Elsa Norr "
          "<elsa.norr@mora.se>\nÄmne: VB: Bekräftelse DalaLab\n\nKan du ordna någon som tar min plats?")


@pytest.mark.parametrize("text", [
    "Hej,\n\nJonas har sagt upp sig och slutar i april. Lina Berg (lina.berg@mora.se) tar hans plats på alla träffar.",
    "Hej,\n\nJonas slutar hos oss i april. Lina Berg (lina.berg@mora.se) går i hans ställe.",
])
def test_e_the_one_leaving_by_the_given_name_is_in_the_substitution(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + "\n\nMvh Elsa Norr\nMora kommun" + THREAD, sender=ELSA,
                               subject="VB: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert sorted((p.name, p.email) for p in r.people) == [("Jonas Sund", "jonas.sund@mora.se"),
                                                          ("Lina Berg", "lina.berg@mora.se")]


def test_e_near_miss_a_given_name_the_thread_does_not_name(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nPetra har sagt upp sig. Lina Berg (lina.berg@mora.se) tar hennes plats på "
                               "alla träffar.\n\nMvh Elsa Norr\nMora kommun" + THREAD, sender=ELSA,
                               subject="VB: Bekräftelse DalaLab"), config, ARRIVAL)
    assert "Jonas Sund" not in _names(r)
    assert "Lina Berg" in _names(r)
