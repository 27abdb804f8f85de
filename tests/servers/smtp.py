"""A capturing SMTP server for the tests (aiosmtpd): plain, or STARTTLS + AUTH with a trustme CA.

Every accepted message lands in ``messages``; ``refuse`` makes the server answer RCPT with a
chosen code (4xx: try later, 5xx: never); ``stop``/``start`` take it down and bring it back
on the same port.
"""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers.dovecot import free_port

USER = "anmalan@example.org"
PASSWORD = "smtp-secret"


@dataclass(frozen=True)
class Captured:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message, parsed."""
        msg = BytesParser(policy=policy.default).parsebytes(self.data)
        assert isinstance(msg, EmailMessage)
        return msg


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, smtp: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        refusal = self.server.refusal
        if refusal is not None:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        with self.server.lock:
            self.server.messages.append(Captured(str(envelope.mail_from), tuple(envelope.rcpt_tos), data))
        return "250 Message accepted"


@dataclass
class SmtpServer:
    """An aiosmtpd Controller on a fixed loopback port that can be stopped and started again."""

    tls_context: ssl.SSLContext | None = None
    port: int = field(default_factory=free_port)
    messages: list[Captured] = field(default_factory=list)
    refusal: str | None = None
    logins: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _controller: Controller | None = None

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                      auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
              and auth_data.password.decode() == PASSWORD)
        if ok:
            self.logins.append(USER)
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)   # handled=True would hang the client

    def start(self) -> None:
        """Listen (again) on ``port``."""
        kwargs: dict[str, Any] = {}
        if self.tls_context is not None:
            kwargs = {"tls_context": self.tls_context, "require_starttls": True, "auth_required": True,
                      "authenticator": self._authenticate}
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()

    def stop(self) -> None:
        """Stop listening (connections are refused until ``start``)."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Captured]:
        """Wait until ``count`` messages have arrived; return them (fails the test on timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.02)
        with self.lock:
            got = len(self.messages)
        raise AssertionError(f"expected {count} messages, got {got} within {timeout} s")

    def to(self, address: str) -> list[EmailMessage]:
        """The messages sent to one address, parsed."""
        with self.lock:
            return [m.message for m in self.messages if address.lower() in (r.lower() for r in m.rcpt_tos)]
