"""The organisers' summary as outbox rows: read the report, queue it once per organiser and day.

``queue_summary`` works inside the caller's unit of work (``Service.queue_summary`` opens it and
commits): it claims a ``SummaryRun`` per recipient and day (unique: ``INSERT ... ON CONFLICT DO
NOTHING``) and writes the outbox rows in the same transaction, so a restart, a second instance or
``assistant summary --send`` never sends a day twice. It never commits.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.config import Config
from assistant.exporting import XLSX, to_csv, to_xlsx
from assistant.listing import Row
from assistant.outgoing import Reply
from assistant.summary.render import (
    one_line,
    render_html,
    render_quiet_html,
    render_telegram,
    render_text,
    subject,
)
from assistant.summary.report import Report, build_report
from assistant.summary.schedule import Recipient, recipients

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork

log = logging.getLogger("anmalan.summary")


@dataclass(frozen=True)
class Queued:
    """What ``queue_summary`` did."""

    day: dt.date
    queued: tuple[str, ...]       # recipient keys given an outbox row
    already: tuple[str, ...]      # recipient keys whose summary for the day was recorded before
    quiet: bool = False

    def __repr__(self) -> str:
        return f"Queued({self.day}, queued={list(self.queued)}, already={list(self.already)}, quiet={self.quiet})"


def attachment(filename: str, content_type: str, data: bytes) -> dict[str, str]:
    """An e-mail attachment as an outbox payload entry (plain JSON)."""
    return {"filename": filename, "content_type": content_type, "data_b64": base64.b64encode(data).decode()}


def summary_reply(config: Config, report: Report, rows: list[Row], recipient: Recipient) -> Reply:
    """The outbox row for one organiser: the full summary, or one line on a quiet day."""
    if recipient.channel == "telegram":
        return Reply("telegram", "summary", recipient.address, None, render_telegram(report))
    domain = config.channels.mail_domain
    headers = {"Message-ID": f"<summary.{report.day.isoformat()}.{uuid.uuid4().hex}@{domain}>"}
    if report.quiet:
        return Reply("email", "summary", recipient.address, subject(report), one_line(report),
                     render_quiet_html(report), headers)
    stem = f"deltagare-{report.day.isoformat()}"
    files = [attachment(f"{stem}.xlsx", XLSX, to_xlsx(rows, config)),
             attachment(f"{stem}.csv", "text/csv; charset=utf-8", to_csv(rows, config))]
    return Reply("email", "summary", recipient.address, subject(report), render_text(report),
                 render_html(report, config.templates_dir), headers, {"attachments": files})


async def preview(uow: UnitOfWork, config: Config, now: dt.datetime) -> Report:
    """The summary as it would be now (since the last one sent); records nothing."""
    facts = await uow.summary.facts(now, await uow.summary.last_sent_at())
    return build_report(config, facts)


async def queue_summary(uow: UnitOfWork, config: Config, now: dt.datetime, day: dt.date,
                        channels: set[str] | None = None, record: bool = True) -> Queued:
    """Queue ``day``'s summary for every organiser not yet given it, recorded in ``uow``'s transaction.

    ``record=False`` queues an extra copy for everyone without recording it (``--send --force``).
    On a quiet day with ``send_when_nothing_happened = false`` the day is recorded, nothing queued.
    """
    targets = recipients(config, channels)
    done = await uow.summary.recorded(day) if record else set()
    todo = [r for r in targets if r.key not in done]
    already = tuple(r.key for r in targets if r.key in done)
    if not todo:
        return Queued(day, (), already)
    facts = await uow.summary.facts(now, await uow.summary.last_sent_at())
    report = build_report(config, facts, day)
    rows = list(facts.rows)
    skip = report.quiet and not config.summary.send_when_nothing_happened
    queued = []
    for recipient in todo:
        if record and not await uow.summary.claim(recipient.key, day, now):
            already += (recipient.key,)     # another instance got there first
            continue
        if not skip:
            await uow.outbox.add(summary_reply(config, report, rows, recipient), None, now)
            queued.append(recipient.key)
    log.info("summary for %s: queued for %s%s", day, ", ".join(queued) or "nobody",
             " (quiet day)" if report.quiet else "")
    return Queued(day, tuple(queued), already, report.quiet)
