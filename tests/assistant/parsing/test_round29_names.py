"""Names and organisations, round 29, by class. Variants in words of their own, and near-misses that must keep
their reading.

- A: "Hans" as a given name before a capitalised surname ("Hans Lundqvist har glutenallergi"), not the possessive
  ("Hans kollega", "Hans plats");
- B: a second name written surname first after a word of replacing on a roster line ("Holm, Eva – ny, ersätter
  Berg, Karin som gått i pension"): the one replaced;
- C: a municipality's one-word name dictated as two words before "kommun" ("bor länge kommun", "smedje backens
  kommun") is that municipality;
- D: a dictated run-on introduction, "det är" + the display name's given name and a surname, the writer's own
  clause following without a stop ("hej det är Sara Lind jag vill anmäla mig"): the writer's full name.
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def roles(r: ParsedRequest) -> dict[str | None, Role]:
    return {p.name: p.role for p in r.people}


def orgs(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.organisation for p in r.people}


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Elin") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


# --- A: "Hans" as a given name

def test_a_hans_as_a_given_name_in_a_diet_update(config: Config) -> None:
    r = mail("Hej!\n\nVill bara säga att Hans Lundqvist på vår enhet har glutenallergi, meddela gärna köket.\n\n"
             "Mvh Karin Dahl\nOrsa kommun", config, subject="Specialkost")
    assert names(r) == ["Hans Lundqvist"]
    assert r.people[0].diet == "glutenallergi"


def test_a_hans_opening_a_sentence_with_a_diet(config: Config) -> None:
    r = mail("Hej,\nEtt tillägg till våra anmälningar. Hans Ekström är vegan.\n\nKarin", config, subject="Kost")
    assert names(r) == ["Hans Ekström"]


def test_a_hans_in_a_list_of_names(config: Config) -> None:
    r = mail("Hej! Anmäl Hans Berg och Eva Ek till alla träffar, tack.\n/Karin", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Eva Ek", "Hans Berg"]


def test_a_possessive_hans_before_a_lower_case_noun(config: Config) -> None:
    """Near-miss: "Hans kollega Eva Ek": the possessive, no name "Hans"."""
    r = mail("Hej,\nPer Holm kan inte komma längre. Hans kollega Eva Ek går i stället, alla träffar.\n/Karin",
             config)
    assert "Eva Ek" in names(r) and "Per Holm" in names(r)
    assert not any(n and n.startswith("Hans") for n in names(r))


def test_a_possessive_hans_before_plats(config: Config) -> None:
    """Near-miss: "Hans plats tas av Eva Ek": no name "Hans"."""
    r = mail("Hej! Per Holm har slutat hos oss. Hans plats tas av Eva Ek.\n/Karin", config)
    assert not any(n and n.startswith("Hans") for n in names(r))


# --- B: a name written surname first after a word of replacing, on a roster line

def test_b_the_one_replaced_on_a_surname_first_roster(config: Config) -> None:
    r = mail("Hej!\n\nHär är vår nya lista:\n\nHolm, Eva – ny, ersätter Berg, Karin som gått i pension\n"
             "Lind, Per – oförändrad\nDahl, Karin – oförändrad\n\nEvas mejl: eva.holm@orsa.se\n\nMvh\nKarin Dahl",
             config, subject="Uppdaterad lista")
    assert r.intent == Intent.CHANGE
    assert roles(r) == {"Karin Berg": Role.LEAVING, "Eva Holm": Role.JOINING}


def test_b_in_place_of_on_a_roster(config: Config) -> None:
    r = mail("Hej,\n\nUppdaterad deltagarlista:\n\nSandberg, Jonas – ny, i stället för Berg, Karin som har slutat\n"
             "Lind, Per – som förut\n\nJonas adress: jonas.sandberg@orsa.se\n\nMvh\nKarin Dahl", config,
             subject="Ny deltagarlista")
    assert roles(r) == {"Karin Berg": Role.LEAVING, "Jonas Sandberg": Role.JOINING}


def test_b_a_new_name_without_anyone_replaced(config: Config) -> None:
    """Near-miss: a new name on the roster replacing no one: a signup of Eva Holm only."""
    r = mail("Hej!\n\nVår lista till alla träffar:\n\nHolm, Eva – ny\nBerg, Karin – oförändrad\n\nEvas mejl: eva.holm@orsa.se\n\n"
             "Mvh\nKarin Dahl", config, subject="Uppdaterad lista")
    assert "Eva Holm" in names(r)
    assert "Karin Berg" not in names(r)


def test_b_one_word_after_replacing_invents_no_name(config: Config) -> None:
    """Near-miss: "ersätter Berg, som slutat": no "Berg, Som" read as a name written surname first."""
    r = mail("Hej! Eva Holm, eva.holm@orsa.se, ersätter Berg, som har slutat, på alla träffar.\n/Karin", config)
    assert not any(n and "Som" in n.split() for n in names(r))
    assert "Eva Holm" in names(r)


# --- C: a municipality's name dictated as two words

@pytest.mark.parametrize(("text", "org"), [
    ("hej det är Sara Lind från bor länge kommun jag vill anmäla mig till tjugoförsta september",
     "Borlänge kommun"),
    ("hej jag heter Sara Lind och jobbar på smedje backens kommun. anmäl mig till tjugoförsta september",
     "Smedjebackens kommun"),
    ("hej jag heter Sara Lind och jobbar på hede mora kommun. anmäl mig till tjugoförsta september tack",
     "Hedemora kommun"),
])
def test_c_a_municipality_dictated_as_two_words(text: str, org: str, config: Config) -> None:
    r = chat(text, config, name="Sara")
    assert r.intent == Intent.REGISTER
    assert orgs(r) == {"Sara Lind": org}
    assert S2 in r.sessions


def test_c_words_that_are_no_municipality_joined(config: Config) -> None:
    """Near-miss: two words before "kommun" that do not make a configured name together stay what they are ("i
    Mora kommun": Mora, not "imora")."""
    r = chat("hej jag heter Sara Lind och jobbar i Mora kommun. anmäl mig till tjugoförsta september", config,
             name="Sara")
    assert orgs(r) == {"Sara Lind": "Mora kommun"}


# --- D: a dictated run-on introduction

def test_d_run_on_introduction_by_the_display_names_given_name(config: Config) -> None:
    r = chat("hej det är Sara Lind jag vill anmäla mig till tjugoförsta september och tjugonionde november",
             config, name="Sara")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Sara Lind"]
    assert sorted(r.sessions) == [S2, S3]


def test_d_another_named_after_det_ar(config: Config) -> None:
    """Near-miss: after "det är" a name whose given name is not the writer's: not the writer's own."""
    r = chat("hej det är Per Holm som ska gå på alla träffar i stället för mig", config, name="Sara")
    assert "Sara Lind" not in names(r)
    assert not any(n and n.startswith("Sara ") and n != "Sara" for n in names(r))


def test_d_all_sessions_unchanged_by_the_rule(config: Config) -> None:
    """Near-miss: an introduction with a full stop keeps its reading."""
    r = chat("Hej, det är Sara Lind. Jag vill anmäla mig till alla träffar.", config, name="Sara")
    assert names(r) == ["Sara Lind"]
    assert sorted(r.sessions) == list(ALL)
