"""A colleague on leave, retired or in another job, and someone else taking the place (found by trying the service as
a user, eleventh session). Before, "Per Ek går på föräldraledighet, Maria Ström går i hans ställe" booked both, and
"hans plats tas av Maria Ström" cancelled both.

Near-misses: the leave told with no one taking the place (a cancellation), someone coming too (a signup), and the
writer taking the place.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

STINA = "Stina Berg <stina.berg@falun.se>"
SIGNED = "\n\nStina Berg\nFalu kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=STINA, subject=subject), config, ARRIVAL)


def _roles(r: ParsedRequest) -> dict[str | None, Role]:
    return {p.name: p.role for p in r.people}


@pytest.mark.parametrize("text", [
    "Per Ek går på föräldraledighet, Maria Ström (maria.strom@falun.se) går i hans ställe.",
    "Per Ek har slutat, hans plats tas av Maria Ström (maria.strom@falun.se).",
    "Per Ek har slutat hos oss, så stryk honom. Hans plats tas av Maria Ström, maria.strom@falun.se.",
    "Per Ek har gått i pension. Maria Ström (maria.strom@falun.se) går i hans ställe på träffarna.",
    "Per Ek är tjänstledig i år, Maria Ström (maria.strom@falun.se) går i hans ställe.",
    "Per Ek har bytt jobb, Maria Ström (maria.strom@falun.se) går i hans ställe.",
])
def test_someone_taking_the_place_of_one_on_leave_is_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config, subject="Ändring")
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Per Ek": Role.LEAVING, "Maria Ström": Role.JOINING}


def test_a_leave_with_no_one_taking_the_place_is_a_cancellation(config: Config) -> None:
    r = _mail("Per Ek går på föräldraledighet i höst, så stryk honom från alla träffar.", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Ek"]


def test_someone_coming_too_is_no_substitution(config: Config) -> None:
    r = _mail("Jag vill anmäla Maria Ström (maria.strom@falun.se) till alla träffar. Per Ek går på "
              "föräldraledighet och anmäls inte.", config)
    assert r.intent == Intent.REGISTER
    assert "Maria Ström" in [p.name for p in r.people]
    assert all(p.role != Role.LEAVING for p in r.people)


def test_the_writer_taking_the_place_joins(config: Config) -> None:
    r = _mail("Per Ek går på föräldraledighet, jag går i hans ställe.", config, subject="Ändring")
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Stina Berg": Role.JOINING, "Per Ek": Role.LEAVING}
