"""Dietary needs for the fika and lunch, kept as written ("vegetarisk", "laktosfri, nötallergi", "ej griskött").

A need is written three ways, and each is kept as the writer put it:

- a diet by name: "vegetarisk", "vegan", "växtbaserad", "pescetarian", "halal", "kosher", "diabeteskost";
- a food the body does not take: "<food>allergi", "<food>intolerant", "<food>fri", "allergisk mot <food>",
  "fri från <food>", "celiaki", and their English kin ("nut allergy", "allergic to nuts", "dairy-free");
- a food the writer does not eat, the denial kept with it: "ej griskött", "inget fläskkött", "äter inte fläsk",
  "inga nötter", "utan nötter", "no pork", "don't eat pork".

A need denied ("ingen nötallergi", "ingen av oss är vegetarian") is none; so is one in a question of what is
served that speaks of no one ("finns det vegetariskt?", "blir det något glutenfritt?"). Needs of access (a
wheelchair, a hearing loop, a companion) are no diet and are not looked for here.
"""

from __future__ import annotations

import itertools
import re

from assistant.parsing.dates import edit_distance
from assistant.parsing.prefilter import quick

# Foods a need names, as words ("fläsk", "nötter", "pork") and as the first part of a compound ("nötallergi",
# "fläskfri", "äggfritt"; Norwegian and Danish ones too: "nøtteallergi", "melkeallergi", "laktosefri"); "kött" and
# "meat" only as words ("inget kött", "no meat").
_FOOD_STEM = (r"(?:jord|hassel|träd|para|cashew|pean)?(?:nøtte|nødde)|melke|mælke|hvete|laktose|skall?dyrs?|"
              r"(?:jord|hassel|träd|para|cashew)?nöts?|mandel|gluten|vete|laktos|mjölk(?:protein)?|mejeri|ägg|"
              r"fisk|skaldjurs?|soja|sesam(?:frö)?|selleri|senap|lupin|kiwi|citrus|stenfrukts?|baljväxt|ärt|fläsk|"
              r"gris|socker|fruktos|histamin|tomat|jordgubbs?|lök|vitlöks?|räk|kräftdjurs?|blötdjurs?")
_FOOD_SV = (r"(?:rött |vitt )?kött|fläsk(?:kött)?|griskött|gris|nötkött|(?:jord|hassel|träd|para|cashew)?nötter(?:na)?|"
            r"(?:jord|hassel)?nöt|mandlar|mandel|gluten|vete|laktos|mjölk(?:produkter|protein)?|mejeriprodukter|"
            r"mejerier|ägg|fisk|skaldjur|räkor|soja|sesam(?:frön)?|selleri|senap|lupin|kiwi|citrus(?:frukter)?|"
            r"stenfrukt(?:er)?|baljväxter|ärtor|socker|lök|vitlök|tomat(?:er)?|jordgubbar|svamp|fågel|"
            r"kyckling|lamm")
_FOOD_EN = (r"(?:red )?meat|pork|ham|bacon|beef|(?:pea|tree |hazel|cashew ?)?nuts?|almonds?|gluten|wheat|lactose|"
            r"dairy|milk|eggs?|fish|seafood|shellfish|prawns|shrimps?|soy|soya|sesame(?: seeds)?|celery|mustard|"
            r"lupin|kiwi|citrus|sugar|onions?|garlic|tomato(?:es)?|strawberries|mushrooms|chicken|lamb")
_FOODS_SV = rf"(?:{_FOOD_SV})(?:(?:,| och| eller| el\.?| samt| och inte| eller inte| ?/) ?(?:{_FOOD_SV}))*"
_FOODS_EN = rf"(?:{_FOOD_EN})(?:(?:,| and| or| nor| ?/) ?(?:{_FOOD_EN}))*"

#: The foods of a need's compound a dictation or a hasty hand writes as two words ("laktos fri", "gluten fri kost",
#: "nöt allergi"): the need, written joined ("laktosfri"). Not "gluten intolerant", kept as written, nor "fri" after
#: another word ("dagen fri").
_SPLIT_STEM = r"gluten|laktos|mjölk|mjölkprotein|(?:jord|hassel)?nöt|ägg|fisk|skaldjurs?|soja|sesam|fläsk|vete|mandel"
_SPLIT_ENDING = r"fri|fritt|fria|allergi|allergiker|allergisk"
_SPLIT = re.compile(r"(" + _SPLIT_STEM + r") (" + _SPLIT_ENDING + r")\b")

# One alternation per kind of need; the text that matched is what the request keeps.
_NEEDS = (
    # a diet by name
    # (a diet written with "kost" kept whole, as written: "vegetarisk kost", "diabeteskost")
    (r"(?:diabetes|diabetiker|lchf|keto|fodmap|låg-?fodmap|lågkolhydrat|kolhydratfattig|halal|kosher|vegan|vegansk|"
    r"vego|vegetarisk|vegetariskt|växtbaserad|fettsnål|konsistensanpassad)[- ]?kost|"
    r"(?:lakto-?)?(?:ovo-?)?(?:lakto-?)?vegetari(?:sk|skt|ska|an|ans|aner|ansk)|vego|veggie|vegetar|"
    r"vegan(?:sk|skt|ska|er|s)?|växtbaserad|växtbaserat|växtbaserade|plant[- ]based|"
    r"pes[ck]etari(?:an|ans|aner|skt|ska|sk)|pescatarian|halal|kosher|"
    r"diabetiker|diabetes|diabetic|"
    r"(?:low[- ])?fodmap|lchf|keto"),
    # a food not taken: celiac disease, allergies, intolerances, "-fri"; a severity written before an allergy
    # stays with it ("severe nut allergy", "svår nötallergi")
    (r"(?:(?:severe|serious|strong|mild|svår|kraftig|allvarlig|grav) (?=(?:\w+ )?\w*allerg))?"
    r"(?:celiaki|coeliaki|coeliac|celiac|glutenintoleran\w*|laktosintoleran\w*|matallergi(?:er)?|food allerg(?:y|ies)|"
    rf"(?:{_FOOD_STEM})(?:allergi(?:er|ker|sk)?|intoleran\w*|överkänslig(?:het)?|(?:fri|fritt|fria)(?: kost)?)|"
    rf"(?:{_FOOD_EN})[- ](?:allerg(?:y|ies|ic)|intoleran(?:ce|t)|free)|"
    rf"(?:allergisk|allergiska|överkänslig|överkänsliga|intolerant) (?:mot|för) (?:{_FOODS_SV})|"
    rf"(?:allergic|intolerant|sensitive) to (?:{_FOODS_EN})|"
    rf"fri(?:tt|a)? (?:från|på) (?:{_FOODS_SV})|free (?:from|of) (?:{_FOODS_EN})|utan (?:{_FOODS_SV})|"
    r"gluten intoleran\w*|lactose intoleran\w*|mjölkproteinallergi|"
    # the compound written as two words, dictated or typed in haste ("laktos fri", "nöt allergi")
    r"(?:" + _SPLIT_STEM + r") (?:" + _SPLIT_ENDING + r")(?: kost)?)"),
    # a food not eaten, the denial kept: "ej griskött", "äter inte fläsk", "inga nötter", "no pork"
    (rf"(?:(?:äter|tål|dricker|kan) )?(?:inte|ej|inget|ingen|inga|aldrig)(?: (?:äta|tåla|äter|tål|dricka|dricker))? "
    rf"(?:{_FOODS_SV})|"
    rf"(?:(?:do|does|can|could|will|should|wo|ca)(?:n['’]t| not)|cannot|never|no|without|avoids?|avoiding)"
    rf"(?: (?:eat|eats|have|tolerate|take|drink))? (?:{_FOODS_EN})"),
)
#: A need ends a word, or begins a compound with a meal ("halal-mat", "vegan-lunch").
_DIET_PATTERN = (r"(?<![\w-])(" + "|".join(_NEEDS) + r")(?!\w|-(?!(?:mat|kost|lunch|fika|alternativ\w*|food|meals?|"
                 r"options?)\b))")
#: Matched on lower-cased text (quicker than IGNORECASE); ``_DIET_ANY_CASE`` where lower-casing moves letters.
_DIET = re.compile(_DIET_PATTERN)
_DIET_ANY_CASE = re.compile(_DIET_PATTERN, re.IGNORECASE)
#: The starts of the words one of which every need holds (a diet's name, a food): text without any of them
#: holds no need, and the long pattern above is not run on it.
_KEY_WORDS = (
    "vege", "vego", "vegg", "vega", "växt", "plant", "pesc", "pesk", "hala", "kosh", "diab", "lchf", "keto", "fodm",
    "låg", "kolh", "fett", "konsi", "celi", "coel", "glut", "lakt", "mata", "food", "jord", "hassel", "träd",
    "paran", "cash", "mand", "vete", "mjöl", "meje", "ägg", "fisk", "skal", "soja", "sesa", "sell", "senap", "lupi",
    "kiwi", "citr", "stenf", "balj", "ärt", "fläs", "gris", "sock", "fruk", "hist", "tomat", "lök", "vitl", "räka",
    "räko", "kräf", "blöt", "kött", "svam", "fåge", "kyck", "lamm", "meat", "pork", "baco", "beef", "pean", "tree",
    "haze", "almo", "whea", "lact", "dair", "milk", "egg", "fish", "seaf", "shel", "praw", "shri", "soy", "cele",
    "must", "suga", "onio", "garl", "straw", "mush", "chic", "lamb", "nöt", "nut", "nøt", "nød", "melk",
    "mælk", "hvet",
)
_KEYS = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(_KEY_WORDS, key=len, reverse=True)) + r"|ham\b)")
#: A need denied just before it ("ingen nötallergi", "inte vegetarian", "ingen av oss har nötallergi").
_NEGATED = re.compile(r"\b(?:ingen|inget|inga|inte|ej|aldrig|utan|no|not|none|never|behöver inte|doesn't need)\s+"
                      r"(?:(?:av (?:oss|dem|er)|of (?:us|them)) )?(?:\w+\s+)?$|"
                      r"\b(?:ingen|inget|nobody|no one|none)\b[^.!?\n]{0,40}\b(?:som|who)\s+(?:\w+\s+)?"
                      r"(?:är|har|behöver|äter|is|has|needs|eats)\s+$", re.IGNORECASE)
#: A need given up for another: the old one of a swap ("från vegetarisk till vegan", "from vegetarian to vegan"), one
#: had before ("nu halal (tidigare laktosfri)", "previously vegetarian", "i stället för laktosfri"); not one kept
#: ("som tidigare vegetarisk").
_GIVEN_UP = re.compile(r"(?:\b(?<!\bsom )(?:tidigare|förut|förr|previously|formerly|i stället för|istället för|"
                       r"instead of)|\((?:tidigare|förut|previously|formerly|was|var))\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A correction of a need just written, before the right one ("jag skrev laktosfri, men det ska vara nötallergi", "det
#: står vegetarisk, det skulle vara vegan", "I put vegetarian but it should be vegan", "glutenfri av misstag, rätt är
#: laktosfri"): lower-cased text from the end of the old need, within its sentence.
_CORRECTED_TO = quick(re.compile(r"[^.!?\n]{0,60}?(?:\b(?:det|den)\s+(?:ska|skall|skulle)\s+(?:egentligen\s+|ju\s+)?"
                           r"(?:vara|stå)|\bska\s+det\s+(?:egentligen\s+)?(?:vara|stå)|\b(?:rätt|rätta|korrekt|"
                           r"det rätta) är|\b(?:it|that|this)\s+should\s+(?:have\s+)?(?:be|been|say|read)|"
                           r"\bit(?:'|’)?s\s+actually)\s+(?:\w+\s+)?$"))
#: A need added, not put in the old one's place ("..., men det ska vara nötfritt också"): after the new need.
_ADDED_TOO = quick(re.compile(r"[^.!?\n]{0,20}?\b(?:också|även|med|dessutom|too|as well|also)\b"))
_SWAPPED_FROM = re.compile(r"\b(?:från|from)\s+$", re.IGNORECASE)
_SWAPPED_TO = re.compile(r"\s*(?:till|to|->|→)\s", re.IGNORECASE)
#: Where the need is written as a denial itself ("inga nötter", "äter inte fläsk"): no denial is looked for.
_AVOIDS = re.compile(r"(?:utan|äter|tål|dricker|kan|inte|ej|inget|ingen|inga|aldrig|do|does|can|could|will|should|wo|"
                     r"ca|cannot|never|no|without|avoid)\b", re.IGNORECASE)
#: Words of a sentence that speaks of someone ("jag", "min kollega", "oss", "I", "my", "her"): a question
#: holding them asks for someone's need ("Kan jag få vegetariskt?"), one without asks what is served.
_SOMEONE = re.compile(r"\b(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|han|hon|hen|honom|henne|hans|hennes|"
                      r"kollega\w*|(?-i:I)|me|my|we|us|our|he|she|him|her|colleague\w*)\b|"
                      r"\b(?:till|för|åt|for) (?-i:[A-ZÅÄÖ][a-zåäöé]+)", re.IGNORECASE)
#: A question of what is served ("finns det ...?", "blir det ...?", "serveras ...?", "is there ...?").
_SERVED = re.compile(r"\b(?:finns|blir det|serveras|serverar ni|erbjuds|erbjuder ni|bjuds|bjuder ni|ingår|har ni|"
                     r"is there|are there|will there be|do you (?:have|offer|serve|provide)|will you (?:have|offer|serve)|"
                     r"is (?:the )?(?:food|lunch|fika|coffee)|what (?:food|is served))\b", re.IGNORECASE)
#: A need asked to be arranged ("Har ni möjlighet att ordna vegansk lunch?", "could you arrange a vegan lunch?"): the
#: writer's own, not a question of what is served.
_ARRANGE = re.compile(r"\b(?:ordna|ordnar|fixa|fixar|beställa|arrangera|arrange|provide|organi[sz]e)\b", re.IGNORECASE)
#: The writer taking what a question just asked is served, if it is ("… ? i så fall tar jag det", "isf vill jag gärna ha
#: det", "if so, I'll have that"): the question asks for the writer's need after all.
_TAKEN_IF_SERVED = re.compile(r"\s*(?:(?:i så fall|isåfall|i sådana fall|isf|om så är|om ja|om det finns|if so|if there is(?: one)?|"
                              r"in that case),?\s+(?:(?:tar|väljer|vill|önskar|skulle)\s+jag|jag\s+(?:tar|väljer|vill|"
                              r"önskar|skulle))\s+(?:gärna\s+)?(?:(?:ha|välja|ta)\s+)?(?:gärna\s+)?(?:det|den|det alternativet)\b|"
                              r"(?:if so|in that case),?\s+(?:i'?ll|i will|i'?d|i would)\s+(?:like\s+to\s+)?(?:have|take|"
                              r"choose|like)\s+(?:that|it|one)\b)", re.IGNORECASE)
#: What joins two needs into one phrase ("laktosfri och glutenfri", "vegan & nut allergy"), alternatives too ("halal,
#: eller vegetariskt", "vegan or vegetarian").
_JOINED = re.compile(r",?\s+(?:och|samt|and|&|\+|eller|or)\s+", re.IGNORECASE)
#: A need the writer softens into a wish after another ("vegetarisk, gärna utan svamp", "laktosfri, helst utan lök",
#: "vegan, preferably no mushrooms"): the two stay one, the wish word kept as written.
_SOFTENED = re.compile(r",?\s+(?:(?:och|samt|and)\s+)?(?:gärna|helst|om möjligt|preferably|ideally|if possible)"
                       r",?\s+", re.IGNORECASE)
#: What a writer qualifies a need with, kept with it as written: a bracket that explains it by another need or a food
#: ("gluten-free (coeliac)", "nötallergi (jordnötter)"; not "(gäller alla tre)" nor one given up, "(tidigare
#: laktosfri)"), an exception after "but"/"men"
#: ("vegetarian but eats fish", "vegetarisk men äter fisk").
_BRACKETED = re.compile(r"[ \t]?\(([^()\n]{1,60})\)")
_HAD_BEFORE = re.compile(r"\s*(?:tidigare|förut|förr|previously|formerly|was|var|i ?stället för|instead of)\b",
                         re.IGNORECASE)
_EXCEPTION = re.compile(rf",?[ \t]+(?:but|men|fast|although)[ \t]+(?:(?:i|jag|she|he|hon|han)[ \t]+)?"
                        rf"(?:eats?|äter|tål|tolerates?|drinks?|dricker|(?:can|kan)[ \t]+(?:eat|äta|have|ha))[ \t]+"
                        rf"(?:{_FOODS_EN}|{_FOODS_SV})\b", re.IGNORECASE)
#: A form's line for a diet, its label and a colon first ("Kost: samma som sist", "Specialkost: som förra året",
#: "Allergi: nötter"): what it holds up to a bracket or the sentence's end is the diet as written, for the organiser to
#: read, when it names no need known here and says there is none in no words of its own ("Kost: -", "Kost: ingen",
#: "Kost: nej", "Kost: inget särskilt", "Kost: äter allt", "Kost: se nedan").
_FORM_LINE = re.compile(r"^[ \t]*(?:[-*•·][ \t]*)?(?:kost|specialkost|matpreferens\w*|allergi\w*|diet|dietary \w+|"
                        r"specialmat)[ \t]*:[ \t]*([^\n(.!?]*)", re.IGNORECASE | re.MULTILINE)
_NONE_WRITTEN = re.compile(r"\b(?:ingen|inget|inga|nej|nä+|nix|nope|nah|icke|ej|no|none|nothing|nil|n/a|normal\w*|vanlig\w*|standard|allt|"
                           r"alla|allätare|everything|se (?:ovan|nedan)|see (?:above|below)|vet inte|vet ej|not sure|"
                           r"osäker|återkommer)\b", re.IGNORECASE)
_FORM_MOST_WORDS = 6
#: A bracket right after a form line's value ("oförändrad (ingen)"): what it holds.
_BRACKET_AFTER = re.compile(r"\s*\(([^()\n]{1,30})\)")
#: The end of a sentence or a line (where a question's sentence is cut).
_BOUNDARY = re.compile(r"[.!?\n]")

#: Diet words a writer may misspell by one letter ("glutänfritt", "laktosfrit", "vegitarisk"): a word of at least
#: _MISSPELT_MIN letters one edit from one of these is that need, kept as the writer wrote it.
_MISSPELT_STEMS = ("gluten", "laktos", "mjölk", "mjölkprotein", "nöt", "jordnöt", "hasselnöt", "ägg", "fisk",
                   "skaldjurs", "soja", "sesam", "fläsk", "vete", "mandel")
_MISSPELT_ENDINGS = ("fri", "fritt", "fria", "allergi", "allergiker", "allergisk", "intolerant", "intolerans")
_MISSPELT_MIN = 7
_MISSPELT_INDEX: dict[str, list[str]] = {}
for _word in sorted({stem + ending for stem in _MISSPELT_STEMS for ending in _MISSPELT_ENDINGS}
                    | {"vegetarisk", "vegetariskt", "vegetariska", "vegetarian", "vegetarianer", "vegansk", "veganskt",
                       "veganska", "pescetarian", "pescetariskt", "celiaki", "glutenintolerant", "laktosintolerant"}):
    if len(_word) >= _MISSPELT_MIN:
        _MISSPELT_INDEX.setdefault(_word[:2], []).append(_word)
_LONG_WORD = re.compile(rf"[^\W\d_]{{{_MISSPELT_MIN},}}")


def _misspelt(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The diet words of ``text`` written one letter wrong, outside ``spans`` (the needs found as written)."""
    out: list[tuple[int, int, str]] = []
    for m in _LONG_WORD.finditer(text):
        word = m.group(0).lower()
        near = _MISSPELT_INDEX.get(word[:2])
        if not near or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if any(abs(len(w) - len(word)) <= 1 and edit_distance(word, w, 1) == 1 for w in near):
            out.append((m.start(), m.end(), word))
    return out


def _asked_of_no_one(text: str, start: int, end: int, anyone: bool = False) -> bool:
    """Whether the need at ``text[start:end]`` is in a question of what is served that speaks of no one ("finns
    det vegetariskt?"); "Vegetarisk kost, går det?" and "Kan jag få vegetariskt?" ask for someone's need, and so do
    one the writer takes if served ("Blir det vegetariskt? I så fall tar jag det") and one asked to be arranged ("Har
    ni möjlighet att ordna vegansk lunch?"). With ``anyone``, in a question of what is served that speaks of someone
    too ("finns det veganskt för min kollega?")."""
    stop = _BOUNDARY.search(text, end)
    if stop is None or stop.group(0) != "?" or _TAKEN_IF_SERVED.match(text, stop.end()):
        return False
    begin = max((m.end() for m in _BOUNDARY.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    return (bool(_SERVED.search(text, begin, stop.start()))
            and (anyone or not _SOMEONE.search(text, begin, stop.start()))
            and not _ARRANGE.search(text, begin, stop.start()))


def _qualified_to(text: str, stop: int) -> int:
    """Where the need ending at ``stop`` ends with what qualifies it ("vegetarian but eats fish (so pescatarian)")."""
    while True:
        m = _EXCEPTION.match(text, stop) or _BRACKETED.match(text, stop)
        if m is None or (m.re is _BRACKETED and (not _KEYS.search(m.group(1).lower())
                                                  or _HAD_BEFORE.match(m.group(1)))):   # "nu halal (tidigare laktosfri)"
            return stop
        stop = m.end()


def _given_up(text: str, start: int, end: int) -> bool:
    """Whether the need at ``text[start:end]`` is one given up for another ("från vegetarisk till vegan", "tidigare
    laktosfri"): the new one is the diet."""
    before = text[max(0, start - 30):start]
    return bool(_GIVEN_UP.search(before) or (_SWAPPED_FROM.search(before) and _SWAPPED_TO.match(text, end)))


def _corrected(lower: str, matches: list[tuple[int, int, str]]) -> set[int]:
    """Where the needs corrected to a later one are ("jag skrev laktosfri, men det ska vara nötallergi"): a need
    followed in its sentence by a correction and another need right after it, not one added ("också")."""
    out: set[int] = set()
    for (at, stop, _), (nxt, nxt_stop, _) in itertools.pairwise(matches):
        if (nxt >= stop and _CORRECTED_TO.fullmatch(lower, stop, nxt)
                and not _ADDED_TOO.match(lower, nxt_stop)):
            out.add(at)
    return out


def _needs_written(text: str, lower: str) -> list[tuple[int, int, str]]:
    """Each need's match in ``text`` (``lower``: lower-cased), misspelt ones too, in order: start, end, value."""
    matches: list[tuple[int, int, str]] = []
    if _KEYS.search(lower):
        matched = _DIET.finditer(lower) if len(lower) == len(text) else _DIET_ANY_CASE.finditer(text)
        matches = [(m.start(), m.end(), m.group(1)) for m in matched]
    matches += _misspelt(text, [(a, b) for a, b, _ in matches])
    return sorted(matches)


def _corrections(lower: str, matches: list[tuple[int, int, str]]) -> set[int]:
    return _corrected(lower, matches) if len(matches) > 1 and any(
        w in lower for w in ("ska", "skulle", "should", "rätt", "korrekt", "actually")) else set()


def diet_corrected(text: str) -> bool:
    """Whether ``text`` corrects a need it names to another ("jag skrev laktosfri, men det ska vara nötallergi")."""
    lower = text.lower()
    return bool(_corrections(lower, _needs_written(text, lower)))


def _written_in_form(text: str, matches: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Each form diet line's text that names no known need nor none ("Kost: samma som sist"), with where it starts."""
    out: list[tuple[int, str]] = []
    for m in _FORM_LINE.finditer(text):
        value = " ".join(m.group(1).lower().split()).strip(" ,;:–-")
        line_end = text.find("\n", m.start())
        # (a bracket after it may say there is none: "Kost: oförändrad (ingen)")
        bracket = _BRACKET_AFTER.match(text, m.end(1), len(text) if line_end < 0 else line_end)
        if (not re.search(r"[^\W\d_]", value) or len(value.split()) > _FORM_MOST_WORDS or _NONE_WRITTEN.search(value)
                or (bracket and _NONE_WRITTEN.fullmatch(bracket.group(1).strip()))
                or any(m.start() <= at < (len(text) if line_end < 0 else line_end) for at, _, _ in matches)):
            continue
        out.append((m.start(1), value))
    return out


def diet_spans(text: str) -> list[tuple[int, str]]:
    """Each dietary need written in ``text``, lower-cased, with where it starts."""
    found: list[tuple[int, str]] = []
    end = 0     # where the last need found ends
    lower = text.lower()
    matches = _needs_written(text, lower)
    corrected = _corrections(lower, matches)
    for at, stop, value in matches:
        if at < end:
            continue    # within the qualifier of the need before ("gluten-free (coeliac)")
        if at in corrected:
            continue    # "jag skrev laktosfri, men det ska vara nötallergi": the old need, corrected
        if not _AVOIDS.match(value) and _NEGATED.search(text[max(0, at - 60):at]):
            continue
        if "?" in text and _asked_of_no_one(text, at, stop):
            continue
        if _given_up(text, at, stop):
            continue
        if (qualified := _qualified_to(text, stop)) > stop:
            stop, value = qualified, text[at:qualified]     # "vegetarian but eats fish": the need as qualified
        start = at
        if found and (_JOINED.fullmatch(text, end, start) or _SOFTENED.fullmatch(text, end, start)):
            # "laktosfri och glutenfri", "vegetarisk, gärna utan svamp": two needs the writer joins stay one, as written
            start = found.pop()[0]
            value = text[start:stop]
        value = " ".join(value.lower().split())
        if " " in value:
            value = _SPLIT.sub(r"\1\2", value)      # "laktos fri" -> "laktosfri"
        found.append((start, value))
        end = stop
    if ":" in text:
        found = sorted(found + _written_in_form(text, matches))     # "Kost: samma som sist": the diet as written
    return found


def only_asked_about(text: str) -> bool:
    """Whether every need ``text`` writes is in a question of what is served, of someone's or no one's ("Och finns det
    veganskt på fikat för min kollega?"): a message that only asks states no diet by them. Not one asked for ("Kan jag
    få vegetariskt?"), nor one stated beside the question ("Blir det lunch? Jag äter kosher")."""
    spans = diet_spans(text)
    return bool(spans) and all(_asked_of_no_one(text, at, at + len(value), anyone=True) for at, value in spans)


def find_diet(text: str) -> str | None:
    """The dietary needs written in ``text``, lower-cased and joined by ", ", or None."""
    found = list(dict.fromkeys(value for _, value in diet_spans(text)))
    return ", ".join(found) if found else None
