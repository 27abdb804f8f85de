"""One of several people signed up said to miss sessions the others take, or to come only to some, goes to an
organiser (``Unsure.EACH_OWN``; found by trying the service as a user, eleventh session). Before, "till alla fyra.
Anders missar tyvärr den 29/11" booked Anders on 29 November, "alla träffar, men Anders kan inte i maj" left May out
for the writer too, and "Jag kan alla datum, Anders bara i höst" booked Anders on all four.

Near-misses: all of them staying away ("vi", "jag och Anders"), one away from a session none of them is booked on,
a single person.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

EVA = "Eva Lund <eva.lund@mora.se>"
SIGNED = "\n\nEva Lund\nMora kommun\n"
BOTH = "Anmäl mig och Anders Holm (anders.holm@mora.se) "


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=EVA, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    BOTH + "till alla fyra. Anders missar tyvärr den 29/11.",
    BOTH + "till alla träffar, men Anders kan inte i maj.",
    "Hej, jag och Anders Holm (anders.holm@mora.se) vill komma. Jag kan alla datum, Anders bara i höst.",
    BOTH + "till alla fyra träffar. Jag kan tyvärr inte den 21 september, men Anders kan.",
])
def test_one_of_several_apart_goes_to_an_organiser(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 2
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("text", [
    BOTH + "till alla träffar utom den i maj, då kan vi inte.",
    BOTH + "till hösten. Jag och Anders kan inte i maj.",
    BOTH + "till 21/9 och 29/11. Vi kan tyvärr inte den 3 maj, och i maj är Anders dessutom ledig. Så: 21/9 och "
           "29/11 för oss båda.",
])
def test_all_of_them_away_together_is_one_choice(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.EACH_OWN not in r.unsure


def test_one_person_away_from_a_session_is_their_own_choice(config: Config) -> None:
    r = _mail("Anmäl mig till alla träffar. Jag kan tyvärr inte den 21 september.", config)
    assert r.intent == Intent.REGISTER
    assert Unsure.EACH_OWN not in r.unsure


@pytest.mark.parametrize("text", [
    "Anmäl mig till 3 maj och min kollega Anders Holm (anders.holm@mora.se) till 21/9.",
    "Please sign me up for 3 May and my colleague Anders Holm (anders.holm@mora.se) for 21 September.",
])
def test_each_to_their_own_sessions_in_one_sentence_goes_to_an_organiser(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.EACH_OWN in r.unsure


@pytest.mark.parametrize("text", [
    "Jag och Anders Holm (anders.holm@mora.se) vill anmäla oss: höstens båda träffar och den i februari.",
    BOTH + "till vårträffen och den i september.",
])
def test_a_list_of_sessions_for_all_is_one_choice(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.EACH_OWN not in r.unsure
