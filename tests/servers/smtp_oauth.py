"""The capturing SMTP server with STARTTLS and only ``AUTH XOAUTH2``, checking tokens with the stand-in
identity provider as Exchange Online or Gmail do.

Each AUTH's initial response is recorded decoded (``user=…^Aauth=Bearer …^A^A``). A refused token gets
Gmail's answer: a 334 challenge with a base64 JSON error, then, after the client's empty line, 535.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult

from tests.servers.oauth import IdentityProvider
from tests.servers.smtp import SmtpServer, _Handler


class _XOAuth2Handler(_Handler):
    server: OAuthSmtpServer

    async def auth_XOAUTH2(self, smtp: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 2:
            try:
                response = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Can't decode base64")
        else:
            answer = await smtp.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            response = answer
        self.server.xoauth2.append(response)
        fields = dict(part.split("=", 1) for part in response.decode().split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        if user and self.server.identity.opens(token) == user:
            return AuthResult(success=True, auth_data=user)
        error = json.dumps({"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"})
        await smtp.challenge_auth(error)   # the client answers with an empty line
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


@dataclass
class OAuthSmtpServer(SmtpServer):
    """STARTTLS required, AUTH required, XOAUTH2 the only mechanism."""

    identity: IdentityProvider | None = None
    xoauth2: list[bytes] = field(default_factory=list)

    def start(self) -> None:
        assert self.tls_context is not None and self.identity is not None
        handler = _XOAuth2Handler(self)
        kwargs: dict[str, Any] = {"tls_context": self.tls_context, "require_starttls": True,
                                  "auth_required": True, "auth_exclude_mechanism": ["LOGIN", "PLAIN"]}
        self._controller = Controller(handler, hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
