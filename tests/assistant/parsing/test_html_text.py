"""Tests of HTML-to-text."""

from assistant.parsing.html_text import html_to_text


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
