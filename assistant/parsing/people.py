"""The people a message is about: the sender and colleagues named in prose, lists or tables.

Lists written surname first ("Eriksson Pers, Anna (undertecknad)", table rows with a title column, lines run
together) give one person a line. Names outside the sentences that ask for something count when the sentence
tells their diet, writes on their behalf ("å Eva Eks vägnar"), names them beside the writer, or lists two or more
names and little else. A chat writer whose display name is a nickname, an emoji or "Henrik S" is the name they
give in the text (``writer_named``). The writer whose own signup stands ("jag själv står kvar"), or who writes
on another's behalf, is not among the people.

Names are capitalised runs of words (or, in chat, lower-case names after "jag och",
"min kollega"...) in sentences that speak of taking part; e-mail addresses written
beside a name belong to it, and an address alone gives a name only when nothing better
exists. The sender is among the people unless the message is about others only or says
the sender stays away ("själv deltar jag inte"); being asked or spoken to ("kontakta mig",
"Per bad mig skicka detta") is no taking part. A colleague named only to say they stay away
or sign up on their own is not among the people; an address written as a pattern
("förnamn.efternamn@...") is nobody's, but gives the listed people theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from assistant.parsing.diet import diet_spans
from assistant.parsing.given_names import comes_along, given_names_beside, group_listed, lexicon
from assistant.parsing.names import (
    address_tokens,
    full_name,
    matches_address,
    name_from_address,
    name_key,
    nearly_matches_address,
    one_edit,
    plausible_name,
    spelt_by_address,
    titlecase,
)
from assistant.parsing.prefilter import quick
from assistant.parsing.text import HEDGE_WORDS, fold, sentences

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


def addresses_in(text: str) -> tuple[str, ...]:
    """The e-mail addresses written in ``text``, lower case, each once, in order."""
    return tuple(dict.fromkeys(a.lower() for a in EMAIL.findall(text)))


#: A word; an Irish or French surname's capital and apostrophe before its own capital stay with it ("O'Connor",
#: "D’Souza"), not an English contraction ("I'm", "Anna's").
_TOKEN = re.compile(r"(?:[ODL]['’](?=[A-Z][a-z]))?[^\W\d_]+(?:-[^\W\d_]+)*")
#: A person's full name after "&", then a clause's end or a lower-case word ("Eva Lind & Tove Ahlberg, Orsa", "Per Ek &
#: Sara Holm och jag"): two people, not a firm ("Berg & Ström Arkitekter"); read in the 40 characters after a name.
_PERSON_AFTER_AND = (r"\s*[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? (?!(?:Arkitekter|Architects|Partners?|Konsult\w*|"
                     r"Consulting|Group|Son|Söner|Sons|Ingenjörer|Landskap|Advokatbyrå|AB)\b)[A-ZÅÄÖ][a-zåäöéü]+"
                     r"(?:\s*[,.;:!?)+]|\s+(?:och|and|samt|[a-zåäö])|\s*$)")
#: ... after "+" also a count of more ("jag + Ali Yusuf + två till", "+ 2 more"): a list of people, not a firm.
_AFTER_FIRM = re.compile(r"^\s*(?:&(?!" + _PERSON_AFTER_AND + r")|\+(?!\s*(?i:jag|mig|me|i)\b|" + _PERSON_AFTER_AND
                         + r"|\s*(?:\d|(?i:en|ett|två|tva|tre|fyra|one|two|three|four)\s+(?:till|more|other|andra|kolleg)))|AB\b|HB\b|KB\b|Ltd|Inc|LLC|GmbH|Oy\b|AS\b|A/S|kommun|län|stad|"
                         r"Group|Consulting|Konsult|Arkitekter|Architects|Partners|"
                         # a unit of an organisation ("the Regional Development unit", "Plan och Bygg-enheten")
                         r"(?i:unit|department|dept|division|section|team|office|enhet(?:en)?|avdelning(?:en)?|"
                         r"f[oö]rvaltning(?:en)?|kontor(?:et)?)\b)(?!\s*:)")     # not a form's next label ("Enhet:")
#: Who a lower-case name is to the writer, written before it ("min kollega", "min chef", "my manager", "praktikanten",
#: "mina två planerare", "vår nya planarkitekt", "my intern", "min ersättare", "vår vikarie").
#: A colleague, also misspelt ("kolega", "kollgan", "kollegn", "coleague").
_KOLLEGA = r"kol{1,2}e?g(?:a|an|n|or|orna)"
_COLLEAGUE = r"(?:" + _KOLLEGA + r"|col{1,2}eagues?)"
ROLE_NOUN = (r"(?:" + _COLLEAGUE + r"|chef(?:en)?|manager|boss|praktikant(?:en|er|erna)?|interns?|"
              r"trainees?|medarbetare(?:n|na)?|ers[aä]ttare(?:n|na)?|vikarie(?:n|r|rna)?|substitutes?|"
              r"[\wåäö-]*(?:arkitekt|planerare|handl[aä]ggare|ekolog|ingenj[oö]r|"
              r"samordnare|strateg|utredare|planner|architect)(?:en|n|na|er|erna|s)?)")
_MY = r"(?:min|mitt|mina|my|v[aå]r|v[aå]rt|v[aå]ra|our)"
_ROLE = (r"(?:(?:" + _MY + r"\s+)?(?:(?:tv[aå]|tre|fyra|nya?|unga|two|three|four|new)\s+){0,2}"
         + ROLE_NOUN + r"\s+)?")
#: One word of a name written in lower case ("anna", "ek-berg").
_LOWER_WORD = r"[a-zåäöéü]{2,}(?:-[a-zåäöéü]+)?"
_LOWER_PAIR = rf"({_LOWER_WORD})\s+({_LOWER_WORD})"
#: The same, a particle perhaps before the surname ("erik von essen", "maria af ugglas").
_LOWER_PARTICLE_PAIR = rf"({_LOWER_WORD})\s+((?:(?:von|af|de|van|der|du|la)\s+)?{_LOWER_WORD})"
#: A nickname before the full name in brackets ("nisse (nils wennberg)", "lotta (charlotte wik)").
_NICKNAME = rf"(?:[a-zåäöéü]{{2,}}\s*\(\s*(?={_LOWER_WORD}\s+{_LOWER_WORD}\s*\)))?"
#: An adverb between the verb and the rest of a third party's leaving ("har tyvärr slutat", "kan dessvärre inte").
_ADVERB = r"(?:(?:tyv[aä]rr|dessv[aä]rre|nog|ju|nu|d[aä]rf[oö]r|redan|unfortunately|sadly|also)\s+)?"
#: A third party leaving, taken ill or taking another's place ("erik sand kan tyvärr inte", "har slutat", "går i
#: hans ställe", "is off sick"), unfolded (the quick test below reads it folded).
_LEAVES = (r"(?:kan " + _ADVERB + r"(?:inte|ej)|kommer " + _ADVERB + r"(?:inte|ej)|har " + _ADVERB
           + r"(?:slutat|hoppat av|bytt (?:jobb|tj[aä]nst)|f[aå]tt (?:nytt jobb|ny tj[aä]nst|jobb|f[oö]rhinder))|"
           r"slutar|hoppar av|g[aå]r i|(?:g[aå]r|kommer|[aå]ker|deltar) (?:i st[aä]llet|ist[aä]llet)|"
           r"tar (?:hans|hennes|\w+s) plats|"
           r"ers[aä]tter|hoppar in|f[aå]r " + _ADVERB + r"f[oö]rhinder|can'?t|cannot|can no longer|has left|takes|"
           r"replaces|will replace|(?:will )?(?:come|comes|go|goes|attend|attends) instead|"
           # taken ill ("erik sand är sjukskriven", "ska opereras", "is off sick")
           r"(?:[aä]r|(?:har )?blivit|blev) (?:\w+ )?sjuk\w*|ska opereras|is (?:off )?(?:sick|ill)|has fallen ill)\b")
#: The same folded, for the quick test (no escape in it has a capital letter for folding to change).
_THIRD_PARTY_VERB = fold(_LEAVES).replace("[aa]", "a").replace("[oo]", "o")
#: Names written in lower case where a phrase shows them to be names; each with a quick test of the folded
#: sentence that must pass first (most sentences hold none of these phrases).
_LOWER_NAMES = (
    # ... the writer's own name in brackets before the comma ("jag (jonna rask), hanna ek och leo strand")
    (re.compile(r"\b(?:jag|mig|mej|ja|me|i)(?:\s+(?:sjalv|myself|up))?"
                r"(?:\s+(?:\([^)]{0,30}\)\s+)?(?:och|o|&|and|samt|\+|eller|nor)\s|(?:\s*\([^)]{0,30}\))?\s*,\s*[a-z])"),
     re.compile(r"\b(?:jag|mig|mej|me|i|ja(?=\s+o\s|\s*\())(?:\s+(?:sj[aä]lv|myself|up))?(?:\s+(?:\([^)]{0,30}\)\s+)?"
                # "(varken) jag eller per holm", "(neither) i nor eva lind" beside the writer too
                r"(?:och|o|&|and|samt|\+|eller|nor)\s+|(?:\s*\([^)]{0,30}\))?\s*,\s*)" + _ROLE + _NICKNAME + _LOWER_PAIR
                + r"(?![\w-])", re.IGNORECASE)),
    # a substitution written by a third party: "erik sand kan inte komma, maria holm går i hans ställe"
    (re.compile(r"\b" + _THIRD_PARTY_VERB),
     re.compile(r"(?:^|[,;:!]\s*|\b(?:hej|hejsan|hi|hello)\s*,?\s+|\b(?:men|but|s[aå]|so|och|and)\s+)" + _LOWER_PAIR
                # where the person works between, perhaps with a determiner ("från vår enhet", "from the same unit")
                + r"\s+(?=(?:h[aä]r )?(?:(?:fr[aå]n|hos|p[aå]|vid|from|at) "
                r"(?:(?:v[aå]r|v[aå]rt|min|mitt|samma|our|my|the|same) )?\S+ (?:kommun |k:n |regionen? )?){0,2}"
                + _LEAVES + ")", re.IGNORECASE)),
    # one said to come along, where they work perhaps between ("glömde säga: sanna öberg från oss på falu kommun
    # hänger med också", "och per ek följer med", "tom ek from our unit is coming too")
    (re.compile(r"\b(?:hanger|foljer|hakar|kommer ocksa|ska ocksa med|ar ocksa med|vill ocksa|is coming|will come|"
                r"wants to come|joins)\b"),
     re.compile(r"(?:^|[,;:!]\s*|\b(?:men|but|s[aå]|so|och|and|att|that)\s+)" + _LOWER_PAIR
                + r"\s+(?=(?:(?:fr[aå]n|hos|p[aå]|vid|from|at) (?:(?:v[aå]r|v[aå]rt|oss|min|mitt|samma|our|my|the|same) )?"
                r"\S+ (?:kommun |k:n |regionen? |unit |team )?){0,2}(?:(?:ocks[aå]|med|too|also) )?"
                r"(?:h[aä]nger (?:ocks[aå] )?med|f[oö]ljer (?:ocks[aå] )?med|hakar (?:ocks[aå] )?p[aå]|"
                r"kommer ocks[aå]|ska ocks[aå] med|[aä]r ocks[aå] med|vill ocks[aå] (?:vara|komma|h[aä]nga|f[oö]lja) med|"
                r"is coming|will come|wants to come|joins)\b)", re.IGNORECASE)),
    # the one the writer writes for ("skriver för anders nyström på vansbro kommun, han är sjuk", "writing for tom ek,")
    # (not the writer's own: "skriver för egen räkning", "för min del")
    (re.compile(r"\b(?:skriver|mejlar|mailar|writing|write) (?:for|a|on behalf of)\s"),
     re.compile(r"\b(?:skriver|mejlar|mailar|writing|write)\s+(?:f[oö]r|[aå]|on\s+behalf\s+of)\s+"
                r"(?!(?:egen|eget|egna|min|mitt|mina|my|own)\s)" + _LOWER_PAIR
                + r"(?=\s*[,.;:!?]|\s+(?:p[aå]|fr[aå]n|hos|vid|from|at|som|who)\s|\s*$)", re.IGNORECASE)),
    # ... the verb first ("tyvärr har erik nyström fått nytt jobb", "nu kan maria holm inte komma")
    (re.compile(r"\b(?:tyvarr|dessvarre|nu|sa) (?:har|kan|kommer)\s"),
     re.compile(r"\b(?:tyv[aä]rr|dessv[aä]rre|nu|s[aå]) (?:har|kan|kommer)\s+" + _LOWER_PAIR
                + r"\s+(?=(?:tyv[aä]rr\s+)?(?:inte|ej|slutat|hoppat av|bytt (?:jobb|tj[aä]nst)|"
                r"f[aå]tt (?:nytt jobb|ny tj[aä]nst|jobb|f[oö]rhinder))\b)", re.IGNORECASE)),
    # a colleague from another place: "anmäl mig och karl dahl från vansbro"
    (re.compile(r"\s(?:fran|from|pa|at)\s"),
     re.compile(r"\b(?:och|o|samt|&|and)\s+" + _LOWER_PAIR + r"\s+(?=(?:fr[aå]n|from|p[aå]|at)\s)", re.IGNORECASE)),
    (re.compile(r"kol{1,2}e?g|col{1,2}eag|chef|manager|boss|praktikant|intern\b|trainee|medarbetare|arkitekt|"
                r"planerare|planner|ersattare|vikarie|substitute"),
     re.compile(r"\b(?:(?:min )?" + _KOLLEGA + r"|my colleague|min chef|chefen|my manager|my boss|"
                + _MY + r"\s+(?:(?:tv[aå]|tre|nya?|two|three|new)\s+){0,2}" + ROLE_NOUN + r"|"
                # a Swedish role in the definite form needs no "min" ("praktikanten alva nordin", "planeraren per ek")
                r"kollegorna|praktikant(?:en|erna)|medarbetaren|[\wåäö-]*(?:arkitekt|ekolog|ingenj[oö]r|strateg)en|"
                r"[\wåäö-]*(?:planerare|handl[aä]ggare|samordnare|utredare)n)(?:\s*,\s*|\s+)"
                # where the colleague works between, set off by a comma ("en kollega från lst, karin dahlberg")
                r"(?:(?:fr[aå]n|p[aå]|hos|vid|from|at)\s+[\wåäö:-]+(?:\s+(?:kommun|k:n|regionen?))?\s*,\s*)?"
                + _NICKNAME + _LOWER_PAIR
                + r"(?![\w-])", re.IGNORECASE)),
    (re.compile(r"\s(?:och|o|and|&)\s+(?:jag|mig|me|i)\b"),
     re.compile(_LOWER_PAIR + r"\s+(?:och|o|and|&)\s+(?:jag|mig|me|i)\b", re.IGNORECASE)),
    # a request verb, then the name ("avanmäl ola persson från 21/9", "anmäl per ek till 3 maj", "stryk eva lind,",
    # "could you register tom ek on 3 may?"); after "boka in"/"book" not a thing booked ("boka in extra lunch till mig",
    # "book hotel rooms for may")
    (re.compile(r"\b(?:av)?anmal(?:a|er|t|de)?\s|\bstryka?\s|\bavboka\s|\bregistrera\s|\bboka in\s|\bbook\s|"
                r"\bregister\s"),
     re.compile(r"\b(?:(?:av)?anm[aä]l(?:a|er|t|de)?|stryka?|avboka|registrera|register|(?:boka\s+in|book(?:\s+in)?)"
                r"(?=\s+(?!(?:extra|lunch|middag|fika|mat|rum|hotell\w*|bord|plats\w*|lokal\w*|parkering|resa|t[aå]g|"
                r"hotel|rooms?|tables?|dinner|places?|seats?|spots?|tickets?|travel|trains?|parking|transport|a|an|"
                r"the|some|two|tv[aå]|tre|three)\b)))\s+"
                + _NICKNAME + _LOWER_PAIR
                + r"(?=\s+(?:fr[aå]n|till|p[aå]|i|f[oö]r|from|to|on|ocks[aå]|och|o|samt|and|&)(?![\w-])|\s*[,.!?]|\s*$)",
                re.IGNORECASE)),
    # the one replaced ("johanna wik går i stället för peter ström", "tom ek ersätter eva lind", "instead of per ek")
    (re.compile(r"\bi ?stallet for\s|\binstead of\s|\bin place of\s|\bersatter\s|\breplac(?:es|ing)\s|\bwill replace\s"),
     re.compile(r"\b(?:i\s?st[aä]llet\s+f[oö]r|instead\s+of|in\s+place\s+of|ers[aä]tter|replac(?:es|ing)|will\s+replace)\s+"
                + _LOWER_PAIR + r"(?![\w-])", re.IGNORECASE)),
    # a label and a colon before each ("jag: lisa holm", "kollega: ahmed yusuf", "deltagare 2: eva ek"), its lines
    # perhaps run together
    (re.compile(r"\b(?:jag|mig|me|kol{1,2}e?g\w*|col{1,2}eagues?|namn|name|deltagare|participants?|medarbetare|person|"
                r"chef\w*|manager)(?:\s*\d{1,2})?\s*:\s*[a-z]"),
     re.compile(r"\b(?:jag|mig|me|" + _KOLLEGA + r"|col{1,2}eagues?|namn|name|deltagare|participants?|medarbetare|"
                r"person|chef(?:en)?|manager)(?:\s*\d{1,2})?\s*:\s*" + _NICKNAME + _LOWER_PAIR + r"(?![\w-])",
                re.IGNORECASE)),
    # a diet told of the one named, a particle perhaps before the surname ("…: erik von essen har blivit vegetarian,
    # och lisa ström ska ha laktosfri kost", "per ek äter halal")
    (re.compile(r"\b(?:vegan|vegetari|laktos|gluten|celiaki|allerg|notallerg|halal|kosher|pescetari)"),
     re.compile(r"(?:^|[,;:]\s*|\b(?:och|o|samt|men|and)\s+)" + _LOWER_PARTICLE_PAIR
                + r"\s+(?=(?:har (?:nu )?blivit|blev|[aä]r|[aä]ter|ska ha|beh[oö]ver|is|eats|has become|needs)\s+"
                r"(?:[\wåäö]+\s+){0,2}(?:vegan|vegetari|laktos|gluten|celiaki|allerg|n[oö]tallerg|halal|kosher|"
                r"pescetari)\w*)", re.IGNORECASE)),
    # another introduced by name ("hon heter maria blom", "kollegan heter per ek", "his name is tom berg")
    (re.compile(r"\bheter\b|\bname is\b|\bnamn ar\b|\bis called\b"),
     re.compile(r"\b(?:(?:hon|han|hen|kollegan|personen|she|he)\s+(?:heter|is called)|(?:hennes|hans|hens) namn [aä]r|"
                r"(?:her|his) name is)\s+" + _LOWER_PAIR + r"(?![\w-])", re.IGNORECASE)),
)
#: Two or more lower-case names listed after a colon, and nothing else ("vill komma: anna berg, per nilsson och eva ek").
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:och|o|and|&|samt)\s+")
#: ... an item perhaps marked as the writer's ("tove lind (me)") or with an address after a space or in brackets
#: ("jonas ek jonas.ek@orsa.se", "eva lund <eva.lund@orsa.se>").
_LOWER_ITEM = re.compile(_LOWER_PAIR + r"(?:\s*\((?i:jag|mig|me|i)\))?"
                         r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\s*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>|"
                         r"\s*\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\))?")
_CAP = "A-ZÅÄÖÆØÉÜÈÁ"
#: A title in lower case after a name, as a table's next column ("Berg, Anna  planarkitekt  alla").
_ROW_TITLE = (r"\s+[a-zåäöæøéü][\w-]*(?:arkitekt|planerare|strateg|ekolog|ingenjör|chef|handläggare|samordnare|utredare|"
              r"specialist|sekreterare|assistent|konsult|antikvarie|analytiker|inspektör|planner|architect|manager|officer)\b")
#: A request's label before a line about one person ("Anmälan: Sundberg, Elin – Säters kommun – alla datum",
#: "Avanmälan:", "Ny anmälan:", "Registration:").
_REQUEST_LABEL = (r"(?:(?:ny|new)\s+)?(?:av)?anm[aä]lan|anm[aä]l(?:er)?|registrering|avbokning|registration|sign[- ]?up|"
                  r"cancellation")
#: A list item written surname first ("Holm, Maria", "- Berg, Anders – vegetarisk", "Ek, Lena <lena.ek@...>",
#: "Karlsson Wiik, Jonas  miljöstrateg  jonas.karlsson.wiik@..." in a table); the word after the comma whole, not
#: cut at a hyphen ("Eva Ek, GIS-samordnare" is a name and a title).
_SURNAME_FIRST = re.compile(rf"^[\W\d]*?(?:(?i:namn|name|deltagare|participant|medarbetare|employee|{_REQUEST_LABEL})\s*:\s*)?([^\W\d_][\w'-]+(?: [{_CAP}][\w'-]+)?),\s*([^\W\d_][\w'-]+(?: [{_CAP}][\w'-]+)?)(?!-[^\W\d_])"
                            r"(?=\s*(?:$|[-–—:;(<|]|[\w.+-]+@)|(?:\s+[a-zåäöæøéü][\w-]*){1,3}\s+[\w.+-]+@|" + _ROW_TITLE + "|"
                            r"\s+(?:har|kan|kommer|ska|är|slutar|has|is|will|can)\b|"
                            # where they work, in lower case ("Ek, Jonas på vår avdelning har…", "Berg, Tom from our office")
                            r"\s+(?:på|från|vid|hos|at|from|of)\s+(?:[a-zåäö]+\s+){0,2}[a-zåäö]+\s+(?:har|kan|kommer|ska|är|vill|"
                            r"slutar|behöver|has|is|will|can|would|wants|needs)\b)")
#: Two or more such names in a sentence, joined by ";" or "och", or each with a title in brackets
#: ("Backman, Olof; Törnqvist, Frida", "Ek, Rut (planarkitekt) Holm, Per (ekolog)").
_SURNAME_FIRST_PAIR = re.compile(r"(?:(?<=[:;&)])|(?<=\boch)|(?<=\bsamt)|(?<=\band)|^)\s*([^\W\d_][\w'-]+),\s*([^\W\d_][\w'-]+)"
                                 r"(?=\s*(?:[;.)]|$|och\b|samt\b|and\b|&|till\b|to\b|[-–(<])|" + _ROW_TITLE + ")")
#: Lines of such names run together into one sentence, nothing else between them but a title in brackets, an
#: address or a need after a dash ("Lindberg, Oskar Sandström, Elin", "Ek, Rut (GIS) rut.ek@mora.se Holm, Per
#: (ekolog)", "Lindqvist, Maria – vegetarisk Berg, Johan").
_ITEM = (rf"(?:[-*•·]\s*)?([^\W\d_][\w'-]+(?: [{_CAP}][\w'-]+)?),\s*([^\W\d_][\w'-]+)(?:\s*\([^)]{{0,60}}\))?"
         r"(?:\s*[-–—]?\s*<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)?(?:\s+[-–—]\s+[a-zåäöéü][\w-]*(?: [a-zåäöéü][\w-]*){0,2})?[\s;]*")
_SURNAME_FIRST_ITEM = re.compile(_ITEM)
#: Two names written surname first in running text, joined by "och"/"and" ("Anmäl Holm, Annika och Ström, Jesper
#: till hösten", "please register Kowalski, Anna and Berg, David"): each the one before a comma.
_SURNAME_FIRST_JOINED = re.compile(rf"(?<!,\s)(?<![\w-])([{_CAP}][\w'-]+),\s*([{_CAP}][\w'-]+)\s+(?:och|samt|and|&)\s+"
                                   rf"([{_CAP}][\w'-]+),\s*([{_CAP}][\w'-]+)(?![\w'-])(?!\s*,)")
_SURNAME_FIRST_LINES = re.compile(rf"\s*(?:{_ITEM}){{2,}}")
#: On a line opening with a name written surname first, a second one so written after a word of replacing ("Strand,
#: Malin – ny, ersätter Wik, Tove som har slutat", "Holm, Eva - new, replaces Berg, Karin"): the one replaced.
_SURNAME_FIRST_REPLACED = re.compile(
    r"\b(?i:ers[aä]tter|efterträder|eftertrader|i ?st[aä]llet f[oö]r|replaces|replacing|instead of|in place of)\s+"
    rf"([{_CAP}][\w'-]+),\s*([{_CAP}][\w'-]+)(?![\w'-])(?!\s*,)")
_SELF_OUT_OTHERS = quick(re.compile(r"(?:(?<!\boch )(?<!\bsamt )(?<!\bo )(?<!& )|(?<=[,;] och ))"    # not "Eva och jag kan inte komma"
                              r"\bjag (?:deltar|kommer|kan) (?:\w+ )?inte (?:att )?(?:delta|vara med|komma)|"
                              r"\bhar (?:jag )?(?:\w+ )?redan (?:anmalt|registrerat) mig\b|"
                              # ... in the past tense ("själv anmälde jag mig redan i januari", "I registered myself
                              # already")
                              r"\b(?:anmalde|registrerade) (?:jag )?mig (?:sjalv )?redan\b|"
                              r"\bi (?:already registered|registered (?:myself )?already)\b|"
                              # the writer perhaps coming, to tell later ("jag kommer troligen också, men jag
                              # återkommer om det", "I'll probably join too but will let you know")
                              r"\b(?:jag|i(?= (?:will|'ll|may|might|am|'m|think|probably|maybe|possibly|perhaps)\b))\b[^.!?]{0,30}?\b(?:troligen|kanske|mojligen|nog|"
                              r"eventuellt|probably|maybe|possibly|perhaps)\b[^.!?]{0,60}?\b(?:aterkommer|aterkomma|"
                              r"hor av mig|meddelar|get back|let you know|confirm later|tell you later)\b|"
                              # a manager letting another go ("jag har sagt ja", "I have approved it")
                              r"\bjag (?:har )?(?:sagt ja|godkant|godkanner|beviljat|beviljar|gett (?:mitt )?(?:ok|klartecken))\b|"
                              r"\bi(?:'ve| have)? (?:approved|said yes)\b|\b(?:och jag|jag)(?: sjalv)? (?:ar|har) redan (?:varit )?anmald|"
                              # "själv" first, the verb before the subject ("själv är jag redan anmäld")
                              r"\bsjalv (?:ar|har) jag (?:ju )?redan (?:varit )?anmald|"
                              r"\b(?:and i|i)(?: am|'m| are| have) already (?:been )?(?:registered|signed up)\b|\bhave already (?:registered|signed up)\b|"
                              # the writer's own signup stays as it is ("jag själv står kvar", "my registration stands")
                              r"\bjag (?:sjalv )?(?:star|ar|finns) (?:\w+ )?kvar\b|\bjag (?:sjalv )?kvarstar\b|"
                              r"\b(?:star|ar|finns) jag (?:sjalv )?kvar\b|"
                              r"\bmin (?:egen )?(?:anmalan|plats) (?:galler|star kvar|kvarstar|ar kvar)\b|"
                              r"\bi (?:myself )?(?:remain|stay|am still) (?:registered|signed up|booked)\b|"
                              r"\bmy (?:own )?(?:registration|place|booking) (?:stands|remains)\b|"
                              r"\bjag\)? (?:\w+ )?(?:kommer|deltar|gar|ar med)\b[^.!?]{0,20}\bsom "
                              r"(?:vanligt|planerat|tidigare|forut|"
                              r"bestamt|innan)\b|\bi(?:'ll| will)? (?:still )?(?:come|attend|join) as (?:planned|usual|before)\b|"
                              r"\b(?:for|to) (?:\w+ (?:och|and) )?(?:mig|me)\b[^.!?]{0,25}\b(?:inga|ingen|no) (?:andring\w*|changes?)\b|"
                              # the others doing as the writer does, whose signup stands ("Han kommer på de tre andra
                              # som planerat, liksom Lovisa och jag", "just as Eva and I")
                              r"\b(?:liksom|precis som|precis likt|just as|just like|as do|as will)\s+"
                              r"(?:[\w-]+\s+(?:och|o|and|&)\s+)?(?:jag|i|me)\b(?:\s+(?:gor|do|will))?\s*(?:[.;!?]|$)|"
                              r"\bjag (?:gar|deltar|kommer|ska) (?:\w+ )?(?:inte|ej) (?:\w+ )?sjalv\b(?! utan\b| med\b)|"
                              # ... in English ("I can't make it myself", "I won't attend myself", "myself, I can't")
                              r"\bi (?:can'?t|cannot|won'?t|will not|am not able to|am unable to) (?:make it|come|"
                              r"attend|join|go|take part)(?: \w+)? myself\b|\bmyself,? i (?:can'?t|cannot|won'?t|will not)\b"))
#: Writing for another ("jag skriver å Eva Eks vägnar", "on behalf of my manager"): the writer is not among the
#: people unless they say they join too (``_SELF_TOO``).
_ON_BEHALF = re.compile(r"\b(?!mina\b|vara\b|(?:kommun|region|lansstyrelse|forvaltning|enhet|foretag|avdelning|"
                        r"organisation)(?:en|ens|s)\b)\w+s vagnar\b|\bon behalf of (?!me\b|myself\b|us\b)|"
                        # "jag skriver åt min man", "skriver för min kollega", "mejlar åt min sambo" (not "för min del",
                        # "för egen räkning")
                        r"\b(?:skriver|mejlar|mailar|hor av mig|messar) (?:at|for) (?:min|mitt|var|mina|vara) "
                        r"(?!del\b|egen\b|rakning\b)\w+|"
                        # "på uppdrag av vår chef Per Ek anmäler jag honom" (not "... anmäler jag mig")
                        r"\bpa uppdrag av (?!mig\b|oss\b|(?:kommun|region|lansstyrelse|forvaltning|enhet|foretag|"
                        r"avdelning|organisation)(?:en|ens|s)?\b)(?![^.!?]*\b(?:mig|mej|jag och|och jag)\b)")
#: The writer joining as well ("I would also like to join ... myself", "själv vill jag också vara med", "and I will
#: attend those two as well").
_WRITER_THEN = r"\b(?:jag|i|i'd|i'll)\b(?:\s+(?!inte\b|ej\b|not\b|never\b)[\w']+){0,4}?\s+"
_SELF_TOO = re.compile(_WRITER_THEN + r"(?:ocksa|aven|also|too)\b(?:\s+[\w']+){0,3}?\s+"
                       r"(?:vara med|delta|komma|ga|join|attend|come|participate|take part|register)\b|"
                       + _WRITER_THEN + r"(?:vara med|delta|komma|join|attend|come|participate|take part)\b[^.!?]{0,40}"
                       r"\b(?:myself|as well|too|ocksa|aven|sjalv)\b|"
                       r"\bsjalv (?:vill|ska|kommer|tanker) jag (?:ocksa |aven |garna )*(?:vara med|delta|komma|ga)\b|"
                       # following along, or asking to be signed up besides ("jag följer själv med på vårträffen, så
                       # anmäl gärna mig till den", "please register me as well")
                       r"\bjag (?:foljer|hanger) (?:sjalv |ocksa |aven |garna )*med\b|"
                       r"\b(?:anmal|registrera|boka|skriv upp) (?:garna |aven |ocksa |dessutom )*mig\b|"
                       r"\b(?:register|sign|book|add) me\b")
_SELF_OUT = quick(re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?:jag|men|och|dock|tyvarr|but)\s+)sjalv\b[^.!?]{0,40}\b(?<!\bmen )(?:inte|ej)\b|"
    # "själv" opening its clause, the verb before the subject ("Själv har jag inte möjlighet"), after a list line
    r"\bsjalv (?:har|ar|kan|kommer|deltar|gar|hinner|far) jag (?:\w+ )?(?:inte|ej)\b|"
    r"\b(?:hinner|kan|kommer|har)\s+(?:\w+\s+)?(?:inte|ej)\s+sjalv\s+(?:\w+\s+){0,2}?(?:vara med|delta|komma|ga|mojlighet)|\bi\b(?:[^.!?,;]{0,40}?\b(?:and|but|so)\b)? ?(?:won['’]?t|can['’]?t|cannot|will not|am not|['’]m not|do not|don['’]?t)"
    r"(?: be)? (?:attend|join|tak|com|participat)\w*[^.!?]{0,20}\bmyself|myself[^.!?]{0,30}\b(?:not|won['’]?t)\b"))
#: Up to three words, none a negation, between the writer and a verb of taking part; the English verbs of it.
_SELF_WORDS = r"(?:(?!inte\b|ej\b|not\b|never\b|aldrig\b|can'?t\b|cannot\b|won'?t\b|kan\b)\w+\s+){0,3}"
_SELF_VERBS_EN = r"attend|join|participate|take part|(?:register|sign up)(?=\s+(?:for|to|myself|too|as well)\b|\s*[.,!]|$)"
_SELF_IN = re.compile(r"\+\s*(?:jag|mig|mej|me|i)\b|\b(?:jag|mig|mej|me)\s*\+|"    # "jag + Eva Ek"
                      # a place asked for the writer ("Kan jag ändå få stå på väntelistan?", "could I get a place?")
                      r"\b(?:kan|far|skulle|kunde) jag (?:(?:anda|ocksa|aven|garna|i sa fall)\s+)?(?:fa\s+)?"
                      r"(?:sta (?:pa|med)|komma med|vara med|delta|en plats|plats)\b|"
                      r"\b(?:can|could|may) i (?:still |also )?(?:join|attend|get a (?:place|spot|seat)|be (?:put|added)|"
                      r"be on)\b|"
                      # the writer first in a list of given names ("jag, Lisa och Ahmed kommer")
                      r"\bjag, (?=[^\W\d_]+ (?:och|o|samt|&)\s)|"
                      # the writer's own signup first in a list of signups ("alla tre anmälningar: min egen, Per Eks och …")
                      r"\bmin egen(?: anmalan| plats)?\s*(?:,|och\b|&)\s*(?=[^.!?]*\b\w+s\b)|"
                      r"\blagg(?:a|er)? till oss\b|"    # "lägg till oss på 22/2": the writer among those added
                      r"\b(?:mig|mej|ja o|(?<!hos )(?<!till )(?<!for )(?<!fran )(?<!av )oss|me|"
                      r"(?<!with )(?<!at )(?<!for )(?<!from )(?<!to )(?<!contact )us|myself|jag och|och jag|and i|i and|jag sjalv|undertecknad|jag o|o jag|"
                      r"jag ocksa|jag med|även jag|aven jag|me too|i also|also me|we'?re both|we are both|"
                      r"vi bada|vi (?:deltar|kommer|gar|ar med|ska vara med|vill vara med) bada|we (?:will |'ll |shall )?both|bada tva|vi e tva|vi ar tva|vi blir tva|varken jag|varken [^.!?]{0,40} eller jag|neither i|neither [^.!?]{0,40} nor (?:i|me)|bade jag|both i)\b|\b(?:jag|i|ja) \([^)]{0,30}\)(?: (?:och|o|and|&|samt)\b|,)|(?:[:,(–—]|\s-\s|\b(?:alltsa|dvs|namligen|d v s))\s*jag\s*(?=,|och\b|o\b|&|samt\b)|"
                      # ... the verb first, after a fronted phrase ("Från Orsa kommer jag tillsammans med Per Ek", "I maj
                      # deltar jag också", "kommer jag, Eva Lind, med ...")
                      r"\b(?:kommer|deltar|gar)\s+jag\b(?=\s*(?:,|garna\b|ocksa\b|aven\b|sjalv\b|med\b|tillsammans\b|"
                      r"ihop\b))|"
                      # the writer saying they take part ("jag kommer gärna", "I want attend"), not negated ("i" with
                      # an English verb only: "Eva Lund i Mora kommer" is Eva, in Mora)
                      r"\b(?:jag\s+" + _SELF_WORDS + r"(?:deltar|delta|kommer|komma|vara med|" + _SELF_VERBS_EN + r")|"
                      r"(?:i|i'd|i'll)\s+" + _SELF_WORDS + r"(?:" + _SELF_VERBS_EN + r"))\b"
                      r"(?!\s+(?:inte|ej|not|tillbaka|back)\b|\s+att\s+(?!delta|vara med|narvara|komma))")
_I = re.compile(r"\b(?:jag|i|i'm|i am|undertecknad)\b")
#: "mig"/"me"/"oss"/"us" as the one spoken to or asked, not the one taking part ("kontakta mig vid frågor",
#: "hör av er till oss", "Per bad mig skicka detta", "let me know", "she asked me to forward it", "med kopia till mig").
_ADDRESSED = re.compile(r"\b(?:kontakta|kontakt med|ring|ringa|mejla|maila|meddela|svara|informera|bad|ber|bett|"
                        r"fragade|fragar|hor av (?:er|dig|sig)(?: till)?|aterkom(?:mer)?(?: till)?|skriv till|"
                        r"skicka(?: till)?|asked|asks|ask|tell|told|let(?= \w+ know)|contact|e-?mail|call|phone|reach|"
                        r"inform|send|write to|get back to|reply to|cc|kopia|copy|skickas|mejlas|mailas|sands|sent|mailed|e-?mailed|forwarded|"
                        # reached ("går det bra att nå mig", "you can reach me")
                        r"na|nar|nas|"
                        # questions put to the writer ("eventuella frågor kan ställas till mig", "questions go to me")
                        r"stallas|stall|riktas|rikta|directed|addressed|go)"
                        r"\s+(?:till\s+|to\s+)?(?:mig|me|oss|us)\b|"
                        # something sent to the writer ("skicka gärna bekräftelsen till mig också", "send a copy to me",
                        # "skicka gärna info om henne till mig")
                        r"\b(?:skicka|skickas|mejla|mejlas|maila|mailas|vidarebefordra|send|forward|copy)\b"
                        r"(?:\s+(?!(?:till|to|mig|me|oss|us)\b)[\w-]+){1,6}\s+(?:till|to)\s+(?:mig|me|oss|us)\b|"
                        # those a rule applies to ("taket på tre gäller inte oss på regionen", "the limit does not
                        # apply to us"): the organisation, not the writer taking part
                        r"\b(?:tak\w*|kvot\w*|begransning\w*|regel\w*|regl\w*|grans\w*|limit|cap|quota|rule)\b"
                        r"[^.!?]{0,40}?\b(?:galler|beror|applies|apply)\s+(?:(?:val|nog|inte|ej|aven|ocksa|not|also)\s+){0,2}"
                        r"(?:to\s+)?(?:oss|us)\b")
_SELF_LEAVING = re.compile(r"\b(?:i mitt stalle|istallet for mig|i stallet for mig|min plats|in my place|"
                           r"instead of me|my place|my spot|my seat|replace me|ersatter mig|byt(?:a|er)? ut mig mot)\b")

#: Small words inside a name ("Eva af Klercker", "Karl von Essen", "Maria de la Cruz").
_JOINING_PARTICLES = frozenset({"af", "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "dos", "ten",
                                "ter", "zu", "bin", "al", "el"})

#: Imperative verbs that open an instruction ("Avanmäl Per Holm", "Byt Anna Berg mot ...", "Cancel Per Holm")
#: and the particles that may follow them ("Ta bort", "Boka in"), folded: at the start of a sentence never a name's.
#: A postscript's mark opening a sentence ("P.S.", "PS:", "P.s").
_POSTSCRIPT_MARK = re.compile(r"(?:P\.\s?[Ss]\b\.?|PS\b\.?)")
_IMPERATIVES = frozenset({
    "avanmal", "anmal", "avboka", "boka", "byt", "flytta", "lagg", "ta", "radera", "stryk", "ersatt", "andra",
    "registrera", "skriv", "satt", "avregistrera", "cancel", "register", "add", "remove", "move", "book",
    "delete", "erase", "replace", "swap", "enrol", "enroll", "unregister", "drop", "change", "put", "sign"})
_VERB_PARTICLES = frozenset({"till", "bort", "in", "upp", "av", "ut", "om", "up", "off", "out", "on"})

#: Capitalised words that are never part of a person's name (folded).
STOPWORDS = frozenset(["jag", "vi", "du", "ni", "han", "hon", "de", "den", "det", "dem", "oss", "mig", "dig", "er", "min", "mitt", "mina", "var", "vart", "vara", "din", "ditt", "hans", "hennes", "deras", "sin", "sitt", "sina", "man", "en", "ett", "och", "eller", "samt", "men", "att", "som", "for", "till", "fran", "med", "pa", "i", "av", "om", "under", "efter", "innan", "nar", "eftersom", "medan", "hej", "hejsan", "hallo", "tja", "tjena", "hi", "hello", "hey", "dear", "tack", "thanks", "thank", "mvh", "halsningar", "halsning", "vanlig", "vanliga", "med", "basta", "kind", "best", "regards", "cheers", "sincerely", "yours", "god", "morgon", "anmal", "anmala", "anmaler", "anmalan", "avanmalan", "fraga", "fragor", "alltsa", "namligen", "namely", "angaende", "ang", "betr", "re", "sv", "vb", "fwd", "fw", "aw", "kollega", "kollegan", "kollegor", "chef", "enhetschef", "planarkitekt", "planerare", "handlaggare", "specialkost", "kost", "namn", "e-post", "epost", "mejl", "mail", "telefon", "tel", "tfn", "mobil", "adress", "e-postadress", "organisation", "please", "my", "our", "the", "a", "an", "i", "and", "or", "but", "for", "to", "from", "with", "of", "in", "on", "at", "by", "as", "is", "are", "we", "you", "he", "she", "they", "also", "ocksa", "aven", "unfortunately", "tyvarr", "varken", "neither", "nor", "bade", "both", "hopefully", "sorry", "ps", "obs", "nb", "fyi", "btw", "fwiw", "asap", "dr", "mr", "mrs", "ms", "fru", "herr", "prof", "ab", "ltd", "inc", "llc", "kommun", "kommuns", "kommunen", "region", "regionen", "lansstyrelsen", "lst", "stad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "tva", "tre", "fyra", "fem", "two", "three", "four", "five", "kollegorna", "colleague", "colleagues", "coworkers", "people", "personer", "others", "flera", "nagra", "several", "county", "administrative", "board", "council", "municipality", "authority", "agency", "unit", "department", "division", "section", "team", "office",
                       # what a matter is about, and the words of a letter's head or a table's ("Gällande Per Ek", "Kopia:")
                       "gallande", "betraffande", "rorande", "avseende", "kopia", "cc", "atgard", "arende", "fornamn",
                       "efternamn", "befattning", "titel", "title", "traffar", "tillfallen", "datum", "regarding",
                       "concerning",
                       # adverbs that open a sentence before a name ("Instead Sara Holm will go", "Dessutom Per Ek ...")
                       "instead", "istallet", "dessutom", "darfor", "however", "therefore", "otherwise", "annars",
                       # prepositions that open a sentence before a name ("Utöver Per Eks anmälan ...")
                       "utover", "forutom", "besides",
                       # a verb opening a line with no subject, the line before ending in a name, its lines run
                       # together ("Jag heter Amanda Larsson" / "Jobbar på Region Dalarna", "Vill gärna komma")
                       "jobbar", "arbetar", "sitter", "bor", "kommer", "vill", "ska", "skall", "skulle", "kan", "har",
                       "ar", "undrar", "hoppas", "onskar", "behover", "tanker", "tankte", "gar", "deltar", "maste",
                       "works", "working", "lives", "based"])


#: Stop words of English only that a Swedish surname may fold to ("Ås", "Ån", "Ör").
_ENGLISH_ONLY = frozenset({"as", "an", "or", "on", "in", "is", "of", "by"})


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
        folded = fold(word)
        # a short word with a Swedish letter is no English one its letters fold to ("Gunnel Ås" is no "as")
        return folded in self.words and not (folded in _ENGLISH_ONLY and folded != word.lower())

    def genitive(self, word: str) -> bool:
        """Whether a word is a stop word's genitive ("Länsstyrelsens", "Regionens", "Moras")."""
        folded = fold(word)
        return len(folded) > 3 and folded.endswith("s") and folded[:-1] in self.words


#: A capitalised job title written before a name ("Planarkitekt Sara Ek", "Kommunekologen Stina Berg",
#: "Senior Planner Tom Ek"), folded: no given name ends so.
_TITLE = quick(re.compile(r"[\w-]*(?:arkitekt|planerare|chef|handlaggare|ekolog|ingenjor|ledare|samordnare|strateg|utredare|"
                    r"sekreterare|direktor|administrator|antikvarie|assistent|konsult|specialist|analytiker|inspektor|"
                    r"controller|radgivare|kommunikator|ansvarig|forvaltare|registrator|praktikant|utvecklare|tekniker|"
                    r"planner|architect|manager|officer|coordinator|consultant|engineer|ecologist|adviser|advisor|"
                    r"analyst|strategist|senior|junior)(?:en|n|s)?"))
#: Words that are no part of a name a list writes surname first: a title or a unit of an organisation ("Hedin,
#: GIS-ingenjör", "PIRINEN Mikko, Stadsbyggnadskontoret").
_NO_GIVEN = quick(re.compile(_TITLE.pattern + r"|[\w-]*(?:kontor|kontoret|forvaltning|forvaltningen|enhet|enheten|avdelning|"
                       r"avdelningen|bolag|bolaget|kommun|kommunen)"))
#: A unit of an organisation, a table's next column after a name ("Eva Ek Samhällsplanering", "Per Holm
#: Miljöförvaltningen" once the spaces between the columns are one): no part of the name.
_UNIT = re.compile(r"[\w-]{3,}(?:kontor|kontoret|forvaltning|forvaltningen|enhet|enheten|avdelning|avdelningen|"
                   r"planering|planeringen|utveckling|utvecklingen|sektionen|staben|"
                   # a unit's field, as a table's column ("Samhällsbyggnad", "Kommunledning", "Miljöförvaltning")
                   r"byggnad|byggnaden|ledning|ledningen)")
#: What may stand before a name whose surname is a place ("och Stina Mora", "kollegan Lars Orsa", "- Eva Mora", "min
#: plats till Olle Orsa").
_BEFORE_PLACE_SURNAME = re.compile(r"(?:^|\b(?:och|o|samt|and|kollega|kollegan|colleague|mig|me|till|to|av|by|med|with)\s+|[,:;&+]\s*|^\s*[-*•·]\s*)$")


#: What a name in the genitive stands before ("på Eva Eks vägnar", "för Per Holms räkning", "Lisa Berglunds plats",
#: "Eva Eks (Ramböll) anmälan", "Per Holms mejladress").
_OWNED = re.compile(r"\s+(?:\([^()]{0,40}\)\s+)?(?:vägnar|vagnar|räkning|rakning|anmälan|anmalan|plats|ställe|stalle|"
                    r"(?:e-?post|mejl|mail)?-?adress(?:en)?)\b", re.IGNORECASE)

#: A possessive beside a name tells it is in the genitive ("både min och Ronja Eks", "Per Holms och hennes plats").
_OWNED_BESIDE_BEFORE = re.compile(r"\b(?:min|mitt|mina|din|ditt|dina|hans|hennes|vår|vårt|våra)(?: egen| eget| egna)?"
                                  r"(?:\s+(?:och|&|samt|eller)|\s*,)\s+"
                                  # the list going on ("min egen, Jesper Olssons och Henrik Mattssons")
                                  r"(?:[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+s\s*(?:,|och|&|samt)\s+)*$",
                                  re.IGNORECASE)
_OWNED_BESIDE_AFTER = re.compile(r"\s+(?:och|&|samt|eller)\s+(?:min|mitt|mina|din|ditt|dina|hans|hennes|vår|vårt|våra)\b",
                                 re.IGNORECASE)


#: Common words the stop list may lack, told apart from names in a sentence with every word capitalised.
_TITLED_COMMON = frozenset({"vill", "garna", "ska", "skall", "kommer", "kan", "ar", "har", "vara", "delta", "anmala",
                            "anmaler", "anmal", "alla", "hela", "bada", "forsta", "andra", "tredje", "fjarde", "sista",
                            "traff", "traffen", "traffar", "traffarna", "tillfallet", "tillfallen", "tillfallena", "tack",
                            "hej", "hejsan", "mvh", "samt", "ocksa", "aven", "kost", "lunch", "fika"})


def _diet_word(token: str) -> bool:
    """Whether a word is a diet of its own ("Vegetarisk", "Glutenfri", "Nötallergi")."""
    return len(token) > 3 and any(at == 0 and len(value) == len(token) for at, value in diet_spans(token))


def _capital(token: str) -> bool:
    return token[0].isupper() and any(c.islower() for c in token[1:]) and not token[1:].isupper()


def _initial(sentence: str, m: re.Match[str]) -> bool:
    """An initial: one capital letter and a full stop ("J. Ek", "P.O. Berg")."""
    return len(m.group(0)) == 1 and m.group(0).isupper() and sentence[m.end():m.end() + 1] == "."


#: The initials of a double given name, written with their hyphen ("A-K", "P-O", "M-L").
_DOUBLE_INITIALS = re.compile(r"[A-ZÅÄÖÉÜ](?:-[A-ZÅÄÖÉÜ])+")


def _shouted(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def _shouted_name(sentence: str, start: int, end: int, all_shouted: bool) -> bool:
    """Whether a name in capitals is one: all its words in capitals, and either in a sentence of ordinary case
    ("JOHAN PERSSON har slutat") or alone at the start of a line in capitals ("BRITT ANDERSSON", "ANNA BERG, vegetarisk")."""
    if not all_shouted:
        return False
    return any(c.islower() for c in EMAIL.sub("", sentence)) or (not re.search(r"[^\W\d_]", sentence[:start]) and not re.match(r"\s*[^\W\d_]", sentence[end:]))


#: Month words that are common given names ("Jan Ek", "Maj Lind").
_MONTH_GIVEN = frozenset({"jan", "maj"})


def _month_as_given(sentence: str, run: list[re.Match[str]], stop: StopWords) -> bool:
    """Whether a run opens with "Jan" or "Maj" as a given name: capitalised, a capitalised surname that is no stop
    word after it, perhaps after particles ("Jan van der Berg"), and no day number before it ("3 Jan", "den 3 Maj" stay
    dates)."""
    if len(run) < 2:
        return False
    first = run[0].group(0)
    second = next((t.group(0) for t in run[1:] if t.group(0) not in _JOINING_PARTICLES), "")
    if not second:
        return False
    return (fold(first) in _MONTH_GIVEN and first[0].isupper() and not first.isupper() and _capital(second)
            and second not in stop and not re.search(r"\d\s*(?:[.:e]\s*)?$", sentence[:run[0].start()]))


def _given_hans(run: list[re.Match[str]], stop: StopWords) -> bool:
    """Whether a run opens with "Hans" as a given name: capitalised, a capitalised surname that is no stop word
    after it ("Hans Backlund har nötallergi"), not the possessive before a noun ("Hans kollega", "Hans plats")."""
    if len(run) < 2 or run[0].group(0) != "Hans":
        return False
    second = run[1].group(0)
    return _capital(second) and second not in stop and not stop.genitive(second)


def names_in(sentence: str, index: int, stop: StopWords) -> list[tuple[str, int, int]]:
    """(name, start, end) of the full names written in one sentence (``_names_in``). The readers ask about the same
    sentences many times over (the intent, the people, the second opinion), so the last sentences' names are kept."""
    return list(_names_in(sentence, stop))


@lru_cache(maxsize=1024)
def _names_in(sentence: str, stop: StopWords) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of the full names written in one sentence: runs of two or three capitalised words,
    with particles ("Eva af Klercker", "Maria de la Cruz"), initials ("J. Eriksson"), and in capitals in a line
    of capitals ("ANNA BERG")."""
    out: list[tuple[str, int, int]] = []
    run: list[re.Match[str]] = []
    tokens = list(_TOKEN.finditer(sentence))

    # dictated or typed with every word capitalised ("Jag Vill Anmäla Mig Och Petra Berg"): a common word is no name
    titled = len(tokens) >= 6 and sum(t.group(0)[0].isupper() for t in tokens) >= 0.8 * len(tokens)

    def name_word(k: int) -> bool:
        token = tokens[k].group(0)
        if titled and (token in stop or fold(token) in _TITLED_COMMON) and not _place_surname(sentence, tokens[k - 1:k + 1], stop):
            return False
        return token[0].isupper() and (_capital(token) or _initial(sentence, tokens[k]) or _shouted(token))

    def flush() -> None:
        if (len(run) > 1 and _POSTSCRIPT_MARK.match(sentence, run[0].start())
                and not re.search(r"[^\W\d_]", sentence[:run[0].start()])):
            del run[:1 if run[0].group(0).upper() == "PS" else 2]   # "P.S. Ta bort 22/2": a postscript's mark, no initials
        if run and fold(run[0].group(0)) in _IMPERATIVES and not re.search(r"[^\W\d_]", sentence[:run[0].start()]):
            run.pop(0)
            if run and fold(run[0].group(0)) in _VERB_PARTICLES:
                run.pop(0)
        while run and (((run[0].group(0) in stop or stop.genitive(run[0].group(0)))
                        and not _month_as_given(sentence, run, stop) and not _given_hans(run, stop))
                       or run[0].group(0).islower()
                       or (len(run) > 2 and (_TITLE.fullmatch(fold(run[0].group(0)))
                                             # the diet ending a table's row before, its lines run together
                                             # ("… 3 maj Vegetarisk Mikael Dahlgren mikael.dahlgren@…")
                                             or _diet_word(run[0].group(0))))):
            run.pop(0)
        place_surname = _place_surname(sentence, run, stop)
        while not place_surname and run and (run[-1].group(0) in stop or run[-1].group(0).islower()
                                             or _initial(sentence, run[-1])
                                             # a form's next label, its lines run together ("Namn: Stefan Jarl
                                             # Enhet: Tillväxt", "Name: Tom Berg Department: Planning")
                                             or (len(run) > 2 and sentence[run[-1].end():run[-1].end() + 1] == ":")
                                             # a title or a unit after the name, its line run on ("Sofie Lund
                                             # Översiktsplanerare", "Eva Ek Samhällsplanering")
                                             or (len(run) > 2 and (_TITLE.fullmatch(fold(run[-1].group(0)))
                                                                   or _UNIT.fullmatch(fold(run[-1].group(0)))))):
            run.pop()
        words = [t for t in run if not t.group(0).islower()]
        skip = 1 if words and words[0].group(0) in stop and (_month_as_given(sentence, run, stop)
                                                             or _given_hans(run, stop)) else 0
        if 2 <= len(words) <= 3 and (place_surname or not any(t.group(0) in stop for t in words[skip:])):
            end = run[-1].end()
            name = " ".join(sentence[run[0].start():end].split())
            # the initials of a double given name ("A-K Berg") are no word in capitals
            initials = [_DOUBLE_INITIALS.fullmatch(t.group(0)) is not None for t in words]
            shouted = [_shouted(t.group(0)) and not i for t, i in zip(words, initials)]
            if all(shouted[:-1]) and not shouted[-1] and _capital(words[-1].group(0)) and not _TITLE.fullmatch(
                    fold(words[-1].group(0))):
                # the surname in capitals before the given name, as in a list ("PIRINEN Mikko", "HÄLL Johanna")
                name = words[-1].group(0) + " " + titlecase(" ".join(t.group(0) for t in words[:-1]).lower())
                shouted = [False]
            name = titlecase(name.lower()) if any(shouted) else name
            if name[-1] == "s" and (_OWNED.match(sentence, end) or (name[-2:] != "ss" and (
                    _OWNED_BESIDE_BEFORE.search(sentence, 0, run[0].start()) or _OWNED_BESIDE_AFTER.match(sentence, end)))):
                name = name[:-1]    # "å Eva Eks vägnar", "både min och Ronja Eks": Eva Ek's, Ronja Ek's
            if (not _AFTER_FIRM.match(sentence[end:end + 40]) and plausible_name(name)   # not too long
                    and (not any(shouted) or _shouted_name(sentence, run[0].start(), end,
                                                           all(a or b for a, b in zip(shouted, initials))))):
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
    pairs = (list((_SURNAME_FIRST_ITEM if _SURNAME_FIRST_LINES.fullmatch(sentence) else _SURNAME_FIRST_PAIR)
                  .finditer(sentence)) if sentence.count(",") >= 2 else
             list(_SURNAME_FIRST_PAIR.finditer(sentence)) if "," in sentence else [])
    line = _SURNAME_FIRST.match(sentence) if "," in sentence else None
    written = [(m.group(1), m.group(2), m.start(1), m.end(2)) for m in
               (pairs if len(pairs) >= 2 else [line] if line is not None else [])]
    if line is not None and len(pairs) < 2 and sentence.count(",") >= 2:
        written += [(m.group(1), m.group(2), m.start(1), m.end(2)) for m in _SURNAME_FIRST_REPLACED.finditer(sentence)
                    if not any(w[2] < m.end(2) and m.start(1) < w[3] for w in written)]
    if len(pairs) < 2 and sentence.count(",") >= 2:
        for j in _SURNAME_FIRST_JOINED.finditer(sentence):
            written = [w for w in written if not (w[2] < j.end() and j.start() < w[3])]
            written += [(j.group(1), j.group(2), j.start(1), j.end(2)), (j.group(3), j.group(4), j.start(3), j.end(4))]
    turned: list[tuple[str, int, int]] = []
    for last, first, start, end in written:
        if " " in last and " " in first:
            continue    # "Anna Berg, Per Holm": two names, not one written surname first
        # (a particle before the surname, in lower case: "von Essen, Carl", "af Ugglas, Maria")
        particle = last.split()[0] if " " in last and last.split()[0] in _JOINING_PARTICLES else ""
        if (all((_capital(t) or _shouted(t)) and t not in stop and not _NO_GIVEN.fullmatch(fold(t))
                for t in f"{first} {last.removeprefix(particle)}".split())
                and plausible_name(f"{first} {last}")):
            turned.append((titlecase(f"{first} {last}".lower()) if _shouted(first + last) else f"{first} {last}",
                           start, end))
    if turned:      # a double surname before the comma is no name of its own ("Eriksson Pers, Anna")
        out = [n for n in out if not any(n[1] < e and s < n[2] for _, s, e in turned)] + turned
    out.extend(_lower_list(sentence, stop))
    out.extend(n for n in _lower_opening(sentence, stop) if not any(n[1] < e and s < n[2] for _, s, e in out))
    if "resp" in sentence:
        out.extend(n for n in _respectively(sentence, stop) if not any(n[1] < e and s < n[2] for _, s, e in out))
    if "fternamn" in sentence or "urname" in sentence or "ast name" in sentence:
        out.extend(n for n in _surname_told(sentence, stop) if not any(n[1] < e and s < n[2] for _, s, e in out))
    if "(" in sentence:
        out.extend(n for n in _nicknamed(sentence, stop) if not any(n[1] < e and s < n[2] for _, s, e in out))
    folded = fold(sentence)
    for needle, pattern in _LOWER_NAMES:
        if needle.search(folded):
            for found in pattern.finditer(sentence):
                cur: re.Match[str] | None = found
                while (cur is not None and _lower_name(cur.group(1), cur.group(2), stop)
                       and not _TITLE_BEFORE_NAME.match(sentence, cur.end(2))):
                    at = cur.start(1)
                    if not any(s <= at < e for _, s, e in out):
                        out.append((titlecase(f"{cur.group(1)} {cur.group(2)}"), at, cur.end(2)))
                    # the same breath goes on: "mig o lisa ek o karim holm", "jag, per ek, eva lind och ola berg"
                    cur = _LOWER_NEXT.match(sentence, cur.end(2))
    return tuple(out)


#: A short form of a given name, then the full name in brackets, all in lower case ("pelle (per-erik sandberg)",
#: "lasse (lars ek)"): a person named however the sentence goes on.
_NICKNAMED = re.compile(r"(?<![\w-])([a-zåäöéü]{2,})\s*\(\s*" + _LOWER_PAIR + r"\s*\)")


def _nicknamed(sentence: str, stop: StopWords) -> list[tuple[str, int, int]]:
    """Lower-case full names in brackets after a short form of the given name (its first letter, or a known one:
    "pelle (per-erik sandberg)"); not a bracketed phrase after a word ("mötet (tredje träffen)")."""
    out = []
    for m in _NICKNAMED.finditer(sentence):
        nick, first, last = fold(m.group(1)), m.group(2), m.group(3)
        given = fold(first).split("-")[0]
        if (given in _NICKNAMES.get(nick, ()) or given[:2] == nick[:2]) and _lower_name(first, last, stop):
            out.append((titlecase(f"{first} {last}"), m.start(2), m.end(3)))
    return out


#: Given names listed, then their surnames in the same order with "respektive" ("Ture, Tilda och Sten – efternamn
#: Sahlin, Hurtig resp. Persson", "Eva och Per, Lind respektive Holm").
_WORD_LIST = rf"[{_CAP}][\w'-]+(?:\s*,\s*[{_CAP}][\w'-]+)*\s*,?\s+(?:och|o|&|samt|and)\s+[{_CAP}][\w'-]+"
_RESPECTIVELY = re.compile(rf"({_WORD_LIST})\b(.{{0,30}}?)([{_CAP}][\w'-]+(?:\s*,\s*[{_CAP}][\w'-]+)*)\s*,?\s+"
                           rf"(?:resp\.?|respektive)\s+([{_CAP}][\w'-]+)")
_LIST_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _respectively(sentence: str, stop: StopWords) -> list[tuple[str, int, int]]:
    """The full names of given names and surnames listed apart and paired by "respektive"."""
    m = _RESPECTIVELY.search(sentence)
    if m is None or re.search(r"[.!?]", m.group(2)):
        return []
    given = [g for g in _LIST_WORD.finditer(m.group(1)) if fold(g.group(0)) not in _LIST_JOINERS]
    surnames = [w.group(0) for w in _LIST_WORD.finditer(m.group(3))] + [m.group(4)]
    if len(given) != len(surnames) or len(given) < 2 or any(w in stop for w in [g.group(0) for g in given] + surnames):
        return []
    at = m.start(1)
    return [(f"{g.group(0)} {last}", at + g.start(), at + g.end()) for g, last in zip(given, surnames)]


_LIST_JOINERS = frozenset({"och", "o", "samt", "and"})


#: Given names, then their surnames told apart after "efternamn", in any case ("björn med efternamn sundqvist",
#: "emil och sanna (efternamn rask resp. holm)", "Eva, efternamnet Lind"): the word before it must be set off ("med",
#: a bracket, a comma or a dash), so that "mitt efternamn", "nytt efternamn" are nobody's.
_SURNAME_TOLD = re.compile(r"(?:\s+(?i:med|with)\s+|\s*[(,–—-]\s*)(?i:efternamn(?:et|en)?|surnames?|last names?)"
                           r"\s*:?\s*(?:(?i:[aä]r|e|is|are)\s+)?"
                           r"([^\W\d_][\w'-]*(?:\s*,\s*[^\W\d_][\w'-]*)*"
                           r"(?:\s*,?\s+(?i:resp\.?|respektive|respectively|och|o|&|and)\s+[^\W\d_][\w'-]*)?)")
#: The given names before: a word, or a list of them with a joiner before the last.
_GIVEN_BEFORE = re.compile(r"([^\W\d_][\w'-]*(?:\s*,\s*[^\W\d_][\w'-]*)*"
                           r"(?:\s*,?\s+(?:och|o|&|samt|and)\s+[^\W\d_][\w'-]*)?)$", re.IGNORECASE)
#: Words after "efternamn" that are no surname ("efternamn tidigare Holm", "efternamn numera Lind", "efternamn fel").
_NO_SURNAME_TOLD = frozenset({"tidigare", "numera", "nu", "fd", "forut", "formerly", "now", "fel", "wrong", "stavat",
                              "stavas", "spelled", "spelt"})
_TOLD_JOINERS = _LIST_JOINERS | {"resp", "respektive", "respectively", "&"}


def _surname_told(sentence: str, stop: StopWords) -> list[tuple[str, int, int]]:
    """The full names of given names whose surnames are told after them (``_SURNAME_TOLD``), paired in order, the
    last given names before it as many as the surnames."""
    out: list[tuple[str, int, int]] = []
    for m in _SURNAME_TOLD.finditer(sentence):
        surnames = []
        for w in _LIST_WORD.finditer(m.group(1)):
            if fold(w.group(0)) in _TOLD_JOINERS:
                continue
            if w.group(0) in stop or fold(w.group(0)) in _NO_NAME_WORDS:
                break   # the sentence goes on after the surname ("Vera, efternamnet Holm, till alla träffar")
            surnames.append(w.group(0))
        before = _GIVEN_BEFORE.search(sentence, 0, m.start())
        if before is None:
            continue
        given = [g for g in _LIST_WORD.finditer(before.group(1)) if fold(g.group(0)) not in _TOLD_JOINERS]
        if not surnames or len(given) < len(surnames):
            continue
        given = given[len(given) - len(surnames):]
        names = []
        for g, last in zip(given, surnames):
            first = g.group(0)
            if (first in stop or last in stop or fold(first) in _NO_NAME_WORDS or fold(last) in _NO_NAME_WORDS
                    or fold(last) in _NO_SURNAME_TOLD
                    or _TITLE.fullmatch(fold(first)) or not plausible_name(f"{first} {last}")):
                break
            at = before.start(1) + g.start()
            names.append((titlecase(f"{first} {last}") if first.islower() or last.islower() else f"{first} {last}",
                          at, at + len(first)))
        else:
            out.extend(names)
    return out


#: A full name in capitals right after a lower-case pair: the pair is who the person is ("jag och vice ordföranden
#: Bengt Ek", "mig och nya planeraren Eva Lind", "me and our new planner Tom Berg"), no name.
_TITLE_BEFORE_NAME = re.compile(rf"\s+[{_CAP}][a-zåäöæøéüèá]+(?:-[{_CAP}]?[a-zåäöæøéüèá]+)?\s+[{_CAP}][a-zåäöæøéüèá]")
#: A lower-case name after another in one list ("…, eva lind", "… o karim holm").
_LOWER_NEXT = re.compile(r"\s*(?:,\s*|\+\s*|\s+(?:och|o|samt|&|and)\s+)" + _LOWER_PAIR + r"(?![\w-])")
_LOWER_PAIR_WORDS = rf"{_LOWER_WORD}\s+{_LOWER_WORD}"
_LOWER_JOIN = r"(?:\s*[,+&]\s*|\s+(?:och|o|and|samt)\s+)"
#: Two or more lower-case full names opening a sentence, perhaps after a greeting and the writer's "jag" ("anna berg o
#: per ek, båda från avesta", "karin ek och johan wik från leksand vill komma", "hej! jag jonna rask + hanna ek o leo
#: strand"): where they are from, a word for them all or their verb follows; after "jag" the sentence's end may.
_LOWER_OPENING_LIST = re.compile(
    r"^\W*(?:(?i:hej|hejsan|hallå|halla|tjena|tja|hi|hello|hey)\b[\s,!.:;-]*)?(?P<writer>(?i:jag|ja|me)\s+)?"
    r"(?P<list>" + _LOWER_PAIR_WORDS + r"(?:" + _LOWER_JOIN + _LOWER_PAIR_WORDS + r")+)"
    r"(?=\s*,\s*(?i:b[aå]da|both|alla|all|fr[aå]n|from)\b|"
    r"\s+(?i:b[aå]da|both|fr[aå]n|from|i|p[aå]|at|vid|hos|h[aä]r|here|vill|ska|skall|kommer|kan|would|will|want|wants|"
    r"are)\b|(?(writer)\s*(?:[,.;:!?]|$)|(?!)))")


def _lower_opening(sentence: str, stop: StopWords) -> list[tuple[str, int, int]]:
    """The names of a list of lower-case full names opening a sentence (``_LOWER_OPENING_LIST``), each a name."""
    m = _LOWER_OPENING_LIST.match(sentence)
    if m is None:
        return []
    out, at = [], m.start("list")
    for item in re.split(_LOWER_JOIN, m.group("list")):
        first, last = item.split()
        if not _lower_name(first, last, stop):
            return []
        at = sentence.find(item, at)
        out.append((titlecase(f"{first} {last}"), at, at + len(item)))
        at += len(item)
    return out
#: Lower-case words that are never a name's (the verbs and small words a lower-case pair may catch).
_NO_NAME_WORDS = frozenset({"ska", "skall", "vill", "kan", "kunde", "kommer", "maste", "har", "hade", "ar", "blir", "gar",
                            "tar", "far", "inte", "ej", "alla", "bada", "oxa", "ocksa", "med", "me", "va", "vara", "till",
                            "will", "can", "has", "have", "not", "both", "all", "also",
                            # auxiliaries a role word before a verb catches ("colleagues would like")
                            "would", "could", "should", "shall", "must", "might", "may", "like", "want", "wants",
                            "need", "needs", "are", "is", "was", "were", "do", "does", "did", "who", "which", "skulle",
                            "borde", "behover", "ville", "brukar", "som", "fran", "hos",
                            # pronouns, and verbs a lower-case pair catches after "min kollega", "mig och"
                            "detta", "denna", "dessa", "det", "den", "this", "that",
                            "bytt", "bytte", "byter", "fatt", "fick", "gatt", "gick", "haft", "gjort", "gjorde", "varit",
                            "blivit", "blev", "sagt", "sa", "sade", "tagit", "tog", "gift", "skrev", "skrivit",
                            # a supine after a role word, the perfect's "har" before it ("nu har chefen gett
                            # klartecken", "har min chef godkänt resan", "eftersom min kollega ordnat vikarie")
                            "gett", "givit", "lovat", "godkant", "bestamt", "beslutat", "beviljat", "ordnat", "fixat",
                            "bokat", "avbokat", "skickat", "meddelat", "fragat", "svarat", "bett", "ringt", "mejlat",
                            "mailat", "sett", "hort", "kunnat", "velat", "hunnit", "anmalt", "avanmalt", "registrerat",
                            "betalat", "tackat", "pratat", "tyckt", "tankt", "glomt", "missat", "hittat",
                            "klarat", "undrat", "accepterat", "informerat", "prioriterat", "budgeterat", "forstatt",
                            "efternamn", "fornamn", "namn", "adress", "harmed", "darmed",
                            # a verb's particle before "och jag" ("planen har skjutits fram och jag kan")
                            "fram", "tillbaka", "bort", "undan", "ihop", "ivag", "igen", "klart",
                            # an infinitive after "någon kollega" ("kan någon kollega ta platsen", "en kollega gå istället")
                            "ta", "ga", "fa", "komma", "delta", "hoppa", "kliva", "platsen", "istallet",
                            # the verb of a name given ("jag heter felix granberg")
                            "heter",
                            # an adverb or a determiner after a request verb ("anmäl gärna per", "anmäl hela gruppen")
                            "garna", "vanligen", "aven", "dessutom", "hela", "samma", "bara", "snarast", "direkt",
                            "tyvarr", "dessvarre", "ytterligare", "nedanstaende", "foljande", "samtliga",
                            "nagon", "nagot", "nagra", "ingen", "inget", "inga",
                            # "fr" for "från" ("ulla fr bygg o miljö")
                            "fr",
                            # ... or an object pronoun ("stryk honom helt", "anmäl henne samtidigt")
                            "honom", "henne", "hen", "dem", "dom", "oss", "er", "dig", "sig", "mig", "mej", "helt",
                            "samtidigt", "inklusive",
                            # ... or a reflexive one ("will register herself separately")
                            "herself", "himself", "themselves", "myself", "ourselves", "yourself", "sjalv", "sjalva",
                            # an English verb of passing word on after a role word, or a possessive ("my colleague
                            # forwarded your invitation", "a colleague told me", "my manager sent your mail")
                            "forwarded", "sent", "told", "shared", "mentioned", "passed", "gave", "recommended",
                            "suggested", "asked", "your", "his", "her", "their",
                            # a time phrase before "och jag" ("läste om det förra veckan och jag vill")
                            "forra", "forrforra", "nasta", "veckan", "vecka", "manaden", "manad", "helgen",
                            # a session by its number before "och jag" ("första och tredje träffen och jag är
                            # glutenintolerant")
                            "forsta", "tredje", "fjarde", "sista", "traff", "traffen", "traffar", "traffarna",
                            "tillfallet", "tillfallen", "tillfallena", "sessionen", "sessionerna"})


#: Words after "ville" that make it the verb ("ville komma", "ville gärna", "ville inte"), not the given name Ville.
_AFTER_VILLE = frozenset({"garna", "helst", "bara", "nog", "ju", "dock", "sjalv", "ocksa", "aven", "redan", "nu", "da",
                          "sa", "hon", "han", "hen", "de", "vi", "ni", "jag", "du", "att", "inte", "ej", "veta", "se",
                          "ga", "ha", "ta", "fa"})


def _given_ville(first: str, last: str) -> bool:
    """Whether "ville" before ``last`` is the given name ("ville ståhl"), not the verb ("ville komma")."""
    folded = fold(last)
    return (fold(first) == "ville" and folded not in _AFTER_VILLE and folded not in _NO_NAME_WORDS
            and not folded.endswith(("a", "as")))


def _lower_name(first: str, last: str, stop: StopWords) -> bool:
    """Whether a lower-case pair of words may be a person's name."""
    return (first.islower() and last.islower() and first not in stop and last not in stop
            and (fold(first) not in _NO_NAME_WORDS or _given_ville(first, last)) and fold(last) not in _NO_NAME_WORDS
            and not last.endswith(("eras", "ades", "ats", "its"))
            # a verb in the past tense ("min kollega skickade detta", "jag och kollegan ringde"; after a given name:
            # "min kollega lars anmälde sig redan", "eva mejlade igår")
            and not (len(first) > 5 and fold(first).endswith("ade"))
            and not (len(last) > 5 and fold(last).endswith("ade")) and fold(last) not in _PAST_VERBS
            and plausible_name(f"{first} {last}"))


#: Verbs in the past tense that do not end in "-ade", which a lower-case pair catches after a given name ("lars
#: anmälde sig", "eva ringde", "per trodde").
_PAST_VERBS = frozenset({"anmalde", "avanmalde", "ringde", "horde", "trodde", "behovde", "sokte", "tyckte", "kopte",
                         "kande", "skrev", "sag", "fick", "kom", "gick", "sa", "sade", "valde", "bokade", "glomde",
                         "missade", "stannade", "slutade", "borjade", "flyttade", "lamnade"})


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
        m = _LOWER_ITEM.fullmatch(item)
        first, last = (m.group(1), m.group(2)) if m is not None else ("", "")
        if m is not None and first not in stop and last not in stop and plausible_name(f"{first} {last}"):
            out.append((titlecase(f"{first} {last}"), at + m.start(1), at + m.end(2)))
        at += len(item)
    return out


#: A line of a list that is one lower-case full name and nothing else ("- ali rezaei", "kristina lönn (jag)").
#: ... its surname perhaps after a particle ("malin de geer", "anna von essen").
_LOWER_PAIR_PARTICLE = rf"({_LOWER_WORD})\s+((?:(?:af|de|von|van|der|la|le|du|di|da)\s+)?{_LOWER_WORD})"
_LOWER_LINE = re.compile(r"[-*•·]?\s*(?:\d{1,2}[.)]\s*)?" + _LOWER_PAIR_PARTICLE + r"\s*(?:\((?:jag|mig|me|i)\))?"
                         # an address, after a comma or a space, perhaps bracketed ("leif ek, leif.ek@orsa.se", "erik
                         # wik erik.wik@orsa.se", "eva lund <eva.lund@orsa.se>"), and what follows a dash (a diet: "leif
                         # ek, leif.ek@orsa.se – glutenfri")
                         r"(?:(?:\s*,\s*|\s+)(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>|"
                         r"\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)))?(?:\s+[–—-]\s+[^–—]{1,40})?\s*[,;.]?")
#: The same written surname first ("öberg, åsa", "söderström, göran").
_LOWER_LINE_TURNED = re.compile(rf"[-*•·]?\s*(?:\d{{1,2}}[.)]\s*)?({_LOWER_WORD})\s*,\s*({_LOWER_WORD})"
                                r"\s*(?:\((?:jag|mig|me|i)\))?\s*[;.]?")


#: A line announcing a number of people to sign up or off, the list on the lines after it without a colon
#: ("anmäler två från oss (jag själv kommer inte)", "vi är tre som vill komma"): folded.
_ANNOUNCED = re.compile(r"\b(?:(?:av)?anmal(?:a|er)?|registrera[rs]?|stryk(?:a)?|avboka[rs]?) (?:\w+ ){0,2}?"
                        r"(?:tva|tre|fyra|fem|sex|2|3|4|5|6)\b|\b(?:vi|we) (?:ar|are) (?:tva|tre|fyra|fem|sex|2|3|4|5|6)\b")


def _lists_lines(sentence: str) -> bool:
    """Whether a sentence may open a list of names one to a line: it ends in a colon, or announces a number of
    people (``_ANNOUNCED``)."""
    return sentence.endswith(":") or (_ANNOUNCED.search(fold(sentence)) is not None)


def _lower_lines(sentences: list[str], stop: StopWords) -> dict[int, list[tuple[str, int, int]]]:
    """The names on two or more lines in a row after a line ending in a colon or announcing a number of people,
    each line one lower-case full name ("anmälan från vansbro:" then "kristina lönn (jag)", "ali rezaei", "johanna
    frid")."""
    found: dict[int, list[tuple[str, int, int]]] = {}
    for i, line in enumerate(sentences):
        if not _lists_lines(line):
            continue
        run: dict[int, list[tuple[str, int, int]]] = {}
        for j in range(i + 1, len(sentences)):
            if re.fullmatch(r"\d{1,2}[.)]", sentences[j]):
                continue    # a number of a numbered list, split off ("1.", "ali rezaei")
            m = _LOWER_LINE.fullmatch(sentences[j])
            if m is not None and _lower_name(m.group(1), m.group(2), stop):
                run[j] = [(titlecase(f"{m.group(1)} {m.group(2)}"), m.start(1), m.end(2))]
                continue
            m = _LOWER_LINE_TURNED.fullmatch(sentences[j])
            if m is None or not _lower_name(m.group(2), m.group(1), stop):
                break
            run[j] = [(titlecase(f"{m.group(2)} {m.group(1)}"), m.start(1), m.end(2))]
        if len(run) >= 2:
            found.update(run)
    return found


def _nearest_name(sentence: str, start: int, end: int,
                  names: list[tuple[str, int, int]]) -> str | None:
    for name, s, e in names:
        if e <= start and re.fullmatch(r"[\s,:;(<|–—-]*", sentence[e:start]):
            return name
        if s >= end and re.fullmatch(r"[\s,:;)>|–—-]*", sentence[end:s]) and s - end < 4:
            return name
    return None


#: A sentence saying someone was registered or is away ("Från oss var Eva Ek anmäld", "we had signed up Per Berg",
#: "Per Ek är föräldraledig", "Lisa has left us"): whoever it names is spoken of (the one leaving or cancelled, or
#: only mentioned beside a signup), though the sentence asks nothing itself.
_AWAY = (r"\b(?:ar|blir|blev|har blivit|kommer att vara)\s+(?:\w+\s+)?(?:foraldraledig|sjukskriven|sjuk|tjanstledig|"
         r"ledig(?! plats)|bortrest|forhindrad|pa semester|pa foraldraledighet|pa tjanstresa)\b|"
         r"\bhar\s+(?:\w+\s+)?(?:slutat|bytt (?:tjanst|jobb)|gatt i pension|fatt (?:forhinder|nytt jobb|ny tjanst))\b|"
         # ... in the past tense ("Eva slutade hos oss i mars", "Per bytte jobb", "Tom left the council")
         r"\bslutade (?:hos|pa|sin|i|vid|efter|som)\b|\b(?:bytte (?:tjanst|jobb)|gick i pension)\b|"
         # ... or soon ("Karin går i pension i juni", "Per ska gå i pension")
         r"\b(?:gar|ska ga|skall ga|kommer att ga) i pension\b|"
         r"\bleft (?:us|the (?:municipality|council|region|county|organi[sz]ation|company|job)|(?:his|her|their) job)\b|"
         r"\bslutar (?:hos|pa|sin)\b|\b(?:krock|kollision|forhinder) for\b|\b(?:is|will be)\s+(?:\w+\s+)?(?:on (?:parental |sick |maternity |paternity )?leave|"
         r"ill|sick|away|travelling|traveling)\b|\bhas\s+(?:\w+\s+)?(?:left|retired|changed jobs|quit)\b")
#: Someone not going to a session ("Per Ek går inte på vårträffen", "Eva deltar inte i maj").
_NOT_GOING = (r"\b(?:gar|deltar|kommer|foljer)\s+(?:\w+\s+)?(?:inte|ej)\s+(?:pa|i|till|med)\b|"
              # unable to come on a date ("Jens kan inte 21.9 längre", "Per kan tyvärr inte komma den 3 maj")
              r"\bkan\s+(?:\w+\s+)?(?:inte|ej)\s+(?:(?:komma|vara med|delta|ga)\s+)?(?:(?:den|pa|i|till)\s+)?"
              r"(?:\d{1,2}(?:[./]\d{1,2}\b|:e\b|\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))|\w+traffen\b)|"
              r"\b(?:is not|isn'?t|will not|won'?t) (?:be )?(?:going|attending|coming|joining)\b|"
              r"\b(?:won'?t|will not) (?:attend|come|join|go)\b")
_SPOKEN_OF = re.compile(_NOT_GOING + r"|\b(?:var|blev|hade varit|har varit)\s+(?:\w+\s+){0,3}?anmald|\bhade\s+(?:\w+\s+)?anmalt\b|"
                        r"\bwas\s+(?:\w+\s+)?(?:registered|signed up|booked|enrolled)\b|"
                        r"\bhad\s+(?:\w+\s+)?(?:registered|signed up|booked|enrolled)\b|" + _AWAY)
#: A quick test of an unfolded sentence that must pass before it is folded and read for the above.
_SPOKEN_OF_HINT = re.compile(r"\b(?:g[aå]r|deltar|kommer|f[oö]ljer|kan) (?:\w+ )?(?:inte|ej)\b|"
                             r"\bwon'?t\b|\bwill not\b|\bnot going\b|"
                             r"\bnot (?:be )?(?:attending|coming|joining)\b|slutade|bytte|krock|kollision|anm[aä]ld|anm[aä]lt|registered|signed|booked|enrolled|ledig|sjuk|bortrest|f[oö]rhind|semester|slutar|"
                             r"slutat|bytt|pension|f[aå]tt|tj[aä]nstresa|leave|\bill\b|sick|away|travel|\bleft\b|retired|"
                             r"changed|\bquit\b")


#: An address the writer says was theirs before, written right after ("min gamla adress k.berg@…", "my previous
#: e-mail: …", "tidigare mejladressen var …").
#: (not a third party's: "hennes gamla adress …" is hers still)
_OLD_ADDRESS = quick(re.compile(r"(?<!\bhennes )(?<!\bhans )(?<!\bhens )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bderas )"
                          r"\b(?:gamla|tidigare|forra|davarande|forutvarande|old|previous|former)\s+"
                          # a work address ("min dåvarande jobbadress", "my old work e-mail")
                          r"(?:jobb-?|arbets-?|tjanste-?|work\s+)?(?:(?:e-?post|e-?mail|mejl|mail)-?"
                          r"(?:adress(?:en)?|address)?|adress(?:en)?|address)(?:\s+(?:var|ar|was|is))?\s*[:=]?\s*$"))

#: An address taken back right after it is written, another following ("anna.wik@… – nej förresten, anna.wiik@…",
#: "per.ek@… förlåt, per.eek@…"): folded; the first is nobody's, the second the one meant.
_ADDRESS_TAKEN_BACK = re.compile(r"\s*[,;:–—-]*\s*(?:nej|forlat|sorry|oj|oops|rattelse|no wait)\b[^@.!?]{0,20}?"
                                 r"[,:]?\s*(?P<meant>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def address_meant(folded: str, end: int) -> str | None:
    """The address the writer puts in place of the one written just before ``end`` in a folded text ("… – nej
    förresten, anna.wiik@…"), or None when that one stands."""
    m = _ADDRESS_TAKEN_BACK.match(folded, end)
    return m.group("meant").rstrip(".") if m else None


#: An address said to be the right one, written right after ("Rätt adress är …", "korrekt är …", "ska vara …", "the
#: correct address is …"): folded.
_RIGHT_ADDRESS = re.compile(r"(?:\b(?:ratt|korrekt|riktig|correct|right)\w*(?:\s+(?:e-?post|mejl|mail|e-?mail)?-?"
                            r"(?:adress\w*|address))?|\bska (?:det )?vara|\bshould be)\s*(?:ar|is|blir)?\s*:?\s*$")

#: ... unless a named person's ("Gunnars gamla adress …", "Per Eks tidigare mejl: …"): theirs still.
_NAMED_OWNER = re.compile(rf"(?<![\w-])[{_CAP}][\w-]*(?:s|'s)\s+$")


class _Folded:
    """The folded sentences, each folded when first read (most are never read folded here)."""

    def __init__(self, sentences: list[str]) -> None:
        self._sentences = sentences
        self._folded: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        found = self._folded.get(i)
        if found is None:
            found = self._folded[i] = fold(self._sentences[i])
        return found

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self._sentences)))

    def lower(self, i: int) -> str:
        """The sentence in lower case (not folded)."""
        return self._sentences[i].lower()


def find_names(sentences: list[str], relevant: list[bool], stop: StopWords,
               ignore: set[tuple[str, ...]], ignore_addresses: set[str]) -> list[NameHit]:
    """The names (with addresses written beside them) in the sentences marked relevant, and in those saying
    someone was registered or is away; an address written as a pattern ("fornamn.efternamn@mora.se") is nobody's,
    but gives the addresses of the people it speaks of; a colleague named only to say they are not part of this
    message is left out."""
    hits: list[NameHit] = []
    templates: list[tuple[int, str]] = []
    folded = _Folded(sentences)
    spoken_of = {i for i, s in enumerate(sentences)
                 if not relevant[i] and _SPOKEN_OF_HINT.search(s.lower()) and _SPOKEN_OF.search(folded[i])}
    any_relevant = any(relevant)
    listed: set[int] = set()
    lines = _lower_lines(sentences, stop) if any(_lists_lines(s) for s in sentences) else {}
    right: set[str] = set()
    for i, sentence in enumerate(sentences):
        if i in lines:
            names = [n for n in lines[i] if name_key(n[0]) not in ignore]
            listed.add(i)
        elif relevant[i] or i in spoken_of:
            names = [n for n in names_in(sentence, i, stop) if name_key(n[0]) not in ignore]
        else:
            has_address = "@" in sentence and EMAIL.search(sentence) is not None
            may = _may_be_about_people(sentence, any_relevant)
            if not has_address and not may:
                continue
            names = [n for n in names_in(sentence, i, stop) if name_key(n[0]) not in ignore]
            if may and names and _about_people(sentence, names, any_relevant):
                listed.add(i)       # a list of names, a diet told, writing on another's behalf
            elif not has_address:
                continue
        used: set[str] = set()
        for m in EMAIL.finditer(sentence):
            address = m.group(0).lower().rstrip(".")
            if address in ignore_addresses:
                continue
            if _template(address) is not None:
                templates.append((i, address))
                continue
            window = max(0, m.start() - 60)
            old = _OLD_ADDRESS.search(folded[i][window:m.start()])
            if old is not None and not _NAMED_OWNER.search(sentence, 0, window + old.start()):
                continue    # the writer's own address from before ("min gamla adress k.berg@…"): nobody new
            if address_meant(folded[i], m.end()) is not None:
                continue    # an address taken back at once ("… – nej förresten, anna.wiik@…"): nobody's
            name = next((n for n, _, _ in names if matches_address(n, address)), None)
            written = name
            if name is not None and len(name.split()) == 2 and list(name_key(name)[::-1]) == address_tokens(address):
                # surname first, as an address book writes it ("Hållén Nils <nils.hallen@…>"): in the address's order
                used.add(name)
                name = " ".join(name.split()[::-1])
            if name is None:
                # the given name's initials beside an address writing it out ("A-K Berg (ann-kristin.berg@…)")
                initialled = next((n for n, _, _ in names if spelt_by_address(n, address)), None)
                if initialled is not None:
                    used.add(initialled)
                    written, name = initialled, spelt_by_address(initialled, address, sentence)
            if name is None:
                # an address mistyped by a letter beside its holder's name ("Ali Yusuf | ali.yusef@…")
                near = [n for n, _, _ in names if nearly_matches_address(n, address)]
                name = near[0] if len(near) == 1 else None
            name = name or _nearest_name(sentence, m.start(), m.end(), names)
            if name is None:
                # a given name before it, of one named in full elsewhere ("Pär har pars.jonsson@…")
                name = _introduced_by_given(sentences, folded, i, sentence[:m.start()], address, hits, stop)
            if name is None:
                # built from the address, spelled as the sentence writes it ("Karl (Kalle) Björk, karl.bjork@…")
                name = _written_elsewhere(sentences, folded, i, address, stop) or name_from_address(address, sentence)
            if name is None or name_key(name) in ignore:
                continue
            used.add(name)
            hits.append(NameHit(name, address, i, next((s for n, s, _ in names if n in (name, written)), m.start())))
            if _RIGHT_ADDRESS.search(folded[i][max(0, m.start() - 40):m.start()]):
                right.add(address)
        if relevant[i] or i in spoken_of or i in listed:
            hits.extend(NameHit(n, None, i, s) for n, s, _ in names if n not in used)
    if right:
        # one given an address mistyped, then the right one ("det blev x@mroa.se … Rätt adress är x@mora.se")
        corrected = {name_key(h.name): h.email for h in hits if h.email in right}
        hits = [NameHit(h.name, corrected[name_key(h.name)], h.sentence, h.start)
                if h.email and corrected.get(name_key(h.name), h.email) != h.email else h for h in hits]
    if any_relevant:
        hits.extend(_given_only(sentences, relevant, hits, stop, ignore))
        hits.extend(_pronoun_partners(sentences, relevant, hits, folded, stop, ignore))
    if len(hits) >= 2:
        hits = _roster(sentences, hits, stop, ignore, ignore_addresses)
    if len(hits) >= 2 and any("|" in s or "\t" in s for s in sentences):
        hits = _without_declined_rows(sentences, hits)
    found = hits
    # the one who told the writer of the event, where named so (they may be named elsewhere as taking part)
    hits = [h for h in hits if not _informant(h, folded)] if any(h.start >= 0 for h in hits) else hits
    staying = _staying_away(hits, folded, spoken_of)
    hits = _without_principals(_dedupe(_without_old_names(staying, folded)), folded, staying)
    # an address written beside a name is that person's, though the sentence it stands in counts for nothing
    # (a pasted message: "Sanna Holm, sanna.holm@orsa.se. Jag är ledig vecka 8")
    addresses = {name_key(h.name): h.email for h in reversed(found) if h.email}
    hits = [NameHit(h.name, addresses.get(name_key(h.name)), h.sentence, h.start) if not h.email else h for h in hits]
    return _from_templates(hits, templates, folded) if templates else hits


_GIVEN = re.compile(rf"(?<![\w-])[{_CAP}][a-zåäöæøéüèá]+(?:-[{_CAP}][a-zåäöæøéüèá]+)?(?![\w-])")


#: Taking off one spoken of by a pronoun ("stryk honom", "avanmäl henne", "ta bort honom", "please remove him").
_TAKEN_OFF = re.compile(r"\b(?:stryk|stryka|avanmal|avanmala|avboka|ta bort|tas bort|avregistrera|remove|cancel|"
                        r"withdraw|unregister|take)\s+(?:honom|henne|hen|him|her)\b")


def _given_only(sentences: list[str], relevant: list[bool], hits: list[NameHit], stop: StopWords,
                ignore: set[tuple[str, ...]]) -> list[NameHit]:
    """People a sentence about a signup names by the given name alone, each the one of a group listed by full
    names earlier ("Vi anmälde Per Ek, Eva Lind och Ola Berg. Eva har fått förhinder, stryk henne."); a sentence
    naming anyone in full reads nothing here."""
    named = {h.sentence for h in hits}
    out: list[NameHit] = []
    groups: list[list[tuple[str, int, int]]] | None = None
    for i, sentence in enumerate(sentences):
        if not relevant[i] or i in named:
            continue
        for m in _GIVEN.finditer(sentence):
            word = m.group(0)
            if m.start() == 0 and fold(word) in _IMPERATIVES or word in stop:
                continue
            if groups is None:
                groups = [found for j, line in enumerate(sentences[:i])
                          if len(_NAME_HINT.findall(line)) >= 2 and len(found := names_in(line, j, stop)) >= 2]
            same = {n for group in groups for n, _, _ in group if fold(n.split()[0]) == fold(word)}
            if not same and _TAKEN_OFF.search(fold(sentence)):
                # one named in full alone before, taken off here by the given name and a pronoun ("Jag ser att Jamal
                # Aziz fått en bekräftelse. Jamal har bytt tjänst, så stryk honom.")
                same = {n for j, line in enumerate(sentences[:i]) if _NAME_HINT.search(line)
                        for n, _, _ in names_in(line, j, stop) if fold(n.split()[0]) == fold(word)}
            if len(same) == 1 and name_key(next(iter(same))) not in ignore:
                out.append(NameHit(next(iter(same)), None, i, m.start()))
    return out


#: What a sentence naming someone by the given name beside the writer says of them to make them a person of the
#: request (folded): signing up, cancelling, moving, coming or not ("jag och Ahmed kan inte komma 21/9").
_GIVEN_TAKES_PART = re.compile(r"\b(?:(?:av)?anmal\w*|(?:av)?boka\w*|registrera\w*|stryk\w*|ta bort|byt\w*|flytt\w*|"
                               r"kommer|komma|kan (?:\w+ )?(?:inte|ej)|vill (?:\w+ )?vara med|vara med|delta\w*|tar (?:over )?\w+ plats|"
                               r"blir (?:\w+ )?(?:tva|tre|fyra)|sign\w* up|register\w*|cancel\w*|attend\w*|join\w*|"
                               r"(?:can|will|would) (?:\w+ )?(?:come|not)|"
                               # a diet told for one ("min kollega Jonas är vegan", "Ahmed äter glutenfritt")
                               r"ar (?:\w+ )?(?:vegan|vegetarian|glutenintolerant|laktosintolerant|allergisk)|"
                               r"ater (?:\w+ )?(?:vegan\w*|vegetari\w*|glutenfri\w*|laktosfri\w*|halal|kosher))\b")
#: ... and what makes it none: staying as before or like the others, the same as, a speaker's part ("Lovisa och jag
#: kommer som planerat", "precis som Lovisa och jag", "samma två träffar som Kent och jag", "medverkar jag och Tobias"); not "de andra" told of what they
#: eat ("jag är vegan, de andra äter allt").
_GIVEN_AS_BEFORE = re.compile(r"\b(?:star kvar|kvarstar|som forut|som tidigare|som vanligt|som planerat|samma (?:\w+ ){0,2}som|"
                              r"liksom|precis som|vi andra|de andra(?! (?:ater|ar allatare|har (?:ingen|inga) "
                              r"(?:specialkost|allergier|specialonskemal)))|redan (?:\w+ )?(?:anmald|registrerad|bokad)\w*|already|"
                              r"medverkar|forelasar|presenterar|haller i|talar|same as|as before)\b")


def given_beside(sentences: list[str], relevant: list[bool], hits: list[NameHit], stop: StopWords,
                 ignore: set[tuple[str, ...]], thread: tuple[str, ...] = ()) -> list[NameHit]:
    """People a sentence about taking part names by the given name alone beside the writer or after a role word
    ("jag och Ahmed kan inte komma 21/9", "anmäler mig och min kollega anders"), not named in full anywhere in the
    message (then that one is meant, and already found: in the thread quoted, or told after "Oskar Lundmark heter
    han"), nor the writer of a mail in the thread (``thread``: "jag anmäler Mohammed nedan" over his forwarded mail,
    "Från: Mohammed Al-Sayed"): a person all the same, whose surname is to be asked. Looked for last, after every
    other way of finding the name in full."""
    named = {token for name in (*(h.name for h in hits), *thread) for token in name_key(name)}
    out: list[NameHit] = []
    for i, sentence in enumerate(sentences):
        listed = group_listed(sentence)
        found_along = comes_along(sentence)     # "Maja i mitt team ska också med": about taking part
        if not (relevant[i] or listed or found_along):
            continue
        folded = fold(sentence)
        as_before = _GIVEN_AS_BEFORE.search(folded)
        # one said to come along before "samma som vi andra" ("Maja i mitt team ska också med, samma som vi andra")
        along = [(w, at) for w, at in found_along if as_before is None or at < as_before.start()]
        if not along and (not (_GIVEN_TAKES_PART.search(folded) or listed) or as_before):
            continue    # a sentence of signing up, coming or not; not "Kent och jag står kvar", "samma som Karin och jag"
        for word, start in (along if as_before else sorted({*given_names_beside(sentence), *along}, key=lambda x: x[1])):
            key = name_key(word)
            if key[0] in named or key in ignore or (word in stop and fold(word) not in lexicon()):
                continue
            named.add(key[0])
            out.append(NameHit(word, None, i, start))
    return out


#: "hon"/"han" joined to a name as one subject ("Hon och Per Ek vill komma", "Per Ek och han", "She and Tom Berg").
_PRONOUN_AND = re.compile(r"\b(?:hon|han|hen|she|he) (?:och|o|&|samt|and) $")
_AND_PRONOUN = re.compile(r"\s*(?:och|o|&|samt|and) (?:hon|han|hen|she|he)\b")


def _pronoun_partners(sentences: list[str], relevant: list[bool], hits: list[NameHit], folded: _Folded,
                      stop: StopWords, ignore: set[tuple[str, ...]]) -> list[NameHit]:
    """The one "hon"/"han" stands for where a sentence about a signup joins it to a name ("Vidarebefordrar från vår
    chef Eva Lund. Hon och Per Ek vill komma"): the only person the sentence before names."""
    out: list[NameHit] = []
    have = {name_key(h.name) for h in hits}
    for i in range(1, len(sentences)):
        if not relevant[i] or not any(h.sentence == i for h in hits):
            continue
        f = folded[i]
        if not any(h.sentence == i and h.start >= 0 and (_PRONOUN_AND.search(f, max(0, h.start - 12), h.start)
                                                         or _AND_PRONOUN.match(f, h.start + len(h.name)))
                   for h in hits):
            continue
        before = {name_key(n): (n, s) for n, s, _ in names_in(sentences[i - 1], i - 1, stop)}
        if len(before) == 1:
            key, (name, start) = next(iter(before.items()))
            if key not in ignore and key not in have:
                out.append(NameHit(name, None, i - 1, start))
    return out


#: What follows the name on a line of a roster ("Eva Ek / planarkitekt / eva.ek@…", "Per Holm | GIS | …").
_ROSTER_SEPARATOR = re.compile(r"[ \t]*(/|\||;|\t| [–—-] )")


def _roster_line(sentence: str, name: tuple[str, int, int] | NameHit) -> str | None:
    """The separator after a name that begins a line of a roster, if it does."""
    start, end = (name[1], name[2]) if isinstance(name, tuple) else (name.start, name.start + len(name.name))
    if sentence[:start].strip(" \t-*•·") or start < 0:
        return None
    found = _ROSTER_SEPARATOR.match(sentence, end)
    return found.group(1).strip() or found.group(1) if found else None


def _roster(sentences: list[str], hits: list[NameHit], stop: StopWords, ignore: set[tuple[str, ...]],
            ignore_addresses: set[str]) -> list[NameHit]:
    """The hits and the people on the lines next to two or more lines of the same roster ("Eva Ek / GIS /
    eva.ek@…" twice, then "Per Holm / ekolog / (ingen adress)"): a line of the same shape is one more of them,
    though it says nothing of a signup itself."""
    lines: dict[int, str] = {}
    for h in hits:
        if h.sentence >= 0 and h.start >= 0:
            separator = _roster_line(sentences[h.sentence], h)
            if separator is not None:
                lines[h.sentence] = separator
    if len(lines) < 2 or len(set(lines.values())) != 1:
        return hits
    separator = next(iter(lines.values()))
    added: list[NameHit] = []
    for step, edge in ((-1, min(lines)), (1, max(lines))):
        j = edge + step
        while 0 <= j < len(sentences) and j not in lines:
            line = sentences[j]
            first = next(iter(names_in(line, j, stop)), None) if separator in line else None
            if first is None or _roster_line(line, first) != separator or name_key(first[0]) in ignore:
                break
            address = next((m.group(0).lower() for m in EMAIL.finditer(line)
                            if m.group(0).lower() not in ignore_addresses), None)
            added.append(NameHit(first[0], address, j, first[1]))
            j += step
    return hits + added if added else hits


#: What may stand on a list's line before its name: a bullet, a dash.
_ROW_BULLET = " \t-*•·–"


def rows_turned(sentences: list[str], hits: list[NameHit], writer: str | None, address: str | None) -> list[NameHit]:
    """The names of a list one to a line written surname first without commas ("Hansson Eva", "Holm Tobias", "de
    Vries Marieke"), given name first, when one row is the writer's the other way round (their display name or
    address tells the order) and every row is a name alone; else the hits as they are."""
    rows: dict[int, str] = {}
    for h in hits:
        if h.sentence < 0 or h.start < 0 or len(h.name.split()) != 2:
            continue
        line = sentences[h.sentence].strip(_ROW_BULLET)
        before = line[:line.find(h.name)].strip() if h.name in line else None
        if before is None or line[line.find(h.name) + len(h.name):].strip() or (
                before and before.lower() not in _JOINING_PARTICLES):
            continue
        rows[h.sentence] = f"{h.name.split()[1]} {before} {h.name.split()[0]}".replace("  ", " ")
    if len(rows) < 2 or max(rows) - min(rows) != len(rows) - 1:
        return hits

    def writers(turned: str, written: str) -> bool:
        return ((writer is not None and name_key(turned) == name_key(writer) and name_key(written) != name_key(writer))
                or (matches_address(turned, address) and address_tokens(address) == list(name_key(turned)[:1])
                    + list(name_key(turned)[-1:])))
    if not any(writers(turned, h.name) for h in hits for i, turned in rows.items() if h.sentence == i):
        return hits
    return [NameHit(rows[h.sentence], h.email, h.sentence, h.start) if h.sentence in rows else h for h in hits]


#: A table's column saying who takes part ("Namn | Titel | E-post | Deltar", "Name | Attends?").
_ATTENDS_COLUMN = re.compile(r"(?:deltar|delta|deltagande|kommer|narvarar|attends?|attending|participates?|"
                             r"participating|joins?|joining)\s*\??")
#: ... and a row's cell there saying no ("Nej", "Nej – vill bara ha materialet", "No").
_NO_CELL = re.compile(r"(?:nej|no|nope)\b(?:\s*[-–—,(:].*)?")
_CELLS = re.compile(r"\s*[|\t]\s*")


#: A table's column saying what becomes of each one ("Namn | Status | Kommentar", "Name | Change") ...
_STATUS_COLUMN = re.compile(r"(?:status|andring|atgard|action|change)\s*\??")
#: ... and a row's cell there saying they stay as they are ("Kvar", "Står kvar", "Oförändrad", "Remains"): no part of
#: the request, which is about the others' rows ("Avanmäls", "Ny").
_UNCHANGED_CELL = re.compile(r"(?:kvar|star kvar|stannar(?: kvar)?|kvarstar|oforandrad|som forut|som tidigare|"
                             r"ingen andring|fortsatter|remains?|stays?|unchanged|no change|continues?)\b(?:\s*[-–—,(:].*)?")


def _without_declined_rows(sentences: list[str], hits: list[NameHit]) -> list[NameHit]:
    """The hits less those on a table's row that answers no in a column saying who takes part ("Karin Ek | Planchef |
    karin.ek@… | Nej" under "Namn | Titel | E-post | Deltar"), or that stays as it is in a column saying what becomes
    of each ("Jenny Ek | Kvar" under "Namn | Status", beside "Per Holm | Avanmäls")."""
    column, said = -1, _NO_CELL
    for s in sentences:
        cells = [fold(c).lower() for c in _CELLS.split(s.strip())]
        if len(cells) >= 2:
            column, said = next((k for k, c in enumerate(cells) if _ATTENDS_COLUMN.fullmatch(c)), -1), _NO_CELL
            if column < 0:
                column, said = next((k for k, c in enumerate(cells) if k and _STATUS_COLUMN.fullmatch(c)), -1), _UNCHANGED_CELL
            if column >= 0:
                break
    if column < 0:
        return hits
    declined = set()
    for i, s in enumerate(sentences):
        cells = _CELLS.split(s.strip())
        if len(cells) > column and said.fullmatch(fold(cells[column]).lower()):
            declined.add(i)
    kept = [h for h in hits if h.sentence not in declined]
    return kept if declined and kept else hits


#: A given name introducing the address after it ("Pär har pars.jonsson@…", "Jöns nås på …", "Åke: …", "Idas
#: adress är …"): the name, and the words allowed between.
_GIVEN_BEFORE_ADDRESS = re.compile(rf"(?<![\w-])([{_CAP}][a-zåäöæøéüèá]+(?:-[{_CAP}][a-zåäöæøéüèá]+)?)"
                                   r"(?:'s)?(?:\s*[:–—-]\s*|\s+(?:(?:har|nås|nas|på|pa|via|är|ar|has|is|at|on|"
                                   r"(?:e-?post|e-?mail|mejl|mail)?(?:adress(?:en)?|address)|e-?post|e-?mail|mejl|mail)"
                                   r"\s*:?\s+){1,3})$")


def _introduced_by_given(sentences: list[str], folded: _Folded, here: int, before: str, address: str,
                         hits: list[NameHit], stop: StopWords) -> str | None:
    """The full name, written elsewhere, of the one whose given name introduces an address that spells the name
    otherwise ("Pär Jonsson" for "Pär har pars.jonsson@…"): the given name the same, the address's surname that
    name's with its given name mistyped or spelled otherwise by a letter, or the other way round."""
    m = _GIVEN_BEFORE_ADDRESS.search(before[-60:])
    tokens = [t.replace("-", "") for t in address_tokens(address)]
    if m is None or len(tokens) != 2 or m.group(1) in stop:
        return None
    given = fold(m.group(1)).replace("-", "")
    givens = {given, given[:-1]} if given.endswith("s") else {given}     # "Idas adress är …": Ida's

    def fits(name: str) -> bool:
        key = [k.replace("-", "") for k in name_key(name)]
        if len(key) != 2 or key[0] not in givens:
            return False
        return ((tokens[1] == key[1] and (tokens[0] == key[0] or one_edit(tokens[0], key[0])))
                or (tokens[0] == key[0] and len(key[1]) >= 4 and one_edit(tokens[1], key[1])))

    found = {name_key(h.name): h.name for h in hits if fits(h.name)}
    if not found:
        for j in range(len(sentences)):
            if j != here and any(g in folded[j] for g in givens):
                found.update((name_key(n), n) for n, _, _ in names_in(sentences[j], j, stop) if fits(n))
    return next(iter(found.values())) if len(found) == 1 else None


def _written_elsewhere(sentences: list[str], folded: _Folded, here: int, address: str, stop: StopWords) -> str | None:
    """The name an address is made of as another sentence writes it ("Lejla Begić" for lejla.begic@…): the
    letters the address could not hold are taken from the text."""
    tokens = address_tokens(address)
    if len(tokens) < 2:
        return None
    for j in range(len(sentences)):
        # (the surname as the address joins it: "vonessen" for "von Essen", "alsayed" for "Al-Sayed")
        if j != here and (tokens[-1] in folded[j] or tokens[-1] in folded[j].replace("-", "")
                          or tokens[-1] in folded[j].replace(" ", "")):
            found = next((n for n, _, _ in names_in(sentences[j], j, stop) if matches_address(n, address)), None)
            if found is not None:
                return found
            # a name in capitals (or lower case) in a line of capitals ("ANMÄLER MIG OCH PER-OLOF BÄCK"): its letters
            written = re.search(r"(?<![\w.@-])" + r"\s+".join(map(re.escape, tokens)) + r"(?![\w@-]|\.\w)", folded[j])
            if written is not None:
                text = sentences[j][written.start():written.end()]
                if (text.isupper() or text.islower()) and not text.isascii():
                    return titlecase(" ".join(text.lower().split()))
    return None


#: A full name, by its capitals, a particle perhaps before the surname ("Cecilia von Platen") (a quick test before a
#: sentence that speaks of no signup is read for names).
_NAME_HINT = re.compile(r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+,? (?:(?:von|van|de|der|af|da|di|la|le|du) )?[A-ZÅÄÖÆØÉÜ]")
#: Writing for another ("på Eva Eks vägnar", "för hans räkning", "on behalf of Per Ek").
_BEHALF = re.compile(r"v[aä]gnar\b|r[aä]kning\b|on behalf of", re.IGNORECASE)
_BEHALF_AFTER = re.compile(r"\s+(?:v[aä]gnar|r[aä]kning)\b", re.IGNORECASE)    # after the name in the genitive
_BEHALF_BEFORE = re.compile(r"\bon behalf of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: The writer and a named person sharing what is said of them ("jag och Eva Ek", "varken jag eller Per Holm",
#: "Per Holm och jag", "me and my colleague Tom Berg").
_BESIDE_WRITER_BEFORE = re.compile(r"\b(?:jag|mig|mej|i|me|ja(?= o))\s+(?:\([^)]{0,30}\)\s+)?(?:och|o|&|and|samt|eller|nor)\s+"
                                   + _ROLE + "$", re.IGNORECASE)
#: The writer and a name in lower case beside them ("mig o lisa ek", "ja o min chef per holm"): a quick test.
_LOWER_BESIDE = re.compile(r"\b(?:jag|mig|mej|me|i|ja)\s*(?:\s(?:och|o|&|and|samt)\s+|,\s*)(?:(?:min|my) \w+\s+)?"
                           r"[a-zåäöéü]{2,}\s+[a-zåäöéü]{2,}")
#: The writer opening a list of two or more names ("jag, robin ek och fatima al-sayed, alla från Mora").
_WRITER_OPENS_LIST = re.compile(r"\b(?:jag|mig|mej|me)\s*,\s*$", re.IGNORECASE)
_BESIDE_WRITER_AFTER = re.compile(r"\s+(?:och|o|and|&|samt)\s+(?:jag|mig|I|me)\b", re.IGNORECASE)
#: Words of taking part or not, or of a session, in such a sentence ("varken jag eller Per Ek kan komma den 29/11").
_TAKING_PART = re.compile(r"\d|\b(?:kom\w*|delta\w*|vara med|narvara|medverka|anmal\w*|avanmal\w*|traff\w*|tillfall\w*|"
                          r"attend\w*|join\w*|come|coming|participat\w*|register\w*|sign\w* up|session\w*|meeting\w*)\b")
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÆØÉÜ][^\W\d_]")
_WRITER_WORD = re.compile(r"\b(?:[Jj]ag|[Mm]ig|I|[Mm]e)\b")
_BRACKETED = re.compile(r"\([^)]*\)|<[^>]*>")


#: Someone leaving their job ("Dragan har sagt upp sig och slutar i mars", "Eva går i pension", "Tom has resigned"):
#: in a message asking for something, whoever the sentence names is spoken of (the one a withdrawal is about).
_LEAVES_JOB = re.compile(r"\b(?:har |hade )?sagt upp sig\b|\bslutar (?:sin (?:tjanst|anstallning)|hos (?:oss|er)|"
                         r"i (?:kommunen|regionen|forvaltningen|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                         r"oktober|november|december)\b))|\b(?:gar|gick) i pension\b|\b(?:has |had )?resigned\b|"
                         r"\b(?:has |had )?handed in (?:his|her|their) notice\b|\bis retiring\b|"
                         # their employment ended ("har avslutat sina anställningar hos Ludvika kommun", "have left
                         # their positions")
                         r"\b(?:har |hade )?(?:avslutat|avslutade|avslutar) (?:sin|sina) (?:anstallning\w*|tjanst\w*)\b|"
                         r"\b(?:has|have|had) left (?:his|her|their) (?:jobs?|positions?|posts?|employment)\b")
_LEAVES_HINT = re.compile(r"sagt upp|slutar|pension|resign|notice|retir|avslut|left", re.IGNORECASE)


#: The words of an organisation's name that say what kind of body it is ("Säters kommun", "Region Dalarna").
_ORG_KINDS = frozenset({"kommun", "kommuns", "stad", "region", "lan", "kommunen", "regionen", "municipality", "council"})


#: Saying whom the request concerns, right before the names ("Det gäller alltså mig, Eva Ek och …", "Avanmälan avser
#: Per Holm", "This concerns me, Tom Berg and …").
_CONCERNS = re.compile(r"\b(?:galler|avser|beror|omfattar|ror|concerns|applies to|is about|affects|is for)\s+"
                       r"(?:(?:alltsa|dvs|namligen|bade|foljande|thus|both)\s+)?"
                       r"(?:(?:mig|me)\s*(?:,|och|o|&|and|samt)\s*)?"
                       r"(?:(?:mina|min|mitt|vara|var|my|our)\s+(?:\w+\s+)?)?:?\s*$")


#: Naming the group just spoken of, the writer last ("... för hela enheten. Det är Anna Berg, Per Holm och jag", "our
#: whole team has to withdraw. That is Malin Ek, Sven Ahl and myself", "dvs Eva Ek och mig").
_GROUP_NAMED_BEFORE = re.compile(r"(?:^|[^\w'])(?:det (?:ar|e|galler|vill saga)|(?:that|this) is|that'?s|dvs|d v s|"
                                 r"alltsa|namligen|namely|i\.? ?e\.?)\s*:?\s*$")
_WRITER_ENDS_GROUP = re.compile(r"\s*,?\s*(?:och|o|and|&|samt)\s+(?:jag|mig|mej|me|myself|i)\b(?!\s+(?:har|hade|had|have)\b)",
                                re.IGNORECASE)
#: A named person's own sessions right after the name ("Lina Ek går på alla fyra", "Ture Berg kommer bara den 21
#: september", "Eva Lind deltar i maj och september", "Tom Berg will attend all four sessions"), folded.
_NAMED_GOES = re.compile(r"\s+(?:(?:ocksa|aven|dessutom|sedan|also|then)\s+)?(?:gar|kommer|deltar|ar med|"
                         r"(?:vill|ska|skall|kan) (?:ga|komma|delta|vara med)|attends?|will (?:attend|come|join)|"
                         r"is (?:coming|attending|joining)|joins?)\s+(?:(?:bara|endast|enbart|ocksa|aven|garna|only|also)\s+)?"
                         r"(?:(?:pa|den|till|i|on|to|for|the)\s+){0,2}(?:alla|samtliga|bada|\d|forsta|andra|tredje|fjarde|"
                         r"sista|all|both|first|second|third|fourth|last|\w*traff\w*|(?:maj|september|november|februari|"
                         r"may|sept|nov|feb)\w*\b)")
#: A named person said to come along with the writer, right after the name ("Maja Ström kommer också", "Per Ek
#: följer med", "Eva Lind ska också med, men bara i maj", "Tom Berg is coming too"), folded; not coming to do something
#: else ("kommer också att hålla i fikat"), nor coming along as before ("som vanligt": _STANDS_AS_BEFORE).
_NAMED_COMES_TOO = re.compile(r"\s+(?:(?:ocksa|aven|dessutom|also)\s+)?(?:kommer (?:med )?(?:ocksa|aven)(?: med)?|"
                              r"(?:ska|skall) (?:ocksa|aven) med|vill (?:ocksa|aven) (?:vara|komma|folja|hanga) med|"
                              r"(?:foljer|hanger) (?:(?:ocksa|aven) )?med|hakar (?:(?:ocksa|aven) )?pa|"
                              r"is (?:also )?coming (?:along|too)|will (?:also )?(?:come|join) (?:along|too)|comes (?:along|too))"
                              r"(?: (?:ocksa|aven|too))?(?!\s+att\s+(?!(?:delta|komma|vara med|narvara|medverka|ga)\b))"
                              r"(?!\s+(?:to|and)\s+(?!(?:attend|join)\b))\b")
_GOES_HINT = re.compile(r"\b(?:g[aå]r|kommer|deltar|[aä]r med|vill|ska|skall|kan|attends?|will|is|joins?|f[oö]ljer|"
                        r"h[aä]nger|hakar|comes) ")
_CONCERNS_HINT = re.compile(r"g[aä]ller|avser|ber[oö]r|omfattar|\br[oö]r\b|concerns|applies to|is about|affects|is for",
                            re.IGNORECASE)


#: Words joining listed names or saying where they all are from ("Eva Ek o Per Holm, båda från Falu kommun").
_LIST_WORDS = _LIST_JOINERS | {"bada", "both", "alla", "all", "fran", "from", "pa", "at", "vid", "hos"}


def _may_be_about_people(sentence: str, any_relevant: bool) -> bool:
    """A quick test that must pass before a sentence that speaks of no signup is read for the below."""
    if _LOWER_BESIDE.search(sentence) or _LOWER_OPENING_LIST.match(sentence):
        return True
    if not _NAME_HINT.search(sentence):
        return False
    if _BEHALF.search(sentence) or diet_spans(sentence) or _CONCERNS_HINT.search(sentence):
        return True
    if any_relevant and _LEAVES_HINT.search(sentence) and _LEAVES_JOB.search(fold(sentence)):
        return True
    if any_relevant and _GOES_HINT.search(sentence):
        return True     # perhaps a named person's own sessions ("Lina Ek går på alla fyra"), read below
    return any_relevant and (len(_CAPITALISED.findall(sentence)) >= 4 or _WRITER_WORD.search(sentence) is not None)


def _about_people(sentence: str, names: list[tuple[str, int, int]], any_relevant: bool) -> bool:
    """Whether the names of a sentence that speaks of no signup are people the message is about: it tells
    someone's diet ("Jenny Palm, som jag anmälde i fredags, är vegan"), writes on their behalf ("å Eva Eks
    vägnar", "on behalf of our director Tom Ek"; not "för deras räkning" beside a name), names them beside the
    writer ("varken jag eller Per Ek kan komma"), or, in a message that asks for something, lists two or more names and little else ("Ek, Rut
    (planarkitekt) Holm, Per (ekolog)", "Per Ek (per.ek@...) Eva Lind (hon har ingen adress än)")."""
    if diet_spans(sentence) or any(_BEHALF_AFTER.match(sentence, end) or _BEHALF_BEFORE.search(sentence[:start])
                                   for _, start, end in names):
        return True
    if any_relevant and _LEAVES_HINT.search(sentence) and _LEAVES_JOB.search(fold(sentence)):
        return True     # "En av våra anmälda, Dragan Petrović, har sagt upp sig": the one a withdrawal is about
    if _CONCERNS.search(fold(sentence[:min(start for _, start, _ in names)])):
        return True     # "Det gäller alltså mig, Ronja Blom och Henrik Tapper": whom the request concerns
    if (any_relevant and _GOES_HINT.search(sentence) and any(_NAMED_GOES.match(fold(sentence), end) for _, _, end in names)
            and not _STANDS_AS_BEFORE.search(fold(sentence))):     # not "Elsa Dahl går på allt som planerat"
        return True     # "Lina Ek går på alla fyra", "Ture Berg kommer bara den 21 september": one taking part
    if (any_relevant and _GOES_HINT.search(sentence) and any(_NAMED_COMES_TOO.match(fold(sentence), end) for _, _, end in names)
            and not _STANDS_AS_BEFORE.search(fold(sentence))):
        return True     # "Maja Ström kommer också": one coming along with the writer's signup
    ordered = sorted(names, key=lambda n: n[1])
    if (any_relevant and _GROUP_NAMED_BEFORE.search(fold(sentence[:ordered[0][1]]))
            and _WRITER_ENDS_GROUP.match(sentence, ordered[-1][2])
            and all(_LIST_SEPARATOR.fullmatch(sentence[a[2]:b[1]]) for a, b in pairwise(ordered))):
        return True     # "Det är Anna Berg, Per Holm och jag": the group a request just spoke of, the writer among them
    if (any((any_relevant or sentence[start].islower())
             and (_BESIDE_WRITER_BEFORE.search(sentence[max(0, start - 40):start]) or _BESIDE_WRITER_AFTER.match(sentence, end))
             for _, start, end in names) and _TAKING_PART.search(fold(sentence))):
        return True     # a name in lower case beside the writer is one of theirs, though no sentence names a session
    ordered = sorted(names, key=lambda n: n[1])
    if (len(ordered) >= 2 and sentence[ordered[0][1]].islower() and _WRITER_OPENS_LIST.search(sentence[:ordered[0][1]])
            and not _REPORTED_HINT.search(fold(sentence))
            and all(_LIST_SEPARATOR.fullmatch(sentence[a[2]:b[1]]) for a, b in pairwise(ordered))):
        return True     # "jag, robin ek och fatima al-sayed, alla mora": the writer and those listed with them
    opening = _LOWER_OPENING_LIST.match(sentence) if sentence[ordered[0][1]].islower() else None
    if (opening is not None and (any_relevant or opening.group("writer"))
            and sum(opening.start("list") <= start < opening.end("list") for _, start, _ in names) >= 2):
        return True     # "anna berg o per ek, båda från avesta.": those listed, told apart from the request after
    if not any_relevant:
        return False
    if len(names) < 2:
        return False
    pieces, at = [], 0
    for _, start, end in sorted(names, key=lambda n: n[1]):
        pieces.append(sentence[at:start])
        at = max(at, end)
    pieces.append(sentence[at:])
    rest = EMAIL.sub(" ", _BRACKETED.sub(" ", " ".join(pieces)))
    # each name's organisation may stand beside it ("Viktor Åhman – Säters kommun – (mejl kommer senare)")
    # ..., and the words joining them or saying where they all are from ("Eva Ek o Per Holm, båda från Falu kommun")
    said = [w for w in re.findall(r"[^\W\d_]+", rest)
            if not (w[0].isupper() or fold(w) in _ORG_KINDS or fold(w) in _LIST_WORDS)]
    return len(said) <= len(names) and len(re.findall(r"[^\W\d_]+", rest)) <= 3 * len(names)


#: The words of an address written as a pattern: a given name's, a surname's, and their initials ("f", "e").
_TEMPLATE_WORDS = {**dict.fromkeys(("fornamn", "firstname", "first", "fname", "givenname", "given", "forename",
                                    "fornamnet", "namn", "name"), "F"),
                   **dict.fromkeys(("efternamn", "lastname", "last", "lname", "surname", "familyname", "family",
                                    "efternamnet"), "L"),
                   "f": "f", "e": "l", "l": "l"}


def _template(address: str) -> list[str] | None:
    """The local part of a pattern address as words and separators ("fornamn.efternamn" -> F . L), or None when
    the address is someone's: every word a placeholder, for the given name and the surname, one of them whole."""
    parts = re.split(r"([._-])", fold(address.split("@", 1)[0]))
    roles = [_TEMPLATE_WORDS.get(p) if k % 2 == 0 else p for k, p in enumerate(parts)]
    words = set(roles[::2])
    if None in words or not ({"F", "L"} & words and {"F", "f"} & words and {"L", "l"} & words):
        return None
    return [r for r in roles if r is not None]


def expand_template(address: str, name: str) -> str | None:
    """A person's address by a pattern ("fornamn.efternamn@mora.se", "Åsa Öberg" -> "asa.oberg@mora.se")."""
    roles, key = _template(address), name_key(name)
    if roles is None or len(key) < 2:
        return None
    first, last = key[0], key[-1]
    word = {"F": first, "L": last, "f": first[:1], "l": last[:1]}
    local = "".join(word.get(r, r) for r in roles)
    return f"{local}@{address.split('@', 1)[1]}" if EMAIL.fullmatch(f"{local}@{address.split('@', 1)[1]}") else None


#: Words saying a pattern address is everyone's ("samtliga har", "alla nås på", "everyone's address is").
_EVERYONE = re.compile(r"\b(?:samtliga|alla|allihop|allihopa|var och en|envar|everyone|everybody|all of them|each of them|"
                       r"all)\b")


def _from_templates(hits: list[NameHit], templates: list[tuple[int, str]], folded: _Folded) -> list[NameHit]:
    """Addresses by pattern for the people without one: those its sentence names (by given name or in full),
    else everyone without an address."""
    out = list(hits)
    for i, address in templates:
        bare = [k for k, h in enumerate(out) if h.email is None]
        # the names only of the clause the pattern stands in ("Alla har adress enligt fornamn.efternamn@orsa.se. Eva
        # är vegan" speaks of all); none when it says it is everyone's ("samtliga", "all of them")
        f = folded[i]
        at = f.find(fold(address))
        clause = f[f.rfind(". ", 0, max(at, 0)) + 1:(f.find(". ", at + len(address)) + 1 or len(f))] if at >= 0 else f
        named = [] if _EVERYONE.search(clause) else [
            k for k in bare if name_key(out[k].name) and re.search(rf"\b{re.escape(name_key(out[k].name)[0])}\b", clause)]
        for k in named or bare:
            h = out[k]
            out[k] = NameHit(h.name, expand_template(address, h.name), h.sentence, h.start)
    return out


#: A person saying they stay away ("Per Ek kan tyvärr inte vara med", "Eva deltar inte", "he can't attend").
_DECLINES = (r"(?:kan|kommer|kunde)\s+(?:\w+\s+){0,2}?(?:inte|ej)\s+(?:\w+\s+){0,2}?(?:vara med|komma|delta|narvara|"
             r"medverka)\b|deltar\s+(?:\w+\s+)?(?:inte|ej)\b|(?:foljer|hanger)\s+(?:\w+\s+)?(?:inte|ej)\s+med\b|har\s+(?:\w+\s+)?(?:inte|ej)\s+mojlighet|"
             r"ar\s+(?:\w+\s+)?forhindrad|(?:can'?t|cannot|won'?t|will not|is not able to|isn'?t able to|is unable to|"
             r"will be unable to)\s+(?:\w+\s+){0,2}?(?:attend|come|join|make it|participate|take part|be there)\b|"
             r"(?:is|will) not (?:be )?(?:attending|coming|joining|participating)\b|"
             r"(?:var|hade varit|har varit)\s+(?:\w+\s+){0,2}?anmald\b|was\s+(?:\w+\s+)?(?:registered|signed up)\b|"
             # said bare, the clause ending there ("Per Ek kommer inte.", "Eva kan tyvärr inte, hon är ledig")
             r"(?:kan|kommer)\s+(?:(?:tyvarr|dessvarre|heller)\s+)?(?:inte|ej)(?:\s+heller)?"
             r"(?=\s*(?:[,.;!)]|$|\b(?:och|men|eftersom|for|da|sa|hon|han|hen)\b))|" + _AWAY)
#: The same with the verb before the name ("I maj går Per Ek i pension", "I höst är Eva Ek tjänstledig"): read over the
#: name left out, the match spanning where it stood.
_DECLINES_SPANNED = re.compile(_DECLINES)
_CLAUSE_OPEN = re.compile(r"[,;:]|\b(?:och|men|sa|and|but)\b")
_FILLER = r"\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,]{0,40},\s*)?(?:(?:tyvarr|dessvarre|sjalv|heller|ocksa|unfortunately|sadly|also)\s+)*"
_DECLINES_AFTER = re.compile(_FILLER + "(?:" + _DECLINES + ")")
#: The same with the verb first ("Tyvärr kan inte min kollega Per Ek vara med", "Dessvärre deltar inte Eva Ek").
_DECLINE_BEFORE = re.compile(r"\b(?:(?P<modal>kan|kommer|kunde)|deltar)\s+(?:\w+\s+)?(?:inte|ej)\s+(?:[\w-]+\s+){0,3}$")
_DECLINE_VERB = quick(re.compile(r"\s*(?:\w+\s+)?(?:att\s+)?(?:kunna\s+)?(?:vara med|komma|delta|narvara|medverka)\b"))
#: Signing oneself up apart from this message ("anmäler sig själv", "registers herself", "signs up separately").
_OWN_SIGNUP = re.compile(r"\b(?:anmaler|anmala|anmal|registrerar|anmalt|anmalde|registrerat|registrerade) sig (?:\w+ )?"
                         r"(?:sjalv|separat|pa egen hand)|"
                         r"\bhor av sig (?:\w+ )?sjalv|\bsjalv (?:anmaler|anmala|registrerar) sig|"
                         r"\bregister(?:s|ed)? (?:him|her|them)sel(?:f|ves)|\b(?:register|sign up|signs up|signed up|registers|"
                         r"registered) (?:\w+ )?"
                         r"(?:separately|on (?:his|her|their) own)")
#: One named not having made up their mind yet, said right after the name ("... men han har inte bestämt sig", "Eva
#: är inte säker än", "but she hasn't decided yet"): folded.
_UNDECIDED_OTHER = re.compile(r"^\s*(?:[^.;!?]*\b(?:han|hon|hen|de|dom|he|she|they)\b)?\s*(?:har|hade|has|have) (?:\w+ )?"
                              r"(?:inte|ej|not) (?:\w+ )?(?:bestamt sig|decided)\b|"
                              r"^\s*(?:[^.;!?]*\b(?:han|hon|hen|de|dom)\b)?\s*(?:ar|e) (?:\w+ )?(?:inte|ej) (?:\w+ )?(?:saker|bestamd)\b|"
                              r"^\s*(?:[^.;!?]*\b(?:he|she|they)\b)?\s*(?:hasn'?t|haven'?t|isn'?t|aren'?t|is not|are not) "
                              r"(?:\w+ )?(?:decided|sure)\b")
#: One named as only perhaps coming, the hedge right after the name with a word of coming ("Per Ek kommer kanske också",
#: "Per vill troligen följa med", "Per may come too") or right before it ("troligen kommer min kollega Per Ek också",
#: "anmäl mig och eventuellt Per Ek"): folded. Not "Per kommer troligen sent" (a hedge of something else).
_HEDGE_WORD = HEDGE_WORDS
_MAYBE_COMING_AFTER = re.compile(
    r"^\s*(?:kommer|vill|ska|foljer|hanger|blir|tar|will|may|might)?\s*" + _HEDGE_WORD + r"\s+(?:\w+\s+)?"
    r"(?:ocksa|aven|med|folja|komma|delta|hanga|come|join|attend|too|also)\b|"
    r"^\s*(?:may|might) (?:\w+ )?(?:come|join|attend)\b")
_MAYBE_COMING_BEFORE = re.compile(r"(?:^|[\s,])" + _HEDGE_WORD + r"(?:\s+\w+){0,3}\s*$")
#: ... by a pronoun of one alone: not said of each of a group of names.
_UNDECIDED_ONE = re.compile(r"\b(?:han|hon|hen|he|she)\b")
_NEGATED = re.compile(r"\b(?:inte|ej|not|can'?t|cannot|won'?t|kan inte)\s+(?:\w+\s+){0,2}$")
#: What only part of the sessions is: a date, a month, a session ("kan inte komma den 3 maj" is no refusal).
_PARTIAL = re.compile(r"\d|\b(?:traff\w*|tillfalle\w*|session\w*|meeting\w*|datum|dag\w*|hosten|varen|fika\w*|lunch\w*|"

                      r"i tid|forran|forst|sent|tidigt|hela|forsta|sista|late|on time|until|before|after|first|last|"
                      r"second|whole|all day|jan|januari|january|feb|februari|february|mars|march|apr|april|maj|may|jun|"
                      r"juni|june|jul|juli|july|aug|augusti|august|sep|sept|september|okt|oktober|oct|october|nov|"
                      r"november|dec|december)\b")
#: A request to take someone off or put another in their place: then whoever stays away is spoken of.
_REMOVES = re.compile(r"\b(?:avanmal\w*|avboka\w*|stryk\w*|ta bort|tas bort|avregistrera\w*|cancel\w*|remove\w*|"
                      r"unregister\w*|withdraw\w*|istallet|i stallet|ersatt\w*|ersatter|plats|stalle|instead|"
                      r"replac\w*|substitut\w*|byt\w*|swap\w*|place|spot|seat|tar over|takes? over|taking over)\b")
#: What may stand between names that share one predicate ("Per Ek och Eva Berg kan inte ...").
_JOINED = re.compile(r"(?:\s|,|&|\+|\b(?:och|o|samt|and|jag|mig|i|me)\b|\([^)]{0,60}\)|<[^>]{0,80}>|"
                     r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*")
#: Said of the names before it: they are registered already ("… är redan anmälda", "… are already signed up").
_ALREADY_IN = quick(re.compile(r"\s*(?:(?:och|o|and|&)\s+(?:jag|i)\s+)?"
                         # "here" between ("Per Ek här är redan anmäld", "Tom Berg here is already registered")
                         r"(?:(?:har|here)\s+(?=(?:(?:pa|hos|fran|vid|at|from|on|in)\s+(?:[\w-]+\s+){1,2}?)?"
                         r"(?:ar|is|har|has)\s))?"
                         # where they work between ("Eva Ek på vår enhet är redan anmäld", "Tom Berg from our team has ...")
                         r"(?:(?:(?:pa|hos|fran|vid|at|from|on|in)\s+(?:[\w-]+\s+){1,2}?){1,2}?(?=(?:ar|is|are|har|has)\s))?"
                         r"(?:(?:ar|is|are|har|have|has)\s+(?:(?:ju|been)\s+)?"
                         r"(?:(?:sedan tidigare|sedan innan)\s+(?:(?:redan)\s+)?|(?:redan|already)\s+)"
                         r"(?:(?:varit|been)\s+)?(?:anmald\w*|anmalt\w*|registrerad\w*|registered|"
                         r"signed up|booked|enrolled)\b|"
                         # in already, or a place held ("(Tove Sand är redan med)", "har redan fått sin plats
                         # bekräftad", "has already got a place")
                         r"(?:ar|e|is|are)\s+(?:ju\s+)?(?:redan|already)\s+(?:med|in|on the list)\b(?!\s+(?:och|and)\s+vill)|"
                         r"(?:har|has)\s+(?:ju\s+)?(?:redan|already)\s+(?:fatt|got|gotten|been given)\s+"
                         r"(?:sin|en|her|his|their|a)\s+(?:plats|place|spot|seat)\b|"
                         # the time said after ("Tove Sand är anmäld sedan tidigare", "Tom is registered already")
                         r"(?:ar|e|is|are)\s+(?:ju\s+)?(?:anmald\w*|registrerad\w*|registered|signed up|booked|enrolled)\s+"
                         r"(?:sedan (?:tidigare|innan|forut)|redan|already|previously|before|earlier)\b|"
                         # said so inside a bracket that closes there ("(Eva Ek, Per Holm och Tom Berg är anmälda)")
                         r"(?:ar|e|is|are)\s+(?:(?:alla|bada|all|both)\s+)?(?:anmald\w*|registrerad\w*|registered|"
                         r"signed up|booked)\s*\)|"
                         # a place taken over before ("Eva Ek har redan tagit över Per Holms plats")
                         r"(?:har|has)\s+(?:ju\s+)?(?:redan|already)\s+(?:tagit|tatt|taken)\s+over\b|"
                         # cancelled by themselves before ("Per har ju avanmält sig", "Eva has already withdrawn")
                         r"(?:har|has)\s+(?:(?:ju|redan|sjalv|already)\s+)*(?:avanmalt sig|avbokat sig|withdrawn|cancelled|"
                         r"canceled)\b|"
                         # ... the verb before the name ("Som ni vet har Per Ek avanmält sig")
                         r"(?:(?:ju|redan|sjalv)\s+)*(?:avanmalt|avbokat) sig\b|"
                         # ... in the past tense ("Eva avanmälde sig tidigare", "Tom withdrew earlier")
                         r"(?:(?:ju|redan|sjalv|already)\s+)*(?:avanmalde|avbokade) sig\b|withdrew\b|"
                         # signed up themselves before, said when ("Eva anmälde sig förra veckan", "Per registrerade sig
                         # tidigare", "Tom signed up last week", "Eva has registered earlier")
                         r"(?:(?:ju|redan|sjalv|already)\s+)*(?:(?:anmalde|registrerade|bokade) sig|(?:har|hade) "
                         r"(?:\w+ )?(?:anmalt|registrerat|bokat) sig|(?:has |had )?(?:signed up|registered))\s+"
                         r"(?:(?:sjalv|ju|redan|already|himself|herself)\s+)?(?=(?:forra|forrforra|tidigare|igar|"
                         r"i forrgar|nyss|redan|for \w+ (?:\w+ )?sedan|i (?:januari|februari|mars|april|maj|juni|juli|"
                         r"augusti|september|oktober|november|december|hostas|hostes|vintras|varas|host)|last|earlier|"
                         r"yesterday|already|\w+ ago|in (?:january|february|march|april|may|june|july|august|september|"
                         r"october|november|december))\b)|"
                         # registered before, in the passive ("Tom anmäldes redan i december", "Eva blev anmäld redan
                         # i mars", "Per har redan anmälts av sin chef", "Tom was already registered by HR")
                         r"(?=[^.;:!?]{0,50}?\b(?:redan|already|tidigare|sedan tidigare|earlier|previously)\b)"
                         r"(?:(?:ju|redan|already)\s+)?(?:anmaldes|registrerades|bokades|anmaltes|"
                         r"(?:blev|har blivit|hade blivit|har|hade)\s+(?:(?:ju|redan)\s+)?(?:anmald\w*|anmalts|"
                         r"registrerad\w*|registrerats|bokad\w*|bokats)|"
                         r"(?:was|were|had been|has been|have been)\s+(?:already\s+)?(?:registered|signed up|booked|"
                         r"enrolled))\b(?!\s+(?:till|for|to|pa)\s+(?!alla\b|samtliga\b|all\b|dalalab\b)))"))
#: Said of the name before it: the one who made the writer's signup ("Eva Ek anmälde mig i december", "Tom registered
#: me"), not one who signed up beside ("... anmälde mig och sig själv"); the writer is the one signed up.
_SIGNED_WRITER_UP = quick(re.compile(r"\s*(?:(?:har|hade)\s+)?(?:anmalde|anmalt|registrerade|registrerat|bokade|bokat)\s+"
                               r"(?:mig|oss)\b(?!\s+(?:och|o|samt)\s+sig\b)|"
                               r"\s*(?:has |had )?(?:registered|booked|signed) (?:me|us)\b(?! and)"))
#: The same said in the passive before the name ("Jag blev anmäld av min chef Tove Sand", "I was registered by Tom").
_SIGNED_UP_BY = re.compile(r"\b(?:jag|vi|i|we)\s+(?:blev|blivit|har blivit|anmaldes|was|were|got|have been|has been)\s+"
                           r"(?:(?:anmald|anmalda|registrerad|registrerade|registered|signed up|booked)\s+)?"
                           r"(?:(?:till|pa|for|to)\s+[^,.;:!?]{0,30}?)?(?:av|by)\s+(?:(?:min|mitt|var|my|our)\s+)?"
                           r"(?:\w+\s+)?$")
#: The same in a relative clause that closes its clause ("utöver Per Ek som redan är anmäld: ...", "besides Eva,
#: who is already registered, ...", in chat "som redan e anmäld 🚗"): named to set them apart; "Per, som redan är
#: anmäld, kan inte" is not this.
_ALREADY_IN_CLAUSE = re.compile(r"\s*,?\s*(?:som|who|that)\s+(?=[^:;.,]*\b(?:redan|already|sedan tidigare)\b)"
                                r"(?:(?:ju|redan|already|sedan tidigare)\s+)*(?:ar|e|is|har|has)\s+"
                                r"(?:(?:ju|redan|already|sedan tidigare|been|varit)\s+)*(?:anmald|registrerad|registered|signed up|"
                                r"booked|enrolled|anmalt sig|registrerat sig)\b(?:\s+(?:sedan tidigare|sedan innan|before|earlier))?\s*"
                                r"(?:[:;.)]|[^\w\s]*\s*$)")
#: Said of the names before it in a relative clause that ends the sentence: their signup was withdrawn before ("efter
#: Per Ek, som Eva Lind avanmälde i mars.", "Tom Berg, who was cancelled last month."); "Per, som avanmälde sig
#: tidigare, vill ändå komma" is not this.
_CANCELLED_CLAUSE = re.compile(r"\s*,?\s*(?:som|who|whom)\s+(?:[\w-]+\s+){0,3}?(?:avanmalde|avbokade|hade avanmalt|har avanmalt|"
                               r"(?:var|blev|har blivit) avanmald|cancelled|canceled|withdrew|had withdrawn|was withdrawn)\b"
                               r"(?:\s+(?:sig\s+)?(?:[\w-]+\s+){0,3}?(?:tidigare|innan|forut|i \w+|earlier|before|last \w+))?"
                               r"\s*(?:[:;.)]|$)")
#: Those said to be registered already, listed in brackets or after a colon that closes the clause ("Vi är redan tre
#: som är anmälda (jag, Eva Ek och Per Holm), så ...", "Redan anmälda: Eva Ek och Per Holm.", "we are already registered
#: (Tom Berg and I)."): named to tell the signups made before, not part of this request; "Vi som redan är anmälda (Eva
#: Ek, Per Holm) vill byta ..." is the request's subject.
_REGISTERED_WORD = (r"(?:anmald\w*|anmalt\w*|registrerad\w*|registrerat\w*|bokad\w*|registered|signed up|booked|"
                    r"enrolled)")
_ALREADY_LISTED_WORDS = (r"(?:\b(?:redan|already|sedan tidigare)\b[^.!?();:]{0,60}?\b" + _REGISTERED_WORD + r"|\b"
                         + _REGISTERED_WORD
                         + r"\s+(?:redan|already|sedan tidigare|sedan innan|since before|before|earlier)\b|"
                         # counted already, the quota's places taken ("vi är redan tre från Orsa (jag, …)", "we are
                         # already three (me, …)")
                         r"\b(?:redan|already)\s+(?:tva|tre|fyra|fem|two|three|four|five|[2-9])\b)"
                         # a few words before the list ("redan anmälda från oss är: ...", "already signed up from Orsa",
                         # "redan anmält tre från Falu kommun (…)")
                         r"(?:\s+[\w-]+){0,4}?")
_ALREADY_LISTED_OPEN = re.compile(_ALREADY_LISTED_WORDS
                                  + r"\s*(?P<open>[(:])\s*(?:(?:jag|i|me|mig)\s*(?:,|och|o|and|&)\s*)?$")
#: Something asked for the writer and those with them ("lägg till oss på 29/11", "could you add us to ...", "flytta
#: oss"): those listed as signed up already are the ones it is asked for (folded).
_US_ASKED = re.compile(r"\b(?:lagg(?:a)? till|flytta|byt(?:a)?|boka|skriv(?:a)? upp|satt(?:a)? upp|stryk(?:a)?|avanmal(?:a)?|"
                       r"ta bort|add|move|switch|book|put|sign|remove|take|register)\s+(?:in\s+)?(?:oss|us)\b")
_PRONOUN_ASKED = re.compile(r"\b(?:anmal(?:a)?|lagg(?:a)? till|boka|skriv(?:a)? upp|register|add|book|sign)\s+(?:in\s+|upp\s+)?"
                            r"(?:henne|honom|hen|her|him)\b")
_CLAUSE_CLOSED = r"(?:[.;:!?]|,?\s*(?:men|but)\b|,\s*(?:sa|och|dock|so|and|however)\b|$)"
_WRITER_LAST = r"(?:\s*(?:,|och|o|and|&)\s*(?:jag|i|me|mig)(?:\s+(?:sjalv|myself))?)?"
_ALREADY_LISTED_CLOSE = {"(": re.compile(_WRITER_LAST + r"\s*\)\s*" + _CLAUSE_CLOSED),
                         ":": re.compile(_WRITER_LAST + r"\s*[.;!?]?\s*$")}
#: The whole of such a list, the writer among them or not.
_ALREADY_LISTED = re.compile(_ALREADY_LISTED_WORDS
                             + r"\s*(?:\([^()]{0,200}\)(?=\s*" + _CLAUSE_CLOSED + r")|:[^.!?]{0,200})")
#: A signup said to stand as it is ("Kent och jag står kvar som förut", "min anmälan gäller som tidigare").
_STANDS_AS_BEFORE = re.compile(r"\b(?:star|ar|finns) (?:\w+ )?kvar\b|\bkvarstar\b|\bgaller (?:som )?(?:forut|fortfarande|"
                               r"som tidigare|som vanligt)\b|"
                               r"\b(?:stays?|remains?|stands?) (?:as (?:before|it is|planned)|unchanged)\b|"
                               # coming as before ("Selma och jag kommer som planerat", "we'll attend as planned")
                               r"\b(?:kommer|deltar|gar|ar med|fortsatter)\b[^.!?]{0,30}?\bsom "
                               r"(?:planerat|vanligt|tidigare|forut|bestamt|innan)\b|"
                               r"\b(?:come|attend|join|continue)\b[^.!?]{0,30}?\bas (?:planned|usual|before)\b")
_WRITER_IN = re.compile(r"\b(?:jag|mig|i|me)\b")
#: Another's signup the writer adds to ("som komplement till Eva Eks anmälan", "utöver Per Holms anmälan", "in addition
#: to Tom Berg's registration"): named as the signup made before, not part of this request.
_BESIDES = re.compile(r"\b(?:som (?:ett )?komplement till|utover|forutom|i tillagg till|besides|in addition to|on top of)\s+"
                      r"(?:(?:min|var|my|our) (?:kollega|kollegan|colleague)\s+)?$")
#: Someone only sent a copy of the message ("Per Ek (per.ek@…) står i kopia", "I've copied Eva Lind", "cc: Tom Berg").
_COPIED_AFTER = quick(re.compile(r"\s*(?:\([^()]{0,60}\)\s*|,\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*,\s*|"
                           # a relative clause between ("Per Ek, som anmälde oss, står på kopia", "Tom, who ..., is in cc")
                           r",\s*(?:som|who)\s[^,.;:!?()]{0,60},\s*)?(?:(?:star|ar|finns|sitter|satts|gar|ligger) (?:\w+ )?(?:med )?)?"
                           r"(?:i|pa) kopia\b|\s*(?:\([^()]{0,60}\)\s*)?(?:is|are) (?:\w+ )?(?:in )?(?:cc|copied)\b"))
#: ... and said in the same breath to take part too ("Per Ek står på kopia och vill också komma"): folded.
_COPIED_AND_COMING = re.compile(r"\s*,?\s*(?:och|and|men|but)\s+(?:(?:han|hon|hen|he|she)\s+)?(?:vill|ska|skall|kommer|"
                                r"deltar|will|wants?|would)\b[^.;!?]{0,30}?\b(?:komma|kommer|delta|deltar|med|anmal\w*|"
                                r"come|attend|join|register)\b")
_COPIED_BEFORE = re.compile(r"\b(?:kopia till|kopia:|cc:?|cc till|copying|copied|copy to|cc'?d)\s*(?:[\w-]+\s+){0,2}$")
_SIGNUP_AFTER = quick(re.compile(r"(?:'?s)?\s*(?:\([^()]{0,40}\)\s*)?(?:anmalan|registrering|bokning|registration|booking|signup|sign-up)\b"))
#: A relative clause saying the one named signed up before ("utöver Per Ek, som redan har anmält sig, ...", "besides
#: Eva, who registered last week, ...").
_SIGNED_UP_CLAUSE = re.compile(r"\s*,?\s*(?:som|who)\s+(?:\w+\s+){0,3}?(?:anmald|anmalt sig|anmalde sig|registrerad|"
                               r"registrerat sig|registrerade sig|registered|signed up|booked)\b")
#: Those listed between "have already" and the word of being registered ("vi har redan Eva Ek och Per Holm anmälda",
#: "we already have Tom Berg registered"): signed up before, not part of this request.
_HAVE_ALREADY = re.compile(r"\b(?:(?:har|hade|have|had)\s+(?:ju\s+)?(?:redan|already)|already\s+(?:have|had))\s+$")
_REGISTERED_AFTER = re.compile(r"\s*(?:anmald\w*|anmalt\w*|registrerad\w*|bokad\w*|registered|signed up|booked|"
                               r"enrolled)\b")
#: The one said to have got our confirmation, right after the name ("Per Ek fick er bekräftelse", "Eva visade
#: bekräftelsen hon fick", "Tom Berg received your confirmation"): signed up before; not "fick ingen bekräftelse".
_CONFIRMED_BEFORE = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:har |hade |has |had )?(?:fick|fatt|visade|vidarebefordrade|"
                               r"got|received|showed|forwarded)\s+(?!(?:ingen|inte|ej|no|not|never)\b)"
                               r"(?:[\w-]+\s+){0,2}?(?:bekraftelse\w*|confirmation)\b")
#: A quick test of an unfolded sentence that must pass before its names are read for the above.
_STAYING_AWAY_HINT = re.compile(r"\b(?:inte|ej|not|cannot|won't|can't|unable)\b|n't|sj[aä]lv|separat|sel(?:f|ves)\b|"
                                r"bekr[aä]ftelse|confirmation|"
                                r"\bown\b|kopia|\bcc\b|cc'?d\b|\bcop(?:y|ied)\b|komplement|ut[oö]ver|f[oö]rutom|till[aä]gg|besides|addition|on top of|"
                                r"tog [oö]ver|took over|eftertr[aä]dde|succeeded|\bredan\b|\balready\b|"
                                r"\b(?:anm[aä]lde|registrerade|bokade|anm[aä]lt|registrerat) (?:sig|mig|oss)\b|"
                                r"\b(?:signed up|registered)\b|"
                                r"kanske|troligen|troligtvis|f[oö]rmodligen|antagligen|eventuellt|\bev\b|m[oö]jligen|"
                                r"\bmaybe\b|\bprobably\b|\bpossibly\b|\bperhaps\b|\bm(?:ay|ight) (?:\w+ )?(?:come|join|attend)\b|"
                                + _SPOKEN_OF_HINT.pattern)
#: The one whose place the writer took before ("Jag tog över Johan Wikströms plats", "I took over from Per Ek"):
#: history, when the writer says they are registered now.
_PREDECESSOR = re.compile(r"\b(?:jag|i)\s+(?:\w+\s+)?(?:tog over(?: efter)?|eftertradde|took over(?: from)?|succeeded)\s+$")
_HOLDS_NOW = re.compile(r"\b(?:(?:jag|i) (?:ar|e|star)(?: \w+)? (?:anmald|registrerad|som anmald)|(?:ar|e|star) (?:redan )?anmald|"
                        r"i(?:'m| am) (?:\w+ )?(?:registered|signed up|booked))\b")


#: The writer taking the place of one who is away ("jag har tagit över hennes uppdrag och tar gärna hennes plats", "I'd
#: be happy to take his place"): the writer takes part, the other does not.
_SELF_TAKES_PLACE = re.compile(r"\b(?:jag|i|i'd|i'll)\b[^.!?]{0,60}?\b(?:tar|ta|take|taking|gar i|ga i|go in|kommer i)\s+"
                               r"(?:(?:garna|over|gladly)\s+)?(?:hans|hennes|hens|his|her|their|deras|[\w-]+s|[\w-]+'s)\s+"
                               r"(?:plats|stalle|place|spot|seat)\b")


def _after_told(sentence: str, away: list[NameHit], clause_end: dict[NameHit, int]) -> str:
    """The rest of a sentence after the clauses saying its names signed up before, when each says so in its own
    clause ("eva ek anmälde sig i januari| och nu vill jag också anmäla mig"); "" otherwise."""
    if not away or any(h not in clause_end for h in away):
        return ""
    rest = sentence[max(clause_end[h] for h in away):]
    # only a clause of its own ("… i januari och nu vill jag", "…; själv vill jag"), not the same clause going on
    return rest if re.match(r"\s*(?:\w+\s*){0,4}?(?:[,;:]|\b(?:och|men|and|but)\b)", rest) else ""


def _written_end(folded_sentence: str, hit: NameHit) -> int:
    """Where a hit's name ends in its (folded) sentence: a name written by its given name alone ("Eva anmäler sig
    själv", read as Eva Holm named before) ends after the given name. (The spans of the groups below are read as
    the whole name long, which the readings of a given name alone were tuned to.)"""
    name = fold(hit.name)
    if folded_sentence.startswith(name, hit.start) or " " not in name:
        return hit.start + len(name)
    given = name.split()[0]
    return hit.start + len(given) if folded_sentence.startswith(given, hit.start) else hit.start + len(name)


def _signs_up_alone_next(folded: _Folded, h: NameHit) -> bool:
    """Whether the sentence after a name's tells, by the given name, that they sign up on their own ("... jag och Tove
    Sand. Tove anmäler sig själv, men ...")."""
    if h.sentence < 0 or h.sentence + 1 >= len(folded._sentences):
        return False
    given, said = fold(h.name.split()[0]), folded[h.sentence + 1]
    at = said.find(given + " ")
    return (at >= 0 and (at == 0 or not said[at - 1].isalnum()) and not _WRITER_IN.search(said[:at])
            and _OWN_SIGNUP.match(said, at + len(given) + 1) is not None)


def _staying_away(hits: list[NameHit], folded: _Folded, spoken_of: set[int]) -> list[NameHit]:
    """The hits less those named only to say they are not part of this message: who signs up on their own
    ("han anmäler sig själv separat"), and, when someone else signs up and nobody is taken off or replaced, who
    stays away ("Per Ek kan tyvärr inte vara med") or is named only in a sentence saying they were registered or
    are away (``spoken_of``)."""
    if not any(_STAYING_AWAY_HINT.search(folded.lower(i)) for h in hits if h.sentence >= 0
               for i in range(h.sentence, min(h.sentence + 2, len(folded._sentences)))):
        return hits
    own, away = [], []
    clause_end: dict[NameHit, int] = {}
    # something asked for "us" ("lägg till oss på 22/2"): those told as signed up already are the ones it is for
    us_asked = any(_US_ASKED.search(folded[i]) for i in range(len(folded._sentences)))
    # the same asked for the one named by a pronoun, no one else named ("Tove Sand anmälde sig i januari men har inte
    # fått någon bekräftelse. Anmäl henne och mig ...")
    us_asked = us_asked or (len({h.name for h in hits}) == 1
                            and any(_PRONOUN_ASKED.search(folded[i]) for i in range(len(folded._sentences))))
    removing: bool | None = None
    writer_signed = False
    for h in hits:
        if h.sentence < 0:
            continue
        f = folded[h.sentence]
        spans = sorted((o.start, o.start + len(o.name)) for o in hits if o.sentence == h.sentence and o.start >= 0)
        start, end = h.start, h.start + len(h.name)
        # the group of names sharing the predicate, and the text after and before it
        k = spans.index((start, end)) if (start, end) in spans else -1
        first, last = k, k
        while first > 0 and _JOINED.fullmatch(f[spans[first - 1][1]:spans[first][0]]):
            first -= 1
        while 0 <= last < len(spans) - 1 and _JOINED.fullmatch(f[spans[last][1]:spans[last + 1][0]]):
            last += 1
        g_start, g_end = (spans[first][0], spans[last][1]) if k >= 0 else (start, end)
        after = f[g_end:spans[last + 1][0] if 0 <= last < len(spans) - 1 else len(f)]
        before = f[spans[first - 1][1] if first > 0 else 0:g_start]
        group = f[g_start:g_end]
        # (what follows a name written by its given name alone: "Eva anmäler sig själv", Eva Holm named before)
        own_after = after if _written_end(f, h) == end else f[_written_end(f, h):]
        own_signup = _OWN_SIGNUP.search(own_after)
        if own_signup and not _NEGATED.search(own_after[:own_signup.start()]):
            own.append(h)
            continue
        if _UNDECIDED_OTHER.search(re.split(r"[.;!?]", after)[0]) and (first == last or not _UNDECIDED_ONE.search(after)):
            own.append(h)       # "Anders Holm vill också komma men han har inte bestämt sig": not to be booked yet
            continue
        if _MAYBE_COMING_AFTER.search(re.split(r"[.;!?]", after)[0]) or _MAYBE_COMING_BEFORE.search(
                re.split(r"[.;!?:]", before)[-1]):
            own.append(h)       # "Per Ek kommer kanske också", "eventuellt Per Ek": not to be booked yet
            continue
        copied = _COPIED_AFTER.match(f, g_end)
        if ((copied and not _COPIED_AND_COMING.match(f, copied.end()))  # (not "står på kopia och vill också komma")
                or (_COPIED_BEFORE.search(before) and not _TAKING_PART.search(after))):
            own.append(h)       # sent a copy only: not part of this request
            continue
        if _BESIDES.search(before) and (_SIGNUP_AFTER.match(f, g_end) or _SIGNED_UP_CLAUSE.match(f, g_end)):
            own.append(h)       # the signup made before that the writer adds to: not part of this request
            continue
        if _PREDECESSOR.search(before) and any(_HOLDS_NOW.search(s) for s in folded):
            own.append(h)       # the predecessor whose place the writer holds now: not part of this request
            continue
        if _WRITER_IN.search(group) or re.search(r"\b(?:jag|i)\s+(?:och|o|and|&)\s+$", before):
            if _signs_up_alone_next(folded, h):
                away.append(h)  # "Vi är två: jag och Tove Sand. Tove anmäler sig själv, men ...": on her own
            continue
        if (((_ALREADY_IN.match(after) or _ALREADY_IN_CLAUSE.match(after)) and not us_asked)  # "Per Ek och jag är redan anmälda", "Per har ju avanmält sig": done before
                or _CANCELLED_CLAUSE.match(f, g_end)):     # "efter Per Ek, som Eva Lind avanmälde tidigare."
            away.append(h)
            told = _ALREADY_IN.match(after)
            if told is not None:    # where the clause saying so ends ("Eva anmälde sig i januari| och nu vill jag …")
                clause_end[h] = g_end + told.end()
            continue
        if (_SIGNED_WRITER_UP.match(after) or _SIGNED_UP_BY.search(before)) and first == last:
            away.append(h)      # "Eva Ek anmälde mig i december": who made the writer's signup, the writer's own
            writer_signed = True
            continue
        if ((_HAVE_ALREADY.search(before) and _REGISTERED_AFTER.match(after))     # "vi har redan Eva Ek anmäld"
                or _CONFIRMED_BEFORE.match(after)):        # "Per Ek fick er bekräftelse": signed up before
            away.append(h)
            continue
        listed = _ALREADY_LISTED_OPEN.search(before) if "(" in before or ":" in before else None
        if (listed is not None and _ALREADY_LISTED_CLOSE[listed.group("open")].match(after)
                and not us_asked):
            away.append(h)      # "Vi är redan tre som är anmälda (jag, Eva Ek och Per Holm), så ...": done before
            continue            # (not when something is asked for them all: "..., lägg till oss på 29/11")
        declined = _DECLINES_AFTER.match(after)
        rest = after[declined.end():] if declined else ""
        if declined is None:
            inverted = _DECLINE_BEFORE.search(before)
            verb = _DECLINE_VERB.match(after) if inverted and inverted.group("modal") else None
            if inverted and (verb or not inverted.group("modal")):
                declined, rest = inverted, after[verb.end():] if verb else after
        if declined is None:
            tail = _CLAUSE_OPEN.split(before)[-1].rstrip()
            read = tail + " " + after.lstrip()
            spanned = next((m for m in _DECLINES_SPANNED.finditer(read) if m.start() < len(tail) < m.end()), None)
            if spanned is not None:
                declined, rest = spanned, read[spanned.end():]
        if declined is None and h.sentence not in spoken_of:
            # told in the next sentence by the given name ("Planchefen Per Ek bad mig gå. Per själv kommer inte.")
            given = fold(h.name.split()[0])
            already = False
            for j in range(h.sentence, min(h.sentence + 2, len(folded._sentences))):
                said = folded[j]
                at = said.find(given + " ", g_end if j == h.sentence else 0)
                if at < 0 or (at > 0 and said[at - 1].isalnum()):
                    continue
                # "... min kollega Eva Ek tipsade mig. Eva är redan anmäld.": her signup was made before; "Eva
                # anmäler sig själv": she signs up on her own
                already = ((_ALREADY_IN.match(said, at + len(given)) is not None
                            or (j > h.sentence and _OWN_SIGNUP.match(said, at + len(given) + 1) is not None))
                           and not _WRITER_IN.search(said[:at]))
                declined = _DECLINES_AFTER.match(said, at + len(given))
                if declined is not None or already:
                    rest = said[declined.end():] if declined is not None else ""
                    break
            if already:
                away.append(h)
                continue
        if (h.sentence not in spoken_of
                and (declined is None or (_PARTIAL.search(re.split(r";|\bmen\b|\bbut\b", rest)[0])
                                          and "pension" not in declined.group(0)))):     # retiring "i juni" is for good
            continue
        if removing is None:
            removing = any(_REMOVES.search(s) for s in folded)
        if removing:
            continue
        away.append(h)
    left = [h for h in hits if h not in own and h not in away]
    if away and not left and not writer_signed:
        # a sentence saying whose signup stands as before ("Kent och jag står kvar som förut") is no one taking part
        others = " ".join(_ADDRESSED.sub(" ", s[:min((h.start for h in away if h.sentence == i), default=len(s))]
                                         + " " + _after_told(s, [h for h in away if h.sentence == i], clause_end))
                          for i, s in enumerate(folded)
                          # (nor the writer's own coming as planned: "Själv är jag med som planerat", "själv är jag med")
                          if not _STANDS_AS_BEFORE.search(s) and not _SELF_AS_PLANNED.search(s))
        if _REPORTED_HINT.search(others):
            others = _REPORTED.sub(" ", others)     # "jag anmälde mig och Kent Blom i december": done before
        if not (_SELF_IN.search(others) or _SELF_ALONG.search(others) or _SELF_TAKES_PLACE.search(others)):
            away = []
    return [h for h in hits if h not in own and h not in away]


#: The one a request is made for by their commission ("På uppdrag av förvaltningschef Per Ek anmäls följande: ...",
#: "on behalf of our director Tom Berg, I register ..."), written right before the name.
_COMMISSIONED_BY = re.compile(r"\b(?:pa uppdrag av|pa begaran av|enligt beslut av|on behalf of|at the request of|"
                              r"on the instructions of)\s+(?:[\w-]+\s+){0,3}$")
#: ... or written in the genitive before "vägnar" or "räkning" ("Jag skriver å Eva Eks vägnar. Per Holm och Tom Berg
#: ...", "on Tom Berg's behalf"), right after the name.
_BEHALF_OWNED = re.compile(r"(?:'?s)?\s+(?:vagnar|rakning|behalf)\b")
#: The one who asks that someone else be signed up, right after the name ("Per Ek önskar att hon anmäls", "Eva Lind har
#: bett mig anmäla honom", "Tom Berg asked me to register her").
_ASKS_FOR_ANOTHER = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:onskar|vill|har bett|hade bett|bad|ber|har gett mig i uppdrag|"
                               r"wants|would like|has asked|asked|asks)\s+(?:(?:mig|oss|me|us)\s+)?(?:att\s+|to\s+)?"
                               r"(?:(?:du|ni|you)\s+)?(?:(?:anmala|registrera|boka|register|sign up|book|enrol)\s+)?"
                               r"(?:hon|han|hen|de|dem|henne|honom|she|he|they|her|him|them)\b")
#: The one commissioning the request spoken of as a participant after all ("... anmäler jag honom", "register him").
_PRINCIPAL_IN = re.compile(r"\b(?:honom|henne|him|her|han|hon|he|she)\b")
#: The one who told the writer to sign up, right after the name ("Min chef Eva Lind bad mig anmäla mig", "Tom Berg
#: asked me to register", "Per Ek vill att jag deltar"): the writer takes part, not they.
_ASKS_WRITER = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:har |hade |has |had )?(?:bett|bad|ber|uppmanat|uppmanade|tipsat|"
                          r"tipsade|foreslog|foreslagit|rekommenderade|asked|asks|told|tells|encouraged|suggested|"
                          r"recommended|wants|wanted|vill|ville|onskar|would like)\s+"
                          r"(?:mig (?:om )?(?:att )?|me (?:to )?|(?:om )?att jag (?:ska |skulle |kan |kunde |borde )?|"
                          r"(?:that )?i (?:should |could )?)(?:garna )?"
                          r"(?:anmala mig|anmaler mig|registrera mig|registrerar mig|anmala|sign up|register|attend|join|"
                          r"delta|deltar|ga (?:pa|med)|gar (?:pa|med)|komma|kommer|apply|"
                          r"ta (?:hans|hennes|hens|\w+s) plats|take (?:his|her|their|\w+'s) (?:place|spot|seat))\b"
                          r"(?!\s+(?:henne|honom|hen|dem|oss|her|him|them|us)\b)")
#: The one who told the writer of the event, right after the name ("Per Ek tipsade mig om DalaLab", "Eva Lind
#: berättade om träffarna för oss", "Your colleague Tom Berg told me about it"): no part of the request.
_TOLD_WRITER = quick(re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:har |hade |has |had )?(?:(?:tipsade|tipsat|berattade|berattat|told|tipped)"
                          r"\s+(?:(?:mig|oss|me|us)\s+)?|(?:namnde|namnt|mentioned|recommended|informed)\s+(?:mig|oss|me|us)\s+)"
                          r"(?:om|about|of)\b"))
#: ... or passed the invitation on to the writer, where they work perhaps between ("Magnus at Region Dalarna forwarded
#: your invitation to me", "Tommy Eriksson in Malung-Sälen sent me this invitation", "Per Ek på Mora kommun skickade
#: inbjudan vidare till mig"): folded text right after the name.
_PASSED_ON = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:(?:at|in|from|pa|i|fran|hos)\s+[\w -]{1,30}?\s+)?(?:har |hade |has |had )?"
                        r"(?:forwarded|sent|passed on|shared|vidarebefordrade|vidarebefordrat|skickade|skickat|delade|delat)"
                        r"\s+(?:\w+\s+){0,2}?(?:invitation|invite|inbjudan|inbjudningen|mejlet|mailet|email|e-mail|lanken|"
                        r"link|this|it)\b")


def passed_it_on(folded_sentence: str, given: str) -> bool:
    """Whether a (folded) sentence names the one of the given name (folded, lower case) as who told the writer of the
    event or passed the invitation on ("Magnus at Region Dalarna forwarded your invitation to me")."""
    for m in re.finditer(rf"\b{re.escape(given)}(\s+[^\W\d_][\w-]*)?", folded_sentence):
        for end in {m.end(), m.start(1) if m.group(1) else m.end()}:     # with the surname and without
            if _PASSED_ON.match(folded_sentence, end) or _TOLD_WRITER.match(folded_sentence, end):
                return True
    return False


#: ... or written after the words of hearing of it ("fick tips om DalaLab av Per Ek", "hörde talas om det från min kollega
#: Eva Lind", "I heard about it from Tom Berg") or being sent it ("fick länken av Eva Lind").
_TOLD_BY = re.compile(r"\b(?:tips|tipset|tipsad|talas|horde|hort|heard|learned|learnt|fick veta|fick hora|"
                      # ... or of being sent it ("fick länken av min kollega Eva Lind", "got the invitation from Tom")
                      r"(?:fick|fatt|got|received) (?:\w+ ){0,2}?(?:lanken|lank|inbjudan|inbjudningen|mejlet|mailet|infon|"
                      r"informationen|link|invitation|email|info))\b[^.!?]{0,40}?"
                      r"\b(?:av|fran|from|through|via|genom)\s+(?:(?:min|var|er|din|my|our|your)\s+)?"
                      r"(?:kollega|kollegan|chef|chefen|colleague|manager|boss)?\s*$")


#: The one who knows of or approves the writer's going, right after the name, their clause saying nothing else
#: ("Min chef Per Ek är informerad och godkänner", "Eva Lind har godkänt resan", "my manager Tom Berg is aware and has
#: approved it"): no part of the request (folded text, up to the clause's end).
_APPROVES = quick(re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:(?:ar|e|is|has been|har blivit|blev)\s+(?:\w+\s+)?(?:informerad|"
                       r"underrattad|medveten|informed|aware|notified)|(?:har\s+|hade\s+|has\s+|had\s+)?(?:godkant|"
                       r"godkanner|godkande|beviljat|beviljar|sagt ja|approved|approves|signed off|okayed))\b"))
#: ... or, named as the writer's manager, as the one who said no to it ("chefen (Eva Lind) sa nej", "min chef Per Ek
#: nekade", "my manager Tom Berg said no"): the manager who refused, no part of the request either.
_MANAGER_BEFORE = re.compile(r"\b(?:chef(?:en)?|narmaste chef|enhetschef(?:en)?|avdelningschef(?:en)?|manager|boss)"
                             r"\s*[(,]?\s*$")
_REFUSES = quick(re.compile(r"\s*\)?\s*,?\s*(?:har |hade |has |had )?(?:sa nej|sagt nej|nekade|nekat|avslog|avslagit|"
                      r"said no|refused|turned (?:it|me) down)\b"))
_CLAUSE_REST = re.compile(r"[^.!?;,]*")
_TAKES_PART_TOO = re.compile(r"\b(?:vill|ska|skall|kommer|deltar|gar|ocksa|aven|anmal\w*|will|wants?|attend\w*|join\w*|"
                             r"come|comes|also|too)\b")


def _approver(h: NameHit, folded: _Folded) -> bool:
    """Whether the person at ``h`` is named only as one who knows of or approves the writer's going."""
    if h.sentence < 0 or h.start < 0:
        return False
    f = folded[h.sentence]
    end = h.start + len(h.name)
    if _REFUSES.match(f, end) and _MANAGER_BEFORE.search(f, max(0, h.start - 30), h.start):
        return True     # "chefen (Eva Lind) sa nej": the manager who refused the writer's going
    if not _APPROVES.match(f, end):
        return False
    rest = _CLAUSE_REST.match(f, end)
    return rest is not None and not _TAKES_PART_TOO.search(rest.group(0))


#: One who only comes along to help the writer, named right after the role ("min personliga assistent, Eva Ek,", "min
#: ledsagare Per Holm", "my personal assistant Tom Berg"): no participant of their own; whether they need a place is
#: for the organiser to say (a plain "assistent" is a job title, a colleague who may well take part).
_COMPANION_BEFORE = re.compile(r"\b(?:personlig|personliga|personlige)\s+assistent(?:en)?|\bledsagare(?:n)?|"
                               r"\bteckenspr[aå]kstolk(?:en)?|\btolk(?:en)?|\bpersonal assistant|\bsupport worker|"
                               r"\binterpreter|\bcarer|\bescort")
_COMPANION_JOIN = re.compile(r"\s*[,(:]?\s*(?:(?:som )?heter\s+)?$", re.IGNORECASE)


def companion(sentence: str, hit: NameHit) -> bool:
    """Whether the name at ``hit`` (in its sentence as written) is one the writer has along as a personal assistant,
    a companion or an interpreter, named right after the role."""
    if hit.start < 0:
        return False
    before = sentence[max(0, hit.start - 40):hit.start]
    role = None
    for role in _COMPANION_BEFORE.finditer(before.lower()):
        pass
    return role is not None and _COMPANION_JOIN.fullmatch(before[role.end():]) is not None


def _informant(h: NameHit, folded: _Folded) -> bool:
    """Whether the person at ``h`` is named only as the one who told the writer of the event, or as one who knows of
    or approves the writer's going."""
    if h.sentence < 0 or h.start < 0:
        return False
    f = folded[h.sentence]
    told = (_TOLD_WRITER.match(f, h.start + len(h.name)) or _PASSED_ON.match(f, h.start + len(h.name))
            or _TOLD_BY.search(f, max(0, h.start - 80), h.start))
    return bool(told and not _told_and_joins(f[told.end():], h, folded)) or _approver(h, folded)


#: The one who told the writer of it said to take part too, in the rest of the sentence or the next ("... tipsade om
#: träffarna och hon vill också vara med", "Hon vill också gå"; not "men han hinner inte själv"), or the writer
#: counting two ("anmäl oss båda"): folded.
_JOINS_TOO = re.compile(r"\b(?:hon|han|hen|she|he)\b(?![^.!?;]*\b(?:inte|ej|not|cannot|can'?t|won'?t)\b)[^.!?;]*?"
                        r"\b(?:vill|ska|skall|kommer|deltar|gar|ocksa|aven|wants?|will|also|too)\b")
_BOTH_OF_US = re.compile(r"\b(?:oss|us) (?:bada|bagge|tva|both|two)\b|\bboth of us\b")


def joins_too(texts: list[str]) -> bool:
    """Whether folded texts around one named as who told the writer of the event say they take part too
    (``_JOINS_TOO``, ``_BOTH_OF_US``)."""
    return any(_JOINS_TOO.search(t) or _BOTH_OF_US.search(t) for t in texts)


def _told_and_joins(rest: str, h: NameHit, folded: _Folded) -> bool:
    """Whether one named as who told the writer of the event is said to take part too, in the rest of the sentence
    or the next."""
    after = [folded[h.sentence + 1]] if h.sentence + 1 < len(folded._sentences) else []
    return joins_too([rest, *after])


#: The one who made a signup spoken of, in a clause about the one signed up ("Per Ek, som Eva Lind anmälde i mars,
#: ...", "anmäld av Eva Lind", "Tom, whom Sara Holm registered"): no part of the request.
_REGISTRAR_BEFORE = re.compile(r"\b(?:som|who|whom|that)\s+$")
_REGISTERED_BY = re.compile(r"\b(?:anmald|anmalt|anmalda|anmaldes|registrerad|registrerades|bokad|bokades|registered|signed up|"
                            r"booked|enrolled) (?:\w+ )?(?:av|by)\s+$")
_REGISTRAR_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:anmalde|hade anmalt|har anmalt|registrerade|bokade|registered|signed up|"
                              r"had registered|has registered|had signed up|booked|enrolled|"
                              # ... or took off ("Per Ek, som Eva Lind avanmälde i mars")
                              r"avanmalde|hade avanmalt|har avanmalt|avbokade|cancelled|canceled|withdrew|had withdrawn)\b")


def _without_principals(hits: list[NameHit], folded: _Folded, named: list[NameHit] | None = None) -> list[NameHit]:
    """The hits less who the request is made for by their commission or asks that others be signed up (a manager, a
    chair), when others are named as the ones it is about: "På uppdrag av samhällsbyggnadschef Per Ek anmäls följande:
    Eva Lind, ..." is about Eva; "på uppdrag av Per Ek anmäler jag honom" is about Per, and so is one listed among
    the others as well ("På uppdrag av Per Ek anmäler jag: Per Ek, Eva Lind"); ``named`` are all the hits, with the
    repeats."""
    hits = [h for h in hits if h.sentence < 0 or h.start < 0 or not (
        _ASKS_WRITER.match(folded[h.sentence], h.start + len(h.name))
        or (_REGISTRAR_BEFORE.search(folded[h.sentence], 0, h.start)
            and _REGISTRAR_AFTER.match(folded[h.sentence], h.start + len(h.name)))
        or _REGISTERED_BY.search(folded[h.sentence], max(0, h.start - 40), h.start))]
    if len(hits) < 2:
        return hits
    principals = []
    for h in hits:
        if h.sentence < 0 or h.start < 0:
            continue
        f = folded[h.sentence]
        end = h.start + len(h.name)
        listed_too = any(g.sentence >= 0 and g.sentence != h.sentence and name_key(g.name) == name_key(h.name)
                         for g in named or ())
        if ((_COMMISSIONED_BY.search(f, 0, h.start) and not _PRINCIPAL_IN.search(f, end))
                or _ASKS_FOR_ANOTHER.match(f, end) or _BEHALF_OWNED.match(f, end)) and not listed_too:
            principals.append(h)
    return [h for h in hits if h not in principals] if principals and len(principals) < len(hits) else hits


#: A new name given between the old and the new ("Linda Persson har gift sig och heter nu Linda Ek", "Per Holm har
#: bytt namn till Per Lind", "Anna Berg has changed her name to Anna Ek", "Maria Lund is now called Maria Nord").
_RENAMED_BETWEEN = re.compile(r"\b(?:heter (?:\w+ ){0,2}?(?:nu|numera|sedan \w+(?: \w+)?|since \w+)|"
                              r"(?:har |hade )?bytt (?:efter|sur)?namn till|tagit (?:efter)?namnet|"
                              r"(?:has |had )?changed (?:his|her|their) (?:sur)?name to|is now called|now goes by|"
                              r"(?:is|goes) now by|"
                              # ... or the name given wrongly before, then the right one ("jag anmälde honom som Jon
                              # Ek, men han heter Jonas Ek", "but her name is Ann Lind")
                              r"\bmen (?:han|hon|hen) heter(?: egentligen| i sjalva verket)?|"
                              r"\bbut (?:his|her|their) (?:real |actual )?name is|\bbut (?:he|she|they) (?:is|are) "
                              r"(?:actually )?called)\s+(?:[\w-]+\s+){0,1}$")
#: The old name in brackets after the new ("Sara Holm (tidigare Sara Lind)", "Eva Ek (f.d. Berg)", "née").
_FORMERLY_BEFORE = re.compile(r"\(\s*(?:tidigare|fd|f\.d\.|f d|fodd|formerly|former|nee|born)\s+$")


_RENAMING = quick(re.compile(r"\bheter (?:\w+ ){0,2}?(?:nu|numera|sedan \w+)\b|\bbytt (?:efter|sur)?namn\b|"
                       r"\btagit (?:efter)?namnet\b|\bchanged (?:his|her|their|my) (?:sur)?name\b|"
                       r"\b(?:is|am) now called\b|\(\s*(?:tidigare|fd|f\.d\.|formerly|nee) "))
_OWN_RENAMING = re.compile(r"\b(?:jag|i)\b(?: [\w-]+){0,5}? (?:heter|har bytt|bytte|changed my|am now called)\b")


def renamed_another(folded_own: str) -> bool:
    """Whether the message tells another's new name ("Linda Persson har gift sig och heter nu Linda Ek", "Per Holm
    har bytt namn till Per Lind", "Anna Berg has changed her name to Anna Ek"), not the writer's own."""
    return bool(_RENAMING.search(folded_own)) and not _OWN_RENAMING.search(folded_own)


def _without_old_names(hits: list[NameHit], folded: _Folded) -> list[NameHit]:
    """The hits less a name said to be someone's old one, beside the new one in the same sentence."""
    old: list[NameHit] = []
    for h in hits:
        if h.sentence < 0 or h.start < 0:
            continue
        f = folded[h.sentence]
        end = h.start + len(h.name)
        for g in hits:
            if g is h or g.sentence != h.sentence or g.start < 0:
                continue
            if g.start >= end and g.start - end <= 80 and _RENAMED_BETWEEN.search(f[end:g.start]):
                old.append(h)       # "Linda Persson … heter nu Linda Ek": the old name before the new
            elif (g.start + len(g.name) <= h.start <= g.start + len(g.name) + 20
                  and _FORMERLY_BEFORE.search(f[:h.start])):
                old.append(h)       # "Sara Holm (tidigare Sara Lind)": the old name after the new
    return [h for h in hits if h not in old] if old and len(old) < len(hits) else hits


def _short_and_full(a: NameHit, b: NameHit) -> bool:
    """Whether two hits are one person under a short and a full given name, one of them without an address ("Kalle
    Nyström" in the text, "Karl Nyström" from karl.nystrom@…): the same surname, and the given names a short form's."""
    if a.email and b.email:
        return False
    ka, kb = name_key(a.name), name_key(b.name)
    return (len(ka) >= 2 and len(kb) >= 2 and ka[1:] == kb[1:] and ka[0] != kb[0]
            and (ka[0] in _NICKNAMES.get(kb[0], ()) or kb[0] in _NICKNAMES.get(ka[0], ())))


def _dedupe(hits: list[NameHit]) -> list[NameHit]:
    out: list[NameHit] = []
    for hit in hits:
        same = next((j for j, o in enumerate(out) if name_key(o.name) == name_key(hit.name)
                     or (hit.email and o.email == hit.email) or _short_and_full(o, hit)), None)
        if same is None:
            out.append(hit)
        elif hit.email and (not out[same].email or (
                # an address made of the name after one that is not ("fel adress (rebeca.holm@…). Rätt är rebecka.holm@…")
                matches_address(out[same].name, hit.email) and not matches_address(out[same].name, out[same].email))):
            out[same] = NameHit(out[same].name, hit.email, out[same].sentence, out[same].start)
    return out


#: A signup the writer tells was made before (in the past tense), to the end of its sentence.
_REPORTED_HINT = re.compile(r"\b(?:anmalde|registrerade|registered|signed up)\b")
_REPORTED = re.compile(r"\b(?:vi|jag|we|i)\s+(?:\w+\s+)?(?:anmalde|hade anmalt|registrerade|had registered|registered|"
                       r"signed up|had signed up)\b[^.!?]*|"
                       # without the pronoun, at the start of a sentence ("Hej igen! Anmälde mig själv förra veckan.")
                       r"(?:^|[.!?]\s*)(?:anmalde|registrerade) (?:mig|oss)\b[^.!?]*")
#: The writer's own cancellation made before, to the end of its clause ("Vi avanmälde oss i januari, men nu ...", "I
#: januari avbokade vi oss", "we withdrew in January, but"): "oss"/"mig" there take no part now.
_CANCELLED_HINT = re.compile(r"\b(?:avanmalde|avbokade|avregistrerade|hade (?:\w+ )?(?:avanmalt|avbokat)|"
                             r"withdrew|cancelled|canceled)\b")
_CANCELLED_BEFORE = re.compile(r"(?:\b(?:vi|jag|we|i)\s+(?:\w+\s+)?(?:avanmalde|avbokade|avregistrerade|"
                               r"hade (?:\w+ )?(?:avanmalt|avbokat)|withdrew|cancelled|canceled)|"
                               r"\b(?:avanmalde|avbokade|avregistrerade) (?:vi|jag))\b"
                               r"(?:(?!\b(?:men|but|och nu|and now)\b)[^.!?,;:])*")


#: The writer getting in touch later ("hör jag av mig igen", "vi hör av oss"): "mig"/"oss" there take no part.
_IN_TOUCH = re.compile(r"\bhor (?:jag |vi )?(?:\w+ )?av (?:mig|oss)\b")
#: A colleague told by whom they work with ("han jobbar med mig på Gagnefs kommun", "she works with me", "works for
#: me"): folded.
_WORKS_WITH = re.compile(r"\b(?:jobbar|arbetar|sitter|works?|working)\s+(?:\w+\s+)?(?:med|ihop med|tillsammans med|with|"
                         r"for|under)\s+(?:mig|oss|me|us)\b")
#: The writer staying away while others go, in words the above miss: "själv" after the verb ("jag har själv tyvärr
#: inte möjlighet"), declining ("jag själv avstår", "själv tackar jag nej", "I'll pass myself").
_SELF_DECLINES = re.compile(r"\bjag (?:\w+ )?sjalv\b[^.!?]{0,40}\b(?<!\bmen )(?:inte|ej)\b|"
                            r"\b(?:jag|sjalv)\b(?: \w+){0,2} (?:avstar|tackar (?:\w+ )?nej)\b(?! (?:fran|till|lunch|fika|mat)\b)|"
                            r"\bi(?:'ll| will)? (?:\w+ )?(?:pass|decline|sit (?:this(?: one| round| time)?|it) out)\b"
                            r"(?! (?:on|it on|this on|the|along)\b)|"
                            # skipping the whole round, with another or alone ("Riikka och jag står över den här
                            # gången", "jag hoppar över i år"); not one session ("vi står över 21/9")
                            r"\bjag\b(?: \w+){0,2} (?:star|hoppar) over(?= (?:den har|denna|detta|det har) "
                            r"(?:gangen|gang|omgangen|omgang|aret|ar)\b| i ar\b|\s*(?:[.,;!]|$))")
#: The writer taking part in everyday words ("jag kör på alla fyra", "jag hänger med", "jag är med på 3/5").
_SELF_ALONG = re.compile(r"\b(?:jag|ja)\s+(?:(?!inte\b|ej\b|har\b|hade\b)\w+\s+){0,2}?(?:(?:kor|gar|ga|hakar|haker) (?:(?:ocksa|aven|garna|sjalv) )?pa (?=alla\b|samtliga\b|de\b|den\b|samma\b|"
                         r"hela\b|forsta\b|andra\b|tredje\b|fjarde\b|sista\b|\d|traff|tillfall)|hanger (?:(?:garna|sjalv|ocksa|aven) )?med\b(?! (?:i|pa) (?:mail|mejl|tanken))|"
                         r"(?:ar|e) med\b(?! (?:i|som)\b)|haker pa\b|"
                         # "jag tar de två första (träffarna)", "jag tar 3 maj", "jag kör 3 maj": sessions taken, not a
                         # thing
                         r"(?:tar|kor) (?=alla\b|samtliga\b|(?:de|dom) (?:tva|tre|fyra|forsta|sista)\b|den (?:forsta|andra|"
                         r"tredje|fjarde|sista)\b|\d|traff|tillfall))")

#: The writer saying, beside others named, that their own signup goes on as it is ("jag själv är fortfarande med
#: enligt min anmälan", "jag deltar fortfarande", "I'm still registered") or that they need no place ("mig behöver
#: du inte anmäla", "anmäl inte mig", "no need to register me"): the request is about the others only.
_SELF_STAYS_OUT = re.compile(
    r"\bjag (?:sjalv )?(?:ar|e|star) (?:(?:ju|dock|sjalv|ocksa)\s+)?(?:fortfarande|alltjamt|forstas) (?:med|anmald|kvar)\b|"
    r"\b(?:ar|star) jag (?:sjalv )?(?:(?:ju|dock)\s+)?(?:fortfarande|alltjamt) (?:med|anmald|kvar)\b|"
    r"\bjag (?:sjalv )?(?:deltar|kommer|gar) (?:ju |dock )?(?:fortfarande|alltjamt)\b(?! (?:inte|ej)\b)|"
    r"\bi(?:'m| am) (?:myself )?still (?:in|on board|coming|attending|registered|signed up|booked)\b|"
    r"\b(?:mig|mej) (?:behover|behovs|ska|skall) (?:du|ni|man) (?:\w+ )?(?:inte|ej) (?:\w+ )?"
    r"(?:anmala|registrera|boka|rakna)\b|"
    r"\brakna (?:inte|ej) med (?:mig|mej)\b|\b(?:don'?t|do not|no need to) count (?:me|on me)\b|\bcount me out\b|"
    r"\b(?:(?:behover|ska|skall) (?:du|ni|man)|(?:du|ni|man) (?:behover|ska|skall)) (?:\w+ )?(?:inte|ej) (?:\w+ )?"
    r"(?:anmala|registrera|boka) (?:mig|mej)\b|"
    r"\b(?:anmal|registrera|boka) (?:inte|ej) (?:mig|mej)\b|"
    # "så jag anmäler inte mig", "mig själv anmäler jag inte", "I'm not registering myself"
    r"\bjag (?:anmaler|registrerar|bokar) (?:\w+ )?(?:inte|ej) (?:mig|mej)\b|"
    r"\b(?:mig|mej) (?:sjalv )?(?:anmaler|registrerar|bokar) jag (?:\w+ )?(?:inte|ej)\b|"
    r"\bi(?:'m| am) not (?:registering|signing up|booking) myself\b|"
    # staying out ("jag och Hedvig står fortsatt utanför", "själv står jag utanför") or as before ("Arvid och jag är
    # kvar som förut", "Arvid and I stay as we are", "I remain as before")
    r"\bjag (?:(?:och|o|&) [\w-]+ )?(?:sjalv )?(?:star|ar|e|finns) (?:(?:sjalv|fortsatt|fortfarande|dock|ju) )*"
    r"(?:utanfor\b|kvar som (?:forut|tidigare|vanligt|innan|planerat|bestamt|vi ar|jag ar|det ar)\b)|"
    r"\bstar jag (?:sjalv )?(?:(?:fortsatt|fortfarande|dock) )?utanfor\b|"
    r"\bi (?:myself )?(?:stay|remain|am staying|am remaining) (?:as (?:we|i) (?:are|am|were|was)|as before|as is|unchanged)\b|"
    r"\b(?:no need to|(?:please )?(?:don'?t|do not)) (?:register|sign up|book|count in|enrol) me\b|"
    # following the work through those sent ("jag själv följer arbetet via Eva", "själv håller jag mig informerad
    # genom Per", "I'll follow it through Eva")
    r"\b(?:jag (?:sjalv )?|sjalv )(?:foljer|haller jag mig|haller mig) (?:\w+ ){0,2}?(?:via|genom)\b|"
    r"\bi(?:'ll| will)? (?:keep up with|follow) (?:\w+ ){0,2}?(?:through|via)\b")
#: The writer's signup beside another's, in the possessive ("både min och Ronja Eks", "Pers och min anmälan", "my
#: and Eva's registrations"): the writer is one of those the request is about.
_SHARED_SIGNUP = re.compile(
    r"\b(?:bade )?min (?:egen )?(?:och|o|&|samt) (?:[\w-]+ ){0,2}[\w-]+s(?= (?:anmalan|anmalningar|platser?|bokning)\b|\s*[.,;!()]|\s*$)|"
    r"\b[\w-]+s (?:anmalan |plats )?(?:och|o|&|samt) min (?:egen )?(?:anmalan|plats|bokning)\b|"
    r"\b(?:both )?(?:my|mine) and (?:[\w-]+ ){0,2}[\w-]+'s\b|\b[\w-]+'s and (?:my|mine)\b")


#: The writer's own signup, alone or beside another's, said to stand as it is ("min och Pers anmälningar är
#: oförändrade", "min anmälan gäller som förut", "my and Per's registrations are unchanged"): the writer is no part
#: of a request about others.
_SELF_UNCHANGED = re.compile(
    r"\bmin (?:egen )?(?:(?:och|o|&|samt) [\w-]+s )?(?:anmalan|anmalningar|plats|platser|bokning|bokningar) "
    r"(?:ar|galler|star) (?:(?:fortfarande|dock|ju) )?(?:oforandrad\w*|kvar\b|som (?:forut|tidigare|vanligt))|"
    r"\b(?:my|mine) (?:own )?(?:and [\w-]+'s )?(?:registrations?|places?|bookings?) (?:is|are|remains?|stays?) "
    r"(?:still )?(?:unchanged|the same|as before)|"
    # keeping their own as they are ("jag behåller mina", "själv behåller jag mina träffar", "I'll keep mine")
    r"\b(?:jag (?:sjalv )?behaller|behaller jag(?: sjalv)?) (?:mina|min|mitt)(?: (?:platser|plats|traffar|datum|"
    r"tillfallen|anmalan))?(?= *(?:[.,;!?]|och\b|men\b|$))|"
    r"\bi(?:'ll| will)? keep (?:mine|my (?:places?|sessions?|dates|registration))(?= *(?:[.,;!?]|and\b|but\b|$))|"
    # all as before for the writer ("för mig är allt som förut", "för min del blir det som vanligt", "for me nothing
    # changes")
    r"\bfor (?:mig|mej|min (?:egen )?del)(?: sjalv)? (?:ar|blir|galler|star) (?:allt|det|alltihop) (?:(?:kvar )?som "
    r"(?:forut|tidigare|vanligt|innan|planerat)|oforandrat)\b|"
    r"\b(?:for me|as for me),? (?:everything|all|nothing) (?:stays|is|remains|changes)\b")


#: The writer's sessions as the measure of another's ("samma träffar som jag", "samma som Per och jag", "the same
#: sessions as me"): the writer is registered already.
_SAME_AS_WRITER = re.compile(r"\b(?:samma (?:\w+ ){0,2}som|same (?:\w+ ){0,2}as)\s+(?:[\w-]+\s+(?:och|o|and|&)\s+)?(?:jag|mig|me|i)\b"
                             r"(?!\s+(?:inte|ej|not|kan|vill|ska|gar|har)\b)")


#: "oss" of a verb the group does together before the request ("vi har pratat ihop oss på enheten", "delat upp oss",
#: "samlat oss"): no one taking part.
_TOGETHER_US = re.compile(r"\b(?:pratat|pratade|snackat|snackade|talat|talade|samlat|samlade|samordnat|samordnade|"
                          r"organiserat|organiserade)\s+(?:ihop\s+|upp\s+)?oss\b|"
                          # not "delat upp oss på träffarna" (the writer among those going)
                          r"\b(?:delat|delade|fordelat|fordelade)\s+(?:upp\s+)?oss\b(?!\s+(?:till|pa|for|mellan)\b)")


#: The writer telling their own diet, right before it ("jag är glutenfri", "själv äter jag vegetariskt", "I'm vegan",
#: "jag har nötallergi"): the writer is one of those the message is about.
_SELF_DIET = re.compile(r"(?:\b(?:jag|ja)(?: (?:sjalv|sjolv|ocksa|aven|dock|ju))? (?:ar|e|har|ater|behover|tal)"
                        r"|\b(?:ar|har|ater|behover|tal) jag(?: (?:sjalv|ocksa|aven|dock|ju))?"
                        r"|\bi(?:'m| am| have| eat| need)(?: (?:also|myself))?)"
                        r"(?: (?:(?!inte\b|ej\b|not\b|no\b|ingen\b)\w+)){0,2} $")


#: The writer coming as before while another is taken off ("jag och Erik kommer som planerat", "I'm still coming as
#: planned", "själv deltar jag som vanligt", "själv är jag med som planerat"): their own signup stands, they are not one
#: the request is about.
_SELF_AS_PLANNED = re.compile(r"\b(?:jag|i|i'm|i am|vi andra|vi ovriga|the rest of us|we others)\b[^.!?;]{0,40}?\b(?:kommer|deltar|gar|ar med|med|kvar|coming|come|attend\w*|"
                              r"join\w*)\s+(?:\w+\s+)?(?:som (?:planerat|tankt|vanligt|tidigare|forut|bestamt)|"
                              r"as (?:planned|before|usual|agreed))\b|"
                              # "the rest of us are still coming", "vi andra kommer fortfarande", "we others remain booked"
                              r"\b(?:vi andra|vi ovriga|resten av oss|the rest of us|we others)\b[^.!?;]{0,20}?"
                              r"\b(?:still|fortfarande|remain\w*|stay\w*|star kvar|ar kvar)\b|"
                              # "själv är jag med", "jag själv kommer": the writer coming, said of nothing else
                              r"\b(?:sjalv (?:ar|kommer|gar|deltar) jag|jag sjalv (?:ar|kommer|gar|deltar))(?: med| dit)?"
                              r"(?: (?:fortfarande|dock|ju))?\s*(?:[.,;!]|$)")


#: Another not coming any more, beside the writer coming as planned ("Kent har slutat så han kommer inte alls").
_NOT_COMING = quick(re.compile(r"\b(?:han|hon|hen|he|she|\w+) (?:\w+ )?(?:kommer|deltar|gar) (?:\w+ )?(?:inte|ej)\b"
                         r"(?! (?:\w+ )?(?:pa|i|till) (?:den |\d))|\bhar slutat\b|\bhas left\b|"
                         # "Eva går på föräldraledighet och kan inte delta" (not the writer: "jag kan inte delta")
                         r"(?<!\bjag )(?<!\bvi )\bkan (?:tyvarr )?(?:inte|ej) (?:delta|komma|vara med)\b"
                         r"(?! (?:\w+ )?(?:pa|i|till) (?:den |\d))"))


#: The writer's own coming left open beside others signed up ("själv hoppas jag kunna följa med på första träffen",
#: "eventuellt hänger jag själv med på någon av dem", "jag kanske kommer också", "I might join too"): folded text.
_GOING = (r"(?:(?:folja|foljer|hanga|hanger|komma|kommer|vara|ar|ga|gar) (?:(?:jag|sjalv|ocksa|aven|garna) )*med|"
          r"(?:komma|ga) (?:(?:ocksa|aven|sjalv) )*(?:pa|till)|delta|deltar)\b")
_SELF_UNDECIDED = re.compile(
    r"\b(?:jag (?:sjalv )?hoppas|hoppas jag(?: sjalv)?) (?:att )?(?:(?:kunna|kan|jag kan) )?(?:(?:ocksa|aven|sjalv) )*"
    + _GOING + r"|"
    # (also the short "ev.": "ev. kommer jag med också")
    r"\b(?:eventuellt|ev\.?|kanske|mojligen|mojligtvis) (?:hanger|foljer|kommer|deltar|gar|ar) jag\b(?! inte\b| ej\b)|"
    # trying to get free ("själv försöker jag också komma loss", "jag försöker hinna med", "I'll try to join too")
    r"\b(?:jag (?:sjalv )?forsoker|forsoker jag(?: sjalv)?) (?:(?:ocksa|aven|sjalv) )*(?:att )?(?:komma loss|"
    r"komma ifran|hinna|" + _GOING + r")|\bi(?:'ll| will)? (?:also )?try to (?:join|come|attend|make it)\b|"
    r"\bjag (?:sjalv )?(?:kanske|eventuellt|ev\.?|mojligen) (?:(?:ocksa|aven|sjalv) )*(?:hanger|foljer|kommer|deltar|gar)\b"
    r"(?! inte\b| ej\b)|"
    r"\bi (?:might|may) (?:also |too )?(?:join|come|attend|tag along)\b|\bmaybe i(?:'ll| will| can)? (?:also )?"
    r"(?:join|come|attend)\b|"
    # not decided yet ("själv har jag inte bestämt mig", "I haven't decided about myself yet")
    r"\b(?:jag (?:sjalv )?har|har jag(?: sjalv)?) (?:\w+ )?(?:inte|ej) (?:\w+ )?bestamt mig\b|"
    r"\bi (?:haven'?t|have not) (?:\w+ )?decided\b")


def writer_undecided(folded_sentence: str) -> bool:
    """Whether a sentence leaves the writer's own coming open ("själv hoppas jag kunna följa med på första träffen")."""
    return bool(_SELF_UNDECIDED.search(folded_sentence))


def _without_undecided(folded_own: str) -> str:
    """A text less its sentences leaving the writer's own coming open."""
    # (not split after the short "ev.": "ev. följer jag med")
    return " ".join(s for s in re.split(r"(?<=[.!?])(?<!\bev\.)\s+", folded_own) if not writer_undecided(s))


def sender_attends(folded_own: str, has_others: bool) -> tuple[bool, bool]:
    """Whether the sender is one of the people, and whether that is sure: yes alone; with others only when
    they say "mig"/"me" (sure) or "oss"/"us" (not sure: "anmäler oss" may mean the others only); not when they
    say nothing of themselves, sure only when they write as "jag" ("jag anmäler två kollegor")."""
    folded_own = _ADDRESSED.sub(" ", folded_own)
    if has_others and writer_undecided(folded_own):
        # the writer's own coming left open beside others signed up: not among them unless said elsewhere, and asked
        rest = _without_undecided(folded_own)
        if not writer_undecided(rest):
            attends, sure = sender_attends(rest, has_others)
            return attends, sure and attends
    if has_others and _US_ASKED.search(folded_own):
        return True, True   # "Eva Ek och jag är redan anmälda. Lägg till oss på 22/2": the writer is one of "oss"
    if has_others and "oss" in folded_own:
        folded_own = _TOGETHER_US.sub(" ", folded_own)
    if has_others and ("samma" in folded_own or "same" in folded_own):
        folded_own = _SAME_AS_WRITER.sub(" ", folded_own)   # "samma träffar som Eva och jag": the writer's signup stands
    if "av " in folded_own:
        folded_own = _IN_TOUCH.sub(" ", folded_own)
    if has_others and ("med " in folded_own or "with " in folded_own or "for " in folded_own):
        folded_own = _WORKS_WITH.sub(" ", folded_own)   # "han jobbar med mig": who the colleague is, not the writer's coming
    if has_others and _REPORTED_HINT.search(folded_own):
        folded_own = _REPORTED.sub(" ", folded_own)     # "vi anmälde i maj: jag, Per Ek och…" is done, not asked
    if has_others and _CANCELLED_HINT.search(folded_own):
        folded_own = _CANCELLED_BEFORE.sub(" ", folded_own)     # "vi avanmälde oss i januari, men": done before
    if has_others and any(w in folded_own for w in ("redan", "already", "sedan", "before", "earlier")):
        folded_own = _ALREADY_LISTED.sub(" ", folded_own)   # "vi är redan anmälda (jag, Per Ek och …), så": done before
    if _SELF_OUT.search(folded_own) or (has_others and (_SELF_OUT_OTHERS.search(folded_own)
                                                        or (_ON_BEHALF.search(folded_own)
                                                            and not _SELF_TOO.search(folded_own))
                                                        or _SELF_DECLINES.search(folded_own)
                                                        or _SELF_STAYS_OUT.search(folded_own)
                                                        or _SELF_UNCHANGED.search(folded_own)
                                                        or (_SELF_AS_PLANNED.search(folded_own)
                                                            and (_REMOVES.search(folded_own)
                                                                 or _NOT_COMING.search(folded_own))))):
        return False, True
    if not has_others:
        return True, True
    if _SHARED_SIGNUP.search(folded_own):
        return True, True
    found = {m.group(0) for m in _SELF_IN.finditer(folded_own)} | {m.group(0) for m in _SELF_ALONG.finditer(folded_own)}
    if not found and any(_SELF_DIET.search(folded_own[max(0, at - 40):at]) for at, _ in diet_spans(folded_own)):
        return True, True   # "jag är glutenfri, och min kollega Ove är vegan": the writer's own diet beside another's
    if not found:
        return False, bool(_I.search(folded_own))
    return True, bool(found - {"oss", "us"})


def writes_as_i(own: str) -> bool:
    """Whether a text (as written, not folded) speaks of its writer in the first person singular ("jag", "mig", "I",
    "me"), not only as "vi" or "oss"."""
    return _WRITER_WORD.search(own) is not None


#: The writer's own signup standing as it is ("Eva och jag står kvar på 3 maj", "min anmälan gäller", "I remain
#: registered", "my booking stands").
_SELF_STANDS = re.compile(r"\bjag (?:sjalv )?(?:star|ar|finns) (?:\w+ )?kvar\b|\bjag (?:sjalv )?kvarstar\b|"
                          r"\b(?:star|ar|finns) jag (?:sjalv )?kvar\b|\bmin (?:egen )?(?:anmalan|plats) (?:galler|star kvar|"
                          r"kvarstar|ar kvar)\b|\bi (?:myself )?(?:remain|stay|am still) (?:registered|signed up|booked)\b|"
                          r"\bmy (?:own )?(?:registration|place|booking) (?:stands|remains)\b")


def reported_signup(folded_sentence: str) -> bool:
    """Whether a sentence reports a signup the writer made before ("vi anmälde tre personer i januari: ...")."""
    return bool(_REPORTED_HINT.search(folded_sentence) and _REPORTED.search(folded_sentence))


def sender_stays(folded_own: str) -> bool:
    """Whether the writer says their own signup stands as it is (so they give up no place)."""
    return bool(_SELF_STANDS.search(folded_own))


def sender_leaving(folded_own: str) -> bool:
    """Whether the sender gives up a place to a substitute ("i mitt ställe", "in my place")."""
    return bool(_SELF_LEAVING.search(folded_own))


#: The writer taking someone else's place ("jag går i hans ställe", "jag ersätter Per Ek", "I'll take her place").
_ANOTHERS_PLACE = (r"\b(?:i (?:hans|hennes|\w+s) stalle|(?:hans|hennes|\w+s) plats|(?:istallet|i stallet) for (?!mig\b|oss\b)|"
                   r"instead of (?!me\b|us\b)|in (?:his|her|\w+'s) place|(?:his|her|\w+'s) (?:place|spot|seat)|"
                   r"for (?:honom|henne)\b)")
#: The writer's name and where they are from, in brackets or between commas right after "jag" ("jag (Frida Ek,
#: Rättvik) tar hans plats", "Jag, Eva Lind på Orsa kommun, går i hennes ställe").
_APPOSED_TO_WRITER = r"(?:\s*\([^()]{0,60}\)|\s*,[^,.!?;]{0,50},)?"
_SELF_JOINING = re.compile(
    r"\b(?:jag|i|i'll|i'd)" + _APPOSED_TO_WRITER + r"\s+(?:(?:kommer att|ska|skall|vill|kan|tanker|far|will|shall|would like to|like to|want to|"
    r"am going to|can|could|garna|da|sa|darfor|nu|istallet|also|then|now|gladly)\s+){0,3}"
    r"(?:(?:gar|kommer|tar|deltar|hoppar in|kliver in|go|come|attend|take|step in|fill in)\b[^.!?,;]{0,25}?" + _ANOTHERS_PLACE
    + r"|ersatter (?!mig\b|oss\b)|(?:replace|substitute for) (?!me\b|us\b))|"
    # the verb first ("därför går jag i hans ställe", "så kommer jag istället för Per")
    # the place left unsaid, "instead" said ("Annika kan inte i september. Istället kommer jag den gången")
    r"\b(?:istallet|i stallet),? (?:gar|kommer|tar|deltar|hoppar in|kliver in) jag\b(?! inte\b| ej\b)|"
    r"\b(?:gar|kommer|tar|hoppar|kliver) jag\b(?! inte\b| ej\b)[^.!?,;]{0,25}?" + _ANOTHERS_PLACE
    + r"|\bersatter jag (?!inte\b|ej\b)|"
    # asked to go ("Per har bett mig gå i hans ställe", "she asked me to take her place")
    r"\b(?:mig|me)\s+(?:att\s+|to\s+)?(?:ga|komma|ta|hoppa in|kliva in|go|come|take|step in|fill in)\b[^.!?,;]{0,25}?"
    + _ANOTHERS_PLACE)


def sender_joining(folded_own: str) -> bool:
    """Whether the sender is the substitute, taking another's place ("jag går i hans ställe", "I'll replace her")."""
    return bool(_SELF_JOINING.search(folded_own)) and not sender_leaving(folded_own)


#: Words before a name by which the writer says it is theirs ("jag heter", "my name is", "det är jag,").
_INTRO_STRONG = re.compile(r"\b(?:jag heter|mitt namn (?:är|ar)|my name is|i am|i'm|det (?:är|ar|e) jag,?|it'?s me,?|"
                           r"(?:jag|me)\s*:)\s+$",
                           re.IGNORECASE)
#: Words before a name that introduce the writer only when where they are from follows ("Det är Nina Ek från
#: Leksand", "this is Tom Berg at Region Dalarna"), or a greeting opening the line ("Hej, Elsa Mård, Älvdalens kommun.").
_INTRO_WEAK = re.compile(r"\b(?:det (?:är|ar|e)|här (?:är|ar|e)|this is|here is|it'?s)\s+$", re.IGNORECASE)
_LINE_START = re.compile(r"^\W*(?:(?:hej|hejsan|hallå|halla|hello|hi|hey|tjena|tja|god morgon|good morning)\b[\s,!.:;-]*)?$",
                         re.IGNORECASE)
#: Where someone is from, right after their name (", Älvdalens kommun", " från Leksand", " at Region Dalarna"),
#: or with nothing between when the place ends the sentence ("Fatima Yusuf Leksands kommun.", "ebba lund avesta").
_AFFILIATION = re.compile(r"\s*(?:(?P<comma>,)\s*|\s+(?:fr[aå]n|fr\.|from|p[aå]|at|hos|vid)\s+|(?P<bare>\s+)(?!i\s|in\s)|"
                          r"\s+(?P<inside>i|in)\s+)(?P<word>[^\W\d_][\w-]*)")
#: ... the place ending it, perhaps with its kind, and the address and the phone number a signature gives after it
#: ("Mikael Strand, Ludvika kommun, mikael.strand@ludvika.se", "Eva Ek, Orsa, 070-123 45 67").
_KIND_THEN_END = re.compile(r"(?:\s+(?:kommun|kommunen|k:n|region|regionen|stad|municipality|lst|länsstyrelse|lansstyrelse)\b)?"
                            r"(?:[\s,;|/–-]*<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)?"
                            r"(?:[\s,;|/–-]*(?:(?:tel|tfn|mobil|mob|phone)\.?:?\s*)?\+?\d[\d ()-]{5,16}\d)?"
                            # a unit in brackets after it ("Mora kommun (planning dept).", "Orsa (planenheten)")
                            r"(?:\s*\([^()\d@]{1,40}\))?[^\w]*$",
                            re.IGNORECASE)
#: A clause's end right after where someone is from, written with nothing between it and the name: a comma, a
#: stop or "här" ("magnus öberg hedemora, anmäl mig", "moa lindqvist orsa här 😊 vill").
_PLACE_THEN_CLAUSE = re.compile(r"(?:\s+(?:kommun|k:n|kn)\b)?\s*(?:[,.!;:]|\s+här\b)", re.IGNORECASE)
#: A name the writer says is theirs after it ("Jenny Marklund heter jag", "Per Ek här.", "ida ek här (orsa) 👋", "tom
#: berg here, working at ...").
_INTRO_AFTER = re.compile(r"\s+(?:heter jag\b|(?:här|here)\s*(?:[^\w\s]|$|(?=(?:från|fran|from|på|pa|at|hos|vid)\s)))",
                          re.IGNORECASE)    # ("mikael sundin här från falun.")
#: "heter" opening a clause, its subject (the writer) left out, as chat writers do ("… 22 feb! heter jonna kullberg").
_HETER_BARE = re.compile(r"(?:^|[^\w\s]\s*)heter\s+$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+heter jag\b", re.IGNORECASE)
#: ... "här" closing a clause ("per ek här, anmäler mig …"), said by a writer of another display name.
_HERE_STOP = re.compile(r"\s+(?:här|here)\s*(?:[,.!:;–-]|$)", re.IGNORECASE)
#: What may stand before a name a writer signs a chat message with: nothing, a greeting, a stop, a comma, a
#: slash or an emoji ("hej, Fatima Yusuf …", "sorry 😬 /micke lindh ludvika", "tyvärr 😞 tove sandström, regionen").
_SIGNING_BEFORE = re.compile(r"(?:^|[^\w\s]|\b(?:hej|hejsan|hallå|hello|hi|hey|tjena|tja|mvh|hälsningar|tack|tackar|"
                             r"thanks|thank you|cheers))\s*$", re.IGNORECASE)
#: A pair of lower-case words that may be a name, wherever it starts (the pairs overlap).
_LOWER_CANDIDATE = re.compile(r"(?<![\w-])(?=" + _LOWER_PAIR + r"(?![\w-]))")
#: The writer's name in apposition to "mig"/"jag" ("anmäler mig, Kasia Nowak från Lst, till ...", "anmäl mig
#: (Mikael Ek, Orsa kommun)"), closed by a comma or a bracket that no further name follows.
_APPOSED = re.compile(r"\b(?:mig|jag|me|myself|ja(?=\s*\())\s*[,(]\s*$", re.IGNORECASE)
#: ... or right after "jag", the name opening a list ("hej! jag jonna rask + hanna ek o leo strand").
_APPOSED_BARE = re.compile(r"(?:^|[^\w\s]|\b(?:hej|hejsan|hallå|tjena|tja))\s*\b(?:jag|ja)\s+$", re.IGNORECASE)
_OPENS_LIST = re.compile(r"\s*(?:[,+&]|\s(?:och|o|samt)\s)\s*[^\W\d_]", re.IGNORECASE)
_APPOSITION_END = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,2}?\s*(?:\)|,(?!\s*[A-ZÅÄÖÆØÉÜ]))")
#: ... or, after the subject "jag", ending the sentence ("Maja Ek och jag, Eva Berg."; not after the object: "kan du
#: anmäla mig, Per Holm" may speak to Per).
_SUBJECT_APPOSED = re.compile(r"\b(?:jag|i)\s*,\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\s*[.!]?\s*$")
_LINE_END = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,2}\W*$")
_KIND_WORDS = frozenset({"kommun", "kommunen", "region", "regionen", "lst", "lansstyrelsen", "stad", "staden"})
_CLEFT = re.compile(r"[\w\s-]{0,40}?\b(?:som|who|that)\b", re.IGNORECASE)
#: The writer's own clause run on after a name, no stop between, as a dictation writes it ("det är Sara Lind jag vill
#: anmäla mig", "det är Sara Lind från bor länge kommun jag vill …", "it's Tom Berg I would like to …").
_RUN_ON_SELF = re.compile(r"(?:\s+(?:från|fran|på|pa|hos|vid|at|from)(?:\s+[^\W\d_][\w-]*){1,4}?)?"
                          r"\s+(?:och\s+|and\s+)?(?:jag|i)\s+(?:vill|ska|skall|skulle|kommer|tänkte|tankte|undrar|"
                          r"önskar|onskar|anmäler|anmaler|would|want|wanna|will)\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^\W*(?:(?:mvh|hälsningar|halsningar|hälsn|vänliga hälsningar|med vänlig hälsning|/|"
                       r"best regards|regards|cheers|thanks|tack)\b[\s,!.:/-]*)?", re.IGNORECASE)


def _affiliated(after: str, stop: StopWords) -> int:
    """How much of ``after`` (the text right after a name) says where the person is from, 0 when it does not."""
    m = _AFFILIATION.match(after)
    if m is None:
        return 0
    word = m.group("word")
    place = fold(word) in stop.places or fold(word) in _KIND_WORDS or stop.genitive(word)
    # an organisation's kind before its place ("region dalarna", "Lst Dalarna")
    more = re.match(r"\s+([^\W\d_][\w-]*)", after[m.end():]) if fold(word) in _KIND_WORDS else None
    told = m.end() + more.end() if more and fold(more.group(1)) in stop.places else m.end()
    if m.group("inside") is not None:   # "i" only before a place ("hanna grip i mora 👋 …")
        return told if place else 0
    if m.group("bare") is not None:      # nothing between: a place ending the sentence, perhaps with "kommun" after it,
        # or a clause ("magnus öberg hedemora, anmäl mig …", "moa lindqvist orsa här 😊 vill …")
        end = _KIND_THEN_END.match(after, told) or _PLACE_THEN_CLAUSE.match(after, told)
        return told if place and end is not None else 0
    if place:
        return told
    if m.group("comma") is not None and _TITLE.fullmatch(fold(word)):
        # a title between the name and the place ("Tove Lund, översiktsplanerare, Malung-Sälens kommun", "/Jonna
        # Svedberg, planerare orsa kommun"): where they are from is the place after it
        rest = _affiliated(after[m.end():], stop)
        return m.end() + rest if rest else 0
    # after a comma only a place or an organisation ("Per Ek, Eva Lind" is a list); after "från" any name
    return m.end() if m.group("comma") is None and word[0].isupper() and word not in stop else 0


#: Common short forms of given names, folded, and the full names they stand for ("Pelle" for Per, "Fia" for Sofia,
#: "Jocke" for Joakim, "Vicky" for Viktoria): the full name is the person's, the short one how they sign or show.
_NICKNAMES: dict[str, frozenset[str]] = {nick: frozenset(full.split()) for nick, full in {
    "pelle": "per", "putte": "per", "kalle": "karl carl", "jocke": "joakim joachim", "micke": "mikael michael mikaela",
    "lasse": "lars", "janne": "jan", "bosse": "bo", "nisse": "nils", "olle": "olof olov ola", "fia": "sofia sophia",
    "vicky": "viktoria victoria", "vicki": "viktoria victoria", "stina": "kristina christina",
    "kicki": "kristina christina", "gittan": "birgitta", "gitte": "birgitta",
    "lotta": "charlotte charlotta", "tompa": "tomas thomas", "jonte": "jonathan jonatan", "danne": "daniel",
    "hasse": "hans", "bettan": "elisabeth elisabet", "sanna": "susanna", "kattis": "katarina katharina",
    "steffe": "stefan", "fredde": "fredrik", "mange": "magnus", "ante": "anders", "gurra": "gustav gustaf",
    "krille": "kristian kristoffer christian christoffer", "robban": "robert", "tobbe": "tobias", "sebbe": "sebastian",
    "chrille": "christian christoffer", "kiki": "kristina", "lollo": "louise lovisa", "mickan": "mikaela michaela",
    "mike": "michael mikael", "bob": "robert", "bill": "william", "liz": "elizabeth elisabeth", "tom": "thomas tomas",
    "jim": "james", "dan": "daniel", "sam": "samuel samantha", "ben": "benjamin", "nick": "nicholas niklas",
    "matt": "matthew", "andy": "andrew andreas", "joe": "joseph", "becky": "rebecca rebecka", "katie": "katherine",
    "alex": "alexander alexandra", "chris": "christopher christian christina kristoffer",
    "jo": "johanna joanna josefin josefine jonna johan jonas joakim", "ed": "edvin edward edvard",
}.items()}


#: The endings Swedish short forms of given names take ("Majsan", "Ullis", "Stoffe", "Nicke", "Annie").
_NICK_ENDINGS = ("san", "an", "is", "ie", "e", "y", "i")


def _nick_letters(word: str) -> str:
    """A folded given name spelled with one letter for a sound ("nick" -> "nik", "christoffer" -> "kristofer")."""
    return re.sub(r"(.)\1", r"\1", word.replace("ch", "k").replace("ck", "k").replace("c", "k").replace("ph", "f"))


def nickname_of(short: str, full: str) -> bool:
    """Whether the folded given name ``short`` is a common short form of ``full`` ("pelle", "per"), the name's
    beginning or end of three letters or more ("becka": "rebecka", "stina": "kristina"), or such a
    beginning or part of four letters with a short form's ending ("majsan": "maja", "ullis": "ulla", "nicke":
    "niklas", "stoffe": "kristoffer")."""
    if full in _NICKNAMES.get(short, ()):
        return True
    if "-" in full and short.isalpha() and short == "".join(p[:1] for p in full.split("-")):
        return True     # the initials of a double name ("po": "per-olof", "lg": "lars-goran")
    if short == full or len(short) < 3:
        return False
    if full.startswith(short) or full.endswith(short):
        return True
    whole = _nick_letters(full)
    for ending in _NICK_ENDINGS:
        stem = _nick_letters(short[:-len(ending)]) if short.endswith(ending) else ""
        if len(stem) >= 3 and (whole.startswith(stem) or (len(stem) >= 4 and stem in whole)):
            return True
    return False


#: A line opening with a slash sign-off ("/lars holm"), and where its words begin.
_SLASH_SIGNED = re.compile(r"\s*/\s*[^\W\d_]")
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")


def _signed_formally(given_key: tuple[str, ...], own: str, signature: str, stop: StopWords) -> str | None:
    """The name a writer with a full display name signs with when it is the same person's written otherwise: the
    surname the same, the given name another beginning alike ("Kalle Byström" signing "/Karl Byström", "P-O Ek"
    signing "/ Per-Olof Ek Mora")."""
    for line in _last_lines(own, sentences(own), signature):
        found = _alone(line, stop, placed=True)
        if found is None and _SLASH_SIGNED.match(line) and line == line.lower():
            # signed in lower case after a slash, as a phone writes it ("… mot 22.2? /lars holm")
            found = _alone(_WORD_START.sub(lambda m: m.group(0).upper(), line), stop, placed=True)
        if found is not None:
            key = name_key(found)
            if (key[-1] == given_key[-1] and key[0] != given_key[0] and key[0][:1] == given_key[0][:1]
                    and not nickname_of(key[0], given_key[0])):   # "Per Lundqvist" signing "/Pelle Lundqvist"
                return found
    return None


def _introduced_formally(given_key: tuple[str, ...], greeting: str, own: str, stop: StopWords) -> str | None:
    """The name a writer with a full display name says is theirs ("jag heter", "my name is") when it is the same
    person's written out: the surname the same, the given name another beginning alike, no short form of the
    display name's ("AK Holm" saying "jag heter anna-karin holm", "Kalle Ek" saying "my name is Karl Ek")."""
    if len(given_key) < 2:
        return None
    for sentence in (s for part in (sentences(greeting), sentences(own)) for s in part):
        if given_key[-1] not in fold(sentence):
            continue
        for name, start, end, _ in _candidates(sentence, stop, True):
            key = name_key(name)
            if (len(key) >= 2 and key[-1] == given_key[-1] and key[0] != given_key[0]
                    and key[0][:1] == given_key[0][:1] and _INTRO_STRONG.search(sentence[:start])
                    and not nickname_of(key[0], given_key[0])):
                return name
            if (len(key) >= 2 and key[-1] == given_key[-1] and "-" in key[0] and nickname_of(given_key[0], key[0])
                    and _INTRO_AFTER.match(sentence, end)):
                return name     # "PO Ek" writing "Per-Olof Ek här": the initials of the double name written out
    return None


def _short_for(shown: str, given: str) -> bool:
    """Whether the folded given name ``shown`` is a short form of ``given``: a nickname ("tompa": "tomas") or the
    initials of a double name, with their hyphen or without ("m-l", "ml": "marie-louise")."""
    return nickname_of(shown, given) or ("-" in shown and nickname_of(shown.replace("-", ""), given))


def _introduced_in_full(given_key: tuple[str, ...], greeting: str, own: str, signature: str,
                        stop: StopWords) -> str | None:
    """The name a writer with a full display name of a short given name ("Micke Åberg", "Tom Lind", "A-K Holm") gives
    as theirs written out: the surname the same, the display name's given name a short form of the one written; in
    brackets after the short form ("Kalle (Karl Ek) i Orsa"), or where the writer says who they are: after "jag
    heter", or opening a sentence (after a greeting, "det är", "this is") with "här", a short form in brackets,
    where they are from or nothing after it ("Mikael Åberg här (Micke)", "Hi! Daniel Okafor, Ludvika municipality.",
    "Det är Anna-Karin Holm från Falu kommun")."""
    if len(given_key) < 2:
        return None
    written = _written_out(given_key[0], own, signature)
    if written is not None and name_key(written)[1:] == given_key[1:]:
        return written
    for sentence in (s for part in (sentences(greeting), sentences(own)) for s in part):
        if given_key[-1] not in fold(sentence):
            continue
        for name, start, end, _ in _candidates(sentence, stop, True):
            key = name_key(name)
            if len(key) < 2 or key[1:] != given_key[1:] or not _short_for(given_key[0], key[0]):
                continue
            before, after = sentence[:start], sentence[end:]
            if _INTRO_STRONG.search(before) or ((_INTRO_WEAK.search(before) or _LINE_START.match(before)) and (
                    _INTRO_AFTER.match(after) or after.lstrip().startswith("(") or _affiliated(after, stop)
                    or not re.search(r"[^\W\d_]", after))):
                return name
    return None


def _last_lines(own: str, own_sentences: list[str], signature: str) -> list[str]:
    """The message's last line and last sentence (of ``own_sentences``, its sentences), and the signature's first line."""
    return ([line for line in own.split("\n") if line.strip()][-1:] + own_sentences[-1:]
            + [line for line in signature.split("\n") if line.strip()][:1])


def _alone(line: str, stop: StopWords, placed: bool = False) -> str | None:
    """The name a line holds and nothing else but a sign-off ("/Karl Byström", "Mvh Anna Berg"), and when ``placed``
    where the writer is from after it ("/ Karl Byström Borlänge", "Mvh Anna Berg, Orsa kommun")."""
    line = _SIGN_OFF.sub("", line.strip(), count=1)
    found = names_in(line, 0, stop) if _NAME_HINT.search(line) else []
    if len(found) != 1:
        return None
    after = line[found[0][2]:]
    if placed and (told := _affiliated(after, stop)) and _KIND_THEN_END.match(after, told):
        after = ""
    if not re.search(r"[^\W\d_]", line[:found[0][1]] + after):
        return found[0][0]
    return None


#: What opens a line by which a writer says who they are ("Hej!", "Det är", "This is", "Jag heter").
_INTRODUCING = re.compile(r"^\W*(?:(?:hej|hejsan|hallå|halla|hello|hi|hey|tjena|tja)\b\W*)?"
                          r"(?:(?:det är|det ar|här är|har ar|this is|it'?s|jag heter|my name is)\s+)?", re.IGNORECASE)


#: What follows a writer's name when they say who they are: "här" ("Lars Ek här"), and their post where they work
#: (", chef för samhällsbyggnad i Borlänge", ", planeringsstrateg på Mora kommun", ", head of planning at …").
_INTRODUCED_AS = re.compile(r"\s+(?:här|har|here)\b|,\s*(?:[\w-]*(?:chef|ansvarig|samordnare|handläggare|strateg|"
                            r"planerare|arkitekt|ledare)|manager|head|director|coordinator)\s+(?:för|på|vid|i|at|of|"
                            r"for|in)\s+[^.!?,;]*", re.IGNORECASE)


#: A numbered list's number, cut off as a sentence of its own ("1.", "2)").
_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")


def introduces(own: list[str], i: int, stop: StopWords) -> bool:
    """Whether sentence ``i`` of ``own`` only says who the writer is: a name with where they are from, a greeting or
    a sign-off ("Jenny Sahlin, Ludvika.", "Hej, det är Per Ek från Orsa kommun", "/Eva Lind"), no request of its own;
    not a line of a list of names (after a line ending in a colon, after a numbered list's number cut off as a
    sentence of its own, "1.", or beside another name alone)."""
    if not 0 <= i < len(own) or (i and (own[i - 1].rstrip().endswith(":") or _LIST_NUMBER.fullmatch(own[i - 1]))):
        return False
    if _alone(_INTRODUCED_AS.sub("", _INTRODUCING.sub("", own[i], count=1)), stop, placed=True) is None:
        return False
    return not any(_alone(own[j], stop, placed=True) for j in (i - 1, i + 1) if 0 <= j < len(own))


def display_affiliation(given: str, stop: StopWords) -> tuple[str, str]:
    """A display name split into the name and where the writer is from ("Jenny på Lst" -> ("Jenny", "Lst"),
    "Per @ Mora" -> ("Per", "Mora")); the affiliation "" when it names none."""
    m = re.match(r"^(.+?)(?:\s+(p[aå]|fr[aå]n|from|at|hos|vid)\s+|\s*[@,|/(]\s*)([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\W*$",
                 given)
    if m is None:
        return given, ""
    word = m.group(3).split()[0]
    if (fold(word) in stop.places or fold(word) in _KIND_WORDS or stop.genitive(word) or word in stop
            or (m.group(2) is not None and _capital(word))):     # "Eva från Kalmar": a place not configured
        return m.group(1), m.group(3)
    return given, ""


def _candidates(sentence: str, stop: StopWords, lower: bool) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, written in lower case) of the names in one sentence; the lower-case pairs only when
    ``lower``."""
    out = [(name, start, end, False) for name, start, end in names_in(sentence, 0, stop)] if _NAME_HINT.search(sentence) else []
    if lower:
        for m in _LOWER_CANDIDATE.finditer(sentence):
            first, last = m.group(1), m.group(2)
            if _lower_name(first, last, stop) and not any(s <= m.start(1) < e for _, s, e, _ in out):
                out.append((titlecase(f"{first} {last}"), m.start(1), m.end(2), True))
    return out


def _signs_with(before: str, after: str, key: tuple[str, ...], given_key: tuple[str, ...], stop: StopWords,
                opens_line: bool = False) -> bool:
    """Whether a name is how a chat writer signs: where a signature stands (nothing but a greeting, a stop, a slash or
    an emoji before it; nothing after it but where they are from), with the display name's given name, or a
    nickname's first letter on a line of its own with where they are from ("jonte": "jonathan eriksson vansbro kommun."),
    or, with no display name, any name so signed with where they are from ("/ jocke hedin avesta"); a name opening a
    line stands where a signature does, though the line before it ends with no stop."""
    if len(key) < 2 or not (_SIGNING_BEFORE.search(before) or opens_line):
        return False    # (a line the sentence runs on to: "Anmäl mig till alla tillfällen" then "Tove Lund, Mora kommun")
    told = _affiliated(after, stop)
    ends = _KIND_THEN_END.match(after, told) is not None
    if not given_key:
        # no display name to go by ("jocke_h", an emoji): a name ending the message with where they are from after
        # it ("… / jocke hedin avesta", "hälsningar anna berg, mora kommun")
        return told > 0 and ends
    if key[0] == given_key[0]:
        # where the writer is from after the name tells it is theirs, though the message goes on ("Maja Rosén,
        # Säter — anmäler mig …", "anmäl mig – Erik Lundholm, Falu kommun, alla träffar")
        return ends or told > 0
    if len(given_key) == 1 and nickname_of(given_key[0], key[0]):
        # the display name the short form of the one signed ("Jocke": "… 🙌 joakim strömberg, smedjebacken")
        # ... at the message's end, or opening it after a greeting ("hej, sofia sjöqvist, mora kn. anmäler mig …")
        # ... or signed after a slash, ending the message ("… på vårträffen 👍 /joakim berg" from "Jocke")
        return (told > 0 and (ends or _LINE_START.match(before) is not None)) or (
            ends and before.rstrip().endswith("/"))
    # (the name opening a line of its own, after a line ended by a stop or an emoji: "… alla träffarna 👍" then
    # "johanna eriksson, leksand" from "Jojje")
    return (told > 0 and ends and key[0][:1] == given_key[0][:1] and len(given_key) == 1
            and (_LINE_START.match(before) is not None or opens_line))


def _opens_line(text: str, written: str) -> bool:
    """Whether ``written`` opens a line of ``text`` somewhere (after spaces only)."""
    at = text.find(written)
    while at >= 0:
        if not text[text.rfind("\n", 0, at) + 1:at].strip(" \t"):
            return True
        at = text.find(written, at + 1)
    return False


#: A short name with the full name in brackets after it ("Micke (Mikael Strand)", "kalle (karl lindgren)").
_BRACKETED_NAME = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)\s*\(\s*([^\W\d_][\w-]+(?:\s+[^\W\d_][\w-]+){1,2})\s*\)")
#: A name written surname first opening the message, ended by a stop or a comma ("Lindgren, Karl. Falu kommun."), a
#: request's label or a name's perhaps before it ("Anmälan: Lindgren, Karl.", "Namn: Sundqvist, Karin"), or by a dash
#: before where the writer is from ("Lindgren, Karl – Mora.").
_SURNAME_FIRST_OPENING = re.compile(rf"\s*(?:(?i:{_REQUEST_LABEL}|namn|name)\s*:\s*)?([A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?),\s+"
                                    r"([A-ZÅÄÖ][^\W\d_]+)\s*(?:[.,;:\n]|\s[–—-]\s|$)")


#: A full name with the short form of its given name in brackets after it ("Mikael Strand (Micke)", "per nilsson
#: (pelle)", "Lars Wik här (Lasse)"): the words before the bracket, the short form.
_NAME_THEN_BRACKETED = re.compile(r"([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){1,3}?)(?:\s+(?i:här|har|here))?\s*\(\s*"
                                  r"([^\W\d_][\w-]*)\s*\)")


def _written_out(given: str, own: str, signature: str, initial: str | None = None) -> str | None:
    """The full name of a writer shown by a given name or a short form of it ("Micke", "Kalle"), or with the
    surname's initial ("Ingrid W"), as the text writes it out: in brackets after the short name ("Micke (Mikael
    Strand)"), or surname first opening the message ("Lindgren, Karl. Falu kommun. anmäler mig ...", "Anmälan:
    Wallin, Ingrid."), its given name the one shown or that of which it is short, its surname the initial's."""
    def fits(first: str) -> bool:
        key = name_key(first)
        return bool(key) and (key[0] == given or nickname_of(given, key[0]))
    for text in (own, signature):
        for m in _BRACKETED_NAME.finditer(text):
            if name_key(m.group(1)) == (given,) and fits(m.group(2).split()[0]) and (
                    initial is None or name_key(m.group(2))[-1].startswith(initial)):
                return titlecase(" ".join(m.group(2).split()))
        for m in _NAME_THEN_BRACKETED.finditer(text) if initial is None else ():
            words = m.group(1).split()
            if name_key(m.group(2)) != (given,):
                continue
            # (the name is the words from the one with the given name: "anmäl Per Holm (Pelle)" -> "Per Holm")
            at = next((k for k, w in enumerate(words[:-1]) if fits(w)), None)
            if at is not None and len(words) - at <= 3:
                written = " ".join(words[at:])
                return titlecase(written) if written.islower() or written.isupper() else written
    opening = _SURNAME_FIRST_OPENING.match(own)
    if (opening and fits(opening.group(2)) and name_key(opening.group(1))[0] != given
            and (initial is None or name_key(opening.group(1))[0].startswith(initial))):
        return f"{opening.group(2)} {opening.group(1)}"
    return None


def _signed_with_initials(given: str, given_key: str, own: str, own_sentences: list[str], signature: str,
                          stop: StopWords) -> str | None:
    """For a double given name shown ("Karl-Johan"), a signature of its initials and a surname ("/KJ Lundin, Orsa"):
    the given name shown with that surname ("Karl-Johan Lundin")."""
    for line in _last_lines(own, own_sentences, signature):
        for name, _, _, _ in _candidates(line, stop, True):
            words = name.split()
            if len(words) != 2:
                continue
            for k in (0, 1):
                short = fold(words[k])
                if len(short) == given_key.count("-") + 1 and nickname_of(short, given_key):
                    return f"{given} {words[1 - k]}"
    return None


def writer_named(given: str | None, greeting: str, own: str, signature: str, stop: StopWords,
                 signed: bool = True) -> str | None:
    """The writer's full name as the text gives it, for a writer whose display name is none, a nickname, an emoji
    or a given name with an initial ("Henrik S") or with where they are from ("Jenny på Lst"): a name after "jag
    heter", "my name is", "det är jag,", or before "heter jag"; after "det är", "this is", or opening a line, when
    where the writer is from follows ("Det är Nina Ek från Leksand", "Hej, Elsa Mård, Älvdalens kommun."); a name
    alone ending the message, as a signature, with the display name's given name (any, when there is no display
    name); the display name's given name signing the message, in any case, with where they are from perhaps after
    it ("… tyvärr 😞 tove sandström, regionen", "ebba lund avesta."); or, anywhere, the display name written out
    ("Henrik S" -> "Henrik Sandberg"). For a full display name, only the same person's name signed formally
    ("Kalle Byström" signing "/Karl Byström") or written the other way round ("Kowalczyk Marta" writing "Marta
    Kowalczyk"). Not ``signed``: the introductions only (a shared mailbox's writer). When the text gives no name, a
    display name with where the writer is from is the name without it ("Jenny på Lst" -> "Jenny")."""
    shown = display_affiliation(given, stop)[0] if given else given
    # a display name with where the writer is from is the name without it, when the text gives none
    fallback = shown if shown != given else None
    given, given_key = shown, name_key(shown) if shown else ()
    own_sentences = sentences(own)
    if full_name(given):
        if len(given_key) == 2 and signed:      # the display name surname first, the text the other way round
            turned = given_key[::-1]
            for sentence in own_sentences:
                if turned[0] not in fold(sentence):
                    continue
                found = next((n for n, _, _ in names_in(sentence, 0, stop) if name_key(n) == turned), None)
                if found is not None:
                    return found
        return ((_signed_formally(given_key, own, signature, stop) or _introduced_formally(given_key, greeting, own, stop)
                 or _introduced_in_full(given_key, greeting, own, signature, stop))
                if signed else None) or fallback
    initial = given_key[-1] if len(given_key) >= 2 and len(given_key[-1]) == 1 else None
    if signed and (len(given_key) == 1 or (initial and len(given_key) == 2)) and (
            out := _written_out(given_key[0], own, signature, initial)) is not None:
        return out
    if signed and given and len(given_key) == 1 and "-" in given_key[0] and (
            out := _signed_with_initials(given.split()[0], given_key[0], own, own_sentences, signature, stop)):
        return out
    for sentence in (s for part in (sentences(greeting), own_sentences, sentences(signature)) for s in part):
        for name, start, end, lower in _candidates(sentence, stop, signed):
            key = name_key(name)
            before, after = sentence[:start], sentence[end:]
            if _INTRO_STRONG.search(before) or (len(key) >= 2 and _NAMED_AFTER.match(after)):
                return name
            if (len(key) >= 2 and given_key and (key[0] == given_key[0] or nickname_of(given_key[0], key[0]))
                    and _HETER_BARE.search(before)):
                return name     # "… heter jonna kullberg förresten" from "Jonna", the subject left out
            if len(key) >= 2 and (not lower or _SIGNING_BEFORE.search(before)):
                # "Per Ek här.", "ida ek här (orsa) 👋", "ulla berg gagnef här", "tom berg here, working at …";
                # in lower case only where a name opens ("jag läser mejlen här" is none), with the display name's
                # given name or a short form of it, or where the writer is from between ("nya jobbet här" is none)
                told = _affiliated(after, stop)
                if ((_INTRO_AFTER.match(after) and (not lower or not given_key or key[0] == given_key[0]
                                                    or nickname_of(given_key[0], key[0])
                                                    or (_LINE_START.match(before) and _HERE_STOP.match(after))))
                        or (told and _INTRO_AFTER.match(after, told))):
                    return name
            if _APPOSED.search(before) and _APPOSITION_END.match(after, _affiliated(after, stop)):
                return name
            if _SUBJECT_APPOSED.search(before) and _SENTENCE_END.match(after, _affiliated(after, stop)):
                return name     # "... Tor Lund och jag, Eva Berg."
            if (len(key) >= 2 and given_key and (key[0] == given_key[0] or nickname_of(given_key[0], key[0]))
                    and _APPOSED_BARE.search(before) and _OPENS_LIST.match(after)):
                return name     # "hej! jag jonna rask + hanna ek o leo strand" from "Jonna"
            if (initial and (key[0] == given_key[0] or nickname_of(given_key[0], key[0])) and len(key) >= 2
                    and key[-1].startswith(initial)):
                return name
            if signed and _signs_with(before, after, key, given_key, stop, _opens_line(own, sentence[start:end])):
                return name
            if lower:
                continue
            weak = _INTRO_WEAK.search(before) is not None
            if weak or _LINE_START.match(before):
                told = _affiliated(after, stop)
                # after "det är" no clause may follow ("det är Per Ek från Mora som kommer"); a line opening with a
                # name is the writer's only when it ends with where they are from ("Per Ek från Mora kommer" is not)
                if told and (not _CLEFT.match(after[told:]) if weak else _LINE_END.match(after, told)):
                    return name
                if weak and not re.search(r"[^\W\d_]", after):
                    return name     # "Det är Nina Ek."
                if (weak and len(key) >= 2 and given_key and (key[0] == given_key[0] or nickname_of(given_key[0], key[0]))
                        and _RUN_ON_SELF.match(after)):
                    return name     # "det är Sara Lind jag vill anmäla mig" from "Sara", dictated
    if not signed:
        return fallback
    # a name alone on the message's last line, or on the signature's first
    for line in _last_lines(own, own_sentences, signature):
        found = _alone(line, stop)
        if found is not None and (not given_key or name_key(found)[0] == given_key[0]):
            return found
    return fallback
