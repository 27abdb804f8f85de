"""What identifies a person to be erased, and whether a stored value holds it (pure: no I/O).

``Traces`` holds the needles — names, addresses, Telegram ids — and ``Traces.in_value`` looks for them
in any stored value, decoded: a raw mail's headers (RFC 2047) and parts (quoted-printable, base64), a
Telegram update's JSON, a JSON column with its base64 attachments (an XLSX is a zip of XML: its
members are read), plain text. Names are matched whole-word and case-insensitively; a one-word name
is not looked for in other people's content (it would match every Anna), only the rows known to be
the person's are erased by it.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header, make_header
from typing import Any

#: Mail whose text must be decoded before it can be searched (encoded words, encoded parts).
_ENCODED = re.compile(rb"=\?|content-transfer-encoding:\s*(base64|quoted-printable)", re.IGNORECASE)
_BASE64 = re.compile(r"[A-Za-z0-9+/=\r\n]{64,}")


@dataclass(frozen=True)
class Traces:
    """The names, addresses and Telegram ids of the people being erased."""

    names: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()
    telegram_ids: frozenset[int] = frozenset()
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = [r"\s+".join(map(re.escape, n.split())) for n in self.names]
        parts = [rf"(?<!\w){w}(?!\w)" for w in words]
        parts += [rf"(?<![\w.+-]){re.escape(a)}(?![\w-])" for a in self.addresses]
        parts += [rf"(?<!\d){t}(?!\d)" for t in self.telegram_ids]
        object.__setattr__(self, "_pattern", re.compile("|".join(parts) or r"(?!)", re.IGNORECASE))

    @classmethod
    def of(cls, names: Iterable[str | None], addresses: Iterable[str | None],
           telegram_ids: Iterable[int | None]) -> Traces:
        """The traces, blanks left out (names of one word too: see the module docstring)."""
        return cls(frozenset(" ".join(n.split()) for n in names if n and len(n.split()) > 1),
                   frozenset(a.strip().lower() for a in addresses if a and a.strip()),
                   frozenset(t for t in telegram_ids if t))

    def __bool__(self) -> bool:
        return bool(self.names or self.addresses or self.telegram_ids)

    @property
    def chat_keys(self) -> frozenset[str]:
        """The Telegram ids as chat keys (a private chat's id is its user's)."""
        return frozenset(str(t) for t in self.telegram_ids)

    def in_text(self, text: str) -> bool:
        """Whether ``text`` holds a trace."""
        return bool(self) and self._pattern.search(text) is not None

    def in_value(self, value: Any) -> bool:
        """Whether a stored value (bytes of a mail or an update, JSON, text, a number) holds a trace."""
        if not self or value is None:
            return False
        return any(self.in_text(text) for text in _texts(value))


def _texts(value: Any) -> Iterator[str]:
    """The texts a stored value holds, decoded where they are encoded."""
    if isinstance(value, bytes | memoryview):
        data = bytes(value)
        yield data.decode("utf-8", "replace")
        if _ENCODED.search(data):
            yield from mail_texts(data)
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _texts(item)
        if isinstance(value, dict):
            yield from (str(k) for k in value)
    elif isinstance(value, str):
        yield value
        if _BASE64.fullmatch(value):
            yield from attachment_texts(value)
    else:
        yield str(value)


def mail_texts(raw: bytes) -> Iterator[str]:
    """A mail's headers (encoded words decoded) and the decoded text of each part."""
    msg = message_from_bytes(raw)
    for name, header in msg.items():
        try:
            yield f"{name}: {make_header(decode_header(str(header)))}"
        except (UnicodeError, LookupError, binascii.Error, ValueError):
            yield f"{name}: {header}"
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            text = payload.decode(part.get_content_charset() or "utf-8", "replace") if _known(part) else \
                payload.decode("utf-8", "replace")
            yield html.unescape(text)


def _known(part: Any) -> bool:
    try:
        "".encode(part.get_content_charset() or "utf-8")
    except LookupError:
        return False
    return True


def attachment_texts(data_b64: str) -> Iterator[str]:
    """The text of a base64 attachment: an XLSX's sheets and shared strings, or the bytes as text (CSV, ICS)."""
    try:
        data = base64.b64decode(data_b64, validate=False)
    except (binascii.Error, ValueError):
        return
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zipped:
                for name in zipped.namelist():
                    if name.endswith(".xml"):
                        yield html.unescape(zipped.read(name).decode("utf-8", "replace"))
        except zipfile.BadZipFile:
            return
    else:
        yield data.decode("utf-8", "replace")
