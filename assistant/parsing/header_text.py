"""Header values as they were sent: RFC 2047 encoded words and RFC 6532 raw UTF-8 alike (pure; never raises).

The standard library's compat32 parser keeps a header's 8-bit bytes as surrogate escapes, and
turns them into U+FFFD as soon as the header is asked for as text ("��sa ��berg"). Here the raw
value (``Message.raw_items``) is read back as UTF-8 (RFC 6532), or as windows-1252 when it is not
UTF-8 (older mail programs); encoded words are then decoded where they stand, beside raw text.
Control characters are left out: no header needs one. Used by the parser (``mime``) and by the
header facts read beside it (``assistant/mail_headers.py``).
"""

from __future__ import annotations

import email.header
import re
from collections.abc import Iterable

from assistant.control_chars import strip_controls

#: Characters of one header value that are decoded (its users keep far less; the rest of a longer one is cut).
MAX_HEADER_CHARS = 16_000

_FALLBACK_CHARSETS = ("utf-8", "windows-1252")
# One encoded word (no "?" inside, as RFC 2047 has it), and a run of them separated by white space only
# (that space is not part of the text). Each match scans only to the next "?": linear in the value.
_WORD = r"=\?[^?\s]*\?[qQbB]\?[^?\r\n]*\?="
_ENCODED_RUN = re.compile(rf"{_WORD}(?:\s*{_WORD})*")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """``data`` in ``charset`` when it reads so, else as UTF-8, else windows-1252 (latin-1 as the last resort)."""
    for name in ([charset] if charset else []) + list(_FALLBACK_CHARSETS):
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1", errors="replace")


def raw_text(value: object) -> str:
    """A raw header value as text: the bytes a compat32 parser kept as surrogate escapes read as they were sent."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if text.isascii():
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:           # a lone surrogate that stands for no byte
        data = text.encode("utf-8", "replace")
    return decode_bytes(data)


def decode_header(value: object) -> str:
    """A header value as it was sent: raw UTF-8 read, encoded words decoded, control characters left out, spaces collapsed."""
    text = raw_text(value)[:MAX_HEADER_CHARS]
    if "=?" in text:
        text = _ENCODED_RUN.sub(_decoded_run, text)
    return " ".join(strip_controls(text).split())


def _decoded_run(match: re.Match[str]) -> str:
    """A run of encoded words as text (adjacent words in one charset are joined before decoding, as RFC 2047 says)."""
    try:
        pieces = email.header.decode_header(match.group(0))
    except Exception:  # noqa: BLE001 - a malformed word (bad base64) stays as written
        return match.group(0)
    return "".join(piece if isinstance(piece, str) else decode_bytes(piece, charset) for piece, charset in pieces)


def first_values(items: Iterable[tuple[str, object]], limit: int | None = 200) -> dict[str, object]:
    """The first raw value of each header name (lower-case), of the first ``limit`` headers (None: all)."""
    out: dict[str, object] = {}
    for n, (name, value) in enumerate(items):
        if limit is not None and n >= limit:
            break
        out.setdefault(str(name).lower(), value)
    return out
