"""What the service queues after a decision, as outbox replies: the answer to the sender, forwards to the
organisers, a promoted person's news, a registered address's confirmation request (no I/O).

Texts come from the templates (``assistant/replies.py``); this module picks recipients, subjects,
threading headers and calendar payloads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from assistant.config import Config
from assistant.decision import Decision, Outcome, Verdict
from assistant.mail_headers import MailFacts
from assistant.outgoing import Reply
from assistant.parsing.names import plausible_name
from assistant.replies import Replies
from assistant.request import Intent, ParsedRequest
from assistant.tokens import CONFIRM_PREFIX

#: Message-ID prefix of answers that ask for missing facts: a reply to one answers our question.
CLARIFY_PREFIX = "clarify"


@dataclass(frozen=True)
class Incoming:
    """Who and what an answer is to: the channel, the address, the mail's threading facts."""

    channel: str
    reply_to: str | None
    facts: MailFacts | None
    inbound_id: int



def answers_our_question(facts: MailFacts | None) -> bool:
    """Whether a mail replies to one of our questions for missing facts."""
    return bool(facts and any(mid.startswith(f"<{CLARIFY_PREFIX}.") for mid in facts.in_reply_to))


class Composer:
    """Builds the replies for one configuration."""

    def __init__(self, config: Config, replies: Replies) -> None:
        self.config = config
        self.replies = replies

    def message_id(self, prefix: str) -> str:
        """A new Message-ID in the service's mail domain."""
        return f"<{prefix}.{uuid.uuid4().hex}@{self.config.channels.mail_domain}>"

    def to_sender(self, incoming: Incoming, request: ParsedRequest, decision: Decision, kind: str,
                  stopped_by: str | None = None) -> Reply | None:
        """The answer to the sender (None when there is no address to answer)."""
        if incoming.reply_to is None:
            return None
        text = self.replies.decision_text(request, decision, _first_name(request.sender.name), stopped_by)
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
        # too (not after an erasure: nothing of the person is kept, not even in a reply's payload).
        shown = (Outcome.CONFIRMED,) if request.intent is Intent.ERASURE else (Outcome.CONFIRMED, Outcome.CANCELLED)
        entries = self.calendar([v for v in decision.verdicts if v.outcome in shown])
        payload: dict[str, Any] = {"calendar": entries} if entries else {}
        return Reply(incoming.channel, kind, incoming.reply_to, subject, text,
                     self.replies.html(text, request.language), headers, payload)

    def forwards(self, incoming: Incoming, request: ParsedRequest | None, rule: str, answered: bool) -> list[Reply]:
        """The message to every organiser for a human to handle, the original attached."""
        lang = self.config.event.language
        sender = (request.sender.address if request else None) or (incoming.facts.sender if incoming.facts else None)
        subject = incoming.facts.subject if incoming.facts else None
        text = self.replies.render("forward", lang, sender=sender or "?", subject=subject,
                                   intent=request.intent.value if request else "–",
                                   decided=self.replies.reason(rule, lang), answered=answered,
                                   question=request.question if request else None)
        title = self.replies.subject("forward", lang, rule=rule, subject=subject or sender or "")[:300]
        return [Reply("email", "forward", organiser, title, text,
                      payload={"attach_inbound": incoming.inbound_id})
                for organiser in self.config.organisers.emails]

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
        """The question to a registered address whether a change someone else asked for may go ahead."""
        code = f"{CONFIRM_PREFIX}{token}"
        text = self.replies.render("confirm_change", request.language, name=verdict.holder.name or "",
                                   requested_by=request.sender.address or request.sender.name or "?",
                                   intent=request.intent.value, token=code)
        return Reply("email", "confirm-change", to, self.replies.subject("confirm_change", request.language, token=code),
                     text, self.replies.html(text, request.language))

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
                        "person": v.holder.name, "uid_key": f"{person_key}|{session.date.isoformat()}",
                        "status": "CANCELLED" if v.outcome is Outcome.CANCELLED else "CONFIRMED"})
        return out


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


def _first_name(name: str | None) -> str | None:
    """The first name to greet the sender by ("Sandberg, Erik" -> "Erik"); None ("Hej!") when ``name`` is not
    a plausible name (a formula, a link, an address, control characters)."""
    if name is None or not plausible_name(name):
        return None
    last, comma, first = name.partition(",")
    words = (first if comma and first.strip() and "," not in first else last).split()
    return words[0] if words else None
