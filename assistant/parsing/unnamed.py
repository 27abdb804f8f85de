"""People a signup says come but does not name ("mig och min kollega", "vi blir tre", "två kollegor: Per Ek och en
till"): booked on the names alone, they would be dropped silently, so the reading asks for them
(``Unsure.UNNAMED``, ``ParsedRequest.unnamed``). A count larger than the names found also catches a name the parser
missed.

Pure: reads the writer's own words, folded (``assistant.parsing.text.fold``), and how many people the reading holds.
"""

from __future__ import annotations

import re

from assistant.parsing.people import ROLE_NOUN
from assistant.parsing.prefilter import quick

_COUNTS = {"en": 1, "ett": 1, "one": 1, "tva": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4, "fem": 5,
           "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7, "atta": 8, "eight": 8}
_COUNT = r"(tva|tre|fyra|fem|sex|sju|atta|two|three|four|five|six|seven|eight|[2-8])"

#: The writer and one more, left unnamed ("mig själv och min kollega", "jag och en kollega", "min chef och jag", "me
#: and a colleague"): what follows must not be a name or an address (checked on the text as written).
_ONE_MORE = re.compile(
    r"\b(?:mig|jag|me|myself|i)(?: sjalv)? (?:och|o|&|\+|samt|and) (?:min|mina|en|var|my|a|one) "
    + ROLE_NOUN + r"\b(?! (?:som heter|named|called)\b)|"
    r"\b(?:min|en|var|my|a) " + ROLE_NOUN + r" (?:och|o|&|and) (?:jag|mig|i|me)\b")
#: A count of those coming ("vi blir tre", "vi är fyra som vill delta", "we'll be three"), not a wish ("finns det
#: möjlighet att vi blir fyra?").
_WE_ARE = quick(re.compile(r"(?<!\batt )(?<!\bom )(?<!\bif )(?<!\bwhether )\b(?:vi (?:blir|kommer)(?: totalt)?|we (?:will be|'ll be)) " + _COUNT
                     + r"\b(?! (?:veckor|dagar|timmar|ganger|traffar|tillfallen|kommuner|weeks|days|hours|times|sessions)\b)|"
                     # "vi är tre som vill delta", "vi är fyra från Mora", "we are three from Mora": not "vi är tre
                     # planerare på kontoret"
                     r"\b(?:vi ar|we are) " + _COUNT + r"(?: (?:st|stycken|personer|deltagare|people))?"
                     r"(?= ?(?:som|fran|:|who|from|coming|attending)\b| ?:)"))
#: Someone signed up already, whom a count may include ("Ola har redan anmält sig själv, så vi blir tre").
_ALREADY = re.compile(r"\b(?:redan|already|tidigare) (?:\w+ )?(?:anmal\w*|registrer\w*|signed up|registered)|"
                      r"\b(?:anmal\w*|registrer\w*) (?:\w+ ){0,2}?(?:redan|already|tidigare)\b")
#: A count of those signed up ("anmäler två kollegor": besides the writer; "anmäler tre personer", "anmäler hela
#: planenheten (5 personer)": in all).
_SOMEROLE_NOUNS = re.compile(r"\b(?:anmal\w*|registrer\w*|boka\w*|skriv\w* upp|sign\w* up|register\w*) "
                              r"(?:\w+ ){0,2}?\(?" + _COUNT + r" (?:st )?(?:(kollegor|medarbetare|colleagues)|personer|"
                              r"deltagare|people|participants)\b")
#: The writer and a count of colleagues ("mig och mina två kollegor", "me and my three colleagues").
_MINE_COUNTED = re.compile(r"\b(?:mig|jag|me|myself|i)(?: sjalv)? (?:och|o|&|\+|samt|and) (?:mina|vara|my|our) "
                           + _COUNT + r" " + ROLE_NOUN + r"\b")
#: "We" signing up, no count given ("vi anmäler oss", "vi från planenheten vill gärna komma", "we would like to
#: register", "anmäl hela gruppen"): at least one more than the writer.
_WE_SIGN_UP = re.compile(r"\bvi (?:(?:fran|pa|i) [\w-]+ )?(?:anmaler oss|vill (?:garna )?(?:anmala oss|komma|delta|vara med)|"
                         r"kommer garna)\b|\bwe (?:would like|'d like|want|wish) to (?:register|sign up|attend|join|come)\b|"
                         r"\b(?:please )?(?:register|sign up) us\b|"
                         # a group named as such ("anmäl hela gruppen", "anmäl samma personer som förra året")
                         r"\banmal\w* (?:hela|samma) (?!serie|program|larprojekt|dalalab|traff|tillfall|kurs|dag)\w+")
#: One more said as a count ("anmäl mig + 1", "me plus one").
_PLUS_ONE = re.compile(r"\b(?:mig|me|jag|i)\s*(?:\+|plus)\s*(?:1|en|ett|one)\b")
#: The colleague signing up on their own, or signed up already ("han anmäler sig själv", "hon är redan anmäld", "he
#: will register himself"): not one to ask for.
_SIGNS_UP_ALONE = quick(re.compile(r"[^.!?]*\b(?:anmal\w* (?:sig|honom|henne) (?:\w+ )?(?:sjalv|separat|pa egen hand)|"
                             r"(?:ar|blev) redan anmald\w*|har redan anmalt sig|register\w* (?:himself|herself|themselves|"
                             r"separately)|(?:is|are) already registered)\b"))
#: A name or an address right after "min kollega" (as written): the colleague is named.
_NAMED_AFTER = re.compile(r"\s*,?\s*(?:[A-ZÅÄÖÉ][a-zåäöéü]+|\S+@)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word]


def unnamed(own: str, folded: str, people: int, others: int) -> int:
    """How many more people the writer's words (``own`` as written, ``folded`` folded, the same length) say come
    than the reading names (``people`` in all, ``others`` besides the writer); 0 when none are missing."""
    missing = 0
    for m in _ONE_MORE.finditer(folded):
        if _SIGNS_UP_ALONE.match(folded, m.end(), m.end() + 120):
            continue    # "jag och min kollega har pratat om det och han anmäler sig själv senare"
        if others == 0 and not (len(own) == len(folded) and _NAMED_AFTER.match(own, m.end())):
            missing = max(missing, 2 if m.group(0).endswith(("kollegor", "kollegorna", "colleagues"))
                          else 1)
    for m in _WE_ARE.finditer(folded) if not _ALREADY.search(folded) else ():
        missing = max(missing, _count(next(g for g in m.groups() if g)) - people)
    for m in _SOMEROLE_NOUNS.finditer(folded):     # colleagues besides the writer; persons in all
        missing = max(missing, _count(m.group(1)) - (others if m.group(2) else people))
    for m in _MINE_COUNTED.finditer(folded):
        missing = max(missing, _count(m.group(1)) - others)
    if people == 1 and not missing and _WE_SIGN_UP.search(folded):
        missing = 1     # "vi anmäler oss" with only the writer found: who else is asked (one at least)
    if others == 0 and _PLUS_ONE.search(folded):
        missing = max(missing, 1)
    return max(0, missing)
