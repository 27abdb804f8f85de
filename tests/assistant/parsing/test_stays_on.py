"""One who changes employer or address and asks to stay on ("vill gärna vara kvar på samma träffar som nu", "would
like to stay on for the same sessions") changes the details of a signup held: a change, whatever the intent model
reads into the new organisation and address (corpus batch 49: the model stated a signup over the rules' change).
Near-misses: a new address given in a signup ("min nya adress är ..., jag vill anmäla mig till 3 maj") is a signup
still, and staying on is no reason to overrule a model that reads a cancellation."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

PER = "Per Ek <per.ek@orsa.se>"


def _mail(body: str, config: Config, subject: str = "Nytt jobb") -> ParsedRequest:
    return parse_email(build_mail(body, sender=PER, subject=subject), config, ARRIVAL)


def _model_says(monkeypatch: pytest.MonkeyPatch, said: Intent) -> None:
    monkeypatch.setattr(reading, "stated_intent", lambda intent, second: None if intent == said else said)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("body", [
    ("Hej! Jag slutar på Orsa kommun sista mars och börjar på Mora kommun i april. Jag vill gärna vara kvar i "
     "DalaLab på samma tillfällen som nu. Min nya adress blir per.ek@mora.se.\n/Per Ek"),
    ("Hej! Jag har bytt jobb till Mora kommun men vill stå kvar på mina träffar. Ny adress: per.ek@mora.se\n/Per Ek"),
    ("Hi! I'm moving to Mora kommun in April but would like to stay on for the same sessions. My new address is "
     "per.ek@mora.se.\nPer Ek"),
])
def test_staying_on_with_new_details_is_a_change(body: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    _model_says(monkeypatch, Intent.REGISTER)
    r = _mail(body, config)
    assert r.intent == Intent.CHANGE
    assert [p.email for p in r.people] == ["per.ek@mora.se"]


@pytest.mark.usefixtures("rules_only")
def test_a_new_address_in_a_signup_is_a_signup(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    _model_says(monkeypatch, Intent.REGISTER)
    r = _mail("Hej! Min nya adress är per.ek@mora.se, jag vill anmäla mig till 3 maj.\nPer Ek", config, "Anmälan")
    assert r.intent == Intent.REGISTER


@pytest.mark.usefixtures("rules_only")
def test_staying_on_does_not_overrule_another_reading(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    _model_says(monkeypatch, Intent.CANCEL)
    r = _mail("Hej! Jag har bytt jobb till Mora kommun men vill stå kvar på mina träffar. Ny adress: per.ek@mora.se"
              "\n/Per Ek", config)
    assert r.intent == Intent.CANCEL
