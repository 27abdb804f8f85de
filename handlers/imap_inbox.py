"""The registration mailbox over IMAP: fetch, hand to the service, and only after its commit mark and move.

The loop: connect → take every unprocessed message in bounded batches → wait (IDLE, re-issued
every ``idle_timeout_seconds``, or a pause without IDLE) → take every unprocessed message
again → ... Every wake-up and every reconnect fetches *all* unprocessed mail, so a message
that arrives between two waits is never missed. A message is acknowledged to the server
(flagged, moved) only after the service has committed it; a crash in between means it is
fetched again and found to be a duplicate (``mail_key``: the Message-ID, sender, subject and body):
answered once, never twice.

imap-tools is synchronous: each IMAP step runs in a worker thread (``asyncio.to_thread``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from assistant.clock import Clock, arrival
from assistant.config import ImapChannel
from assistant.inbound import mail_key
from assistant.service import Handled, Inbound
from handlers.imap_connection import Fetched, ImapConnection
from handlers.oauth_tokens import channel_tokens

log = logging.getLogger("anmalan.imap")

Handle = Callable[[Inbound], Awaitable[Handled]]
Connect = Callable[[], ImapConnection]


class ImapInbox:
    """Reads the configured IMAP folder and feeds the service, reconnecting with backoff."""

    def __init__(self, settings: ImapChannel, clock: Clock, max_message_bytes: int, *,
                 connect: Connect | None = None, backoff_base: float = 1.0, backoff_cap: float = 60.0,
                 poll_seconds: float = 30.0, after_batch: Callable[[], Awaitable[None]] | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.max_message_bytes = max_message_bytes
        tokens = channel_tokens(settings, "channels.imap")   # one cache across reconnects
        self.connect = connect or (lambda: ImapConnection(settings, tokens or settings.password()))
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.poll_seconds = poll_seconds   # the pause between searches when the server has no IDLE
        self.connected = asyncio.Event()   # set while a connection is up (tests and benchmarks wait on it)
        self.after_batch = after_batch     # e.g. let the dispatcher send a batch's replies before the next
        self.last_contact: float | None = None   # time.monotonic() of the last answered search (metrics)

    async def run(self, handle: Handle, stop: asyncio.Event) -> None:
        """Serve the mailbox until ``stop`` is set (the message in hand is finished first)."""
        halt = threading.Event()           # the worker thread's view of ``stop``
        relay = asyncio.create_task(_relay(stop, halt))
        failures = 0
        where = f"{self.settings.host}:{self.settings.port}/{self.settings.folder}"
        try:
            while not stop.is_set():
                conn: ImapConnection | None = None
                try:
                    conn = await asyncio.to_thread(self.connect)
                    if failures:
                        log.info("IMAP %s reachable again after %d failed attempt(s)", where, failures)
                    else:
                        log.info("IMAP %s connected (%s, IDLE %s, MOVE %s)", where, self.settings.security,
                                 "yes" if conn.has_idle else "no: polling", "yes" if conn.has_move else "no")
                    failures = 0
                    self.connected.set()
                    await self._serve(conn, handle, stop, halt)
                except Exception as exc:  # noqa: BLE001 - lost connection, timeout, refused login: back off, go on
                    failures += 1
                    delay = min(self.backoff_cap, self.backoff_base * 2 ** (failures - 1))
                    if failures == 1:
                        log.warning("IMAP %s: %s: %s; reconnecting with backoff (first try in %.0f s)",
                                    where, type(exc).__name__, exc, delay)
                    else:
                        log.debug("IMAP %s still failing (%d): %s; next try in %.0f s", where, failures, exc,
                                  delay)
                    await _sleep_unless(stop, delay)
                finally:
                    self.connected.clear()
                    if conn is not None:
                        await asyncio.to_thread(conn.close)
        finally:
            halt.set()
            relay.cancel()
        log.info("IMAP %s: stopped", where)

    async def _serve(self, conn: ImapConnection, handle: Handle, stop: asyncio.Event,
                     halt: threading.Event) -> None:
        skip: set[int] = set()
        while not stop.is_set():
            await self.drain(conn, handle, stop, skip)
            self.last_contact = time.monotonic()
            if stop.is_set():
                return
            await asyncio.to_thread(conn.wait, self.settings.idle_timeout_seconds, halt, self.poll_seconds)

    async def drain(self, conn: ImapConnection, handle: Handle, stop: asyncio.Event,
                    skip: set[int] | None = None) -> int:
        """Process every unprocessed message, ``batch_size`` at a time; returns how many were handled."""
        skip = set() if skip is None else skip
        total = 0
        batch = self.settings.batch_size
        while not stop.is_set():
            uids = [u for u in await asyncio.to_thread(conn.pending_uids, batch + len(skip)) if u not in skip]
            uids = uids[:batch]
            if not uids:
                return total
            fetched, tried = await asyncio.to_thread(conn.fetch, uids, self.max_message_bytes)
            missing = set(tried) - {f.uid for f in fetched}
            if missing:
                log.warning("IMAP: messages %s could not be fetched; skipped until the next reconnect",
                            sorted(missing))
                skip |= missing
            done: list[int] = []
            try:
                for item in fetched:
                    await handle(self._inbound(conn, item))
                    done.append(item.uid)   # committed: only now may the server hear of it
                    if stop.is_set():
                        break
            finally:
                if done:
                    await asyncio.to_thread(conn.acknowledge, done)
            total += len(done)
            if self.after_batch is not None:
                await self.after_batch()
        return total

    def _inbound(self, conn: ImapConnection, item: Fetched) -> Inbound:
        ref: dict[str, Any] = {"folder": self.settings.folder, "uidvalidity": conn.uidvalidity, "uid": item.uid,
                               "size": item.size}
        if item.truncated:
            ref["truncated"] = True
            log.warning("IMAP message uid %s is %d bytes (limit %d): stored in part and reported, not parsed",
                        item.uid, item.size, self.max_message_bytes)
        return Inbound("email", mail_key(item.raw), item.raw, arrival(self.clock, item.arrived), ref)


async def _relay(stop: asyncio.Event, halt: threading.Event) -> None:
    await stop.wait()
    halt.set()


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        pass
