"""Sessions said from one on or after one, and a person set apart from "alla" (corpus batch 50, twelfth session).
Before, "stryk henne efter majträffen" struck the May session itself, "tar över hennes plats från hösten och framåt"
named none, and "Alla ska på samtliga träffar utom Tobias som bara kan den sista" left the last session out for all
three. Near-misses: "efter" not after a withdrawal ("och efter det ses vi"), a month set apart ("utom September")."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4718", "Marcus Berg"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "stryk mig efter 3 maj, jag byter jobb. /Marcus Berg, Säters kommun",
    "Avanmäl mig efter första träffen. /Marcus Berg, Säters kommun",
    "Please cancel me after the May session, I am changing jobs. Marcus Berg, Säters kommun",
])
def test_struck_after_a_session_is_struck_from_those_after_it(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2, S3, S4)


def test_a_substitute_from_the_autumn_on_takes_those_sessions(config: Config) -> None:
    r = _chat("Hej! Marcus, planchef Säter. Hanna Lind går på föräldraledighet i sommar så stryk henne efter "
              "majträffen. Emil Rosén tar över hennes plats från hösten och framåt.", config)
    assert r.intent == Intent.CHANGE
    assert {(p.name, p.role) for p in r.people} == {("Hanna Lind", Role.LEAVING), ("Emil Rosén", Role.JOINING)}
    assert r.sessions == (S2, S3, S4)


def test_after_that_is_no_session_given_up(config: Config) -> None:
    r = _chat("Anmäl mig till 3 maj, och efter det ses vi väl i höst. /Marcus Berg, Säters kommun", config)
    assert S1 in r.sessions


TABLE = ("Hej!\n\nKlistrar in listan. Alla ska på samtliga träffar utom Tobias som bara kan den sista.\n\n"
         "Efternamn\tFörnamn\tE-post\nHolmgren\tJessica\tjessica.holmgren@regiondalarna.se\n"
         "Larsson\tTobias\ttobias.larsson@regiondalarna.se\n"
         "Zetterberg\tAnnika\tannika.zetterberg@regiondalarna.se\n\nAnnika W\n")


def test_one_set_apart_from_all_is_asked_about(config: Config) -> None:
    r = parse_email(build_mail(TABLE, sender="Annika Westin <annika.westin@regiondalarna.se>", subject="Deltagarlista"),
                    config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 3
    assert r.sessions == ALL
    assert Unsure.EACH_OWN in r.unsure


def test_a_month_set_apart_is_still_left_out(config: Config) -> None:
    r = _chat("Anmäler mig till alla träffar utom September, som krockar. /Marcus Berg, Säters kommun", config)
    assert r.sessions == (S1, S3, S4)
