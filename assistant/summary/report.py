"""The organisers' daily summary as a report model, built from plain facts (pure: no I/O, no clock).

``build_report`` turns what storage read (``facts.SummaryFacts``) into a ``Report``: per session the
fill level, per organisation the quota used and by whom, what changed since the last summary, what
needs a human, the catering counts and the days left to the deadline. It keeps codes (a change's
``detail``, an item's ``code``); ``render`` has the words.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from assistant.config import Config
from assistant.labels import person_name
from assistant.summary.facts import NOT_ANSWERED, AttentionItem, HeldBack, HistoryEntry, Refusal, SummaryFacts

NEW, CANCELLED, CHANGED, PROMOTED = "new", "cancelled", "changed", "promoted"
CHANGE_KINDS = (NEW, CANCELLED, CHANGED, PROMOTED)
ATTENTION_KINDS = ("question", "not-understood", "pending-confirmation", "failed-reply", "held",
                   "failed-message")
_CHANGE_REASONS = {"changed-sessions", "substituted", "substitute"}
# A change line's detail, most telling first: the history reason codes, and what a change is by default.
DETAILS = ("erasure", "substituted", "substitute", "changed-diet", "changed-details")
CHANGED_SESSIONS = "changed-sessions"


@dataclass(frozen=True)
class SessionFill:
    """One session's places: how full it is."""

    date: dt.date
    place: str
    title: str
    capacity: int
    confirmed: int
    waitlisted: int

    @property
    def places_left(self) -> int:
        """Free places."""
        return max(0, self.capacity - self.confirmed)

    @property
    def percent(self) -> int:
        """How full, 0–100."""
        return min(100, round(100 * self.confirmed / self.capacity))


@dataclass(frozen=True)
class OrganisationUse:
    """Who of an organisation holds places (or waiting-list places), against its quota."""

    name: str
    quota: int | None
    people: tuple[str, ...]


@dataclass(frozen=True)
class ChangeLine:
    """One person's changes of one kind since the last summary."""

    kind: str                                   # new | cancelled | changed | promoted
    name: str
    organisation: str | None
    sessions: tuple[tuple[dt.date, str], ...]   # (session, status now or after the change)
    detail: str | None = None                   # a code of ``DETAILS`` or ``CHANGED_SESSIONS``
    diet: str | None = None                     # the new diet (detail ``changed-diet``)


@dataclass(frozen=True)
class Attention:
    """An item for a human (``facts.AttentionItem``, in local time); ``new`` when it arrived after the last summary."""

    kind: str
    at: dt.datetime
    who: str | None
    new: bool
    text: str | None = None
    code: str | None = None
    channel: str | None = None
    asked_by: str | None = None
    confirm_to: str | None = None


@dataclass(frozen=True)
class DietCount:
    """The special diets among the confirmed participants of one session."""

    date: dt.date
    counts: tuple[tuple[str, int], ...]
    without: int


@dataclass(frozen=True)
class RefusalLine:
    """The places one rule refused since the last summary: who, for which session (local facts, in order)."""

    reason: str                                      # organisation-quota | deadline-passed | session-full | ...
    people: tuple[tuple[str, dt.date | None], ...]   # (name or address, session)


@dataclass(frozen=True)
class Report:
    """The whole daily summary."""

    event: str
    day: dt.date
    generated_at: dt.datetime          # local time
    since: dt.datetime | None          # local time of the last summary; None: the first one
    deadline: dt.date
    days_left: int                     # negative: the deadline has passed
    sessions: tuple[SessionFill, ...]
    organisations: tuple[OrganisationUse, ...]
    nobody_from: tuple[str, ...]       # organisations with a quota and nobody registered
    changes: tuple[ChangeLine, ...]
    attention: tuple[Attention, ...]
    diets: tuple[DietCount, ...]
    held_back: tuple[HeldBack, ...] = ()   # what the caps on sending kept back since the last summary
    refusals: tuple[RefusalLine, ...] = ()   # places refused since the last summary, by rule

    @property
    def quiet(self) -> bool:
        """Nothing happened since the last summary (no change, no refusal, nothing new for a human, no cap hit;
        mail never answered on purpose alone does not make a summary worth sending)."""
        return (not self.changes and not any(a.new and a.kind != NOT_ANSWERED for a in self.attention) and not self.held_back
                and not self.refusals)

    @property
    def at_quota(self) -> tuple[OrganisationUse, ...]:
        """The organisations whose quota is used up: the next person from them is refused."""
        return tuple(o for o in self.organisations if o.quota is not None and len(o.people) >= o.quota)

    @property
    def registration_open(self) -> bool:
        """Whether registration is still open on the summary's day."""
        return self.days_left >= 0

    def changes_of(self, kind: str) -> tuple[ChangeLine, ...]:
        """The change lines of one kind."""
        return tuple(c for c in self.changes if c.kind == kind)

    def attention_of(self, kind: str) -> tuple[Attention, ...]:
        """The items for a human of one kind."""
        return tuple(a for a in self.attention if a.kind == kind)

    def __repr__(self) -> str:
        return (f"Report({self.day}, {sum(s.confirmed for s in self.sessions)} confirmed, "
                f"{len(self.changes)} changes, {len(self.attention)} for a human)")


def build_report(config: Config, facts: SummaryFacts, day: dt.date | None = None) -> Report:
    """The report for ``facts``; ``day`` defaults to the local date of ``facts.now``."""
    tz = config.event.tz
    now = facts.now.astimezone(tz)
    day = day or now.date()
    return Report(
        event=config.event.name, day=day, generated_at=now,
        since=facts.since.astimezone(tz) if facts.since else None,
        deadline=config.event.registration_deadline,
        days_left=(config.event.registration_deadline - day).days,
        sessions=_sessions(config, facts),
        organisations=_organisations(config, facts),
        nobody_from=_nobody_from(config, facts),
        changes=_changes(facts.history),
        attention=tuple(_attention(a, tz, facts.since) for a in sorted(facts.attention, key=_attention_order)),
        diets=_diets(config, facts),
        held_back=facts.held_back,
        refusals=_refusals(facts.refusals),
    )


#: The refusals' order in the summary: the rules people most often meet first.
REFUSAL_ORDER = ("organisation-quota", "deadline-passed", "session-full", "max-sessions-per-person")


def _refusals(refusals: tuple[Refusal, ...]) -> tuple[RefusalLine, ...]:
    by_reason: dict[str, list[tuple[str, dt.date | None]]] = {}
    for r in refusals:
        by_reason.setdefault(r.reason, []).append((person_name(r.who), r.session))
    order = {k: i for i, k in enumerate(REFUSAL_ORDER)}
    return tuple(RefusalLine(reason, tuple(people))
                 for reason, people in sorted(by_reason.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))


def _sessions(config: Config, facts: SummaryFacts) -> tuple[SessionFill, ...]:
    out = []
    for s in config.event.sessions:
        rows = [r for r in facts.rows if r.session == s.date and not r.orphan]
        out.append(SessionFill(s.date, s.place, s.title, s.capacity,
                               sum(1 for r in rows if r.status == "confirmed"),
                               sum(1 for r in rows if r.status == "waitlisted")))
    return tuple(out)


def _organisations(config: Config, facts: SummaryFacts) -> tuple[OrganisationUse, ...]:
    first: dict[str, dict[int, tuple[dt.datetime, str]]] = defaultdict(dict)
    for r in facts.rows:
        if r.organisation is None:
            continue
        seen = first[r.organisation].get(r.person_id)
        if seen is None or r.queued_at < seen[0]:
            first[r.organisation][r.person_id] = (r.queued_at, person_name(r.name))
    order = {o.name: i for i, o in enumerate(config.organisations)}
    names = sorted(first, key=lambda n: (order.get(n, len(order)), n))
    return tuple(OrganisationUse(n, config.quota_for(n),
                                 tuple(name for _, name in sorted(first[n].values()))) for n in names)


def _nobody_from(config: Config, facts: SummaryFacts) -> tuple[str, ...]:
    present = {r.organisation for r in facts.rows}
    return tuple(o.name for o in config.organisations
                 if config.quota_for(o.name) is not None and o.name not in present)


def classify(entry: HistoryEntry) -> str:
    """Whether a history entry is a new registration, a cancellation, a change or a promotion."""
    if entry.reason == "waitlist-promotion":
        return PROMOTED
    if entry.session is None or entry.reason in _CHANGE_REASONS or entry.intent == "change":
        return CHANGED
    if entry.to_status == "cancelled":
        return CANCELLED
    if entry.from_status == "waitlisted" and entry.to_status == "confirmed":
        return CHANGED
    return NEW


def _changes(history: tuple[HistoryEntry, ...]) -> tuple[ChangeLine, ...]:
    """One line per person and kind, sessions merged, in the order things happened."""
    grouped: dict[tuple[str, int], list[HistoryEntry]] = {}
    for entry in history:
        grouped.setdefault((classify(entry), entry.person_id), []).append(entry)
    lines = []
    for (kind, _), entries in grouped.items():
        last = entries[-1]
        sessions: dict[dt.date, str] = {}
        for e in entries:
            if e.session is not None:
                sessions[e.session] = e.to_status or ""
        detail = _detail(kind, entries)
        diet = next((e.diet for e in reversed(entries) if e.diet), None) if detail == "changed-diet" else None
        lines.append(ChangeLine(kind, person_name(last.name), last.organisation,
                                tuple(sorted(sessions.items())), detail, diet))
    order = {k: i for i, k in enumerate(CHANGE_KINDS)}
    return tuple(sorted(lines, key=lambda c: order[c.kind]))


def _detail(kind: str, entries: list[HistoryEntry]) -> str | None:
    reasons = {e.reason for e in entries}
    if "erasure" in reasons:
        return "erasure"
    if kind != CHANGED:
        return None
    return next((d for d in DETAILS if d in reasons), CHANGED_SESSIONS)


def _attention(item: AttentionItem, tz: dt.tzinfo, since: dt.datetime | None) -> Attention:
    return Attention(item.kind, item.at.astimezone(tz), item.who, since is None or item.at > since, item.text,
                     item.code, item.channel, item.asked_by, item.confirm_to)


def _attention_order(item: AttentionItem) -> tuple[int, dt.datetime]:
    return ATTENTION_KINDS.index(item.kind) if item.kind in ATTENTION_KINDS else 99, item.at


def _diets(config: Config, facts: SummaryFacts) -> tuple[DietCount, ...]:
    out = []
    for s in config.event.sessions:
        confirmed = [r for r in facts.rows if r.session == s.date and not r.orphan and r.status == "confirmed"]
        counts = Counter(_diet_key(r.diet) for r in confirmed if r.diet and r.diet.strip())
        without = sum(1 for r in confirmed if not (r.diet and r.diet.strip()))
        out.append(DietCount(s.date, tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), without))
    return tuple(out)


#: Words that follow a need without changing it ("glutenfri kost", "vegetarisk mat", "vegan diet").
_DIET_NOUNS = frozenset({"kost", "mat", "diet", "food", "meals"})


def _diet_key(diet: str) -> str:
    """One spelling per need: "Vegetarisk ", "vegetarisk" and "vegetarisk kost" are counted together."""
    words = diet.lower().split()
    while len(words) > 1 and words[-1] in _DIET_NOUNS:
        words.pop()
    return " ".join(words)
