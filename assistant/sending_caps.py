"""The caps on what the service sends, so that nobody can aim it at others (pure: counts in, a verdict out).

Every reply passes ``cap_hit`` on its way into the outbox (``assistant/outbox_gate.py``), given what
the outbox already holds (``Sent``; replies held back are not counted). For e-mail:

=====================  ==============================================  ====================================
kind                   caps                                            above them
=====================  ==============================================  ====================================
forward                ``max_forwards_per_hour`` (per organiser)       gathered into the hour's one digest
confirm-change         ``max_code_mails_per_address_per_day``, then    held back; the code is void and the
                       the caps of every reply                         sender is told it was not mailed
link-telegram          ``max_link_mails_per_address_per_day``, then    held back
                       the caps of every reply
any other reply        ``max_replies_per_address_per_day``             held back
every reply above      ``max_replies_per_hour`` (all addresses)        sent in a later hour: the dispatcher
                                                                       paces (``hour_budget``), none lost
summary, digest        none (organisers; once a day, once an hour)
=====================  ==============================================  ====================================

A held-back reply is stored, never sent, and counted in the organisers' summary. The hourly cap holds
nothing back: it only spreads a burst over the hours (a backlog after a weekend is all answered, a
flood cannot mail faster than the cap). Chat messages are not capped: a bot can only write to someone
who wrote to it. Days and hours are the event's local ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from assistant.config import Limits
from assistant.decision import Decision, Verdict
from assistant.outgoing import Reply

FORWARD = "forward"
DIGEST = "forward-digest"
CODE = "confirm-change"
LINK = "link-telegram"
#: Kinds no cap applies to: they go to the organisers, at most once a day or once an hour.
UNCAPPED = frozenset({"summary", DIGEST})
#: The reason a verdict gives instead of "a code was mailed" when the code mail was held back.
CODE_NOT_MAILED = "code-mail-limit"


class Cap(StrEnum):
    """A cap a reply can hit (stored with the held-back reply)."""

    REPLIES_PER_ADDRESS = "max_replies_per_address_per_day"
    FORWARDS_PER_HOUR = "max_forwards_per_hour"
    CODES_PER_ADDRESS = "max_code_mails_per_address_per_day"
    LINKS_PER_ADDRESS = "max_link_mails_per_address_per_day"


@dataclass(frozen=True)
class Sent:
    """What the outbox holds for a reply's caps: mails to its address today (all kinds counted against
    the daily reply cap), those of its own kind today, and forwards to this organiser this hour."""

    to_address_today: int
    of_kind_today: int
    this_hour: int


_PER_ADDRESS = {CODE: Cap.CODES_PER_ADDRESS, LINK: Cap.LINKS_PER_ADDRESS}


def capped(reply: Reply) -> bool:
    """Whether any cap applies to a reply."""
    return reply.channel == "email" and reply.kind not in UNCAPPED


def cap_hit(reply: Reply, sent: Sent, limits: Limits) -> Cap | None:
    """The cap ``reply`` would exceed, or None when it may go."""
    if not capped(reply):
        return None
    if reply.kind == FORWARD:
        return Cap.FORWARDS_PER_HOUR if sent.this_hour >= limits.max_forwards_per_hour else None
    own = _PER_ADDRESS.get(reply.kind)
    if own is not None and sent.of_kind_today >= getattr(limits, own.value):
        return own
    if sent.to_address_today >= limits.max_replies_per_address_per_day:
        return Cap.REPLIES_PER_ADDRESS
    return None


#: E-mail kinds the hourly pacing neither counts nor holds: mail to the organisers.
UNPACED = (*sorted(UNCAPPED), FORWARD)


def hour_budget(sent_this_hour: int, limits: Limits) -> int:
    """How many more paced replies the dispatcher may send in the current hour."""
    return max(0, limits.max_replies_per_hour - sent_this_hour)


def window(now: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The starts of ``now``'s hour and day in the event's time zone."""
    local = now.astimezone(tz)
    return local.replace(minute=0, second=0, microsecond=0), local.replace(hour=0, minute=0, second=0,
                                                                           microsecond=0)


def codes_not_mailed(decision: Decision, unmailed: list[tuple[Verdict, Cap]]) -> Decision:
    """The decision with each verdict whose code mail a cap held back saying so (and which cap)."""
    if not unmailed:
        return decision
    caps = {id(v): cap for v, cap in unmailed}
    return replace(decision, verdicts=tuple(
        replace(v, reason=CODE_NOT_MAILED, facts={**v.facts, "cap": caps[id(v)].value}) if id(v) in caps else v
        for v in decision.verdicts))
