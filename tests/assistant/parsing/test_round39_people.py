"""People, round 39: by class, each in words of its own (none from a corpus), with near-misses.

- A: a chat writer known only by their given name ("Ingrid") who writes their own full name and address in the text
  ("anmäl mig: Ingrid Holm-Sjö, ingrid.holmsjo@orsa.se"): one person, the writer in full, not "Ingrid" beside her;
  a colleague of another given name named beside the writer is still a second person.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Sender
from tests.assistant.parsing.conftest import ARRIVAL, people

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

INGRID = Sender("telegram", "3941", "Ingrid")


@pytest.mark.parametrize("text", [
    "Skriv upp mig: Ingrid Holm-Sjö, ingrid.holmsjo@orsa.se, Orsa kommun. Maj och september.",
    "hej! anmälan till 3/5 och 21/9 — Ingrid Holm-Sjö (ingrid.holmsjo@orsa.se), Orsa kommun",
    "Please sign me up for May and September: Ingrid Holm-Sjö, ingrid.holmsjo@orsa.se, Orsa kommun",
])
def test_a_a_chat_writer_by_given_name_written_in_full_is_one_person(config: Config, text: str) -> None:
    r = parse_chat(text, INGRID, config, ARRIVAL)
    assert people(r) == [("Ingrid Holm-Sjö", "ingrid.holmsjo@orsa.se", "Orsa kommun")]


def test_a_near_miss_a_colleague_of_another_given_name_is_a_second_person(config: Config) -> None:
    r = parse_chat("Anmäl mig och min kollega Olof Strand (olof.strand@orsa.se) till 3/5. Ingrid Holm, Orsa kommun",
                   INGRID, config, ARRIVAL)
    assert sorted(n for n, _, _ in people(r) if n) == ["Ingrid Holm", "Olof Strand"]
