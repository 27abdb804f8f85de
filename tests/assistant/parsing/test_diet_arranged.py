"""A need asked to be arranged is the writer's need (found by trying the service as a user, eleventh session).
Before, "Jag anmäler mig till 3 maj. Har ni möjlighet att ordna vegansk lunch?" lost the diet: it was read as a
question of what is served. Near-misses: questions of what is served, asking for no one."""

from __future__ import annotations

import pytest

from assistant.parsing.diet import find_diet


@pytest.mark.parametrize(("text", "diet"), [
    ("Jag anmäler mig till 3 maj. Har ni möjlighet att ordna vegansk lunch?", "vegansk"),
    ("Anmäler mig till alla träffar. Kan ni ordna glutenfri mat?", "glutenfri"),
    ("Please sign me up for May. Could you arrange a vegan lunch?", "vegan"),
])
def test_a_need_asked_to_be_arranged_is_the_writers(text: str, diet: str) -> None:
    assert find_diet(text) == diet


@pytest.mark.parametrize("text", [
    "Jag anmäler mig till 3 maj. Finns det vegetariskt?",
    "Jag anmäler mig till 3 maj. Har ni vegetariskt på menyn?",
    "Sign me up for May. Is there a vegan option?",
])
def test_a_question_of_what_is_served_is_no_need(text: str) -> None:
    assert find_diet(text) is None
