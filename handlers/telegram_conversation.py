"""The signup conversation: when a name, an organisation or the sessions are missing, the bot asks.

Each question offers inline buttons (organisations, sessions, "my name is …") and takes free
text too; [Avbryt] or /avbryt ends it with nothing registered. The state and the answers so far
are stored in the database (``storage/conversations.py``) in the same transaction as the update
that changed them, so a restart in the middle loses nothing. When nothing is missing any more,
the answers become a ParsedRequest for ``Service.submit`` — the same rules, transaction and
outbox as e-mail.

    /anmal ─────────────┐        free text missing facts ──┐   (a step is skipped when known)
                        ▼                                   ▼
                    ASK_NAME ──name──▶ ASK_ORGANISATION ──organisation──▶ ASK_SESSIONS
                                                                            │ Klar / Alla / dates
                    any state ──[Avbryt] or /avbryt──▶ END                  ▼
                                                              submit() ──▶ END (reply via outbox)
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from assistant.config import Config
from assistant.replies import short_date
from assistant.request import Intent, ParsedRequest, Person, Sender
from handlers.telegram_texts import say
from handlers.telegram_turn import Turn

log = logging.getLogger("anmalan.telegram")

# -- states (stored in conversations.state) ------------------------------------------------------
ASK_NAME = "ask_name"
ASK_ORGANISATION = "ask_organisation"
ASK_SESSIONS = "ask_sessions"
END: str | None = None

_ASKS = {"name": ASK_NAME, "organisation": ASK_ORGANISATION, "sessions": ASK_SESSIONS}
_ORDER = ("name", "organisation", "sessions")
PREFIX = "c:"   # callback data of this conversation's buttons

Step = Callable[[Turn], Awaitable[str | None]]


# -- entry points --------------------------------------------------------------------------------

async def start_signup(turn: Turn) -> str | None:
    """Begin a signup from /anmal: ask name, organisation and sessions in turn."""
    turn.notes = {"request": {"people": [], "sessions": [], "diet": None}, "todo": list(_ORDER),
                  "asked": True, "chosen": []}
    return await _ask_next(turn)


async def start_from_text(turn: Turn, request: ParsedRequest, missing: list[str]) -> str | None:
    """Begin a conversation for a free-text signup that lacks ``missing`` facts (the rest is kept)."""
    turn.lang = request.language
    turn.notes = {"request": {"people": [[p.name, p.organisation] for p in request.people],
                              "sessions": [d.isoformat() for d in request.sessions], "diet": request.diet},
                  "todo": [m for m in _ORDER if m in missing], "asked": True, "chosen": []}
    return await _ask_next(turn)


# -- one callback per step -----------------------------------------------------------------------

async def on_name(turn: Turn) -> str | None:
    """Take the participant's name, typed or from the profile button."""
    if turn.button == PREFIX + "name":
        name = turn.profile_name or ""
    else:
        name = " ".join((turn.text or "").split())
    if len(name.split()) < 2 or len(name) > 200 or name.startswith("/"):
        turn.say(say(turn.lang, "ask_name_again"), _name_buttons(turn))
        return ASK_NAME
    _answered(turn, say(turn.lang, "ask_name"), name)
    people = turn.notes["request"]["people"]
    named = [p for p in people if p[0]]
    organisation = next((p[1] for p in people if p[1]), None)
    turn.notes["request"]["people"] = named or [[name, organisation]]
    if not named:
        turn.notes["self_named"] = True
    else:
        turn.notes["request"]["people"] = [[name, organisation]] + named
    turn.notes["todo"] = [t for t in turn.notes["todo"] if t != "name"]
    return await _ask_next(turn)


async def on_organisation(turn: Turn) -> str | None:
    """Take the organisation: a button, a name typed in any usual form, or "none of these"."""
    config = turn.config
    chosen: str | None = None
    if turn.button == PREFIX + "org:none":
        label = say(turn.lang, "button_no_organisation")
    elif turn.button and turn.button.startswith(PREFIX + "org:"):
        index = int(turn.button.rsplit(":", 1)[1])
        chosen = config.organisations[index].name if 0 <= index < len(config.organisations) else None
        label = chosen or "?"
    else:
        chosen = _organisation_in(config, turn.text or "")
        label = chosen or ""
        if chosen is None:
            turn.say(say(turn.lang, "ask_organisation_again"), _organisation_buttons(turn))
            return ASK_ORGANISATION
    _answered(turn, say(turn.lang, "ask_organisation"), label)
    people = turn.notes["request"]["people"]
    turn.notes["request"]["people"] = [[p[0], p[1] or chosen] for p in people]
    turn.notes["todo"] = [t for t in turn.notes["todo"] if t != "organisation"]
    return await _ask_next(turn)


async def on_sessions(turn: Turn) -> str | None:
    """Toggle sessions with buttons until Klar, or take "Alla" or dates typed as text."""
    sessions = [s.date.isoformat() for s in turn.config.event.sessions]
    chosen: list[str] = list(turn.notes.get("chosen", []))
    button = turn.button or ""
    if button == PREFIX + "s:all":
        chosen = sessions
    elif button.startswith(PREFIX + "s:") and button != PREFIX + "s:done":
        day = button.removeprefix(PREFIX + "s:")
        chosen = sorted(set(chosen) ^ {day}) if day in sessions else chosen
        turn.notes["chosen"] = chosen
        turn.say(say(turn.lang, "ask_sessions"), _session_buttons(turn, chosen), edit=True)
        return ASK_SESSIONS
    elif button == PREFIX + "s:done":
        if not chosen:
            turn.toast = say(turn.lang, "choose_sessions_first")
            return ASK_SESSIONS
    else:
        chosen = _sessions_in(turn, turn.text or "")
        if not chosen:
            turn.say(say(turn.lang, "ask_sessions_again"), _session_buttons(turn, []))
            return ASK_SESSIONS
    label = ", ".join(short_date(dt.date.fromisoformat(d), turn.lang) for d in sorted(chosen))
    _answered(turn, say(turn.lang, "ask_sessions"), label)
    turn.notes["request"]["sessions"] = sorted(chosen)
    turn.notes["todo"] = [t for t in turn.notes["todo"] if t != "sessions"]
    return await _ask_next(turn)


async def on_cancel(turn: Turn) -> str | None:
    """End the conversation with nothing registered."""
    if turn.prompt_id is not None:
        turn.say(say(turn.lang, "conversation_cancelled"), edit=True)
    else:
        turn.say(say(turn.lang, "conversation_cancelled"))
    return END


# -- helpers -------------------------------------------------------------------------------------

async def _ask_next(turn: Turn) -> str | None:
    """Ask the next missing fact, or submit the finished request (then the conversation ends)."""
    todo = turn.notes["todo"]
    if not todo:
        await turn.submit(request_of(turn))
        return END
    fact = todo[0]
    if fact == "name":
        turn.say(say(turn.lang, "ask_name"), _name_buttons(turn))
    elif fact == "organisation":
        turn.say(say(turn.lang, "ask_organisation"), _organisation_buttons(turn))
    else:
        turn.notes["chosen"] = []
        turn.say(say(turn.lang, "ask_sessions"), _session_buttons(turn, []))
    return _ASKS[fact]


def request_of(turn: Turn) -> ParsedRequest:
    """The finished conversation as the request the rules decide on."""
    req = turn.notes["request"]
    people = tuple(Person(name, None, organisation) for name, organisation in req["people"])
    sessions = tuple(dt.date.fromisoformat(d) for d in req["sessions"])
    sender = turn.sender
    if turn.notes.get("self_named") and len(people) == 1:
        # The participant told us their own name: the registration belongs to this Telegram user.
        sender = Sender(sender.channel, sender.address, people[0].name)
    return ParsedRequest(Intent.REGISTER, people, sessions, req.get("diet"), sender, turn.lang,
                         sessions_named=bool(sessions))


def _answered(turn: Turn, question: str, answer: str) -> None:
    """Show the answer under the prompt whose button was pressed (the buttons go away)."""
    if turn.prompt_id is not None:
        turn.say(say(turn.lang, "chosen", question=question, answer=answer), edit=True)


def _cancel_row(turn: Turn) -> list[list[str]]:
    return [[say(turn.lang, "button_cancel"), PREFIX + "cancel"]]


def _name_buttons(turn: Turn) -> list[list[list[str]]]:
    rows: list[list[list[str]]] = []
    if turn.profile_name and len(turn.profile_name.split()) >= 2:
        rows.append([[say(turn.lang, "button_my_name", name=turn.profile_name), PREFIX + "name"]])
    return rows + [_cancel_row(turn)]


def _organisation_buttons(turn: Turn) -> list[list[list[str]]]:
    orgs = [[o.name, f"{PREFIX}org:{i}"] for i, o in enumerate(turn.config.organisations)]
    rows = [orgs[i:i + 2] for i in range(0, len(orgs), 2)]
    return rows + [[[say(turn.lang, "button_no_organisation"), PREFIX + "org:none"]], _cancel_row(turn)]


def _session_buttons(turn: Turn, chosen: list[str]) -> list[list[list[str]]]:
    rows = []
    for s in turn.config.event.sessions:
        key = s.date.isoformat()
        mark = "✅ " if key in chosen else ""
        rows.append([[f"{mark}{short_date(s.date, turn.lang)} – {s.place}", f"{PREFIX}s:{key}"]])
    rows.append([[say(turn.lang, "button_all_sessions"), PREFIX + "s:all"],
                 [say(turn.lang, "button_done"), PREFIX + "s:done"]])
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


def _sessions_in(turn: Turn, text: str) -> list[str]:
    """The session dates a typed answer names ("3/5 och 21/9", "alla"), as ISO dates."""
    from assistant.parsing.sessions import find_mention
    dates = tuple(s.date for s in turn.config.event.sessions)
    base = turn.now.astimezone(turn.config.event.tz).date()
    mention = find_mention(text, dates, base)
    chosen = set(dates) if mention.whole else set(mention.dates)
    if mention.whole or mention.minus:
        chosen = (chosen or set(dates)) - mention.minus
    return sorted(d.isoformat() for d in chosen)


# -- wiring --------------------------------------------------------------------------------------

def steps() -> dict[str, Step]:
    """The step callback of each state: an update in that state goes to this callback."""
    return {ASK_NAME: on_name, ASK_ORGANISATION: on_organisation, ASK_SESSIONS: on_sessions}


async def continue_conversation(turn: Turn) -> str | None:
    """Route an update to the step of the chat's current state (or cancel); stores the next state."""
    if turn.button == PREFIX + "cancel" or (turn.text or "").split()[:1] in (["/avbryt"], ["/stop"]):
        next_state = await on_cancel(turn)
    else:
        step = steps().get(turn.state or "")
        if step is None:
            log.warning("chat %s in unknown state %r: conversation ended", turn.chat_id, turn.state)
            next_state = await on_cancel(turn)
        else:
            next_state = await step(turn)
    if not turn.finished:
        await turn.commit(next_state, intent="register")
    return next_state


__all__ = ["continue_conversation", "request_of", "start_from_text", "start_signup", "steps"]
