"""HTML mail bodies to plain text, through BeautifulSoup (never regexes over markup)."""

from __future__ import annotations

import warnings

#: HTML beyond this many characters is cut before it is read.
MAX_HTML_CHARS = 300_000

_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
           "section", "article", "header", "footer", "address", "pre", "hr", "dt", "dd")
_DROP = ("script", "style", "head", "title", "meta", "noscript", "template", "svg", "object")


def html_to_text(html: str) -> str:
    """The readable text of an HTML document: blocks and ``<br>`` become lines, table cells ``|``.

    Quoted parts (``<blockquote>``) come out with ``> `` before each line, as a plain-text
    reply would show them.
    """
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html[:MAX_HTML_CHARS], "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(("td", "th")):
        tag.append(" | ")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.append("\n")
    for quote in reversed(soup.find_all("blockquote")):
        inner = quote.get_text()
        lines = [f"> {line}".rstrip() for line in inner.split("\n")]
        quote.replace_with("\n" + "\n".join(lines) + "\n")
    text = soup.get_text()
    lines = [line.strip().removesuffix("|").strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
