"""Bounding a stranger's string for a column: cut with a marker, or hashed when it is a key (pure)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.bounded import HASHED_LENGTH, MARKER, hashed, storable, truncated


def test_a_value_that_fits_is_kept_and_a_longer_one_is_cut_with_the_marker() -> None:
    assert truncated("Anna Berg", 200) == "Anna Berg"
    assert truncated("x" * 200, 200) == "x" * 200
    assert truncated("x" * 201, 200) == "x" * 199 + MARKER


def test_a_long_key_is_its_hash_so_the_same_key_finds_itself() -> None:
    key = "<" + "m" * 600 + "@hostile.example>"
    assert hashed(key, 500) == "sha256:" + hashlib.sha256(key.encode()).hexdigest() == hashed(key, 500)
    assert hashed(key[:-1], 500) != hashed(key, 500)
    assert hashed("<short@x>", 500) == "<short@x>"
    assert hashed("<nul\x00@x>", 500).startswith("sha256:"), "an unstorable key is hashed, not altered"
    with pytest.raises(ValueError, match="71"):
        hashed("x" * 80, 50)


def test_nul_and_undecodable_bytes_are_made_storable() -> None:
    smuggled = "Åsa".encode().decode("ascii", "surrogateescape")   # what compat32 makes of raw UTF-8
    assert storable(smuggled) == "Åsa"
    assert storable("a\x00b") == "ab"
    assert storable("\ud800 \udcff") == "\ufffd \ufffd"
    assert storable("Anna") == "Anna"


@given(st.text(), st.integers(min_value=HASHED_LENGTH, max_value=1000))
def test_whatever_the_text_the_result_fits_and_encodes(text: str, limit: int) -> None:
    for value in (truncated(text, limit), hashed(text, limit)):
        assert len(value) <= limit and "\x00" not in value
        value.encode("utf-8")
