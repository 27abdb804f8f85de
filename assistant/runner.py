"""``assistant run``: the service with its channels and dispatcher, stopped cleanly by SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from assistant.clock import Clock, SystemClock
from assistant.config import Config
from assistant.dispatcher import Dispatcher
from assistant.ports import ChannelSender
from assistant.retention import RetentionJob
from assistant.runtime import tune_gc
from assistant.service import Handled, Inbound, Service
from assistant.summary.schedule import SummaryScheduler
from handlers.maildir import MaildirInbox, MaildirOutbox
from storage.database import open_database

if TYPE_CHECKING:
    from assistant.metrics import Mailbox, ServiceMetrics
    from handlers.telegram.bot import TelegramBot

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
    service = Service(config, db, clock)
    metrics: ServiceMetrics | None = None
    try:
        await service.prepare()
        tune_gc()
        senders: dict[str, ChannelSender] = {}
        tasks: list[asyncio.Task[None]] = []
        md = config.channels.maildir
        dispatcher: Dispatcher | None = None
        mailboxes: dict[str, Mailbox] = {}
        metrics = _metrics(config, service, mailboxes)

        async def handle(inbound: Inbound) -> Handled:
            handled = await service.handle(inbound)
            if metrics is not None:
                metrics.count(inbound.channel, handled)
            if dispatcher is not None:
                dispatcher.wake.set()
            return handled

        if md.enabled:
            senders["email"] = outbox = MaildirOutbox(md.outbox, md.address, clock)
            inbox = MaildirInbox(md.inbox, clock, md.poll_seconds)
            service.channel_files += [inbox, outbox]   # their files of wiped rows go too
            mailboxes["maildir"] = inbox
            tasks.append(asyncio.create_task(inbox.run(handle, stop), name="maildir"))
            log.info("Maildir inbox %s, replies written to %s", md.inbox, md.outbox)
        async def catch_up() -> None:
            # After each IMAP batch, send its replies before the next: in a backlog the dispatcher's
            # own loop would otherwise starve on SQLite's write lock behind the incoming mail.
            while dispatcher is not None and await dispatcher.run_once() > 0:
                pass

        _wire_email(config, clock, senders, tasks, handle, stop, catch_up, mailboxes)
        bot = _telegram_bot(config, service, clock, senders, lambda: dispatcher.wake.set() if dispatcher else None)
        dispatcher = Dispatcher(db, senders, clock, pacing=(config.limits, config.event.tz))
        tasks.append(asyncio.create_task(dispatcher.run(stop), name="dispatcher"))
        summary = SummaryScheduler(service, channels=set(senders), on_queued=dispatcher.wake.set)
        tasks.append(asyncio.create_task(summary.run(stop), name="summary"))
        tasks.append(asyncio.create_task(RetentionJob(service).run(stop), name="retention"))
        log.info("Anmälan is running for %r (database %s); stop with Ctrl-C", config.event.name,
                 config.database.shown)
        if bot is not None:
            await bot.start()
        await stop.wait()
        log.info("stopping: finishing the message in hand")
        if bot is not None:
            await bot.stop()
        await asyncio.gather(*tasks, return_exceptions=True)
        for sender in senders.values():
            close = getattr(sender, "close", None)
            if close is not None:
                await close()
    finally:
        if metrics is not None:
            await metrics.close()
        await service.close()
        await db.dispose()
        log.info("stopped")


def _wire_email(config: Config, clock: Clock, senders: dict[str, ChannelSender],
                tasks: list[asyncio.Task[None]], handle: Callable[[Inbound], Awaitable[Handled]],
                stop: asyncio.Event, after_batch: Callable[[], Awaitable[None]] | None = None,
                mailboxes: dict[str, Mailbox] | None = None) -> None:
    """IMAP in and SMTP out when configured (SMTP then replaces the Maildir outbox as the e-mail sender)."""
    imap, smtp = config.channels.imap, config.channels.smtp
    if smtp.enabled:
        from handlers.smtp_sender import SmtpSender
        smtp.check_secrets()   # a missing secret (password or OAuth) stops the start here, with the variable's name
        senders["email"] = SmtpSender(smtp, clock)
        log.info("replies sent by SMTP through %s:%s (%s)", smtp.host, smtp.port, smtp.security)
    if imap.enabled:
        from handlers.imap_inbox import ImapInbox
        imap.check_secrets()   # a missing secret (password or OAuth) stops the start here, with the variable's name
        inbox = ImapInbox(imap, clock, config.limits.max_message_bytes, after_batch=after_batch)
        tasks.append(asyncio.create_task(inbox.run(handle, stop), name="imap"))
        if mailboxes is not None:
            mailboxes["imap"] = inbox


def _metrics(config: Config, service: Service, mailboxes: dict[str, Mailbox]) -> ServiceMetrics | None:
    """The Prometheus exporter when ``[metrics]`` is enabled (None when off, or when its port cannot be had)."""
    if not config.metrics.enabled:
        return None
    from assistant.metrics import ServiceMetrics
    metrics = ServiceMetrics(service.db, asyncio.get_running_loop(), mailboxes)
    return metrics if metrics.serve(config.metrics) else None


def _telegram_bot(config: Config, service: Service, clock: Clock, senders: dict[str, ChannelSender],
                  wake: Callable[[], None]) -> TelegramBot | None:
    """The Telegram bot when enabled; its sender joins the dispatcher's (the token is read here)."""
    if not config.channels.telegram.enabled:
        return None
    from handlers.telegram.bot import TelegramBot
    bot = TelegramBot(config, service, clock, wake)
    senders["telegram"] = bot.sender
    return bot
