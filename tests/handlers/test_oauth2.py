"""OAuth 2.0 (XOAUTH2) logins for IMAP and SMTP against real servers: Dovecot with its oauth2 passdb and
aiosmtpd with an XOAUTH2 authenticator, both checking tokens with a stand-in identity provider that
plays Microsoft's (MSAL client credentials) and Google's (refresh token) token endpoints.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import shutil
import ssl
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from assistant.clock import FixedClock
from assistant.config import ConfigError, ImapChannel, OAuth2, SmtpChannel, parse_config
from assistant.inbound import mail_key
from assistant.ports import TemporaryFailure
from assistant.service import Handled, Inbound
from handlers.imap_connection import ImapConnection
from handlers.imap_inbox import ImapInbox
from handlers.oauth_tokens import GOOGLE_SCOPE, MICROSOFT_SCOPE, AccessTokens, TokenError, channel_tokens
from handlers.smtp_sender import SmtpSender
from tests.conftest import ROOT, local
from tests.handlers.test_smtp_sender import outbox_row
from tests.servers.dovecot import Dovecot, start_dovecot
from tests.servers.fixtures import ServerCA
from tests.servers.mails import mail
from tests.servers.oauth import IdentityProvider, TokenRequest
from tests.servers.smtp_oauth import OAuthSmtpServer

pytestmark = pytest.mark.dovecot

TENANT = "contoso-tenant"
SECRET_ENV = "ANMALAN_OAUTH_CLIENT_SECRET"
REFRESH_ENV = "ANMALAN_OAUTH_REFRESH_TOKEN"


@pytest.fixture(scope="module")
def identity(test_ca: ServerCA) -> Iterator[IdentityProvider]:
    """The stand-in identity provider (token endpoints over HTTPS with the test CA, introspection)."""
    server = IdentityProvider(test_ca.server_context())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def oauth_dovecot(test_ca: ServerCA, identity: IdentityProvider) -> Iterator[Dovecot]:
    """A Dovecot that accepts XOAUTH2 only, each token checked at the identity provider's introspection."""
    chain = b"".join(blob.bytes() for blob in test_ca.cert.cert_chain_pems)
    server = start_dovecot(test_ca.ca_pem, chain, test_ca.cert.private_key_pem.bytes(), identity.introspection_url)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.dir, ignore_errors=True)


@pytest.fixture
def trust(trust_test_ca: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test CA trusted by ssl (IMAP, SMTP) and by requests (MSAL, google-auth)."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(trust_test_ca))


class Clock:
    """A monotonic clock the test moves (token lifetimes and backoff)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def imap_microsoft(dovecot: Dovecot, identity: IdentityProvider, mailbox: str, client_id: str,
                   **oauth2: Any) -> ImapChannel:
    return ImapChannel(enabled=True, host="127.0.0.1", port=dovecot.imaps_port, security="tls", user=mailbox,
                       auth="oauth2-microsoft",
                       oauth2=OAuth2(tenant_id=TENANT, client_id=client_id, authority=identity.authority(TENANT),
                                     **oauth2))


def imap_google(dovecot: Dovecot, identity: IdentityProvider, mailbox: str, client_id: str) -> ImapChannel:
    return ImapChannel(enabled=True, host="127.0.0.1", port=dovecot.imaps_port, security="tls", user=mailbox,
                       auth="oauth2-google",
                       oauth2=OAuth2(client_id=client_id, token_uri=identity.google_token_uri))


def tokens_for(channel: ImapChannel | SmtpChannel, clock: Clock) -> AccessTokens:
    key = "channels.imap" if isinstance(channel, ImapChannel) else "channels.smtp"
    tokens = channel_tokens(channel, key, now=clock)
    assert tokens is not None
    return tokens


def requests_of(identity: IdentityProvider, client_id: str) -> list[TokenRequest]:
    return [r for r in identity.tokens_requested() if r.form.get("client_id") == client_id]


def login(channel: ImapChannel, tokens: AccessTokens) -> None:
    ImapConnection(channel, tokens, timeout=10).close()


def oauth_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "anmalan.oauth" and r.levelno >= logging.ERROR]


class Recorder:
    """The service's seat: records what the inbox hands it."""

    def __init__(self) -> None:
        self.seen: list[Inbound] = []

    async def __call__(self, inbound: Inbound) -> Handled:
        self.seen.append(inbound)
        return Handled(len(self.seen), False, "processed")


async def until(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        await asyncio.sleep(0.01)


# -- IMAP ---------------------------------------------------------------------------------------------


async def test_the_inbox_reads_a_shared_mailbox_with_a_microsoft_app_token(
        oauth_dovecot: Dovecot, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox = oauth_dovecot.new_user()
    client_id = identity.microsoft_app(mailbox, secret="app-secret-1")
    monkeypatch.setenv(SECRET_ENV, "app-secret-1")
    raw = mail("anna.berg@falun.se", "Anmälan", "Hej, jag vill anmäla mig till 3 maj.\n/Anna Berg")
    oauth_dovecot.deliver(mailbox, raw)
    inbox = ImapInbox(imap_microsoft(oauth_dovecot, identity, mailbox, client_id), FixedClock(local(2027, 2, 1, 9)),
                      5_000_000)
    recorder, stop = Recorder(), asyncio.Event()
    task = asyncio.create_task(inbox.run(recorder, stop))
    await until(lambda: len(recorder.seen) == 1, "the mail is handed over")
    stop.set()
    await asyncio.wait_for(task, 10)

    assert recorder.seen[0].external_key == mail_key(raw)
    [asked] = requests_of(identity, client_id)   # MSAL's client-credentials grant, for Exchange Online
    assert asked.form["grant_type"] == "client_credentials"
    assert asked.form["scope"] == MICROSOFT_SCOPE and asked.form["client_secret"] == "app-secret-1"
    assert asked.issued is not None and asked.issued in identity.introspected   # the token Dovecot checked
    log = (oauth_dovecot.dir / "dovecot.log").read_text()
    assert f"Login: user=<{mailbox}>, method=XOAUTH2" in log


async def test_a_microsoft_app_can_sign_with_a_certificate_instead_of_a_secret(
        oauth_dovecot: Dovecot, identity: IdentityProvider, trust: None, tmp_path: Path) -> None:
    mailbox = oauth_dovecot.new_user()
    app_cert = trustme.CA(key_type=trustme.KeyType.RSA).issue_cert("anmalan-app.example",
                                                                    key_type=trustme.KeyType.RSA)
    cert_pem = app_cert.cert_chain_pems[0].bytes()
    (tmp_path / "app.pem").write_bytes(app_cert.private_key_pem.bytes() + cert_pem)
    client_id = identity.microsoft_app(mailbox, certificate=cert_pem)
    der = ssl.PEM_cert_to_DER_cert(cert_pem.decode())
    channel = imap_microsoft(oauth_dovecot, identity, mailbox, client_id, certificate_path=tmp_path / "app.pem",
                             certificate_thumbprint=hashlib.sha1(der).hexdigest().upper())

    await asyncio.to_thread(login, channel, tokens_for(channel, Clock()))

    [asked] = requests_of(identity, client_id)
    assert "client_secret" not in asked.form   # a signed assertion (x5t = the thumbprint), checked by the provider
    assert asked.form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    assert asked.issued in identity.introspected


async def test_a_token_about_to_expire_is_replaced_and_the_new_one_used(
        oauth_dovecot: Dovecot, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox = oauth_dovecot.new_user()
    client_id, secret, refresh = identity.google_client(mailbox)
    monkeypatch.setenv(SECRET_ENV, secret)
    monkeypatch.setenv(REFRESH_ENV, refresh)
    channel, clock = imap_google(oauth_dovecot, identity, mailbox, client_id), Clock()
    tokens = tokens_for(channel, clock)

    await asyncio.to_thread(login, channel, tokens)
    clock.now += 3600 - 301   # 5 min + 1 s left: still used
    await asyncio.to_thread(login, channel, tokens)
    [first] = requests_of(identity, client_id)
    assert first.form == {"grant_type": "refresh_token", "refresh_token": refresh, "client_id": client_id,
                          "client_secret": secret, "scope": GOOGLE_SCOPE}
    assert identity.introspected.count(first.issued or "") == 2

    clock.now += 2            # 4 min 59 s left: replaced before it expires
    identity.revoke(first.issued or "")   # it would be refused now
    await asyncio.to_thread(login, channel, tokens)
    _, second = requests_of(identity, client_id)
    assert second.issued not in (None, first.issued) and second.issued in identity.introspected


async def test_a_token_the_server_refuses_is_logged_once_backed_off_and_replaced(
        oauth_dovecot: Dovecot, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    mailbox = oauth_dovecot.new_user()
    client_id = identity.microsoft_app(mailbox, secret="app-secret-2")
    monkeypatch.setenv(SECRET_ENV, "app-secret-2")
    channel, clock = imap_microsoft(oauth_dovecot, identity, mailbox, client_id), Clock()
    tokens = tokens_for(channel, clock)
    await asyncio.to_thread(login, channel, tokens)
    [first] = requests_of(identity, client_id)
    identity.revoke(first.issued or "")   # revoked while we still hold it

    caplog.set_level(logging.DEBUG, logger="anmalan.oauth")
    with pytest.raises(TokenError, match="refused the token: .*AUTHENTICATIONFAILED"):
        await asyncio.to_thread(login, channel, tokens)
    checked = len(identity.introspected)
    for _ in range(3):   # within the backoff: neither the provider nor the server is asked
        with pytest.raises(TokenError, match="next try in"):
            await asyncio.to_thread(login, channel, tokens)
    assert len(identity.introspected) == checked and len(requests_of(identity, client_id)) == 1
    [error] = oauth_errors(caplog)
    assert "the mail server refused the token" in error and "channels.imap.oauth2" in error

    clock.now += 1.5   # the backoff is over: a new token, accepted
    await asyncio.to_thread(login, channel, tokens)
    assert len(requests_of(identity, client_id)) == 2 and len(oauth_errors(caplog)) == 1
    assert any("logged in again" in r.getMessage() for r in caplog.records)


async def test_a_revoked_refresh_token_is_logged_once_and_retried_with_backoff_without_stopping_the_inbox(
        oauth_dovecot: Dovecot, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    mailbox = oauth_dovecot.new_user()
    client_id, secret, refresh = identity.google_client(mailbox)
    monkeypatch.setenv(SECRET_ENV, secret)
    monkeypatch.setenv(REFRESH_ENV, refresh)
    identity.revoke(refresh)   # the user withdrew the app's access
    raw = mail("anna.berg@falun.se", "Anmälan", "Hej, jag vill anmäla mig till 3 maj.\n/Anna Berg")
    oauth_dovecot.deliver(mailbox, raw)
    channel = imap_google(oauth_dovecot, identity, mailbox, client_id)
    tokens = channel_tokens(channel, "channels.imap", backoff_base=0.05)
    assert tokens is not None
    inbox = ImapInbox(channel, FixedClock(local(2027, 2, 1, 9)), 5_000_000,
                      connect=lambda: ImapConnection(channel, tokens, timeout=10), backoff_base=0.05)
    caplog.set_level(logging.DEBUG, logger="anmalan")
    recorder, stop = Recorder(), asyncio.Event()
    task = asyncio.create_task(inbox.run(recorder, stop))

    await asyncio.sleep(1.6)
    assert not task.done() and not recorder.seen
    asked = requests_of(identity, client_id)
    assert 3 <= len(asked) <= 8, f"{len(asked)} token requests in 1.6 s: no backoff"
    gaps = [b.at - a.at for a, b in itertools.pairwise(asked)]
    assert gaps[-1] > 2 * gaps[0]   # the pauses grow
    [error] = oauth_errors(caplog)
    assert "invalid_grant" in error and "Token has been expired or revoked" in error

    with identity.lock:   # access granted again
        identity.refresh_tokens[refresh] = mailbox
    await until(lambda: len(recorder.seen) == 1, "the inbox gets in again", timeout=15)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert recorder.seen[0].external_key == mail_key(raw)
    assert len(oauth_errors(caplog)) == 1


# -- SMTP ---------------------------------------------------------------------------------------------


@pytest.fixture
def oauth_smtp(test_ca: ServerCA, identity: IdentityProvider) -> Iterator[OAuthSmtpServer]:
    server = OAuthSmtpServer(tls_context=test_ca.server_context(), identity=identity)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def smtp_microsoft(server: OAuthSmtpServer, identity: IdentityProvider, client_id: str) -> SmtpChannel:
    return SmtpChannel(enabled=True, host="127.0.0.1", port=server.port, security="starttls",
                       user="anmalan@dalalab.example", from_address="anmalan@dalalab.example", timeout_seconds=5,
                       auth="oauth2-microsoft",
                       oauth2=OAuth2(tenant_id=TENANT, client_id=client_id, authority=identity.authority(TENANT)))


async def test_replies_go_out_over_smtp_with_auth_xoauth2(
        oauth_smtp: OAuthSmtpServer, identity: IdentityProvider, trust: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = identity.microsoft_app("anmalan@dalalab.example", secret="app-secret-3")
    monkeypatch.setenv(SECRET_ENV, "app-secret-3")
    sender = SmtpSender(smtp_microsoft(oauth_smtp, identity, client_id), FixedClock(local(2027, 2, 1, 9)))
    await sender.send(outbox_row(), None)
    await sender.close()

    [got] = oauth_smtp.wait_for(1)
    assert got.rcpt_tos == ("anna.berg@falun.se",)
    [asked] = requests_of(identity, client_id)
    assert oauth_smtp.xoauth2 == [f"user=anmalan@dalalab.example\x01auth=Bearer {asked.issued}\x01\x01".encode()]


async def test_an_smtp_refusal_is_logged_once_backed_off_and_the_reply_goes_when_access_is_back(
        oauth_smtp: OAuthSmtpServer, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    client_id = identity.microsoft_app("anmalan@dalalab.example", secret="app-secret-4")
    monkeypatch.setenv(SECRET_ENV, "app-secret-4")
    with identity.lock:   # the mailbox permission was never granted (or taken away)
        del identity.grants[client_id]
    channel, clock = smtp_microsoft(oauth_smtp, identity, client_id), Clock()
    tokens = tokens_for(channel, clock)
    sender = SmtpSender(channel, FixedClock(local(2027, 2, 1, 9)), tokens=tokens)
    caplog.set_level(logging.DEBUG, logger="anmalan")

    with pytest.raises(TemporaryFailure, match="535"):
        await sender.send(outbox_row(), None)
    for _ in range(3):   # the dispatcher's next rows: not even tried until the backoff is over
        with pytest.raises(TemporaryFailure, match="next try in"):
            await sender.send(outbox_row(), None)
    assert len(oauth_smtp.xoauth2) == 1 and not oauth_smtp.messages
    [error] = oauth_errors(caplog)
    assert "refused the token: 535" in error and "channels.smtp.oauth2" in error

    with identity.lock:
        identity.grants[client_id] = "anmalan@dalalab.example"
    clock.now += 1.5
    await sender.send(outbox_row(), None)
    await sender.close()
    assert len(oauth_smtp.wait_for(1)) == 1 and len(oauth_smtp.xoauth2) == 2
    assert len(requests_of(identity, client_id)) == 2 and len(oauth_errors(caplog)) == 1


async def test_a_refused_client_secret_is_logged_once_with_the_reason(
        oauth_smtp: OAuthSmtpServer, identity: IdentityProvider, trust: None, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    client_id = identity.microsoft_app("anmalan@dalalab.example", secret="app-secret-5")
    monkeypatch.setenv(SECRET_ENV, "expired-secret")
    channel, clock = smtp_microsoft(oauth_smtp, identity, client_id), Clock()
    tokens = tokens_for(channel, clock)
    sender = SmtpSender(channel, FixedClock(local(2027, 2, 1, 9)), tokens=tokens)
    caplog.set_level(logging.DEBUG, logger="anmalan")
    for step in range(4):
        with pytest.raises(TemporaryFailure, match="invalid_client"):
            await sender.send(outbox_row(), None)
        clock.now += 2 ** step + 0.1   # each try after its backoff
    await sender.close()
    [error] = oauth_errors(caplog)
    assert "the token endpoint refused: invalid_client: AADSTS7000215: Invalid client secret provided." in error
    assert "Trace ID" not in error and not oauth_smtp.xoauth2


# -- configuration ------------------------------------------------------------------------------------


def _with_imap(imap: dict[str, Any]) -> dict[str, Any]:
    data = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))
    data.setdefault("channels", {})["imap"] = {"enabled": True, "user": "anmalan@region.example", **imap}
    return data


@pytest.mark.parametrize(("imap", "reason"), [
    ({"auth": "oauth2-microsoft", "oauth2": {"client_id": "c"}},
     'channels.imap: oauth2.tenant_id is needed for auth = "oauth2-microsoft"'),
    ({"auth": "oauth2-google", "oauth2": {}}, 'channels.imap: oauth2.client_id is needed for auth = "oauth2-google"'),
    ({"auth": "oauth2-microsoft", "oauth2": {"client_id": "c", "tenant_id": "t", "certificate_path": "a.pem"}},
     'channels.imap: oauth2.certificate_thumbprint is needed for auth = "oauth2-microsoft"'),
    ({"auth": "oauth2-micosoft"}, "channels.imap.auth: Input should be"),
    ({"auth": "oauth2-google", "user": "", "oauth2": {"client_id": "c"}},
     'channels.imap: user (the mailbox address) is needed for auth = "oauth2-google"'),
])
def test_an_incomplete_oauth_setting_is_refused_with_the_key(imap: dict[str, Any], reason: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config(_with_imap(imap))
    assert reason in str(refused.value)


def test_a_missing_oauth_secret_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.setenv(REFRESH_ENV, "refresh")
    config = parse_config(_with_imap({"auth": "oauth2-google", "oauth2": {"client_id": "c"}}))
    with pytest.raises(ConfigError, match=f"channels.imap.oauth2.client_secret_env: environment variable "
                                          f"{SECRET_ENV} is not set"):
        config.channels.imap.check_secrets()
    monkeypatch.setenv(SECRET_ENV, "secret")
    config.channels.imap.check_secrets()
