"""Month words (Swedish and English, misspelt too) and the lazy, cached dateparser wrapper.

Only short candidate strings found by the session finder reach dateparser, which is
imported once, on first use, with its languages and day-month order fixed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from types import ModuleType
from typing import Any

from assistant.parsing.text import fold

#: Full month names (folded) -> month number, both languages.
FULL_MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}
#: Abbreviations (folded) -> month number.
SHORT_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    # Norwegian, Danish and German May ("3. mai"); the other months of those languages are one letter from ours
    "mai": 5,
}
#: Canonical Swedish name of each month, for the strings handed to dateparser.
CANONICAL = {n: name for name, n in list(FULL_MONTHS.items())[:12]}

WEEKDAYS: dict[str, int] = {
    "mandag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lordag": 5, "sondag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

#: Words an adjacent letter swap of a month's name or abbreviation makes that are words (or names) of their own ("par",
#: "Mia", "Amy", "kot", "esp."): never read as a month.
_SWAP_WORDS = frozenset(("par", "cot", "mia", "amy", "mya", "kot", "esp", "ami", "otc"))


def _swapped(names: dict[str, int]) -> dict[str, int]:
    """Each month name with two letters side by side swapped ("mja", "spet", "arpil", "novmeber") -> its month; a
    common slip in chat that the edit distance below allows only in long words (it counts a swap as two edits)."""
    out: dict[str, int] = {}
    for name, number in names.items():
        for i in range(len(name) - 1):
            swapped = name[:i] + name[i + 1] + name[i] + name[i + 2:]
            if swapped != name and swapped not in names and swapped not in _SWAP_WORDS:
                out[swapped] = number
    return out


#: Month names and abbreviations (folded) with two adjacent letters swapped -> month number.
SWAPPED_MONTHS: dict[str, int] = _swapped({**FULL_MONTHS, **SHORT_MONTHS})

#: Three-letter forms a dropped vowel makes of a four-letter month name or abbreviation that are words of their own
#: ("Mrs"): never read as a month.
_DROP_WORDS = frozenset(("mrs",))


def _vowel_dropped(names: dict[str, int]) -> dict[str, int]:
    """Each four-letter month name or abbreviation with one vowel left out ("spt", "fbr", "jni"): a slip of chat
    typing the edit distance below allows only in longer words."""
    out: dict[str, int] = {}
    for name, number in names.items():
        if len(name) != 4:
            continue
        for i, letter in enumerate(name):
            dropped = name[:i] + name[i + 1:]
            if letter in "aeiouy" and dropped not in names and dropped not in _DROP_WORDS:
                out[dropped] = number
    return out


#: Four-letter month names and abbreviations (folded) with a vowel dropped -> month number.
DROPPED_MONTHS: dict[str, int] = _vowel_dropped({**FULL_MONTHS, **SHORT_MONTHS})

_LANGUAGES = ["sv", "en"]
_dateparser: ModuleType | None = None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@lru_cache(maxsize=4096)
def month_of(word: str, fuzzy: bool = True) -> int | None:
    """The month a word names ("sept", "Februari", "septmber", "febuari", "mja"), or None."""
    w = fold(word).rstrip(".")
    if w in FULL_MONTHS:
        return FULL_MONTHS[w]
    if w in SHORT_MONTHS:
        return SHORT_MONTHS[w]
    if fuzzy and w in SWAPPED_MONTHS:
        return SWAPPED_MONTHS[w]     # "3 mja", "21 spet", "arpil"
    if fuzzy and w in DROPPED_MONTHS:
        return DROPPED_MONTHS[w]     # "21 spt"
    if not fuzzy or len(w) < 5 or not w.isalpha():
        return None
    limit = 1 if len(w) < 7 else 2
    for name, number in FULL_MONTHS.items():
        if len(name) >= 5 and name[0] == w[0] and edit_distance(w, name, limit) <= limit:
            return number
    return None


def _module() -> ModuleType:
    global _dateparser
    if _dateparser is None:
        import dateparser

        _dateparser = dateparser
    return _dateparser


def _settings(base: dt.date, require_day: bool) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12, 0)),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if require_day:
        settings["REQUIRE_PARTS"] = ["day", "month"]
    return settings


@lru_cache(maxsize=4096)
def parse_date(candidate: str, base: dt.date) -> dt.date | None:
    """A day-and-month expression ("3 maj", "21/9", "22 februari 2028") as a date, via dateparser."""
    try:
        found = _module().parse(candidate, languages=_LANGUAGES, settings=_settings(base, True))
    except Exception:  # noqa: BLE001 - never raise
        return None
    return found.date() if isinstance(found, dt.datetime) else None


@lru_cache(maxsize=1024)
def parse_weekday(weekday: str, base: dt.date) -> dt.date | None:
    """The next ``weekday`` ("måndag", "Monday") after ``base``, via dateparser."""
    try:
        found = _module().parse(weekday, languages=_LANGUAGES, settings=_settings(base, False))
    except Exception:  # noqa: BLE001 - never raise
        found = None
    if not isinstance(found, dt.datetime) or found.date() <= base:
        target = WEEKDAYS.get(fold(weekday))
        if target is None:
            return None
        return base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)
    day: dt.date = found.date()
    return day


def warm_up() -> None:
    """Import dateparser and load its Swedish and English data once (for servers and benchmarks)."""
    parse_date("3 maj", dt.date(2027, 1, 1))
    parse_weekday("måndag", dt.date(2027, 1, 1))
