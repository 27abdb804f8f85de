"""Every rule, and every other reason a decision gives, has its text in every language (and no text is orphaned)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.deciding import REASONS
from assistant.replies import PACKAGE_TEMPLATES, Replies
from assistant.rules.order import MESSAGE_RULES, PERSON_RULES, PLACE_RULES, REQUEST_RULES

LANGUAGES = ("sv", "en")
RULE_NAMES = [r.name for r in (*MESSAGE_RULES, *REQUEST_RULES, *PERSON_RULES, *PLACE_RULES)]

#: Facts a text may use, so that every template renders (StrictUndefined fails on a missing one).
SAMPLE = {"position": 2, "capacity": 60, "standing": "waitlisted", "organisation": "Falu kommun", "quota": 3,
          "holders": ["Anna Berg", "Bo Ek"], "substitute": "Dan Falk", "replaces": "Anna Berg", "diet": "vegan",
          "sessions": ["2027-05-03"], "confirm_to": "anna@falun.se", "limit": 2, "deadline": "2027-04-14",
          "was": "confirmed", "freed_by": "Anna Berg", "name": "Anna Berg", "email": "anna@falun.se"}


def test_rule_names_are_unique_and_kebab_case() -> None:
    assert len(RULE_NAMES) == len(set(RULE_NAMES))
    assert all(name == name.lower() and " " not in name and "_" not in name for name in RULE_NAMES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted({*RULE_NAMES, *REASONS}))
def test_every_rule_and_reason_has_a_text(config: Config, name: str, language: str) -> None:
    replies = Replies(config)
    session = replies.session_view(dt.date(2027, 5, 3), language)
    for outcome in ("confirmed", "waitlisted"):
        text = replies.reason(name, language, s=session, facts=SAMPLE, outcome=outcome)
        assert text.strip() and "{" not in text, (name, language, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_belongs_to_no_rule(language: str) -> None:
    present = {p.name.removesuffix(".txt.j2") for p in (Path(PACKAGE_TEMPLATES) / language / "reasons").iterdir()}
    assert present == {*RULE_NAMES, *REASONS}
