"""Dietary needs for the fika and lunch, kept as written ("vegetarisk", "laktosfri, nötallergi")."""

from __future__ import annotations

import re

# One alternation per need; the text that matched is what the request keeps.
_NEEDS = (
    r"vegetari(?:sk|skt|ska|an|ansk)|vego|veggie|vegan(?:sk|skt|ska)?|pescetari(?:an|sk)",
    r"glutenfri(?:tt|a)?|gluten[- ]free|utan gluten|glutenintoleran\w*|gluten intoleran\w*|celiaki|coeliaki|coeliac|celiac",
    r"laktosfri(?:tt|a)?|lactose[- ]free|laktosintoleran\w*|lactose intoleran\w*",
    r"mjölkproteinfri(?:tt|a)?|mjölkproteinallergi|dairy[- ]free|mjölkfri(?:tt|a)?",
    r"(?:jord)?nötallergi|(?:pea)?nut allergy|allergisk mot (?:jord)?nötter|allergic to (?:pea)?nuts",
    r"fiskallergi|fish allergy|skaldjursallergi|shellfish allergy|äggallergi|egg allergy",
    r"halal|kosher|fläskfri(?:tt)?|utan fläsk|no pork",
)
_DIET = re.compile(r"(?<![\w-])(" + "|".join(_NEEDS) + r")(?![\w-])", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:ingen|inget|inga|utan|no|not|none|behöver inte|doesn't need)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


def diet_spans(text: str) -> list[tuple[int, str]]:
    """Each dietary need written in ``text``, lower-cased, with where it starts."""
    found: list[tuple[int, str]] = []
    for m in _DIET.finditer(text):
        if _NEGATED.search(text[max(0, m.start() - 25):m.start()]) and not m.group(1).lower().startswith("utan"):
            continue
        found.append((m.start(), m.group(1).lower()))
    return found


def find_diet(text: str) -> str | None:
    """The dietary needs written in ``text``, lower-cased and joined by ", ", or None."""
    found = list(dict.fromkeys(value for _, value in diet_spans(text)))
    return ", ".join(found) if found else None
