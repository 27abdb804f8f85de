"""The embedded default mailbox: a local Maildir inbox, replies written as .eml files into a folder.

New mail is read from the inbox; after the service has committed, the message is moved
to the inbox's ``processed`` folder. Nothing is acknowledged before the commit.

Both keep their files under keys the database keeps, so that wiping a row (an erasure, the retention
job) can remove its file too (``forget``, called by the service after the commit): a processed mail
keeps its Maildir key (the inbound row's ``source_ref["maildir_key"]``), a reply is named by its
outbox id (``000042-confirmation.eml``).
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
import os
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from assistant.clock import Clock
from assistant.inbound import mail_key
from assistant.logs import masked
from assistant.ports import Outgoing
from assistant.service import Handled, Inbound
from handlers.email_compose import compose

log = logging.getLogger("anmalan.maildir")

PROCESSED = "processed"


def open_maildir(path: Path) -> mailbox.Maildir:
    """The Maildir at ``path``, created whole (tmp/new/cur) even when the folder itself already exists."""
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return mailbox.Maildir(str(path), create=False)


class MaildirInbox:
    """Reads new messages from a Maildir and moves each to ``processed`` after its commit."""

    def __init__(self, path: Path, clock: Clock, poll_seconds: float = 0.2) -> None:
        self.path = path
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.box = open_maildir(path)
        self.processed = self._processed_folder()
        self.last_contact: float | None = None   # time.monotonic() of the last read of the folder (metrics)

    def _processed_folder(self) -> mailbox.Maildir:
        try:
            return self.box.get_folder(PROCESSED)
        except mailbox.NoSuchMailboxError:
            return self.box.add_folder(PROCESSED)

    def pending(self) -> list[str]:
        """Keys of the messages waiting in the inbox, oldest first (Maildir keys begin with the delivery time)."""
        return sorted(self.box.iterkeys())  # iterkeys re-reads the folders: new files dropped by hand are seen

    def read(self, key: str) -> bytes | None:
        """A message's bytes, or None if it vanished."""
        try:
            return self.box.get_bytes(key)
        except KeyError:
            return None

    def acknowledge(self, key: str) -> None:
        """Move a committed message to the processed folder, under the same key."""
        for sub in ("new", "cur"):
            for name in os.listdir(self.path / sub):
                if name.split(":", 1)[0] == key:
                    info = name.partition(":")[2] or "2,"
                    os.replace(self.path / sub / name, self.path / f".{PROCESSED}" / "cur" / f"{key}:{info}")
                    return

    async def forget(self, sources: list[dict[str, Any]], outbox_ids: set[int]) -> int:
        """Delete the mail of these inbound sources (whose content was wiped): processed, or committed and not
        yet moved (the message whose erasure this is); returns how many."""
        keys = {str(s["maildir_key"]) for s in sources if s.get("maildir_key")}
        folders = [self.path / f".{PROCESSED}" / sub for sub in ("new", "cur")] + [self.path / "new", self.path / "cur"]
        return await asyncio.to_thread(_delete, folders, lambda name: name.split(":", 1)[0] in keys)

    async def poll_once(self, handle: Callable[[Inbound], Awaitable[Handled]]) -> int:
        """Process everything waiting; returns how many messages were handled."""
        count = 0
        for key in await asyncio.to_thread(self.pending):
            raw = await asyncio.to_thread(self.read, key)
            if raw is None:
                continue
            inbound = Inbound("email", mail_key(raw), raw, self.clock.now(), {"maildir_key": key})
            handled = await handle(inbound)
            await asyncio.to_thread(self.acknowledge, key)
            count += 1
            if handled.duplicate:
                log.info("message %s was processed before; moved without a second answer", inbound.external_key)
        return count

    async def run(self, handle: Callable[[Inbound], Awaitable[Handled]], stop: asyncio.Event) -> None:
        """Poll the Maildir until ``stop`` is set (the message in hand is finished first)."""
        log.info("watching Maildir %s", self.path)
        while not stop.is_set():
            try:
                await self.poll_once(handle)
                self.last_contact = time.monotonic()
            except Exception:
                log.exception("reading the Maildir failed")
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.poll_seconds)


class MaildirOutbox:
    """Sends e-mail replies by writing each as an .eml file into a folder (the demo's "SMTP")."""

    channel = "email"

    def __init__(self, path: Path, from_address: str, clock: Clock) -> None:
        self.path = path
        self.from_address = from_address
        self.clock = clock
        path.mkdir(parents=True, exist_ok=True)

    async def send(self, row: Outgoing, original: bytes | None) -> None:
        """Write the reply as ``<id>-<kind>.eml`` (atomically: a reader never sees half a file)."""
        now = self.clock.now()
        msg = compose(row, self.from_address, now, original)
        data = msg.as_bytes()
        name = f"{row.id:06d}-{row.kind}.eml"
        await asyncio.to_thread(_write_atomic, self.path / name, data)
        log.info("reply %s (%s) to %s written to %s", row.id, row.kind, masked(row.recipient), self.path / name)

    async def forget(self, sources: list[dict[str, Any]], outbox_ids: set[int]) -> int:
        """Delete the .eml files of these outbox rows (whose content was wiped); returns how many."""
        return await asyncio.to_thread(_delete, [self.path], lambda name: name.endswith(".eml") and
                                       name.split("-", 1)[0].isdigit() and int(name.split("-", 1)[0]) in outbox_ids)


def _delete(folders: list[Path], chosen: Callable[[str], bool]) -> int:
    """Delete the files in ``folders`` whose name is ``chosen``; returns how many."""
    gone = 0
    for folder in folders:
        for path in folder.glob("*") if folder.is_dir() else ():
            if chosen(path.name):
                path.unlink(missing_ok=True)
                gone += 1
    return gone


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)

