"""Small text helpers shared by the parser modules: folding, sentences, size limits."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: The most characters of any one text the parser looks at (longer text is cut).
MAX_TEXT_CHARS = 20_000

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: Sentence ends; not after an abbreviation with inner dots ("fr.o.m.", "t.ex.") or a one-letter one ("J. Ek", "v. 38"),
#: "resp." ("Sahlin resp. Persson"), a month's before its day ("Sept. 21") or a dotted date before a word in lower case ("21.9. och 29.11.").
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\b(?i:resp)\.)(?<!\.[^\W\d_]\.)(?<!\.[^\W\d_]{2}\.)(?<!\b[^\W\d_]\.)(?<!\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec)\.(?=\s+\d))(?<!\b(?i:sept|febr)\.(?=\s+\d))(?<!\d\.\d\.(?=\s+[a-zåäö]))(?<!\d\.\d\d\.(?=\s+[a-zåäö]))\s+(?=[^\s])|\n\s*\n|\n(?=\s*[-*•·]\s)|(?<=[:;])\s*\n")
_ZERO_WIDTH = re.compile(r"[\u200c-\u200f\u2060\ufeff]")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``Borlänge`` -> ``borlange``), keeping its length."""
    out = []
    for ch in text.lower():
        if ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        out.append(base if base and len(base) == 1 and base.isascii() else ch)
    return "".join(out)


def clean(text: str) -> str:
    """Normalise Unicode (NFC), line ends and runs of spaces; cut to MAX_TEXT_CHARS."""
    text = text[: MAX_TEXT_CHARS * 2]
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))
    return text[:MAX_TEXT_CHARS]


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (and list items); line breaks inside a paragraph are spaces."""
    out: list[str] = []
    text = "\n".join(_list_lines(text.split("\n")))
    for chunk in _SENTENCE_END.split(text):
        chunk = " ".join(chunk.split())
        if chunk:
            out.append(chunk)
    return out


def _list_lines(lines: list[str]) -> list[str]:
    """Table rows, and short lines under a line ending in ':' (a list of names), as paragraphs of their own."""
    out: list[str] = []
    listing = False
    for line in lines:
        stripped = line.strip()
        short = 0 < len(stripped.split()) <= 6 and not stripped.endswith((".", ","))
        if "|" in line or (listing and short):
            out.append(f"\n\n{line}\n\n")
            continue
        listing = stripped.endswith(":") or (listing and not stripped)
        out.append(line)
    return out


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits and inner hyphens)."""
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
