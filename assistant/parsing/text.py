"""Small text helpers shared by the parser modules: folding, sentences, size limits."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: The most characters of any one text the parser looks at (longer text is cut).
MAX_TEXT_CHARS = 20_000

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: Sentence ends; not after an abbreviation with inner dots ("fr.o.m.", "t.ex.") or a one-letter one ("J. Ek", "v. 38"),
#: "resp." ("Sahlin resp. Persson"), a month's before its day ("Sept. 21"), a dotted date before a word in lower case
#: ("21.9. och 29.11.") or a day written with a dot before its month in lower case (Norwegian, Danish: "3. mai").
_DAY_DOT_MONTH = r"(?:jan|feb|mars?\b|apr|ma[ij]\b|jun|jul|aug|sep|okt|oct|nov|de[sc])"
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\b(?i:resp)\.)(?<!\.[^\W\d_]\.)(?<!\.[^\W\d_]{2}\.)(?<!\b[^\W\d_]\.)(?<!\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec)\.(?=\s+\d))(?<!\b(?i:sept|febr)\.(?=\s+\d))(?<!\d\.\d\.(?=\s+[a-zåäö]))(?<!\d\.\d\d\.(?=\s+[a-zåäö]))"
    r"(?<!\s\d\.(?=\s+" + _DAY_DOT_MONTH + r"))(?<!\s\d\d\.(?=\s+" + _DAY_DOT_MONTH + r"))"
    r"\s+(?=[^\s])|\n\s*\n|\n(?=\s*[-*•·]\s)|(?<=[:;])\s*\n|"
    # an emoji as a chat's stop ("kan inte i maj 😕 ses i september"), not before a joining word ("3 maj 🙂 och 21/9")
    r"(?<=[\U0001F300-\U0001FAFF])\ufe0f?\s+(?=[^\W\d_])"
    r"(?!(?i:men|och|o|samt|eller|utan|om|att|som|sa|så|but|and|or|so|if|plus)\b)")
_ZERO_WIDTH = re.compile(r"[\u200c-\u200f\u2060\ufeff]")
#: A run-on (dictated, typed in haste) where a clause saying one cannot ("kan inte i maj", "21/9 går inte", "I can't
#: do May") runs straight into a question with its verb first ("kan jag gå i september istället", "could I come in
#: September"): the question starts a sentence of its own. The negation right after a finite verb (a main clause: not
#: "om vi inte redan är tre vill jag delta", whose "om" clause the question's verb ends); a few words at most between,
#: none joining ("men", "och", "att", "om": "men i september kan jag gå" is one clause with its time first).
_FINITE = (r"(?i:kan|kunde|ska|skall|skulle|vill|ville|m[åa]ste|b[öo]r|hinner|hann|kommer|kom|g[åa]r|gick|passar|"
           r"passade|funkar|fungerar|blir|blev|[äa]r|e|var|har|hade|f[åa]r|fick|orkar|klarar|beh[öo]ver|vet)")
_RUN_ON_QUESTION = re.compile(
    r"(?:\b" + _FINITE + r"(?:\s+(?i:jag|ja|vi|hon|han|hen|de|dom|det|man|tyv[äa]rr|nog|dock|ju|d[åa]))?\s+(?i:inte|ej)|"
    r"(?<=\w)\s+(?i:can'?t|cannot|won'?t|couldn'?t))"
    r"(?:\s+(?!(?i:men|och|o|samt|eller|utan|om|att|n[äa]r|s[åa]|d[åa]|som|but|and|or|so|if|that|when|to)\b)"
    r"[^\s.,;:!?()]+){0,4}?"
    r"\s+(?=(?i:kan|kunde|f[åa]r|fick|skulle|ska|vill|g[åa]r)\s+(?i:jag|ja|vi|hon|han|hen|ni|du|man|det|dom)\b|"
    r"(?i:can|could)\s+(?i:i|we|she|he|they)\b)")


#: Letters with no decomposition that are a Latin letter with a mark all the same ("Aydın", "Łukasz"): folded alike.
_UNDECOMPOSED = {"ı": "i", "ł": "l"}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``Borlänge`` -> ``borlange``), keeping its length."""
    out = []
    for ch in text.lower():
        if ch.isascii():
            out.append(ch)
            continue
        base = _UNDECOMPOSED.get(ch) or unicodedata.normalize("NFKD", ch)[:1]
        out.append(base if base and len(base) == 1 and base.isascii() else ch)
    return "".join(out)


def clean(text: str) -> str:
    """Normalise Unicode (NFC), line ends and runs of spaces; cut to MAX_TEXT_CHARS."""
    text = text[: MAX_TEXT_CHARS * 2]
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    if "  " in text or "\t" in text:
        lines = _aligned_rows(_grids(lines))
    if "|" in text:
        lines = _numbered_columns(_pipe_grids(lines))
    text = "\n".join(_SPACES.sub(" ", line).rstrip() for line in lines)
    if any(c in text for c in _ARROW_CHARS):
        text = _DATE_ARROW.sub(r"\1 till ", text)
    return text[:MAX_TEXT_CHARS]


#: A month named as a session ("september", "Sept", "novemberträffen", "the May session"'s "May").
_MONTH_AS_SESSION = (r"(?:januari|january|jan|februari|february|feb|mars|march|april|apr|maj|may|juni|june|juli|july|"
                     r"augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)"
                     r"(?:tr[äa]ff\w*|m[öo]tet|-?sessionen)?\b\.?")
#: An arrow from one session to another ("byter 21/9 -> 29/11", "3 maj → 21 sep", "Byte: september → november"):
#: written as "till", the word the readings of a move know.
_DATE_ARROW = re.compile(r"(\b\d{1,2}(?:[/.]\d{1,2}|\s+[A-Za-zÅÄÖåäö]{3,9}\.?)|\b" + _MONTH_AS_SESSION + r")[ \t]*"
                         r"(?:[-–—=]*>{1,2}|[→⇒⟶⟹⇨➔➜➝⮕]|➡\ufe0f?)[ \t]*(?=(?:den\s+)?\d|" + _MONTH_AS_SESSION + r")",
                         re.IGNORECASE)
#: The characters an arrow is written with (">" of "->", "=>", "–>", ">>"; "→", "⟶", "➡" ...).
_ARROW_CHARS = ">→⇒⟶⟹⇨➔➜➝⮕➡"


#: A column heading of a plain-text grid that names a session: a date ("3/5", "21.9", "3 maj", "Sep 21") or a
#: session's number ("Träff 1", "T2").
_GRID_HEAD = re.compile(r"\d{1,2}[/.]\d{1,2}\.?|\d{1,2}\s[A-Za-zåäöÅÄÖ]{3,9}\.?|[A-Za-zåäöÅÄÖ]{3,9}\.?\s\d{1,2}|"
                        r"(?:[Tt]räff|[Tt]raff|[Ss]ession|[Tt]illfälle|[Tt])\s?\d")
#: A grid's cells: text parted from the next by two spaces or more, or a tab.
_GRID_CELL = re.compile(r"\S+(?: \S+)*")
#: A mark in a grid's cell: attending that column's session.
_GRID_MARK = re.compile(r"(?i:x|ja|yes|✓|✔|✗|☑|☒|\*|•)")
_GRID_MAX_LINES = 50


def _grid_cells(line: str) -> list[tuple[int, int, str]]:
    """A grid line's cells with where they are: by index when tabs part them (each tab one cell), else by column
    (start, end) once tabs are expanded."""
    if "\t" in line:
        return [(i, i, cell.strip()) for i, cell in enumerate(line.split("\t")) if cell.strip()]
    return [(m.start(), m.end(), m.group(0)) for m in _GRID_CELL.finditer(line)]


_DOTTED = re.compile(r"(\d{1,2})[/.](\d{1,2})")


def _day_and_month(cell: str) -> bool:
    """Whether a numeric heading can be a day and month ("21/9", not "10.00"); other headings pass."""
    m = _DOTTED.match(cell)
    return m is None or (1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12)


def _grids(lines: list[str]) -> list[str]:
    """Plain-text grids of marks under session columns ("Namn   3/5   21/9" over "Per Ek   x     x"), whose columns
    the folding of spaces would lose, as rows naming the sessions marked ("Per Ek | 3/5, 21/9"); the heading as
    "Namn | Träffar"."""
    out = list(lines)
    at = 0
    while at < len(lines):
        tabbed = "\t" in lines[at]
        cells = _grid_cells(lines[at])
        heads = [c for c in cells if _GRID_HEAD.fullmatch(c[2]) and _day_and_month(c[2])]
        if len(heads) < 2 or len(cells) - len(heads) > 1 or (len(cells) > len(heads) and cells[0] in heads):
            at += 1
            continue
        rows: list[tuple[int, str, list[str]]] = []
        for below in range(at + 1, min(len(lines), at + 1 + _GRID_MAX_LINES)):
            found = _grid_cells(lines[below])
            if not found or heads[0][0] <= found[0][0] or any(not _GRID_MARK.fullmatch(c[2]) for c in found[1:]):
                break
            if tabbed and "\t" in lines[below]:    # tab-parted cells: a mark is under the heading of its index
                marked = [c[2] for i, _, _ in found[1:] for c in cells if c[0] == i]
            else:
                marked = [min(heads, key=lambda h: abs((h[0] + h[1]) / 2 - (c[0] + c[1]) / 2))[2] for c in found[1:]]
            rows.append((below, found[0][2], marked))
        if not rows or not any(marked for _, _, marked in rows):
            at += 1
            continue
        out[at] = f"{cells[0][2]} | Träffar" if len(cells) > len(heads) else "Träffar"
        for index, label, marked in rows:
            out[index] = f"{label} | {', '.join(dict.fromkeys(marked))}"
        at = rows[-1][0] + 1
    return out


def _aligned_rows(lines: list[str]) -> list[str]:
    """The rows of a table typed with its columns aligned by spaces or tabs ("Roll      Namn      Enhet" over
    "Ekolog    Eva Ek    Miljö"), whose columns the folding of spaces would run together, as rows of cells parted by
    "|": two lines or more in a row, each of two cells or more, as many in each, none a label ending in ":" (not
    "Tel:    0247-…" over "E-post:    …") and none quoted."""
    split = [[cell for _, _, cell in _grid_cells(line.strip())]
             if "|" not in line and not line.lstrip().startswith(">") else []
             for line in lines]
    split = [row if not any(cell.endswith(":") for cell in row) else [] for row in split]
    out = list(lines)
    for k, row in enumerate(split):
        if len(row) >= 2 and any(0 <= j < len(split) and len(split[j]) == len(row) for j in (k - 1, k + 1)):
            out[k] = " | ".join(row)
    return out


#: A cell of a "|" grid that says the row's person does not go ("nej", "no", "-"): as good as empty.
_GRID_NO = re.compile(r"(?i:nej|no|[-–—])")


def _pipe_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _pipe_grids(lines: list[str]) -> list[str]:
    """Tables of cells parted by "|" (an HTML table's text, or one typed so) with a column per session and a mark
    under those each row's person goes to ("| 3 maj | 21 sep | 29 nov" over "Per Ek | X |  | X"), as rows naming the
    sessions marked ("Per Ek | 3 maj, 29 nov"), the heading as "Träffar" (after its label columns): the marks alone
    name no session, and the heading alone names them all."""
    out = list(lines)
    at = 0
    while at < len(lines):
        line = lines[at]
        cells = _pipe_cells(line) if "|" in line and not line.lstrip().startswith(">") else []
        heads = [i for i, c in enumerate(cells) if c and _GRID_HEAD.fullmatch(c) and _day_and_month(c)]
        filled = [i for i, c in enumerate(cells) if c]
        # every filled cell after the label columns is a session's heading, two at least, side by side
        if len(heads) < 2 or filled[-len(heads):] != heads or heads != list(range(heads[0], heads[-1] + 1)):
            at += 1
            continue
        rows: list[tuple[int, str, list[str]]] = []
        for below in range(at + 1, min(len(lines), at + 1 + _GRID_MAX_LINES)):
            row = lines[below]
            if not row.strip():
                continue        # blank lines may part the rows
            found = _pipe_cells(row) if "|" in row else []
            label = " | ".join(c for c in found[:heads[0]] if c)
            marks = ["" if i >= len(found) or _GRID_NO.fullmatch(found[i]) else found[i] for i in heads]
            if (not label or any(c and not _GRID_MARK.fullmatch(c) for c in marks)
                    or any(found[heads[-1] + 1:])):
                break
            rows.append((below, label, [cells[i] for i, c in zip(heads, marks) if c]))
        if not any(marked for _, _, marked in rows):
            at += 1
            continue
        labels = " | ".join(c for c in cells[:heads[0]] if c)
        out[at] = f"{labels} | Träffar" if labels else "Träffar"
        for index, label, marked in rows:
            out[index] = f"{label} | {', '.join(marked)}" if marked else label
        at = rows[-1][0] + 1
    return out


#: A table's column heading for the sessions one goes to ("Träffar", "Tillfällen", "Sessions", "Träff nr").
_SESSIONS_HEAD = re.compile(r"(?i:träff(?:ar|arna)?|traff(?:ar|arna)?|tillfällen(?:a)?|tillfallen(?:a)?|sessioner(?:na)?|"
                            r"sessions?|meetings?)(?:\s*(?i:nr|nummer|no\.?|number|#))?")
#: A cell of session numbers only ("1, 3", "2 och 4", "1-4", "3").
_NUMBERS_CELL = re.compile(r"\d(?:\s*(?:,|och|o|and|&|\+|samt|[-–—])\s*\d)*")


def _numbered_columns(lines: list[str]) -> list[str]:
    """Tables ("Namn | E-post | Träffar") whose sessions column holds bare numbers ("Per Ek | per@ort.se | 1, 3"):
    the numbers written with their noun ("träff 1, 3"), so that they name sessions."""
    out = list(lines)
    column: int | None = None
    for at, line in enumerate(lines):
        if "|" not in line:
            if line.strip() and column is not None and not line.strip().startswith(">"):
                column = None       # the table ends at the first line of prose (blank lines may part its rows)
            continue
        cells = line.split("|")
        heads = [i for i, cell in enumerate(cells) if _SESSIONS_HEAD.fullmatch(cell.strip())]
        if heads:
            column = heads[0]
            continue
        if column is not None and column < len(cells) and _NUMBERS_CELL.fullmatch(cells[column].strip()):
            cells[column] = cells[column].replace(cells[column].strip(), "träff " + cells[column].strip(), 1)
            out[at] = "|".join(cells)
    return out


#: A hedge, folded ("kanske", "eventuellt", "troligen", "maybe", "probably"): what is said after it is only perhaps so.
HEDGE_WORDS = (r"(?:kanske|eventuellt|ev\.?|mojligen|mojligtvis|troligen|troligtvis|formodligen|antagligen|maybe|"
               r"perhaps|possibly|probably|likely|might)")


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (and list items); line breaks inside a paragraph are spaces. The readers split
    the same text many times over, so the last texts' sentences are kept (``_sentences``)."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    text = "\n".join(_list_lines(text.split("\n")))
    for chunk in _SENTENCE_END.split(text):
        chunk = " ".join(chunk.split())
        if not chunk:
            continue
        start = 0
        for cut in _RUN_ON_QUESTION.finditer(chunk) if " " in chunk else ():
            # "kan inte i maj kan jag gå i september": the question apart from the session declined
            out.append(chunk[start:cut.end()].rstrip())
            start = cut.end()
        out.append(chunk[start:])
    return tuple(out)


#: A line that is a short label, a colon and a short value ("Ta bort: Per Ek", "Namn: Eva Lind", "Kost: vegan").
_LABEL_LINE = re.compile(r"[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)?(?: [^\W\d_]+){0,2}\s*:\s+[^:]{1,60}")
#: A line that is two lower-case words and nothing else, as a name on a line of its own ("linda persson").
_LOWER_PAIR_LINE = re.compile(r"[a-zåäöéü]{2,}(?:-[a-zåäöéü]+)? [a-zåäöéü]{2,}(?:-[a-zåäöéü]+)?")


#: An address in a line, and the most words a row of a list holding one has.
_ADDRESS_ROW = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_ROW_WORDS = 16
#: A list's row opening with a person's name and then what is told of them ("Eva Ek, planarkitekt – alla fyra",
#: "Per Holm (GIS) – bara 3 maj"): a row of its own however many words follow.
NAMED_ROW = re.compile(r"\s*(?:[-*•·]\s*)?[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)? "
                       r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?\s*(?:,|[–—]|-\s|\()")


def _list_lines(lines: list[str]) -> list[str]:
    """Table rows, short lines under a line ending in ':' (a list of names), and two or more lines in a row that are
    each two lower-case words (names one to a line, no colon before them), as paragraphs of their own."""
    out: list[str] = []
    listing = False
    pairs = [_LOWER_PAIR_LINE.fullmatch(line.strip()) is not None for line in lines]
    labels = [_LABEL_LINE.fullmatch(line.strip()) is not None for line in lines]
    for k, line in enumerate(lines):
        stripped = line.strip()
        short = 0 < len(stripped.split()) <= 6 and not stripped.endswith((".", ","))
        # (or a longer row of the list holding an address, or opening with a name: "Per Ek, per.ek@mora.se – bara 3 maj
        # och 21 september", "Eva Lind, miljöstrateg – bara första träffen i Falun, 3 maj")
        short = short or ((_ADDRESS_ROW.search(stripped) is not None or NAMED_ROW.match(stripped) is not None)
                          and len(stripped.split()) <= _ROW_WORDS and not stripped.endswith((".", ",")))
        paired = pairs[k] and ((k > 0 and pairs[k - 1]) or (k + 1 < len(pairs) and pairs[k + 1]))
        # a label and its value, beside another such line ("Ta bort: Per Ek" / "Lägg till: Eva Lind")
        labelled = labels[k] and ((k > 0 and labels[k - 1]) or (k + 1 < len(labels) and labels[k + 1]))
        if "|" in line or (listing and short) or paired or labelled:
            out.append(f"\n\n{line}\n\n")
            continue
        listing = stripped.endswith(":") or (listing and not stripped)
        out.append(line)
    return out


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits and inner hyphens)."""
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
