"""Tests of dietary needs."""

import pytest

from assistant.parsing.diet import find_diet


@pytest.mark.parametrize(("text", "expected"), [
    ("Vegetarisk kost, tack.", "vegetarisk kost"),
    ("Specialkost: laktosfri, nötallergi.", "laktosfri, nötallergi"),
    ("Henrik is vegan.", "vegan"),
    ("I need gluten-free food", "gluten-free"),
    ("Vegetarian food please", "vegetarian"),
    ("Glutenfri", "glutenfri"),
    ("Ingen specialkost", None),
    ("Vi ses på träffen", None),
])
def test_diet(text: str, expected: str | None) -> None:
    assert find_diet(text) == expected
