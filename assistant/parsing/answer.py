"""How an answer to our question about a reading is read: a short yes or no opening the writer's own words, and the
session picked of those a question offered (pure; the service only looks at it when the message answers a question
we asked)."""

from __future__ import annotations

import datetime as dt
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


#: All the sessions we offered ("båda", "bägge två", "both", "alla två"; not "alla fyra", the whole series).
_ALL_OFFERED = re.compile(r"\b(?:båda|bada|bägge|bagge|both|all of them|alla (?:två|tva|de|dem|dom))\b", re.IGNORECASE)
#: The first, or the last, of those we offered ("den första", "den förra", "the former", "den senare", "the latter").
_FIRST_OFFERED = re.compile(r"\b(?:första|forsta|förra|forra|first|former|tidigare|earlier|1:a)\b", re.IGNORECASE)
_LAST_OFFERED = re.compile(r"\b(?:senare|sista|latter|last|later|andra|second|2:a)\b", re.IGNORECASE)
#: A date or a month written: the answer names a session itself, not one of ours by its place.
_DATED = re.compile(r"\d|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]*\b", re.IGNORECASE)


def chosen(text: str, offered: tuple[dt.date, ...], named: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    """The sessions an answer picks of those our question offered (``offered``, in order): all of them ("båda"),
    the first or the last by its place ("den första", "den senare": of those offered, not of the series), or those
    it names among them (``named``: the sessions the answer's words refer to, "september"); () when it picks none."""
    if not offered or not text:
        return ()
    if not _DATED.search(text):
        if _ALL_OFFERED.search(text):
            return offered
        first, last = _FIRST_OFFERED.search(text), _LAST_OFFERED.search(text)
        if first and not last:
            return offered[:1]
        if last and not first:
            return offered[-1:]
    return tuple(d for d in offered if d in named)


#: Our question stating a reading, quoted ("Vi uppfattade: anmälan av Per Holm till 3 maj, kost: glutenfri. Stämmer
#: det?", "We understood: ... Is that right?", perhaps as a list of lines): the reading is what lies between.
_OUR_READING = re.compile(r"\b(?:vi uppfattade|we understood)\s*:\s*(.{3,800}?)\s*(?:stämmer det|is that right)\s*\?",
                          re.IGNORECASE | re.DOTALL)
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def our_reading(quoted: str | None) -> str | None:
    """The reading our question about it states, in a quoted mail (its lines without quote marks), else None: what a
    bare "ja, det stämmer" answers, and what nothing was registered of yet."""
    found = _OUR_READING.search(_QUOTE_MARKS.sub("", (quoted or "")[:4000]))
    return found.group(1).strip() if found else None


def pasted_reading(text: str) -> tuple[str, str] | None:
    """Our question stating a reading, pasted at the head of a chat message ("Vi uppfattade: ... Stämmer det?\n\nja
    stämmer"): (the pasted question, the writer's own words after it), else None. The pasted part is read as quoted."""
    found = _OUR_READING.match(text.lstrip())
    if not found:
        return None
    rest = text.lstrip()[found.end():]
    return (found.group(0), rest) if rest.strip() else None
