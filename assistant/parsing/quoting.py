"""Splitting a message body into the writer's own words, signature, quoted reply and forward.

People reply to the invitation, whose quoted text lists every date: quoted text is never
the signup. A forwarded message is kept apart, to be read when the forwarder points at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import getaddresses, parseaddr

from assistant.parsing.names import matches_address
from assistant.parsing.subject import is_forward
from assistant.parsing.text import fold

_ATTRIBUTION = re.compile(
    r"^\s*(?:den|on|le|am|el|op)\b.{3,200}\b(?:skrev|wrote|a écrit|schrieb|escribió|schreef)\b.{0,120}:\s*$",
    re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"^\s*(?:den|on)\s+\S", re.IGNORECASE)
_FORWARD_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:forwarded message|vidarebefordrat (?:meddelande|brev|mejl)|"
    r"begin forwarded message|(?:start på|början av|början på) vidarebefordrat (?:meddelande|brev|mejl)|"
    r"begynnelse på videresendt melding|start på videresendt (?:besked|meddelelse)|original message follows)"
    r"\s*:?\s*(?:-{2,})?\s*$", re.IGNORECASE)
_REPLY_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:ursprungligt meddelande|original message|originalmeddelande|"
    r"ursprungligt e-postmeddelande|reply message)\s*-{2,}\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,})\s*$")
_HEADER_LINE = re.compile(r"^\s*\**(från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject|"
                          r"von|gesendet|an|betreff|de|envoyé|à|objet|fra|sendt|emne)\**\s*:",
                          re.IGNORECASE)
#: A recipient or copy line of a quoted or forwarded header ("Till: Maria Lund <maria.lund@...>", "Kopia: Ronja Sahlin
#: <ronja.sahlin@...>; Per Ek <...>", "To: ...", "Cc: ...").
_COPY_LINE = re.compile(r"^\s*\**(?:till|to|an|à|til|kopia|cc|kopie|copie)\**\s*:\s*(.*)$", re.IGNORECASE)
_FROM_LINE = re.compile(r"^\s*\**(?:från|from|von|de|fra)\**\s*:\s*(.*)$", re.IGNORECASE)   # German, French, Danish too
#: An address written in the text ("Min mejl är hanna.ek@orsa.se").
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_CLOSING = re.compile(
    r"^\s*(?:(?:med\s+)?(?:vänlig(?:a|en)?|bästa|varma|glada|many|vänliga)\s+hälsning(?:ar)?|"
    r"hälsningar|hälsning|mvh|m\.v\.h\.?|vh|vänligen(?![\s,]+(?-i:[a-zåäö]))|hälsar|tack på förhand|tack och hej|"
    r"(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|best|cheers|sincerely|"
    r"yours (?:sincerely|faithfully|truly)|many thanks|thanks|thank you|tack|tusen tack|"
    r"skickat från min|sent from my|hämta outlook)\b[\s,.!]*(?:$|[A-ZÅÄÖ/])", re.IGNORECASE)
_SHORT_CLOSING = re.compile(r"^\s*(?:tack|thanks|thank you|tusen tack|tack på förhand|cheers)\s*[!.,]*\s*$",
                            re.IGNORECASE)
#: Thanks that go on with what they are for, no closing: "Tack för hjälpen!", a wrapped line's "tack på alla mina
#: träffar (3 maj och 21/9)" (not "tack på förhand").
_THANKS_FOR = re.compile(r"^\s*(?:tack|thanks|thank you)\s+(?:för|for|på(?!\s+förhand))\b", re.IGNORECASE)
_SLASH_SIGN = re.compile(r"(?:^|(?<=\s))/\s*(?=[A-Za-zÅÄÖåäöÉé])")
_DASH_SIGN = re.compile(r"^\s*--\s*$")
_INLINE_CLOSING = re.compile(r"(?:^|(?<=[\s.!,]))(?:mvh|hälsningar|/(?=\s*[A-Za-zÅÄÖåäö]))", re.IGNORECASE)
#: A postscript's opening at a line's start ("PS.", "P.S.", "Ps:"), under the signature ("/Mikaela" – "PS. det är
#: Johan som är vegetarian", "PS. Anmäl mig också till DalaLab"): written after the sign-off, the writer's own words.
_POSTSCRIPT = re.compile(r"^[ \t]*(?:p\.[ \t]?s\.?|ps\.?)(?=[ \t:,!]|$)", re.IGNORECASE | re.MULTILINE)
_GREETING = re.compile(
    r"^\s*(?:hej|hejsan|hallå|tjena|tja|hi|hello|hey|dear|god (?:morgon|dag|eftermiddag)|goddag|"
    r"good (?:morning|afternoon))\b(?:\s+[\w.-]+){0,3}\s*[,!.:]*\s*$", re.IGNORECASE)


@dataclass
class BodyParts:
    """A body cut into what the writer wrote now and what came with it."""

    own: str = ""                 # the writer's own words, without greeting line and signature
    signature: str = ""           # closing, name, title, organisation, phones...
    greeting: str = ""
    forwarded: str = ""           # the body of a forwarded message
    quoted: str = ""              # quoted replies (never read for the signup)
    quoted_people: list[tuple[str, str]] = field(default_factory=list)  # From: lines of quoted/forwarded headers
    is_forward: bool = False
    copied_people: list[tuple[str, str]] = field(default_factory=list)  # Till:/Kopia:/To:/Cc: lines of those headers


def _header_block_at(lines: list[str], i: int) -> bool:
    """Whether a mail header block (Från:/From: with Skickat:/Date:/Till:...) starts at line ``i``."""
    if not _FROM_LINE.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1: i + 6] if ln.strip()]
    return sum(1 for ln in following[:4] if _HEADER_LINE.match(ln)) >= 1


def _break_index(lines: list[str]) -> tuple[int, bool]:
    """Index of the first line of quoted or forwarded matter, and whether it is a forward."""
    for i, line in enumerate(lines):
        if _FORWARD_SEPARATOR.match(line):
            return i, True
        if _REPLY_SEPARATOR.match(line):
            return i, False
        if _ATTRIBUTION.match(line):
            return i, False
        if (_ATTRIBUTION_START.match(line) and i + 1 < len(lines)
                and _ATTRIBUTION.match(line + " " + lines[i + 1])):
            return i, False
        if _RULE.match(line) and any(_FROM_LINE.match(ln) for ln in lines[i + 1: i + 3]):
            return i, False
        if _header_block_at(lines, i):
            return i, False
    return len(lines), False


#: The line a chat client puts over a message pasted from someone else ("[Forwarded from Eva Ek]", "Vidarebefordrat
#: från Eva Ek:").
_PASTED_LABEL = re.compile(r"^[ \t]*\[?(?:forwarded from|vidarebefordrat (?:meddelande )?fr[aå]n|videresendt fra)\s+"
                           r"[^\n\]>]{2,60}\]?:?[ \t]*$", re.IGNORECASE)


def _unquote_pasted(lines: list[str]) -> list[str]:
    """The lines with the ">" taken off a message quoted under a paste label ("Vidarebefordrat från Eva Ek:" – "> kan
    du anmäla mig?"): what was pasted is read as the writer's text, where the label marks whose voice it is."""
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        if _PASTED_LABEL.match(line) and lines[i + 1].lstrip().startswith(">"):
            j = i + 1
            while j < len(out) and out[j].lstrip().startswith(">"):
                out[j] = re.sub(r"^\s*>\s?", "", out[j])
                j += 1
    return out


#: An answer marked in a quoted mail left unquoted (Outlook), as ">> Laktosfri, tack".
_MARKED_ANSWER = re.compile(r"^\s*>>\s?(.*)$")
#: A bare no or yes to a line of the quoted mail ("nej, krockar med KF", "JA, jag kommer", "x").
_ANSWER_NO = re.compile(r"^\s*(?:nej|nä|no|nope|inte|ej|kan inte|can'?t|cannot)\b", re.IGNORECASE)
_ANSWER_YES = re.compile(r"^\s*(?:ja|japp|jajamen|jadå|absolut|gärna|yes|yep|sure|x|✓|✔)(?:\W|$)", re.IGNORECASE)


def _inline_answers(lines: list[str], first: int, marked: bool) -> tuple[list[str], set[int]]:
    """Answers written into a quoted mail, each under the line it answers, as the writer's own lines: a yes
    with the line it answers ("> Träff 2 – 21 september" – "JA"), a bare no with nothing, any other answer as it
    stands; and the indices of the answer lines. None unless two or more lines are answered.

    ``marked``: the quoted mail is unquoted and the answers marked ">>" (Outlook); else the mail is quoted with ">"
    and the answers are the unquoted lines under a quoted one (from ``first`` on)."""
    out: list[str] = []
    used: set[int] = set()
    groups = 0
    previous = ""       # the last line of the quoted mail, without its marks
    in_answer = False
    for i in range(first, len(lines)):
        line = lines[i]
        m = _MARKED_ANSWER.match(line) if marked else None
        answer = m.group(1).strip() if m else (None if marked or line.lstrip().startswith(">") else line.strip())
        if answer is None or not answer and not in_answer:
            previous = line.lstrip().lstrip(">").strip() if answer is None else previous
            in_answer = False
            continue
        if not answer:
            in_answer = False
            previous = ""
            continue
        if not previous and not in_answer:
            continue
        used.add(i)
        if not in_answer:
            groups += 1
            if _ANSWER_NO.match(answer):
                in_answer = True
                previous = ""
                continue
            # (the line answered made one sentence with the yes: "JA, jag kommer: Träff 1 – 3 maj 2027, Falun, ...")
            said = re.sub(r"[.!?;]+(?=\s|$)", ",", previous).rstrip(" ,:")
            yes = _ANSWER_YES.match(answer)
            out.append(f"{yes.group(0).strip(' ,.!:')}: {said}." if yes else answer)
        else:
            out.append(answer)
        in_answer = True
    return (out, used) if groups >= 2 else ([], set())


_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")


def _all_quoted(lines: list[str]) -> bool:
    """Whether every line with text is quoted with ">" (and some are)."""
    text = [ln for ln in lines if ln.strip()]
    return bool(text) and all(ln.lstrip().startswith(">") for ln in text)


def split_body(body: str, subject: str = "", sender_names: tuple[str, ...] = ()) -> BodyParts:
    """Cut ``body`` into own text, signature, forwarded and quoted parts."""
    parts = BodyParts()
    lines = _unquote_pasted(body.split("\n"))
    cut, forward = _break_index(lines)
    if forward and _all_quoted(lines[cut + 1:]):
        # a phone's forward, the message under its separator quoted ("Början av vidarebefordrat meddelande:" – "> Från:
        # ..."): read as forwarded, without the marks
        lines = lines[:cut + 1] + [_QUOTE_MARK.sub("", ln, count=1) for ln in lines[cut + 1:]]
    forward = forward or is_forward(subject or "")
    head = [ln for ln in lines[:cut] if not ln.lstrip().startswith(">")]
    rest = lines[cut:]
    below = None if forward else _written_below(head, rest, sender_names)
    if below is not None:   # the writer's words under the quoted mail: read as if written above it
        head, rest = head + rest[below:], rest[:below]
    quoted_from = next((i for i in range(cut) if lines[i].lstrip().startswith(">")), cut)
    answers, answered = _inline_answers(lines[:cut], quoted_from, marked=False)
    if answered:    # answers written under the lines of the quoted mail: the writer's own words
        head = [ln for i, ln in enumerate(lines[:cut]) if not ln.lstrip().startswith(">") and i not in answered]
    elif rest and not forward:
        answers, answered = _inline_answers(rest, 0, marked=True)
    parts.quoted = "\n".join(ln for ln in lines[:cut] if ln.lstrip().startswith(">"))
    for k, ln in enumerate(rest[:40]):
        m = _FROM_LINE.match(ln)
        if m:
            name, addr = parseaddr(m.group(1).replace("mailto:", ""))
            if addr and "@" in addr:
                parts.quoted_people.append((name.strip(), addr.lower()))
            elif "@" not in m.group(1) and (own := _own_address(m.group(1).strip(' "'), rest[k + 1:])):
                # a name with no address (a registry's mailbox strips it, "Från: Hanna Ek"): the address the
                # forwarded text gives that person ("Min mejl är hanna.ek@orsa.se"), never a colleague's
                parts.quoted_people.append((m.group(1).strip(' "'), own))
        elif copied := _COPY_LINE.match(ln):
            # (one address a part: "Sahlin, Ronja <ronja.sahlin@...>; Per Ek <...>"; several: split at commas)
            parts.copied_people.extend(
                (name.strip(), addr.lower()) for chunk in copied.group(1).replace("mailto:", "").split(";")
                for name, addr in (getaddresses([chunk]) if chunk.count("@") > 1 else [parseaddr(chunk)])
                if addr and "@" in addr)
    if rest and forward:
        parts.is_forward = True
        parts.forwarded = "\n".join(ln for ln in rest[1:] if not _HEADER_LINE.match(ln)
                                    and not ln.lstrip().startswith(">")).strip()
    elif rest:
        parts.quoted = (parts.quoted + "\n" + "\n".join(rest)).strip()
    _split_signature(head, parts, sender_names)
    if answers:
        parts.own = (parts.own + "\n\n" + "\n\n".join(answers)).strip()
    return parts


def _written_below(head: list[str], rest: list[str], sender_names: tuple[str, ...]) -> int | None:
    """Where the writer's own words start under the quoted mail (``rest``, from its attribution or header block on),
    or None: below a mail quoted with ">" under its attribution, with nothing written above ("Den 15 dec. skrev ...:"
    – "> Stämmer det?" – "Nej, jag menade 21 september."), the lines after the quote; below a pasted header block
    ("Från: ..." – "Skickat: ..." – the text), a last paragraph the writer signs with their own name ("Jag vill vara
    med 21/9. Eva Lund, Orsa kommun"). A list's footer under a rule is no one's words."""
    if not rest:
        return None
    end = next((i for i, ln in enumerate(rest) if i and _RULE.match(ln)), len(rest))
    quoted = [i for i in range(end) if rest[i].lstrip().startswith(">")]
    if quoted and not any(ln.strip() for ln in head) and (
            _ATTRIBUTION.match(rest[0]) or (len(rest) > 1 and _ATTRIBUTION.match(rest[0] + " " + rest[1]))):
        first = next((i for i in range(1 + (not _ATTRIBUTION.match(rest[0])), end) if rest[i].strip()), end)
        if first in quoted and all(i in quoted for i in range(first, quoted[-1] + 1) if rest[i].strip()):
            below = quoted[-1] + 1
            return below if any(ln.strip() for ln in rest[below:end]) else None
    if quoted or not _header_block_at(rest, 0):
        return None
    paragraph = max((i + 1 for i in range(end) if not rest[i].strip() and any(ln.strip() for ln in rest[i:end])),
                    default=0)
    lines = [ln.strip() for ln in rest[paragraph:end] if ln.strip()]
    from_line = _FROM_LINE.match(rest[0])
    names = [fold(n).strip() for n in sender_names if n and len(n.split()) >= 2]
    if not paragraph or not lines or not names or from_line is None or any(n in fold(from_line.group(1)) for n in names):
        return None
    last = fold(lines[-1])
    at = max((last.rfind(n) for n in names), default=-1)
    signed = at >= 0 and (at == 0 or last[at - 1] in ".!, ") and len(last) - at <= 60 and (
        len(lines) > 1 or at > 0)
    return paragraph if signed and not _header_block_at(rest, paragraph) else None


def _own_address(name: str, lines: list[str]) -> str | None:
    """The first address in ``lines`` made of ``name`` (lower case), if any."""
    return next((found.group(0).rstrip(".").lower() for ln in lines for found in _ADDRESS.finditer(ln)
                 if matches_address(name, found.group(0).rstrip("."))), None)


#: What parts a one-line signature's fields ("Eva Lind | Planerare | Orsa kommun", "Eva Lind, Orsa kommun").
_FIELD_BREAK = re.compile(r"\s*(?:\||,|\s[–—-]\s)\s*")


def _signed(line: str, names: set[str], last: bool) -> bool:
    """Whether a line signs with the sender's name: the name alone, the given name alone ("Eva"), or, as the last
    line, the name as the first field of a one-line signature ("Eva Lind | Planerare | Orsa kommun"; not a roster's
    row with more rows under it)."""
    folded = fold(line).strip().rstrip(",.")
    given = {n.split()[0] for n in names if len(n.split()) >= 2 and len(n.split()[0]) >= 2}
    return folded in names or folded in given or (last and _FIELD_BREAK.split(folded, maxsplit=1)[0] in names)


def _split_signature(lines: list[str], parts: BodyParts, sender_names: tuple[str, ...]) -> None:
    _split_closing(lines, parts, sender_names)
    sig = parts.signature.split("\n")
    at = next((i for i, ln in enumerate(sig) if i and _POSTSCRIPT.match(ln)), None)
    if at is None:
        return
    end = next((j for j in range(at + 1, len(sig)) if not sig[j].strip()), len(sig))
    parts.own = (parts.own + "\n\n" + "\n".join(sig[at:end])).strip()
    parts.signature = "\n".join(sig[:at] + sig[end:]).strip()


def _split_closing(lines: list[str], parts: BodyParts, sender_names: tuple[str, ...]) -> None:
    while lines and not lines[0].strip():
        lines = lines[1:]
    if lines and _GREETING.match(lines[0]):
        parts.greeting, lines = lines[0].strip(), lines[1:]
    names = {fold(n).strip() for n in sender_names if n}
    seen_content = False
    name_line: int | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        closing = (_CLOSING.match(stripped) and (not _SHORT_CLOSING.match(stripped) or seen_content)
                   and not _THANKS_FOR.match(stripped))
        if seen_content and (closing or _DASH_SIGN.match(stripped) or _SLASH_SIGN.match(stripped)):
            parts.own = "\n".join(lines[:i]).strip()
            parts.signature = "\n".join(lines[i:]).strip()
            return
        if seen_content and name_line is None and _signed(stripped, names,
                                                          last=not any(ln.strip() for ln in lines[i + 1:])):
            name_line = i
        seen_content = True
    if name_line is not None:
        parts.own = "\n".join(lines[:name_line]).strip()
        parts.signature = "\n".join(lines[name_line:]).strip()
        return
    own = "\n".join(lines).strip()
    # An inline closing on the last line of a short message ("... tack. mvh rasmus hed, sater kommun").
    last_nl = own.rfind("\n") + 1
    m = None
    for m in _INLINE_CLOSING.finditer(own, last_nl):
        pass
    if m is not None and m.start() > last_nl + 8 and len(own) - m.start() < 80:
        parts.own, parts.signature = own[: m.start()].strip(), own[m.start():].strip()
    else:
        parts.own = own
