"""Intent, round 39: by class, each in words of its own (none from a corpus), with near-misses.

- A: a session given up and "another" or "a later" one wished for instead without naming it ("kan jag hoppa in på
  någon annan träff i stället?", "kanske en senare träff istället", "could I join another session instead?"): no
  session to move to, so a cancellation; a session named instead ("kan jag ta 22/2 istället?", "nästa istället") is a
  swap as before.
- B: a data protection officer's erasure for a list of staff ("begär att deras uppgifter raderas: Ek, Per
  (per.ek@...)"), no session named: the rules' erasure stands whatever the model reads into the list of people.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S2, S4, build_mail

PER = "Per Dahl <per.dahl@orsa.se>"
SIGNED = "\n\nPer Dahl\nOrsa kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=PER, subject=subject), config, ARRIVAL)


UNNAMED = [
    ("Hej! Jag kan tyvärr inte delta den 21 september, då har vi budgetdag. Kan jag hoppa in på någon annan träff i "
    "stället, eller missar jag bara den?"),
    "Hej, den 21/9 kommer jag inte kunna vara med. Eventuellt kan jag ta ett senare tillfälle istället, jag hör av mig.",
    "Hi, I won't be able to make it on 21 September. Could I join another session instead, or do I just miss that one?",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", UNNAMED)
def test_a_a_session_given_up_with_an_unnamed_other_wished_for_is_a_cancellation(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)


NAMED = [
    "Hej! Jag kan tyvärr inte delta den 21 september. Kan jag komma den 22 februari i stället?",
    "Hi, I won't be able to make it on 21 September. Could I come on 22 February instead?",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NAMED)
def test_a_near_miss_a_session_named_instead_is_still_a_swap(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert S4 in r.sessions


def test_a_near_miss_chat_next_one_instead_is_still_a_change(config: Config) -> None:
    r = parse_chat("kan inte 21/9, kan jag ta nästa istället?", Sender("telegram", "3939", "Per Dahl"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE


ERASURES = [
    ("Hej,\n\nSom dataskyddsombud för Orsa kommun begär jag, på uppdrag av medarbetarna nedan, att deras uppgifter i "
     "ert deltagarregister raderas:\n\nHolm, Ingrid (ingrid.holm@orsa.se)\nStrand, Olof (olof.strand@orsa.se)\n\n"
     "Bekräfta gärna när det är gjort."),
    ("Hello,\n\nAs data protection officer of Orsa kommun I ask on behalf of the staff below that their personal data in "
     "your participant register be deleted:\n\nHolm, Ingrid (ingrid.holm@orsa.se)\nStrand, Olof (olof.strand@orsa.se)"
     "\n\nPlease confirm when done."),
]


@pytest.mark.parametrize("text", ERASURES)
def test_b_an_officers_erasure_for_listed_staff_stays_an_erasure_with_the_model(config: Config, text: str) -> None:
    r = parse_email(build_mail(text, sender="Dataskydd Orsa <dataskydd@orsa.se>", subject="Radering av uppgifter"),
                    config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert r.sessions == ()


def test_b_near_miss_a_signup_of_listed_staff_is_still_a_signup(config: Config) -> None:
    text = ("Hej,\n\nVi anmäler följande till DalaLab den 21 september:\n\nHolm, Ingrid (ingrid.holm@orsa.se)\n"
            "Strand, Olof (olof.strand@orsa.se)\n")
    r = parse_email(build_mail(text, sender=PER, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)
