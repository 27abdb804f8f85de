"""Mail that asks nothing of the organisers, or is not from a participant, is stored and never answered, over
real mail servers: a thank-you written over our confirmation (no mail loop), and an invoice scam dressed in the
event's words (nothing booked, nothing sent to the scammer)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.test_email_service import running
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, text_of
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

EVA = "eva.lind@mora.se"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@pytest.fixture
async def world(dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> AsyncIterator[MailWorld]:
    async with running(dovecot, smtp_server, tmp_path) as w:
        yield w


async def test_a_thank_you_over_our_confirmation_is_stored_and_not_answered(world: MailWorld) -> None:
    world.send(mail(EVA, "Anmälan", "Hej!\n\nJag anmäler mig till träffen den 3 maj.\n\nEva Lind\nMora kommun\n",
                    name="Eva Lind"))
    [confirmation] = await world.settled()
    assert "3 maj" in text_of(confirmation)
    quoted = "> " + text_of(confirmation).replace("\n", "\n> ")
    world.send(mail(EVA, "Re: " + str(confirmation["Subject"]), "Toppen, tack! Ses 3/5 🙂\n\n" + quoted,
                    name="Eva Lind", headers={"In-Reply-To": str(confirmation["Message-ID"])}))
    sent = await world.settled()
    assert [m["Message-ID"] for m in sent] == [confirmation["Message-ID"]]     # nothing more went out: no loop
    inbound, _ = await world.stored()
    thanks = [m for m in inbound if m.sender == EVA][-1]
    assert thanks.intent == "unknown" and thanks.raw is not None   # kept for the organisers, not dropped
    assert [(r.name, r.session.isoformat()) for r in await world.registrations()] == [("Eva Lind", "2027-05-03")]


async def test_an_invoice_scam_in_the_events_words_books_nothing_and_gets_no_answer(world: MailWorld) -> None:
    world.send(mail("faktura@regiondalarna-se.com", "Anmälan och registrering – DalaLab 2027",
                    "Bästa kund,\n\nAvseende anmälan och registrering av deltagare till Region Dalarnas lärprojekt "
                    "(träffar 2027-05-03, 2027-09-21) debiteras en registreringsavgift om 4 950 kr per organisation."
                    "\n\nBelopp att betala: 4 950 kr till bankgiro 5432-1098 senast 2027-02-15. Vid utebliven "
                    "betalning tillkommer påminnelseavgift.\n\nMed vänlig hälsning\nEvent Registry Nordic AB\n",
                    name="Region Dalarna Ekonomi"))
    assert await world.settled() == []
    assert await world.registrations() == []
    inbound, _ = await world.stored()
    [scam] = [m for m in inbound if m.sender == "faktura@regiondalarna-se.com"]
    assert scam.intent == "unknown"
