"""A mail built to exhaust the parser, through Dovecot and the running service (issue 11, item 1): refused as
too complex, stored as failed and acknowledged, never answered, never holding up the mail behind it, and
not read again after a restart. Before, 288 KB of never-closed blockquotes grew the parser to 24 GB."""

from __future__ import annotations

import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted

from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, make_world
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

ATTACKER = "eve@attack.example"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def blockquote_bomb() -> bytes:
    """An HTML-only mail of 24,000 never-closed nested blockquotes (288 KB of them)."""
    msg = EmailMessage()
    msg["From"] = f"Eve <{ATTACKER}>"
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Anmälan till DalaLab"
    msg["Message-ID"] = "<bomb@attack.example>"
    msg.set_content("<html><body>" + "<blockquote>" * 24_000 + "Jag anmäler mig till 3 maj</body></html>",
                    subtype="html")
    return msg.as_bytes()


def _inbox_empty(world: MailWorld) -> bool:
    with MailBoxUnencrypted("127.0.0.1", world.dovecot.imap_port).login(world.user, PASSWORD) as box:
        return not box.uids("ALL")


async def test_a_288_kb_blockquote_bomb_is_stored_too_complex_and_holds_nothing_up(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    world = make_world(dovecot, smtp_server, tmp_path)
    await world.start()
    try:
        bomb = blockquote_bomb()
        assert len(bomb) > 288_000
        world.send(bomb)
        world.send(mail("anna.berg@falun.se", "Anmälan till DalaLab",
                        "Hej!\nJag anmäler mig till träffen den 3 maj.\nAnna Berg\nFalu kommun\n", name="Anna Berg"))
        start = time.monotonic()
        [reply] = await world.replies(1)
        assert reply["To"] == "anna.berg@falun.se"
        assert time.monotonic() - start < 5.0   # promptly (Dovecot's IDLE notice alone takes ~0.5 s)

        inbound, _ = await world.stored()
        [bad] = [m for m in inbound if m.state == "failed"]
        assert "too complex: HTML nested more than" in (bad.error or "")
        assert bad.raw is not None and len(bad.raw) >= len(bomb)   # kept whole, for the organisers
        first_done = bad.processed_at
        sent = await world.settled()
        assert not [m for m in sent if ATTACKER in str(m["To"])]   # nothing automatic to its sender
        assert _inbox_empty(world)   # acknowledged like any handled mail: no crash loop

        await world.shutdown()
        await world.start()   # a restart reads nothing again
        sent_again = await world.settled()
        assert [m["To"] for m in sent_again] == [m["To"] for m in sent]
        inbound, _ = await world.stored()
        [still] = [m for m in inbound if m.state == "failed"]
        assert still.id == bad.id and still.processed_at == first_done
    finally:
        await world.shutdown()
