"""Whose diet and whose organisation: what is written beside one name is that person's.

A person is found at a ``Spot`` (a sentence of the own text and a position in it). A diet written after a name
and before the next ("Johan Andersson – glutenfri kost, och Eva Ek") is that person's; a diet in a sentence
naming nobody goes to the one whose first name it holds, to the writer when it speaks in the first person
singular ("själv är jag vegetarian"), to all when in the plural ("vi är båda vegetarianer"), and to the only
person when there is one. An organisation named beside a name is that person's ("Per Nordin från Hedemora").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.config import Organisation
from assistant.parsing.diet import diet_spans
from assistant.parsing.organisations import OrgIndex
from assistant.parsing.text import fold

_SINGULAR = re.compile(r"\b(?:jag|mig|min|mitt|sjalv|i|i'm|me|my|myself)\b")
_PLURAL = re.compile(r"\b(?:vi|oss|bada|alla|samtliga|we|us|both|all of us)\b")


@dataclass(frozen=True)
class Spot:
    """Where a person is named: the sentence and the position in it (-1: not named in the own text)."""

    sentence: int = -1
    start: int = -1
    end: int = -1           # where the name ends (-1: not known)


def _owners(sentence: str, i: int, spots: list[Spot], first_names: list[str], writer: int | None,
            position: int) -> list[int]:
    """The people a diet written at ``position`` of sentence ``i`` belongs to."""
    named = sorted((s.start, k) for k, s in enumerate(spots) if s.sentence == i)
    if named:
        before = [k for start, k in named if start < position]
        return before[-1:] or ([named[0][1]] if len(named) == 1 else [])
    folded = fold(sentence)
    by_first = [k for k, first in enumerate(first_names) if first and re.search(rf"\b{re.escape(first)}\b", folded)]
    if len(by_first) == 1:
        return by_first
    if writer is not None and _SINGULAR.search(folded):
        return [writer]
    if _PLURAL.search(folded) or len(spots) == 1:
        return list(range(len(spots)))
    return []


def diets(own: list[str], spots: list[Spot], first_names: list[str], writer: int | None) -> list[str | None]:
    """Each person's own diet (None where the message does not say whose a diet is).

    ``first_names`` are the people's folded first names; ``writer`` is the index of the sender, if among them.
    """
    found: list[list[str]] = [[] for _ in spots]
    for i, sentence in enumerate(own):
        for position, value in diet_spans(sentence):
            for k in _owners(sentence, i, spots, first_names, writer, position):
                if value not in found[k]:
                    found[k].append(value)
    return [", ".join(values) or None for values in found]


def organisations(own: list[str], spots: list[Spot], orgs: OrgIndex) -> list[Organisation | None]:
    """Each person's organisation as named beside them: the first named after the name in its sentence, else
    the last before it, else (when the message names two or more) the last in the sentences before."""
    if not spots:
        return []
    mentions = [orgs.mentions(s) for s in own]
    several = len({m.organisation.name for ms in mentions for m in ms}) >= 2
    out: list[Organisation | None] = []
    for spot in spots:
        if spot.sentence < 0:
            out.append(None)
            continue
        here = mentions[spot.sentence]
        after = [m.organisation for m in here if m.position > max(spot.start, spot.end - 1)]   # not "Stina Mora"'s
        before = [m.organisation for m in here if m.position < spot.start]
        earlier = [m.organisation for ms in mentions[:spot.sentence] for m in ms] if several else []
        chosen = after[:1] or before[-1:] or earlier[-1:]
        out.append(chosen[0] if chosen else None)
    return out
