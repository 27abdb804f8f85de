"""The name finder and the sentence splitter keep their last results; a reader changing what it was given back does
not change what the next reader is given."""

from __future__ import annotations

from assistant.config import Config
from assistant.parsing.people import names_in
from assistant.parsing.reading import tables
from assistant.parsing.text import sentences


def test_a_changed_list_of_names_does_not_change_the_next_answer(config: Config) -> None:
    stop = tables(config).stop
    sentence = "Jag anmäler mig och mina kollegor Petra Sjöberg och Nils Berg till alla träffar."
    first = names_in(sentence, 0, stop)
    assert [n for n, _, _ in first] == ["Petra Sjöberg", "Nils Berg"]
    first.clear()
    assert [n for n, _, _ in names_in(sentence, 0, stop)] == ["Petra Sjöberg", "Nils Berg"]


def test_a_changed_list_of_sentences_does_not_change_the_next_answer() -> None:
    text = "Hej! Jag vill anmäla mig.\nKan ni ta 3 maj?"
    first = sentences(text)
    assert first == ["Hej!", "Jag vill anmäla mig.", "Kan ni ta 3 maj?"]
    first.pop()
    assert sentences(text) == ["Hej!", "Jag vill anmäla mig.", "Kan ni ta 3 maj?"]
