"""Prometheus metrics over HTTP (``[metrics] enabled = true``; off by default, on 127.0.0.1:9464).

- ``anmalan_messages_total{channel, state, intent}``: messages handled, by what became of them (``state``:
  processed, ignored, held, failed, or duplicate for one seen before; ``intent``: the request's, or none).
- ``anmalan_outbox_messages{state="pending"|"failed"}``: replies waiting to be sent, and given up on; read
  from the database at each scrape, in the service's event loop.
- ``anmalan_mailbox_seconds_since_contact{mailbox}``: seconds since the IMAP or Maildir inbox last talked
  to its mailbox (counted from the start until the first contact). With IMAP IDLE it normally stays
  below ``idle_timeout_seconds``; much more means the mailbox is out of reach.

The exporter is prometheus-client's own HTTP server, in a thread of its own; the service's loop only
answers the outbox query.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, Counter, start_http_server
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from assistant.config import Metrics as MetricsSettings
from assistant.inbound import Handled
from storage.models import OutboxMessage, OutboxState
from storage.unit_of_work import reading

if TYPE_CHECKING:
    from storage.database import Database

log = logging.getLogger("anmalan.metrics")

#: How long a scrape waits for the outbox counts before it leaves them out.
OUTBOX_QUERY_SECONDS = 5.0
_OUTBOX_STATES = (OutboxState.PENDING, OutboxState.FAILED)


class Mailbox(Protocol):
    """An inbox that notes when it last talked to its mailbox (``time.monotonic()``; None before the first time)."""

    last_contact: float | None


class ServiceMetrics:
    """The service's metrics: counted as messages are handled, the rest read at each scrape."""

    def __init__(self, db: Database, loop: asyncio.AbstractEventLoop, mailboxes: dict[str, Mailbox]) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter("anmalan_messages", "Messages handled, by channel and what became of them",
                                ["channel", "state", "intent"], registry=self.registry)
        self.mailboxes = mailboxes   # filled as the inboxes are wired
        self.registry.register(_Collected(self, db, loop))
        self.started = time.monotonic()
        self._server: WSGIServer | None = None

    def count(self, channel: str, handled: Handled) -> None:
        """Count one handled message."""
        state = "duplicate" if handled.duplicate else handled.state
        self.messages.labels(channel, state, handled.intent or "none").inc()

    def serve(self, settings: MetricsSettings) -> bool:
        """Start the HTTP exporter; False (logged) when the address cannot be listened on."""
        try:
            self._server, _ = start_http_server(settings.port, settings.address, registry=self.registry)
        except OSError as exc:
            log.error("metrics: cannot listen on %s:%d (%s); going on without metrics", settings.address,
                      settings.port, exc.strerror)
            return False
        log.info("metrics on http://%s:%d/metrics", settings.address, settings.port)
        return True

    async def close(self) -> None:
        """Stop the HTTP exporter."""
        if self._server is not None:
            await asyncio.to_thread(self._server.shutdown)
            self._server.server_close()
            self._server = None


class _Collected(Collector):
    """The gauges read when Prometheus scrapes (called in the exporter's thread)."""

    def __init__(self, metrics: ServiceMetrics, db: Database, loop: asyncio.AbstractEventLoop) -> None:
        self.metrics, self.db, self.loop = metrics, db, loop

    def collect(self) -> Iterator[Metric]:
        counts = self._outbox_counts()
        if counts is not None:
            outbox = GaugeMetricFamily("anmalan_outbox_messages", "Outbox replies by state (pending: waiting to "
                                       "be sent; failed: given up on)", labels=["state"])
            for state in _OUTBOX_STATES:
                outbox.add_metric([state.value], counts.get(state.value, 0))
            yield outbox
        contact = GaugeMetricFamily("anmalan_mailbox_seconds_since_contact", "Seconds since the inbox last talked "
                                    "to its mailbox (since the start until the first contact)", labels=["mailbox"])
        now = time.monotonic()
        for name, box in self.metrics.mailboxes.items():
            contact.add_metric([name], now - (box.last_contact or self.metrics.started))
        yield contact

    def _outbox_counts(self) -> dict[str, int] | None:
        try:
            return asyncio.run_coroutine_threadsafe(self._count(), self.loop).result(OUTBOX_QUERY_SECONDS)
        except Exception as exc:  # noqa: BLE001 - a scrape never fails for the database: the gauges are left out
            log.warning("metrics: the outbox could not be counted (%s)", type(exc).__name__)
            return None

    async def _count(self) -> dict[str, int]:
        query = (select(OutboxMessage.state, func.count()).where(OutboxMessage.state.in_(_OUTBOX_STATES))
                 .group_by(OutboxMessage.state))
        async with reading(self.db) as uow:
            return {state: n for state, n in (await uow.session.execute(query)).tuples()}
