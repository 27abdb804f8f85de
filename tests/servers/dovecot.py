"""A real Dovecot for the tests: IMAP (plain + STARTTLS), IMAPS and LMTP on free loopback ports.

Any user name logs in with the password ``secret`` (static passdb), and every user has a
Maildir of its own, so a test takes a fresh mailbox by inventing a fresh address. Mail is
delivered the way an MTA does it, over LMTP. Needs Debian's ``dovecot-imapd dovecot-lmtpd``.

The OAuth variant (``introspection_url`` given) has the ``oauth2`` passdb instead: XOAUTH2 and
OAUTHBEARER only, each token checked at that introspection endpoint (RFC 7662, POST), which must
answer ``{"active": true, "email": <the user>}`` for a token that opens the user's mailbox.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PASSWORD = "secret"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"Dovecot did not open port {port}")


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as Dovecot binds: TIME_WAIT is no obstacle
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


_CONFIG = """\
protocols = imap lmtp
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
listen = 127.0.0.1
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{dir}/mail/%u
first_valid_uid = 1
{users}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
  }}
}}
service anvil {{
  chroot =
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp}
  }}
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
"""

_STATIC_PASSDB = f"passdb {{\n  driver = static\n  args = password={PASSWORD}\n}}\n"

_OAUTH2_PASSDB = """passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/oauth2.conf.ext
}}
"""

_OAUTH2_ARGS = """introspection_mode = post
introspection_url = {url}
username_attribute = email
active_attribute = active
active_value = true
force_introspection = yes
"""


@dataclass
class Dovecot:
    """A running Dovecot in its own directory; ``deliver`` puts mail into a user's INBOX."""

    dir: Path
    ca_pem: Path
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    lmtp_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    introspection_url: str | None = None   # set: the OAuth variant (oauth2 passdb, no passwords)

    @property
    def conf(self) -> Path:
        return self.dir / "dovecot.conf"

    def write_config(self) -> None:
        """Write the config (users run as ``nobody`` under root, else as the current user)."""
        if os.geteuid() == 0:
            user = pwd.getpwnam("nobody")
            uid, gid, users = user.pw_uid, user.pw_gid, ""
            for sub in ("mail", "home"):
                (self.dir / sub).mkdir(exist_ok=True)
                os.chown(self.dir / sub, uid, gid)
        else:
            me = pwd.getpwuid(os.getuid()).pw_name
            uid, gid = os.getuid(), os.getgid()
            users = (f"default_login_user = {me}\ndefault_internal_user = {me}\n"
                     f"default_internal_group = {pwd.getpwuid(os.getuid()).pw_name}\n")
        text = _CONFIG.format(dir=self.dir, users=users, password=PASSWORD, uid=uid, gid=gid,
                              imap=self.imap_port, imaps=self.imaps_port, lmtp=self.lmtp_port)
        if self.introspection_url is not None:
            assert _STATIC_PASSDB in text
            text = text.replace("auth_mechanisms = plain login", "auth_mechanisms = xoauth2 oauthbearer").replace(
                _STATIC_PASSDB, _OAUTH2_PASSDB.format(dir=self.dir)).replace(
                "args = uid=", "args = allow_all_users=yes uid=")   # LMTP: no passdb to ask whether a user exists
            (self.dir / "oauth2.conf.ext").write_text(_OAUTH2_ARGS.format(url=self.introspection_url))
        self.conf.write_text(text)

    def start(self) -> None:
        """Start Dovecot in the foreground (as a child) and wait until IMAP and LMTP answer."""
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)   # its own process group: see stop()
        for port in (self.imap_port, self.imaps_port, self.lmtp_port):
            _wait_for_port(port)

    def stop(self) -> None:
        """Stop Dovecot, its client processes too (as a server restart does), and wait for free ports."""
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        try:
            # Logged-in imap processes outlive the master; they are in the group this fixture started.
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(
                _port_free(p) for p in (self.imap_port, self.imaps_port, self.lmtp_port)):
            time.sleep(0.05)

    def restart(self) -> None:
        """Stop and start again (every client connection is dropped)."""
        self.stop()
        self.start()

    def new_user(self) -> str:
        """A fresh mailbox address (any user name exists; the password is ``secret``)."""
        return f"anmalan-{uuid.uuid4().hex[:10]}@example.org"

    def deliver(self, user: str, raw: bytes, sender: str = "sender@example.org") -> None:
        """Deliver one message to ``user``'s INBOX over LMTP, as an MTA does."""
        with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
            lmtp.sendmail(sender, [user], raw)

    def deliver_many(self, user: str, messages: list[bytes], sender: str = "sender@example.org") -> None:
        """Deliver many messages over one LMTP connection."""
        with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
            for raw in messages:
                lmtp.sendmail(sender, [user], raw)


def start_dovecot(ca_pem: Path, cert_pem: bytes, key_pem: bytes, introspection_url: str | None = None) -> Dovecot:
    """Write a config into a new temp dir and start Dovecot there (``introspection_url``: the OAuth variant)."""
    if not Path(DOVECOT).exists():
        if os.environ.get("CI"):
            pytest.fail("Dovecot is required in CI (apt-get install dovecot-imapd dovecot-lmtpd)")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
    path = Path(tempfile.mkdtemp(prefix="anmalan-dovecot-"))
    path.chmod(0o755)
    (path / "cert.pem").write_bytes(cert_pem)
    (path / "key.pem").write_bytes(key_pem)
    (path / "key.pem").chmod(0o600)
    server = Dovecot(path, ca_pem, introspection_url=introspection_url)
    server.write_config()
    server.start()
    return server
