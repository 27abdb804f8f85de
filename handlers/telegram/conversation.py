"""The signup conversation: when a name, an organisation or the sessions are missing, the bot asks.

Each question offers inline buttons (organisations, sessions, "my name is …") and takes free
text too; [Avbryt] or /avbryt ends it with nothing registered. The state and the answers so far
(a ``Draft``) are stored in the database in the same transaction as the update that changed
them, so a restart in the middle loses nothing. When nothing is missing any more, the draft
becomes a ParsedRequest for ``Service.submit`` — the same rules, transaction and outbox as e-mail.

    /anmal ─────────────┐        free text missing facts ──┐   (a step is skipped when known)
                        ▼                                   ▼
                    ASK_NAME ──name──▶ ASK_ORGANISATION ──organisation──▶ ASK_SESSIONS
                        ▲                                                   │ Klar / Alla / dates
    stored draft unreadable ("we start over")                               ▼
                                                              submit() ──▶ END (reply via outbox)
    any state ──[Avbryt] or /avbryt──▶ END (nothing registered)

A step takes the turn and the draft and returns the conversation's change: ``SaveConversation``
(the next state with the draft), ``KEEP`` or ``END``; ``continue_conversation`` hands it to the
turn's commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from enum import StrEnum

from assistant.chat import END, KEEP, ConversationChange, SaveConversation
from assistant.config import Config
from assistant.parsing.names import clean_name
from assistant.replies import short_date
from assistant.request import ParsedRequest
from handlers.telegram.callback_data import Keyboard, Kind, button
from handlers.telegram.draft import Draft, Fact, UnreadableDraft
from handlers.telegram.texts import say
from handlers.telegram.turn import Turn

log = logging.getLogger("anmalan.telegram")


class State(StrEnum):
    """Where a conversation stands (stored in ``conversations.state``): the question it waits on."""

    ASK_NAME = "ask_name"
    ASK_ORGANISATION = "ask_organisation"
    ASK_SESSIONS = "ask_sessions"


_ASKS: dict[Fact, State] = {"name": State.ASK_NAME, "organisation": State.ASK_ORGANISATION,
                            "sessions": State.ASK_SESSIONS}
_STOP_WORDS = ("/avbryt", "/stop")

Step = Callable[[Turn, Draft], Awaitable[ConversationChange]]


# -- entry points --------------------------------------------------------------------------------

async def start_signup(turn: Turn) -> None:
    """Begin a signup from /anmal: ask name, organisation and sessions in turn."""
    await _store(turn, await _ask_next(turn, Draft(lang=turn.lang)))


async def start_from_text(turn: Turn, request: ParsedRequest, missing: list[str]) -> None:
    """Begin a conversation for a free-text signup that lacks ``missing`` facts (the rest is kept)."""
    draft = Draft.of_request(request, missing).pointing_at(_quota_organisations_in(turn.config, turn.text))
    turn.lang = draft.lang
    await _store(turn, await _ask_next(turn, draft))


async def on_button(turn: Turn) -> None:
    """Take a press on a conversation button: the current step's, or a notice when none is under way."""
    if await turn.load() is None:
        turn.toast = say(turn.lang, "nothing_to_cancel")
        await turn.commit(intent="stale-button")
    else:
        await continue_conversation(turn)


async def on_stop(turn: Turn) -> None:
    """End the conversation under way (/avbryt), or say that there is none."""
    if await turn.load() is None:
        turn.say(say(turn.lang, "nothing_to_cancel"))
        await turn.commit(intent="command")
    else:
        await continue_conversation(turn)


# -- one callback per step -----------------------------------------------------------------------

async def on_name(turn: Turn, draft: Draft) -> ConversationChange:
    """Take the participant's name, typed or from the profile button (one that is no name is asked for again)."""
    name = clean_name(turn.profile_name if _pressed(turn) == ("name",) else turn.text)
    if name is None or len(name.split()) < 2:        # a command, a formula, a link, control characters ...
        turn.say(say(turn.lang, "ask_name_again"), _name_buttons(turn))
        return _waiting(State.ASK_NAME, draft)
    _answered(turn, say(turn.lang, "ask_name"), name)
    return await _ask_next(turn, draft.with_name(name))


async def on_organisation(turn: Turn, draft: Draft) -> ConversationChange:
    """Take the organisation: a button, a name typed in any usual form, or "none of these"."""
    chosen: str | None
    match _pressed(turn):
        case ("org", "none") if draft.pointed:   # the quota is not escaped by "none of these"
            turn.say(say(turn.lang, "ask_organisation_pointed", organisations=", ".join(draft.pointed)),
                     _organisation_buttons(turn, offer_none=False))
            return _waiting(State.ASK_ORGANISATION, draft)
        case ("org", "none"):
            chosen, label = None, say(turn.lang, "button_no_organisation")
        case ("org", index) if index.isdigit():
            organisations = turn.config.organisations
            chosen = organisations[int(index)].name if int(index) < len(organisations) else None
            label = chosen or "?"
        case _:
            chosen = _organisation_in(turn.config, turn.text or "")
            if chosen is None:
                turn.say(say(turn.lang, "ask_organisation_again"), _organisation_buttons(turn))
                return _waiting(State.ASK_ORGANISATION, draft)
            label = chosen
    _answered(turn, say(turn.lang, "ask_organisation"), label)
    return await _ask_next(turn, draft.with_organisation(chosen))


async def on_sessions(turn: Turn, draft: Draft) -> ConversationChange:
    """Toggle sessions with buttons until Klar, or take "Alla" or dates typed as text."""
    offered = {s.date.isoformat(): s.date for s in turn.config.event.sessions}
    chosen = set(draft.chosen)
    match _pressed(turn):
        case ("s", "all"):
            chosen = set(offered.values())
        case ("s", "done"):
            if not chosen:
                turn.toast = say(turn.lang, "choose_sessions_first")
                return KEEP
        case ("s", day):
            ticked = replace(draft, chosen=tuple(sorted(chosen ^ {offered[day]} if day in offered else chosen)))
            turn.say(say(turn.lang, "ask_sessions"), _session_buttons(turn, ticked.chosen), edit=True)
            return _waiting(State.ASK_SESSIONS, ticked)
        case _:
            chosen = set(_sessions_in(turn, turn.text or ""))
            if not chosen:
                turn.say(say(turn.lang, "ask_sessions_again"), _session_buttons(turn, ()))
                return _waiting(State.ASK_SESSIONS, draft)
    label = ", ".join(short_date(d, turn.lang) for d in sorted(chosen))
    _answered(turn, say(turn.lang, "ask_sessions"), label)
    return await _ask_next(turn, draft.with_sessions(chosen))


async def on_cancel(turn: Turn) -> ConversationChange:
    """End the conversation with nothing registered."""
    turn.say(say(turn.lang, "conversation_cancelled"), edit=True)   # replaces the prompt when a button was pressed
    return END


async def on_unreadable(turn: Turn) -> ConversationChange:
    """Start the signup over: the stored draft is one this version cannot read."""
    turn.say(say(turn.lang, "conversation_lost"))
    return await _ask_next(turn, Draft(lang=turn.lang))


# -- helpers -------------------------------------------------------------------------------------

async def _ask_next(turn: Turn, draft: Draft) -> ConversationChange:
    """Ask the next missing fact, or submit the finished signup (the conversation then ends)."""
    fact = draft.next_fact
    if fact is None:
        await turn.submit(draft.request(turn.sender), answers_question=draft.asked)
        return END
    if fact == "name":
        turn.say(say(turn.lang, "ask_name"), _name_buttons(turn))
    elif fact == "organisation":
        turn.say(say(turn.lang, "ask_organisation"), _organisation_buttons(turn))
    else:
        draft = replace(draft, chosen=())
        turn.say(say(turn.lang, "ask_sessions"), _session_buttons(turn, ()))
    return _waiting(_ASKS[fact], draft)


def _waiting(state: State, draft: Draft) -> SaveConversation:
    """The conversation waits in ``state`` with ``draft``."""
    return SaveConversation(state.value, draft.to_json())


async def _store(turn: Turn, change: ConversationChange) -> None:
    """Commit the turn with the conversation's change (unless a submit already did)."""
    if not turn.finished:
        await turn.commit(intent="register", conversation=change)


def _pressed(turn: Turn) -> tuple[str, ...] | None:
    """The parts of a pressed conversation button, or None (typed text, another kind of button)."""
    press = turn.press
    return press.parts if press is not None and press.kind is Kind.CONVERSATION else None


def _stops(turn: Turn) -> bool:
    """Whether the update ends the conversation: [Avbryt], or /avbryt typed."""
    word = (turn.text or "").split()[:1]
    return _pressed(turn) == ("cancel",) or (bool(word) and word[0].split("@")[0].lower() in _STOP_WORDS)


def _answered(turn: Turn, question: str, answer: str) -> None:
    """Show the answer under the prompt whose button was pressed (the buttons go away)."""
    if turn.prompt_id is not None:
        turn.say(say(turn.lang, "chosen", question=question, answer=answer), edit=True)


def _cancel_row(turn: Turn) -> list[list[str]]:
    return [button(say(turn.lang, "button_cancel"), Kind.CONVERSATION, "cancel")]


def _name_buttons(turn: Turn) -> Keyboard:
    rows: Keyboard = []
    profile = clean_name(turn.profile_name)      # offered only when it is a plausible full name
    if profile is not None and len(profile.split()) >= 2:
        rows.append([button(say(turn.lang, "button_my_name", name=profile), Kind.CONVERSATION, "name")])
    return rows + [_cancel_row(turn)]


def _organisation_buttons(turn: Turn, offer_none: bool = True) -> Keyboard:
    orgs = [button(o.name, Kind.CONVERSATION, "org", str(i)) for i, o in enumerate(turn.config.organisations)]
    rows = [orgs[i:i + 2] for i in range(0, len(orgs), 2)]
    none = button(say(turn.lang, "button_no_organisation"), Kind.CONVERSATION, "org", "none")
    return rows + ([[none]] if offer_none else []) + [_cancel_row(turn)]


def _quota_organisations_in(config: Config, text: str | None) -> list[str]:
    """The organisations with a quota that a typed text points at (named in any form, or an address's domain)."""
    from assistant.parsing.organisations import org_index
    return [o.name for o in org_index(config).pointed_at(text or "") if config.quota_for(o.name) is not None]


def _session_buttons(turn: Turn, chosen: tuple[dt.date, ...]) -> Keyboard:
    rows: Keyboard = []
    for s in turn.config.event.sessions:
        mark = "✅ " if s.date in chosen else ""
        rows.append([button(f"{mark}{short_date(s.date, turn.lang)} – {s.place}", Kind.CONVERSATION, "s",
                            s.date.isoformat())])
    rows.append([button(say(turn.lang, "button_all_sessions"), Kind.CONVERSATION, "s", "all"),
                 button(say(turn.lang, "button_done"), Kind.CONVERSATION, "s", "done")])
    return rows + [_cancel_row(turn)]


def _organisation_in(config: Config, text: str) -> str | None:
    """The organisation a typed answer names (the parser's alias index), or None."""
    from assistant.parsing.organisations import org_index
    found = org_index(config).best(text)
    if found is not None:
        return found.name
    folded = text.strip().casefold()
    return next((o.name for o in config.organisations
                 if folded in {o.name.casefold(), *(a.casefold() for a in o.aliases)}), None)


def _sessions_in(turn: Turn, text: str) -> list[dt.date]:
    """The session dates a typed answer names ("3/5 och 21/9", "alla")."""
    from assistant.parsing.sessions import find_mention
    dates = tuple(s.date for s in turn.config.event.sessions)
    base = turn.now.astimezone(turn.config.event.tz).date()
    mention = find_mention(text, dates, base)
    chosen = set(dates) if mention.whole else set(mention.dates)
    if mention.whole or mention.minus:
        chosen = (chosen or set(dates)) - mention.minus
    return sorted(chosen)


# -- wiring --------------------------------------------------------------------------------------

def steps() -> dict[str, Step]:
    """The step callback of each state: an update in that state goes to this callback."""
    return {State.ASK_NAME: on_name, State.ASK_ORGANISATION: on_organisation, State.ASK_SESSIONS: on_sessions}


async def continue_conversation(turn: Turn) -> None:
    """Route a loaded chat's update to its state's step (or cancel, or start over); store where it leads."""
    stored = turn.stored
    assert stored is not None, "continue_conversation needs turn.load() first"
    lang = stored.data.get("lang")
    turn.lang = lang if isinstance(lang, str) else turn.lang
    step = steps().get(stored.state)
    change: ConversationChange
    if _stops(turn):
        change = await on_cancel(turn)
    elif step is None:
        log.warning("chat %s in unknown state %r: conversation ended", turn.chat_id, stored.state)
        change = await on_cancel(turn)
    else:
        try:
            draft = Draft.from_json(stored.data).pointing_at(_quota_organisations_in(turn.config, turn.text))
        except UnreadableDraft as exc:
            log.warning("chat %s: stored draft unreadable (%s): starting over", turn.chat_id, exc)
            change = await on_unreadable(turn)
        else:
            change = await step(turn, draft)
    await _store(turn, change)


__all__ = ["State", "continue_conversation", "on_button", "on_stop", "start_from_text", "start_signup", "steps"]
