"""The name a reply greets the sender by (issue 11, item 4: never a formula, a link or control characters)."""

from __future__ import annotations

import pytest

from assistant.composing import _first_name


@pytest.mark.parametrize(("name", "greeted"), [
    ("Anna Berg", "Anna"), ("Åsa Öberg", "Åsa"), ("Sandberg, Erik", "Erik"), ("Lisa", "Lisa"),
    (None, None), ("", None), ('=HYPERLINK("http://evil.example";"x")', None), ("=HYPERLINK (http://evil.example;x)", None),
    ("=cmd|' /C calc'!A0", None), ("anna@falun.se", None), ("Eve \x1b[31mRed", None), ("www.evil.example", None),
    ("A" * 101, None),
    # issue 12, point 6: only a plausible first word, at most 30 characters, or none
    ("Anna-Karin Ek", "Anna-Karin"), ("O'Brien Sean", "O'Brien"), ("A\u030asa Berg", "A\u030asa"),
    ("BUY-CHEAP-PILLS-AT-http://evil.example", None), ("BUY-CHEAP-PILLS-AT-EVIL-DOT-EXAMPLE now", None),
    ("Köpbilligapillerhosossidagnuuu Ek", "Köpbilligapillerhosossidagnuuu"), ("Köpbilligapillerhosossidagnuuuu Ek", None),
    ("Dr. Alan Pierce", None), ("Anna2 Berg", None),
])
def test_the_greeting_uses_only_a_plausible_first_name(name: str | None, greeted: str | None) -> None:
    assert _first_name(name) == greeted
