"""A group's people listed by the given name after its noun ("Våra tre anmälda (Petra, Mattias och Yasmin) kan
tyvärr inte den 3 maj"; corpus batch 50, twelfth session): they are the ones the request is about, their surnames
asked. Before, the writer, a manager who does not attend, was moved instead. Near-misses: words in brackets that are
no given names ("våra anmälda (se bifogad lista)")."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej,\n\n" + text + "\n\nMvh Pernilla Ödman\nPlaneringschef\nBorlänge kommun\n",
                                  sender="Pernilla Ödman <pernilla.odman@borlange.se>", subject="Byte av datum"),
                       config, ARRIVAL)


@pytest.mark.parametrize("text", [
    ("Våra tre anmälda (Petra, Mattias och Yasmin) kan tyvärr inte den 3 maj. Kan vi byta den träffen mot den 21 "
     "september i stället?"),
    "Våra deltagare: Petra, Mattias och Yasmin. De kan inte 3 maj, kan de byta till 21 september?",
])
def test_a_group_listed_by_given_names_is_whom_it_is_about(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Petra", "Mattias", "Yasmin"]
    assert r.sessions == (S2,)


def test_brackets_naming_nobody_name_nobody(config: Config) -> None:
    r = _mail("Våra anmälda (se bifogad lista) kan inte 3 maj. Kan de byta till 21 september?", config)
    assert "Se" not in [p.name for p in r.people]
    assert all(p.name != "Bifogad" for p in r.people)
