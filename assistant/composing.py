"""What the service queues after a decision, as outbox replies: the answer to the sender, forwards to the
organisers, a promoted person's news, a registered address's confirmation request, a person's notice of
what someone else changed for them (no I/O).

Texts come from the templates (``assistant/replies.py``); this module picks recipients, subjects,
threading headers and calendar payloads.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from assistant.config import Config
from assistant.decision import Decision, Outcome, Verdict
from assistant.effects import AskConfirmation
from assistant.mail_headers import MailFacts
from assistant.outgoing import Reply
from assistant.parsing.names import plausible_name
from assistant.parsing.subject import strip_prefixes
from assistant.replies import Replies, and_join, said, short_date
from assistant.request import Intent, ParsedRequest, Role, Sender
from assistant.rules.base import Relay
from assistant.rules.unsure import UnsureReading, choices
from assistant.tokens import CONFIRM_PREFIX, VALID_FOR

#: The longest word a reply greets as a first name.
MAX_FIRST_NAME_CHARS = 30
_LETTERS = r"(?:[^\W\d_]|[\u0300-\u036f])+"      # any script, accents written apart (NFD) too
_FIRST_NAME = re.compile(rf"{_LETTERS}(?:['’-]{_LETTERS}){{0,2}}")
#: Message-ID prefix of answers that ask for missing facts: a reply to one answers our question.
CLARIFY_PREFIX = "clarify"
#: Message-ID prefix of forwards to the organisers: an organiser's reply to one is passed on to the asker.
FORWARD_PREFIX = "forward"


@dataclass(frozen=True)
class Incoming:
    """Who and what an answer is to: the channel, the address, the mail's threading facts."""

    channel: str
    reply_to: str | None
    facts: MailFacts | None
    inbound_id: int


def our_questions_answered(facts: MailFacts | None) -> tuple[str, ...]:
    """The Message-IDs of our questions for missing facts a mail says it replies to (In-Reply-To, References).

    Only a claim: it counts as an answer when the outbox holds such a question to the same address."""
    if facts is None:
        return ()
    return tuple(dict.fromkeys(mid for mid in (*facts.in_reply_to, *facts.references)
                               if mid.startswith(f"<{CLARIFY_PREFIX}.")))


class Composer:
    """Builds the replies for one configuration."""

    def __init__(self, config: Config, replies: Replies) -> None:
        self.config = config
        self.replies = replies

    def message_id(self, prefix: str) -> str:
        """A new Message-ID in the service's mail domain."""
        return f"<{prefix}.{uuid.uuid4().hex}@{self.config.channels.mail_domain}>"

    def to_sender(self, incoming: Incoming, request: ParsedRequest, decision: Decision, kind: str,
                  stopped_by: str | None = None, kept: frozenset[dt.date] = frozenset()) -> Reply | None:
        """The answer to the sender (None when there is no address to answer; ``kept``: the sessions the sender's
        calendar keeps, ``deciding.kept_for_sender``)."""
        if incoming.reply_to is None:
            return None
        text = self.replies.decision_text(request, decision, _first_name(request.sender.name), stopped_by, kept)
        if decision.missing:
            kind = "clarification"
        headers: dict[str, Any] = {}
        subject = None
        if incoming.channel == "email":
            # Other mail gets its Message-ID from the channel (stable across retries); an answer needs
            # ours, so that a reply to a question for missing facts is recognised as its answer.
            headers["Message-ID"] = self.message_id(CLARIFY_PREFIX if kind == "clarification" else "reply")
            if incoming.facts is not None:
                subject = incoming.facts.reply_subject()
                if incoming.facts.message_id:
                    headers["In-Reply-To"] = incoming.facts.message_id
                    headers["References"] = incoming.facts.reply_references()
        # The calendar file: confirmed sessions, and cancelled ones so that they leave the calendar
        # too (not after an erasure: nothing of the person is kept, not even in a reply's payload). Only
        # of those whose news goes to the sender (a colleague with an address gets a file of their own),
        # each session once; a cancelled session the sender's calendar keeps (hers, or another's she is told of)
        # leaves nothing.
        shown = (Outcome.CONFIRMED,) if request.intent is Intent.ERASURE else (Outcome.CONFIRMED, Outcome.CANCELLED)
        entries = _each_session_once(self.calendar([v for v in decision.verdicts
                                                    if v.outcome in shown and not v.facts.get("notify")
                                                    and not (v.outcome is Outcome.CANCELLED and v.session in kept)]))
        payload: dict[str, Any] = {"calendar": entries} if entries else {}
        if stopped_by == UnsureReading.name and incoming.channel != "email":
            payload["yes_no"] = request.language   # a chat offers "yes, right" / "no, change" buttons
            if picks := choices(request):
                payload["choices"] = list(picks)   # ... or, asked which session, one button for each
        return Reply(incoming.channel, kind, incoming.reply_to, subject, text,
                     self.replies.html(text, request.language), headers, payload)

    def forwards(self, incoming: Incoming, request: ParsedRequest | None, rule: str, answered: bool,
                 verdict: Verdict | None = None, decision: Decision | None = None) -> list[Reply]:
        """The message to every organiser for a human to handle, the original attached, in the event's language
        (``verdict``: the one the rule gave, when its text needs its facts; ``decision``: what the service did
        beside it). It says who wrote and what was understood and done, and carries ``Reply-To`` the person who
        asked, so that "Reply" answers them; a reply that reaches us instead is passed on (``relay``)."""
        lang = self.config.event.language
        sender = (request.sender.address if request else None) or (incoming.facts.sender if incoming.facts else None)
        name = request.sender.name if request and request.sender.name and plausible_name(request.sender.name) else None
        subject = incoming.facts.subject if incoming.facts else (request.subject if request else None)
        intent = request.intent.value if request else "–"
        text = self.replies.render("forward", lang, sender=sender or "?", name=name, subject=subject,
                                   organisation=self._organisation_of(request), intent=intent, rule=rule,
                                   reply_to=incoming.reply_to, channel=incoming.channel,
                                   decided=self.replies.reason(rule, lang, **said(verdict)), answered=answered,
                                   done=self._done(decision, lang), done_any=_done_any(decision),
                                   question=request.question if request else None)
        title = self.replies.subject("forward", lang, rule=rule, intent=intent, name=name or sender or "",
                                     subject=subject or "")[:300]
        asker = {"channel": incoming.channel, "to": incoming.reply_to, "name": name, "subject": subject,
                 "message_id": incoming.facts.message_id if incoming.facts else None}
        out = []
        for organiser in self.config.organisers.emails:
            headers: dict[str, Any] = {"Message-ID": self.message_id(FORWARD_PREFIX)}
            if incoming.channel == "email" and incoming.reply_to:
                headers["Reply-To"] = incoming.reply_to
            out.append(Reply("email", "forward", organiser, title, text, headers=headers,
                             payload={"attach_inbound": incoming.inbound_id, "asker": asker}))
        return out

    def relay(self, relay: Relay) -> Reply | None:
        """An organiser's answer to a forwarded message, to the person who asked, in the event's language and
        threaded to their message (None when there is nobody to tell: no address, or erased since)."""
        asked = relay.forwarded
        if asked.to is None:
            return None
        lang = self.config.event.language
        text = self.replies.render("relay", lang, words=relay.words)
        if asked.channel != "email":
            return Reply(asked.channel, "relay", asked.to, None, text)
        headers: dict[str, Any] = {"Message-ID": self.message_id("relay")}
        if asked.message_id:
            headers["In-Reply-To"] = headers["References"] = asked.message_id
        subject = self.replies.subject("relay", lang, subject=strip_prefixes(asked.subject or ""))
        return Reply("email", "relay", asked.to, subject, text, self.replies.html(text, lang), headers)

    def _organisation_of(self, request: ParsedRequest | None) -> str | None:
        """The sender's organisation: as their own signup names it, else by their address's domain."""
        if request is None or request.sender.channel != "email" or not request.sender.address:
            return None
        address = request.sender.address.casefold()
        named = next((p.organisation for p in request.people
                      if p.organisation and (p.email or "").casefold() == address), None)
        found = self.config.organisation_for_domain(address.rpartition("@")[2])
        return named or (found.name if found else None)

    def _done(self, decision: Decision | None, lang: str) -> list[str]:
        """What the service did with the request, one line per person (their name first when several)."""
        if decision is None:
            return []
        verdicts = [v for v in decision.verdicts if v.outcome is not Outcome.FORWARDED]
        people: dict[str, list[Verdict]] = {}
        for v in verdicts:
            people.setdefault(v.holder.ref, []).append(v)
        return [" ".join(self._lines(vs, lang)) if len(people) == 1
                else f"{vs[0].holder.name or vs[0].holder.email or '?'}: {' '.join(self._lines(vs, lang))}"
                for vs in people.values()]

    def promotions(self, decision: Decision) -> list[Reply]:
        """A message of their own to each person given a place from the waiting list."""
        lang = self.config.event.language
        out = []
        for v in decision.verdicts:
            if v.outcome is not Outcome.PROMOTED or v.session is None:
                continue
            session = self.replies.session_view(v.session, lang)
            text = self.replies.render("promotion", lang, name=v.holder.name or "", session=session)
            if v.holder.email:
                out.append(Reply("email", "promotion", v.holder.email, self.replies.subject("promotion", lang), text,
                                 self.replies.html(text, lang), payload={"calendar": self.calendar([v])}))
            elif v.holder.telegram_user_id:
                out.append(Reply("telegram", "promotion", str(v.holder.telegram_user_id), None, text))
        return out

    def confirmation_request(self, request: ParsedRequest, verdict: Verdict, token: str, to: str) -> Reply:
        """The question to a registered address whether the one action someone else asked for, for one
        person, may go ahead (the verdict's ``AskConfirmation`` says which)."""
        code = f"{CONFIRM_PREFIX}{token}"
        scope = next(e.request for e in verdict.effects if isinstance(e, AskConfirmation))
        lang = request.language
        joining = [p.name for p in scope.people if p.role is Role.JOINING and p.name]
        text = self.replies.render(
            "confirm_change", lang, name=verdict.holder.name or "", greeting=_first_name(verdict.holder.name),
            token=code, valid_days=VALID_FOR.days,
            yours=to.casefold() == (verdict.holder.email or "").casefold(), requested_by=_requester(request.sender),
            what=scope.change if scope.intent is Intent.CHANGE else scope.intent.value, diet=scope.diet,
            days=and_join((short_date(d, lang) for d in sorted(scope.sessions)), lang) if scope.sessions_named else "",
            substitute=joining[0] if joining else "")
        return Reply("email", "confirm-change", to, self.replies.subject("confirm_change", request.language, token=code),
                     text, self.replies.html(text, request.language))

    def notices(self, request: ParsedRequest, decision: Decision) -> list[Reply]:
        """One message to each person, at their own address, of what someone else changed for them (the
        verdicts ``decide`` marked with ``facts["notify"]``): what, who asked, a calendar file for the sessions."""
        lang = self.config.event.language
        told: dict[str, list[Verdict]] = {}
        for v in decision.verdicts:
            if v.facts.get("notify"):
                told.setdefault(str(v.facts["notify"]), []).append(v)
        out = []
        for to, verdicts in told.items():
            entries = self.calendar([v for v in verdicts if v.outcome in (Outcome.CONFIRMED, Outcome.CANCELLED)])
            # "… has registered you" when this signup gave them a place; else "… has changed your registration"
            registered = request.intent is Intent.REGISTER and any(v.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED)
                                                                   for v in verdicts)
            intent = Intent.REGISTER.value if registered else Intent.CHANGE.value
            text = self.replies.render("notice", lang, name=_first_name(verdicts[0].holder.name),
                                       requested_by=_requester(request.sender), lines=self._lines(verdicts, lang),
                                       calendar=bool(entries), intent=intent)
            subject = self.replies.subject("notice", lang, intent=intent)
            out.append(Reply("email", "notice", to, subject, text,
                             self.replies.html(text, lang), payload={"calendar": entries} if entries else {}))
        return out

    def _lines(self, verdicts: list[Verdict], lang: str) -> list[str]:
        """One line per verdict's text; the same news about several sessions in one line."""
        groups: list[tuple[Verdict, list[str]]] = []
        for v in verdicts:
            day = short_date(v.session, lang) if v.session else None
            last = groups[-1] if groups else None
            if (last is not None and day and last[1] and v.outcome is not Outcome.CONFIRMED
                    and (last[0].reason, last[0].outcome, last[0].facts) == (v.reason, v.outcome, v.facts)):
                last[1].append(day)
                continue
            groups.append((v, [day] if day else []))
        return [self.replies.reason(v.reason, lang, facts=v.facts, outcome=v.outcome.value,
                                    s={**self.replies.session_view(v.session, lang), "day": and_join(days, lang)}
                                    if v.session else {})
                for v, days in groups]

    def calendar(self, verdicts: list[Verdict]) -> list[dict[str, Any]]:
        """Calendar entries (the channel makes the ICS file) for sessions confirmed or cancelled."""
        out = []
        event = self.config.event
        for v in verdicts:
            session = event.session_on(v.session) if v.session else None
            if session is None:
                continue
            person_key = v.holder.email or v.holder.ref
            out.append({"session": session.date.isoformat(), "start": session.start.isoformat(),
                        "end": session.end.isoformat(), "timezone": event.timezone,
                        "place": session.place, "title": session.title, "event": event.name,
                        "person": v.holder.name, "uid_key": f"{person_key}|{session.id}",
                        "status": "CANCELLED" if v.outcome is Outcome.CANCELLED else "CONFIRMED"})
        return out


def _each_session_once(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries with one per session (the first): a calendar never shows a session twice."""
    first: dict[str, dict[str, Any]] = {}
    for entry in entries:
        first.setdefault(entry["session"], entry)
    return list(first.values())


def reply_kind(decision: Decision) -> str:
    """The outbox kind of the answer to a decision."""
    outcomes = {v.outcome for v in decision.verdicts}
    if Outcome.CONFIRMED in outcomes or Outcome.WAITLISTED in outcomes:
        return "confirmation"
    if Outcome.REJECTED in outcomes:
        return "rejection"
    if Outcome.CANCELLED in outcomes:
        return "cancellation"
    return "reply"


def _done_any(decision: Decision | None) -> bool:
    """Whether the decision changed anything (a verdict with effects)."""
    return decision is not None and any(v.effects for v in decision.verdicts)


def _requester(sender: Sender) -> str:
    """Who asked, for the person told: "Karin Chef (karin.chef@falun.se)" (a name only when plausible)."""
    name = sender.name if sender.name and plausible_name(sender.name) else None
    where = sender.address if sender.channel == "email" else "Telegram"
    return f"{name} ({where})" if name and where else name or where or "?"


def _first_name(name: str | None) -> str | None:
    """The first name to greet the sender by ("Sandberg, Erik" -> "Erik"); None ("Hej!") when ``name`` is not
    a plausible name (a formula, a link, an address, control characters) or its first word is no first name
    (``_FIRST_NAME``: letters, at most two hyphens or apostrophes, at most ``MAX_FIRST_NAME_CHARS``)."""
    if name is None or not plausible_name(name):
        return None
    last, comma, first = name.partition(",")
    words = (first if comma and first.strip() and "," not in first else last).split()
    word = words[0] if words else ""
    return word if len(word) <= MAX_FIRST_NAME_CHARS and _FIRST_NAME.fullmatch(word) else None
