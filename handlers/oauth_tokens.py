"""OAuth 2.0 access tokens for the mailbox's XOAUTH2 login: fetched, cached, refreshed before they expire.

Microsoft 365: app-only client credentials with MSAL (a client secret or a certificate), scope
``https://outlook.office365.com/.default``. Gmail: a refresh token with google-auth, scope
``https://mail.google.com/``. Blocking (HTTP through requests): async callers use ``asyncio.to_thread``.

A failure (the token endpoint refuses, e.g. ``invalid_client`` or a revoked refresh token; it cannot be
reached; the mail server refuses the token) is logged once, when it first happens, and retried with
backoff: until the next try is due, ``get`` fails at once without asking anyone. The run of failures
ends when the mail server accepts a token again.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import google.auth.exceptions
import google.auth.transport.requests
import google.oauth2.credentials
import msal  # type: ignore[import-untyped]
import requests

from assistant.config import Auth, ConfigError, ImapChannel, OAuth2, SmtpChannel

log = logging.getLogger("anmalan.oauth")

MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/"
GOOGLE_SCOPE = "https://mail.google.com/"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
REFRESH_EARLY = 300.0   # seconds before its expiry a token is replaced
HTTP_TIMEOUT = 30.0     # seconds the token endpoint may take to answer


class TokenError(Exception):
    """No usable token now. ``kind`` names the failure (the OAuth error code, "server", "unreachable");
    ``refused``: someone said no (the token endpoint or the mail server), rather than did not answer."""

    def __init__(self, message: str, kind: str, refused: bool) -> None:
        super().__init__(message)
        self.kind = kind
        self.refused = refused


@dataclass(frozen=True)
class Token:
    """An access token and how many seconds it is valid from now."""

    value: str
    lifetime: float

    def __repr__(self) -> str:
        return f"Token(<{len(self.value)} chars>, {self.lifetime:.0f} s)"


Fetch = Callable[[], Token]


class AccessTokens:
    """One mailbox login's tokens: cached, replaced ``early`` seconds before expiry, failures backed off."""

    def __init__(self, fetch: Fetch, what: str, *, early: float = REFRESH_EARLY, backoff_base: float = 1.0,
                 backoff_cap: float = 300.0, now: Callable[[], float] = time.monotonic) -> None:
        self.fetch = fetch
        self.what = what              # e.g. "IMAP a@b.se (channels.imap.oauth2)", for the log
        self.early = early
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.now = now
        self._token: str | None = None
        self._good_until = 0.0
        self._failures = 0
        self._retry_at = 0.0
        self._last: TokenError | None = None
        self._logged: str | None = None   # the kind of failure already logged in this run of failures
        self._lock = threading.Lock()

    def get(self) -> str:
        """A token valid for at least ``early`` more seconds (TokenError when there is none now)."""
        with self._lock:
            now = self.now()
            if self._token is not None and now < self._good_until:
                return self._token
            if self._last is not None and now < self._retry_at:
                raise TokenError(f"{self._last} (next try in {self._retry_at - now:.0f} s)", self._last.kind,
                                 self._last.refused)
            try:
                token = self.fetch()
            except ConfigError as exc:   # a secret not in the environment (the start should have said so)
                error = TokenError(str(exc), "config", refused=True)
                self._failed(error)
                raise error from None
            except TokenError as exc:
                self._failed(exc)
                raise
            self._token, self._good_until = token.value, now + token.lifetime - self.early
            return token.value

    def rejected(self, answer: str) -> TokenError:
        """The mail server refused the token: drop it (the next try fetches a new one) and back off."""
        with self._lock:
            self._token = None
            error = TokenError(f"the mail server refused the token: {answer}", "server", refused=True)
            self._failed(error)
            return error

    def accepted(self) -> None:
        """The mail server accepted the token: a run of failures is over."""
        with self._lock:
            if self._failures:
                log.info("OAuth for %s: logged in again after %d failed attempt(s)", self.what, self._failures)
            self._failures, self._last, self._logged = 0, None, None

    def _failed(self, error: TokenError) -> None:
        self._failures += 1
        delay = min(self.backoff_cap, self.backoff_base * 2 ** (self._failures - 1))
        self._retry_at, self._last = self.now() + delay, error
        if error.kind == self._logged:
            log.debug("OAuth for %s still failing (%d): %s; next try in %.0f s", self.what, self._failures,
                      error, delay)
            return
        self._logged = error.kind
        log.log(logging.ERROR if error.refused else logging.WARNING,
                "OAuth for %s: %s; retrying with backoff (next try in %.0f s)", self.what, error, delay)


def xoauth2(user: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response, before its base64: ``user=…^Aauth=Bearer …^A^A``."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def channel_tokens(channel: ImapChannel | SmtpChannel, key: str, *, backoff_base: float = 1.0,
                   now: Callable[[], float] = time.monotonic) -> AccessTokens | None:
    """The tokens for a channel that logs in with OAuth (``key``: its config section), else None."""
    if channel.auth == "password":
        return None
    return AccessTokens(provider(channel.auth, channel.oauth2, f"{key}.oauth2"),
                        f"{key.rpartition('.')[2].upper()} {channel.user} ({key}.oauth2)",
                        backoff_base=backoff_base, now=now)


def provider(auth: Auth, settings: OAuth2, key: str) -> Fetch:
    """What fetches a new token for this kind of login (secrets are read when it runs)."""
    if auth == "oauth2-google":
        return _Google(settings, key)
    return _Microsoft(settings, key)


class _Microsoft:
    """Client credentials with MSAL: the app's own token, for the mailboxes Exchange lets it open."""

    def __init__(self, settings: OAuth2, key: str) -> None:
        self.settings = settings
        self.key = key
        self._app: msal.ConfidentialClientApplication | None = None

    def __call__(self) -> Token:
        try:
            app = self._app or self._build()
            self._app = app
            app.remove_tokens_for_client()   # the refresh is decided here, not by MSAL's own cache
            result = app.acquire_token_for_client(scopes=[MICROSOFT_SCOPE])
        except requests.RequestException as exc:
            raise TokenError(f"the token endpoint cannot be reached: {exc}", "unreachable", refused=False) from None
        except Exception as exc:  # noqa: BLE001 - MSAL lets its dependencies' errors through: no such tenant, a bad key
            raise TokenError(f"MSAL cannot ask for a token: {type(exc).__name__}: {exc}", "msal",
                             refused=True) from None
        if "access_token" in result:
            return Token(result["access_token"], float(result.get("expires_in", 3600)))
        code = str(result.get("error", "error"))
        text = str(result.get("error_description", "")).splitlines()[0] if result.get("error_description") else ""
        raise _refused(code, text, temporary=code in ("temporarily_unavailable", "server_error"))

    def _build(self) -> msal.ConfidentialClientApplication:
        s = self.settings
        credential: str | dict[str, str] = (
            {"private_key": s.private_key(self.key), "thumbprint": s.certificate_thumbprint}
            if s.certificate_path is not None else s.client_secret(self.key))
        return msal.ConfidentialClientApplication(
            s.client_id, client_credential=credential, authority=s.authority or MICROSOFT_AUTHORITY + s.tenant_id,
            instance_discovery=False,   # the authority is Microsoft's or the one configured: nothing to look up
            timeout=HTTP_TIMEOUT)


class _Google:
    """A refresh token with google-auth: a new access token for the user who granted the refresh token."""

    def __init__(self, settings: OAuth2, key: str) -> None:
        self.settings = settings
        self.key = key
        self._request = google.auth.transport.requests.Request()

    def __call__(self) -> Token:
        s = self.settings
        credentials = google.oauth2.credentials.Credentials(  # type: ignore[no-untyped-call]
            None, refresh_token=s.refresh_token(self.key), token_uri=s.token_uri or GOOGLE_TOKEN_URI,
            client_id=s.client_id, client_secret=s.client_secret(self.key), scopes=[GOOGLE_SCOPE])
        try:
            credentials.refresh(functools.partial(self._request, timeout=HTTP_TIMEOUT))  # type: ignore[no-untyped-call]
        except google.auth.exceptions.RefreshError as exc:
            data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
            code = str(data.get("error", "refused"))
            raise _refused(code, str(data.get("error_description", exc.args[0] if exc.args else "")),
                           temporary=bool(getattr(exc, "retryable", False))) from None
        except google.auth.exceptions.TransportError as exc:
            raise TokenError(f"the token endpoint cannot be reached: {exc}", "unreachable", refused=False) from None
        expiry = credentials.expiry
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)   # google-auth's expiry is naive UTC
        lifetime = (expiry - now).total_seconds() if expiry is not None else 3600.0
        return Token(str(credentials.token), lifetime)


def _refused(code: str, text: str, temporary: bool) -> TokenError:
    """The token endpoint's OAuth error (RFC 6749 5.2) as a TokenError."""
    message = f"{code}: {text}" if text and not text.startswith(code) else (text or code)
    if temporary:
        return TokenError(f"the token endpoint failed: {message}", code, refused=False)
    return TokenError(f"the token endpoint refused: {message}", code, refused=True)
