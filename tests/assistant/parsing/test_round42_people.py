"""People, round 42: by class, in words of its own (none from a corpus), with near-misses.

- A: the writer's own coming left open with the short "ev." (eventuellt) beside others signed up ("Ev. kommer jag med
  också, hör av mig", "jag ev följer med"): the writer is not among those signed up, and whether they come is asked;
  a writer saying plainly "jag kommer med också" is among them.
- B: the writer's own signup told as made before ("Anmälde mig själv förra veckan. Nu vill även min kollega vara med:
  ..."): held, not asked for again, so only the colleague is signed up; a writer signing up now beside the colleague
  ("anmäler mig själv också") is among them.
- C: an erasure asked by an HR mailbox for staff named as having left ("X och Y har avslutat sina anställningar ... radera
  deras personuppgifter", "have left their positions"): those named, not the mailbox; the writer's own erasure stays
  the writer's.
- D: the writer first in a list of others' given names ("jag, Lisa och Ahmed kommer på 3/5"): all three signed up,
  the surnames to be asked (``Unsure.PEOPLE``), not the writer alone; "Jag, Lisa, kommer" (the writer's own name set
  off by commas) names no one else.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

KARIN = "Karin Lund <karin.lund@avesta.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\n/Karin\n", sender=KARIN, subject="Anmälan"), config, ARRIVAL)


MAYBE = [
    "Hej! Anmäler Eva Strand och Olle Berg från miljöenheten till alla fyra träffarna. Ev kommer jag med också, hör av mig.",
    "Hej, vi anmäler Eva Strand och Olle Berg till den 21 september. Ev. följer jag med, återkommer om det.",
    "Hej! Eva Strand och Olle Berg vill gå på alla träffar. Jag ev hänger med också, besked senare.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", MAYBE)
def test_a_the_writer_coming_only_ev_is_not_signed_up_but_asked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Strand", "Olle Berg"]
    assert Unsure.SENDER_ATTENDS in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_the_writer_coming_plainly_is_signed_up(config: Config) -> None:
    r = _mail("Hej! Anmäler Eva Strand och Olle Berg till alla fyra träffarna. Jag kommer med också.", config)
    assert "Karin Lund" in [p.name for p in r.people]


TOLD_BEFORE = [
    ("Hej igen! Anmälde mig själv förra veckan. Nu vill även min kollega vara med: Eva Strand, eva.strand@avesta.se, "
    "alla fyra träffarna."),
    "Hej! Jag anmälde mig i förra veckan. Nu vill också min kollega Eva Strand (eva.strand@avesta.se) gå, på alla fyra.",
    ("Hi again! I signed up myself last week. Now my colleague Eva Strand, eva.strand@avesta.se, would like to join "
    "all four sessions too."),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", TOLD_BEFORE)
def test_b_the_writers_signup_told_as_made_before_is_not_made_again(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Strand"]


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_the_writer_signing_up_now_too_is_among_them(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mig själv och min kollega Eva Strand, eva.strand@avesta.se, till alla fyra.", config)
    assert "Karin Lund" in [p.name for p in r.people]


LEFT_STAFF = [
    ("Hej,\n\nOskar Lind och Sara Ek har avslutat sina anställningar hos Mora kommun. Vi ber er därför radera deras "
     "personuppgifter ur deltagarlistan.\n\nHR-avdelningen\nMora kommun\n"),
    ("Hello,\n\nOskar Lind and Sara Ek have left their positions with us. Please delete their personal data from your "
     "participant list.\n\nHR\nMora kommun\n"),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", LEFT_STAFF)
def test_c_an_erasure_for_staff_who_left_is_about_them_not_the_mailbox(config: Config, text: str) -> None:
    r = parse_email(build_mail(text, sender="HR Mora <hr@mora.se>", subject="Radering"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert [p.name for p in r.people] == ["Oskar Lind", "Sara Ek"]


@pytest.mark.usefixtures("rules_only")
def test_c_near_miss_an_erasure_of_the_writers_own_data(config: Config) -> None:
    text = "Hej,\n\nJag har avslutat min anställning hos Mora kommun. Radera mina personuppgifter, tack.\n\nKarin Lund\n"
    r = parse_email(build_mail(text, sender=KARIN, subject="Radering"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert [p.name for p in r.people] == ["Karin Lund"]


FIRST_IN_LIST = [
    "Tjena, jag, Lisa och Ahmed från miljöenheten kommer på första träffen 3/5 👍",
    "jag, Lisa och Ahmed kommer på 3/5",
    "Hej! Jag, Lisa och Ahmed vill vara med den 3 maj.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", FIRST_IN_LIST)
def test_d_the_writer_first_in_a_list_of_given_names_signs_up_all(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4242", "Fredrik"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Fredrik", "Lisa", "Ahmed"]
    assert Unsure.PEOPLE in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_the_writers_own_name_in_apposition_is_no_other(config: Config) -> None:
    r = parse_chat("Jag, Lisa, kommer på 3/5.", Sender("telegram", "4242", "Fredrik"), config, ARRIVAL)
    assert len(r.people) == 1
