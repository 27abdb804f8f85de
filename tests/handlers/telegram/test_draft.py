"""The signup draft: what the conversation stores, read back exactly, and any other shape refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.request import Intent, ParsedRequest, Person, Sender
from handlers.telegram.draft import Draft, Entrant, UnreadableDraft

SENDER = Sender("telegram", "1001", "Kalle Svensson")


def test_a_draft_survives_its_json_unchanged() -> None:
    draft = Draft(people=(Entrant("Kalle Svensson", "Mora kommun"), Entrant("Eva Ek", None)),
                  sessions=(dt.date(2027, 5, 3),), diet="vegan", todo=("organisation", "sessions"),
                  chosen=(dt.date(2027, 9, 21),), self_named=True, lang="en")
    assert Draft.from_json(draft.to_json()) == draft
    assert Draft.from_json(Draft().to_json()) == Draft()


@pytest.mark.parametrize("data", [
    {"request": {"people": [["Kalle Svensson", None]], "sessions": [], "diet": None},
     "todo": ["organisation"], "asked": True, "chosen": [], "lang": "sv"},      # an older release's shape
    {},
    {**Draft().to_json(), "draft": 2},
    {**Draft().to_json(), "people": [["Kalle Svensson", None]]},
    {**Draft().to_json(), "sessions": ["3 maj"]},
    {**Draft().to_json(), "todo": ["email"]},
    {**Draft().to_json(), "asked": "yes"},
    {k: v for k, v in Draft().to_json().items() if k != "lang"},
])
def test_any_other_shape_is_unreadable_not_a_crash(data: dict[str, Any]) -> None:
    with pytest.raises(UnreadableDraft):
        Draft.from_json(data)


def test_a_free_text_signup_keeps_what_it_has_and_asks_what_it_lacks_in_order() -> None:
    request = ParsedRequest(Intent.REGISTER, (Person("Kalle Svensson", "k@mora.se", None),),
                            (dt.date(2027, 5, 3),), "vegan", SENDER, "en", sessions_named=True)
    draft = Draft.of_request(request, ["sessions", "organisation"])
    assert draft.todo == ("organisation", "sessions") and draft.next_fact == "organisation"
    assert draft.people == (Entrant("Kalle Svensson", None),) and draft.lang == "en" and draft.diet == "vegan"


def test_answers_fill_the_draft_and_make_the_request() -> None:
    draft = Draft().with_name("Kalle Svensson").with_organisation("Mora kommun")
    draft = draft.with_sessions([dt.date(2027, 9, 21), dt.date(2027, 5, 3)])
    assert draft.next_fact is None and draft.self_named
    request = draft.request(Sender("telegram", "1001", "K S"))
    assert request.people == (Person("Kalle Svensson", None, "Mora kommun"),)
    assert request.sessions == (dt.date(2027, 5, 3), dt.date(2027, 9, 21)) and request.sessions_named
    assert request.sender == SENDER      # the participant named themself: the signup is theirs


def test_a_name_given_for_a_signup_naming_others_is_put_first_and_the_others_kept() -> None:
    draft = Draft(people=(Entrant(None, "Mora kommun"), Entrant("Eva Ek", "Mora kommun")))
    named = draft.with_name("Kalle Svensson")
    assert named.people == (Entrant("Kalle Svensson", "Mora kommun"), Entrant("Eva Ek", "Mora kommun"))
    assert not named.self_named and named.todo == ("organisation", "sessions")
    assert named.with_organisation(None).people == named.people
