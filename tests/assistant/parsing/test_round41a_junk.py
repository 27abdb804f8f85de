"""Mail not for us, round 41a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a cold seller's pitch ending in a question and an opt-out line ("If you don't want to hear from me again, reply
  NO", "vill du inte höra av mig igen, svara NEJ"): never a question to answer; a participant's own "svara nej om det
  är fullt" or "don't want to hear" of something else is read.
- B: a reminder to colleagues telling them to write to the organiser themselves, the organiser in copy ("Ni som vill
  gå: skicka själva ett mejl till Linnea", "please email Linnea yourselves"): nothing asked of us, no signup of the
  writer or those named as already in; the writer's own signup beside it is still read.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config, sender: str, subject: str) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize(("sender", "subject", "text"), [
    ("Mark Jones <mark@growthleads.io>", "A quick idea for your site",
     ("Hello,\n\nI was looking at your website and your pages load slowly on mobile. My team rebuilds sites like "
      "yours in two weeks.\n\nWould a short call next week suit you?\n\nBest,\nMark Jones\n\n"
      "If you don't want to hear from me again, just reply NO.")),
    ("Sara Holm <sara@synlig-webb.se>", "Fråga om er hemsida",
     ("Hej!\n\nJag har tittat på er hemsida och den syns dåligt på Google. Vi fixar det snabbt och billigt.\n\n"
      "Får jag skicka en kostnadsfri genomgång?\n\nMvh Sara Holm\n\nVill du inte höra av mig igen, svara NEJ.")),
])
def test_a_a_cold_pitch_with_an_opt_out_line_is_never_answered(config: Config, sender: str, subject: str,
                                                                text: str) -> None:
    r = _mail(text, config, sender, subject)
    assert r.intent == Intent.UNKNOWN
    assert r.never_answer


@pytest.mark.parametrize("text", [
    "Hej! Får jag en plats den 21 september? Svara nej om det är fullt, så vet jag.\n\nPer Dahl\nOrsa kommun",
    ("Hi, is the 21 September session full? I don't want to hear from the waiting list later, so please tell me "
     "now.\n\nPer Dahl\nOrsa kommun"),
])
def test_a_near_miss_a_participants_own_reply_words_are_read(config: Config, text: str) -> None:
    r = _mail(text, config, "Per Dahl <per.dahl@orsa.se>", "DalaLab")
    assert r.intent != Intent.UNKNOWN
    assert not r.never_answer
    assert S2 in r.sessions or r.intent == Intent.QUESTION


# --- B: colleagues told to write to the organiser themselves, the organiser in copy

GROUP = "Annika Ström <annika.strom@orsa.se>"


def _to_colleagues(text: str, config: Config) -> ParsedRequest:
    raw = build_mail(text, sender=GROUP, subject="DalaLab – påminnelse",
                     headers={"Cc": "Linnea Hassis <linnea.hassis@regiondalarna.se>"})
    return parse_email(raw, config, ARRIVAL)


@pytest.mark.parametrize("text", [
    ("Hej alla på enheten!\n\nPåminner om att sista anmälningsdag till DalaLab är 14 april. Ni som vill gå: skicka "
     "själva ett mejl till Linnea (hon har kopia) och skriv vilka träffar ni vill gå på.\n\n/Annika"),
    ("Hi all,\n\nA reminder that the DalaLab deadline is 14 April. If you want to go, please email Linnea yourselves "
     "(she is copied) with the sessions you want. Tom and Eva are already in.\n\n/Annika"),
])
def test_b_colleagues_told_to_write_to_the_organiser_themselves_ask_nothing(config: Config, text: str) -> None:
    r = _to_colleagues(text, config)
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()
    assert r.sessions == ()


def test_b_near_miss_the_writers_own_signup_beside_it_is_read(config: Config) -> None:
    r = _to_colleagues("Hej Linnea och alla!\n\nAnmäl mig till 21 september. Ni andra som vill gå: mejla Linnea själva."
                       "\n\n/Annika", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)
    assert [p.name for p in r.people] == ["Annika Ström"]
