"""Sessions named by their theme ("den om tillgänglighet", "utvecklingsinriktning i ÖP-modellen").

The words come from the config's session titles: a word counts when it is long enough to mean something
(``_MIN_CHARS``), is in one title only and not in the event's name (which every session shares). A sentence
names that session when such a word follows a session noun or "den" and "om" ("den om tillgänglighet", "träffen
om utvecklingsinriktning") or "temat", or when it is one word with a session noun ("tillgänglighetsträffen"): a
lone "tillgänglighet", or "den nya översiktsplanen", names no session.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Config
from assistant.parsing.text import fold, words

_MIN_CHARS = 8
_ENDING_CHARS = 4        # Swedish endings vary ("tillgänglighet", "tillgängligheten"): the rest of a word decides
_MIN_STEM = 7
_CUE = re.compile(r"(?:\b(?:den|det|traff\w*|tillfall\w*|session\w*|motet|meeting|one|workshop\w*)\s+"
                  r"(?:om|on|about|kring|med|with)|\b(?:tema\w*|themed?|rubrik\w*|titel\w*|title\w*)\s*:?)"
                  r"\s+(?:[\w-]+\s+){0,2}$")

_COMPOUND = re.compile(r"(?:traff\w*|tillfalle\w*|tillfallet|session\w*|motet|workshop\w*)$")


class ThemeIndex:
    """The distinctive title words of one config's sessions."""

    def __init__(self, config: Config) -> None:
        shared = [fold(w) for w in words(config.event.name)]
        titles = [(session.date, [fold(w) for w in words(session.title)]) for session in config.event.sessions]
        self._date: dict[str, dt.date] = {}
        for date, title in titles:
            others = shared + [w for other, ws in titles if other != date for w in ws]
            for word in title:
                stem = word[:max(_MIN_STEM, len(word) - _ENDING_CHARS)]
                if len(word) >= _MIN_CHARS and not any(o.startswith(stem) for o in others):
                    self._date[stem] = date
        stems = sorted(self._date, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in stems) + r")[\w-]*")
                         if stems else None)

    def dates(self, sentence: str) -> set[dt.date]:
        """The sessions ``sentence`` names by their theme."""
        if self._pattern is None:
            return set()
        folded = fold(sentence)
        found: dict[dt.date, list[int]] = {}
        for m in self._pattern.finditer(folded):
            found.setdefault(self._date[m.group(1)], []).append(m.start())
            if _COMPOUND.search(m.group(0)):      # "tillgänglighetsträffen": the theme and the session noun in one word
                found[self._date[m.group(1)]].append(-1)
        return {date for date, starts in found.items()
                if any(s < 0 or _CUE.search(folded[max(0, s - 50):s]) for s in starts)}
