"""Sessions named by their theme ("den om tillgänglighet", "träffarna om framtider och osäkerheter").

A reader matches the writer's words to the titles by their content words: the config's title words long enough to
mean something (``_MIN_CHARS``) and not in the event's name (which every session shares), each matched by its stem
so that Swedish endings and compounds match too ("tillgängligheten", "utvecklingsinriktningen",
"tillgänglighetsträffen"). A word in two titles ("rumslig") names both, and is unsure, unless another word of the
same phrase names one of them.

A theme word names a session only in a phrase about a session: after a session noun or "den" and "om" ("träffen om
utvecklingsinriktning", "den om tillgänglighet"), "temat", a quoted title, or in one word with a session noun
("tillgänglighetsträffen"). The phrase runs on over the titles' own words and joiners ("och om", "samt", a comma
after a theme) and at most ``_FREE_WORDS`` other words: "träffarna om utvecklingsinriktningen i ÖP-modellen och om
att planera för framtider" names two sessions. A theme word said in passing ("jag jobbar med tillgänglighet", "den
nya översiktsplanen") names none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from assistant.config import Config
from assistant.parsing.text import fold, words

_MIN_CHARS = 7
_ENDING_CHARS = 4        # Swedish endings vary ("tillgänglighet", "tillgängligheten"): the rest of a word decides
_MIN_STEM = 7
_TOLD_APART_REACH = 80   # the most characters before a shared theme word looked at to tell its sessions apart
_MIN_WORD = 4            # a shorter title word tells two sessions sharing a theme word apart ("rumslig närhet")
_FREE_WORDS = 2          # words of a theme phrase that are neither title words nor joiners ("träffen om det nya ...")
_CUE_REACH = 160         # the most characters from a phrase's start to its first theme word
_FREE_IN_LIST = 1        # ... between two themes of a list ("om X och även om Y"; not "om X, och jag undrar ... Y")
#: Where a phrase about one session's subject starts (folded text): a session noun or "den" with "om"/"on"/"about",
#: "temat", "rubriken", a quotation mark.
_CUE = re.compile(r"\b(?:den|det|de|dem|one|ones|traff\w*|tillfall\w*|session\w*|mote[nt]?|moten\w*|meetings?|"
                  r"workshop\w*|seminari\w*|dagen|delen|passet|part)\s+(?:som\s+(?:handlar|tar\s+upp|galler)\s+|"
                  r"(?:that|which)\s+(?:is|covers|deals\s+with)\s+)?(?:om|on|about|kring|covering|"
                  # "med"/"with", but not with someone ("mötet med vår tillgänglighetssamordnare")
                  r"(?:med|with)(?!\s+(?:min|mitt|mina|var|vart|vara|er|ert|era|hans|hennes|deras|sin|sitt|sina|"
                  r"our|my|your|their|his|her)\b))\b|"
                  r"\b(?:tema\w*|themed?|rubrik\w*|titel\w*|titeln|title\w*|amnet|topic\w*)\b\s*:?|[\"“”«»]")
#: Words that join the parts of a theme phrase ("om X och om Y", "X samt även Y", "on X and Y", "temat X").
_JOINERS = frozenset(("och", "o", "samt", "and", "eller", "or", "om", "on", "about", "kring", "med", "with", "den",
                      "det", "de", "the", "att", "for", "to", "of", "i", "in", "pa", "aven", "ocksa", "also", "temat",
                      "tema", "theme"))
#: A break in a phrase: the end of a sentence or clause part; a comma too, unless it follows a theme word.
_HARD_BREAK = re.compile(r"[.;:!?()\[\]]")
_COMPOUND = re.compile(r"(?:traff\w*|tillfalle\w*|tillfallet|session\w*|motet|workshop\w*)$")


#: English words for the words of Swedish titles ("the one on accessibility" for "Planera för tillgänglighet"): each
#: names the sessions whose title holds a word starting with its Swedish stem (folded).
_ENGLISH = {"accessibility": "tillganglig", "accessible": "tillganglig", "sustainability": "hallbar",
            "sustainable": "hallbar", "uncertainty": "osakerhet", "uncertainties": "osakerhet", "future": "framtid",
            "futures": "framtid", "desirable": "onskvard", "spatial": "rumslig", "proximity": "narhet",
            "mobility": "mobilitet", "digital": "digital", "strategy": "strategi", "strategies": "strategi",
            "comprehensive": "oversiktsplan", "development": "utveckling", "direction": "inriktning"}


class ThemeIndex:
    """The content words of one config's session titles, and the sessions each names."""

    def __init__(self, config: Config) -> None:
        shared = [fold(w) for w in words(config.event.name)]
        titles = [(session.date, [fold(w) for w in words(session.title)]) for session in config.event.sessions]
        self._bridge = set(_JOINERS)
        self._date: dict[str, frozenset[dt.date]] = {}
        self._words = {date: {p for w in title for p in (w, *w.split("-")) if len(p) >= _MIN_WORD}
                       for date, title in titles}
        for _, title in titles:
            for word in title:
                self._bridge.update((word, *word.split("-")))
                for part in {word, *word.split("-")}:
                    stem = part[:max(_MIN_STEM, len(part) - _ENDING_CHARS)]
                    if len(part) < _MIN_CHARS or any(w.startswith(stem) for w in shared):
                        continue
                    self._date[stem] = frozenset(d for d, ws in titles
                                                 if any(p.startswith(stem) for w in ws for p in (w, *w.split("-"))))
        for english, swedish in _ENGLISH.items():
            named = frozenset(d for d, ws in titles if any(p.startswith(swedish) for w in ws for p in (w, *w.split("-"))))
            if named and english not in self._date:
                self._date[english] = named
                self._bridge.add(english)
                for d in named:
                    self._words[d].add(english)
        stems = sorted(self._date, key=len, reverse=True)
        first = "".join(sorted({re.escape(s[0]) for s in stems}))       # a first letter tested first: cheaper
        self._pattern = (re.compile(rf"(?=[{first}])(?<![\w-])(" + "|".join(re.escape(s) for s in stems) + r")[\w-]*")
                         if stems else None)

    def references(self, folded: str) -> tuple[list[tuple[int, set[dt.date]]], bool]:
        """The sessions a (folded) sentence names by their theme, each with where it is named, and whether a
        theme word there fits several sessions and nothing else in its phrase chooses between them."""
        if self._pattern is None:
            return [], False
        hits = list(self._pattern.finditer(folded))
        if not hits:
            return [], False
        cues = [m.end() for m in _CUE.finditer(folded)]      # in order
        phrases: list[list[tuple[int, frozenset[dt.date]]]] = []
        last_end = -1       # where the last theme word of a phrase ends
        for m in hits:
            dates = self._date[m.group(1)]
            if _COMPOUND.search(m.group(0)):
                phrases.append([(m.start(), dates)])
                last_end = m.end()
                continue
            if last_end >= 0 and self._bridged(folded[last_end:m.start()], _FREE_IN_LIST):
                phrases[-1].append((m.start(), dates))
                last_end = m.end()
                continue
            at = bisect_right(cues, m.start())
            cue = cues[at - 1] if at else -_CUE_REACH - 1
            if m.start() - cue <= _CUE_REACH and self._bridged(folded[cue:m.start()], _FREE_WORDS, comma=False):
                phrases.append([(m.start(), dates)])
                last_end = m.end()
        found: list[tuple[int, set[dt.date]]] = []
        ambiguous = False
        for phrase in phrases:
            named = {d for _, dates in phrase if len(dates) == 1 for d in dates}
            for start, dates in phrase:
                if len(dates) > 1 and not dates & named:
                    dates = self._told_apart(folded, phrase[0][0], start, dates)
                if len(dates) == 1 or not dates & named:
                    found.append((start, set(dates)))
                    ambiguous = ambiguous or len(dates) > 1
        return found, ambiguous

    def _told_apart(self, folded: str, first: int, start: int, dates: frozenset[dt.date]) -> frozenset[dt.date]:
        """The one session of several sharing a theme word whose title holds the most of the phrase's other words
        (from its first theme word to the two words after this one: "rumslig närhet"); all of them on a tie."""
        after = _HARD_BREAK.split(folded[start:start + 60], 1)[0].split(",", 1)[0]
        said = set(words(folded[max(first, start - _TOLD_APART_REACH):start])) | set(words(after)[1:3])
        counts = {d: len(said & self._words[d]) for d in dates}
        best = max(counts.values())
        chosen = [d for d, n in counts.items() if n == best]
        return frozenset(chosen) if best and len(chosen) == 1 else dates

    def _bridged(self, gap: str, most: int, comma: bool = True) -> bool:
        """Whether the words between a phrase's start (or its last theme word) and a theme word keep the phrase
        going: no break (nor a comma, unless ``comma``), and at most ``most`` words that are neither title words
        nor joiners."""
        if _HARD_BREAK.search(gap) or (not comma and "," in gap):
            return False
        free = 0
        for word in words(gap):
            if word not in self._bridge and not (self._pattern and self._pattern.match(word)):
                free += 1
                if free > most:
                    return False
        return True
