"""People in life-change mails and chat (round 57d): the one the writer took over from at work ("jag har ersatt Lars
Holm som planerare", "jag vikarierar på Orsa kommun för Karin Ek") is no person of the request.

Near-miss: one the writer signs up beside them stays."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLLE = "Olle Strand <olle.strand@orsa.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=OLLE, subject="Anmälan DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config, shown: str = "Olle Strand") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7301", shown), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


@pytest.mark.parametrize("body", [
    ("Hej!\n\nJag har ersatt Lars Holm som planerare på Orsa kommun – Lars gick i pension i höstas. Han anmälde sig "
    "aldrig, så nu anmäler jag mig själv.\n\nJag kan inte den 21 september, men gärna de andra.\n\nHälsningar\nOlle "
    "Strand"),
    ("Hej! Jag efterträdde Lars Holm som översiktsplanerare i januari. Jag vill gärna anmäla mig till DalaLab, men "
    "inte 21 september.\nOlle Strand, Orsa kommun"),
])
def test_the_one_the_writer_took_over_from_is_no_person(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Olle Strand"]
    assert list(r.sessions) == [S1, S3, S4]


def test_the_one_a_stand_in_covers_for_is_no_person(config: Config) -> None:
    r = _mail("Hej!\n\nJag vikarierar som planerare på Orsa kommun för Karin Ek medan hon är föräldraledig, året ut. "
              "Jag vill anmäla mig till de tre träffarna under 2027.\n\nMvh\nOlle Strand", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Olle Strand"]
    assert list(r.sessions) == [S1, S2, S3]


def test_one_signed_up_beside_a_successor_stays(config: Config) -> None:
    r = _mail("Hej! Jag har ersatt Lars Holm som planerare. Anmäl mig och min kollega Sara Blom till alla träffar.\n"
              "Olle Strand", config)
    assert _names(r) == ["Olle Strand", "Sara Blom"]


@pytest.mark.parametrize("diet", ["jag är glutenintolerant", "jag äter vegetariskt"])
def test_a_session_by_its_number_before_och_jag_is_no_person(diet: str, config: Config) -> None:
    # voice-to-text, no capitals or stops: "tredje träffen och jag" is no name and the writer
    r = _chat(f"hej det här är lena sandberg från orsa kommun jag vill anmäla mig till första och tredje träffen och "
              f"{diet} tack", config, shown="Lenny S")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Lena Sandberg"]
    assert list(r.sessions) == [S1, S3]


@pytest.mark.parametrize("shown", ["Orsa Plan", "Orsa Samhällsbyggnad"])
def test_an_office_account_is_no_person_the_writer_named_in_the_text_is(shown: str, config: Config) -> None:
    r = _chat("Hej! Det här är planenhetens gemensamma konto. Vi blir tre från Orsa: Maja Ek, Tor Lund och jag, "
              "Eva Berg. Alla träffarna 👍", config, shown=shown)
    assert r.intent == Intent.REGISTER
    assert sorted(_names(r)) == ["Eva Berg", "Maja Ek", "Tor Lund"]     # type: ignore[type-var]
    assert r.sessions == ALL


def test_a_place_as_surname_in_a_display_name_stays_the_writer(config: Config) -> None:
    r = _chat("Anmäl mig till alla träffar, tack!", config, shown="Stina Mora")
    assert _names(r) == ["Stina Mora"]


def test_the_writer_named_after_jag_at_a_sentences_end(config: Config) -> None:
    r = _chat("Hej! Vi kommer två från Orsa kommun på 21 september: min kollega Maja Ek och jag, Eva Berg.", config,
              shown="📐")
    assert sorted(_names(r)) == ["Eva Berg", "Maja Ek"]     # type: ignore[type-var]


@pytest.mark.parametrize("text", [
    "Hi! Kat here – Katarina Holm, Orsa kommun (planning dept). Sign me up for the May one please",
    "Hej! Kat här – Katarina Holm, Orsa kommun (planenheten). Anmäl mig till maj-träffen tack",
])
def test_the_full_name_after_a_nickname_with_a_unit_in_brackets_is_the_writers(text: str, config: Config) -> None:
    r = _chat(text, config, shown="Kat")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Katarina Holm"]
    assert list(r.sessions) == [S1]
