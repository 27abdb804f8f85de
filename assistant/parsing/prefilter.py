"""A literal prefilter for the parser's largest patterns: most sentences are rejected without running them.

The intent and people rules keep long alternations of phrases ("redan anmäld", "står kvar", "already registered"
…). Python's regular expression engine tries such a pattern at every position of a sentence, and a sentence of a
hundred characters costs it 40–80 µs, nearly always to find nothing. Every match of such a pattern must contain
one of a few literal words; which ones can be read from the pattern itself (its parse tree: a literal run in a
sequence, one of each alternative's, what a repeat taken at least once must hold; lookarounds and character classes
require nothing). :func:`quick` wraps a compiled pattern so that a text holding none of those words is answered at
once ("no match") and any other text goes to the pattern as before. The answers are the same by construction: a
match anywhere in the text holds one of the words, so a text without them has none.

A wrapped pattern stands for the compiled one wherever the parser uses one (``search``, ``match``, ``fullmatch``,
``finditer``, ``findall``, ``sub``, ``split``, ``pattern`` …); it is not an ``re.Pattern`` instance, and a
match's ``re`` is the pattern inside it, so a pattern a rule tells matches apart by (``m.re is _CONTRAST``)
is left unwrapped.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from typing import Any, cast

#: A word the prefilter looks for is at least this long (shorter ones pass nearly every text).
_SHORTEST = 2
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _required(items: Any) -> set[str] | None:
    """Literal strings one of which every match of this sequence of parsed items holds (the most telling such set
    found), or None."""
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:     # "(?i:…)": its letters in any case
                consider(_required(av[3].data))
        elif op is sre.ATOMIC_GROUP:
            consider(_required(av.data))
        elif op is sre.BRANCH:
            alternatives = [_required(a.data) for a in av[1]]
            if all(alternatives):
                consider(set().union(*cast(list[set[str]], alternatives)))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2].data))
    if run:
        consider({"".join(run)})
    return best


def required_words(pattern: re.Pattern[str]) -> set[str] | None:
    """The literal strings one of which every match of ``pattern`` holds, or None where none can be told (or the
    pattern ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _required(sre_parse.parse(pattern.pattern, pattern.flags).data)
    return words if words and min(map(len, words)) >= _SHORTEST else None


class _Quick:
    """A compiled pattern behind a literal prefilter (see the module)."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, pattern: re.Pattern[str], words: set[str]) -> None:
        self._pattern = pattern
        self._words = re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"quick({self._pattern!r})"

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self._pattern.search(string, *args) if self._words.search(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self._pattern.match(string, *args) if self._words.search(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self._pattern.fullmatch(string, *args) if self._words.search(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(string, *args) if self._words.search(string) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return self._pattern.findall(string, *args) if self._words.search(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._pattern.sub(repl, string, count) if self._words.search(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._pattern.split(string, maxsplit) if self._words.search(string) else [string]


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a literal prefilter where the words every match holds can be told; else ``pattern``."""
    words = required_words(pattern)
    return pattern if words is None else cast(re.Pattern[str], _Quick(pattern, words))
