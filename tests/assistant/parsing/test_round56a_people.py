"""People and session words found missing in round 56a: a full name as the subject of "kommer också" (one more coming
along, the writer's signup beside it), role words before a name besides "kollega" ("min ersättare", "vår vikarie"),
and "på alla" with no noun after it as all the sessions, where the sentence speaks of sessions. Near-misses: a name
coming to do something else ("kommer också att hålla i fikat") is no signup, and "vi kommer alla" is no session."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

GUNNAR = "Gunnar Vik <gunnar.vik@leksand.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=GUNNAR, subject="Anmälan DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "8812", "Gunnar Vik"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


@pytest.mark.parametrize("body", [
    "Hej! Jag vill anmäla mig till träffen 21 september. Maja Ström kommer också.\nGunnar Vik, Leksands kommun",
    "Hej, jag anmäler mig till 21/9. Maja Ström kommer med också.\nMvh Gunnar",
    "Hej! Anmäler mig till den 21 september. Även Maja Ström följer med.\nGunnar Vik",
])
def test_a_full_name_coming_too_is_signed_up_beside_the_writer(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Gunnar Vik", "Maja Ström"]
    assert r.sessions == (S2,)
    assert Unsure.PEOPLE not in r.unsure


def test_a_full_name_coming_too_to_fewer_sessions_is_their_own(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mig till hela DalaLab. Maja Ström kommer också, men bara på 21 september.\nGunnar Vik",
              config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Gunnar Vik", "Maja Ström"]
    assert r.sessions == ALL
    assert Unsure.PEOPLE not in r.unsure
    assert Unsure.EACH_OWN in r.unsure


def test_a_full_name_coming_to_do_something_else_is_no_signup(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mig till 21 september. Maja Ström kommer också att hålla i en dragning där.\n"
              "Gunnar Vik", config)
    assert _names(r) == ["Gunnar Vik"]


@pytest.mark.parametrize("role", ["min ersättare", "vår vikarie", "min medarbetare", "vår nya handläggare",
                                  "min chef", "vår praktikant"])
def test_a_role_word_before_a_name_in_lower_case(role: str, config: Config) -> None:
    r = _chat(f"hej! anmäler mig och {role} maja ström till 21/9", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Gunnar Vik", "Maja Ström"]
    assert r.sessions == (S2,)


@pytest.mark.parametrize("role", ["Min ersättare", "Vår vikarie"])
def test_a_role_word_before_a_name_coming_too(role: str, config: Config) -> None:
    r = _mail(f"Hej! Jag anmäler mig till 21 september. {role} Maja Ström kommer också.\nGunnar Vik", config)
    assert _names(r) == ["Gunnar Vik", "Maja Ström"]
    assert r.sessions == (S2,)


def test_on_all_with_no_noun_is_every_session(config: Config) -> None:
    r = _mail("Hej! Jag kommer på den första träffen och min kollega Maja Ström på alla.\nGunnar Vik", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Gunnar Vik", "Maja Ström"]
    assert r.sessions == ALL


def test_we_all_come_is_no_session(config: Config) -> None:
    r = _mail("Hej! Jag och Maja Ström anmäler oss till den första träffen. Vi kommer alla från Leksand.\nGunnar Vik",
              config)
    assert r.sessions == (S1,)


@pytest.mark.parametrize("body", [
    # each one's part in one sentence, the verb said once ("X vill gå A och Y B")
    "Hej! Jag samlar anmälningarna hos oss. Maja Ström vill gå 21 september och Olof Dahl 29 november.\nGunnar Vik",
    # the writer's part, then another's after ", och"
    "Hej! Anmäler mig själv till samtliga träffar, och Olof Dahl till september och november.\nGunnar Vik",
    # another's part in a clause of its own, said to be fewer ("men han kan bara ...")
    ("Hej! Jag vill anmäla mig till hela DalaLab, och min kollega Olof Dahl hänger med, men han kan bara komma på "
     "septemberträffen.\nGunnar Vik"),
    # "på alla" said of one after another's part
    "Hej! Jag kommer på den första träffen och min kollega Maja Ström på alla.\nGunnar Vik",
])
def test_each_ones_part_in_one_sentence_is_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) >= 2
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("body", [
    "Hej! Jag anmäler mig och Olof Dahl till 21 september och 29 november.\nGunnar Vik",
    "Hej! Anmäler mig själv till 21 september, och Olof Dahl till 21 september.\nGunnar Vik",
    "Hej! Maja Ström vill gå 21 september och Olof Dahl också.\nGunnar Vik",
])
def test_one_part_for_all_is_no_each_their_own(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) >= 2
    assert Unsure.EACH_OWN not in r.unsure
