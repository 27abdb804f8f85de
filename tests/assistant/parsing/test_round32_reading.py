"""Reading, round 32: by class, each in words of its own (none from a corpus), with near-misses.

- A: the writer's own signup, alone or beside a colleague's, said to stand as it is ("Min och Pers anmälningar är
  oförändrade", "min anmälan gäller som förut") in a mail adding someone: the writer is not among the people; a
  writer who says "min och Pers" of the signup withdrawn still is;
- B: a withdrawal of "both mine and X's" with the colleague's full name in brackets ("både min och Eriks (Erik
  Holm)"): the writer and the colleague;
- C: someone struck from a signup told by whose it is ("stryka Per Ek från Orsas anmälan", "ta bort Eva Lind från
  vår anmälan"): a cancellation of that person, not of the writer; not such a signup merely spoken of;
- D: a signup of named people (a numbered list, the writer among them) under a subject put as a question ("Fyra från
  Orsa?"), the writer's own words asking nothing: a signup, even where the intent model reads a question (still
  marked unsure); where the writer asks something, the model's question stands;
- E: a forward whose writer asked the forwarder to take their place, the forwarder naming them in the genitive
  ("Se nedan. Jag tar alltså Pers platser."): a substitution, the forward's writer leaving and the forwarder joining;
  not when the genitive names only something of theirs asked about ("Pers fråga nedan om parkering").
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

TOVE = "Tove Ahl <tove.ahl@orsa.se>"
SIGNED = "\n\nHälsningar\nTove Ahl\nOrsa kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + SIGNED, sender=TOVE, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: "min och Pers anmälningar är oförändrade"

@pytest.mark.parametrize("text", [
    "Vi vill lägga till Jan Ros (jan.ros@orsa.se) på träffen 21 september. Min och Pers anmälningar är oförändrade.",
    "Lägg gärna till Jan Ros (jan.ros@orsa.se) på träffen den 21 september. Min anmälan gäller som förut.",
])
def test_a_the_writers_unchanged_signup_leaves_them_out(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Jan Ros"]
    assert list(r.sessions) == [S2]


def test_a_near_miss_mine_and_pers_withdrawn_keeps_the_writer(config: Config) -> None:
    r = _mail("Vi måste tyvärr avanmäla oss från DalaLab, både min och Per Holms anmälan.", config)
    assert r.intent == Intent.CANCEL
    assert "Tove Ahl" in _names(r)


# --- B: "både min och Eriks (Erik Holm)"

def test_b_mine_and_a_bracketed_colleagues_withdrawn(config: Config) -> None:
    r = _mail("Tyvärr måste vi dra tillbaka vår anmälan till DalaLab, både min och Eriks (Erik Holm).", config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Erik Holm", "Tove Ahl"]
    assert list(r.sessions) == list(ALL)


# --- C: "stryka Per Ek från Orsas anmälan"

@pytest.mark.parametrize("text", [
    "Kan ni stryka Per Ek från Orsas anmälan? Han har gått i pension.",
    "Kan ni ta bort Per Ek från vår anmälan? Han har slutat.",
])
def test_c_someone_struck_from_a_signup_told_by_whose(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "3235", "Tove Ahl"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Per Ek"]


def test_c_near_miss_a_signup_told_by_whose_with_no_striking(config: Config) -> None:
    r = _mail("Per Ek från Orsas anmälan undrar om det finns parkering vid lokalen?", config)
    assert r.intent == Intent.QUESTION


# --- D: a list of named people, nothing asked, under a subject with a question mark

LISTED = ("Vi är tre från planavdelningen som vill gå på hela DalaLab:\n\n1. Tove Ahl (jag)\n2. Jan Ros\n"
          "3. Maria Ek\n\nBlir det fullt får Maria gärna stå på reservlistan.")


def _listed(config: Config, text: str, monkeypatch: pytest.MonkeyPatch) -> ParsedRequest:
    monkeypatch.setattr(reading, "opinion", lambda *_: (Intent.QUESTION, 0.95))   # the model sure of a question
    return parse_email(build_mail("Hej!\n\n" + text + SIGNED, sender=TOVE, subject="Tre från Orsa?"), config,
                       ARRIVAL)


def test_d_a_listed_signup_asking_nothing_stays_a_signup(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _listed(config, LISTED, monkeypatch)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Jan Ros", "Maria Ek", "Tove Ahl"]
    assert list(r.sessions) == list(ALL)
    assert Unsure.INTENT in r.unsure


def test_d_near_miss_a_question_asked_lets_the_model_state_it(config: Config,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    r = _listed(config, LISTED + " Finns det parkering vid lokalen?", monkeypatch)
    assert r.intent == Intent.QUESTION


# --- E: "Jag tar alltså Pers platser" over the forwarded request

FORWARDED = ("\n\nFrån: Per Holm <per.holm@orsa.se>\nSkickat: den 2 mars 2027 14:10\nTill: Tove Ahl "
             "<tove.ahl@orsa.se>\nÄmne: DalaLab - kan du ta min plats?\n\nTove, kan du ta min plats på DalaLab? Jag "
             "var anmäld till 21/9 och 29/11 men har fått ett uppdrag som krockar.\n/Per\n")


def _forward(config: Config, own: str) -> ParsedRequest:
    body = "Hej,\n\n" + own + "\n\nTove Ahl\nOrsa kommun" + FORWARDED
    # (the forwarded subject kept: "kan du ta min plats?" is the forward's writer's words, not the forwarder's)
    return parse_email(build_mail(body, sender=TOVE, subject="VB: DalaLab - kan du ta min plats?"), config, ARRIVAL)


def test_e_the_forwarders_taking_the_writers_places(config: Config) -> None:
    r = _forward(config, "Se nedan. Jag tar alltså Pers platser i DalaLab.")
    assert r.intent == Intent.CHANGE
    assert sorted((p.name, p.email) for p in r.people) == [("Per Holm", "per.holm@orsa.se"),
                                                           ("Tove Ahl", "tove.ahl@orsa.se")]
    assert list(r.sessions) == [S2, S3]


def test_e_near_miss_a_genitive_without_a_request_is_no_substitution(config: Config) -> None:
    r = _forward(config, "Se Pers fråga nedan om parkering, vet du något om det?")
    assert all(p.name != "Per Holm" for p in r.people)
