"""The callback data of the bot's inline buttons: the one place that writes it and reads it.

A button carries ``<kind>:<part>:<part>…`` (Telegram allows 64 bytes). The kind says whose button
it is, and so which handler a press goes to (the table is ``BUTTONS`` in ``callbacks.py``):

    c:name · c:org:<index> · c:org:none · c:s:<date> · c:s:all · c:s:done · c:cancel   the signup conversation
    av:<lang>:<date|all|no> · av:<lang>:ok:<date|all>                                  /avanmal: choose, confirm
    er:<lang>:yes · er:<lang>:no                                                       /radera: confirm
    vu:<lang>:yes · vu:<lang>:no · vu:<lang>:d:<date>                   our question about an unsure reading
    ar:<token>:<person id> · ar:<token>:ok:<person id|-> · ar:<token>:no         an organiser's action: who, do it

These are the formats of buttons already sent to people, so a press on an old message still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_DATA = 64          # bytes of callback data Telegram accepts
_SEP = ":"

Keyboard = list[list[list[str]]]
"""Rows of buttons, each ``[label, callback data]``: plain JSON, stored in the outbox row's payload."""


class Kind(StrEnum):
    """Whose button it is: the first part of its callback data."""

    CONVERSATION = "c"     # a step of the signup conversation
    CANCEL = "av"          # /avanmal's choice and confirmation
    ERASE = "er"           # /radera's confirmation
    ANSWER = "vu"          # "vi uppfattade …": yes, or no (then write what to change)
    ORGANISER = "ar"       # an organiser's action (/flytta, /avanmal_person, …): choose the person, confirm


@dataclass(frozen=True)
class Press:
    """A pressed button's callback data, read: its kind and the parts after it."""

    kind: Kind
    parts: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Press({self.kind.name}, {_SEP.join(self.parts)!r})"


#: The part of an answer button that says the next part is the session chosen (``vu:<lang>:d:<date>``).
DAY = "d"


def data(kind: Kind, *parts: str) -> str:
    """The callback data of a button of ``kind`` with ``parts`` (none may contain ":")."""
    if any(_SEP in part for part in parts):
        raise ValueError(f"callback data part with {_SEP!r}: {parts!r}")
    text = _SEP.join((kind.value, *parts))
    if len(text.encode("utf-8")) > MAX_DATA:
        raise ValueError(f"callback data over {MAX_DATA} bytes: {text!r}")
    return text


def button(label: str, kind: Kind, *parts: str) -> list[str]:
    """One button: its label and its callback data."""
    return [label, data(kind, *parts)]


def yes_or_no(yes: str, no: str, kind: Kind, key: str, *chosen: str) -> Keyboard:
    """A question's one row of answers: ``yes`` carries ``key`` and ``chosen``, ``no`` carries ``key`` and "no"."""
    return [[button(yes, kind, key, *chosen), button(no, kind, key, "no")]]


def read(callback_data: str | None) -> Press | None:
    """A pressed button's data, or None when it is no button this bot makes (or none at all)."""
    if not callback_data:
        return None
    head, *parts = callback_data.split(_SEP)
    try:
        kind = Kind(head)
    except ValueError:
        return None
    return Press(kind, tuple(parts))
