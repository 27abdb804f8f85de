"""Outgoing e-mail over SMTP (aiosmtplib): the dispatcher's "email" sender when channels.smtp is enabled.

One connection is kept open and reused between replies (reconnected once, transparently, when
the server has dropped it). What the server answers decides what happens to the row: a 4xx or
a connection problem is a ``TemporaryFailure`` (the dispatcher retries with backoff), a 5xx for
the message or its recipient is a ``PermanentFailure`` carrying the server's answer. A refused
login or greeting is the configuration's fault, not the reply's: temporary, logged as an error.
With ``auth = "oauth2-…"`` the login is AUTH XOAUTH2 with a token from ``handlers/oauth_tokens.py``, which
logs a refused token once and backs off.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from email.message import Message

import aiosmtplib

from assistant.clock import Clock
from assistant.config import SmtpChannel
from assistant.ports import Outgoing, PermanentFailure, TemporaryFailure
from handlers.email_compose import compose
from handlers.oauth_tokens import AccessTokens, TokenError, channel_tokens

log = logging.getLogger("anmalan.smtp")

# Answers about the server or our account rather than about this message: never fail the reply for good.
_SERVER_LEVEL = (aiosmtplib.SMTPAuthenticationError, aiosmtplib.SMTPHeloError, aiosmtplib.SMTPConnectResponseError)


class SmtpSender:
    """Sends outbox rows of the "email" channel through the configured SMTP server."""

    channel = "email"

    def __init__(self, settings: SmtpChannel, clock: Clock, password: str | None = None,
                 tokens: AccessTokens | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self._tokens = tokens or channel_tokens(settings, "channels.smtp")   # an OAuth login (XOAUTH2)
        if password is None and self._tokens is None:
            password = settings.password()
        self._password = password
        self._smtp: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()

    async def send(self, row: Outgoing, original: bytes | None) -> None:
        """Send one row to its one recipient; raise TemporaryFailure / PermanentFailure if it did not go."""
        msg = compose(row, self.settings.from_address, self.clock.now(), original)
        async with self._lock:
            try:
                await self._deliver(msg, row.recipient)
            except TokenError as exc:   # logged once where the token is kept; retried with backoff
                await self._drop()
                raise TemporaryFailure(f"SMTP login: {exc}") from None
            except aiosmtplib.SMTPRecipientsRefused as exc:
                await self._drop()
                answers = [(r.code, r.message) for r in exc.recipients]
                code, text = answers[0] if answers else (451, str(exc))
                raise _failure(code, text, row) from None
            except _SERVER_LEVEL as exc:
                await self._drop()
                log.error("SMTP %s:%s refused us (%s %s): check channels.smtp", self.settings.host,
                          self.settings.port, exc.code, exc.message)
                raise TemporaryFailure(f"{exc.code} {exc.message}") from None
            except aiosmtplib.SMTPResponseException as exc:
                await self._drop()
                raise _failure(exc.code, exc.message, row) from None
            except aiosmtplib.SMTPNotSupported as exc:   # e.g. STARTTLS or AUTH configured, not offered
                await self._drop()
                log.error("SMTP %s:%s: %s: check channels.smtp", self.settings.host, self.settings.port, exc)
                raise TemporaryFailure(str(exc)) from None
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                await self._drop()
                raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from None
        log.info("reply %s (%s) to %s sent by SMTP", row.id, row.kind, row.recipient)

    async def close(self) -> None:
        """Say QUIT and close the connection (at shutdown)."""
        async with self._lock:
            if self._smtp is not None and self._smtp.is_connected:
                try:
                    await self._smtp.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    pass
            await self._drop()

    async def _deliver(self, msg: Message, recipient: str) -> None:
        reused = self._smtp is not None and self._smtp.is_connected
        try:
            smtp = await self._client()
            await smtp.send_message(msg, sender=self.settings.from_address, recipients=[recipient])
        except aiosmtplib.SMTPServerDisconnected:
            if not reused:
                raise
            await self._drop()   # the server closed an idle connection: one fresh try
            smtp = await self._client()
            await smtp.send_message(msg, sender=self.settings.from_address, recipients=[recipient])

    async def _client(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected:
            return self._smtp
        self._smtp = await connect(self.settings, self._tokens or self._password, self.settings.timeout_seconds)
        return self._smtp

    async def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            await _close(smtp)


async def connect(settings: SmtpChannel, login: str | AccessTokens | None, timeout: float) -> aiosmtplib.SMTP:
    """A connection as ``settings`` say: TLS or STARTTLS, then AUTH when a user is set (``login``: the password,
    or the tokens of an OAuth login, XOAUTH2). A step that fails closes it again."""
    context = ssl.create_default_context() if settings.security != "plain" else None
    smtp = aiosmtplib.SMTP(hostname=settings.host, port=settings.port, timeout=timeout,
                           use_tls=settings.security == "tls", start_tls=False, tls_context=context)
    try:   # step by step, so that a refused STARTTLS or login still leaves us the transport to close
        await smtp.connect()
        if settings.security == "starttls":
            await smtp.starttls(tls_context=context)
        if isinstance(login, AccessTokens):
            await _login_xoauth2(smtp, settings.user, login)
        elif settings.user:
            await smtp.login(settings.user, login or "")
    except BaseException:
        await _close(smtp)
        raise
    return smtp


async def _login_xoauth2(smtp: aiosmtplib.SMTP, user: str, tokens: AccessTokens) -> None:
    """AUTH XOAUTH2 with a token from ``tokens`` (fetched in a thread: it may ask the token endpoint);
    a refused token is a TokenError."""
    if smtp.is_ehlo_or_helo_needed:
        await smtp.ehlo()
    if "xoauth2" not in smtp.server_auth_methods:
        raise aiosmtplib.SMTPNotSupported("the server does not offer AUTH XOAUTH2")
    token = await asyncio.to_thread(tokens.get)
    try:
        await smtp.auth_xoauth2(user, token)
    except aiosmtplib.SMTPAuthenticationError as exc:
        if exc.code == 454:   # "temporary authentication failure": the server's trouble, not the token
            raise
        raise tokens.rejected(f"{exc.code} {exc.message}") from None
    tokens.accepted()


async def _close(smtp: aiosmtplib.SMTP) -> None:
    """Drop a connection at once (after an error nothing in its buffer is worth sending)."""
    transport = smtp.transport
    smtp.close()
    if isinstance(transport, asyncio.Transport):
        transport.abort()
    await asyncio.sleep(0)   # the transport's connection_lost runs now, not after the loop is gone


def _failure(code: int, text: str, row: Outgoing) -> Exception:
    answer = f"{code} {text}".strip()
    if code == 530:   # "STARTTLS first" / "authentication required": the configuration, not the reply
        log.error("SMTP server wants TLS or AUTH first (%s): check channels.smtp", answer)
        return TemporaryFailure(f"SMTP server deferred reply {row.id}: {answer}")
    if 500 <= code < 600:
        return PermanentFailure(f"SMTP server refused reply {row.id} to {row.recipient}: {answer}")
    return TemporaryFailure(f"SMTP server deferred reply {row.id}: {answer}")
