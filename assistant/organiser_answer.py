"""What an organiser's action did (or why it did nothing), told to the organiser in the event's language: the
answer to her mail (``rules/organiser_instruction.py``) and the bot's answer to her command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.decision import Verdict
from assistant.replies import Replies

if TYPE_CHECKING:
    from assistant.organiser_acting import Acted


def acted_text(replies: Replies, lang: str, acted: Acted | None = None, error: str | None = None,
               preview: bool = False) -> str:
    """What ``acted`` did (``preview``: a dry run's, what it would do), one line per verdict with the person's
    name; or ``error``, why nothing was done."""
    if acted is None:
        return replies.render("organiser_acted", lang, error=error, lines=[], told=[], done=False,
                              overridable=False, preview=False)
    decision = acted.decision
    lines = [_line(replies, lang, v) for v in decision.verdicts]
    if decision.reason:
        lines.append(decision.reason)
    return replies.render("organiser_acted", lang, error=None, lines=lines, done=acted.done, preview=preview,
                          told=list(dict.fromkeys(to for to, _ in acted.told)), overridable=acted.overridable)


def _line(replies: Replies, lang: str, v: Verdict) -> str:
    """One verdict's text, after the person's name (a refused place: ``outcome`` "rejected")."""
    text = replies.reason(v.reason, lang, facts=v.facts, outcome=v.outcome.value,
                          s=replies.session_view(v.session, lang) if v.session else {})
    return f"{v.holder.name or v.holder.email or '?'}: {text}"
