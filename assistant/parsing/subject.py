"""The prefixes mail programs put before a subject when replying or forwarding, in one place.

Reply: Re, Sv (Swedish, Danish, Norwegian), AW (German), Antw (Dutch), VS (Finnish), Ref.
Forward: Fwd, Fw, VB (Swedish), WG (German), TR (French), VS (Danish, Norwegian: also a forward).
Any case, with an optional counter ("Re[2]:") and spaces before the colon ("SV :").
"""

from __future__ import annotations

import re

#: Prefixes that mark a reply.
REPLY_PREFIXES = ("re", "sv", "aw", "antw", "vs", "ref")
#: Prefixes that mark a forward.
FORWARD_PREFIXES = ("fwd", "fw", "vb", "wg", "tr", "vs")


def _one_of(words: tuple[str, ...]) -> str:
    """One prefix of ``words`` with its optional counter and its colon."""
    alternatives = "|".join(sorted(set(words), key=lambda w: (-len(w), w)))   # longest first: fwd before fw
    return rf"(?:{alternatives})\s*(?:\[\d+\])?\s*:"


_REPLY = _one_of(REPLY_PREFIXES)
_ANY = _one_of(REPLY_PREFIXES + FORWARD_PREFIXES)
_IS_REPLY = re.compile(rf"^\s*{_REPLY}", re.IGNORECASE)
_IS_FORWARD = re.compile(rf"^\s*(?:{_REPLY}\s*)*{_one_of(FORWARD_PREFIXES)}", re.IGNORECASE)
_PREFIXES = re.compile(rf"^\s*(?:{_ANY}\s*)+", re.IGNORECASE)


def is_reply(subject: str) -> bool:
    """Whether the subject starts with a reply prefix ("Re: ...", "SV: VB: ...")."""
    return bool(_IS_REPLY.match(subject))


def is_forward(subject: str) -> bool:
    """Whether the subject is a forward, perhaps replied to ("Fwd: ...", "Re: VB: ...")."""
    return bool(_IS_FORWARD.match(subject))


def strip_prefixes(subject: str) -> str:
    """The subject without its leading reply and forward prefixes ("SV: VB: Anmälan" → "Anmälan")."""
    return _PREFIXES.sub("", subject).strip()
