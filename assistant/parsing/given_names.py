"""People named by the given name alone, beside the writer or after a role word: "jag och Ahmed kan inte komma",
"anmäler mig och min kollega anders", "Jonas och jag", "vi blir tre: jag, lena och mats", "min chef Birgitta", or
whose a diet is ("min kollega Jonas är vegan").

A capitalised word counts where a role word stands right before it ("min kollega Ahmed"); elsewhere, and in lower
case, only a given name the lexicon (``given_names.txt``) knows, so that "jag och min chef", "mig och resten" or
"jag o kollegorna" name nobody; nor does a colleague only spoken of ("min kollega Annelie fick en bekräftelse").
Pure: the people module decides which of these are people not already named in
full.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile
from pathlib import Path

from assistant.parsing.text import fold

LEXICON_FILE = Path(__file__).with_name("given_names.txt")

#: Given names that are also common words in lower case ("per person", "bo", "hans", "jan", "maj"): in lower
#: case they name nobody.
_LOWER_WORDS = frozenset({"per", "bo", "hans", "jan", "maj", "mark", "will", "may", "dag", "sten", "siv", "rut",
                          "saga", "klara", "vera", "ella", "ivar", "inga", "gun", "tore", "ola", "signe", "tyra",
                          "ronja", "maud", "moa", "dan", "ben", "sam", "kim", "li", "ann", "ali", "tuva", "vanja"})

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_JOIN = r"(?:\s*,\s*(?:(?:och|o|samt|and)\s+)?|\s+(?:och|o|&|samt|and)\s+|\s*\+\s*)"
#: A role word: a colleague, a manager, or a title after "min"/"vår" ("vår nya planarkitekt Maja"); colleagues, the
#: names listed after it ("kollegorna emma och oskar", "mina kollegor Lena och Mats", "mina medarbetare Jenny och
#: Rasmus", "my colleagues Sam and Jo").
_ROLE = (r"(?:(?:min|mitt|vår|vart|my|our)\s+(?:nya?\s+|new\s+)?(?:kollega|kolega|chef|medarbetare|colleague|manager|"
         r"\w*(?:arkitekt|planerare|handläggare|handlaggare|ekolog|ingenjör|ingenjor|strateg|utredare|samordnare|"
         r"praktikant|planner|architect))|kollegan|chefen|kollegorna|kollegerna|medarbetarna|"
         r"(?:mina|våra|vara|my|our)\s+(?:nya\s+|new\s+)?(?:kollegor|kolleger|medarbetare|colleagues|staff))")
_ROLE_OPT = rf"(?:{_ROLE}\s+)?"
_WRITER = r"(?:\b(?i:jag|mig|mej|me)\b|\bI\b)"
#: The writer, then one or more given names joined to them ("jag och Ahmed", "mig, lena och mats", "mig + kollegan
#: Jonas").
_BESIDE_WRITER = re.compile(rf"{_WRITER}(?:\s*\([^)]{{0,30}}\))?(?i:\s+(?:själv|sjalv|myself))?(?i:{_JOIN}{_ROLE_OPT})({_WORD})")
_NEXT = re.compile(rf"(?i:{_JOIN}({_ROLE_OPT}))({_WORD})")
#: A given name, then the writer ("Jonas och jag", "Lena o jag").
_BEFORE_WRITER = re.compile(rf"(?<![\w-])({_WORD})\s+(?i:och|o|&|and)\s+(?:\b(?i:jag|mig|mej)\b|\bI\b)")
#: The writer saying who they are, right before a name ("I'm Karin and I'd like ...", "jag heter Karin och jag vill"):
#: the name is theirs, not another's beside them.
_INTRODUCED = re.compile(r"(?i:\b(?:i'm|i’m|i am|my name is|jag heter|mitt namn är|mitt namn ar|det är|det ar|this is|"
                         r"it's|it’s|here is|här är|har ar|(?:it's|it’s|its) me|det är jag|det ar jag),?)\s+$")
#: A name signed up, perhaps after a role word ("anmäler min kollega Ahmed", "boka in kollegan anders", "kan du
#: anmäla Amanda och Viktor", "please register my colleague Sam"); a colleague spoken of otherwise ("min kollega Annelie fick en bekräftelse")
#: is no one to act for.
_SIGNED_UP = re.compile(rf"(?i:\b(?:anmäl\w*|anmal\w*|boka\w*(?:\s+in)?|registrera\w*|register|sign\s+up|"
                         rf"skriv\w*\s+upp|ta\s+med|lägg\w*\s+till|lagg\w*\s+till|add)\s+(?:även\s+|också\s+|also\s+)?"
                         rf"({_ROLE}\s+)?)({_WORD})")

#: A name struck off, perhaps after a role word ("stryk Petra från listan", "avanmäl kollegan Jonas", "ta bort Ida och
#: Per", "please remove my colleague Sam"): one acted for as well.
_STRUCK = re.compile(rf"(?i:\b(?:stryk|stryka|stryker|avanmäl\w*|avanmal\w*|ta\s+bort|tar\s+bort|remove|cancel)\s+"
                     rf"({_ROLE}\s+)?)({_WORD})")

#: Gone or away: left the job, retired, on leave, ill, kept away ("har slutat", "är föräldraledig", "har fått förhinder").
_GONE = (r"(?i:(?:har\s+)?slutat\b|slutar\b|har\s+gått\s+i\s+pension|går\s+i\s+pension|"
         r"(?:är|blir|har\s+blivit)\s+(?:\w+\s+)?(?:föräldraledig|tjänstledig|sjukskriven|sjuk|ledig|bortrest)\b|"
         r"har\s+fått\s+(?:\w+\s+)?förhinder)")
#: One whose place another takes, by the given name: "Camilla kan inte 29/11, så jag tar hennes plats", "jag tar Camillas
#: plats".
_PLACE_OF = re.compile(rf"(?<![\w-])({_ROLE_OPT})({_WORD})\s+(?:(?i:kan|hinner|har|kommer)\s+(?i:\w+\s+)?(?i:inte|ej)\b|{_GONE})"
                       rf"(?i:[^.!?]{{0,80}}?\b(?:(?:tar|tar över|går in på|hoppar in på|får)\s+(?:hennes|hans|hens)\s+"
                       rf"(?:plats|platser|ställe)|(?:går|kommer|åker|deltar)\s+(?:\w+\s+)?(?:istället|i\s+stället)\s+för\s+"
                       rf"(?:henne|honom|hen)\b|(?:går|kommer|åker|deltar)\s+(?:\w+\s+)?i\s+(?:hennes|hans|hens)\s+ställe))|"
                       rf"(?i:\b(?:tar|ta|tar över|går in på|hoppar in på)\s+)({_ROLE_OPT})({_WORD})s\s+(?i:plats|platser)\b")
#: Those a group noun names, in brackets or after a colon ("Våra tre anmälda (Petra, Mattias och Yasmin)", "våra
#: deltagare: Lena och Mats", "our participants (Sam and Jo)"): the names listed.
_GROUP_LISTED = re.compile(rf"(?i:\b(?:våra|vara|mina|de|dom|our|my|the)\s+(?:\w+\s+)?(?:anmälda|anmalda|deltagare|"
                           rf"kollegor|kolleger|medarbetare|planerare|participants|colleagues|attendees)\s*[(:]\s*)({_WORD})")
#: A count of colleagues, then given names after a comma, colon or bracket ("mig och två kollegor, per och lisa", "tre
#: kollegor: jonas, maria och emma", "two colleagues (Sam and Jo)"): the names listed, when they are as many as the
#: count says.
_COUNTED = {"två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "two": 2, "three": 3, "four": 4, "five": 5,
            "2": 2, "3": 3, "4": 4, "5": 5}
_COUNT_LISTED = re.compile(rf"(?i:\b(två|tva|tre|fyra|fem|two|three|four|five|[2-5])\s+(?:\w+\s+)?(?:kollegor|kolleger|"
                           rf"medarbetare|colleagues|co-?workers)\s*[,:(]\s*)({_WORD}(?:{_JOIN}{_WORD})*)")
#: One said to come along, perhaps with where they work between ("Maja i mitt team ska också med", "Maja från min
#: enhet vill också vara med", "Maja hänger också med"): the given name (one the lexicon knows).
_COMES_ALONG = re.compile(rf"(?<![\w-])({_WORD})(?:\s+(?i:i|från|på|hos|at|from|in)\s+(?i:min|mitt|vår|vårt|my|our)\s+\w+)?"
                          r"\s+(?i:(?:ska|skall|vill|kommer)\s+(?:också|även|oxå)\s+(?:vara\s+)?med|"
                          r"(?:hänger|följer|hakar)\s+(?:också\s+|även\s+|oxå\s+)?(?:med|på)|"
                          r"(?:is|will)\s+(?:also\s+)?(?:be\s+)?(?:coming|joining)\s+too)\b")


def comes_along(sentence: str) -> list[tuple[str, int]]:
    """The given names a sentence says come along ("Maja i mitt team ska också med"), with where each starts."""
    if not any(w in sentence for w in ("också", "även", "oxå", "hänger", "följer", "hakar", "too")):
        return []
    return [(_capitalised(m.group(1)), m.start(1)) for m in _COMES_ALONG.finditer(sentence)
            if _given(m.group(1), False) and not _BRACKET_AFTER.match(sentence, m.end(1))]


#: A diet told for one named after a role word ("min kollega Jonas är vegan", "kollegan Ahmed äter halal"): whose it is.
_DIET_OF = re.compile(rf"({_ROLE})\s+({_WORD})(?=\s+(?i:är|ar|äter|ater|is|eats)\s+(?i:\w+\s+)?(?i:vegan|vegetari|"
                      rf"gluten|laktos|lactose|allergisk|allergic|halal|kosher|nötallerg|notallerg|fläskfri|flaskfri))")


@cache
def lexicon() -> frozenset[str]:
    """The given names the lexicon knows, folded."""
    try:
        text = LEXICON_FILE.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: A bracket right after a given name, giving the name in full ("Kalle (Karl Svensson)"), or a capitalised surname
#: ("jag, Cecilia Brandt och Tomas Wik"): the name in full is the person, found (or left out) as such.
_BRACKET_AFTER = re.compile(r"\s*\(|\s+[A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]")


def _given(word: str, after_role: bool) -> bool:
    """Whether a word beside the writer or a role word is a given name: one the lexicon knows (in lower case, not
    one that is also a common word), or, right after a role word, any capitalised one."""
    key = fold(word)
    if key in lexicon():
        return word[0].isupper() or key not in _LOWER_WORDS
    return after_role and word[0].isupper() and not word.isupper()


def given_names_beside(sentence: str) -> list[tuple[str, int]]:
    """The given names a sentence writes beside the writer or after a role word, capitalised, with where each
    starts; a word that is no given name ends a list ("jag och Per kommer" gives Per; "jag och resten" nothing)."""
    found: dict[int, str] = {}
    for m in _BESIDE_WRITER.finditer(sentence):
        first_role = re.search(rf"(?i:{_ROLE})\s+$", sentence[:m.start(1)]) is not None
        if _given(m.group(1), first_role):
            _listed(sentence, m, 1, found)
    for m in _BEFORE_WRITER.finditer(sentence):
        if _given(m.group(1), False) and not _INTRODUCED.search(sentence, 0, m.start(1)):
            found[m.start(1)] = m.group(1)
    for m in _GROUP_LISTED.finditer(sentence):
        if _given(m.group(1), False):
            _listed(sentence, m, 1, found)
    for m in _COUNT_LISTED.finditer(sentence) if "," in sentence or ":" in sentence or "(" in sentence else ():
        # as many as counted, each one the lexicon knows, so that "per" here is Per ("två kollegor, per och lisa")
        # (the list ends at the first word that is no given name: "per och lisa, från orsa")
        words = list(takewhile(lambda w: fold(w[0]) in lexicon(), (
            (w.group(0), m.start(2) + w.start()) for w in re.finditer(_WORD, m.group(2))
            if fold(w.group(0)) not in ("och", "o", "samt", "and"))))
        if len(words) == _COUNTED[m.group(1).lower()]:
            found.update((at, w) for w, at in words)
    for m in _DIET_OF.finditer(sentence):
        if _given(m.group(2), True):
            found[m.start(2)] = m.group(2)
    for m in _PLACE_OF.finditer(sentence):
        g = 1 if m.group(2) is not None else 3
        role, word, at = m.group(g), m.group(g + 1), m.start(g + 1)
        if _given(word, bool(role)):
            found[at] = word
    for m in (*_SIGNED_UP.finditer(sentence), *_STRUCK.finditer(sentence)):
        # right after the verb only a name the lexicon knows ("kan du anmäla Amanda och Viktor", not "anmäl Ekonomi",
        # "stryk Petra", not "stryk maj")
        if _given(m.group(2), m.group(1) is not None):
            _listed(sentence, m, 2, found)
    return [(_capitalised(word), start) for start, word in sorted(found.items())
            if not _BRACKET_AFTER.match(sentence, start + len(word))]


def group_listed(sentence: str) -> bool:
    """Whether a sentence lists a group's people after its noun ("Våra tre anmälda (Petra, Mattias och Yasmin)"):
    those listed take part, however the sentence goes on."""
    return _GROUP_LISTED.search(sentence) is not None


#: A capitalised surname right after a given name in a list ("Per Ek och Lisa"): the list goes on after it.
_SURNAME_AFTER = re.compile(r" [A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+)?(?![\w-])")
#: ... in lower case after a given name in lower case ("stina berg o maja"), not a joining word itself.
_LOWER_SURNAME_AFTER = re.compile(r" (?!(?:och|o|samt|and)(?![\w-]))[a-zåäöæøéü]{2,}(?:-[a-zåäöæøéü]+)?(?![\w-])")


def _listed(sentence: str, m: re.Match[str], group: int, found: dict[int, str]) -> None:
    """The given name of ``m``'s ``group`` and those listed after it ("Lena och Mats", "Amanda, Per och Eva"), into
    ``found`` by where each starts; a word that is no given name ends the list."""
    found[m.start(group)] = m.group(group)
    at, last = m.end(group), m.group(group)
    while True:
        # "Per Ek och Lisa", "stina berg o maja": the list goes on past one named in full
        if (surname := (_SURNAME_AFTER if last[:1].isupper() else _LOWER_SURNAME_AFTER).match(sentence, at)) is not None:
            at = surname.end()
        if (more := _NEXT.match(sentence, at)) is None or not _given(more.group(2), bool(more.group(1))):
            break
        found[more.start(2)] = last = more.group(2)
        at = more.end()


def _capitalised(word: str) -> str:
    """A given name as a name is written ("anders" -> "Anders", "ann-sofie" -> "Ann-Sofie")."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
