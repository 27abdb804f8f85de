"""``assistant run``: the service with its channels and dispatcher, stopped cleanly by SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import logging
import signal

from assistant.clock import Clock, SystemClock
from assistant.config import Config
from assistant.dispatcher import Dispatcher
from assistant.service import Handled, Inbound, Service
from handlers.delivery import ChannelSender
from handlers.maildir import MaildirInbox, MaildirOutbox
from storage.database import open_database

log = logging.getLogger("anmalan")


async def serve(config: Config, clock: Clock | None = None, stop: asyncio.Event | None = None) -> None:
    """Run until ``stop`` is set (or a signal arrives): finish the message in hand, then exit."""
    clock = clock or SystemClock()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    db = open_database(config.database.url)
    try:
        service = Service(config, db, clock)
        await service.prepare()
        senders: dict[str, ChannelSender] = {}
        tasks: list[asyncio.Task[None]] = []
        md = config.channels.maildir
        dispatcher: Dispatcher | None = None

        async def handle(inbound: Inbound) -> Handled:
            handled = await service.handle(inbound)
            if dispatcher is not None:
                dispatcher.wake.set()
            return handled

        if md.enabled:
            senders["email"] = MaildirOutbox(md.outbox, md.address, clock)
            inbox = MaildirInbox(md.inbox, clock, md.poll_seconds)
            tasks.append(asyncio.create_task(inbox.run(handle, stop), name="maildir"))
            log.info("Maildir inbox %s, replies written to %s", md.inbox, md.outbox)
        dispatcher = Dispatcher(db, senders, clock)
        tasks.append(asyncio.create_task(dispatcher.run(stop), name="dispatcher"))
        log.info("Anmälan is running for %r (database %s); stop with Ctrl-C", config.event.name,
                 config.database.url.split("@")[-1])
        await stop.wait()
        log.info("stopping: finishing the message in hand")
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await db.dispose()
        log.info("stopped")
