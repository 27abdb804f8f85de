"""HTML mail bodies to plain text, in one pass over the markup and in memory linear in it.

A small tokenizer of our own (HTML5's rules, simplified) feeds a writer: blocks and ``<br>`` become
lines, table cells end with ``|``, list items are lines of their own with ``- `` before them (as a
plain-text list is written: "Vi är tre:" – "- Eva Ek" – "- Per Holm"), ``<blockquote>`` lines get
``> `` before them (one per level, from a depth counter), and the content of ``script``, ``style``,
``head`` and the like is dropped. Nothing builds a tree: open elements are a stack of names, so an
end tag closes the elements it implies, as a browser does. Neither BeautifulSoup nor
``html.parser``: the first built the whole tree and re-walked every quote level (a 288 KB mail of
nested blockquotes grew to 24 GB); the second re-scans the rest of the input at every unterminated
``<a`` or ``<!--`` (quadratic: 72 s for 300 KB on CPython 3.11.7). Here an unterminated construct
runs to the end of the input, as HTML5 says, so every character is looked at a bounded number of
times.

More than ``MAX_DEPTH`` open elements is refused (``TooComplex``): no mail client nests that deep.
"""

from __future__ import annotations

import html as html_lib
import re

from assistant.parsing.complexity import TooComplex
from assistant.parsing.text import MAX_TEXT_CHARS

#: HTML beyond this many characters is cut before it is read.
MAX_HTML_CHARS = 300_000
#: The most elements open at once; deeper nesting is refused as too complex.
MAX_DEPTH = 1_000
#: The most ``> `` markers before a quoted line, however deep the quote.
MAX_QUOTE_MARKS = 10
#: Text written beyond this is never read (``text.clean`` cuts there), so reading stops.
MAX_OUT_CHARS = 2 * MAX_TEXT_CHARS

_BLOCKS = frozenset(("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                     "section", "article", "header", "footer", "address", "pre", "hr", "dt", "dd"))
#: Elements whose content is never text (``meta`` is void: nothing to drop).
_DROP = frozenset(("head", "template", "svg", "object", "script", "style", "title", "noscript", "iframe",
                   "noembed", "noframes"))
#: Elements whose content is text up to their end tag, never markup.
_RAW = frozenset(("script", "style", "title", "noscript", "iframe", "noembed", "noframes", "textarea", "xmp"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "basefont", "bgsound", "frame", "keygen"))
_CELLS = frozenset(("td", "th"))
#: A start tag that ends the open element of these names when it is on top ("<li>a<li>b", "<td>1<td>2").
_ENDS = {"td": _CELLS, "th": _CELLS, "tr": _CELLS | {"tr"}, "li": {"li"}, "p": {"p"}, "dt": {"dt", "dd"},
         "dd": {"dt", "dd"}}

#: Text: anything up to a "<" that starts a tag or markup (a "<" before anything else is text).
_TEXT = re.compile(r"(?:[^<]++|<(?![A-Za-z/!?]))++")
_TAG_NAME = re.compile(r"</?([A-Za-z][^\s/>]*+)")
#: What follows a tag's name up to its ``>``: attribute text, and quoted values (which may hold ``>``).
#: Every branch takes at least one character and an unterminated quote takes the rest of the input.
_ATTRIBUTES = re.compile(r"""(?:[^>"'=]++|=\s*+(?:"[^"]*+"?+|'[^']*+'?+)?+|["'])*+""")
#: Character references, with bounded digits (``int()`` of 5,000 digits raises).
_CHARREF = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE) for name in _RAW}
#: A table's heading of the given-name column, and of the surname column ("Efternamn | Förnamn | E-post").
_GIVEN_HEADING = re.compile(r"(?:f[öo]r|tilltals)namn|first[ -]?name|given[ -]?name|forename", re.IGNORECASE)
_SURNAME_HEADING = re.compile(r"efternamn|sur[ -]?name|last[ -]?name|family[ -]?name", re.IGNORECASE)
#: A cell that may be one part of a name: letters, hyphens and spaces, three words at most.
_NAME_PART = re.compile(r"[^\W\d_]+(?:[-'’ ][^\W\d_]+){0,2}")


def _unescape(text: str) -> str:
    return _CHARREF.sub(lambda m: html_lib.unescape(m.group(0)), text) if "&" in text else text


class _Writer:
    """The text being written: finished lines, the line in hand, how deep in quotes it is."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.quote = 0
        self.size = 0
        self.blank = False   # whether the last line written has no text
        self.bullet = False  # whether the next line with text is a list item's first (written with "- ")

    @property
    def full(self) -> bool:
        """Whether enough text was written for the reader."""
        return self.size > MAX_OUT_CHARS

    def write(self, text: str) -> None:
        first, *rest = text.split("\n")
        self.line.append(first)
        for piece in rest:
            self.newline()
            self.line.append(piece)
        self.size += len(text)

    def newline(self) -> None:
        content = "".join(self.line).strip().removesuffix("|").strip()
        self.line = []
        if not content and (not self.lines or self.blank):
            return   # a run of empty lines (quoted or not) becomes one
        if content and self.bullet:
            content, self.bullet = "- " + content, False
        self.blank = not content
        line = ("> " * min(self.quote, MAX_QUOTE_MARKS) + content).rstrip() if self.quote else content
        self.lines.append(line)
        self.size += len(line) + 1

    def text(self) -> str:
        self.newline()
        return "\n".join(self.lines).strip()


class _Reader:
    """Open elements as a stack of names, and what opening and closing each one writes."""

    def __init__(self) -> None:
        self.out = _Writer()
        self.open: list[str] = []
        self.counts: dict[str, int] = {}
        self.dropping = 0   # open elements whose content is dropped
        #: The columns of the table read (given name, surname) when its heading writes the two apart.
        self.name_columns: tuple[int, int] | None = None

    def start(self, name: str) -> None:
        if name == "body" and self.counts.get("head"):
            self.end("head")
        ends = _ENDS.get(name)
        while ends and self.open and self.open[-1] in ends:
            self._pop()
        if name in _VOID:
            if not self.dropping and (name == "br" or name in _BLOCKS):
                self.out.newline()
                if name in _BLOCKS:
                    self.out.newline()
            return
        if len(self.open) >= MAX_DEPTH:
            raise TooComplex(f"HTML nested more than {MAX_DEPTH} levels deep")
        self.open.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1
        if name in _DROP:
            self.dropping += 1
        elif self.dropping:
            return
        elif name == "li":
            # a list item is a line of its own, the items of a list one after another with no empty line between
            if "".join(self.out.line).strip():
                self.out.newline()
            self.out.line = []
            self.out.bullet = True
        elif name in _BLOCKS:
            if name == "table":
                self.name_columns = None
            self.out.newline()
        elif name == "blockquote":
            self.out.newline()
            self.out.quote += 1

    def end(self, name: str) -> None:
        if name == "br":
            self.start("br")
        elif self.counts.get(name):
            while self._pop() != name:
                pass

    def finish(self) -> str:
        while self.open:
            self._pop()
        return self.out.text()

    def _pop(self) -> str:
        name = self.open.pop()
        self.counts[name] -= 1
        if name in _DROP:
            self.dropping -= 1
        elif self.dropping:
            pass
        elif name in _CELLS:
            self.out.write(" | ")
        elif name in _BLOCKS:
            if name == "tr":
                self._join_name_columns()
            self.out.newline()
            self.out.bullet = False     # an empty item marks nothing after it
        elif name == "blockquote":
            self.out.newline()
            self.out.quote -= 1
        return name

    def _join_name_columns(self) -> None:
        """A row of a table with the given name and the surname in columns of their own as one cell of the whole
        name, given name first ("Dahlberg | Sanna | sanna@…" -> "Sanna Dahlberg | sanna@…"), as a list writes it;
        the heading of such a table becomes "Namn"."""
        cells = [c.strip() for c in "".join(self.out.line).strip().removesuffix("|").split(" | ")]
        if len(cells) < 2 or len(cells) > 12:
            return
        given = next((k for k, c in enumerate(cells) if _GIVEN_HEADING.fullmatch(c)), None)
        surname = next((k for k, c in enumerate(cells) if _SURNAME_HEADING.fullmatch(c)), None)
        if given is not None and surname is not None:
            self.name_columns = (given, surname)
            joined = "Namn"
        elif self.name_columns is not None and max(self.name_columns) < len(cells):
            given, surname = self.name_columns
            if not (_NAME_PART.fullmatch(cells[given]) and _NAME_PART.fullmatch(cells[surname])):
                return
            joined = f"{cells[given]} {cells[surname]}"
        else:
            return
        first, second = min(given, surname), max(given, surname)
        cells = [*cells[:first], joined, *cells[first + 1:second], *cells[second + 1:]]
        self.out.line = [" | ".join(cells) + " | "]


def html_to_text(html: str) -> str:
    """The readable text of an HTML document: blocks and ``<br>`` become lines, table cells ``|``, list items
    lines with ``- `` before them.

    Quoted parts (``<blockquote>``) come out with ``> `` before each line, as a plain-text
    reply would show them. Linear in the input; raises ``TooComplex`` past ``MAX_DEPTH`` open elements.
    """
    html = html[:MAX_HTML_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    reader = _Reader()
    at, end = 0, len(html)
    while at < end and not reader.out.full:
        text = _TEXT.match(html, at)
        if text is not None:
            if not reader.dropping:
                reader.out.write(_unescape(text.group(0)))
            at = text.end()
            continue
        tag = _TAG_NAME.match(html, at)
        if tag is None:
            at = _past_markup(html, at)
            continue
        after = _tag_end(html, tag.end())
        if after >= end:
            break   # a tag cut off by the end of the input is no tag (HTML5)
        at = after + 1
        name = tag.group(1).lower()
        if html[tag.start() + 1] == "/":
            reader.end(name)
            continue
        reader.start(name)
        if name in _RAW:
            close = _RAW_END[name].search(html, at)
            stop = close.start() if close is not None else end
            if not reader.dropping:
                reader.out.write(_unescape(html[at:stop]))
            at = stop
    return reader.finish()


def _tag_end(html: str, at: int) -> int:
    """Where the tag whose attributes begin at ``at`` ends: the index of its ``>``, or the input's length."""
    attributes = _ATTRIBUTES.match(html, at)
    return attributes.end() if attributes is not None else at


def _past_markup(html: str, at: int) -> int:
    """Where reading goes on after the comment, declaration or processing instruction at ``at`` (all of
    the input when it is unterminated, as HTML5 says)."""
    if html.startswith("<!--", at):
        if html.startswith(">", at + 4) or html.startswith("->", at + 4):   # <!--> and <!---> are empty
            return html.index(">", at + 4) + 1
        close = html.find("-->", at + 4)
        return len(html) if close < 0 else close + 3
    if html.startswith("</>", at):
        return at + 3
    close = html.find(">", at + 2)   # <!DOCTYPE ...>, <![CDATA[...]]>, <?xml ...?>, </3>
    return len(html) if close < 0 else close + 1
