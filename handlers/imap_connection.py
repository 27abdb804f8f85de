"""One IMAP connection to the registration mailbox (imap-tools, synchronous: run it in a worker thread).

It knows the few commands the inbox needs: find the unprocessed mail, fetch a bounded batch
without marking it seen, mark and move messages after the database commit, and wait for new
mail with IDLE (or a plain pause when the server has no IDLE). Every method blocks; the
inbox calls them through ``asyncio.to_thread`` so the event loop stays free. The login is the password,
or AUTHENTICATE XOAUTH2 with a token from ``handlers/oauth_tokens.py`` (``auth = "oauth2-…"``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import re
import select
import ssl
import threading
import time
from dataclasses import dataclass

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.utils import encode_folder

from assistant.config import ImapChannel
from handlers.oauth_tokens import AccessTokens, xoauth2

log = logging.getLogger("anmalan.imap")

PROCESSED_KEYWORD = "$AnmalanProcessed"
SOCKET_TIMEOUT = 60.0
FETCH_BUDGET = 16 * 1024 * 1024   # bytes of message bodies held at once, whatever the batch size
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')


class ConnectionLost(Exception):
    """The server closed the connection or said BYE."""


@dataclass(frozen=True)
class Fetched:
    """One message fetched from the mailbox (``truncated``: only its first bytes, it is over the limit)."""

    uid: int
    raw: bytes
    size: int
    truncated: bool = False
    arrived: dt.datetime | None = None   # the server's INTERNALDATE: when the message reached the mailbox

    def __repr__(self) -> str:
        return f"Fetched(uid={self.uid}, {self.size} bytes{', truncated' if self.truncated else ''})"


class ImapConnection:
    """A logged-in connection with the configured folder selected."""

    def __init__(self, settings: ImapChannel, login: str | AccessTokens, timeout: float = SOCKET_TIMEOUT) -> None:
        """Connect and log in: ``login`` is the password, or the tokens of an OAuth login (XOAUTH2)."""
        self.settings = settings
        self.box = open_mailbox(settings, timeout)
        try:
            self._start(login)
        except BaseException:
            self.box.client.shutdown()   # a refused login must not leave the socket open
            raise

    def _start(self, login: str | AccessTokens) -> None:
        settings = self.settings
        log_in(self.box, settings.user, login)
        client = self.box.client
        # imaplib keeps the capabilities it saw before login; servers announce more (MOVE) after it.
        typ, data = client.capability()
        if typ == "OK" and data and data[-1]:
            client.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())
        self.capabilities = set(client.capabilities)
        if settings.processed_folder and not self.box.folder.exists(settings.processed_folder):
            self.box.folder.create(settings.processed_folder)
        typ, _ = client.select(_quote(settings.folder))
        if typ != "OK":
            raise imaplib.IMAP4.error(f"cannot select folder {settings.folder!r}")
        raw_validity = client.untagged_responses.get("UIDVALIDITY", [b"0"])[-1]
        self.uidvalidity = int(raw_validity if isinstance(raw_validity, bytes) else raw_validity[0])
        self._move_marked()

    @property
    def has_idle(self) -> bool:
        """Whether the server supports IDLE."""
        return "IDLE" in self.capabilities

    @property
    def has_move(self) -> bool:
        """Whether the server supports MOVE (RFC 6851)."""
        return "MOVE" in self.capabilities

    @property
    def _moves(self) -> bool:
        """Whether processed mail goes to a folder of its own."""
        return bool(self.settings.processed_folder) and self.settings.processed_folder != self.settings.folder

    def pending_uids(self, limit: int) -> list[int]:
        """UIDs of up to ``limit`` messages not yet processed, oldest first."""
        self._refresh()
        typ, data = self.box.client.uid("SEARCH", "UNKEYWORD", PROCESSED_KEYWORD, "UNDELETED")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID SEARCH failed: {data!r}")
        uids = sorted(int(u) for u in (data[0] or b"").split())
        return uids[:limit]

    def fetch(self, uids: list[int], max_bytes: int,
              budget: int = FETCH_BUDGET) -> tuple[list[Fetched], list[int]]:
        """Fetch messages without marking them seen: as many of ``uids`` (from the first) as fit ``budget``
        bytes, at least one; a message over ``max_bytes`` only in part. Returns (fetched, uids tried)."""
        if not uids:
            return [], []
        sizes, arrived = self._sizes(uids)
        tried: list[int] = []
        total = 0
        for uid in uids:
            cost = min(sizes.get(uid, 0), max_bytes + 1)
            if tried and total + cost > budget:
                break   # the rest come with the next batch: memory is bounded by bytes, not only by count
            tried.append(uid)
            total += cost
        small = [u for u in tried if sizes.get(u, 0) <= max_bytes]
        big = [u for u in tried if sizes.get(u, 0) > max_bytes]
        out: dict[int, Fetched] = {}
        if small:
            for uid, raw in self._bodies(small, "BODY.PEEK[]"):
                out[uid] = Fetched(uid, raw, sizes.get(uid, len(raw)), arrived=arrived.get(uid))
        for uid in big:   # only the first bytes: it is stored and reported, never parsed
            for got, raw in self._bodies([uid], f"BODY.PEEK[]<0.{max_bytes + 1}>"):
                out[got] = Fetched(got, raw, sizes[got], truncated=True, arrived=arrived.get(got))
        return [out[u] for u in tried if u in out], tried

    def acknowledge(self, uids: list[int]) -> None:
        """Mark committed messages processed and seen, then move them to the processed folder."""
        if not uids:
            return
        client = self.box.client
        uid_set = ",".join(str(u) for u in uids)
        typ, data = client.uid("STORE", uid_set, "+FLAGS.SILENT", f"(\\Seen {PROCESSED_KEYWORD})")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID STORE failed: {data!r}")
        self._move(uid_set)

    def _move_marked(self) -> None:
        """Move messages marked processed but still here: an acknowledgement cut short between its
        STORE and its MOVE (the service died, the connection dropped) is finished at the next connect."""
        if not self._moves:
            return
        typ, data = self.box.client.uid("SEARCH", "KEYWORD", PROCESSED_KEYWORD, "UNDELETED")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID SEARCH failed: {data!r}")
        uids = (data[0] or b"").split()
        if uids:
            log.info("IMAP: moving %d message(s) processed before but not yet moved", len(uids))
            self._move(b",".join(uids).decode("ascii"))

    def _move(self, uid_set: str) -> None:
        """Move messages to the processed folder (real MOVE, else COPY + delete our own)."""
        if not self._moves:
            return
        client = self.box.client
        target = self.settings.processed_folder
        if self.has_move:
            typ, data = client.uid("MOVE", uid_set, _quote(target))
            if typ != "OK":
                raise imaplib.IMAP4.error(f"UID MOVE failed: {data!r}")
            return
        typ, data = client.uid("COPY", uid_set, _quote(target))
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID COPY failed: {data!r}")
        client.uid("STORE", uid_set, "+FLAGS.SILENT", "(\\Deleted)")
        if "UIDPLUS" in self.capabilities:
            client.uid("EXPUNGE", uid_set)   # only ours, never someone else's \Deleted mail
        else:
            client.expunge()

    def wait(self, timeout: float, stop: threading.Event, poll_seconds: float) -> bool:
        """Wait up to ``timeout`` s for new mail (IDLE, or a pause without it); True if some arrived."""
        if not self.has_idle:
            stop.wait(min(timeout, poll_seconds))
            return False
        idle = self.box.idle
        idle.start()  # type: ignore[no-untyped-call]
        arrived = False
        try:
            deadline = time.monotonic() + timeout
            while not stop.is_set() and not arrived:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                for line in self._idle_lines(min(remaining, 0.25)):
                    if line.startswith(b"* BYE"):
                        raise ConnectionLost(line.decode("ascii", "replace"))
                    if line.endswith((b"EXISTS", b"RECENT")):
                        arrived = True
        finally:
            idle.stop()  # type: ignore[no-untyped-call]
        return arrived

    def close(self) -> None:
        """Log out (quietly: the connection may already be gone) and close the socket in any case."""
        client = self.box.client
        try:
            client.logout()   # imaplib skips its shutdown() when LOGOUT fails on a dead connection
        except (imaplib.IMAP4.error, OSError, ValueError):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                client.shutdown()

    # -- internals -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        """NOOP, then drop stale untagged FETCH lines so they cannot mix into the next fetch."""
        typ, data = self.box.client.noop()
        if typ != "OK":
            raise ConnectionLost(f"NOOP failed: {data!r}")
        self.box.client.untagged_responses.pop("FETCH", None)

    def _sizes(self, uids: list[int]) -> tuple[dict[int, int], dict[int, dt.datetime]]:
        """Each message's size, and when it reached the mailbox (INTERNALDATE), by UID."""
        self.box.client.untagged_responses.pop("FETCH", None)
        typ, data = self.box.client.uid("FETCH", ",".join(map(str, uids)), "(UID RFC822.SIZE INTERNALDATE)")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID FETCH failed: {data!r}")
        sizes: dict[int, int] = {}
        arrived: dict[int, dt.datetime] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid, size, date = _UID.search(line), _SIZE.search(line), _INTERNALDATE.search(line)
            if uid and size:
                sizes[int(uid.group(1))] = int(size.group(1))
            if uid and date:
                with contextlib.suppress(ValueError):   # a server's odd date: the arrival is then unknown
                    arrived[int(uid.group(1))] = dt.datetime.strptime(date.group(1).decode("ascii").strip(),
                                                                       "%d-%b-%Y %H:%M:%S %z")
        return sizes, arrived

    def _bodies(self, uids: list[int], part: str) -> list[tuple[int, bytes]]:
        wanted = set(uids)
        self.box.client.untagged_responses.pop("FETCH", None)
        typ, data = self.box.client.uid("FETCH", ",".join(map(str, uids)), f"(UID {part})")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID FETCH failed: {data!r}")
        out: list[tuple[int, bytes]] = []
        for i, item in enumerate(data):
            if not isinstance(item, tuple):
                continue
            meta = item[0]
            tail = data[i + 1] if i + 1 < len(data) else None
            if isinstance(tail, bytes):
                meta += tail   # the UID may come after the literal: "... BODY[] {n}" <bytes> " UID 7)"
            match = _UID.search(meta)
            if match is None or int(match.group(1)) not in wanted:
                continue   # an unsolicited FETCH, or one without UID: never guess whose body it is
            out.append((int(match.group(1)), item[1]))
        return out

    def _idle_lines(self, timeout: float) -> list[bytes]:
        """Lines the server sent during IDLE within ``timeout`` (buffered ones first)."""
        client = self.box.client
        sock = client.sock
        if not _buffered(client):
            readable, _, _ = select.select([sock], [], [], timeout)
            if not readable:
                return []
            if not _buffered(client):
                raise ConnectionLost("the server closed the connection")
        lines = []
        while _buffered(client):
            try:
                lines.append(client._get_line())
            except imaplib.IMAP4.abort as exc:
                raise ConnectionLost(str(exc)) from None
        return lines


def _buffered(client: imaplib.IMAP4) -> bool:
    """Whether bytes from the server are waiting (in imaplib's buffer, TLS's buffer or the socket)."""
    sock = client.sock
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    old = sock.gettimeout()
    sock.settimeout(0)
    try:
        return bool(client.file.peek(1))  # type: ignore[union-attr]   # a BufferedReader
    except (TimeoutError, ssl.SSLWantReadError, BlockingIOError):
        return False
    finally:
        sock.settimeout(old)


def log_in(box: BaseMailBox, user: str, login: str | AccessTokens) -> None:
    """LOGIN with the password ``login``, or AUTHENTICATE XOAUTH2 with a token from ``login``'s tokens: a refused
    token is a TokenError (the server's JSON challenge is answered with an empty line, as the mechanism wants)."""
    if isinstance(login, str):
        box.login(user, login, initial_folder=None)
        return
    client, tokens = box.client, login
    answers = iter([xoauth2(user, tokens.get())])
    try:
        client.authenticate("XOAUTH2", lambda _challenge: next(answers, b""))
    except imaplib.IMAP4.error as exc:
        if isinstance(exc, imaplib.IMAP4.abort) or str(exc).startswith("[UNAVAILABLE]"):
            raise   # the connection or the server's own checks failed, not the token
        raise tokens.rejected(str(exc)) from None
    tokens.accepted()


def open_mailbox(settings: ImapChannel, timeout: float) -> BaseMailBox:
    """A connection to the mailbox, not yet logged in (TLS, STARTTLS or plain, as ``settings`` say)."""
    if settings.security == "tls":
        return MailBox(settings.host, settings.port, timeout=timeout, ssl_context=ssl.create_default_context())
    if settings.security == "starttls":
        return MailBoxStartTls(settings.host, settings.port, timeout=timeout,
                               ssl_context=ssl.create_default_context())
    return MailBoxUnencrypted(settings.host, settings.port, timeout=timeout)


def _quote(folder: str) -> str:
    """A folder name as IMAP wants it: modified UTF-7 ("Bearbetade/Anmälan"), quoted."""
    return encode_folder(folder).decode("ascii")
