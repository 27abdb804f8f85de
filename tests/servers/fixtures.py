"""Fixtures for the real mail servers: a session-wide Dovecot, capturing SMTP servers, a test CA.

``tests/conftest.py`` imports these, so every test can ask for them by name.
"""

from __future__ import annotations

import shutil
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import trustme

from tests.servers.dovecot import Dovecot, start_dovecot
from tests.servers.smtp import SmtpServer

if TYPE_CHECKING:
    from tests.servers.mail_world import MailWorld


@dataclass(frozen=True)
class ServerCA:
    """A throwaway CA and a server certificate for 127.0.0.1 / localhost."""

    ca: trustme.CA
    cert: trustme.LeafCert
    ca_pem: Path

    def server_context(self) -> ssl.SSLContext:
        """An SSL context for a server presenting the test certificate."""
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.cert.configure_cert(ctx)
        return ctx


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> ServerCA:
    """The session's test CA (its PEM file is what ``trust_test_ca`` points OpenSSL at)."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    pem = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    return ServerCA(ca, cert, pem)


@pytest.fixture
def trust_test_ca(test_ca: ServerCA, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the default SSL context of this test trust the test CA (as SSL_CERT_FILE does in production)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca.ca_pem))
    return test_ca.ca_pem


@pytest.fixture(scope="session")
def dovecot(test_ca: ServerCA) -> Iterator[Dovecot]:
    """One Dovecot for the whole session; tests take fresh mailboxes with ``dovecot.new_user()``."""
    chain = b"".join(blob.bytes() for blob in test_ca.cert.cert_chain_pems)
    server = start_dovecot(test_ca.ca_pem, chain, test_ca.cert.private_key_pem.bytes())
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.dir, ignore_errors=True)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain capturing SMTP server (no TLS, no AUTH) on a free loopback port."""
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_tls_server(test_ca: ServerCA) -> Iterator[SmtpServer]:
    """A capturing SMTP server that requires STARTTLS and AUTH (user/password in tests.servers.smtp)."""
    server = SmtpServer(tls_context=test_ca.server_context())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def world(dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[MailWorld]:
    """The whole service on a fresh Dovecot mailbox and the capturing SMTP server, with the example config;
    stopped after the test."""
    from tests.servers.dovecot import PASSWORD
    from tests.servers.mail_world import PASSWORD_ENV, make_world
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    w = make_world(dovecot, smtp_server, tmp_path)
    await w.start()
    try:
        yield w
    finally:
        await w.shutdown()
