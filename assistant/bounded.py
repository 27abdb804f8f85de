"""Making any string storable in a column of ``limit`` characters, on SQLite and PostgreSQL alike (pure).

A stranger's text (a header, a name, a subject) can be of any length and hold what no database takes:
NUL (PostgreSQL refuses it) and lone surrogates (neither driver can encode them; Python's mail parser
makes them of undecodable bytes). ``storable`` cleans a string; a value read by people is then
``truncated`` (it ends with ``MARKER``), a value looked up by equality is ``hashed`` (the same long
value always gives the same short one, so it still finds, and deduplicates against, itself).
"""

from __future__ import annotations

import hashlib
import re

#: The last character of a truncated value.
MARKER = "…"
#: The prefix of a hashed value; a hashed value is ``HASH_PREFIX`` and 64 hex digits (71 characters).
HASH_PREFIX = "sha256:"
HASHED_LENGTH = len(HASH_PREFIX) + 64
#: Surrogates that are not undecodable bytes (U+DC80–U+DCFF carry those, see ``surrogateescape``).
_LONE_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def storable(text: str) -> str:
    """``text`` without NUL, with undecodable bytes decoded as UTF-8 where they are (U+FFFD where not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:   # bytes the mail parser smuggled in as surrogates: most often raw UTF-8
        text = _LONE_SURROGATE.sub("\ufffd", text).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\x00", "") if "\x00" in text else text


def truncated(text: str, limit: int) -> str:
    """``text`` made storable and cut to at most ``limit`` characters, ending with ``MARKER`` when cut."""
    text = storable(text)
    return text if len(text) <= limit else text[:limit - len(MARKER)] + MARKER


def hashed(text: str, limit: int) -> str:
    """``text`` itself when it is storable and fits in ``limit`` characters, else ``sha256:<hex>`` of it."""
    if len(text) <= limit and storable(text) == text:
        return text
    if limit < HASHED_LENGTH:
        raise ValueError(f"a hashed key needs {HASHED_LENGTH} characters, the column has {limit}")
    return HASH_PREFIX + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
