"""A form's diet line whose bracket says there is none ("Kost: oförändrad (ingen)", "Kost: samma (inget)") states no
diet (round 58a). Near-miss: a line with no such bracket ("Kost: samma som sist") is kept as written."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender="Kim Ros <kim.ros@orsa.se>", subject="Ändring"), config, ARRIVAL)


@pytest.mark.parametrize("line", ["Kost: oförändrad (ingen)", "Specialkost: samma (inget)", "Kost: som förut (nej)"])
def test_a_bracket_saying_none_states_no_diet(line: str, config: Config) -> None:
    r = _mail(f"Namn: Kim Ros\nE-post: kim.ros@orsa.se\nNy anmälan gäller: 3/5, 22/2\n{line}\n\n/Kim", config)
    assert r.diet is None


def test_a_form_line_without_a_bracket_is_kept_as_written(config: Config) -> None:
    r = _mail("Namn: Kim Ros\nAnmälan gäller: 3/5\nKost: samma som sist\n\n/Kim", config)
    assert r.diet == "samma som sist"
