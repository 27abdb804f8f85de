"""The literal prefilter in front of the parser's largest patterns gives the same answers as the patterns alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.parsing import intent, people, reading
from assistant.parsing.prefilter import quick, required_words


def test_the_words_every_match_holds_are_read_from_the_pattern() -> None:
    assert required_words(re.compile(r"\b(?:redan|fortfarande) anmald\b")) == {" anmald"}
    assert required_words(re.compile(r"\bstar (?:kvar|anmald)|\bavboka\w*")) == {"star ", "avboka"}
    assert required_words(re.compile(r"(?:ab)+cd?")) == {"ab"}


@pytest.mark.parametrize("pattern", [
    r"\b(?:j|nej)\b",                   # no word long enough to tell
    r"(?i)anmald",                      # case ignored
    r"(?:anmald|\w+)",                  # one alternative holds no word
    r"(?:anmald)?",                     # nothing required
    r"(?=anmald)\w+",                   # a lookahead requires nothing of the match
])
def test_a_pattern_without_such_words_is_left_as_it_is(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert quick(compiled) is compiled


def test_a_wrapped_pattern_answers_as_the_pattern() -> None:
    p = re.compile(r"\b(?:jag|vi) (?:ar|star) (?:redan )?anmald(?:a)?\b")
    q = quick(p)
    assert q is not p
    for text in ("hej, jag ar redan anmald till maj", "vi star anmalda", "nej", "anmald", ""):
        assert bool(q.search(text)) == bool(p.search(text))
        assert q.sub("X", text) == p.sub("X", text)
        assert q.findall(text) == p.findall(text)
        assert [m.span() for m in q.finditer(text)] == [m.span() for m in p.finditer(text)]
        assert q.split(text) == p.split(text)
    assert q.search("hej, jag ar redan anmald", 5, 30) is not None
    assert q.pattern == p.pattern


_ALPHABET = "ajgrvstdmnleoi kå.,?"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.sampled_from([
    intent._REGISTERED, intent._HELD, intent._MOVE, intent._ERASURE, people._ALREADY_IN, reading._ABSENT]))
def test_the_parsers_wrapped_patterns_answer_as_unwrapped(text: str, wrapped: re.Pattern[str]) -> None:
    inner = wrapped._pattern  # type: ignore[attr-defined]
    for sample in (text, f"jag ar redan anmald {text}", f"{text} star kvar", f"vill byta 3 maj till {text}"):
        assert (wrapped.search(sample) is None) == (inner.search(sample) is None)
