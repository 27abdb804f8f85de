"""A short yes or no opening the writer's own words: how an answer to our question about a reading is read
(pure; the service only looks at it when the message answers a question we asked)."""

from __future__ import annotations

import re

#: The first words that say no, or yes, to our reading ("stämmer inte" is a no).
_NO = re.compile(r"(?:nej|nä|no|nope|inte|stämmer inte|det stämmer inte|not)\b", re.IGNORECASE)
_YES = re.compile(r"(?:ja|japp|jo|javisst|yes|yep|yeah|stämmer|det stämmer|korrekt|correct|right|rätt|ok|okej|okay"
                  r"|precis|absolut|gärna)\b", re.IGNORECASE)


def affirmation(text: str | None) -> bool | None:
    """Whether the first line of an answer says yes (True), no (False) or neither (None)."""
    first = next((line.strip(" \t>-–*.,!") for line in (text or "").splitlines() if line.strip(" \t>")), "")
    if _NO.match(first):
        return False
    return True if _YES.match(first) else None
