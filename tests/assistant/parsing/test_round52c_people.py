"""People and substitutions, round 52c (on ``dev52``): by class, in words of their own (none from a corpus), with
near-misses.

- A: one named replacing another named, in English ("Lisa Berg replaces Tom Hill for the whole series", "Per Ek is
  replacing Eva Lund in May"): a substitution, the one replaced leaving and the other joining, as "X ersätter Y" is;
  the writer is neither. Something replaced that is no person ("the new form replaces the old one") is no
  substitution. The rules' substitution stands over the intent model's signup of the newcomer (asked either way).
- B: one named by the given name alone who cannot come, another going "istället för henne" or "i hans ställe"
  ("Maria kan inte i november, Per Ek går istället för henne"): the one by the given name is the one leaving (the
  surname asked), not the writer of the message.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

AMY = "Amy Brooks <amy.brooks@regiondalarna.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nAmy Brooks\nRegion Dalarna\n", sender=AMY, subject="DalaLab"), config,
                       ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Amy Brooks"), config, ARRIVAL)


REPLACES = [
    ("Hi! Lisa Berg replaces Tom Hill for the whole series. Her address is lisa.berg@regiondalarna.se.",
     (S1, S2, S3, S4)),
    ("Hello, a change from us: Per Ek is replacing Eva Lund on 21 September.", (S2,)),
    ("Hi Linnea, Sara Lind will replace Jonas Berg at all four sessions, thanks!", (S1, S2, S3, S4)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), REPLACES)
def test_a_one_replacing_another_is_a_substitution(config: Config, text: str, sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert {p.role for p in r.people} == {Role.JOINING, Role.LEAVING}
    assert "Amy Brooks" not in [p.name for p in r.people]
    assert r.sessions == sessions


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_a_form_replacing_another_is_no_substitution(config: Config) -> None:
    r = _chat("Hi! I'd like to sign up for 3 May. I read that the new form replaces the old one, so I write here.",
              config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Amy Brooks"]


@pytest.mark.parametrize("text", ["Hej! Lisa Berg ersätter Tom Hill på alla träffar.",
                                  "Hi! Lisa Berg replaces Tom Hill for the whole series."])
def test_a_the_rules_substitution_stands_over_the_models_signup(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert sorted(p.name or "" for p in r.people) == ["Lisa Berg", "Tom Hill"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Hej! Maria kan inte i november, Per Ek går istället för henne då.",
    "Hej! Jonas kan tyvärr inte den 3 maj, så Per Ek kommer i hans ställe.",
])
def test_b_a_given_name_replaced_by_a_pronoun_is_the_one_leaving(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    leaving = [p.name for p in r.people if p.role == Role.LEAVING]
    assert leaving in (["Maria"], ["Jonas"])
    assert [p.name for p in r.people if p.role == Role.JOINING] == ["Per Ek"]
