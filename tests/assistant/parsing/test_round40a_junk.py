"""Automatic mail, round 40a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a Swedish mail system's bounce by its subject ("Det gick inte att leverera: …", "Gick inte att leverera: …") or
  from an Exchange system mailbox whose hex tail is shorter than 32 digits: an automatic reply, never answered; a
  person's mail that only says something "gick inte att leverera" in the text is read as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

NDR_BODY = ("Det gick inte att leverera till följande mottagare:\n\nper.ek@orsa.se\nAdressen hittades inte.\n\n"
            "Ursprungliga meddelanderubriker:\nSubject: Bekräftelse DalaLab\nTo: per.ek@orsa.se\n")


@pytest.mark.parametrize(("sender", "subject"), [
    ("Microsoft Outlook <postmaster@orsa.se>", "Det gick inte att leverera: Bekräftelse DalaLab"),
    ("Systemet <system@regiondalarna.se>", "Det gick inte att leverera: Bekräftelse DalaLab"),
    ("Systemet <system@regiondalarna.se>", "Gick inte att leverera: Bekräftelse DalaLab"),
    ("Microsoft Outlook <MicrosoftExchange5d1c0a77e3f2@regiondalarna.se>", "Bekräftelse DalaLab"),
])
def test_a_a_swedish_bounce_is_an_automatic_reply(config: Config, sender: str, subject: str) -> None:
    r = parse_email(build_mail(NDR_BODY, sender=sender, subject=subject), config, ARRIVAL)
    assert r.intent == Intent.AUTO_REPLY


def test_a_near_miss_a_person_telling_of_a_mail_that_did_not_arrive_is_read(config: Config) -> None:
    text = ("Hej!\n\nMitt förra mejl gick inte att leverera, så jag skickar igen: anmäl mig till 3 maj.\n\n"
            "Per Ek\nOrsa kommun\n")
    r = parse_email(build_mail(text, sender="Per Ek <per.ek@orsa.se>", subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
