"""Tests of HTML-to-text."""

import time
import tracemalloc
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.complexity import TooComplex
from assistant.parsing.html_text import MAX_DEPTH, MAX_QUOTE_MARKS, html_to_text
from assistant.parsing.parser import parse_email
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def test_blocks_breaks_entities_and_tables() -> None:
    html = ("<html><head><style>p {x:1}</style></head><body><p>Hej&nbsp;d&auml;r!</p>"
            "<div>rad ett<br>rad tv&aring;</div><table><tr><td>Namn</td><td>Kost</td></tr>"
            "<tr><td>Ola Berg</td><td>Vegan</td></tr></table></body></html>")
    text = html_to_text(html)
    assert "Hej\u00a0där!" in text or "Hej där!" in text
    assert "rad ett\nrad två" in text
    assert "Ola Berg | Vegan" in text
    assert "x:1" not in text


def test_blockquote_becomes_quoted_lines() -> None:
    text = html_to_text("<p>Ja tack</p><blockquote><p>Inbjudan 3 maj</p></blockquote>")
    assert "> Inbjudan 3 maj" in text


def test_broken_markup_is_read() -> None:
    assert "text" in html_to_text("<p><b>text<td></table></x")


# -- hostile HTML (issue 11, item 1): linear time and memory, or refused as too complex ----------------

def _bounded(call: Callable[[], str], seconds: float = 1.0, megabytes: float = 100.0) -> str:
    """``call()``'s result, checked to take under ``seconds`` of CPU and ``megabytes`` of peak allocation."""
    tracemalloc.start()
    start = time.process_time()
    try:
        result = call()
    finally:
        elapsed = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    assert elapsed < seconds and peak < megabytes, (elapsed, peak)
    return result


def _refused(call: Callable[[], object]) -> TooComplex:
    start = time.process_time()
    with pytest.raises(TooComplex) as refused:
        call()
    assert time.process_time() - start < 1.0
    return refused.value


def test_24000_never_closed_blockquotes_are_refused_at_once() -> None:
    # 288 KB: 24 GB and a kill by the kernel before (BeautifulSoup re-walked every level).
    html = "<blockquote>" * 24_000
    assert len(html) == 288_000
    refused = _refused(lambda: html_to_text(html))
    assert "nested" in str(refused)


def test_never_closed_divs_are_refused_at_once() -> None:
    # 250 KB of <div>: 45 s of a blocked event loop before.
    refused = _refused(lambda: html_to_text("<div>" * 50_000))
    assert "nested" in str(refused)


def test_a_quote_nested_up_to_the_cap_is_read_in_linear_time_and_memory() -> None:
    # 12 KB of blockquotes took 2.5 s and 1.3 GB before.
    depth = MAX_DEPTH - 10
    html = "<p>Ja tack</p>" + "<blockquote>Inbjudan " * depth + "3 maj" + "</blockquote>" * depth + "<p>Mvh</p>"
    text = _bounded(lambda: html_to_text(html))
    lines = text.splitlines()
    assert lines[0] == "Ja tack" and lines[-1] == "Mvh"
    assert "> " * MAX_QUOTE_MARKS + "Inbjudan 3 maj" in lines   # markers stop at the cap, the text does not
    assert max(len(line) for line in lines) <= 2 * MAX_QUOTE_MARKS + len("Inbjudan 3 maj")


@pytest.mark.parametrize("tag", ["blockquote", "div", "table", "ul", "li", "td", "font"])
def test_any_tag_nested_25000_deep_is_refused_or_read_in_bounded_time(tag: str) -> None:
    html = f"<{tag}>x " * 25_000
    try:
        _bounded(lambda: html_to_text(html))
    except TooComplex:
        pass


@pytest.mark.parametrize("tag", ["p", "li", "td", "tr"])
def test_never_closed_items_close_each_other_and_are_read(tag: str) -> None:
    text = _bounded(lambda: html_to_text(f"<{tag}>rad " * 25_000))
    assert text.count("rad") >= 4_000   # as far as the reader reads (MAX_OUT_CHARS)


@pytest.mark.parametrize("html", [
    "<a" * 150_000,                 # 72 s in the standard library's html.parser on CPython 3.11.7
    "<a b='" * 50_000,              # 274 s there
    "<!--" * 75_000,                # 45 s there
    "</" * 150_000, "<?" * 150_000, "<![CDATA[" * 30_000, "<!" * 150_000, "<" * 300_000,
    "&#" + "9" * 100_000, "&" * 300_000, "<a " + "b=c " * 75_000, "<script>" + "</" * 150_000,
    "<style>" + "<a" * 150_000, "<p>" + "x" * 1_000_000,
])
def test_tokenizer_traps_are_read_in_linear_time(html: str) -> None:
    _bounded(lambda: html_to_text(html))


def test_a_288_kb_blockquote_mail_is_refused_by_the_parser_in_bounded_time(config: Config) -> None:
    raw = build_mail("", html="<html><body>" + "<blockquote>" * 24_000 + "Anmäl mig</body></html>")
    refused = _refused(lambda: parse_email(raw, config, ARRIVAL))
    assert "nested" in str(refused)
