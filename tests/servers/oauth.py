"""A stand-in identity provider on loopback: Microsoft's and Google's token endpoints (HTTPS, test CA) and
a token introspection endpoint (RFC 7662, plain HTTP) for Dovecot's ``oauth2`` passdb.

It issues opaque access tokens and knows which mailbox each one opens: a Microsoft app's token the
mailbox the app was granted (as ``Add-MailboxPermission`` does in Exchange, checked at each login), a
Google token the mailbox of the user who gave the refresh token. A token revoked, expired or never
issued is inactive. Every token request and every introspection is recorded.

Microsoft: ``https://127.0.0.1:<port>/<tenant>`` is the MSAL authority (OIDC discovery, then
``/<tenant>/oauth2/v2.0/token``). Google: ``https://127.0.0.1:<port>/google/token`` is the token URI.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from tests.servers.dovecot import free_port


@dataclass
class Issued:
    """An access token the provider gave out."""

    client_id: str
    mailbox: str | None = None   # Google: the user's mailbox; Microsoft: None (the app's grant decides)
    revoked: bool = False


@dataclass(frozen=True)
class TokenRequest:
    """One request to a token endpoint: when (monotonic), the form fields, and what was answered."""

    at: float
    form: dict[str, str]
    issued: str | None


@dataclass
class IdentityProvider:
    """The token endpoints and the introspection endpoint, with the state a test arranges."""

    tls: ssl.SSLContext
    expires_in: int = 3600
    clients: dict[str, str] = field(default_factory=dict)        # client id -> secret
    certificates: dict[str, bytes] = field(default_factory=dict)  # client id -> certificate (PEM)
    grants: dict[str, str] = field(default_factory=dict)         # Microsoft client id -> the mailbox it opens
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # Google refresh token -> the user's mailbox
    issued: dict[str, Issued] = field(default_factory=dict)
    requests: list[TokenRequest] = field(default_factory=list)
    introspected: list[str] = field(default_factory=list)        # tokens the mail server asked about
    lock: threading.Lock = field(default_factory=threading.Lock)
    token_port: int = field(default_factory=free_port)
    introspection_port: int = field(default_factory=free_port)
    _servers: list[ThreadingHTTPServer] = field(default_factory=list)

    # -- what a test arranges -------------------------------------------------------------------

    def microsoft_app(self, mailbox: str, secret: str | None = None, certificate: bytes | None = None) -> str:
        """Register an app (a client secret or a certificate) granted ``mailbox``; returns its client id."""
        client_id = f"app-{secrets.token_hex(6)}"
        with self.lock:
            if secret is not None:
                self.clients[client_id] = secret
            if certificate is not None:
                self.certificates[client_id] = certificate
            self.grants[client_id] = mailbox
        return client_id

    def google_client(self, mailbox: str) -> tuple[str, str, str]:
        """Register an OAuth client and a user's refresh token for ``mailbox``: (client id, secret, token)."""
        client_id, secret, refresh = f"goog-{secrets.token_hex(6)}", secrets.token_hex(12), secrets.token_hex(16)
        with self.lock:
            self.clients[client_id] = secret
            self.refresh_tokens[refresh] = mailbox
        return client_id, secret, refresh

    def revoke(self, token: str) -> None:
        """Revoke an access token or a refresh token."""
        with self.lock:
            if token in self.issued:
                self.issued[token].revoked = True
            self.refresh_tokens.pop(token, None)

    def opens(self, token: str) -> str | None:
        """The mailbox an access token opens now, or None (revoked, unknown, or the app's grant removed)."""
        with self.lock:
            issued = self.issued.get(token)
            if issued is None or issued.revoked:
                return None
            return issued.mailbox or self.grants.get(issued.client_id)

    def tokens_requested(self) -> list[TokenRequest]:
        """The token requests so far."""
        with self.lock:
            return list(self.requests)

    def authority(self, tenant: str) -> str:
        """The MSAL authority URL for a tenant."""
        return f"https://127.0.0.1:{self.token_port}/{tenant}"

    @property
    def google_token_uri(self) -> str:
        return f"https://127.0.0.1:{self.token_port}/google/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.introspection_port}/introspect"

    # -- the endpoints ------------------------------------------------------------------------------

    def start(self) -> None:
        """Listen on both ports (threads)."""
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider._answer(self, *provider._get(self.path))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                provider._answer(self, *provider._post(self.path, form))

            def log_message(self, format: str, *args: Any) -> None:   # quiet
                pass

        tokens = ThreadingHTTPServer(("127.0.0.1", self.token_port), Handler)
        tokens.socket = self.tls.wrap_socket(tokens.socket, server_side=True)
        introspection = ThreadingHTTPServer(("127.0.0.1", self.introspection_port), Handler)
        for server in (tokens, introspection):
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def _answer(self, handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _get(self, path: str) -> tuple[int, dict[str, Any]]:
        tenant, _, rest = path.strip("/").partition("/")
        if rest != "v2.0/.well-known/openid-configuration":
            return 404, {"error": "not_found"}
        base = self.authority(tenant)
        return 200, {"issuer": f"{base}/v2.0", "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                     "token_endpoint": f"{base}/oauth2/v2.0/token"}

    def _post(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if path == "/introspect":
            return 200, self._introspect(form.get("token", ""))
        if path == "/google/token":
            status, body = self._google(form)
        elif path.endswith("/oauth2/v2.0/token"):
            status, body = self._microsoft(form)
        else:
            return 404, {"error": "not_found"}
        with self.lock:
            self.requests.append(TokenRequest(time.monotonic(), form, body.get("access_token")))
        return status, body

    def _introspect(self, token: str) -> dict[str, Any]:
        with self.lock:
            self.introspected.append(token)
        mailbox = self.opens(token)
        return {"active": True, "email": mailbox} if mailbox else {"active": False}

    def _microsoft(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client_id = form.get("client_id", "")
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        if not self._client_authenticated(client_id, form):
            return 401, {"error": "invalid_client",
                         "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: x"}
        if form.get("scope") != "https://outlook.office365.com/.default":
            return 400, {"error": "invalid_scope", "error_description": f"AADSTS70011: bad scope {form.get('scope')}"}
        return 200, self._issue(Issued(client_id))

    def _client_authenticated(self, client_id: str, form: dict[str, str]) -> bool:
        with self.lock:
            secret, certificate = self.clients.get(client_id), self.certificates.get(client_id)
        if secret is not None and form.get("client_secret") == secret:
            return True
        assertion = form.get("client_assertion")
        if certificate is None or assertion is None:
            return False
        cert = x509.load_pem_x509_certificate(certificate)
        header = jwt.get_unverified_header(assertion)
        thumbprint = base64.urlsafe_b64encode(cert.fingerprint(hashes.SHA1())).rstrip(b"=").decode()
        if str(header.get("x5t", "")).rstrip("=") != thumbprint:
            return False
        try:   # signed with the certificate's key, for this client
            claims = jwt.decode(assertion, cert.public_key(), algorithms=["RS256", "PS256"],   # type: ignore[arg-type]
                                options={"verify_aud": False})
        except jwt.InvalidTokenError:
            return False
        return bool(claims.get("iss") == client_id == claims.get("sub"))

    def _google(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client_id = form.get("client_id", "")
        with self.lock:
            known = self.clients.get(client_id) == form.get("client_secret")
            mailbox = self.refresh_tokens.get(form.get("refresh_token", ""))
        if not known:
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        if form.get("grant_type") != "refresh_token" or mailbox is None:
            return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        body = self._issue(Issued(client_id, mailbox))
        return 200, {**body, "scope": "https://mail.google.com/"}

    def _issue(self, issued: Issued) -> dict[str, Any]:
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.issued[token] = issued
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
