"""Control characters in text a stranger wrote: left out where the text enters, shown escaped where it leaves.

They have no place in a name, a header or a table cell: in a terminal they are escape sequences
(clear the screen, retitle the window, hide text), openpyxl refuses them in a workbook, in a log
they forge lines, and the bidirectional formatting characters reorder what a reader sees. Pure.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, the bidirectional formatting characters, and the Unicode line and paragraph separators.
_CONTROL_CLASS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_CONTROL = re.compile(f"[{_CONTROL_CLASS}]")
#: The ones that separate words (they become a space when left out, so that "Anna\tBerg" stays two words).
_SPACING = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a control character."""
    return _CONTROL.search(text) is not None


def strip_controls(text: str, keep: str = "") -> str:
    """``text`` without control characters (tabs and line breaks become spaces); ``keep``: ones to leave as they are."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else (" " if m.group(0) in _SPACING else ""),
                        text)


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``, ``\\u202e``); ``keep``: ones to leave."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else _escape(m.group(0)), text)


_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(ch: str) -> str:
    code = ord(ch)
    return _SHORT_ESCAPES.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
