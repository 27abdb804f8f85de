"""Another said to come along, the writer booked already (corpus batch 50, twelfth session). Before, a colleague named
in lower case in chat ("sanna öberg från oss hänger med också") was dropped and the writer booked instead; "vill Lena
Dahl från bygglov följa med på DalaLab" was no signup at all; and a writer who says they are booked already ("utöver
mig (redan anmäld)") was booked again beside the colleague. Near-misses: one who will not come along, and the writer
who is booked and also asks for more sessions."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4716", "Jocke"), config, ARRIVAL)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej,\n\n" + text + "\n\n/Tomas\n", sender="Tomas Wallin <tomas.wallin@hedemora.se>",
                                  subject="Fler från Hedemora"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "glömde säga: sanna öberg från oss på falu kommun hänger med också, alla fyra träffarna",
    "sanna öberg följer med på alla fyra träffarna",
    "sanna öberg hakar också på, alla fyra träffarna",
])
def test_one_in_lower_case_said_to_come_along_is_the_one_booked(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Sanna Öberg"]
    assert r.sessions == ALL


@pytest.mark.parametrize("text", [
    "Utöver mig (redan anmäld) vill Lena Dahl från bygglov följa med på DalaLab.",
    "Förutom mig, som redan är anmäld, vill Lena Dahl från bygglov följa med på DalaLab.",
    "Besides me (already registered), Lena Dahl wants to join DalaLab.",
])
def test_a_colleague_coming_along_beside_a_writer_booked_already(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Lena Dahl"]
    assert Unsure.SENDER_ATTENDS not in r.unsure


def test_one_who_will_not_come_along_is_no_signup(config: Config) -> None:
    r = _mail("Lena Dahl från bygglov vill inte längre vara med på DalaLab.", config)
    assert r.intent != Intent.REGISTER


@pytest.mark.parametrize("text", [
    "Jag vill anmäla mig, och utöver mig vill även Lena Dahl vara med.",
    "Förutom mig vill också Lena Dahl vara med på alla träffar.",
])
def test_a_writer_not_said_to_be_booked_already_is_booked_beside_the_colleague(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Tomas Wallin", "Lena Dahl"]
