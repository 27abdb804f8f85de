"""The name a reply greets the sender by (issue 11, item 4: never a formula, a link or control characters)."""

from __future__ import annotations

import pytest

from assistant.composing import _first_name


@pytest.mark.parametrize(("name", "greeted"), [
    ("Anna Berg", "Anna"), ("Åsa Öberg", "Åsa"), ("Sandberg, Erik", "Erik"), ("Lisa", "Lisa"),
    (None, None), ("", None), ('=HYPERLINK("http://evil.example";"x")', None), ("=HYPERLINK (http://evil.example;x)", None),
    ("=cmd|' /C calc'!A0", None), ("anna@falun.se", None), ("Eve \x1b[31mRed", None), ("www.evil.example", None),
    ("A" * 101, None),
])
def test_the_greeting_uses_only_a_plausible_first_name(name: str | None, greeted: str | None) -> None:
    assert _first_name(name) == greeted
