"""People's names: whether a string can be one, restoring them from addresses, fixing their order and capitals.

``plausible_name`` is the one check of what may be greeted or registered as a person's name, for
the parser (display names, Telegram profile names), the greeting and the Telegram conversation.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.control_chars import has_controls
from assistant.parsing.prefilter import quick
from assistant.parsing.text import fold

_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*\.?$")
#: The longest name taken (the longest real ones are about half of it).
MAX_NAME_CHARS = 100
#: Letters (any script, with their accents), spaces and the few marks names are written with; at most two digits.
_NAME_CHARS = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f]|[ .,'’()-]|\d)+")
_LINK = re.compile(r"://|\bwww\.|[^\W\d_]{2,}\.[^\W\d_]{2,}", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")
_PARTICLES = frozenset({"von", "van", "de", "der", "af", "av", "da", "di", "la", "le", "du", "bin", "al"})
#: Words (folded) no person's name holds: a firm's, an office's or a unit's ("Planbyrån Syd", "Norrplan Arkitekter",
#: "Kowalski Urban Design", "Nordic Planning Studio",
#: "Stadsbyggnadskontoret Väst", "Miljöförvaltningen"), a season ("vår fältsäsong"), and the particle a verb takes
#: ("drar ut", "drar igång"), caught when written capitalised or in a lower-case pair.
_NO_NAME_WORD = quick(re.compile(r"[\w-]*(?:kontor|kontoret|forvaltning|forvaltningen|enheten|avdelning|avdelningen|byran|"
                           r"bolaget|sektionen|sasong|sasongen)|[\w-]*(?:arkitekter|architects|konsulter|consulting|"
                           r"consultants|ingenjorer|engineering|design|studio|planning|landscape|partners|konsult|konsulting)|"
                           r"ut|upp|bort|ihop|ivag|igang|tillbaka|igen|ocksa|aven"))


def titlecase(name: str) -> str:
    """``lisa norberg`` -> ``Lisa Norberg``; ``wallin-åberg`` -> ``Wallin-Åberg``; particles stay small."""
    out = []
    for i, word in enumerate(name.split()):
        if i and word.lower() in _PARTICLES:
            out.append(word.lower())
            continue
        out.append("-".join(part[:1].upper() + (part[1:].lower() if part.isupper() else part[1:])
                            if part.islower() or part.isupper() else part for part in word.split("-")))
    return " ".join(out)


def address_tokens(address: str | None) -> list[str]:
    """The folded name parts of an address's local part (``anna.andersson78`` -> ``[anna, andersson]``)."""
    if not address or "@" not in address:
        return []
    local = address.split("@", 1)[0].lower()
    local = re.sub(r"[\d+].*$", "", local) if re.search(r"\d", local) else local
    return [t for t in re.split(r"[._]", local) if t]


def name_from_address(address: str | None, text: str = "") -> str | None:
    """``anna.andersson@falun.se`` -> ``Anna Andersson``; None when the address holds no full name. A word ``text``
    writes with the letters the address leaves out is spelled so ("karl.bjork@…" beside "Karl (Kalle) Björk" ->
    ``Karl Björk``)."""
    tokens = address_tokens(address)
    if len(tokens) < 2 or not all(t.replace("-", "").isalpha() for t in tokens):
        return None
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text) if text else []
    if text and not text.isascii():
        written = {fold(w): w for w in words if not w.isascii() and w[:1].isupper() and not w.isupper()}
        tokens = [written.get(t, t) for t in tokens]
    # "Lisa Akerman (lisa.akerman@…)": as written (not the address itself)
    plain = {w.lower() for w in re.findall(r"[^\W\d_]+", _ADDRESS.sub(" ", text))} if text else set()
    tokens = [t if not t.isascii() or t in plain else "-".join(map(_swedish_letters, t.split("-"))) for t in tokens]
    return clean_name(titlecase(" ".join(tokens)))


#: Parts of Swedish names only ever written with å, ä or ö, which an address leaves out ("stromberg" is Strömberg,
#: "akerman" Åkerman, "goran" Göran); those also written without them (Back/Bäck, Ahl/Åhl, Mar-) are not here.
_SWEDISH_LETTERS = [(re.compile(pattern), letters) for pattern, letters in (
    (r"strom", "ström"), (r"^sjo(?=\w)|(?<=\w)sjo$", "sjö"), (r"^soder", "söder"), (r"^bjo(?=rk|rn$)", "bjö"),
    (r"^ake(?=s|r|$)", "åke"), (r"^o(?=berg$|hman$|hlund$|stlund$|stberg$|stman$|st$|dman$)", "ö"),
    (r"^hog(?=lund|berg|ström)", "hög"), (r"^lof(?=gren|berg|stedt)", "löf"), (r"^nas(?=lund|ström)", "näs"),
    (r"(?<=\w\w)gard$", "gård"), (r"^lonn", "lönn"), (r"^stahl|^stal(?=$|berg)", "ståhl"), (r"^mard$", "mård"),
    (r"^marten", "mårten"), (r"^as(?=$|a$|berg$)", "ås"),
    (r"^a(?=ström$)", "å"), (r"^goran$", "göran"), (r"^hakan$", "håkan"),
    (r"^jorgen$", "jörgen"), (r"^orjan$", "örjan"), (r"^soren$", "sören"), (r"^borje$", "börje"), (r"^gosta$", "gösta"),
    (r"^mans$", "måns"))]


def _swedish_letters(word: str) -> str:
    """An address's name part with the Swedish letters it leaves out where the name is only ever written so."""
    for pattern, letters in _SWEDISH_LETTERS:
        word = pattern.sub(letters, word)
    return word


def name_key(name: str) -> tuple[str, ...]:
    """A name as folded words, for comparing names written differently (an apostrophe left out: "O'Connor" is
    "oconnor")."""
    return tuple(fold(w).replace("'", "").replace("’", "")
                 for w in re.findall(r"(?:[ODL]['’](?=[A-Z]))?[^\W\d_]+(?:-[^\W\d_]+)*", name))


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are one, a hyphen between two of its words written or left out ("Britt-Marie Dahl" and
    "Britt Marie Dahl" dictated, "Anna Ek-Berg" and "Anna Ek Berg")."""
    if not a or not b:
        return False
    key_a, key_b = name_key(a), name_key(b)
    return key_a == key_b or (len(key_a) != len(key_b) and "-".join(key_a).split("-") == "-".join(key_b).split("-"))


def matches_address(name: str | None, address: str | None) -> bool:
    """Whether ``name`` is the person an address is made of (either order, accents folded)."""
    if not name:
        return False
    # a hyphen the address leaves out ("ahmed.alsayed" for "Ahmed Al-Sayed")
    tokens = [t.replace("-", "") for t in address_tokens(address)]
    key = [k.replace("-", "") for k in name_key(name)]
    if len(tokens) < 2 or len(key) < 2:
        return False
    if tokens in (key, key[::-1]):
        return True
    if tokens[0] == key[0] and tokens[-1] == key[-1]:
        return True
    # a name with the surname's initial only ("Eva L" from eva.l@hotmail.com, "Henrik S") is that of an address
    # with the same given name and a surname so beginning ("eva.lund@orsa.se")
    if len(key) == 2 and len(key[-1]) == 1 and tokens[0] == key[0] and len(tokens[-1]) > 1:
        return tokens[-1].startswith(key[-1])
    # an address of the given name's initial and the surname ("m.rask@…" for "Mattias Rask")
    if len(tokens) == 2 and len(tokens[0]) == 1 and len(key[0]) > 1 and key[0].startswith(tokens[0]):
        return tokens[1] == key[-1]
    # the initials of a hyphenated given name and the surname ("ak.wiklund@…" for "Anna-Karin Wiklund")
    parts = name_key(name)[0].split("-")
    if len(tokens) == 2 and len(parts) > 1 and all(parts) and tokens[0] == "".join(p[0] for p in parts):
        return tokens[1] == key[-1]
    # a double surname written as one word or with a hyphen ("anna.erikssonpers" for "Anna Eriksson Pers")
    return len(key) > 2 and tokens[0] == key[0] and "".join(tokens[1:]) == "".join(key[1:])


def spelt_by_address(name: str | None, address: str | None, text: str = "") -> str | None:
    """The name as its address writes it out when the name gives the given name by its initials only ("A-K Berg"
    beside ann-kristin.berg@…, "M. Sund" beside maja.sund@…): the address's name, the surname the same; else None."""
    key, tokens = name_key(name or ""), address_tokens(address)
    if len(key) != 2 or len(tokens) != 2 or key[1].replace("-", "") != tokens[1].replace("-", ""):
        return None
    parts, spelt = key[0].split("-"), tokens[0].split("-")
    if not all(len(p) == 1 for p in parts) or len(parts) != len(spelt) or not all(len(p) > 1 for p in spelt):
        return None
    if any(not w.startswith(p) for p, w in zip(parts, spelt)):
        return None
    return name_from_address(address, text)


def one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added, dropped or two swapped ("yusef" for "yusuf")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def nearly_matches_address(name: str | None, address: str | None) -> bool:
    """Whether an address is ``name``'s mistyped by one letter in one of its two words ("ali.yusef@…" for "Ali
    Yusuf", "kristna.holm@…" for "Kristina Holm"): the other word the same, the mistyped one four letters or more."""
    if not name or matches_address(name, address):
        return False
    tokens = [t.replace("-", "") for t in address_tokens(address)]
    key = [k.replace("-", "") for k in name_key(name)]
    if len(tokens) != 2 or len(key) < 2:
        return False
    first, last = key[0], key[-1]
    return ((tokens[0] == first and len(last) >= 4 and one_edit(tokens[1], last))
            or (tokens[1] == last and len(first) >= 4 and one_edit(tokens[0], first)))


def full_name(name: str | None) -> bool:
    """Whether a name is a full one: two words or more, the last no initial ("Henrik S" and "Ninni" are not)."""
    parts = (name or "").replace(".", " ").split()
    return len(parts) >= 2 and len(parts[-1]) >= 2


def plausible_name(name: str | None) -> bool:
    """Whether ``name`` can be greeted and registered as a person's name.

    Not: a formula (starts with anything but a letter), a link or an address, a phone number
    (more than two digits), a control character, or longer than ``MAX_NAME_CHARS``.
    """
    if not name:
        return False
    name = name.strip()
    return (0 < len(name) <= MAX_NAME_CHARS and name[0].isalpha() and not has_controls(name)
            and _NAME_CHARS.fullmatch(name) is not None and sum(c.isdigit() for c in name) <= 2
            and _LINK.search(name) is None
            and not any(_NO_NAME_WORD.fullmatch(fold(w)) for w in name.split() if len(name.split()) > 1))


def without_symbols(raw: str | None) -> str | None:
    """A display name less the emoji and other symbols written beside the name ("Lotta ⛷️" -> "Lotta"); None when
    nothing else is left."""
    if not raw or raw.isascii():
        return raw
    kept = "".join(" " if unicodedata.category(c)[0] == "S" or c in "\u200d\ufe0e\ufe0f" else c for c in raw)
    return " ".join(kept.split()) or None


def clean_name(raw: str | None) -> str | None:
    """A name a stranger wrote, its spaces collapsed; None when it is not a plausible name."""
    name = " ".join((raw or "").split())
    return name if plausible_name(name) else None


def looks_like_name(name: str | None) -> bool:
    """Whether a string looks like a person's full name (two to four words, letters only)."""
    if not name:
        return False
    parts = name.replace(",", " ").split()
    return 2 <= len(parts) <= 4 and all(_NAME_TOKEN.match(p) for p in parts) and "@" not in name


def display_name(raw: str | None, address: str | None, hints: str = "") -> str | None:
    """The best name for a sender: the display name put right, else one from the signature or address.

    ``Sandberg Erik`` becomes ``Erik Sandberg`` when the address (or a line of ``hints``, the
    signature) shows that order; ``Sandberg, Erik`` always does. Only a plausible name is given.
    """
    return clean_name(_display_name(raw, address, hints))


def _display_name(raw: str | None, address: str | None, hints: str) -> str | None:
    name = " ".join((raw or "").replace('"', "").split()) or None
    if name and not plausible_name(name):
        name = None
    if name and name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last and " " not in last:
            name = f"{first} {last}"
    if name and not looks_like_name(name):
        name = None if len(name.split()) > 5 else name
    tokens = address_tokens(address)
    if name and name.split()[0].lower() in _PARTICLES and len(name.split()) >= 3:    # "af Geijerstam Clara"
        name = " ".join(name.split()[-1:] + name.split()[:-1])
    if name:
        key = list(name_key(name))
        if len(key) == 2 and len(tokens) == 2 and tokens == key[::-1] and tokens != key:
            name = " ".join(reversed(name.split()))
        elif len(key) == 2 and hints and tokens != key:
            # (an address in the display name's order says that order, whatever a list row of the body writes:
            # "WIKSTRÖM Anton" pasted from a spreadsheet beside "Anton Wikström <anton.wikstrom@…>")
            reversed_name = " ".join(reversed(name.split()))
            if fold(reversed_name) in fold(hints) and fold(name) not in fold(hints):
                name = reversed_name
        elif len(key) == 3 and "," not in name:
            # a surname of two words first ("Lundh Sjöberg Anna-Karin"): the given name first when the address (or
            # the signature) writes it so and not the display name's way
            turned = " ".join(name.split()[-1:] + name.split()[:-1])
            if (matches_address(turned, address) and not matches_address(name, address)) or (
                    hints and fold(turned) in fold(hints) and fold(name) not in fold(hints)):
                name = turned
        if name.islower() or name.isupper():
            name = titlecase(name)
        if len(name.split()) >= 2:
            name = _written_out(name, tokens, hints, address)
            return _signed_longer(_accented(_fuller(name, tokens, address, hints), hints), hints)
    for line in hints.split("\n")[:8]:
        line = line.strip().lstrip("/").strip()
        candidate = line.split(",")[0].strip()
        if looks_like_name(candidate) and (matches_address(candidate, address) or _initialled(candidate, tokens)
                                           or (name and name_key(candidate)[:1] == name_key(name)[:1])):
            return _spelt_out(titlecase(candidate), address, hints)
    built = name_from_address(address)
    if built and name and len(name.split()) == 1 and fold(name).replace("-", "") == tokens[0].replace("-", ""):
        # the given name as the display name spells it ("Lars-Erik", "Åsa"), the rest from the address
        return " ".join([name if not name.islower() else titlecase(name), *built.split()[1:]])
    return built or name


def _spelt_out(signed: str, address: str | None, hints: str) -> str:
    """A signature's name with the surname's initial only ("//johan s") as the address spells it in full
    (johan.sundqvist@… -> "Johan Sundqvist"); any other name as signed."""
    key, tokens = name_key(signed), address_tokens(address)
    if len(key) != 2 or len(key[1]) != 1 or len(tokens) != 2 or tokens[0] != key[0] or len(tokens[1]) < 2:
        return signed
    built = name_from_address(address, hints)
    return built if built is not None and tokens[1].startswith(key[1]) else signed


def _written_out(name: str, tokens: list[str], hints: str, address: str | None = None) -> str:
    """The name with the given name the address and the signature write out in full where the display name has a
    short form of it ("Dan Okafor" from daniel.okafor@…, signing "Dan (Daniel Okafor, Ludvika)"), or its initial only
    ("K. Ek" from karin.ek@…: the address alone writes it out)."""
    key = name_key(name)
    initial = len(key) == 2 and len(key[0]) == 1
    if (len(key) != 2 or len(tokens) != 2 or key[1] != tokens[1] or key[0] == tokens[0]
            or len(tokens[0]) <= len(key[0]) or key[0][:2 - initial] != tokens[0][:2 - initial]):
        return name
    m = re.search(rf"(?<![\w-]){re.escape(tokens[0])}\s+{re.escape(tokens[1])}(?![\w-])", fold(hints))
    if m is None:
        return (name_from_address(address, hints) or name) if initial else name
    written = hints[m.start():m.end()]
    return titlecase(written) if written.islower() or written.isupper() else " ".join(written.split())


def _initialled(name: str, tokens: list[str]) -> bool:
    """Whether an address of the given name's initial and the surname is the name's ("m.rahimi" for "Mehdi Rahimi")."""
    key = name_key(name)
    return (len(tokens) == 2 and len(tokens[0]) == 1 and len(key) >= 2 and len(key[0]) > 1
            and key[0].startswith(tokens[0]) and key[-1].replace("-", "") == tokens[1].replace("-", ""))


def _accented(name: str, hints: str) -> str:
    """The name with the accents the signature writes and the display name leaves out ("Tomasz Wisniewski" signing
    "Tomasz Wiśniewski")."""
    if not name.isascii():
        return name
    for line in hints.split("\n")[:8]:
        candidate = line.strip().lstrip("/").strip().split(",")[0].strip()
        if (len(candidate) == len(name) and candidate != name and not candidate.isascii()
                and fold(candidate) == fold(name) and looks_like_name(candidate)):
            return candidate if not (candidate.islower() or candidate.isupper()) else titlecase(candidate)
    return name


#: Words that may follow a name on a signature line and are no surname: a title, an organisation.
_NO_SURNAME = quick(re.compile(r"[\w-]*(?:arkitekt|planerare|chef|handlaggare|ingenjor|ekolog|strateg|samordnare|utredare|"
                         r"sekreterare|assistent|konsult|specialist|ansvarig|ledare|planner|architect|manager|officer|"
                         r"coordinator|consultant|engineer|kommun|region|stad|lansstyrelsen)\w*|ab|phd|fil|dr|mba|msc"))


def _signed_longer(name: str, hints: str) -> str:
    """The name as a signature line writes it with one word more after it, a second surname the display name
    leaves out ("Diego Ramírez" signing "Diego Ramírez Soto")."""
    key = name_key(name)
    if len(key) != 2:
        return name
    for line in hints.split("\n")[:8]:
        candidate = line.strip().lstrip("/").strip()
        found = name_key(candidate)
        if (len(found) == 3 and found[:2] == key and "," not in candidate and looks_like_name(candidate) and candidate.split()[-1][:1].isupper()
                and not candidate.isupper() and not _NO_SURNAME.fullmatch(found[-1])):
            return candidate
    return name


def _fuller(name: str, tokens: list[str], address: str | None, hints: str) -> str:
    """The name with the words the address holds beside its own, as the signature writes them ("Camilla Sjöberg"
    from camilla.sjoberg.andersson@…, signing "Camilla Sjöberg Andersson")."""
    key = list(name_key(name))
    if len(tokens) <= len(key) or tokens[0] != key[0] or not all(k in tokens[1:] for k in key[1:]):
        return name
    for line in hints.split("\n")[:8]:
        candidate = line.strip().lstrip("/").strip().split(",")[0].strip()
        if looks_like_name(candidate) and list(name_key(candidate)) == tokens:
            return titlecase(candidate) if candidate.islower() or candidate.isupper() else candidate
    return name
