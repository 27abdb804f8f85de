"""A forged sender through Dovecot (issue 12, point 1): an encoded word that looks like an address, a Reply-To
aimed at someone else, and a From that the receiving server's DMARC check failed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.service import Service
from storage.database import open_database
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, make_world, text_of
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

ANNA = "anna.andersson@falun.se"
BO = "bo.berg@falun.se"
MALLORY = "mallory@evil.example"
ORGANISER = "linnea.hassis@regiondalarna.se"
MX = "mx.dalalab.example"
FAIL = f"{MX}; dmarc=fail (p=none) header.from=falun.se; spf=fail smtp.mailfrom=evil.example; dkim=none"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@asynccontextmanager
async def running(dovecot: Dovecot, smtp: SmtpServer, tmp: Path,
                  authserv_ids: tuple[str, ...] = ()) -> AsyncIterator[MailWorld]:
    """The service on a fresh mailbox, trusting the Authentication-Results of ``authserv_ids``."""
    w = make_world(dovecot, smtp, tmp)
    channels = w.config.channels.model_copy(update={"authserv_ids": authserv_ids})
    w.config = w.config.model_copy(update={"channels": channels})
    await w.start()
    try:
        yield w
    finally:
        await w.shutdown()


def raw_mail(headers: list[tuple[str, str]], body: str, message_id: str) -> bytes:
    """A mail with exactly these headers, in this order (the forger's bytes, not a library's)."""
    lines = [*(f"{k}: {v}" for k, v in headers), "To: anmalan@dalalab.example",
             "Date: Mon, 01 Feb 2027 08:30:00 +0100", f"Message-ID: {message_id}", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


async def register(world: MailWorld, name: str, address: str, body: str, headers: dict[str, str] | None = None,
                   ) -> None:
    world.send(mail(address, "Anmälan till DalaLab", body, name=name, headers=headers))
    await world.until(lambda: len(world.smtp.to(address)) == 1)


async def places_of(world: MailWorld, name: str) -> list[str]:
    return [r.status for r in await world.registrations() if r.name == name]


def mentions(msg: EmailMessage, *words: str) -> bool:
    text = (str(msg["Subject"]) + text_of(msg)).casefold()
    return any(w.casefold() in text for w in words)


async def test_an_encoded_word_that_reads_as_annas_address_is_not_anna(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path) as world:
        await register(world, "Anna Andersson", ANNA, "Hej!\nJag anmäler mig till alla fyra träffarna.\n\n"
                       "Anna Andersson\nFalu kommun\n")
        assert await places_of(world, "Anna Andersson") == ["confirmed"] * 4
        world.send(raw_mail([("From", f"=?utf-8?q?anna=2Eandersson=40falun=2Ese?= <{MALLORY}>"),
                             ("Reply-To", MALLORY), ("Subject", "Avanmälan")], "Avanmäl mig", "<forged.1@evil.example>"))
        sent = await world.settled()
        assert await places_of(world, "Anna Andersson") == ["confirmed"] * 4
        assert [m["To"] for m in sent if m["To"] != ANNA] in ([], [MALLORY])   # at most his own answer
        assert not [m for m in sent if m["To"] == MALLORY and mentions(m, "Anna", "Andersson", "falun", "Avanmäld")]
        assert len(world.smtp.to(ANNA)) == 1   # her own confirmation, nothing since
        inbound, _ = await world.stored()
        assert inbound[1].sender == MALLORY


async def test_a_reply_to_in_another_domain_gets_no_mail(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path) as world:
        await register(world, "Bo Berg", BO, "Hej!\nJag anmäler mig till den 3 maj.\n\nBo Berg\nFalu kommun\n")
        world.send(raw_mail([("From", f"Bo Berg <{BO}>"), ("Reply-To", MALLORY),
                             ("Subject", "Radera mina uppgifter")], "Radera alla mina personuppgifter",
                            "<forged.2@evil.example>"))
        sent = await world.settled()
        assert world.smtp.to(MALLORY) == []
        assert [m["To"] for m in sent] == [BO, BO] and "raderat" in text_of(sent[1])


def _pass(authserv_id: str = MX) -> str:
    return f"{authserv_id}; dmarc=pass header.from=falun.se; spf=pass smtp.mailfrom=falun.se; dkim=pass"


@pytest.mark.parametrize("results", [
    [FAIL],                                   # the receiving server's verdict
    [FAIL, f"{MX}; dmarc=pass"],              # a lower one is the forger's own
    [_pass("mx.evil.example"), FAIL],         # a topmost pass from a server that is not ours
    [f"{MX}; dmarc=none; spf=fail smtp.mailfrom=evil.example; dkim=none"],   # no DMARC, neither SPF nor DKIM
], ids=["fail", "lower-forged-pass", "unconfigured-pass", "no-dmarc-no-spf-no-dkim"])
async def test_a_from_that_fails_dmarc_is_held_not_answered(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path, results: list[str]) -> None:
    async with running(dovecot, smtp_server, tmp_path, authserv_ids=(MX,)) as world:
        await register(world, "Bo Berg", BO, "Hej!\nJag anmäler mig till den 3 maj.\n\nBo Berg\nFalu kommun\n",
                       headers={"Authentication-Results": _pass()})
        assert await places_of(world, "Bo Berg") == ["confirmed"]
        headers = [("Authentication-Results", r) for r in results]
        world.send(raw_mail([*headers, ("From", f"Bo Berg <{BO}>"), ("Reply-To", MALLORY),
                             ("Subject", "Radera mina uppgifter")], "Radera alla mina personuppgifter",
                            "<forged.3@evil.example>"))
        sent = await world.settled()
        assert [(m["To"], m["Subject"], text_of(m)[:300]) for m in sent[1:]] == []   # nothing answered, nobody told
        assert await places_of(world, "Bo Berg") == ["confirmed"]   # not erased
        inbound, _ = await world.stored()
        assert (inbound[1].sender, inbound[1].state, inbound[1].raw is not None) == (BO, "held", True)
        lines = (await _summary(world)).splitlines()
        held = lines[lines.index("Meddelanden som hålls för granskning (1):") + 1]
        assert BO in held and "Radera mina uppgifter" in held   # needs a human


async def _summary(world: MailWorld) -> str:
    """The organisers' summary of the day, as mailed."""
    db = open_database(world.config.database.url)
    try:
        service = Service(world.config, db, world.clock)
        await service.queue_summary(world.clock.now().date())
        await service.close()
    finally:
        await db.dispose()

    def summaries() -> list[EmailMessage]:
        return [m for m in world.smtp.to(ORGANISER) if "Daglig sammanfattning" in m["Subject"]]

    await world.until(summaries)
    [summary] = summaries()
    return text_of(summary)
