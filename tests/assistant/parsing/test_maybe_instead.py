"""A session given up and another only perhaps taken instead ("blir nog inte 21 sept för mig, kanske kan komma i nov
istället? återkommer"; corpus batch 50, twelfth session): the one given up is read, the move only its other reading,
so the service asks (change or cancel) and books nothing on the maybe. Before, the writer was moved to November.
Near-misses: a swap asked plainly ("kan jag ta 29/11 istället?"), and a maybe that is no move."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4719", "Ellen Vik"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "blir nog inte 21 sept för mig, kanske kan komma i nov istället? återkommer /ellen, orsa",
    "kan inte 21 sept, kanske kan jag komma i nov istället. /ellen, orsa",
    "I can't make 21 September, maybe I could come in November instead. Ellen Vik, Orsa kommun",
])
def test_a_maybe_in_place_of_a_session_given_up_is_asked(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
    assert Unsure.CHANGE_OR_CANCEL in r.unsure


def test_a_swap_asked_plainly_is_a_change(config: Config) -> None:
    r = _chat("kan inte 21 sept längre, kan jag ta 29/11 istället? /ellen vik, orsa kommun", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)
    assert Unsure.CHANGE_OR_CANCEL not in r.unsure


def test_a_session_said_not_to_be_for_me_is_given_up(config: Config) -> None:
    r = _chat("det blir tyvärr inte 21 sept för mig. /ellen vik, orsa kommun", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
