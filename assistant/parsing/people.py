"""The people a message is about: the sender and colleagues named in prose, lists or tables.

Names are capitalised runs of words (or, in chat, lower-case names after "jag och",
"min kollega"...) in sentences that speak of taking part; e-mail addresses written
beside a name belong to it, and an address alone gives a name only when nothing better
exists. The sender is among the people unless the message is about others only or says
the sender stays away ("själv deltar jag inte").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.parsing.names import matches_address, name_from_address, name_key, plausible_name, titlecase
from assistant.parsing.text import fold

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_AFTER_FIRM = re.compile(r"^\s*(?:&|\+|AB\b|HB\b|KB\b|Ltd|Inc|LLC|GmbH|Oy\b|AS\b|A/S|kommun|län|stad|"
                         r"Group|Consulting|Konsult|Arkitekter|Architects|Partners)")
_LOWER_PAIR = r"([a-zåäöéü]{2,}(?:-[a-zåäöéü]+)?)\s+([a-zåäöéü]{2,}(?:-[a-zåäöéü]+)?)"
_THIRD_PARTY_VERB = (r"(?:kan (?:inte|ej)|kommer (?:inte|ej)|har slutat|slutar|gar i|(?:gar|kommer) (?:i stallet|istallet)|"
                     r"tar (?:hans|hennes|\w+s) plats|"
                     r"ersatter|hoppar in|har fatt forhinder|far forhinder|can'?t|cannot|takes|replaces|will replace)\b")
#: Names written in lower case where a phrase shows them to be names; each with a quick test of the folded
#: sentence that must pass first (most sentences hold none of these phrases).
_LOWER_NAMES = (
    (re.compile(r"\b(?:jag|mig|me|i)\s+(?:\([^)]{0,30}\)\s+)?(?:och|o|&|and|samt|\+)\s"),
     re.compile(r"\b(?:jag|mig|me|i)\s+(?:\([^)]{0,30}\)\s+)?(?:och|o|&|and|samt|\+)\s+"
                r"(?:min kollega\s+|kollegan\s+|my colleague\s+)?" + _LOWER_PAIR, re.IGNORECASE)),
    # a substitution written by a third party: "erik sand kan inte komma, maria holm går i hans ställe"
    (re.compile(r"\b" + _THIRD_PARTY_VERB),
     re.compile(r"(?:^|[,;:!]\s*|\b(?:hej|hejsan|hi|hello)\s*,?\s+|\b(?:men|but|sa|so|och|and)\s+)" + _LOWER_PAIR
                + r"\s+(?=(?:fr[aå]n \S+ )?(?:kan (?:inte|ej)|kommer (?:inte|ej)|har slutat|slutar|g[aå]r i|"
                r"(?:g[aå]r|kommer) (?:i st[aä]llet|ist[aä]llet)|"
                r"tar (?:hans|hennes|\w+s) plats|ers[aä]tter|hoppar in|har f[aå]tt f[oö]rhinder|f[aå]r f[oö]rhinder|"
                r"can'?t|cannot|takes|replaces|will replace)\b)", re.IGNORECASE)),
    # a colleague from another place: "anmäl mig och karl dahl från vansbro"
    (re.compile(r"\s(?:fran|from|pa|at)\s"),
     re.compile(r"\b(?:och|o|samt|&|and)\s+" + _LOWER_PAIR + r"\s+(?=(?:fr[aå]n|from|p[aå]|at)\s)", re.IGNORECASE)),
    (re.compile(r"kolleg|colleague"),
     re.compile(r"\b(?:min kollega|kollegan|my colleague|kollega)\s+" + _LOWER_PAIR, re.IGNORECASE)),
    (re.compile(r"\s(?:och|o|and|&)\s+(?:jag|mig|me|i)\b"),
     re.compile(_LOWER_PAIR + r"\s+(?:och|o|and|&)\s+(?:jag|mig|me|i)\b", re.IGNORECASE)),
)
#: Two or more lower-case names listed after a colon, and nothing else ("vill komma: anna berg, per nilsson och eva ek").
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:och|o|and|&|samt)\s+")
_LOWER_ITEM = re.compile(_LOWER_PAIR)
#: A list item written surname first ("Holm, Maria", "- Berg, Anders – vegetarisk", "Ek, Lena <lena.ek@...>").
_SURNAME_FIRST = re.compile(r"^[\W\d]*?([^\W\d_][\w'-]+(?: [^\W\d_][\w'-]+)?),\s*([^\W\d_][\w'-]+(?: [^\W\d_][\w'-]+)?)"
                            r"(?=\s*(?:$|[-–—:;(<|]|[\w.+-]+@)|\s+(?:har|kan|kommer|ska|är|slutar|has|is|will|can)\b)")
#: Two or more such names in a sentence, joined by ";" or "och" ("Backman, Olof; Törnqvist, Frida").
_SURNAME_FIRST_PAIR = re.compile(r"(?:(?<=[:;&])|(?<=\boch)|(?<=\bsamt)|(?<=\band)|^)\s*([^\W\d_][\w'-]+),\s*([^\W\d_][\w'-]+)"
                                 r"(?=\s*(?:[;.)]|$|och\b|samt\b|and\b|&|till\b|to\b|[-–(<]))")
_SELF_OUT_OTHERS = re.compile(r"\bjag (?:deltar|kommer|kan) (?:\w+ )?inte (?:att )?(?:delta|vara med|komma)|"
                              r"\bhar redan anmalt mig\b|\bhave already (?:registered|signed up)\b")
_SELF_OUT = re.compile(
    r"\b(?:sjalv|jag sjalv)\b[^.!?]{0,40}\b(?:inte|ej)\b|\bi (?:won['’]?t|can['’]?t|cannot|will not|am not|do not|don['’]?t)"
    r"(?: be)? (?:attend|join|tak|com|participat)\w*[^.!?]{0,20}\bmyself|myself[^.!?]{0,30}\b(?:not|won['’]?t)\b")
_SELF_IN = re.compile(r"\b(?:mig|(?<!hos )(?<!till )(?<!for )(?<!fran )(?<!av )oss|me|"
                      r"(?<!with )(?<!at )(?<!for )(?<!from )(?<!to )(?<!contact )us|myself|jag och|och jag|and i|i and|jag sjalv|undertecknad|jag o|o jag|"
                      r"jag ocksa|jag med|även jag|aven jag|me too|i also|also me|we'?re both|we are both|"
                      r"vi bada|bada tva|vi e tva|vi ar tva|vi blir tva)\b|\b(?:jag|i) \([^)]{0,30}\)(?: (?:och|o|and|&|samt)\b|,)|[:,]\s*jag\s*(?=,|och\b|o\b|&|samt\b)|"
                      # the writer saying they take part ("jag kommer gärna", "I want attend"), not negated
                      r"\b(?:jag|i|i'd|i'll)\s+(?:(?!inte\b|ej\b|not\b|never\b|aldrig\b|can'?t\b|cannot\b|won'?t\b|kan\b)\w+\s+){0,2}"
                      r"(?:deltar|delta|kommer|komma|vara med|attend|join|participate|take part|"
                      r"(?:register|sign up)(?=\s+(?:for|to|myself)\b|\s*[.,!]|$))\b(?!\s+(?:inte|ej|not|tillbaka|back)\b|\s+att\s+(?!delta|vara med|narvara|komma))")
_I = re.compile(r"\b(?:jag|i|i'm|i am|undertecknad)\b")
_SELF_LEAVING = re.compile(r"\b(?:i mitt stalle|istallet for mig|i stallet for mig|min plats|in my place|"
                           r"instead of me|my place|my spot|my seat|replace me|ersatter mig)\b")

#: Small words inside a name ("Eva af Klercker", "Karl von Essen", "Maria de la Cruz").
_JOINING_PARTICLES = frozenset({"af", "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "dos", "ten",
                                "ter", "zu", "bin", "al", "el"})

#: Imperative verbs that open an instruction ("Avanmäl Per Holm", "Byt Anna Berg mot ...", "Cancel Per Holm")
#: and the particles that may follow them ("Ta bort", "Boka in"), folded: at the start of a sentence never a name's.
_IMPERATIVES = frozenset({
    "avanmal", "anmal", "avboka", "boka", "byt", "flytta", "lagg", "ta", "radera", "stryk", "ersatt", "andra",
    "registrera", "skriv", "satt", "avregistrera", "cancel", "register", "add", "remove", "move", "book",
    "delete", "erase", "replace", "swap", "enrol", "enroll", "unregister", "drop", "change", "put", "sign"})
_VERB_PARTICLES = frozenset({"till", "bort", "in", "upp", "av", "ut", "om", "up", "off", "out", "on"})

#: Capitalised words that are never part of a person's name (folded).
STOPWORDS = frozenset(["jag", "vi", "du", "ni", "han", "hon", "de", "den", "det", "dem", "oss", "mig", "dig", "er", "min", "mitt", "mina", "var", "vart", "vara", "din", "ditt", "hans", "hennes", "deras", "sin", "sitt", "sina", "man", "en", "ett", "och", "eller", "samt", "men", "att", "som", "for", "till", "fran", "med", "pa", "i", "av", "om", "under", "efter", "innan", "hej", "hejsan", "hallo", "tja", "tjena", "hi", "hello", "hey", "dear", "tack", "thanks", "thank", "mvh", "halsningar", "halsning", "vanlig", "vanliga", "med", "basta", "kind", "best", "regards", "cheers", "sincerely", "yours", "god", "morgon", "anmal", "anmala", "anmaler", "anmalan", "avanmalan", "fraga", "fragor", "angaende", "ang", "betr", "re", "sv", "vb", "fwd", "fw", "aw", "kollega", "kollegan", "kollegor", "chef", "enhetschef", "planarkitekt", "planerare", "handlaggare", "specialkost", "kost", "namn", "e-post", "epost", "mejl", "mail", "telefon", "tel", "tfn", "mobil", "adress", "e-postadress", "organisation", "please", "my", "our", "the", "a", "an", "i", "and", "or", "but", "for", "to", "from", "with", "of", "in", "on", "at", "by", "as", "is", "are", "we", "you", "he", "she", "they", "also", "unfortunately", "tyvarr", "hopefully", "sorry", "ps", "obs", "nb", "dr", "mr", "mrs", "ms", "fru", "herr", "prof", "ab", "ltd", "inc", "llc", "kommun", "kommuns", "kommunen", "region", "regionen", "lansstyrelsen", "lst", "stad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "tva", "tre", "fyra", "fem", "two", "three", "four", "five", "kollegorna", "colleague", "colleagues", "coworkers", "people", "personer", "others", "flera", "nagra", "several", "county", "administrative", "board", "council", "municipality", "authority", "agency"])


@dataclass(frozen=True)
class NameHit:
    """A name written in the message, with the address written beside it (if any)."""

    name: str
    email: str | None
    sentence: int
    start: int = -1         # where in its sentence the name is written (-1: not in the own text)


class StopWords:
    """The stop words of one config: the generic list plus the event's and organisations' words; ``places`` are
    the one-word names of places among them, which are also surnames ("Stina Mora")."""

    def __init__(self, extra: set[str], places: set[str] | None = None) -> None:
        self.words = STOPWORDS | frozenset(extra)
        self.places = frozenset(places or ()) - STOPWORDS

    def __contains__(self, word: str) -> bool:
        return fold(word) in self.words

    def genitive(self, word: str) -> bool:
        """Whether a word is a stop word's genitive ("Länsstyrelsens", "Regionens", "Moras")."""
        folded = fold(word)
        return len(folded) > 3 and folded.endswith("s") and folded[:-1] in self.words


#: A capitalised job title written before a name ("Planarkitekt Sara Ek", "Kommunekologen Stina Berg",
#: "Senior Planner Tom Ek"), folded: no given name ends so.
_TITLE = re.compile(r"[\w-]*(?:arkitekt|planerare|chef|handlaggare|ekolog|ingenjor|ledare|samordnare|strateg|utredare|"
                    r"sekreterare|direktor|administrator|antikvarie|assistent|konsult|specialist|analytiker|inspektor|"
                    r"controller|radgivare|kommunikator|ansvarig|forvaltare|registrator|praktikant|"
                    r"planner|architect|manager|officer|coordinator|consultant|engineer|ecologist|adviser|advisor|"
                    r"analyst|strategist|senior|junior)(?:en|n|s)?")
#: What may stand before a name whose surname is a place ("och Stina Mora", "kollegan Lars Orsa", "- Eva Mora").
_BEFORE_PLACE_SURNAME = re.compile(r"(?:^|\b(?:och|o|samt|and|kollega|kollegan|colleague|mig|me)\s+|[,:;&+]\s*|^\s*[-*•·]\s*)$")


def _capital(token: str) -> bool:
    return token[0].isupper() and any(c.islower() for c in token[1:]) and not token[1:].isupper()


def _initial(sentence: str, m: re.Match[str]) -> bool:
    """An initial: one capital letter and a full stop ("J. Ek", "P.O. Berg")."""
    return len(m.group(0)) == 1 and m.group(0).isupper() and sentence[m.end():m.end() + 1] == "."


def _shouted(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def _shouted_name(sentence: str, start: int, end: int, all_shouted: bool) -> bool:
    """Whether a name in capitals is one: all its words in capitals, and either in a sentence of ordinary case
    ("JOHAN PERSSON har slutat") or alone at the start of a line in capitals ("BRITT ANDERSSON", "ANNA BERG, vegetarisk")."""
    if not all_shouted:
        return False
    return any(c.islower() for c in EMAIL.sub("", sentence)) or (not re.search(r"[^\W\d_]", sentence[:start]) and not re.match(r"\s*[^\W\d_]", sentence[end:]))


def names_in(sentence: str, index: int, stop: StopWords) -> list[tuple[str, int, int]]:
    """(name, start, end) of the full names written in one sentence: runs of two or three capitalised words,
    with particles ("Eva af Klercker", "Maria de la Cruz"), initials ("J. Eriksson"), and in capitals in a line
    of capitals ("ANNA BERG")."""
    out: list[tuple[str, int, int]] = []
    run: list[re.Match[str]] = []
    tokens = list(_TOKEN.finditer(sentence))

    def name_word(k: int) -> bool:
        token = tokens[k].group(0)
        return token[0].isupper() and (_capital(token) or _initial(sentence, tokens[k]) or _shouted(token))

    def flush() -> None:
        if run and fold(run[0].group(0)) in _IMPERATIVES and not re.search(r"[^\W\d_]", sentence[:run[0].start()]):
            run.pop(0)
            if run and fold(run[0].group(0)) in _VERB_PARTICLES:
                run.pop(0)
        while run and (run[0].group(0) in stop or run[0].group(0).islower() or stop.genitive(run[0].group(0))
                       or (len(run) > 2 and _TITLE.fullmatch(fold(run[0].group(0))))):
            run.pop(0)
        place_surname = _place_surname(sentence, run, stop)
        while not place_surname and run and (run[-1].group(0) in stop or run[-1].group(0).islower()
                                             or _initial(sentence, run[-1])):
            run.pop()
        words = [t for t in run if not t.group(0).islower()]
        if 2 <= len(words) <= 3 and (place_surname or not any(t.group(0) in stop for t in words)):
            end = run[-1].end()
            name = " ".join(sentence[run[0].start():end].split())
            shouted = [_shouted(t.group(0)) for t in words]
            name = titlecase(name.lower()) if any(shouted) else name
            if (not _AFTER_FIRM.match(sentence[end:end + 14]) and plausible_name(name)   # not too long
                    and (not any(shouted) or _shouted_name(sentence, run[0].start(), end, all(shouted)))):
                out.append((name, run[0].start(), end))
        run.clear()

    for k, m in enumerate(tokens):
        token = m.group(0)
        gap = sentence[run[-1].end():m.start()] if run else ""
        joined = gap == " " or (gap in (". ", ".") and _initial(sentence, run[-1]))
        if name_word(k) and (joined or not run):
            run.append(m)
            continue
        if (run and joined and token in _JOINING_PARTICLES and k + 1 < len(tokens)
                and sentence[m.end():tokens[k + 1].start()] == " "
                and (name_word(k + 1) or tokens[k + 1].group(0) in _JOINING_PARTICLES)):
            run.append(m)
            continue
        flush()
        if name_word(k):
            run.append(m)
    flush()
    pairs = list(_SURNAME_FIRST_PAIR.finditer(sentence)) if "," in sentence else []
    line = _SURNAME_FIRST.match(sentence) if "," in sentence else None
    for m in pairs if len(pairs) >= 2 else [line] if line is not None else []:
        last, first = m.group(1), m.group(2)
        if (all((_capital(t) or _shouted(t)) and t not in stop for t in f"{first} {last}".split())
                and plausible_name(f"{first} {last}")):
            out.append((titlecase(f"{first} {last}".lower()) if _shouted(first + last) else f"{first} {last}",
                        m.start(1), m.end(2)))
    out.extend(_lower_list(sentence, stop))
    folded = fold(sentence)
    for needle, pattern in _LOWER_NAMES:
        if needle.search(folded):
            for m in pattern.finditer(sentence):
                first, last = m.group(1), m.group(2)
                name = titlecase(f"{first} {last}")
                if (first.islower() and last.islower() and first not in stop and last not in stop
                        and plausible_name(name)):
                    out.append((name, m.start(1), m.end(2)))
    return out


def _place_surname(sentence: str, run: list[re.Match[str]], stop: StopWords) -> bool:
    """Whether the last word of a run of two, a place's name, is a surname: after a given name, where a
    person is named ("och Stina Mora", "kollegan Per Orsa"), never after an organisation word ("Region Dalarna")."""
    return (len(run) == 2 and fold(run[-1].group(0)) in stop.places and _capital(run[-1].group(0))
            and _capital(run[0].group(0)) and run[0].group(0) not in stop
            and not _TITLE.fullmatch(fold(run[0].group(0)))
            and _BEFORE_PLACE_SURNAME.search(fold(sentence[max(0, run[0].start() - 12):run[0].start()])) is not None)


def _lower_list(sentence: str, stop: StopWords) -> list[tuple[str, int, int]]:
    """Names in a list of two or more lower-case full names ending a sentence after a colon."""
    colon = sentence.rfind(":")
    rest = sentence[colon + 1:].rstrip(" .!")
    if colon < 0 or len(rest) > 200:
        return []
    items = _LIST_SEPARATOR.split(rest.strip())
    if len(items) < 2 or not all(_LOWER_ITEM.fullmatch(item) for item in items):
        return []
    out = []
    at = colon
    for item in items:
        at = sentence.find(item, at)
        first, last = item.split()
        if first not in stop and last not in stop and plausible_name(item):
            out.append((titlecase(item), at, at + len(item)))
        at += len(item)
    return out


def _nearest_name(sentence: str, start: int, end: int,
                  names: list[tuple[str, int, int]]) -> str | None:
    for name, s, e in names:
        if e <= start and re.fullmatch(r"[\s,:;(<|–—-]*", sentence[e:start]):
            return name
        if s >= end and re.fullmatch(r"[\s,:;)>|–—-]*", sentence[end:s]) and s - end < 4:
            return name
    return None


def find_names(sentences: list[str], relevant: list[bool], stop: StopWords,
               ignore: set[tuple[str, ...]], ignore_addresses: set[str]) -> list[NameHit]:
    """The names (with addresses written beside them) in the sentences marked relevant."""
    hits: list[NameHit] = []
    for i, sentence in enumerate(sentences):
        if not relevant[i] and not EMAIL.search(sentence):
            continue
        names = [n for n in names_in(sentence, i, stop) if name_key(n[0]) not in ignore]
        used: set[str] = set()
        for m in EMAIL.finditer(sentence):
            address = m.group(0).lower().rstrip(".")
            if address in ignore_addresses:
                continue
            name = next((n for n, _, _ in names if matches_address(n, address)), None)
            name = name or _nearest_name(sentence, m.start(), m.end(), names)
            if name is None:
                name = name_from_address(address)
            if name is None or name_key(name) in ignore:
                continue
            used.add(name)
            hits.append(NameHit(name, address, i, next((s for n, s, _ in names if n == name), m.start())))
        if relevant[i]:
            hits.extend(NameHit(n, None, i, s) for n, s, _ in names if n not in used)
    return _dedupe(hits)


def _dedupe(hits: list[NameHit]) -> list[NameHit]:
    out: list[NameHit] = []
    for hit in hits:
        same = next((j for j, o in enumerate(out) if name_key(o.name) == name_key(hit.name)
                     or (hit.email and o.email == hit.email)), None)
        if same is None:
            out.append(hit)
        elif hit.email and not out[same].email:
            out[same] = NameHit(out[same].name, hit.email, out[same].sentence, out[same].start)
    return out


def sender_attends(folded_own: str, has_others: bool) -> tuple[bool, bool]:
    """Whether the sender is one of the people, and whether that is sure: yes alone; with others only when
    they say "mig"/"me" (sure) or "oss"/"us" (not sure: "anmäler oss" may mean the others only); not when they
    say nothing of themselves, sure only when they write as "jag" ("jag anmäler två kollegor")."""
    if _SELF_OUT.search(folded_own) or (has_others and _SELF_OUT_OTHERS.search(folded_own)):
        return False, True
    if not has_others:
        return True, True
    found = {m.group(0) for m in _SELF_IN.finditer(folded_own)}
    if not found:
        return False, bool(_I.search(folded_own))
    return True, bool(found - {"oss", "us"})


def sender_leaving(folded_own: str) -> bool:
    """Whether the sender gives up a place to a substitute ("i mitt ställe", "in my place")."""
    return bool(_SELF_LEAVING.search(folded_own))
