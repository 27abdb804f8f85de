"""Intent, round 34: by class, each in words of its own (none from a corpus), with near-misses.

- A: private mail to a namesake of the contact person, nothing of the event in it (a lift for a child, a thank-you
  for a parents' evening, signed with a hug): not a request of ours (``unknown``), though it asks something; a
  question about the event signed the same way stays a question.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

PRIVATE = "Malin Ahlberg <malin.ahlberg81@hotmail.com>"


def _mail(text: str, config: Config, sender: str = PRIVATE, subject: str = "Fredag") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


# --- A: private mail, nothing of the event

@pytest.mark.parametrize(("text", "subject"), [
    (("Hej Linnea!\n\nTack för fikat i söndags. Kan Olle följa med er till simhallen på fredag? Jag hämtar honom "
     "vid fem.\n\nKram Malin"), "Simhallen"),
    (("Hej!\n\nVilken trevlig kväll det blev hos er. Har du möjlighet att skjutsa flickorna till handbollen på "
     "tisdag? Jag kan ta hemresan.\n\nKramar /Malin"), "Tisdag"),
    (("Hi Linnea,\n\nThanks for the barbecue on Saturday! Could Noah stay with you after school on Friday? I will "
     "pick him up around six.\n\nHugs, Malin"), "Friday"),
])
def test_a_private_mail_is_not_ours(config: Config, text: str, subject: str) -> None:
    r = _mail(text, config, subject=subject)
    assert r.intent == Intent.UNKNOWN
    assert list(r.people) == []
    assert list(r.sessions) == []


def test_a_near_miss_a_question_about_the_event_signed_with_a_hug(config: Config) -> None:
    r = _mail("Hej Linnea!\n\nFinns det parkering vid lokalen för träffen i maj?\n\nKram Malin", config,
              subject="DalaLab")
    assert r.intent == Intent.QUESTION


def test_a_near_miss_a_plain_question_without_event_words(config: Config) -> None:
    r = _mail("Hej!\n\nHur dags börjar det på morgonen, och finns det parkering?\n\nMvh Malin Ahlberg", config,
              subject="DalaLab")
    assert r.intent == Intent.QUESTION
