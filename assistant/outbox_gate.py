"""The one way a reply enters the outbox: through the caps on what is sent (``assistant/sending_caps.py``).

The service queues every reply here, in its unit of work (never commits). A reply within its caps is
queued to be sent; one over a cap is stored held back (``capped``, with the cap's name) and never sent;
a forward over the hour's cap is stored ``gathered`` and goes out in that hour's digest: one mail per
organiser, due when the hour ends, rewritten with each forward gathered into it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from assistant.config import Config
from assistant.outgoing import Reply
from assistant.replies import Replies
from assistant.sending_caps import CODE, DIGEST, FORWARD, LINK, Cap, Sent, cap_hit, capped, window
from storage.models import OutboxState
from storage.outbox import NOT_COUNTED_KINDS

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork

log = logging.getLogger("anmalan.outbox")

#: Taken (PostgreSQL) while counting and adding, so that two instances never both take the last place.
CAPS_LOCK = "outbox:caps"


class OutboxGate:
    """Queues replies within the caps; holds back or gathers the rest."""

    def __init__(self, config: Config, replies: Replies) -> None:
        self.config = config
        self.replies = replies

    async def queue(self, uow: UnitOfWork, reply: Reply, inbound_id: int | None, now: dt.datetime,
                    today: dict[str, int] | None = None) -> Cap | None:
        """Put ``reply`` into the outbox; the cap that held it back (or gathered it), None when it goes.

        ``today``: replies already counted today by address in this unit of work (the service counted the
        sender's for the reply limit): not counted again, and kept up to date here."""
        if not capped(reply):
            await uow.outbox.add(reply, inbound_id, now)
            return None
        await uow.lock([CAPS_LOCK], self.config.database.lock_timeout_seconds)
        hour, day = window(now, self.config.event.tz)
        cap = cap_hit(reply, await self._sent(uow, reply, hour, day, today), self.config.limits)
        if cap is None:
            await uow.outbox.add(reply, inbound_id, now)
            if today is not None and reply.recipient.lower() in today and reply.kind not in NOT_COUNTED_KINDS:
                today[reply.recipient.lower()] += 1
            return None
        if reply.kind == FORWARD:
            await uow.outbox.add(reply, inbound_id, now, state=OutboxState.GATHERED, note=cap.value)
            await self._digest(uow, reply.recipient, hour, now)
        else:
            await uow.outbox.add(reply, inbound_id, now, state=OutboxState.CAPPED, note=cap.value)
            log.warning("a %s reply was held back: %s reached", reply.kind, cap.value)
        return cap

    async def _sent(self, uow: UnitOfWork, reply: Reply, hour: dt.datetime, day: dt.datetime,
                    today: dict[str, int] | None) -> Sent:
        outbox = uow.outbox
        if reply.kind == FORWARD:
            return Sent(0, 0, await outbox.count(hour, recipient=reply.recipient, kinds=(FORWARD,)))
        own = await outbox.count(day, recipient=reply.recipient, kinds=(reply.kind,)) if reply.kind in (CODE, LINK) else 0
        counted = (today or {}).get(reply.recipient.lower())
        return Sent(await outbox.replies_since(reply.recipient, day) if counted is None else counted, own, 0)

    async def _digest(self, uow: UnitOfWork, organiser: str, hour: dt.datetime, now: dt.datetime) -> None:
        """Write (or rewrite) the hour's digest to ``organiser`` with every forward gathered so far."""
        end = hour.astimezone(dt.UTC) + dt.timedelta(hours=1)
        lang = self.config.event.language
        tz = self.config.event.tz
        items: list[dict[str, Any]] = []
        for row, inbound in await uow.outbox.gathered(organiser, hour, end):
            at = inbound.received_at if inbound is not None else row.created_at
            items.append({"at": f"{at.astimezone(tz):%H.%M}", "sender": inbound.sender if inbound else None,
                          "subject": inbound.subject if inbound else row.subject,
                          "question": ((inbound.parse_result or {}).get("question") if inbound else None)})
        values = {"start": f"{hour:%H.%M}", "end": f"{end.astimezone(tz):%H.%M}"}
        text = self.replies.render("forward_digest", lang, items=items, limit=self.config.limits.max_forwards_per_hour,
                                   **values)
        subject = self.replies.subject("forward_digest", lang, count=len(items), **values)
        digest = await uow.outbox.waiting(DIGEST, organiser, hour)
        if digest is None:
            await uow.outbox.add(Reply("email", DIGEST, organiser, subject, text), None, now, due=end)
        else:
            digest.subject, digest.body_text = subject, text
        log.info("a forward was gathered into the digest due at %s (%d in it)", f"{end.astimezone(tz):%H.%M}",
                 len(items))
