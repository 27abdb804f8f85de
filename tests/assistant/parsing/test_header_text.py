"""Header values as they were sent: raw UTF-8 (RFC 6532) and encoded words (RFC 2047), for any input (issue 11)."""

from __future__ import annotations

import time
from email.header import Header

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.control_chars import has_controls, strip_controls
from assistant.mail_headers import read_mail_facts
from assistant.parsing.header_text import MAX_HEADER_CHARS, decode_header, raw_text
from assistant.parsing.mime import read_mail

PROPERTIES = settings(max_examples=150, deadline=None)


def _as_parsed(data: bytes) -> str:
    """A raw header value as the compat32 parser keeps it (8-bit bytes as surrogate escapes)."""
    return data.decode("ascii", "surrogateescape")


def _expected(text: str) -> str:
    return " ".join(strip_controls(text).split())


def test_raw_text_reads_utf8_then_windows_1252() -> None:
    assert raw_text(_as_parsed("Åsa Öberg".encode())) == "Åsa Öberg"
    assert raw_text(_as_parsed("Åsa – Öberg".encode("windows-1252"))) == "Åsa – Öberg"
    assert raw_text("plain") == "plain" and raw_text(None) == ""


def test_encoded_words_beside_raw_utf8() -> None:
    # the space between two encoded words is not text (RFC 2047): " i" is inside the second
    value = _as_parsed("Re: Anmälan =?utf-8?q?till_tr=C3=A4ffen?=  =?utf-8?b?IGkgU8OkdGVy?= från Åsa".encode())
    assert decode_header(value) == "Re: Anmälan till träffen i Säter från Åsa"


def test_a_long_value_is_cut_and_pathological_ones_are_fast() -> None:
    assert len(decode_header("x" * 100_000)) == MAX_HEADER_CHARS
    for value in ("=?a?q?" * 20_000, "=?" * 50_000, "=?utf-8?q?" + "a" * 100_000, "=?utf-8?q?x?= " * 10_000):
        start = time.process_time()
        decode_header(value)
        assert time.process_time() - start < 0.5, value[:20]


@PROPERTIES
@given(st.text(max_size=200).filter(lambda t: "=?" not in t))
def test_any_text_sent_as_raw_utf8_reads_back(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    assert decode_header(_as_parsed(data)) == _expected(data.decode("utf-8", "replace"))


@PROPERTIES
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=200))
def test_any_text_sent_as_encoded_words_reads_back(text: str) -> None:
    encoded = Header(text, "utf-8", maxlinelen=76).encode()
    assert decode_header(encoded) == _expected(text)


@PROPERTIES
@given(st.binary(max_size=600))
def test_any_header_bytes_give_text_without_control_characters(data: bytes) -> None:
    value = decode_header(_as_parsed(data))
    assert not has_controls(value) and "\udc80" not in value
    raw = b"From: " + data.replace(b"\n", b" ") + b"\r\nSubject: " + data.replace(b"\n", b" ") + b"\r\n\r\nHej\r\n"
    facts = read_mail_facts(raw)
    content = read_mail(raw)
    for text in (facts.subject, content.subject, content.from_name or "", *content.headers.values()):
        assert not has_controls(text)
