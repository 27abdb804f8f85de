"""Round 27 (reading.py, roles): the writer tells of a signup they made for someone else ("jag anmälde Eva Lind",
"vi har anmält ..."), a pronoun then gives that person's absence ("men hon kan inte längre", "men han har bytt jobb")
and a substitute is named: the one leaving is the person signed up, not the writer, and the writer is left out.
Near-misses: the writer's own signup given up ("jag anmälde mig ... men kan inte"), a pronoun that is the writer's own
absence, a plain cancellation of the one signed up."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP = dt.date(2027, 5, 3), dt.date(2027, 9, 21)
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "Ändring") -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject=subject), config, ARRIVAL)


def roles(r: ParsedRequest) -> list[tuple[str | None, Role]]:
    return sorted(((p.name, p.role) for p in r.people), key=lambda x: str(x[0]))


# The class: the one the writer signed up is away, a substitute named; the writer is no part of the change.
@pytest.mark.parametrize(("body", "gone", "comes", "sessions"), [
    ("Hej, jag anmälde Maria Sund till 21 september men hon kan inte längre. Nils Åberg går istället.\n/Karin",
     "Maria Sund", "Nils Åberg", [SEP]),
    ("Hej! Vi anmälde Jonas Frid till 3 maj men han kommer inte kunna. Lena Holm kommer istället.\n/Karin",
     "Jonas Frid", "Lena Holm", [MAY]),
    ("Hej, jag anmälde Maria Sund till 3 maj men hon har bytt tjänst, så Nils Åberg går i stället.\nHälsningar Karin",
     "Maria Sund", "Nils Åberg", [MAY]),
    ("Hej, jag skrev upp Maria Sund på 21 september, men nu kan hon inte. Nils Åberg går i stället.\n/Karin",
     "Maria Sund", "Nils Åberg", [SEP]),
])
def test_the_one_signed_up_by_the_writer_leaves(body: str, gone: str, comes: str, sessions: list[dt.date],
                                                config: Config) -> None:
    r = mail(body, config)
    assert r.intent == Intent.CHANGE
    assert r.change == "substitute"
    assert roles(r) == sorted([(gone, Role.LEAVING), (comes, Role.JOINING)])
    assert list(r.sessions) == sessions


@pytest.mark.parametrize(("body", "gone", "comes"), [
    ("Hej, jag bokade Maria Sund på 21 september men hon har fått förhinder. Nils Åberg går istället.\n/Karin",
     "Maria Sund", "Nils Åberg"),
    ("Hej! Vi har anmält Jonas Frid till 3 maj, men han har slutat hos oss. Lena Holm kommer i stället.\n/Karin",
     "Jonas Frid", "Lena Holm"),
    ("Hi, I registered Maria Sund for 21 September but she has changed jobs. Nils Åberg will go instead.\nKarin",
     "Maria Sund", "Nils Åberg"),
])
def test_an_absence_that_is_a_cue_of_its_own(body: str, gone: str, comes: str, config: Config) -> None:
    """Near-misses read right before: the absence itself a cue ("har fått förhinder", "har slutat")."""
    r = mail(body, config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == sorted([(gone, Role.LEAVING), (comes, Role.JOINING)])


def test_the_writers_own_signup_given_up_is_the_writers(config: Config) -> None:
    """Near-miss: "jag bokade mig ... men kan inte": the writer leaves, the one named takes the place."""
    r = mail("Hej, jag bokade mig på 21 september men kan inte längre. Nils Åberg går istället.\n/Karin", config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == [("Karin Dahl", Role.LEAVING), ("Nils Åberg", Role.JOINING)]


def test_the_writer_away_after_signing_up_another_in_their_place(config: Config) -> None:
    """Near-miss: the pronoun-less absence is the writer's ("jag kan inte själv, Maria Sund tar min plats")."""
    r = mail("Hej, jag kan inte komma 3 maj. Maria Sund tar min plats.\n/Karin", config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == [("Karin Dahl", Role.LEAVING), ("Maria Sund", Role.JOINING)]


def test_the_one_signed_up_replaced_by_the_writer(config: Config) -> None:
    """Near-miss: the writer goes in the place of the one she signed up."""
    r = mail("Hej, vi anmälde Jonas Frid till 3 maj men han kan inte. Jag går i hans ställe.\n/Karin", config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == [("Jonas Frid", Role.LEAVING), ("Karin Dahl", Role.JOINING)]


def test_the_one_signed_up_cancelled_by_a_pronoun(config: Config) -> None:
    """Near-miss: no substitute, the one signed up struck ("stryk honom")."""
    r = mail("Hej, vi anmälde Jonas Frid till 3 maj men han kan inte. Stryk honom är ni snälla.\n/Karin", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Jonas Frid"]
    assert list(r.sessions) == [MAY]


def test_a_named_colleague_who_signed_up_is_no_pronoun_case(config: Config) -> None:
    """Near-miss: the colleague named as away in their own words ("Jonas Frid kan inte"), a substitute named."""
    r = mail("Hej, Jonas Frid kan inte komma 3 maj. Lena Holm kommer i stället.\n/Karin", config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == [("Jonas Frid", Role.LEAVING), ("Lena Holm", Role.JOINING)]


def test_the_one_signed_up_away_without_a_substitute_is_cancelled_not_the_writer(config: Config) -> None:
    """No substitute named: the one the writer signed up is cancelled, the writer is left alone."""
    r = mail("Hej, jag anmälde Maria Sund till 21 september men hon kan inte längre.\n/Karin", config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Maria Sund"]
    assert list(r.sessions) == [SEP]
