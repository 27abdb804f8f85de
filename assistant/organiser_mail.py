"""An organiser's instruction in plain words (pure): "Avanmäl Per Holm från 21 september", "Flytta Anna Berg
från 3 maj till 21 september", "Lägg till Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november".

Only the first line that reads as one of these, in full, is an instruction; anything else is not (None), and
the mail goes on to be read as an organiser's reply. Also the session reader the CLI and the bot share.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Config
from assistant.organiser_actions import Act, Action
from assistant.parsing.sessions import find_mention
from assistant.request import Person, Sender

_EMAIL = re.compile(r"[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+")
_NAME = r"(?P<name>[^\W\d_][^\W\d_'’ -]*(?:[ '’-][^\W\d_][^\W\d_'’-]*){1,3})"
_INSTRUCTIONS: tuple[tuple[Act, re.Pattern[str]], ...] = (
    (Act.CANCEL, re.compile(rf"^(?:avanmäl|cancel)\s+{_NAME}(?:\s+(?:från|from)\s+(?P<sessions>.+?))?\.?$",
                            re.IGNORECASE)),
    (Act.MOVE, re.compile(rf"^(?:flytta|move)\s+{_NAME}\s+(?:från|from)\s+(?P<source>.+?)\s+(?:till|to)\s+"
                          r"(?P<target>.+?)\.?$", re.IGNORECASE)),
    (Act.ADD, re.compile(r"^(?:lägg till|anmäl|add)\s+(?P<rest>.+?)\.?$", re.IGNORECASE)),
)


def session_named(config: Config, text: str, today: dt.date) -> dt.date | None:
    """The one session ``text`` names (``2027-09-21``, ``21 september``, ``21/9``), or None."""
    try:
        day = dt.date.fromisoformat(text.strip())
        return day if config.event.session_on(day) else None
    except ValueError:
        pass
    days = tuple(s.date for s in config.event.sessions)
    mention = find_mention(text, days, today)
    return min(mention.dates) if len(mention.dates) == 1 and not mention.minus else None


def read_instruction(config: Config, text: str, organiser: Sender, today: dt.date) -> Action | None:
    """The action the mail's first line states, or None when it states none (the whole line must read)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    for act, pattern in _INSTRUCTIONS:
        match = pattern.match(line)
        if match is None:
            continue
        if act is Act.ADD:
            return _add(config, match.group("rest"), organiser, today)
        person = Person(match.group("name").strip())
        if act is Act.MOVE:
            source, target = (session_named(config, match.group(g), today) for g in ("source", "target"))
            if source is None or target is None:
                return None
            return Action(Act.MOVE, organiser, person, sessions=(source, target))
        named = match.group("sessions")
        day = session_named(config, named, today) if named else None
        if named and day is None:
            return None
        return Action(Act.CANCEL, organiser, person, sessions=(day,) if day else ())
    return None


def _add(config: Config, rest: str, organiser: Sender, today: dt.date) -> Action | None:
    """"Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november": a name first, then any of an address, a
    configured organisation, sessions and "kost: …", comma-separated."""
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if not parts or not re.fullmatch(_NAME, parts[0]):
        return None
    email = organisation = diet = None
    sessions: list[dt.date] = []
    for part in parts[1:]:
        lowered = part.casefold()
        org = next((o.name for o in config.organisations
                    if lowered in {o.name.casefold(), *(a.casefold() for a in o.aliases)}), None)
        day = session_named(config, part, today)
        if _EMAIL.fullmatch(part):
            email = part.lower()
        elif org is not None:
            organisation = org
        elif day is not None:
            sessions.append(day)
        elif lowered.startswith(("kost:", "diet:")):
            diet = part.split(":", 1)[1].strip() or None
        else:
            return None   # a part we cannot place: not an instruction we are sure of
    return Action(Act.ADD, organiser, Person(parts[0], email, organisation, diet=diet), sessions=tuple(sessions))
