"""Sessions named by season and declined by a full calendar (round 58c): "i vår" said as when, with nothing after it
that it could own ("kan vara med i vår och i höst", "i vår, men inte i höst"), is this spring's session, as "i höst"
is the autumn's; months the writer says are already full ("maj och februari har jag redan fullt", "november är
redan fullbokad för mig") are declined, not asked for.

Near-misses: "vår" owning a noun after it ("i vår kommun", "i vår grupp") is "our"; a full month beside a wish to
come all the same is not declined."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "6120", "Maja Ström"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Hej, skriv upp mig. Jag kan delta i vår och i höst men inte 2028.", [S1, S2, S3]),
    ("Boka in mig! Jag har möjlighet i vår och i höst.", [S1, S2, S3]),
    ("Jag vill vara med i vår, men inte i höst.", [S1]),    # spring named: that one (February unnamed)
    ("Jag kan vara med i vår. Anmäl mig gärna.", [S1]),
])
def test_spring_said_as_when(config: Config, text: str, sessions: list) -> None:
    r = _chat(text + " Maja, Gagnefs kommun", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize("text", [
    "Anmäl mig till DalaLab, vi pratar mycket om det i vår kommun.",
    "Anmäl mig, det passar bra in i vår grupps arbete.",
])
def test_our_before_a_noun_is_no_season(config: Config, text: str) -> None:
    r = _chat(text + " Maja, Gagnefs kommun", config)
    assert list(r.sessions) == list(ALL)


@pytest.mark.parametrize(("text", "sessions"), [
    (("De två höstträffarna passar fint. September och november har jag däremot redan fullt, så anmäl mig bara "
     "till maj och februari."), [S1, S4]),
    ("Maj och februari har jag tyvärr redan fullt med annat, så jag anmäler mig bara till höstens två.", [S2, S3]),
    ("Anmäl mig till alla utom november, den månaden är redan fullbokad för mig.", [S1, S2, S4]),
])
def test_months_already_full_are_declined(config: Config, text: str, sessions: list) -> None:
    r = _chat(text + " Maja, Gagnefs kommun", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


def test_a_full_month_with_coming_all_the_same_is_kept(config: Config) -> None:
    r = _chat("Anmäl mig till 3 maj och 21 september. September har jag redan fullt men jag kommer ändå. "
              "Maja, Gagnefs kommun", config)
    assert list(r.sessions) == [S1, S2]


@pytest.mark.parametrize("text", [
    ("Jag måste tyvärr avboka mig och min kollega Ola Nyberg. Vi har fått alldeles för mycket på bordet i vår och "
    "hinner inte."),
    "Tyvärr får jag stryka mig från DalaLab, jag har fullt upp i vår.",
])
def test_spring_dating_a_workload_names_no_session(config: Config, text: str) -> None:
    r = _chat(text + " Maja, Gagnefs kommun", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)
