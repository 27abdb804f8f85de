"""Found by trying the service as a user (twelfth session). Before: "samma träffar som förra gången" and "träffen i
Falun" (every session is in Falun) booked all four, nobody asked; "Anmäl mig till den första och den sista. Per Ek
kommer på alla." booked both on two sessions; "avanmäl mig från 21 september, men Per Ek tar min plats" was stated
as the writer's cancellation alone (the intent model's reading), the stand-in dropped. Near-misses: sessions named
plainly, and a colleague on the same sessions."""

from __future__ import annotations

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S4, build_mail


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nAnna Berg\nFalu kommun\n",
                                  sender="Anna Berg <anna.berg@falun.se>", subject="DalaLab"), config, ARRIVAL)


def test_the_same_sessions_as_last_time_are_asked_about(config: Config) -> None:
    r = _mail("Anmäl mig till samma träffar som förra gången.", config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


def test_the_session_at_a_place_holding_all_is_asked_about(config: Config) -> None:
    r = _mail("Jag vill anmäla mig till träffen i Falun.", config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


def test_sessions_named_plainly_are_not_asked_about(config: Config) -> None:
    r = _mail("Anmäl mig till 3 maj och 22 februari, träffarna i Falun.", config)
    assert r.sessions == (S1, S4)
    assert Unsure.SESSIONS not in r.unsure


def test_one_on_all_beside_the_writer_on_two_is_asked(config: Config) -> None:
    r = _mail("Anmäl mig till den första och den sista. Per Ek kommer på alla.", config)
    assert [p.name for p in r.people] == ["Anna Berg", "Per Ek"]
    assert r.sessions == ALL
    assert Unsure.EACH_OWN in r.unsure


def test_a_colleague_on_the_same_sessions_is_not_asked(config: Config) -> None:
    r = _mail("Anmäl mig och Per Ek till den första och den sista.", config)
    assert r.sessions == (S1, S4)
    assert Unsure.EACH_OWN not in r.unsure


def test_a_place_handed_to_one_named_is_a_substitution(config: Config) -> None:
    r = _mail("Jag måste tyvärr avanmäla mig från 21 september, men Per Ek tar min plats.", config)
    assert r.intent == Intent.CHANGE
    assert {(p.name, p.role) for p in r.people} == {("Anna Berg", Role.LEAVING), ("Per Ek", Role.JOINING)}
