"""Finding the event's sessions a sentence refers to.

Candidate expressions are found with fast regexes ("3 maj", "den 3:e maj", "3/5", "21.9",
"May 3rd", "måndag 29/11", "på måndag"); only those short strings go to dateparser, and
the dates it gives are snapped to the event's session dates. References no date parser
knows are read here too: ordinals ("första och sista träffen"), seasons ("höstens
träffar"), months ("den i februari"), the whole series ("samtliga", "whole programme")
and exceptions ("alla utom den i februari"). Times, phone numbers, case numbers, street
numbers and date ranges are never sessions.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.parsing.dates import CANONICAL, WEEKDAYS, month_of, parse_date, parse_weekday
from assistant.parsing.prefilter import quick
from assistant.parsing.text import HEDGE_WORDS, fold

if TYPE_CHECKING:
    from assistant.parsing.themes import ThemeIndex

_NOUN = r"(?:träff\w*|traff\w*|tillfälle\w*|tillfalle\w*|sessions?\b|sessionerna|sessioner|meetings?\b|" \
        r"möte[nt]?\b|mote[nt]?\b|gång(?:en|er|erna)?\b|gang(?:en|er|erna)?\b|workshops?\b|one\b|ones\b|dates?\b|datum(?:en)?\b|delar(?:na)?\b)"
_ORDINALS = {"första": 1, "forsta": 1, "first": 1, "1:a": 1, "1st": 1, "andra": 2, "second": 2, "2:a": 2,
             "2nd": 2, "tredje": 3, "third": 3, "3:e": 3, "3rd": 3, "fjärde": 4, "fjarde": 4, "fourth": 4,
             "4:e": 4, "4th": 4, "sista": -1, "last": -1, "final": -1}
_ORD = r"(?:första|forsta|andra|tredje|fjärde|fjarde|sista|first|second|third|fourth|last|final|1:a|2:a|3:e|4:e|1st|2nd|3rd|4th)"
_NUMBERS = {"en": 1, "ett": 1, "one": 1, "två": 2, "tva": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4,
            "four": 4, "fem": 5, "five": 5, "sex": 6, "six": 6}
_SEASONS = {"höst": (8, 9, 10, 11), "host": (8, 9, 10, 11), "autumn": (8, 9, 10, 11), "fall": (8, 9, 10, 11),
            "vår": (3, 4, 5, 6), "var": (3, 4, 5, 6), "spring": (3, 4, 5, 6), "vinter": (12, 1, 2),
            "winter": (12, 1, 2), "sommar": (6, 7, 8), "summer": (6, 7, 8)}

_DAY_MONTH = re.compile(
    r"(?<![\d/.:,-])(\d{1,2})(?::?(?:e|a|te|de|st|nd|rd|th)\b)?\.?(?:\s*(?:of\s+)?|-)"
    r"([A-Za-zÅÄÖåäöé]{3,10})\.?(?:,?\s+(\d{4}))?(?![\w-])", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"(?<![\w-])([A-Za-zÅÄÖåäöé]{3,10})\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|:?e|:?a)?\b(?![/.:]\d)(?:,?\s+(\d{4}))?",
    re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.,:+-])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.,]\d)")
_ISO = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")
#: What dates a day rather than a time ("den 21.09", "the 21.09", "on 21.09").
#: The words right before a session's day written dotted ("anmäl mig 03.05", "till 22.02", "sign me up for 03.05").
_SIGNED_FOR = re.compile(r"\b(?:till|på|pa|for|to|mig|me|oss|us|och|and)\s+$|&\s*$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:den|the|on|datum|date)\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\s*(?:–|-|—|till|to|t\.o\.m\.?)\s*$")
_RANGE_AFTER = re.compile(r"^\s*(?:–|-|—|till|to|t\.o\.m\.?)\s*\d")
_TIME_BEFORE = re.compile(r"(?:\bkl|\bklockan|\bat)\.?\s*$", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öo]rdag|s[öo]ndag|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b(?!\s*(?:den\s+|the\s+)?\d)", re.IGNORECASE)
#: A weekday said as the coming one, to come or not ("kan inte komma på tisdag", "kan inte på måndag", "can't make
#: it on Monday"), not a day told of something else ("sista dagen är på onsdag").
_ON_WEEKDAY = re.compile(r"\b(?:komma|kommer|kan|delta|deltar|ga|gar|gå|går|med|come|make it|attend|join)\s+"
                         r"(?:(?:inte|ej|not)\s+)?(?:(?:nu\s+)?(?:på|pa)|on|this)\s+$", re.IGNORECASE)
_WEEKDAY_PAST = re.compile(r"(?:\bi\s+|\blast\s+|\bförra\s+|\bforra\s+)$", re.IGNORECASE)
#: The sessions held on a day of the week ("tisdagsträffarna", "måndagsträffen", "torsdagens träff", "the Tuesday
#: sessions", "på tisdagarna", "Mondays", "jag kan bara tisdagar", "de träffar som ligger på en tisdag"): those of the
#: configured sessions that fall on it, not the next such day.
_WEEKDAY_SESSIONS = re.compile(
    r"\b(m[åa]ndag|tisdag|onsdag|torsdag|fredag)(?:s|ens\s+)?-?(?:träff|traff|tillfäll|tillfall|möte|mote|session|workshop)(\w*)|"
    r"\b(monday|tuesday|wednesday|thursday|friday)(?:'s)?\s+(?:(sessions|meetings|ones|workshops|dates)|"
    r"session|meeting|one|workshop|date)\b|"
    r"\b(?:på|pa)\s+(m[åa]ndag|tisdag|onsdag|torsdag|fredag)(?:ar|arna)\b|\b(monday|tuesday|wednesday|thursday|friday)s\b|"
    r"\b(?:bara|endast|enbart|only|just)\s+(m[åa]ndag|tisdag|onsdag|torsdag|fredag)(?:ar|arna)\b|"
    r"\b(?:träff|traff|tillfäll|tillfall)\w*\s+som\s+(?:ligger|är|ar|hålls|halls|infaller|går|gar)\s+(?:på|pa)\s+"
    r"(?:en\s+)?(m[åa]ndag|tisdag|onsdag|torsdag|fredag)(?:ar|arna)?\b",
    re.IGNORECASE)
#: What may follow such a weekday to date it ("i maj", "den 21/9", "on 21 September").
_DATED_AFTER = re.compile(r"\s*(?:(?:i|in|on|den|the|på|pa|during)\s+)?(?:the\s+)?(\d|[A-Za-zÅÄÖåäöé]{3,10}\b)", re.IGNORECASE)
#: The singular endings of a Swedish session compound ("måndagsträffen", "tisdagstillfället"): one session meant.
_ONE_ENDING = ("", "en", "et", "t", "e")
_TODAY = re.compile(r"\b(?:i\s*dag|idag|today|i\s*morgon|imorgon|tomorrow|i\s*övermorgon|iövermorgon|i\s*overmorgon|"
                    r"(?:morgon)?dagens\s+(?:träff|traff|tillfälle|tillfalle|session)|today'?s|tomorrow'?s)\b",
                    re.IGNORECASE)
#: The week the message arrives in, or the next ("nästa vecka", "den här veckan", "next week"): the session held
#: in it, if one is.
_THIS_WEEK = re.compile(r"\b(?:(nästa|nasta|kommande|next)|denna|den\s+här|den\s+har|this)\s+(?:vecka|veckan|week)\b",
                        re.IGNORECASE)
#: Coming or not, or a session given up, said in the clause of such a day ("kan inte komma imorgon", "stryk mig
#: idag", "I won't make it tomorrow"): a day asked about, which no session is on when none falls on it (not
#: "jag är i dag anmäld till", "she's away this week and asked me to register her").
_ABOUT_COMING = re.compile(r"\b(?:komma|kommer|delta|deltar|n[aä]rvara|vara med|va med|stryk\w*|avanm[aä]l\w*|avbok\w*|"
                           r"sjuk\w*|attend\w*|come|coming|make it|cancel\w*|sick)\b", re.IGNORECASE)
#: What comes before a list's later ordinal after its comma ("första, andra ..."): an ordinal's last letters. A list is
#: not read again from inside it (linear in its length); after a comma that ends any other word ("Från Leksand, första
#: och sista träffen") the ordinals name their sessions.
_NOT_AFTER_ORDINAL_COMMA = (r"(?<!(?:sta|dra|dje|rde|rst|ond|ird|rth|ast|nal|\dst|\dnd|\drd|\dth),\s)"
                            r"(?<!:[ae],\s)")
_ORDINAL_GROUP = re.compile(
    rf"\b(?<![,&+])(?<!\boch\s)(?<!\band\s)(?<!\bsamt\s)(?<!\bo\s){_NOT_AFTER_ORDINAL_COMMA}(?<!\bor\s)"
    rf"({_ORD}(?>(?:\s*(?:,|och|o|and|&|samt|eller|or|\+)\s*(?:the\s+|den\s+)?{_ORD})*))"
    rf"(?:\s+(två|tva|tre|two|three))?\s+(?:[\wåäö]+\s+)?{_NOUN}", re.IGNORECASE)
#: Words that may follow a session's number ("sessions 2 and 3 please", "träff 2 och 3 tack"); any other word makes
#: the number something else ("träff 3 maj", "session 2 hours").
_AFTER_NUMBER = (r"(?:please|pls|plz|thanks|thank|too|also|only|if|then|but|instead|tack|tacks|också|ocksa|oxå|oxa|"
                 r"även|aven|bara|endast|om|men|istället|istallet|sen|sedan|då|da|"
                 # the next number with its noun again ("träff 1 och träff 3", "session 2 and session 4")
                 r"(?:och|and|samt|eller|or)\s+(?:träff|traff|tillfälle|tillfalle|sessions?|meetings?|nr|nummer|number)|"
                 # a second number after "till"/"to" ("träff 1 till 3", "från träff 2 till 4"), not a date
                 r"(?:till|to)\s+(?:(?:träff\w*|traff\w*|tillfäll\w*|tillfall\w*|sessions?|meetings?)\s*)?\d(?![\d/.:]|"
                 r"\s*[-–]|\s*(?i:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)))")
_NUMBERED = re.compile(
    # (a form's label too: "Träffar: 1, 2 och 4", "Sessions: 2 and 3")
    r"\b(?:träff(?:en|arna|ar)?|traff(?:en|arna|ar)?|tillfälle(?:na|n)?|tillfalle(?:na|n)?|sessions?|meetings?|nr|nummer|"
    r"number)\s*(?::\s*)?"
    r"(?:nr\.?\s*|nummer\s+|no\.?\s*)?(\d(?:\s*(?:,|och|o|and|&|\+|samt|[-–—])\s*\d)*)(?!\d|[a-zåäö]|[/.:]\d|\s*(?!" +
    _AFTER_NUMBER + r"\b)[a-zåäö]{3})",
    re.IGNORECASE)
#: The numbers of a move's new sessions after a numbered set moved from ("från träff 1+2 till 1+4", "byt från
#: tillfälle 2 till 3", "from session 2 to 4"): sessions too, their noun left out.
_MOVED_TO = re.compile(
    r"\s+(?:till|to)\s+(?:(?:träff(?:en|arna)?|traff(?:en|arna)?|tillfälle(?:t|na)?|tillfalle(?:t|na)?|sessions?|"
    r"meetings?)\s*)?(\d(?:\s*(?:,|och|o|and|&|\+|samt)\s*\d)*)(?!\d|[/.:]\d|\s*(?!" + _AFTER_NUMBER +
    r"\b)[a-zåäö]{3})", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\b(?:från|fran|from|fr\.?)\s+(?:[\wåäö]+\s+)?$", re.IGNORECASE)
#: A word of moving or changing before "från"/"from" (folded text): "till" then joins two sets, it spans no range.
_MOVE_WORD = re.compile(r"\b(?:byt\w*|flytt\w*|andr\w*|swap\w*|switch\w*|mov(?:e|es|ing)|chang\w*|transfer\w*)\b")
_NUMBER_RANGE = re.compile(r"(\d)\s*[-–—]\s*(\d)")
#: (not the first names of a list: "de tre första går före", "de två första har förtur", "de tre första på listan")
_LIST_HEAD = (r"(?!\s+(?:går|gar)\s+före|\s+(?:går|gar)\s+fore|\s+(?:har\s+)?förtur|\s+(?:har\s+)?fortur|\s+prioriteras|"
              r"\s+(?:på|pa|i)\s+listan|\s+(?:personerna|namnen|deltagarna|kollegorna|people|names|on\s+the\s+list|"
              r"go\s+first|have\s+priority)\b)")
#: Priority given, right before a count and an ordinal ("prioriterar vi de tre första", "förtur för de två första",
#: "please prioritise the first two"): people in a list, not sessions.
_PRIORITY_BEFORE = re.compile(r"\b(?:prioriter\w*|förtur|fortur|företräde|foretrade|prioriti[sz]e\w*|priority)\b"
                              r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
_COUNT_ORDINAL = re.compile(r"\b(två|tva|tre|two|three)\s+(första|forsta|sista|first|last)\b" + _LIST_HEAD + "|"
                            # "de tre senare träffarna", "the two later sessions": the last ones
                            # ... or those left ("de tre återstående träffarna", "de tre träffar som återstår", "the
                            # three remaining sessions")
                            rf"\b(?:de|the)\s+(två|tva|tre|two|three)\s+(?:(?:senare|later|återstående|aterstaende|"
                            rf"kvarvarande|remaining)\s+(?:[\wåäö]+\s+)?{_NOUN}|{_NOUN}\s+(?:som\s+(?:återstår|aterstar|"
                            rf"(?:är|ar|finns)\s+kvar)|(?:that\s+)?(?:remain|are\s+left)\b))|"
                            # "the last two", "the first three" (not "the last two weeks")
                            r"\bthe\s+(first|last)\s+(two|three)\b(?!\s+(?:weeks?|days?|months?|years?|hours?|times?|"
                            r"minutes?|people|persons?|colleagues?|names?|on\s+the\s+list|go\s+first|have\s+priority)\b)",
                            re.IGNORECASE)
#: A season named ("i höst", "höstens träffar", "the spring session"), or its term ("höstterminens två träffar").
_SEASON = re.compile(r"\b(?:i\s+|in\s+the\s+|this\s+|under\s+)?(höst|host|vår|var|vinter|autumn|fall|spring|"
                     r"winter|sommar|summer)(?:termin(?:ens|en)?|ens|en|ns|n|s|'s)?\b", re.IGNORECASE)
#: "fall" as the Swedish word for a case ("i alla fall", "i så fall", "i varje fall", "i fall det går"), not autumn.
_CASE_BEFORE = re.compile(r"\b(?:i|alla|vilket|varje|annat|bästa|basta|värsta|varsta|så|sa|detta|dessa|flera|många|"
                          r"manga|samtliga|sådana|sadana|några|nagra|något|nagot|ett)\s+$", re.IGNORECASE)
#: "Only" right before a season in the definite form ("bara hösten för min del", "endast våren", "only the
#: autumn"): its sessions, though no session noun is written.
_ONLY_SEASON = re.compile(r"\b(?:bara|endast|enbart|only|just)\s+(?:the\s+)?$")
#: A signup "to" a season in the definite form ("anmäl mig till hösten", "boka oss till våren"): its sessions.
_SIGNED_UP_TO = re.compile(r"\b(?:anmal\w*|boka\w*|registrera\w*|skriv\w* upp)\W+(?:[\w-]+\W+){0,8}?till\s+$")
#: A count right after a season's genitive, its noun left out ("bara höstens två", "vårens och höstens tre"): the
#: season's sessions.
_SEASON_COUNT = re.compile(r"\s+(?:två|tva|båda|bada|tre)\b(?!\s+(?:första|forsta|sista|senare|veckor|dagar|gånger|ganger))",
                           re.IGNORECASE)
#: A season said as a time already past ("anmälde mig tidigare i vinter", "earlier this autumn"): no session.
_PAST_SEASON = re.compile(r"\b(?:tidigare|earlier|back)\s+$", re.IGNORECASE)
#: The first part of a hyphenated compound naming the event ("DalaLab-"), not a season, month or weekday ("höst-").
_NAMED_HEAD = (r"(?:(?!(?:h[öo]st|v[åa]r|vinter|sommar|jan\w*|feb\w*|mar\w*|apr\w*|maj|may|jun\w*|jul\w*|aug\w*|"
               r"sep\w*|okt\w*|oct\w*|nov\w*|dec\w*|m[åa]ndag\w*|tisdag\w*|onsdag\w*|torsdag\w*|fredag\w*)s?-)"
               r"[\wåäö]+-)?")
_ALL = re.compile(
    # (the noun may be a compound's head after a hyphen: "alla DalaLab-träffarna"; not a season's, a month's or a
    # weekday's: "alla höst-träffarna" are those of the autumn)
    r"\b(?:samtliga|alla\s+(?:de\s+)?(?:(?:fyra|4|tre|3|fem|5)\s+)?" + _NAMED_HEAD + r"(?:träff\w*|traff\w*|tillfäll\w*|tillfall\w*|"
    r"datum\w*|gånger\w*|ganger\w*|sessioner\w*|delar\w*|dagar\w*)|alla\s+(?:fyra|4)\b|"
    r"hela\s+(?:\w+\s+)?" + _NAMED_HEAD + r"(?:programmet|serien|lärprojektet|larprojektet|projektet|kursen|utbildningen|dalalab)|"
    r"(?:whole|entire|full|complete)\s+(?:\w+\s+)?(?:programme|program|series|course|project)|"
    r"all\s+(?:of\s+)?(?:the\s+)?(?:(?:four|4)\s+)?(?:\w+\s+)?(?:sessions|meetings|dates|events|workshops)|"
    r"all\s+(?:four|4)\b|every\s+session|each\s+session|all\s+of\s+them|alla\s+(?:av\s+)?dem)", re.IGNORECASE)
#: "alla"/"all" alone for the whole series: taken at a clause's end ("jag tar alla", "går på alla", "I'll attend
#: all"), a table cell ("| Alla |", "per@ort.se  alla (vegan)") or a sentence of its own ("Alla tack!"). Looked for
#: only when "all" is written (folded).
_ALL_BARE = quick(re.compile(
    r"\b(?:(?:tar|ta|(?:gar|ga|kommer|komma|deltar|delta)(?:\s+(?:jag|vi|hon|han|hen))?\s+(?:pa|i)|"
    r"(?:ar|vara)(?:\s+(?:jag|vi|hon|han|hen))?\s+med\s+(?:pa|i))(?:\s+(?:jag|vi|hon|han|hen))?|"
    r"(?:anmal|anmaler|anmala)\s+(?:mig|oss|honom|henne|hen|dem)\s+till|attend|take|join|(?:come|go)\s+to|"
    # the signup said whole ("anmäld till alla", "är registrerad på alla", "registered for all", "booked on all")
    r"(?:anmald|anmalda|registrerad|registrerade|bokad|bokade|registered|booked|signed\s+up)\s+(?:till|pa|for|on|to))"
    # a small word may follow before the clause ends ("vill gå på alla nu om det går", "I'll take all instead")
    r"\s+(?:alla|all)(?:\s+(?:nu|da|ocksa|aven|istallet|i\s+stallet|now|then|too|also|instead))?"
    r"(?=\s*(?:$|[.,;!?)]|tack\b|thanks\b|please\b|om\b|if\b))|"
    r"(?:^|\|)\s*(?:alla|all)\s*(?=$|\|)|@[\w.-]+\s+(?:alla|all)(?=\s*(?:$|[|(;]))|"
    # one's part said without a verb ("jag på alla, de två bara i höst", "me for all, Tom only in May")
    r"(?:^|[,;:]\s*|\b(?:och|men|and|but)\s+)(?:jag|vi|hon|han|hen|i|me)\s+(?:pa|till|on|for)\s+(?:alla|all)"
    r"(?=\s*(?:$|[.,;!?)]))|"
    # a whole sentence of it, a chat reply ("Alla!", "alla tack 🙂", "All, please.")
    r"^\W*(?:alla|all)\W*(?:(?:tack|thanks|please|pls)\W*)?$"))
#: ... one named person's part said so, after another's ("jag går på den första och kollegan Bo Ek på alla", "jag tar
#: maj, Eva Lind till alla"): a role word or a capitalised full name before "på alla" (checked in the sentence as
#: written; here folded), not "vi kommer alla", "lunch och fika på alla?" (no person).
_ALL_BARE_NAMED = re.compile(
    r"(?:[,;:]\s*|\b(?:och|men|samt|and|but)\s+)(?:(?:min|mitt|var|vart|my|our)\s+)?"
    r"(?P<role>kolleg\w*|colleague|chef\w*|medarbetare\w*|manager|boss)?\s*"
    r"(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?\s+[^\W\d_]+(?:-[^\W\d_]+)?)?\s+(?:pa|till|on|for)\s+(?:alla|all)"
    r"(?=\s*(?:$|[.,;!?)]))")


def _all_bare_named(sentence: str, folded: str) -> Iterator[re.Match[str]]:
    """The places "på alla" is said of one named person (``_ALL_BARE_NAMED``): after a role word, or after a full name
    written with capitals."""
    for m in _ALL_BARE_NAMED.finditer(folded):
        name = m.group("name")
        if m.group("role") or (name is not None and all(w[:1].isupper() for w in sentence[m.start("name"):m.end("name")].split())):
            yield m


#: The whole series denied just before it ("hinner inte med hela serien", "can't do all the sessions").
_ALL_DENIED = re.compile(r"\b(?:inte|ej|not|cannot|can't|can’t|unable|ingen|no)\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
#: The whole series said as too much ("det blir för mycket för mig att gå på alla fyra", "it's too much to attend all
#: the sessions"): folded text before it, within its sentence.
#: "Not" right before "all" ("inte alla", "inte på alla", "går inte till alla", "not all", "not to all"), folded.
_NOT_ALL = re.compile(r"\b(?:inte|ej|not)\s+(?:(?:pa|till|med pa|to|at|on)\s+)?$")
_ALL_TOO_MUCH = re.compile(r"\b(?:for mycket|for manga|too much|too many|for tungt|for betungande)\b[^.;!?]{0,40}$")
#: The whole of it ("avanmäla mig från alltihop", "anmäl mig till alltsammans", "remove me from everything"); looked
#: for only when one of _EVERYTHING_WORDS is written (folded text).
_EVERYTHING = re.compile(r"\b(?:fran|pa|till|from|to)\s+(?:alltihop|alltihopa|alltsammans|allt\s+ihop|allt\s+sammans|"
                         r"everything)\b")
_EVERYTHING_WORDS = ("allt", "everything")
#: No session at all ("kommer inte på någon träff", "ingen av träffarna", "can't attend any of the sessions"): a
#: withdrawal from every session. Not when the sessions are narrowed after ("någon träff i höst": those in the autumn).
_SESSIONS_NOUN = (r"(?:träff\w*|traff\w*|tillfäll\w*|tillfall\w*|sessioner\w*|sessions?|möte\w*|mote\w*|meetings?|"
                  r"workshops?|dates|datum\w*|gång\w*|gang\w*)")
_ANY_SESSION = re.compile(
    r"\b(?:(?:ingen|inget|inga|none)|(?P<any>n[åa]gon|n[åa]got|n[åa]gra|any))\s+(?:(?:av|of)\s+(?:(?:de|dem|the|them|our|"
    r"era|våra|vara)\s+)?)?(?:(?:fyra|4|four)\s+)?(?>" + _SESSIONS_NOUN + r")(?!\w)"
    r"(?!\s+(?:i|under|in|during|this|efter|after|före|fore|before|på|pa|on|fr|från|fran|from|den|the|utom|except|"
    r"förutom|forutom|but)\b)", re.IGNORECASE)
#: Leaving the learning project itself ("jag lämnar min plats", "hoppar av lärprojektet", "give up my place"): every
#: session, unless the same clause names the sessions. Not a place handed over ("lämnar min plats till Per").
_LEAVES_PROJECT = re.compile(
    r"\b(?:lämna|lämnar|lamna|lamnar|ge[r]?(?:\s+(?:jag|vi|hon|han|hen))? upp|släpp(?:a|er)|slapp(?:a|er)|avstå[r]?"
    r"(?:\s+(?:jag|vi|hon|han|hen))? från|avsta[r]?(?:\s+(?:jag|vi|hon|han|hen))? fran)\s+(?:(?:jag|vi|hon|han|hen)\s+)?"
    r"(?:min|sin|hans|hennes|vår|var|vara|våra|er|deras)\s+(?:plats|platser|anmälan|anmalan)\b(?!\s+(?:till|åt|at|för|for)\b)|"
    r"\b(?:hoppa[r]?|kliva|kliver)(?:\s+(?:jag|vi|hon|han|hen))? av\s+(?:\w+\s+)?(?:dalalab|lärprojektet|larprojektet|projektet|programmet|utbildningen|"
    r"kursen|serien)\b|"
    r"\b(?:give|gives|giving)\s+up\s+(?:my|his|her|our|their)\s+(?:place|spot|seat|registration)s?\b(?!\s+(?:to|for)\b)|"
    r"\b(?:withdraw\w*|drop\w* out|pull\w* out)\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?(?:dalalab|programme|program|"
    r"project|course|series)\b|"
    # a withdrawal said to be whole ("avanmäl mig helt", "stryk oss från listan helt och hållet", "helt avboka min plats",
    # "cancel my place completely", "withdraw entirely"); not "helt enkelt" (simply), nor "fully booked"
    r"\b(?:avanmäl\w*|avanmal\w*|avboka\w*|stryk\w*|cancel\w*|withdraw\w*|remove)\s+(?:[^\s,.;:!?]+\s+){0,4}?"
    r"(?:helt(?!\s+enkelt)|completely|entirely|altogether|fully(?!\s+booked))\b|"
    r"\b(?:helt|completely|entirely|fully)\s+(?:avanmäl\w*|avanmal\w*|avboka\w*|stryk\w*|cancel\w*|withdraw\w*)",
    re.IGNORECASE)
#: The signup or the event given up as a whole: every session, unless the sentence names some ("Härmed återkallas
#: anmälan för Eva Ek, ..., avseende tillfället 29 november": that one).
_LEAVES_SIGNUP = re.compile(
    # the signup itself taken back ("drar tillbaka vår anmälan", "återkallar min anmälan", "anmälan dras tillbaka")
    r"\b(?:dra|drar|drog|dragit|dras)\s+(?:\w+\s+)?tillbaka\s+(?:\w+\s+){0,2}?(?:anmälan|anmalan|anmälningar\w*|"
    r"anmalningar\w*|platser(?:na)?|platsen)\b|\b(?:återkall|aterkall)\w*\s+(?:\w+\s+){0,2}?(?:anmälan|anmalan|"
    r"anmälningar\w*|anmalningar\w*)\b|\b(?:anmälan|anmalan)\s+(?:\w+\s+){0,3}?(?:dras|tas)\s+tillbaka\b|"
    # taken off the event itself ("avanmäla mig från DalaLab", "stryk oss ur lärprojektet", "remove me from the
    # programme"), a signup cancelled ("cancel my registration", "avboka min anmälan", "withdraw our booking")
    r"\b(?:avanmäl\w*|avanmal\w*|avboka\w*|stryk\w*|ta\s+bort|tar\s+bort|plocka\s+bort|remove|unregister|"
    r"deregister|withdraw\w*)\s+(?:(?:mig|oss|henne|honom|hen|dem|me|us|him|her|them|myself|ourselves)\s+)?"
    r"(?:off\s+|out\s+)?(?:från|fran|ur|from|of)\s+(?:hela\s+|the\s+(?:whole\s+|entire\s+)?)?(?:dalalab|lärprojekt\w*|"
    r"larprojekt\w*|projekt\w*|programme\w*|program\w*|kurs(?:en)?|serien|utbildning\w*|project|course|series)\b|"
    r"\b(?:cancel\w*|withdraw\w*|avboka\w*|återkall\w*|aterkall\w*)\s+(?:my|our|his|her|their|min|mitt|vår|vårt|var|"
    r"vart|hans|hennes|deras)\s+(?:registrations?|bookings?|places?|spots?|seats?|participation|signup|sign-up|"
    r"anmälan|anmalan|anmälningar|anmalningar|plats|platser|deltagande)\b(?!\s+(?:till|åt|at|för|for|to)\b)",
    re.IGNORECASE)
#: A clause's edge that makes it follow from the one before ("..., så jag ...", "... so I ..."): folded, up to the edge.
_SO_BEFORE = re.compile(r"\b(?:sa|so)$")
#: The whole of the event named in a withdrawal ("från hela DalaLab", "from the whole programme").
_WHOLE_OF = re.compile(r"\b(?:hela|whole|entire)\b", re.IGNORECASE)
#: A part of a sentence saying what a withdrawal concerns ("..., avseende tillfället 29 november", ", regarding the May
#: session"): folded text.
_CONCERNING = re.compile(r"\s*(?:avseende|gallande|angaende|rorande|betraffande|i fraga om|regarding|concerning|"
                         r"as regards|with regard to)\b")
#: Words (folded) one of the forms above holds: most sentences hold none, and substring tests cost far less.
_LEAVES_WORDS = ("plats", "anmalan", "hoppa", "kliv", " up", "withdraw", " out", "helt", "complete", "entire",
                 "altogether", "fully", "tillbaka", "aterkall", "anmalning", "dalalab", "projekt", "project",
                 "program", "kurs", "course", "serie", "utbildning", "registration", "booking", "participation",
                 "place", "spot", "seat", "signup", "sign-up", "deltagande")
_NONE_WORDS = ("inge", "inga", "none", "nago", "nagr", "any")
#: Not coming at all ("kan inte delta alls längre", "hon kommer inte alls", "can't attend at all"): folded text; every
#: session when the clause names none ("passar inte alls den 21/9" is that day).
_NOT_AT_ALL = re.compile(r"\b(?:inte|ej|aldrig)\s+(?:[a-z]+\s+){0,3}?alls\b|"
                         r"(?:\b(?:not|never|cannot)|n't)\s+(?:[a-z]+\s+){0,3}?at\s+all\b")
#: Before "någon"/"any": a negated attending ("kan inte komma på", "won't attend", "hinner inte med").
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|not|never|cannot)\b|n't\b", re.IGNORECASE)
_ATTENDING = re.compile(r"\b(?:komma|kommer|delta|deltar|närvara|narvara|vara med|va med|gå|ga|går|gar|medverka|"
                        r"hinna|hinner|attend\w*|come|coming|make|join\w*|participate|take part)\b", re.IGNORECASE)
#: (misspelt too: "exept", "excpet", "execpt", "förrutom"; not "expect", a word of its own; "fast inte", "dock inte"
#: as "men inte": "Räkna med mig! Fast inte i februari")
_EXCEPT = re.compile(r"\b(?:utom|förutom|forutom|förrutom|forrutom|except|exept|excpet|execpt|excluding|but\s+not|men\s+inte|fast\s+inte|dock\s+inte|bortsett\s+från|bortsett\s+fran|"
                     r"apart\s+from|not\s+the|(?<=\ball\s)(?:but|bar)(?=\s+(?:the\b|that\b|(?-i:[A-Z])|\d))|(?<=\bthem\s)bar)\b"
                     # (a person set apart is no session left out: "förutom mig vill Lena Dahl vara med på alla")
                     r"(?!\s+(?:mig|mej|oss|dig|er|honom|henne|dem|me|us|you|him|her|them)\b"
                     # nor one named, then what is said of them ("alla utom Tobias, som bara kan den sista")
                     r"|\s+(?!(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\b)"
                     r"(?-i:[A-ZÅÄÖ][a-zåäöéü]+)(?:\s+(?-i:[A-ZÅÄÖ][a-zåäöéü]+))?,?\s+(?:som|who|that|kan|har|ska|"
                     r"g[aå]r|kommer|can|has|will|only|bara)\b)", re.IGNORECASE)
#: A contrast after a comma ("bara 21/9, inte maj", "May 3, not September"), not "inte bara": the sessions after it
#: are left out, up to the end of the clause (folded text; looked for only when a comma and a negation are written).
#: Without the comma too right after a date written with digits or a month in full ("menade 22/2 inte 21/9", "3 maj
#: och inte september", "May 3 not September").
_CONTRAST = re.compile(r"(?:,|(?<=\s)[–—-]|(?<=\d)|(?<=\bmaj)|(?<=\bmay)|(?<=\bjuni)|(?<=\bjune)|(?<=\bjuli)|(?<=\bjuly)|"
                       r"(?<=ari)|(?<=mber)|(?<=ober)|(?<=\bmars)|(?<=\bmarch)|(?<=\bapril)|(?<=\baugusti)|"
                       r"(?<=\baugust))\s*(?:(?:och|and|men|but)\s+)?(?:inte|ej|not)\b"
                       r"(?!\s+(?:bara|heller|enbart|only|just|either)\b)")
_COMPOUND_NOUN = r"(?:träff|traff|tillfäll|tillfall|möte|mote|sessionen|sessionerna|workshop)\w*"
#: A session this spring, "vår" after a session noun and before nothing it could own ("träffen i vår", "träffarna i
#: vår och i höst"; not "träffen i vår kommun", where "vår" is "our").
_SPRING_NOW = re.compile(r"\b(träff|traff|tillfälle|tillfalle|möte|mote)(\w*)\s+i\s+vår"
                         r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:och|eller|samt|också|ocksa|tack|då|da)\b)", re.IGNORECASE)
#: "i vår" said as when, nothing after it that "vår" ("our") could own: the clause ends (a dash too, or a chat's sign-off follows,
#: "jag hinner bara i vår /Ingrid"), a verb follows ("i vår passar det bra"),
#: "men" follows ("i vår men inte senare"), or a joining word brings another season or a date ("kan vara med i vår och
#: i höst", "i vår o i höst", "jag kan i vår."), like "i höst".
_SPRING_WHEN = re.compile(r"(?=\s*(?:[.,;:!?)–—]|$)|\s+-\s|\s+/|\s+(?:tack|då|da|men)\b|"
                          r"\s+(?:passar|går|gar|funkar|fungerar|kan|hinner|skulle|vore)\b|"
                          # a joining word, then another season or a date ("i vår och i höst", "i vår men inte 21/9")
                          r"\s+(?:och|eller|samt|o|&)\s+(?:(?:också|ocksa|även|aven|inte|ej)\s+)?(?:i\s+|på\s+|den\s+)?"
                          r"(?:h[öo]st|vinter|\d|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))", re.IGNORECASE)
_SEASON_COMPOUND = re.compile(r"\b(höst|host|vår|var|vinter|sommar)(?:ens|en|s)?-?" + _COMPOUND_NOUN, re.IGNORECASE)
_MONTH_COMPOUND = re.compile(r"\b([A-Za-zÅÄÖåäöé]{3,10})-?" + _COMPOUND_NOUN, re.IGNORECASE)
#: A plural article right before "andra" ("de andra", "dom andra"): the others, not the second.
_PLURAL_BEFORE = re.compile(r"\b(?:de|dom)\s+$", re.IGNORECASE)
_BARE_ORD = re.compile(rf"(?:\b(?:den|det|de|the)\s+)?\b({_ORD})(?!\w)", re.IGNORECASE)
_WORD_NUMBERS = {"ett": 1, "en": 1, "ettan": 1, "one": 1, "två": 2, "tva": 2, "tvåan": 2, "two": 2, "tre": 3,
                 "trean": 3, "three": 3, "fyra": 4, "fyran": 4, "four": 4}
_NUMBER_WORD = r"(?:ett|ettan|en|one|två|tva|tvåan|two|tre|trean|three|fyra|fyran|four)"
_NUMBERED_WORDS = re.compile(
    rf"\b(?:(?:träff(?:en)?|traff(?:en)?|tillfälle(?:t)?|tillfalle(?:t)?|session|meeting)\s+(?:(?:nr|nummer|number|no)\.?\s+)?"
    rf"|(?:nr|nummer|number)\.?\s+)({_NUMBER_WORD}(?:\s*(?:,|och|o|and|&|\+|samt)\s*{_NUMBER_WORD})*)\b", re.IGNORECASE)
#: A year written after a day and month ("22/2 -28", "3 maj -27", "21/9 '27"): not a range.
_YEAR_SUFFIX = re.compile(r"\s?(?:[-–']\s?|\s)(20\d\d|\d\d)(?![\d/:]|\.\d|\s*[-–/.]\s*\d)")
AddFn = Callable[[int, set[dt.date]], None]
_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]{3,10}")
#: "in May", "May session": the English month, not the verb (looked for beside the word only).
_MAY_BEFORE = re.compile(r"\b(?:in|of|on|early|late|mid|the|and|for|from|until|after|before|by)\s+$", re.IGNORECASE)
#: A month said whole ("hela maj", "all of May", "the whole of February", "throughout May"): a span of time.
_WHOLE_BEFORE = re.compile(r"\b(?:hela|all\s+of|(?:the\s+)?whole\s+of|throughout)\s+$", re.IGNORECASE)
#: A range of days right before a month's name ("28-30 nov", "1–15 augusti", "20 - 25 Feb").
_DAY_RANGE_BEFORE = re.compile(r"(?<![\d/.])\d{1,2}\.?\s*[-–—]\s*\d{1,2}\.?\s*$")
_SURNAME_AFTER = re.compile(r"\s+(?!(?i:session|meeting|one|workshop|and)\b)[A-ZÅÄÖÉ][a-zåäöéü]+")
_MAY_AFTER = re.compile(r"\s*(?:session|meeting|one|workshop|and|[+&]\s*(?:\d|[a-z]{3}))", re.IGNORECASE)
#: A day of the month alone ("bara den 29:e", "the 21st"): the session on that day, when only one is. Matched on
#: the folded sentence, like the parser's other word lists ("istället" and "istallet" alike).
_BARE_DAY = re.compile(r"\b(?:den|the)\s+(\d{1,2})(?::?(?:e|a)\b|st\b|nd\b|rd\b|th\b)?(?![\d/.:-]\d)"
                       r"(?=\s*(?:$|[.,;!?)]|(?:och|and|eller|or|samt|men|but|istallet|i stallet|instead|tack|thanks|please|"
                       # a verb saying whether the day suits ("den 21 kan jag", "den 29 går inte", "the 21st works")
                       r"kan|gar|funkar|fungerar|passar|works?|suits?)\b))")
#: A day written with an ordinal's ending ("stryka den 21:a från min anmälan", "the 29th is off"): a day of the month
#: wherever it stands, when no session number can be meant (a day past the number of sessions: "den 3:e" may be the
#: third session). Folded text.
_BARE_DAY_WRITTEN = re.compile(r"\b(?:den|the)\s+(\d{1,2})(?::(?:e|a)|st|nd|rd|th)\b(?![\d/.:-]\d)"
                               r"(?!\s+(?:century|centuries|arhundrade\w*|sekel\w*)\b)")
#: A session noun in the singular after a season ("höstens träff", "the autumn session").
_ONE_NOUN = re.compile(r"\s+(?:[\wåäö]+\s+)?(?:träff|traff|träffen|traffen|tillfälle|tillfalle|tillfället|"
                       r"tillfallet|mötet|motet|session|sessionen|meeting|one|workshop|workshopen)\b", re.IGNORECASE)
#: A session noun in the singular, definite, right before a season said as when ("träffen i höst", "the session in
#: the autumn").
_ONE_BEFORE = re.compile(r"(?<![\w-])(?:träffen|traffen|tillfället|tillfallet|mötet|motet|sessionen|workshopen|"
                         r"the (?:session|meeting|workshop))\s+$", re.IGNORECASE)
_ONE_COMPOUND = re.compile(r"(?:träff|traff|träffen|traffen|tillfället|tillfallet|mötet|motet|sessionen|workshopen)$",
                           re.IGNORECASE)


#: A week number ("v. 38", "v38", "vecka 48", "week 38", "w 38", "veckorna 38", "weeks 38"): the session in that ISO week.
_WEEK = re.compile(r"(?<![\w.])(?:v\.?|vecka|veckan|veckorna|vec\.|week|weeks|wk\.?|w\.?)\s?(\d{1,2})(?![\d/.:,]\d|\d)",
                   re.IGNORECASE)
#: One more week number listed after one ("v. 18, 38 och 48", "weeks 38 and 48"): not a time or a year after it.
_MORE_WEEKS = re.compile(r"\s*(?:,|och|o|and|&|\+|samt|/)\s*(?:v\.?\s?)?(\d{1,2})(?![\d/.:,]\d|\d)", re.IGNORECASE)
#: Two or more ordinals without a session noun ("första och sista", "the first and the third").
#: (Not from inside a list, and the list taken whole, atomically: a list of 2,000 ordinals is read in linear time.)
_BARE_ORDINALS = re.compile(rf"\b(?<![,&+])(?<!\boch\s)(?<!\band\s)(?<!\bsamt\s)(?<!\bo\s){_NOT_AFTER_ORDINAL_COMMA}"
                            rf"(?<!den\s)(?<!the\s)"
                            rf"({_ORD}(?>(?:\s*(?:,|och|o|and|&|samt|\+)\s*(?:den\s+|the\s+)?{_ORD})+))"
                            r"(?=\s*(?:$|[.,;!?)]|(?:tack|thanks|please|om|if)\b))", re.IGNORECASE)
#: One ordinal after "den"/"the", its session noun left out ("vill också gå på den sista", "the third too"), or
#: followed by what it is about or who holds it ("den sista om tillgänglighet", "den första med Boverket", "the last
#: on accessibility"), or by a word of time ("kan bara den sista nu"); not "andra" ("den andra" is as often "the
#: other").
_LONE_ORD = re.compile(r"\b(?:den|the)\s+(första|forsta|tredje|fjärde|fjarde|sista|first|third|fourth|last|final)"
                       r"(?=\s*(?:$|[.,;!?)]|(?:och|and|också|ocksa|oxå|oxa|även|aven|too|also|as well|tack|thanks|"
                       r"please|istället|istallet|i stället|i stallet|instead|om|med|on|about|with|nu|now|då|then)\b))", re.IGNORECASE)
#: "den andra", "the second", its session noun left out: an ordinal when another ordinal in the sentence has the
#: noun ("från första träffen till den andra") or when it is taken instead ("kan jag ta den andra istället"); alone,
#: "den andra" is as often "the other".
_LONE_SECOND = re.compile(r"\b(?:den|the)\s+(?:andra|second)(?=\s*(?:$|[.,;!?)]|(?P<instead>istället|istallet|"
                          r"i stället|i stallet|instead)|(?:och|and|också|ocksa|oxå|oxa|även|aven|too|also|as well|"
                          r"tack|thanks|please)\b))", re.IGNORECASE)

#: A session's number said as a noun ("2:an och 3:an", "bara trean", "ettan och fyran"): written with digits
#: anywhere; in words ("trean" is also a school year, "ettan" a bus line) in a list of two or more, or after a word
#: that takes a session ("på", "till", "bara"; not "ta": "jag tar ettan" is as often the bus).
_NUMBER_NOUN = re.compile(r"(?<![\w:/.])([1-4]):an\b|\b(ettan|tvåan|tvaan|trean|fyran)\b", re.IGNORECASE)
_NUMBER_NOUN_WORDS = {"ettan": 1, "tvåan": 2, "tvaan": 2, "trean": 3, "fyran": 4}
_NUMBER_NOUN_TAKER = re.compile(r"\b(?:på|pa|till|bara|endast|även|aven|också|ocksa|utom|förutom|forutom)\s+$",
                                re.IGNORECASE)
_NUMBER_NOUN_JOIN = re.compile(r"^\s*(?:,|och|o|and|&|\+|samt|eller)\s*$", re.IGNORECASE)

#: A year right after "all the sessions" ("alla träffar under 2027", "all sessions in 2027"): those of that year.
_IN_YEAR = re.compile(r"\s+(?:under|i|in|during)\s+(?:år\s+|ar\s+)?(20\d\d)\b(?![-/.]\d)", re.IGNORECASE)
#: ... or after "the sessions", perhaps counted ("de tre träffarna som ligger under 2027", "the sessions held in
#: 2027"): those of that year, when the count, if any, fits.
_OF_YEAR = re.compile(r"\b(?:de|dom|the)\s+(?:(två|tva|tre|fyra|two|three|four|[234])\s+)?(?:träffarna|traffarna|"
                      r"tillfällena|tillfallena|sessionerna|sessions|meetings)\s+(?:(?:som|that|which)\s+"
                      r"(?:ligger|hålls|halls|är|ar|äger\s+rum|ager\s+rum|går|gar|are|take\s+place|fall)\s+)?"
                      r"(?:under|i|in|during)\s+(?:år\s+|ar\s+)?(20\d\d)\b(?![-/.]\d)", re.IGNORECASE)
_COUNT_WORDS = {"två": 2, "tva": 2, "tre": 3, "fyra": 4, "two": 2, "three": 3, "four": 4}

#: Words one of the relative forms below holds, and a week number's start (both in folded text): most sentences
#: hold none, and substring tests cost far less than a search for the forms themselves.
_RELATIVE_WORDS = ("nasta", "narmaste", "kommande", "next", "upcoming", "coming", "och med", "o.m", "o. m", "starting",
                   "including", "as of", "tom ", "framat", "resten", "darefter", "senare", "from", "veck", "weeks",
                   "efter", "after", "fran host", "fran var", "fran vinter")
_WEEK_START = re.compile(r"[vwk]\.?\s?\d")
#: The next session after the message arrives ("nästa träff", "the upcoming session"); plural: all those to come.
_NEXT = re.compile(r"\b(?:nästa|nasta|närmaste|narmaste|kommande|next|upcoming|coming)\s+(?:[\wåäö]+\s+)?"
                   r"(?:(träff|traff|träffen|traffen|tillfälle|tillfalle|tillfället|tillfallet|mötet|motet|möte|mote|"
                   r"session|sessionen|meeting|workshop|workshopen|gång|gang)|(träffar|traffar|träffarna|traffarna|"
                   r"tillfällen|tillfallen|tillfällena|tillfallena|sessioner|sessionerna|sessions|meetings|möten|moten))\b",
                   re.IGNORECASE)
#: The organisers doing something, before "nästa gång" in its clause ("hoppas ni tänker om till", "ni borde skicka
#: inbjudan tidigare"), not anyone coming ("kan ni anmäla mig till"): folded text before it.
_ORGANISERS_NEXT_TIME = re.compile(r"\bni\b(?![^,.;:!?]*\b(?:anmal\w*|boka\w*|skriv\w* upp|satt\w* upp|ta med|kommer|"
                                   r"komma|ga|delta\w*)\b)[^,.;:!?]*$")
#: A hope before "nästa gång" in its sentence ("vi hoppas kunna vara med nästa gång", "förhoppningsvis blir det av nästa
#: gång", "hopefully next time"): a later round of the project, not the next session (folded text before it).
_HOPED_NEXT_TIME = re.compile(r"\b(?:hoppas|forhoppningsvis|hope|hoping|hopefully)\b[^.;!?]*$")
#: The next one taken instead of a session named before it ("kan inte 21/9, kan jag ta nästa istället", "nästa träff i
#: stället", "the next one instead"): the session after that one.
_NEXT_INSTEAD = re.compile(r"\b(?:nästa|nasta|next)(?:\s+(?:one|träff(?:en)?|traff(?:en)?|tillfälle(?:t)?|tillfalle(?:t)?|"
                           r"session|meeting|gång|gang))?\s+(?:istället|istallet|i\s+stället|i\s+stallet|instead)\b",
                           re.IGNORECASE)
#: A session and every one after it ("från och med september", "fr.o.m. 21/9", "from September on", "21/9 och framåt").
_FROM_ON_BEFORE = re.compile(r"\b(?:från och med|fran och med|fr\.?\s?o\.?\s?m\.?|starting (?:from|with|in|at)|"
                             r"from and including|as of)\s+", re.IGNORECASE)
#: Every session up to and including one ("till och med 29 nov", "t.o.m. november", "tom 29/11", "up to and including
#: November"); "tom" in lower case only ("Tom" is a name).
_UP_TO = re.compile(r"(?:\b(?i:till och med|t\.\s?o\.\s?m\.?|up to and including|until and including)|\btom)\s+")
_FROM_ON_AFTER = re.compile(r"\s+(?:och (?:framåt|framat|resten|därefter|darefter|senare)|(?:and )?(?:on|onwards?|"
                            r"afterwards|after that|thereafter)\b)", re.IGNORECASE)
_SEASON_WORD = re.compile(r"(h[öo]st|vår|var(?=en)|vinter|autumn|spring|winter)(?:en|ens)?\b", re.IGNORECASE)
_FROM_WORD = re.compile(r"\b(?:från|fran|from)\s", re.IGNORECASE)
#: "from" written plain is "fr.o.m." only in Swedish: in English, after a withdrawal ("withdraw from 3 May", "remove me
#: from", "pull out from") or before an article ("from the session on 21 September"), it is out of that session.
_FROM_OUT_OF = re.compile(r"(?i:\b(?:withdraw\w*|remov\w*|excus\w*|cancel\w*|unregister\w*|deregister\w*|"
                          r"(?:drop|pull|opt|back)\w*\s+out|(?:take|taking|took|strike|cross)\s+(?:\w+\s+)?off|"
                          r"delete\w*)\s+(?:(?:me|us|him|her|them|myself|ourselves)\s+)?$)")
_FROM_ARTICLE = re.compile(r"(?i:the|that|this)\b")


@dataclass
class Mention:
    """What one sentence says about sessions."""

    dates: set[dt.date] = field(default_factory=set)
    whole: bool = False
    minus: set[dt.date] = field(default_factory=set)
    ambiguous: bool = False     # one session meant, several fit ("höstens träff" with two in autumn)
    #: "the others" taken with nothing in the sentence to be other than ("lägg till de tre övriga också", "add the
    #: rest too"): the sessions other than those the message names elsewhere, for the reader to settle
    others: bool = False
    #: sessions the sentence names only as when the writer has something else on ("den 29/11 har vi fullmäktige", "we
    #: have a board meeting on 21 September"); they stay in ``dates`` too (a next sentence may cancel "det
    #: tillfället"): a reader may take them as those the writer cannot come to when nothing refers back to them
    busy: set[dt.date] = field(default_factory=set)
    #: sessions named only as a maybe on top of others ("kanske också 29/11"): not in ``dates``; taken when the
    #: message names no other session (``reading._resolve``)
    hedged: set[dt.date] = field(default_factory=set)

    @property
    def any(self) -> bool:
        """Whether the sentence refers to any session at all."""
        return bool(self.dates or self.whole or self.minus)


def numbered_lists(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists sessions by number ("träff 1, 2 och 4", "sessions 2, 3") or by week ("v. 18, 38 och 48"): a
    comma there joins the list, it cuts no clause."""
    if "," not in text:
        return []
    out = [m.span(1) for m in _NUMBERED.finditer(text) if "," in m.group(1)]
    for m in _WEEK.finditer(text) if _WEEK_START.search(text) or "veck" in text or "weeks" in text else ():
        end = m.end()
        while (more := _MORE_WEEKS.match(text, end)) is not None:
            end = more.end()
        if "," in text[m.start(1):end]:
            out.append((m.start(1), end))
    return out


def _snap(day: int, month: int, year: int | None, sessions: tuple[dt.date, ...]) -> dt.date | None:
    for date in sessions:
        if date.day == day and date.month == month and (year is None or year == date.year):
            return date
    return None


#: A character of a clause, a dotted date's dot ("21.9", "29.11.2027") too: no sentence ends there.
_DOTTED_CLAUSE = r"(?:[^.;:!?]|(?<=\d)\.(?=\d))"


#: A move from one session to another ("byta från 3 maj till 21 sept", "swap from may 3 to sept 21", "flytta mig fr
#: 21/9 till 29/11"): "till"/"to" there joins two sessions, it spans no range of days (folded text before the dates).
_SWAP_BEFORE = re.compile(r"\b(?:byt\w*|flytt\w*|flyta\b|flytar\b|andr\w*|swap\w*|switch\w*|mov(?:e|es|ing)|chang\w*|transfer\w*)\b"
                          r"[^.;:!?]{0,40}\b(?:fran|fr|from)\b" + _DOTTED_CLAUSE + "{0,20}$")


#: A swap of one date for another said without "från" ("byta 22 feb 2027 till 29 nov", "flytta mig 21/9 till 29/11",
#: "change 3 May to 29 Nov"), up to the "till"/"to" before the new date (folded text): that date is the new session,
#: no range's end, though a digit (a year) comes before the "till".
_SWAP_TO_BEFORE = re.compile(r"\b(?:byt(?:a|er|e)?|flytta|flyttar|swap|switch|change|move)\s+"
                             r"(?:(?:mig|oss|me|us|min|mitt|my|henne|honom|hen|dem|him|her|them)\s+)?"
                             r"(?:(?:den|the)\s+)?\d" + _DOTTED_CLAUSE + r"{0,20}\s(?:till|to|mot)\s*$")


def _is_range(text: str, start: int, end: int) -> bool:
    before = _RANGE_BEFORE.search(text[max(0, start - 12):start])
    after = _RANGE_AFTER.match(text[end:end + 8])
    if (before or after) and not re.search(r"[–—-]", (before or after).group(0)):     # type: ignore[union-attr]
        # joined by a word: no range when a move from one session to another is said ("byt från 3 maj till 21/9")
        at = start if before else end
        if _SWAP_BEFORE.search(fold(text[max(0, at - 70):at])):
            return False
        if before and not after and _SWAP_TO_BEFORE.search(fold(text[max(0, start - 50):start])):
            return False
    return bool(before or after)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


class _Taken:
    """The characters of a sentence already read as part of a date (one mark each: checks cost the span's
    length, not the number of dates found before, so a sentence of 2,000 dates is read in linear time)."""

    def __init__(self, length: int) -> None:
        self.marks = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self.marks[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.marks.find(1, start, end) < 0

    def covers(self, at: int) -> bool:
        return bool(self.marks[at])


def _resolve(day: int, month: int, year: int | None, base: dt.date,
             sessions: tuple[dt.date, ...]) -> dt.date | None:
    """The session a day and month (and year) name, read by dateparser when they name one.

    Only an expression that names a session reaches dateparser, in its canonical spelling ("3 maj",
    "3 maj 2027"): at most two distinct strings a session, however many dates a message holds (each
    dateparser call costs about a millisecond; 1,200 distinct dates in one mail took 1.3-4.5 s).
    """
    if not (1 <= day <= 31 and 1 <= month <= 12) or _snap(day, month, year, sessions) is None:
        return None
    text = f"{day} {CANONICAL[month]}" + (f" {year}" if year else "")
    parsed = parse_date(text, base)
    if parsed is not None:
        day, month = parsed.day, parsed.month
    return _snap(day, month, year, sessions)


#: A time of day right after a date ("den 22 februari 2027 09:12", "22/2/2027 kl. 10"): a mail's header, not a session.
_TIME_AFTER = re.compile(r"\s*(?:kl\.?\s*|klockan\s+|at\s+)?\d{1,2}[:.]\d\d\b", re.IGNORECASE)


def _slipped_year(day: int, month: int, year: int | None, text: str, start: int, end: int, base: dt.date,
                  sessions: tuple[dt.date, ...]) -> dt.date | None:
    """The session a day and month name exactly when the year written beside them is one off ("byta 22 feb 2027"
    for the session of 22 February 2028): a slip of the year, not another day. Not a day already past as written
    ("21 september 2026": something done then) unless asked for as a session ("anmäler mig till 29 november 2027
    och 22 februari 2027"), nor a date with a time after it (a quoted mail's "Skickat: den 22 februari 2027
    09:12")."""
    if year is None or _TIME_AFTER.match(text, end):
        return None
    date = _snap(day, month, None, sessions)
    if date is None or abs(date.year - year) != 1:
        return None
    try:
        written = dt.date(year, month, day)
    except ValueError:
        return None
    if written >= base:
        return date
    before = fold(text[max(0, start - 40):start])
    return date if _ASKED_BEFORE.search(before) and not _NOT_ASKED_BEFORE.search(before) else None


def _calendar_dates(text: str, base: dt.date, sessions: tuple[dt.date, ...], taken: _Taken,
                    off: list[tuple[int, int, int, int | None]] | None = None) -> list[tuple[int, dt.date | None]]:
    """Absolute dates in ``text`` as (position, session date or None); marks spans in ``taken``. With ``off``, the
    dates no session is held on are put there too, as (position, day, month, year or None)."""
    found: list[tuple[int, dt.date | None]] = []
    free = taken.free

    def keep(position: int, day: int, month: int, year: int | None, date: dt.date | None) -> None:
        found.append((position, date))
        if date is None and off is not None:
            off.append((position, day, month, year))

    for m in _ISO.finditer(text):
        taken.add(*m.span())
        keep(m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)),
             _snap(int(m.group(3)), int(m.group(2)), int(m.group(1)), sessions))
    years = {d.year for d in sessions}

    def suffix_year(end: int) -> tuple[int | None, int]:
        """A session year written just after a date ("22/2 -28"), and where it ends."""
        m = _YEAR_SUFFIX.match(text, end)
        if m is not None and _year(m.group(1)) in years:
            return _year(m.group(1)), m.end()
        return None, end

    for m in _DAY_MONTH.finditer(text):
        month = month_of(m.group(2))
        if month is None or not free(*m.span()):
            continue
        year, end = (_year(m.group(3)), m.end()) if m.group(3) else suffix_year(m.end())
        taken.add(m.start(), end)
        if _is_range(text, m.start(), end):
            continue
        keep(m.start(), int(m.group(1)), month, year, _resolve(int(m.group(1)), month, year, base, sessions)
             or _slipped_year(int(m.group(1)), month, year, text, m.start(), end, base, sessions))
    for m in _MONTH_DAY.finditer(text):
        month = month_of(m.group(1), fuzzy=False) if fold(m.group(1)) != "may" or m.group(1)[0] == "M" else None
        if month is None or not free(*m.span()):
            continue
        taken.add(*m.span())
        if _is_range(text, m.start(), m.end()):
            continue
        keep(m.start(), int(m.group(2)), month, _year(m.group(3)),
             _resolve(int(m.group(2)), month, _year(m.group(3)), base, sessions)
             or _slipped_year(int(m.group(2)), month, _year(m.group(3)), text, m.start(), m.end(), base, sessions))
    numeric = [m for m in _NUMERIC.finditer(text) if free(*m.span())]
    # month first ("09/21", "2/22/28"): when one of the sentence's numeric dates can be read no other way and so
    # read is a session, all of them are (not for a case number "4/13")
    month_first = any(m.group(2) == "/" and int(m.group(3)) > 12
                      and _snap(int(m.group(3)), int(m.group(1)), _year(m.group(4)), sessions) for m in numeric)
    # a dotted day and month no time can be ("29.11", "22.2"): the sentence writes its dates so, "21.09" too
    dotted = any(m.group(2) == "." and not m.group(3).startswith("0")
                 and _snap(int(m.group(1)), int(m.group(3)), None, sessions) is not None for m in numeric)
    for m in numeric:
        if not free(*m.span()):
            continue
        year, end = (_year(m.group(4)), m.end()) if m.group(4) else suffix_year(m.end())
        taken.add(m.start(), end)
        if _is_range(text, m.start(), end) or _TIME_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if (m.group(2) == "." and len(m.group(3)) == 2 and m.group(3).startswith("0") and not dotted
                and not _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and not m.group(4) and not (_SIGNED_FOR.search(text, max(0, m.start() - 8), m.start())
                                            and _snap(int(m.group(1)), int(m.group(3)), None, sessions))):
            continue  # 10.05 is a time, not the 10th of May (but "21.09 & 29.11", "den 21.09", "anmäl mig 03.05",
            # "till 03.05.2027": a date)
        day, month = int(m.group(1)), int(m.group(3))
        if month_first and m.group(2) == "/" and day <= 12:
            day, month = month, day
        keep(m.start(), day, month, year, _resolve(day, month, year, base, sessions)
             or _slipped_year(day, month, year, text, m.start(), end, base, sessions))
    return found


#: What makes a date no session is on the one asked for: the words right before it ("anmäl mig till (den) 22
#: september", "kan inte komma den 22/9", "träffen 3 juni", "sign me up for October 21"), or a session's date before
#: it in a list ("3 maj och 21 oktober", "May 3rd and September 12th"), a weekday between ("till måndagen den 20
#: september"); not a date told of something else ("slutar i Mora den 30 april", "per den
#: 30 november", "beslutet i kommunstyrelsen den 12 januari", "vår anmälan den 12 januari").
_ASKED_BEFORE = re.compile(
    r"(?:\b(?:till|pa|for|on|to|traffen|tillfallet|session|meeting)\s+(?:[a-z]+(?:dag|dagen|day),?\s+)?"
    r"(?:(?:den|the)\s+)?|"
    r"\b(?:komma|kommer|delta|deltar|med|ga|gar|kan)\s+(?:pa\s+)?(?:den|the)\s+|"
    r"(?:\d(?:st|nd|rd|th|:e|:a)?|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*)\.?\s*"
    r"(?:och|o|and|&|,|samt)\s*"
    r"(?:(?:den|the)\s+)?)$")
_NOT_ASKED_BEFORE = re.compile(r"\b(?:senast|innan|fore|by|before|until|fram|tom|t\.\s?o\.\s?m\.?|efter|after|"
                               r"sedan|since|fran|from|fr\.\s?o\.\s?m\.?|fom|mellan|between|ledig|semester|"
                               r"foraldraledig|tjanstledig|sjukskriv\w*|skickat|sent|daterad|dated)\b[^.;:!?]{0,24}$")
#: One session placed by a holiday or a break ("träffen före jul", "första träffen efter sommaren", "the session after
#: New Year"; not "the later sessions after the summer", told of), or the middle ones, every other ("de mellersta träffarna", "de två i mitten", "varannan träff"): no
#: date is read from these, and all four, or the first, would be a guess (folded text).
_PLACED_BY_HOLIDAY = re.compile(
    r"\b(?:traffen|tillfallet|motet|sessionen|session|meeting|one)\s+(?:som (?:ar|blir|ligger) )?"
    r"(?:fore|innan|efter|before|after|kring|runt|around)\s+(?:the\s+)?(?:jul\w*|nyar\w*|sommar\w*|semester\w*|pask\w*|"
    r"midsommar\w*|arsskifte\w*|sportlov\w*|hostlov\w*|lovet|christmas|new year\w*|summer|easter|the holidays)")
_MIDDLE_OR_EVERY_OTHER = re.compile(
    r"\b(?:mellersta|mittersta|middle)\s+(?:\w+\s+)?(?:traff\w*|tillfall\w*|session\w*|meeting\w*|ones?)\b|"
    r"\b(?:traff\w*|tillfall\w*|de tva|the two)\s+i\s+mitten\b|\b(?:the two )?in the middle\b|"
    r"\b(?:varannan|vartannat|every other)\s+(?:traff\w*|tillfall\w*|session\w*|meeting\w*|gang)\b")
#: An exception by a condition we cannot see ("alla utom när det krockar med fullmäktige", "all except when we have
#: board meetings"): folded.
_EXCEPT_WHEN = re.compile(r"\b(?:utom|forutom|except|but not) (?:nar|da|ifall|om|when|if|where)\b")
#: One session of several, unnamed ("en av höstträffarna", "ett av tillfällena", "one of the sessions", "bara gå på en
#: träff", "only one session"): booking them all is a guess (folded text); not with the one named beside it ("bara en
#: träff, den 21/9").
_ONE_OF_THEM = re.compile(
    r"\b(?:en|ett|one)\s+(?:av|of)\s+(?:de\s+|dom\s+|the\s+)?(?:\w+\s+)?(?:\w*traffarna|\w*tillfallena|sessions|meetings|"
    r"dates|datumen)\b|"
    r"\b(?:bara|endast|enbart|only|just)\s+(?:(?:ga|komma|delta|vara med|anmala mig|attend|join|come)\s+(?:pa|till|i|to)?\s*)?"
    r"(?:en|ett|one)\s+(?:traff|tillfalle|session|meeting)\b")
#: A date, an ordinal or a month beside the middle ones ("första och sista träffen, de två i mitten krockar"): those
#: name the sessions, the middle ones are only told of.
_NAMED_OTHERWISE = re.compile(r"\d|\b(?:forsta|andra|tredje|fjarde|sista|first|second|third|fourth|last|maj|may|"
                              r"sep\w*|nov\w*|feb\w*)\b")
#: How far before the first session, or after the last, a date may be and still be one meant for a session.
_NEAR_SERIES = dt.timedelta(days=14)


def _asked_off_session(folded: str, position: int, day: int, month: int, year: int | None, base: dt.date,
                       sessions: tuple[dt.date, ...]) -> bool:
    """Whether a date no session is held on is one the writer asks for as a session ("anmäl mig till 22 september",
    "kan inte komma den 22/9", "3 maj och 21 oktober"): a real day, not past, within the series, asked for by the
    words before it. Booking or cancelling every session in its place, or the others named beside it, is a
    guess."""
    before = folded[max(0, position - 40):position]
    try:
        date = dt.date(year or base.year, month, day)
        if year is None and date < base:
            date = dt.date(base.year + 1, month, day)
    except ValueError:      # no day at all ("anmäl mig till 31/11"), asked for as one
        return 1 <= month <= 12 and 1 <= day <= 31 and bool(_ASKED_BEFORE.search(before))
    if date < base or not sessions[0] - _NEAR_SERIES <= date <= sessions[-1] + _NEAR_SERIES:
        return False
    return bool(_ASKED_BEFORE.search(before)) and not _NOT_ASKED_BEFORE.search(before)


#: How many days off its month's session a date may be to be that session for sure, though another session is on the
#: same day of the month ("22 september" is 21 September, not 22 February).
_SLIP_DAYS = 2


def _near_sessions(day: int, month: int, sessions: tuple[dt.date, ...]) -> set[dt.date]:
    """The sessions near a date asked for that no session is on, the likely slip: the only session of its month
    ("22 september", "måndagen den 20 september" for Tuesday 21 September), else, with none in that month, the only
    one on the same day of a month beside it ("21 oktober" for 21 September); none when two in the month could be
    meant. A date far from its month's session on the day of another ("29 sep": 21 September or 29 November) gives
    both: the day or the month may be the slip."""
    in_month = [d for d in sessions if d.month == month]
    if in_month:
        if len(in_month) != 1:
            return set()
        same_day = {d for d in sessions if d.day == day}
        return {in_month[0], *same_day} if abs(in_month[0].day - day) > _SLIP_DAYS else {in_month[0]}
    beside = [d for d in sessions if d.day == day and (d.month - month) % 12 in (1, 11)]
    return set(beside) if len(beside) == 1 else set()


#: A date written with a slash, day and month only ("5/3"), folded.
_SLASHED = re.compile(r"\d{1,2}/\d{1,2}(?![/\d])")


def _month_first(folded: str, position: int, day: int, month: int, year: int | None,
                 sessions: tuple[dt.date, ...]) -> dt.date | None:
    """The session a slash date asked for names when read month first, no session being held on it read day first
    ("count me in for 5/3": none on 5 March, one on 3 May); None for a date told of something else ("senast 5/3")."""
    before = folded[max(0, position - 40):position]
    if day > 12 or year is not None or not _SLASHED.match(folded, position) or not _ASKED_BEFORE.search(before) \
            or _NOT_ASKED_BEFORE.search(before):
        return None
    return _snap(month, day, None, sessions)


def find_mention(sentence: str, sessions: tuple[dt.date, ...], base: dt.date,
                 themes: ThemeIndex | None = None) -> Mention:
    """The sessions ``sentence`` refers to (dates snapped to ``sessions``; ``base`` anchors relative days; with
    ``themes``, sessions named by their theme too)."""
    mention = Mention()
    if not sessions:
        return mention
    folded = fold(sentence)
    aligned = folded if len(folded) == len(sentence) else sentence    # folding keeps positions but for rare letters
    excepted: list[tuple[int, int]] = []    # where the sentence leaves sessions out: "utom" to the next comma
    contrasts = _CONTRAST.finditer(aligned) if ("inte" in folded or "not" in folded or " ej" in folded) else ()
    for exc in heapq.merge(_EXCEPT.finditer(sentence), contrasts, key=lambda m: m.start()):
        if excepted and exc.start() < excepted[-1][1]:
            continue        # within the last range
        stop = sentence.find(",", exc.end())
        stop = stop if stop > 0 else len(sentence)
        if exc.re is _CONTRAST:     # ", inte X": up to the clause's end ("Hej, inte för att ... men 3 maj")
            edge = _CLAUSE_EDGE.search(aligned, exc.end(), stop)
            while edge and edge.group() == "(" and (shut := aligned.find(")", edge.end(), stop)) > 0 \
                    and not _TURNS.search(fold(aligned[edge.end():shut])):
                edge = _CLAUSE_EDGE.search(aligned, shut + 1, stop)     # why, in brackets: "inte 3/5 (kurs i Mora 3 maj)"
            stop = edge.start() if edge else stop
        excepted.append((exc.start(), stop))
    cuts = [cut for cut, _ in excepted]

    def left_out(position: int) -> bool:
        at = bisect_right(cuts, position) - 1      # the ranges do not overlap: the last one before decides
        return at >= 0 and position < excepted[at][1]
    refs: list[tuple[int, set[dt.date]]] = []      # every reference, where it is (settled into the mention below)

    def add(position: int, dates: set[dt.date]) -> None:
        refs.append((position, dates))

    taken = _Taken(len(sentence))
    off: list[tuple[int, int, int, int | None]] = []
    for position, date in _calendar_dates(sentence, base, sessions, taken, off):
        if date is not None:
            add(position, {date})
    if _EXCEPT_WHEN.search(folded):
        mention.ambiguous = True    # "alla träffar utom när det krockar med fullmäktige": which those are is not ours
    if _ONE_OF_THEM.search(folded) and not _NAMED_OTHERWISE.search(folded):
        mention.ambiguous = True    # "en av höstträffarna, spelar ingen roll vilken", "bara en träff": which one?
    if _PLACED_BY_HOLIDAY.search(folded) or (_MIDDLE_OR_EVERY_OTHER.search(folded)
                                             and not _NAMED_OTHERWISE.search(folded)):
        mention.ambiguous = True    # "träffen före jul", "de mellersta träffarna": which is not read here; asked
    for off_date in off if len(folded) == len(sentence) else ():
        if (flipped := _month_first(folded, *off_date, sessions)) is not None:
            add(off_date[0], {flipped})
            mention.ambiguous = True    # "count me in for 5/3": no session on 5 March, one on 3 May; that one, asked
        elif _asked_off_session(folded, *off_date, base, sessions):
            mention.ambiguous = True    # "anmäl mig till 22 september": no session is on that day; which one is meant?
            if near := _near_sessions(off_date[1], off_date[2], sessions):
                add(off_date[0], near)    # "till 21 oktober": most likely 21 September, the one near it; asked
    for m in _BARE_DAY.finditer(aligned):
        on_day = {d for d in sessions if d.day == int(m.group(1))}
        if len(on_day) == 1 and taken.free(*m.span()):
            taken.add(*m.span())
            add(m.start(), on_day)
    for m in _BARE_DAY_WRITTEN.finditer(aligned) if ":" in aligned or "the" in aligned else ():
        on_day = {d for d in sessions if d.day == int(m.group(1))}
        if int(m.group(1)) > len(sessions) and len(on_day) == 1 and taken.free(*m.span()):
            taken.add(*m.span())
            add(m.start(), on_day)
    for m in _WEEKDAY_SESSIONS.finditer(sentence):
        after = _DATED_AFTER.match(sentence, m.end())
        if after is not None and (after.group(1)[0].isdigit() or month_of(after.group(1), fuzzy=False) is not None):
            continue    # "måndagsträffen i maj", "the Tuesday session on 21/9": the month or date names it
        day = next(g for g in (m.group(1), m.group(3), m.group(5), m.group(6), m.group(7), m.group(8)) if g)
        on_day = {d for d in sessions if d.weekday() == WEEKDAYS[fold(day)]}
        season = _SEASON_WORD.match(after.group(1)) if after is not None else None
        if season is not None:      # "tisdagsträffarna i höst": those of the season
            on_day = {d for d in on_day if d.month in _SEASONS[fold(season.group(1))]}
        one = (m.group(1) is not None and m.group(2).lower() in _ONE_ENDING
               or m.group(3) is not None and m.group(4) is None)
        # one of several, or none held on that day ("torsdagsträffen" when every session is on a Monday or Tuesday)
        mention.ambiguous = mention.ambiguous or (one and len(on_day) > 1) or not on_day
        taken.add(*m.span())
        add(m.start(), on_day)
    for m in _WEEKDAY.finditer(sentence):
        if _WEEKDAY_PAST.search(sentence[max(0, m.start() - 8):m.start()]) or taken.covers(m.start()):
            continue
        day = parse_weekday(m.group(1).lower(), base)   # "Måndag", "MÅNDAG": one string for dateparser
        if day in sessions:
            add(m.start(), {day})
        elif _ON_WEEKDAY.search(sentence, max(0, m.start() - 30), m.start()):
            mention.ambiguous = True    # "kan inte komma på tisdag": the next Tuesday is no session's day
    for m in _TODAY.finditer(sentence):
        day_word = m.group(0).lower()
        day = base + dt.timedelta(days=2 if "över" in day_word or "over" in day_word else
                                  1 if "morgon" in day_word or "tomorrow" in day_word else 0)
        if day in sessions:
            add(m.start(), {day})
        elif _about_coming(aligned, m.start(), m.end()):
            mention.ambiguous = True    # "kan inte komma imorgon" when no session is then: which one is meant?
    for m in _THIS_WEEK.finditer(sentence):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 if m.group(1) else 0)
        in_week = {d for d in sessions if monday <= d < monday + dt.timedelta(days=7)}
        if in_week:
            add(m.start(), in_week)
        elif _about_coming(aligned, m.start(), m.end()):
            mention.ambiguous = True    # "kan inte komma nästa vecka" when no session is then
    dated = list(refs)      # the sessions read from dates so far, where they stand
    mention.ambiguous = _ordinals(sentence, sessions, add, taken, dated) or mention.ambiguous
    for cut, stop in excepted:
        for m in _BARE_ORD.finditer(sentence, cut, stop):
            if taken.covers(m.start(1)):
                continue    # the day of a date written ("except the May 3rd one"), not a session's number
            if m.group(1).lower() == "andra" and _PLURAL_BEFORE.search(sentence, max(0, m.start(1) - 5), m.start(1)):
                continue    # "men inte på de andra", "inte dom andra": the others, not the second
            n = _ORDINALS[m.group(1).lower()] if m.group(1).lower() in _ORDINALS else _ORDINALS.get(fold(m.group(1)))
            if n is not None and (n == -1 or n <= len(sessions)):
                add(m.start(), {sessions[n - 1] if n > 0 else sessions[-1]})
    placing: list[tuple[int, set[dt.date], bool]] = []
    mention.ambiguous = _seasons_and_months(sentence, aligned, sessions, base, taken, add, placing) or mention.ambiguous
    bounded = False
    if any(w in folded for w in _RELATIVE_WORDS) or _WEEK_START.search(folded):
        bounded = _relative(sentence, sessions, base, add, refs)
        mention.ambiguous = mention.ambiguous or _none_next(sentence, refs, sessions)
        for m in _WEEK.finditer(sentence):
            if taken.free(*m.span()):
                add(m.start(), {d for d in sessions if d.isocalendar()[1] == int(m.group(1))})
                more = _MORE_WEEKS.match(sentence, m.end())
                while more is not None and taken.free(*more.span(1)):
                    add(more.start(1), {d for d in sessions if d.isocalendar()[1] == int(more.group(1))})
                    more = _MORE_WEEKS.match(sentence, more.end())
    if themes is not None:
        by_theme, unsure = themes.references(folded)
        refs.extend(by_theme)
        mention.ambiguous = mention.ambiguous or unsure
    if placing:
        refs.sort(key=lambda ref: ref[0])
        starts = [p for p, _ in refs]
    for position, dates, one_of in placing:
        left, right = _clause_at(aligned, position, position)
        if not any(ds & dates for _, ds in refs[bisect_left(starts, left):bisect_left(starts, right)]):
            add(position, dates)        # "i höst" alone; beside "träffen om X" or "21/9" it only says when those are
            mention.ambiguous = mention.ambiguous or one_of     # "träffen i höst": which of the two is asked
    after_spans: list[tuple[int, int]] = []
    if ("efter" in folded or "after" in folded) and len(folded) == len(sentence):
        refs, after_spans = _sessions_after(sentence, folded, sessions, base, refs)
        bounded = bounded or bool(after_spans)

    def in_after_set(at: int) -> bool:
        return any(a <= at < b for a, b in after_spans)
    if refs and any(w in folded for w in _REST_WORDS):
        named = {d for _, dates in refs for d in dates}
        for m in _REST.finditer(folded) if len(folded) == len(sentence) else ():
            if not in_after_set(m.end() - 1):
                add(m.start(), set(sessions) - named)   # "3 maj, och gärna resten av träffarna också": the others too
    declined: set[int] = set()
    if refs and ("andra" in folded or "other" in folded) and len(folded) == len(sentence):
        refs, declined = _the_others(folded, refs, sessions, after_spans)
    if refs and _CROSS.search(sentence):
        declined |= _crossed(sentence, refs)
    undecided, on_top = (_undecided(aligned, refs) if refs and any(w in folded for w in _UNDECIDED_WORDS)
                         else (set(), set()))
    busy = _busy_then(folded, refs) if refs and len(folded) == len(sentence) and any(
        w in folded for w in _BUSY_WORDS) else set()
    if refs and len(folded) == len(sentence) and any(w in folded for w in _THEN_WORDS):
        busy |= _busy_back(folded, refs)
    for position, dates in refs:
        if position in busy:
            # "den 29/11 har vi fullmäktige": when they are elsewhere; kept as named too (a next sentence may refer back
            # to it: "Vi avanmäler honom därför från det tillfället"), for the reader to weigh
            mention.busy.update(dates)
        if position in on_top:
            mention.hedged.update(dates)
        if position not in undecided:
            (mention.minus if left_out(position) or position in declined else mention.dates).update(dates)
    if mention.minus & mention.dates and excepted:
        # a list set against the list written before ("första och tredje, inte första och sista", "3 maj och 21/9, inte
        # 3 maj och 22/2"): the one on both stays, only the old list's own are left out (not "höstens träffar, inte
        # 29/11", one left out of a season's; nor "hela hösten, inte 21/9 och 29/11", the whole list left out)
        kept = set().union(*(dates for position, dates in refs if position not in undecided
                             and not left_out(position) and position not in declined))
        dropped = set().union(*(dates for position, dates in refs if position not in undecided and left_out(position)))
        if len(kept) >= 2 and len(dropped) >= 2 and not kept <= dropped and not dropped <= kept:
            mention.minus -= mention.dates
    if (not refs and not after_spans and len(folded) == len(sentence) and any(w in folded for w in _OTHER_WORDS)
            and (alone := _OTHERS_ALONE.search(folded)) is not None and not left_out(alone.start())
            and not _NEGATION.search(folded, max(0, alone.start() - 24), alone.start())):
        mention.others = True
    every = _EVERYTHING.finditer(aligned) if any(w in folded for w in _EVERYTHING_WORDS) else ()
    bare = (itertools.chain(_ALL_BARE.finditer(folded), _all_bare_named(sentence, folded))
            if "all" in folded and len(folded) == len(sentence) else ())
    for m in itertools.chain(_ALL.finditer(sentence), every, bare):
        if left_out(m.start()) or any(0 <= p - m.end() <= 2 for p, _, _ in placing):
            continue    # not "alla träffar i höst": those in the autumn
        if mention.dates and _ALL_DENIED.search(sentence, max(0, m.start() - 40), m.start()):
            continue    # "hinner inte med hela serien men vill vara med på den sista": only the one named
        if len(folded) == len(sentence) and _NOT_ALL.search(folded, max(0, m.start() - 20), m.start()):
            continue    # "alla går inte på alla träffar", "not all sessions": a denial of all, no mention of them
        if len(folded) == len(sentence) and _ALL_TOO_MUCH.search(folded, max(0, m.start() - 50), m.start()):
            continue    # "det blir för mycket att gå på alla fyra", "too much to attend all four": not all of them
        if (mention.dates and _ALL_COUNT.fullmatch(m.group(0))
                and (_ALL_PEOPLE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                     or _ALL_PEOPLE_AFTER.match(sentence, m.end()))):
            continue    # "lägg till 22/2 för alla fyra", "alla fyra kommer på 3 maj": the people, not the sessions
        year = _IN_YEAR.match(sentence, m.end())
        if year is not None and any(d.year == int(year.group(1)) for d in sessions):
            mention.dates.update(d for d in sessions if d.year == int(year.group(1)))
            continue    # "alla träffar under 2027", "all the sessions in 2027": those of that year
        mention.whole = not bounded     # "alla träffar från och med hösten": those from the autumn on
    for m in _OF_YEAR.finditer(sentence) if "20" in sentence else ():
        of_year = {d for d in sessions if d.year == int(m.group(2))}
        said = m.group(1)
        count = None if said is None else int(said) if said.isdigit() else _COUNT_WORDS[said.lower()]
        if of_year and not left_out(m.start()) and count in (None, len(of_year)):
            mention.dates.update(of_year)   # "de tre träffarna under 2027": the three of that year
    if excepted and not mention.whole and _all_but(sentence, excepted, refs):
        mention.whole = not bounded     # "alla utom den första", "all except May": the series less that one
    leaving = any(w in folded for w in _LEAVES_WORDS)
    for m in _LEAVES_PROJECT.finditer(sentence) if leaving else ():
        left, right = _clause_at(aligned, m.start(), m.end())
        clause = _LEAVES_PROJECT.sub(lambda x: " " * len(x.group(0)), sentence[left:right])
        if not find_mention(clause, sessions, base).any:
            mention.whole = True
            return mention
    if leaving and (given_up := _LEAVES_SIGNUP.search(sentence)) is not None:
        left, right = _clause_at(aligned, given_up.start(), given_up.end())
        said = [sentence[left:given_up.start()], sentence[given_up.end():right]]
        # and what a later part of the sentence says it concerns ("..., handläggare vid X, avseende tillfället 29/11")
        said += [part for part in aligned[right:].split(",") if _CONCERNING.match(part)]
        if _SO_BEFORE.search(folded, max(0, left - 4), left) and not _WHOLE_OF.search(given_up.group(0)):
            # ... or the clause it follows from ("3 maj krockar med fullmäktige så jag får stryka mig från DalaLab":
            # that session given up; not "så jag avanmäler mig från hela DalaLab")
            said.append(sentence[_clause_at(aligned, left - 4, left - 4)[0]:left])
        if not any(find_mention(part, sessions, base).any for part in said):
            mention.whole = True
            return mention
    for m in _NOT_AT_ALL.finditer(folded) if ("alls" in folded or "at all" in folded) and len(folded) == len(sentence) \
            else ():
        left, right = _clause_at(folded, m.start(), m.end())
        if _ATTENDING.search(folded, left, right) and not find_mention(
                sentence[left:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():right], sessions, base).any:
            mention.whole = True    # "kan inte delta alls längre", "won't be able to come at all": every session
            return mention
    for m in _ANY_SESSION.finditer(sentence) if any(w in folded for w in _NONE_WORDS) else ():
        before = re.split(r"[.,;:!?]", sentence[max(0, m.start() - 50):m.start()])[-1]
        if m.group("any") is None or (_NEGATION.search(before) and _ATTENDING.search(before)):
            mention.whole = True
            return mention
    return mention


#: "alla"/"all" right before an exception ("alla utom den första", "all except May", "all but the last"), the
#: session noun left out.
_ALL_BUT_BEFORE = re.compile(r"\b(?:alla|all)\s+$", re.IGNORECASE)
#: The first word an exception leaves out, past a small word ("utom den första", "except in May", "förutom i höst").
_EXCEPTED_FIRST = re.compile(r"\s*(?:(?:den|det|the|i|in|on|of)\s+)?([\w-]+)", re.IGNORECASE)


def _session_word(word: str) -> bool:
    """Whether a word can start a session's reference: a day, an ordinal, a month, a season or a session noun (not a
    person: "alla utom Per", "all except Tom", "alla utom Maj-Britt")."""
    return (word[0].isdigit() or word.lower() in _ORDINALS or fold(word) in _ORDINALS
            or month_of(word, fuzzy=False) is not None or _SEASON_WORD.fullmatch(word) is not None
            or bool(_A_NOUN.fullmatch(word)))


def _all_but(sentence: str, excepted: list[tuple[int, int]], refs: list[tuple[int, set[dt.date]]]) -> bool:
    """Whether "alla"/"all" stands right before an exception that leaves a session out ("vill gå på alla utom den
    första", "I'll attend all except May", "all but the last"): the whole series, less that one. Not when a person is
    left out ("alla utom Per kommer på 3 maj")."""
    for cut, stop in excepted:
        if not _ALL_BUT_BEFORE.search(sentence, max(0, cut - 8), cut) or (word := _EXCEPT.match(sentence, cut)) is None:
            continue
        first = _EXCEPTED_FIRST.match(sentence, word.end())
        if first is not None and _session_word(first.group(1)) and any(cut <= p < stop and ds for p, ds in refs):
            return True
    return False


#: Ticks and crosses beside dates ("3/5 ✅ 21/9 ✅ 29/11 ❌", "❌ 3 maj ✔️ 21 sept"): a date with a cross is left out.
_CROSS = re.compile(r"[❌✖✗✘❎🚫⛔👎]")
_MARK = re.compile(r"[✅✔☑✓👍]|(?P<cross>" + _CROSS.pattern + ")")


def _crossed(sentence: str, refs: list[tuple[int, set[dt.date]]]) -> set[int]:
    """Where the references marked with a cross are: the marks stand after their dates when the first mark comes after
    the first date ("3/5 ✅ 29/11 ❌"), else before them ("✅ 3/5 ❌ 29/11"); each date takes the mark on its side,
    up to the next (or back to the last) date."""
    marks = list(_MARK.finditer(sentence))
    at = sorted({p for p, _ in refs})
    if not marks or not at:
        return set()
    starts = [m.start() for m in marks]     # (found by bisection: a sentence of 2,000 marked dates stays linear)
    after = starts[0] > at[0]
    crossed: set[int] = set()
    for i, position in enumerate(at):
        if after:
            end = at[i + 1] if i + 1 < len(at) else len(sentence)
            k = bisect_right(starts, position)
            mark = marks[k] if k < len(marks) and starts[k] < end else None
        else:
            start = at[i - 1] if i > 0 else -1
            k = bisect_left(starts, position) - 1
            mark = marks[k] if k >= 0 and starts[k] > start else None
        if mark is not None and mark.group("cross"):
            crossed.add(position)
    return crossed


#: The sessions other than those the sentence names, as what one goes to ("vill vara med på resten av träffarna",
#: "anmäl mig till de övriga", "sign me up for the rest of them", "join the remaining sessions"): folded text. Not "för
#: resten" (by the way), nor the rest said as what stays ("resten står kvar"): only after a word of going to them.
_REST_WORDS = ("rest", "ovrig", "aterstaende", "kvarvarande", "remaining")
_REST = re.compile(
    r"\b(?:pa|till|ta|tar)\s+(?:alla\s+)?(?:resten(?=\s*(?:$|[.,;!?)]|av\s+(?:de\s+)?(?:traff|tillfall|dem\b|serien|"
    r"programmet|datum)|(?:ocksa|aven|med|tack|om)\b))|(?:de\s+)?(?:ovriga|aterstaende|kvarvarande)(?=\s*(?:$|[.,;!?)]|"
    r"traff|tillfall|datum|(?:ocksa|aven|med|tack|om)\b)))|"
    r"\b(?:for|on|to|join|attend|take|do)\s+(?:all\s+)?(?:of\s+)?the\s+(?:rest(?=\s*(?:$|[.,;!?)]|of\s+(?:the\s+)?"
    r"(?:sessions|meetings|dates|them|programme|program|series)\b|(?:too|also|as well|please|if)\b))|"
    r"(?:remaining|other)\s+(?:sessions|meetings|dates|ones)\b)")


#: "The others" taken, said alone ("lägg till de tre övriga också", "anmäl mig till resten av träffarna", "add the
#: other three too", "sign me up for the remaining sessions"): after a word of going to them or adding them, at the
#: clause's end or before its noun (folded text).
_OTHER_WORDS = ("ovrig", "andra", "rest", "other", "aterstaende", "kvarvarande", "remaining")
_OTHERS_ALONE = re.compile(
    r"\b(?<!\binte )(?<!\bej )(?<!\bnot )(?:pa|till|ta|tar|for|to|on|add|join|attend|take)\s+(?:(?:alla|all)\s+)?"
    r"(?:of\s+)?(?:(?:de|dom|the)\s+)?"
    r"(?:(?:tva|tre|two|three)\s+)?(?:ovriga|andra|resterande|aterstaende|kvarvarande|other|others|remaining|"
    r"resten|rest)(?:\s+(?:tva|tre|two|three))?(?:\s+(?:av\s+(?:de\s+)?(?:dem|traff\w*|tillfall\w*|datum\w*)|of\s+(?:them|the\s+\w+)))?"
    r"(?:\s+(?:traff\w*|tillfall\w*|sessions|meetings|dates|ones|datumen))?"
    r"(?=\s*(?:$|[.,;!?)]|(?:ocksa|aven|med|tack|too|also|as\s+well|please|thanks|om|if)\b))")


#: The sessions other than those named ("de två andra träffarna", "de övriga tillfällena", "the other two sessions",
#: "the other ones"): folded text. Not "den andra träffen" (the second one).
_OTHERS = re.compile(
    r"\b(?:de|dom)\s+(?:(?:tva|tre|bada)\s+)?(?:andra|ovriga)\s+(?:(?:tva|tre)\s+)?(?:traffar\w*|tillfallen\w*|"
    r"datumen|sessioner\w*|moten\w*|gangerna|dagarna)\b|\bde\s+(?:tva|tre)\s+andra\b|"
    r"\bthe\s+(?:(?:two|three)\s+)?other\s+(?:(?:two|three)\s+)?(?:sessions|meetings|dates|ones|workshops)\b|"
    r"\bthe\s+other\s+(?:two|three)\b|\bde\s+(?:andra|ovriga)\s+(?:tva|tre)\b")
#: Words that make "the others" what one goes to ("anmäl henne till de två andra", "jag tar de andra", "sign me up
#: for the other sessions") or gives up ("stryk mig från de andra tre"), not what clashes ("de två andra kolliderar
#: med ...").
_TAKING = re.compile(r"\b(?:till|pa|ta|tar|tag|for|to|take|join|attend|on|"
                     # or given up ("stryk mig från de andra tre", "please cancel the other three")
                     r"fran|from|cancel|drop|skip|avboka|stryk)\s+(?:(?:alla|all|of)\s+)?$")
#: "the others" joined to sessions named and ending the clause ("3 maj och de andra träffarna", "21/9 and the other
#: sessions, please"): those too; not "..., och de två andra kolliderar" (what clashes).
_JOINED_BEFORE = re.compile(r"\b(?:och|o|samt|and|plus)\s+$|&\s*$")
_ENDS_AFTER = re.compile(r"\s*(?:$|[.,;!?)]|(?:ocksa|aven|med|tack|too|also|as well|please|thanks)\b)")
#: What parts the sessions named from "the others" after them: a new clause ("..., så anmäl henne till de två andra",
#: "...; sign me up for the other sessions"), not a join ("3 maj och de andra träffarna").
_OTHERS_APART = re.compile(r"[,;:]|\b(?:sa|so|darfor|therefore|men|but)\b")
#: A negation right before "the others" ("men inte på de andra", "but not the other sessions"): folded text.
_NOT_BEFORE = re.compile(r"\b(?:inte|ej|not)\s+(?:[a-z]+\s+){0,2}$")


def _the_others(folded: str, refs: list[tuple[int, set[dt.date]]], sessions: tuple[dt.date, ...],
                after_spans: list[tuple[int, int]]) -> tuple[list[tuple[int, set[dt.date]]], set[int]]:
    """The references of a sentence with "the others" read: the sessions not named, and where the named ones are
    that a new clause parts from it (those the writer cannot come to: left out). An ordinal read in it ("andra")
    is dropped, whether or not the others are taken ("de andra träffarna går bra": not the second one)."""
    # (not "the other sessions after May": those after it, read apart)
    every_other = [o for o in _OTHERS.finditer(folded) if not any(a <= o.start() < b for a, b in after_spans)]
    if not every_other:
        return refs, set()
    kept = [(p, ds) for p, ds in refs if not any(o.start() <= p < o.end() for o in every_other)]
    others = [o for o in every_other if _TAKING.search(folded, max(0, o.start() - 24), o.start())
              or (_JOINED_BEFORE.search(folded, max(0, o.start() - 8), o.start()) and _ENDS_AFTER.match(folded, o.end()))]
    declined: set[int] = set()
    added: list[tuple[int, set[dt.date]]] = []
    for o in others:
        before = [(p, ds) for p, ds in kept if p < o.start()]
        named = {d for _, ds in kept for d in ds}
        if not named:
            continue
        if (before and _OTHERS_APART.search(folded, max(p for p, _ in before), o.start())
                and not _NOT_BEFORE.search(folded, max(0, o.start() - 24), o.start())):
            declined.update(p for p, _ in before)   # (not "3 maj, men inte de andra": those named are kept)
        added.append((o.start(), set(sessions) - named))
    return kept + added, declined


#: A set of sessions said as those after another or after a month ("de tre träffarna efter 3 maj", "träffarna som
#: ligger efter det", "the remaining sessions after May", "alla tillfällen efter september"): folded text, the anchor
#: after it. The count ("tre", "two") is kept.
_AFTER_SET = re.compile(
    r"\b(?:(?:de|dom|the|alla|all(?:\s+of\s+the)?)\s+)?(?:(tva|tre|fyra|two|three|four)\s+)?"
    r"(?:(?:resterande|aterstaende|kvarvarande|ovriga|andra|senare|remaining|other|later)\s+)?(?:(tva|tre|two|three)\s+)?"
    r"(?:traffar\w*|tillfallen\w*|sessioner\w*|sessions|meetings|moten\w*|datumen|dates|ones|gangerna)\s+"
    r"(?:(?:som\s+(?:\w+\s+)?)?(?:ligger|ar|kommer|infaller|aterstar|blir)\s+|(?:that|which)\s+(?:are|come|fall)\s+|"
    r"(?:that\s+)?(?:come|coming|falling)\s+)?(?:efter|after)\s+")
#: The anchor said by a pronoun ("efter det", "efter den", "after that", "after it"): the session named before it.
_AFTER_PRONOUN = re.compile(r"(?:det|detta|dess|den|denna|that|it|this|that\s+one|this\s+one)\b"
                            r"(?=\s*(?:$|[.,;:!?)]|(?:och|o|and|samt|men|but|tack|thanks|please|too|also|ocksa|aven)\b))")
_AFTER_REACH = 30       # the most characters of an anchor read after "efter"/"after"
_ANCHOR_END = re.compile(r"[,;:!?()]|\.(?!\d)|\s(?:och|o|and|samt|men|but|eller|or)\s", re.IGNORECASE)


def _sessions_after(sentence: str, folded: str, sessions: tuple[dt.date, ...], base: dt.date,
                    refs: list[tuple[int, set[dt.date]]]) -> tuple[list[tuple[int, set[dt.date]]], list[tuple[int, int]]]:
    """The references of a sentence with the sets of sessions said as those after another read ("de tre träffarna
    efter 3 maj": the three after it; the anchor itself dropped), and where each such set is written. An anchor said
    by a pronoun ("som ligger efter det") is the session named last before it; none named, a count one short of the
    whole series can only mean the last ones."""
    spans: list[tuple[int, int]] = []
    added: list[tuple[int, set[dt.date]]] = []
    anchors: list[tuple[int, int, set[dt.date]]] = []
    for m in _AFTER_SET.finditer(folded):
        count = _NUMBERS.get(m.group(1) or m.group(2) or "", 0)
        window = _ANCHOR_END.split(sentence[m.end():m.end() + _AFTER_REACH], 1)[0]    # the anchor alone
        anchor: set[dt.date] = set()
        pronoun = _AFTER_PRONOUN.match(folded, m.end())
        if pronoun is not None:
            before = [(p, ds) for p, ds in refs if p < m.start() and ds]
            anchor = set(max(before, key=lambda ref: ref[0])[1]) if before else set()
            if not anchor and count and count == len(sessions) - 1:
                anchor = {sessions[0]}
            end = pronoun.end()
        else:
            word = _WORD.match(window)
            end = m.end() + (word.end() if word is not None else 0)
            anchor = find_mention(sentence[m.end() - 6:m.end()] + window, sessions, base).dates   # "efter"/"after" too
            month = month_of(word.group(0), fuzzy=False) if word is not None and not anchor else None
            if month is not None and not window[end - m.end():end - m.end() + 3].strip()[:1].isdigit():
                # a month of no session ("the sessions after August"): those after the next such month
                year = base.year if month >= base.month else base.year + 1
                if later := [d for d in sessions if (d.year, d.month) > (year, month)]:
                    added.append((m.start(), set(later[:count] if count else later)))
                    spans.append((m.start(), end))
                continue
        if not anchor:
            continue
        later = [d for d in sessions if d > max(anchor)]
        if not later:
            continue
        added.append((m.start(), set(later[:count] if count else later)))
        spans.append((m.start(), end))
        anchors.append((m.end(), m.end() + _AFTER_REACH, anchor))
    if not added:
        return refs, []
    # the anchor is no session asked for ("after May": not May itself)
    kept = [(p, ds) for p, ds in refs if not any(a <= p < b and ds <= anchor for a, b, anchor in anchors)
            and not any(a <= p < b for a, b in spans)]
    return kept + added, spans


_FIRST_WORD = re.compile(r"\s*(?:the\s+)?([^\W_]+)")


#: A day given right after "nästa möte" ("Nästa möte: 10 februari", "nästa träff är den 3/3", "next meeting on 4 May").
_DAY_GIVEN = re.compile(r"\s*(?::|=|är|ar|blir|is|will be)?\s*(?:den\s+|on\s+)?(\d{1,2})(?:[/.](\d{1,2})\b|\s+([a-zåäö]+))",
                        re.IGNORECASE)


def _day_given(after: str) -> bool:
    """Whether the words after "nästa möte" give it its day: that day is meant (read as any date is; one no session is
    on is another meeting), not the next session after the arrival."""
    day = _DAY_GIVEN.match(after)
    return day is not None and (day.group(2) is not None or month_of(day.group(3), fuzzy=False) is not None)


def _dated_first(after: str) -> bool:
    """Whether the words after a plain "from" start with a session's date, month, season or ordinal ("from 21/9",
    "from September on", "from the autumn", "from the second session"), not with a place or a person."""
    first = _FIRST_WORD.match(after)
    if first is None:
        return False
    word = first.group(1)
    return (word[0].isdigit() or month_of(word, fuzzy=False) is not None or _SEASON_WORD.fullmatch(word) is not None
            or word.lower() in _ORDINALS or fold(word) in _ORDINALS or bool(re.match(_NOUN, word, re.IGNORECASE)))


def next_instead(text: str, given_up: set[dt.date], sessions: tuple[dt.date, ...]) -> set[dt.date]:
    """The session ``text`` takes as "the next one instead" of those given up before it ("kan inte 21/9, kan jag ta
    nästa istället?": 29/11): the first after them; none when ``text`` says no such thing or none comes after."""
    if not given_up or not _NEXT_INSTEAD.search(text):
        return set()
    later = [d for d in sessions if d > max(given_up)]
    return set(later[:1])


def none_after(text: str, given_up: set[dt.date], sessions: tuple[dt.date, ...]) -> bool:
    """Whether ``text`` takes "the next one instead" of sessions given up after which none comes ("Jag kan inte 22/2.
    Kan jag ta nästa istället?"): what is meant is to be asked."""
    return bool(given_up) and bool(_NEXT_INSTEAD.search(text)) and not next_instead(text, given_up, sessions)


def _none_next(sentence: str, refs: list[tuple[int, set[dt.date]]], sessions: tuple[dt.date, ...]) -> bool:
    """Whether "the next one instead" follows a session given up after which none comes ("kan inte 22/2, kan jag ta
    nästa istället?"): what is meant is to be asked."""
    m = _NEXT_INSTEAD.search(sentence)
    given_up = {d for position, dates in refs if m is not None and position < m.start() for d in dates}
    return m is not None and bool(given_up) and not next_instead(sentence[m.start():], given_up, sessions)


def _relative(sentence: str, sessions: tuple[dt.date, ...], base: dt.date, add: AddFn,
              read: list[tuple[int, set[dt.date]]]) -> bool:
    """Add the sessions named relative to the arrival day ("nästa träff") or to a session ("från och med
    september", "kan inte 21/9, kan jag ta nästa istället"); whether a range from a session on was named."""
    bounded = False
    for m in _NEXT_INSTEAD.finditer(sentence):
        given_up = {d for position, dates in read if position < m.start() for d in dates}
        if given_up:    # the one after the session given up before it, not the next after the arrival day
            add(m.start(), next_instead(sentence[m.start():], given_up, sessions))
    for m in _NEXT.finditer(sentence):
        if _NEXT_INSTEAD.match(sentence, m.start()) and any(position < m.start() for position, _ in read):
            continue
        if m.group(1) is not None and m.group(1).lower() in ("gång", "gang") and (
                _ORGANISERS_NEXT_TIME.search(lead := fold(sentence[max(0, m.start() - 60):m.start()]).lower())
                or _HOPED_NEXT_TIME.search(lead)):
            continue    # "hoppas ni tänker om till nästa gång": the organisers' next event; "vi hoppas kunna vara med
            # nästa gång": a later round; no session
        if _day_given(sentence[m.end():m.end() + 30]):
            continue    # "Nästa möte: 10 februari kl. 8.30": that day (here another meeting), not the next session
        coming = [d for d in sessions if d > base]
        add(m.start(), set(coming[:1] if m.group(1) else coming))
    for m in _FROM_ON_BEFORE.finditer(sentence):
        if m.group(0).rstrip().lower() == "from" and (
                _FROM_ARTICLE.match(sentence, m.end()) or _FROM_OUT_OF.search(sentence, max(0, m.start() - 40),
                                                                              m.start())
                or _MOVE_WORD.search(fold(sentence[max(0, m.start() - 40):m.start()]))):
            continue    # "withdraw from 21 September", "from the session on 21 September": out of that one ("change
            # me from session 2 to 4": a move from it)
        after = sentence[m.end():m.end() + 30]
        if m.group(0).rstrip().lower() == "from" and not _dated_first(after):
            continue    # "the following from Falun municipality for the May ...": from a place, not a session on
        season = _SEASON_WORD.match(after)
        first = (find_mention(after, sessions, base).dates
                 or {d for d in sessions if season and d.month in _SEASONS[fold(season.group(1))]})
        if first:
            add(m.start(), {d for d in sessions if d >= min(first)})
            bounded = True
    for m in _FROM_SEASON_ON.finditer(sentence) if ("fr" in sentence or "Fr" in sentence) else ():
        if _FROM_ON_AFTER.match(sentence, m.end()) or not _TAKING_PART.search(fold(sentence[max(0, m.start() - 50):
                                                                                         m.start()])):
            continue    # "från hösten och framåt" (read below); "Från hösten har vi en ny chef": no one taking part
        first = {d for d in sessions if d.month in _SEASONS[fold(m.group(1)).lower()]}
        if first:   # "vill vara med i DalaLab från hösten", "join from the autumn": the season's sessions and after
            add(m.start(), {d for d in sessions if d >= min(first)})
            bounded = True
    for m in _UP_TO.finditer(sentence):
        before = sentence[max(0, m.start() - 14):m.start()].split()
        if before and (before[-1][-1].isdigit() or month_of(before[-1]) is not None):
            continue    # "3 maj t.o.m. 29 nov": a range of days (a leave), not sessions
        last = find_mention(sentence[m.end():m.end() + 30], sessions, base).dates
        if last:
            upto = {d for d in sessions if d <= max(last)}
            add(m.start(), {d for d in upto if d >= base} or upto)
            bounded = True
    for m in _FROM_ON_AFTER.finditer(sentence):
        window = sentence[max(0, m.start() - 30):m.start()]
        window = window[window.rfind(",") + 1:]
        first = find_mention(window, sessions, base).dates
        if not first and (said := _FROM_SEASON.search(window)) is not None:
            # "från hösten och framåt", "from the spring on": the season's sessions and those after
            first = {d for d in sessions if d.month in _SEASONS[fold(said.group(1)).lower()]}
        if first and (fold(m.group(0)).split()[0] == "och" or _FROM_WORD.search(window)):
            add(m.start(), {d for d in sessions if d >= min(first)})
            bounded = True
    for m in _STRUCK_AFTER.finditer(sentence):
        last = find_mention(sentence[m.end():m.end() + 30], sessions, base).dates
        if last:    # "stryk henne efter majträffen", "remove me after the May session": the sessions after it
            read[:] = [(position, dates) for position, dates in read
                       if not (m.end() <= position < m.end() + 30 and dates <= last)]
            add(m.start(), {d for d in sessions if d > max(last)})
            bounded = True
    return bounded


#: A season in its definite form after "från" ("från hösten", "from the autumn"), and a word of taking part before it
#: ("vill vara med i DalaLab från hösten", "delta", "join"; folded): that season's sessions and those after.
_FROM_SEASON_ON = re.compile(r"\b(?:från|fran|from)\s+(?:the\s+)?(h[öo]st|vår|var|vinter|autumn|spring|winter)"
                             r"(?:en|(?<=autumn|spring|winter))\b", re.IGNORECASE)
_TAKING_PART = re.compile(r"\b(?:vara med|va med|delta|deltar|komma med|hanga med|anmal\w*|registrera\w*|boka\w*|"
                          r"join|take part|attend|participate|register\w*|sign (?:me |him |her |us )?up)\b")
#: A season after "från" right before "och framåt" ("från hösten och framåt", "from the autumn on").
_FROM_SEASON = re.compile(r"\b(?:från|fran|from)\s+(?:the\s+)?" + _SEASON_WORD.pattern + r"\s*$", re.IGNORECASE)
#: Struck off after a session ("stryk henne efter majträffen", "avanmäl mig efter 3 maj", "remove me after May"): the
#: words up to "efter"/"after".
_STRUCK_AFTER = re.compile(r"\b(?:stryk\w*|avanm[aä]l\w*|avbok\w*|ta bort|remove|cancel|withdraw|unregister)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:efter|after)\s+(?:den\s+|the\s+)?", re.IGNORECASE)


#: "gången"/"time" as an ordinal's noun ("första gången", "the first time"), and words of coming late or leaving early
#: (folded): "första gången" then says when one is late, not which session one takes.
_TIME_NOUN = re.compile(r"\b(?:gången|gangen|time)$", re.IGNORECASE)
_TIMING = re.compile(r"\b(?:senare|sent|forsenad|forsenat|tidigare|tidigt|late|later|early|earlier)\b")


def _day_of_month(sentence: str, end: int) -> bool:
    """Whether the word after an ordinal ending at ``end`` is a month's name ("tredje maj", "första september"):
    the ordinal is then the day of that month, not a session's number."""
    word = re.match(r"\s+([A-Za-zÅÄÖåäöé]{3,10})\b", sentence[end:end + 16])
    return word is not None and month_of(word.group(1), fuzzy=False) is not None


def _number_nouns(sentence: str, sessions: tuple[dt.date, ...], add: AddFn) -> None:
    """Add the sessions named by their number as a noun ("2:an och 3:an", "bara trean")."""
    found = list(_NUMBER_NOUN.finditer(sentence))
    for i, m in enumerate(found):
        n = int(m.group(1)) if m.group(1) else _NUMBER_NOUN_WORDS[m.group(2).lower()]
        listed = any(_NUMBER_NOUN_JOIN.match(sentence[a.end():b.start()])
                     for a, b in ((found[j], found[j + 1]) for j in (i - 1, i) if 0 <= j < len(found) - 1))
        if m.group(2) and not listed and not _NUMBER_NOUN_TAKER.search(sentence[max(0, m.start() - 12):m.start()]):
            continue
        if n <= len(sessions):
            add(m.start(), {sessions[n - 1]})


def _ordinals(sentence: str, sessions: tuple[dt.date, ...], add: AddFn, taken: _Taken,
              dated: list[tuple[int, set[dt.date]]]) -> bool:
    """Add the sessions named by their number ("första träffen", "the 2nd and 4th sessions", "träff 1 och 3"); an
    ordinal that is the day of a date already read ("the May 3rd session") is that date, no session's number. A
    date set right after the number that names another session ("den andra träffen, den 29 november", ``dated``
    being the sessions read from dates) wins over it: the writer counted wrong, or counted only some; then True,
    which session is meant being asked."""
    doubt = False
    lowered = sentence.lower()
    written = any(word in lowered for word in _ORDINALS)     # substring tests: most sentences hold no ordinal
    parallel = False        # an ordinal with its session noun ("första träffen"): "den andra" beside it is one too
    for m in _ORDINAL_GROUP.finditer(sentence) if written else ():
        if _TIME_NOUN.search(m.group(0)) and _TIMING.search(fold(sentence)):
            continue    # "komma lite senare första gången", "arrive late the first time": when, not which session
        if taken.covers(m.start(1)):
            continue    # "the May 3rd session": the day of a date read, not the third session
        if _day_of_month(sentence, m.end(1)):
            continue    # "the tredje maj meeting": the third of May (read by its month), not the third session
        parallel = True
        count = _NUMBERS.get(fold(m.group(2) or ""), 1)
        chosen: set[dt.date] = set()
        for word in re.findall(_ORD, m.group(1), re.IGNORECASE):
            n = _ORDINALS[word.lower()]
            if n == -1:
                chosen.update(sessions[-count:])
            elif n <= len(sessions):
                chosen.update(sessions[n - 1: n - 1 + count])
        lead = _SEASON_DATE_LEAD.match(sentence, m.end())
        beside = [ds for p, ds in dated if lead is not None and m.end() < p <= lead.end() + 1]
        if beside and chosen and not any(ds & chosen for ds in beside):
            doubt = True    # "den andra träffen, den 29 november" (the third): the date is read, asked
            continue
        add(m.start(), chosen)
    for m in _BARE_ORDINALS.finditer(sentence) if written else ():
        if taken.covers(m.start(1)):
            continue
        numbers = [_ORDINALS[w.lower()] if w.lower() in _ORDINALS else _ORDINALS.get(fold(w), 0)
                   for w in re.findall(_ORD, m.group(1), re.IGNORECASE)]
        add(m.start(), {sessions[n - 1] if n > 0 else sessions[-1] for n in numbers if -1 <= n <= len(sessions) and n})
    for m in _LONE_ORD.finditer(sentence) if written else ():
        if taken.covers(m.start(1)):
            continue
        n = _ORDINALS.get(fold(m.group(1)), 0)
        if n and n <= len(sessions):
            add(m.start(), {sessions[n - 1] if n > 0 else sessions[-1]})
    for m in _LONE_SECOND.finditer(sentence) if written and len(sessions) >= 2 else ():
        if m.group("instead") or parallel:
            add(m.start(), {sessions[1]})
    for m in _NUMBERED.finditer(sentence):
        if taken.covers(m.start(1)):
            continue    # "träffen 3:e maj": the day of a date read, not the third session
        numbers = [int(n) for n in re.findall(r"\d", m.group(1))]
        for first, last in _NUMBER_RANGE.findall(m.group(1)):     # "träff 1–3": the ones between too
            numbers.extend(range(int(first), int(last) + 1))
        add(m.start(), {sessions[n - 1] for n in numbers if 1 <= n <= len(sessions)})
        if (moved := _MOVED_TO.match(sentence, m.end())) is None:
            continue
        later = [int(n) for n in re.findall(r"\d", moved.group(1))]
        origin = _MOVED_FROM.search(sentence, max(0, m.start() - 24), m.start())
        if (origin is not None and _MOVE_WORD.search(fold(sentence[max(0, origin.start() - 60):origin.start()]))
                or len(numbers) > 1 or len(later) > 1):     # "från träff 1+2 till 1+4": no range, a new set
            add(moved.start(1), {sessions[n - 1] for n in later if 1 <= n <= len(sessions)})
        elif len(numbers) == 1 and len(later) == 1:     # "träff 1 till 3", "from session 2 to 4": a range
            add(moved.start(1), {sessions[n - 1] for n in range(numbers[0], later[0] + 1) if 1 <= n <= len(sessions)})
    for m in _NUMBERED_WORDS.finditer(sentence):
        numbers = [_WORD_NUMBERS[fold(w)] if fold(w) in _WORD_NUMBERS else _WORD_NUMBERS.get(w.lower(), 0)
                   for w in re.findall(_NUMBER_WORD, m.group(1), re.IGNORECASE)]
        add(m.start(), {sessions[n - 1] for n in numbers if 1 <= n <= len(sessions)})
    if ":an" in lowered or any(w in lowered for w in ("ettan", "tvåan", "tvaan", "trean", "fyran")):
        _number_nouns(sentence, sessions, add)
    for m in _COUNT_ORDINAL.finditer(sentence):
        if _PRIORITY_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue    # "om bara tre får plats prioriterar vi de tre första": the first people named
        count = _NUMBERS.get(fold(m.group(1) or m.group(3) or m.group(5)), 1)
        first = fold(m.group(2) or m.group(4) or "") in ("forsta", "first")
        add(m.start(), set(sessions[:count] if first else sessions[-count:]))
    return doubt


#: What may stand between a season's session and the date that names it ("höstträffen i september", "vårträffen 3/5",
#: "the autumn session on 21 September", "vinterträffen (22/2)", "höstens träff, den 29/11").
_SEASON_DATE_LEAD = re.compile(r"\s*[(,:–-]?\s*(?:(?:i|in|on|den|the|på|pa|during|alltså|alltsa|dvs\.?|i\.e\.)\s+)?"
                               r"(?:(?:den|the)\s+)?", re.IGNORECASE)
#: A date right before a season's session in brackets or after a comma ("21/9 (höstträffen)", "3 maj, vårträffen").
_DATE_BEFORE_SEASON = re.compile(r"\s*[(,–-]\s*(?:(?:alltså|alltsa|dvs\.?|i\.e\.|the|den)\s+)?$", re.IGNORECASE)


def _dated_beside(sentence: str, start: int, end: int, fitting: set[dt.date], sessions: tuple[dt.date, ...],
                  base: dt.date) -> set[dt.date]:
    """The sessions of a season that a date or month written right beside it names ("höstträffen i september",
    "vårträffen 3/5", "21/9 (höstträffen)"): the season then means those, not all of its own; empty when none."""
    lead = _SEASON_DATE_LEAD.match(sentence, end)
    after = sentence[lead.end() if lead else end:][:24]
    found: set[dt.date] = set()
    dated = _calendar_dates(after, base, sessions, _Taken(len(after)))
    if dated and dated[0][0] == 0:
        found = {dated[0][1]} if dated[0][1] is not None else set()
    elif (word := _WORD.match(after)) is not None and (month := month_of(word.group(0), fuzzy=False)) is not None:
        found = {d for d in fitting if d.month == month}
    if not found and (back := _DATE_BEFORE_SEASON.search(sentence, max(0, start - 16), start)) is not None:
        before = sentence[max(0, start - 24):back.start()]
        dated = _calendar_dates(before, base, sessions, _Taken(len(before)))
        if dated and dated[-1][1] is not None and not before[dated[-1][0]:].split()[1:]:
            found = {dated[-1][1]}
    return found if found and found < fitting else set()


#: A restatement after a season, within its sentence ("hösten i januari, det gäller 21 sept", "hösten, dvs. 21/9",
#: "the autumn, that is 21 September"): what follows says which of its sessions are meant.
_RESTATED_LEAD = re.compile(r"[^.!?]{0,30}?[,(:–-]\s*(?:det gäller|det galler|det vill säga|det vill saga|dvs\.?|"
                            r"alltså|alltsa|närmare bestämt|narmare bestamt|nämligen|namligen|i\.e\.|that is|namely)"
                            r"\s+(?:(?:den|the)\s+)?", re.IGNORECASE)


def _restated(sentence: str, end: int, fitting: set[dt.date], sessions: tuple[dt.date, ...],
              base: dt.date) -> set[dt.date]:
    """The sessions of a season that a date restating it names ("anmälde mig till hösten i januari, det gäller 21
    sept"): the season then means those; empty when none, or when the date is not one of the season's."""
    lead = _RESTATED_LEAD.match(sentence, end)
    if lead is None:
        return set()
    after = sentence[lead.end():][:24]
    dated = _calendar_dates(after, base, sessions, _Taken(len(after)))
    found = {dated[0][1]} if dated and dated[0][0] == 0 and dated[0][1] is not None else set()
    return found if found and found < fitting else set()


def _seasons_and_months(sentence: str, folded: str, sessions: tuple[dt.date, ...], base: dt.date, taken: _Taken,
                        add: AddFn, placing: list[tuple[int, set[dt.date], bool]]) -> bool:
    """Add the sessions named by season or month; whether one session was meant where several fit. A season said
    as when ("i höst", "this autumn"), with no session noun of its own, goes to ``placing``: it names its sessions
    only if nothing else in its clause names one of them."""
    ambiguous = False
    talk: list[int] | None = None       # where the sentence speaks of sessions (found once, when needed)
    lowered = sentence.lower()
    for m in _SEASON.finditer(sentence):
        left, right = _clause_at(folded, m.start(), m.end())    # not a session noun of the clause before
        window = lowered[max(left, m.start() - 30): min(right, m.end() + 40)]
        spring = fold(m.group(1)) == "var"
        if m.group(1).lower() == "fall" and _CASE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        prefixed = m.group(0).lower().startswith(("in the ", "this ") if fold(m.group(1)) == "fall"
                                                 else ("i ", "in the ", "this ", "under "))
        spring_when = (spring and m.group(0).lower().startswith("i ") and m.group(0).lower().endswith("r")
                       and _SPRING_WHEN.match(sentence, m.end()) is not None)
        if spring and not m.group(0).lower().endswith(("ens", "en")) and not spring_when:
            continue    # "i vår kommun": "our"; "i vår och i höst": this spring
        if (m.group(1).lower() == "host" and not m.group(0).lower().endswith(("ens", "en"))
                and not m.group(0).lower().startswith(("i ", "under "))):
            continue    # "höst" written without its accent only in Swedish forms: "hosts", "host the meeting" are English
        only = (_ONLY_SEASON.search(lowered, max(left, m.start() - 14), m.start()) is not None
                or (m.group(0).lower().endswith("n") and fold(m.group(1)) in ("host", "var")
                    and _SIGNED_UP_TO.search(fold(lowered[max(0, m.start() - 80):m.start()])) is not None))
        counted = m.group(0).lower().endswith("ens") and _SEASON_COUNT.match(lowered, m.end()) is not None
        if (not _NOUN_WORD.search(window) and not counted
                and not (prefixed and (not spring or spring_when or m.group(0).lower().startswith("under")))
                and not (only and (m.group(0).lower().endswith("n")
                                   or m.group(1).lower() in ("autumn", "spring", "winter")))):
            continue    # ("bara hösten", "only the autumn": the season's sessions, its noun left out)
        if prefixed and _PAST_SEASON.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        if _OTHER_SEASON.search(folded, max(left, m.start() - 60), m.start()):
            continue    # when something else starts or ends ("mitt vikariat slutar i höst", "my contract ends in the
            # autumn"), not a session
        months = _SEASONS[fold(m.group(1)) if fold(m.group(1)) in _SEASONS else m.group(1).lower()]
        fitting = {d for d in sessions if d.month in months}
        one = bool(_ONE_NOUN.match(sentence, m.end()))
        if one and (noun := _ONE_NOUN.match(sentence, m.end())) is not None and (
                dated := _dated_beside(sentence, m.start(), noun.end(), fitting, sessions, base)):
            add(m.start(), dated)   # "höstens träff den 21 september": the one the date names
            continue
        # "träffen i höst", "the session in the autumn": one of the season's, when nothing else names it
        one_before = prefixed and _ONE_BEFORE.search(sentence, max(0, m.start() - 24), m.start()) is not None
        ambiguous = ambiguous or (len(fitting) > 1 and one)
        if prefixed and not one and not _NOUN_AFTER.match(sentence, m.end()):
            if not _for_a_reason(folded, m.start()):
                placing.append((m.start(), fitting, one_before and len(fitting) > 1))
        else:
            add(m.start(), _restated(sentence, m.end(), fitting, sessions, base) or fitting)
    for m in _SPRING_NOW.finditer(sentence):
        fitting = {d for d in sessions if d.month in _SEASONS["var"]}
        ambiguous = ambiguous or not fitting or (len(fitting) > 1 and fold(m.group(2)) in _ONE_ENDING)
        add(m.start(), fitting)     # "träffen i vår": this spring's (not "träffen i vår kommun")
    for m in _SEASON_COMPOUND.finditer(sentence):
        fitting = {d for d in sessions if d.month in _SEASONS[fold(m.group(1))]}
        one = bool(_ONE_COMPOUND.search(m.group(0)))
        dated = _dated_beside(sentence, m.start(), m.end(), fitting, sessions, base) if one else set()
        # one of several, or none held in that season ("sommarträffen")
        ambiguous = ambiguous or (len(fitting) > 1 and one and not dated) or not fitting
        add(m.start(), dated or fitting)    # "höstträffen i september": the one the month names
        taken.add(*m.span())
    for m in _MONTH_COMPOUND.finditer(sentence):
        month = month_of(m.group(1))
        if month is not None and not taken.covers(m.start()):
            add(m.start(), {d for d in sessions if d.month == month})
            taken.add(*m.span())
    for m in _WORD.finditer(sentence):
        if taken.covers(m.start()):
            continue
        word = m.group(0)
        if fold(word) in ("mar", "jun", "jul") and not word[0].isupper():
            continue
        if _WHOLE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue    # a whole month as a span of time ("budgetmöten hela maj", "away all of May"): no session
        if _DAY_RANGE_BEFORE.search(sentence, max(0, m.start() - 14), m.start()):
            continue    # the month of a range of days ("planeringsdagar 28-30 nov", "away 20-25 Feb"): no session
        if fold(word) == "may" and (not (_MAY_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
                                         or _MAY_AFTER.match(sentence, m.end()))
                                    or _SURNAME_AFTER.match(sentence, m.end())):
            continue    # "may" the verb, or May a given name ("a place for May Lind")
        month = month_of(word)
        if month is None or (len(word) <= 3 and fold(word) not in ("maj", "may", "feb", "nov", "sep", "okt", "oct", "dec")):
            continue
        fitting = {d for d in sessions if d.month == month}
        if (_OTHER_START.search(folded, max(0, m.start() - 50), m.start())
                or _NEW_JOB.search(folded, max(0, m.start() - 60), m.start())):
            continue    # when something else starts or ends ("ett nytt jobb som börjar i februari"), not a session
        if (("till" in folded or "until" in folded)
                and _AWAY_UNTIL.search(folded, max(0, m.start() - 70), m.start())):
            continue    # when a time away ends ("han är borta till början av maj"), not a session
        if (started := _PAST_START.search(folded, max(0, m.start() - 80), m.start())) is not None and not _A_NOUN.search(
                folded, started.start(), m.start()):
            continue    # when the writer started or moved ("I started at Falun municipality in November"), in the past
        if _SIGNED_WHEN.search(folded, max(0, m.start() - 60), m.start()) or (
                _IN_BEFORE.search(folded, max(0, m.start() - 4), m.start()) and _SIGNED_AFTER.match(folded, m.end())):
            continue    # when the signup was made or mail was sent ("anmälde mig i feb", "i februari anmälde jag")
        if _CAUSE_START.search(folded, max(0, m.start() - 80), m.start()):
            continue    # a start or end given as a cause ("eftersom hon börjar först i februari"), not a session
        year = _YEAR_AFTER.match(sentence, m.end())
        if year is not None and (dated := {d for d in fitting if d.year == int(year.group(1))}):
            fitting = dated     # "i februari 2028": the session of that month and year, however far off
        elif fitting and _month_before_session(month, fitting, base):
            talk = [t.start() for t in _SESSION_TALK.finditer(folded)] if talk is None else talk
            left, right = _clause_at(folded, m.start(), m.end())
            at = bisect_left(talk, left)
            if not (at < len(talk) and talk[at] < right):
                continue    # a month of something else ("slutar i februari"), not a session
        add(m.start(), fitting)
    return ambiguous


#: "alla fyra" with no session noun after "för"/"for" ("lägg till 22/2 för alla fyra", "add May for all four of
#: them") or before a verb ("alla fyra kommer på 3 maj"): the people, when the sentence names its sessions.
_ALL_PEOPLE_BEFORE = re.compile(r"\b(?:för|for|åt)\s+(?:oss\s+|er\s+|dem\s+)?$", re.IGNORECASE)
_ALL_PEOPLE_AFTER = re.compile(r"\s+(?:of\s+(?:us|them)\b|(?:kommer|går|gar|deltar|ska|skall|vill|är|ar|kan|"
                               r"will|are|can|would|attend|come)\b)", re.IGNORECASE)
_ALL_COUNT = re.compile(r"(?:alla|all)\s+(?:fyra|4|four)", re.IGNORECASE)


#: A month that ends someone's time away ("är borta till början av maj", "föräldraledig fram till mitten av maj",
#: "on leave until early May"): folded words before it; when the absence ends, not a session.
_AWAY_UNTIL = re.compile(r"\b(?:borta|ledig|\w+ledig|sjukskriven|bortrest|utomlands|away|on \w*\s?leave|abroad)\s+"
                         r"(?:\w+\s+){0,2}?(?:fram till|till|until|up until|till early|through to)\s+"
                         r"(?:(?:borjan|mitten|slutet) av\s+|(?:early|mid|late|the (?:start|end|middle) of)\s+)?$")
#: A year written right after a month's name ("februari 2028", "May 2027").
_YEAR_AFTER = re.compile(r",?\s+(20\d\d)\b")
#: A month said as when something else starts or ends ("ett jobb som börjar i februari", "flyttar i maj", "my contract
#: ends in November"), matched on the folded words before it; not "starting in" (from that session on), nor a person's
#: own start or end ("jag slutar i februari": as likely the sessions up to then).
_OTHER_START = quick(re.compile(r"(?<!\bjag )(?<!\bvi )(?<!\bhan )(?<!\bhon )(?<!\bhen )(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )"
                          r"\b(?:borjar|slutar|startar|tilltrader|flyttar|begins|starts|ends|finishes|moves|moving)\s+"
                          r"(?:[a-z]+\s+){0,2}?(?:(?:i|in|under)\s+(?:(?:borjan|mitten|slutet) av\s+|"
                          r"(?:early|mid|late)\s+)?|"
                          # its last day ("slutar i Hedemora sista februari", "leaves at the end of February")
                          r"(?:(?:at|by)\s+)?(?:sista|the end of|end of)\s+)$"))
#: A season said as when something else starts or ends ("mitt vikariat slutar i höst", "min tjänst tar slut till
#: hösten", "my contract runs out this autumn", "our office moves in the autumn"): the folded words before the season's
#: match (which holds its "i", "in the", "this"); as ``_OTHER_START``, not a person's own start or end.
_OTHER_SEASON = quick(re.compile(r"(?<!\bjag )(?<!\bvi )(?<!\bhan )(?<!\bhon )(?<!\bhen )(?<!\bi )(?<!\bwe )(?<!\bhe )"
                           r"(?<!\bshe )\b(?:borjar|slutar|startar|tilltrader|flyttar|upphor|gar ut|tar slut|begins|"
                           r"starts|ends|finishes|expires|runs out|moves|moving|comes to an end|"
                           # or someone is appointed then ("ersättare utses tidigast i höst")
                           r"utses|tillsatts|rekryteras|is appointed|is recruited)\s+(?:[a-z]+\s+){0,2}?$"))
#: A month said as when the writer started a job or moved, in the past ("I started as an analyst at the county in
#: November", "jag började som handläggare på kommunen i oktober", "flyttade hit till Borlänge i september"): folded
#: words before it, not cut by a joining word ("I started thinking about it and would like to join in May") nor holding
#: a session noun ("flyttade mig till träffen i maj").
_PAST_START = re.compile(
    r"\b(?:started|began|joined|moved|borjade|startade|tilltradde|anstalldes|flyttade)\b"
    r"(?:\s+(?!(?:och|o|and|men|but|sa|so|vill|would|want|wish|hope|hoppas)\b)[^\s.,;:!?]+){0,8}?"
    r"\s+(?:i|in|during|under)\s+(?:(?:borjan|mitten|slutet) av\s+|(?:early|mid|late)\s+)?$")
#: A month said as when one changes jobs ("byter jobb i feb", "har fått en ny tjänst från november", "I'm starting a
#: new job in May"): the job's, not a session (folded words before the month).
_NEW_JOB = re.compile(r"\b(?:(?:byter|byta|bytt|byte av|ny|nytt|nya|annan|annat|new|another|chang\w*)\s+(?:\w+\s+)?"
                      r"(?:jobb\w*|tjanst\w*|arbete\w*|arbetsplats\w*|anstallning\w*|jobs?|positions?|roles?|"
                      r"employers?|arbetsgivare\w*))\s+(?:(?:som|that|which)\s+(?:\w+\s+){0,2}?)?(?:(?:i|in|under|fran|"
                      r"from)\s+(?:(?:borjan|mitten|slutet) av\s+|(?:early|mid|late)\s+)?)$")
#: A month said as when one signed up or wrote ("jag anmälde mig i feb", "registrerade oss redan i november", "I signed
#: up in February", "anmäld sedan januari", "skickade min anmälan i november"): folded text before the month; only
#: pronouns and small words between (not "anmälde mig till träffen i februari": that session).
_SIGNED_WORDS = (r"(?: (?:mig|oss|sig|dig|er|honom|henne|hen|dem|me|us|him|her|them|myself|ourselves|up|redan|tidigare|"
                 r"ju|already|earlier|back|min|var|hans|hennes|deras|my|our|his|their|anmalan|registration|signup|mail|"
                 r"mejl|mejlet|mailet|via \S+|pa \S+|genom \S+|hos er|with you|to you|online|through \S+|by \S+|"
                 r"from \S+|fran \S+)){0,4} (?:(?:redan|tidigare|back|already|earlier) )?(?:i|in|under|sedan|sen|since|"
                 r"during) (?:(?:borjan|mitten|slutet) av |(?:early|mid|late) |mid-)?$")
_SIGNED_WHEN = re.compile(
    r"\b(?:anmald|anmalda|registrerad|registered|signed up) (?:(?:redan|already) )?(?:sedan|sen|since) $|"
    # said by someone ("jag anmälde mig", "we signed up", "hon har skickat"), or with the one signed up after the verb
    r"\b(?:jag|vi|hon|han|hen|de|dom|i|we|she|he|they)(?: (?:har|hade|have|had|redan|already|just|tidigare|ju))* "
    r"(?:anmalde|anmalt|registrerade|registrerat|bokade|bokat|skrev|skrivit|skickade|skickat|mejlade|mailade|"
    r"registered|signed up|booked|wrote|sent|e-?mailed|mailed|enrolled|applied)" + _SIGNED_WORDS + "|"
    r"\b(?:anmalde|anmalt|registrerade|registrerat|bokade|bokat) (?:mig|oss|sig|dig|er)" + _SIGNED_WORDS)
#: "i"/"in" right before a month, and a signup made, said right after it ("i februari anmälde jag ...", "in January
#: we registered"): folded.
_IN_BEFORE = re.compile(r"\b(?:i|in) $")
_SIGNED_AFTER = re.compile(r",? (?:anmalde|registrerade|bokade|skickade|skrev|mejlade) (?:jag|vi|hon|han|hen|de|dom)\b|"
                           r",? (?:i|we|she|he|they) (?:registered|signed up|booked|sent|wrote)\b")
#: A start or end given as a cause ("eftersom hon börjar först i", "because he starts in"): folded words before a
#: month, which dates the cause, not a session.
_CAUSE_START = re.compile(r"\b(?:eftersom|because|since)\s+(?:\w+\s+){0,2}?(?:borjar|slutar|flyttar|tilltrader|starts|"
                          r"ends|begins|moves)\s+(?:(?:forst|inte forran|not until|only)\s+)?(?:i|in)\s+$")
#: A cause ("med anledning av", "eftersom", "because of"): a season said as when after it, with no session between,
#: dates the cause ("eftersom vi flyttar i höst", "med anledning av nya uppgifter i höst"), not a session.
_CAUSE = re.compile(r"\b(?:med anledning av|pa grund av|p\.?g\.?a\.?|eftersom|because|due to|owing to|since)\s")
_CAUSE_REACH = 80
_PART_END = re.compile(r"[.;:!?]")
#: A session noun as a word of its own or a compound's head after a hyphen ("träffarna", "DalaLab-träffen"), not the
#: tail of another compound ("budgetmöten", "styrelsemötet"): a season beside those names no session.
_NOUN_WORD = re.compile(r"(?<![\wåäö])" + _NOUN, re.IGNORECASE)
_A_NOUN = re.compile(_NOUN, re.IGNORECASE)


#: The writer busy then ("tyvärr har vi samråd under hösten", "unfortunately we have budget work in the autumn",
#: "vi är upptagna i höst"): a season said as when after it dates the business, not a session (folded text).
_BUSY = re.compile(r"\b(?:(?:tyvarr|tyvar|unfortunately|sadly)\s+(?:har|have|hade|had)\s+(?:vi|jag|ja|we|i)|"
                   r"(?:vi|jag|ja|we|i)\s+(?:har|have|hade|had)\s+(?:tyvarr|tyvar|unfortunately|sadly)|"
                   r"(?:vi|jag|ja|we|i)\s+(?:ar|are|am|blir|will be)\s+(?:\w+\s+)?(?:upptagna?|busy|bortresta?|away|"
                   r"tjanstledig|foraldraledig|on leave)|"
                   # much else to do then ("vi har fått för mycket på bordet i vår", "jag har fullt upp i höst")
                   r"(?:vi|jag|ja|we|i)\s+(?:har|hade|have|had)\s+(?:fatt\s+|got\s+)?(?:(?:alldeles|alltfor|for|valdigt|sa|jatte|way|too|so)\s+){0,2}"
                   r"(?:mycket|much)\s+(?:pa\s+(?:mitt|vart)\s+bord|pa\s+bordet|on\s+(?:my|our)\s+plate|att\s+gora|annat|"
                   r"jobb|arbete|to do)|(?:vi|jag|ja)\s+(?:har|hade)\s+fullt\s+upp|"
                   # the load itself too much then ("det blev för mycket i vår", "it's too much this autumn")
                   r"det\s+(?:blir|blev|ar|var)\s+(?:(?:helt enkelt|nog|alldeles|bara)\s+)?(?:alltfor|for)\s+mycket|"
                   r"it(?:'s|\s+is|\s+was|\s+got|\s+gets)\s+(?:(?:simply|just|way|far)\s+)?too\s+much)\s")
_NOT = re.compile(r"\b(?:inte|ej|int|not|no|ingen|inga)\b|n't\b")


def _for_a_reason(folded: str, at: int) -> bool:
    """Whether the words before ``at`` (in its sentence part) give a cause and name no session after it."""
    before = _PART_END.split(folded[max(0, at - _CAUSE_REACH):at])[-1]
    causes = list(_CAUSE.finditer(before))
    if causes and not _A_NOUN.search(before, causes[-1].end()):
        return True
    busy = list(_BUSY.finditer(before))
    return bool(busy) and not _A_NOUN.search(before, busy[-1].end()) and not _NOT.search(before, busy[-1].end())


#: A session noun right after a season ("i höst träffarna"?): the season then names them, it does not place others.
_NOUN_AFTER = re.compile(r"\s+" + _NOUN, re.IGNORECASE)
#: A clause saying the writer does not know yet about the sessions it names ("februari vet jag inte än", "not sure
#: about November", "återkommer om den"): those are not booked (folded text). The words first: most sentences hold none.
_UNDECIDED_WORDS = ("vet ", "saker", "oklar", "obestamd", "tveksam", "bestam", "beslut", "aterkomm", "sure", "decid",
                    "tbd", "know", "stallning", "far vi", "far jag", "far ni", "ll see", "be seen", "maybe", "perhaps",
                    "possibly", "kanske", "eventuellt", "mojligen", "trolig", "formodlig", "antaglig", "probabl", "likely",
                    "forst ")
_HEDGE = HEDGE_WORDS
#: A session hedged as a maybe on top of the others ("maybe nov too", "kanske också 29/11", "troligen även i november",
#: "även 29 november troligen"): with no other session named, the one hedged is all the writer asks for.
#: Or as a maybe in place of one given up ("kanske kan komma i nov istället", "maybe November instead"): not booked
#: either; what is given up stands, the move is asked about.
_ON_TOP = (r"\b" + _HEDGE + r" (?:\S+ ){0,3}?(?:too|also|as well|ocksa|aven|oxa)\b|"
           r"\b(?:ocksa|aven|oxa|too|also) (?:[^\s,]+ ){1,3}?" + _HEDGE + r"\b|"
           r"\b" + _HEDGE + r" (?:\S+ ){0,5}?(?:istallet|i stallet|instead)\b")
_HEDGED_ON_TOP = re.compile(_ON_TOP)
_UNDECIDED = re.compile(
    r"\bvet (?:(?:jag|ja|vi|hon|han|hen|de) )?(?:inte|ej|ente|int) (?:an|annu|riktigt|sakert|om)\b|"
    r"\b(?:inte|ej|ente|int) (?:(?:\w+ ){0,2})?(?:bestamt|bestamd|beslutat)|\b(?:inte|ej) (?:\w+ )?saker\b|"
    r"\bosakert? (?:pa|om|med|for|kring)\b|\b(?:ar|e|kanns|blir) (?:\w+ )?osakert?\b|\b(?:oklart|obestamt|tveksamt?)\b|"
    r"\bobestamd|\baterkomm\w* (?:om|kring|angaende|nar det galler)\b|"
    # to be decided later ("de två sista får vi ta ställning till efter sommaren", "får vi se", "we'll see")
    r"\b(?:ta|tar) (?:(?:jag|vi|ni|hon|han|hen|de) )?stallning\b|"
    # a decision to come ("om de två senare tar vi beslut i höst", "beslutar vi senare", "bestämmer vi efter sommaren",
    # "we will decide on the others later", "to be decided")
    r"\b(?:ta|tar|fatta|fattar) (?:(?:jag|vi|ni|hon|han|hen|de|dom) )?(?:\w+ )?beslut\b|"
    r"\bbeslut(?:ar|a|as) (?:(?:jag|vi|ni|hon|han|hen|de|dom) )?(?:\w+ )?(?:senare|sen|efter|i host|i var|nar|om)\b|"
    r"\bbestam(?:mer|ma|s) (?:(?:jag|vi|ni|hon|han|hen|de|dom) )?(?:\w+ )?(?:senare|sen|efter|i host|i var|nar)\b|"
    r"\bdecid(?:e|ed|ing) (?:\w+ ){0,4}?later\b|\b(?:to be|yet to be|will be) decided\b|\btbd\b|"
    r"\bfar (?:vi|jag|ni) (?:se|fundera pa|titta pa)\b|\bwe'?ll see\b|\bremains? to be seen\b|"
    # put off till later ("februari får vi ta senare", "resten får jag ta längre fram")
    r"\bfar (?:vi|jag|ni) (?:ta|titta pa|aterkomma om) (?:(?:den|dem|dom|det) )?(?:senare|sen|langre fram|framover)\b"
    r"(?! (?:traff|tillfall|session)\w*)|"
    # a session hedged as a maybe on top of the others ("maybe nov too", "kanske 29/11 också"): not booked
    + _ON_TOP + r"|"
    # known only later ("det vet jag säkert först senare", "november vet jag först efter sommaren")
    r"\bvet (?:(?:jag|ja|vi|hon|han|hen|de) )?(?:(?:sakert|nog|val) )?forst\b|"
    r"\bnot (?:yet )?sure\b|\bunsure\b|\bundecided\b|\b(?:don'?t|do not) (?:yet )?know\b|"
    r"\b(?:haven'?t|have not|not) (?:yet )?decided\b")
_JOINT = re.compile(r"\s(?:och|o|samt|and|&)\s")
_JOINED_REACH = 8       # an "och" joins sessions when the next one is named this near after it ("och den 21/9")


def _about_coming(text: str, start: int, end: int) -> bool:
    """Whether the clause of the words from ``start`` to ``end`` (cut at "och", "men" too) says who comes or not."""
    left, right = _clause_at(text, start, end)
    for joint in _AND_OR_BUT.finditer(text, left, right):
        if joint.end() <= start:
            left = joint.end()
        elif joint.start() >= end:
            right = joint.start()
            break
    return _ABOUT_COMING.search(text, left, right) is not None


_AND_OR_BUT = re.compile(r"\s(?:och|men|and|but)\s", re.IGNORECASE)


def _undecided(folded: str, refs: list[tuple[int, set[dt.date]]]) -> tuple[set[int], set[int]]:
    """Where the references are that stand in a clause saying the writer does not know yet: the clause cut, too, at
    an "och" that starts a phrase of its own ("3 maj, och vet inte än om 21/9"), not one joining sessions
    ("februari och november vet jag inte"); and of those, the ones hedged as a maybe on top of others."""
    out: set[int] = set()
    on_top: set[int] = set()
    starts = sorted(p for p, _ in refs)
    for position in starts:
        left, right = _clause_at(folded, position, position)
        for joint in _JOINT.finditer(folded, left, right):
            at = bisect_left(starts, joint.end())
            if at < len(starts) and starts[at] - joint.end() <= _JOINED_REACH:
                continue        # the next session follows: one list
            if joint.end() <= position:
                left = joint.end()
            else:
                right = joint.start()
                break
        if _UNDECIDED.search(folded, left, right):
            out.add(position)
            if _HEDGED_ON_TOP.search(folded, left, right):
                on_top.add(position)
    return out, on_top


#: A clause saying the writer (or those written for) has something else on then ("den 29/11 har vi fullmäktige", "21
#: september har jag styrelsemöte", "vi har budgetmöte den 3 maj", "den dagen är det KF", "on 29 November we have a
#: council meeting"): the sessions it names are those they cannot come to (folded text). Only an engagement named, not
#: "har jag tid" (free then) nor "har vi mötet" (the session itself).
_BUSY_WORDS = ("har ", "hade ", "ar ", " e ", "blir ", "have", "'ve", "'re", "'m ", " am ", " are ", " is ")
_ENGAGEMENT = (r"(?:(?:kommun)?fullmaktige\w*|kf|ks|kommunstyrelse\w*|regionstyrelse\w*|styrelse\w*|namnd\w*|"
               r"\w*sammantrade\w*|(?!dalalab|traff|lab)[a-z]+mote[nt]?|\w*konferens\w*|semester|kurs|tentamen|"
               r"planeringsdag\w*|personaldag\w*|studiedag\w*|bokslut\w*|budgetarbete\w*|revision|forhinder|"
               r"(?:ett |en )?(?:annat |annan )(?:mote|uppdrag|atagande|engagemang|konferens|kurs|resa)|"
               # the calendar full then ("maj har jag redan fullt med annat", "har vi fullt upp", "fullbokat")
               r"fullt(?: upp)?(?=\s*(?:[.,;:!?()]|$|med\b|da\b|i\b|den\b|hela\b|then\b))|fullbokat|fullspikat)\b")
_SMALL = r"(?:(?:ju|tyvarr|tyvar|dessvarre|daremot|redan|nog|namligen|dock|ocksa|aven|sjalv|ett|en|vart|var|mitt|min|vara|" \
         r"hennes|hans|deras|ordinarie|extra|stort|stor|viktigt|viktig)\s+){0,3}"
_BUSY_THEN = re.compile(
    r"\b(?:har|hade)\s+(?:vi|jag|ja|hon|han|hen|de|dom)\s+" + _SMALL + _ENGAGEMENT + r"|"
    r"\b(?:vi|jag|ja|hon|han|hen|de|dom)\s+(?:har|hade)\s+" + _SMALL + _ENGAGEMENT + r"|"
    r"\b(?:(?:ar|blir)\s+det|det\s+(?:ar|blir))\s+" + _SMALL + _ENGAGEMENT + r"|"
    r"\b(?:ar|blir)\s+(?:vi|jag|ja|hon|han|hen|de|dom)\s+(?:\w+\s+)?(?:pa\s+(?:\w+\s+)?(?:\w*resa|semester|kurs|"
    r"\w*konferens\w*)|bortresta?|upptagna?|fullbokade?|tjanstledig|foraldraledig)\b|"
    # the month itself full for the writer ("november e redan fullbokat för min del", "är fullt i min kalender",
    # "November is already fully booked for me"; not a session full: "november är fullbokad?")
    r"\b(?:ar|e|blir)\s+(?:(?:redan|tyvarr|dock|helt|alldeles|ju)\s+){0,3}(?:fullbokad\w*|fullbokat|fullspikad|"
    r"fullspikat|full|fullt|upptagen|upptaget)\s+(?:for\s+(?:mig|oss|min\s+del|var\s+del)|i\s+(?:min|var)\s+"
    r"kalender)\b|"
    # ... the verb first ("tyvärr är februari redan fullbokad för min del")
    r"\b(?:ar|e|blir)\s+[a-z]+\s+(?:(?:redan|tyvarr|dock|helt|alldeles|ju)\s+){0,3}(?:fullbokad\w*|fullbokat|"
    r"fullspikad|fullspikat|full|fullt|upptagen|upptaget)\s+(?:for\s+(?:mig|oss|min\s+del|var\s+del)|i\s+(?:min|var)\s+"
    r"kalender)\b|\b(?:is|'s|are)\s+(?:(?:already|completely|totally|unfortunately)\s+){0,2}(?:fully\s+booked|"
    r"booked\s+up|full)\s+(?:for\s+(?:me|us)|in\s+(?:my|our)\s+(?:calendar|diary|schedule))\b|"
    r"\b(?:we'?re|we are|i'?m|i am|she'?s|she is|he'?s|he is|they'?re|they are)\s+(?:\w+\s+)?(?:on\s+(?:a\s+|an\s+|our\s+|"
    r"my\s+)?(?:\w+\s+)?(?:trip|holiday|vacation|course|leave)|away|abroad|travell?ing|busy|unavailable)\b|"
    r"\b(?:we|i|she|he|they)\s+(?:have|'ve\s+got|have\s+got|had)\s+(?:a|an|our|my|her|his|their)\s+"
    r"(?:\w+\s+)?(?:(?:council|board|staff|budget|management|team|department|committee)\s+meeting|conference|"
    r"course|exam|holiday|vacation)\b")
#: A word of taking part in the same clause ("den 29/11 har vi fullmäktige men jag kommer ändå" is cut at "men";
#: "har vi fullmäktige, så jag kommer bara på 3 maj" at the comma): the clause asks for what it names.
_JOINING = re.compile(r"\b(?:anmal\w*|kommer|komma|deltar|delta|vill|tar|ga pa|gar pa|attend|join|come|sign)\b")

#: Small words beside such a clause that say nothing more ("tyvärr", "dock", "nämligen", "unfortunately").
_FILLER = re.compile(r"\b(?:tyvarr|tyvar|dock|namligen|ju|alltsa|da|sa klart|unfortunately|though|sadly|then)\b|"
                     # the engagement's consequence, said ("... så det går inte", "so that won't work")
                     r"\b(?:sa|so) (?:det|den|that|it) (?:gar|passar|funkar|fungerar) (?:tyvarr |nog )?(?:inte|ej)\b|"
                     r"\b(?:sa|so) (?:that|it) (?:doesn'?t|does not|won'?t|will not) work\b|"
                     # ... or the session given up for it ("så den träffen får jag avstå", "so I'll have to skip that one")
                     r"\b(?:sa|so) (?:(?:den|det|dom|de|denna|den har) (?:\w+ )?)?(?:far|maste|tvingas) (?:jag|vi) "
                     r"(?:\w+ )?(?:avsta|sta over|hoppa over|skippa|missa|stryka)(?: (?:den|det|dom|de))?\b|"
                     r"\bso (?:i|we)(?:'ll| will)? (?:have to |must )?(?:skip|miss|sit out|pass on) (?:that|it|this)(?: one)?\b")
#: Coming all the same ("... men jag kommer ändå", "but I'll come anyway"): the engagement declines nothing.
_DESPITE = re.compile(r"\b(?:anda|anyway|anyhow|trots det|trots allt|i alla fall|ialla fall)\b")


def _busy_then(folded: str, refs: list[tuple[int, set[dt.date]]]) -> set[int]:
    """Where the references are that stand in a clause saying the writer has something else on then (those sessions
    are declined, whatever else the message asks for)."""
    out: set[int] = set()
    for position, dates in refs:
        left, right = _clause_at(folded, position, position)
        if (_BUSY_THEN.search(folded, left, right) and not _JOINING.search(folded, left, right)
                and not _DESPITE.search(folded)
                and (not _FILLER.sub("", folded[:left] + " " + folded[right:]).strip(" .,;:!?-–—()")
                     or any(not left <= p < right and d - dates for p, d in refs))):
            # (the clause alone: "vi har KF den 29/11, så den träffen får jag stryka" names what is given up; or beside
            # other sessions named: "anmäl mig till maj och feb, i november har vi budgetmöte")
            out.add(position)
    return out


#: A clause after the one naming sessions that says the person is elsewhere or cannot come then, "then" referring
#: back to them ("... i februari men har fått förhinder då", "3 maj, men kan tyvärr inte då", "men är bortrest den
#: dagen", "but I can't make it then"): folded text, the clause ending there. Not "och kommer då" (coming), nor "då"
#: as "since" ("men kan inte då jag har semester": the clause goes on).
_THEN_WORDS = (" da", "dagen", "datumet", "tillfallet", "then", "that day", "that date")
_BUSY_BACK = re.compile(
    r"(?:,\s*)?\b(?:men|but|"
    # ... or as the consequence of an engagement named with it ("Den 29/11 sammanträder fullmäktige, varför vi inte kan
    # närvara då", "..., vilket gör att jag inte kan delta då", "..., så ingen av oss kan komma då")
    r"varfor|vilket\s+(?:gor|innebar|betyder)\s+att|sa(?:\s+att)?)\s+"
    r"(?:(?:jag|ja|vi|hon|han|hen|de|dom|i|we|she|he|they)\s+)?"
    r"(?:(?:tyvarr|tyvar|dessvarre|nu|redan|dock|unfortunately|sadly|now)\s+)?"
    r"(?:(?:har|hade)\s+(?:(?:jag|vi|hon|han|hen|de|dom)\s+)?(?:(?:tyvarr|tyvar|dessvarre|nu|redan|dock)\s+)?"
    r"(?:fatt\s+)?(?:ett\s+|en\s+)?(?:forhinder|annat\s+\w+|annan\s+\w+|\w*mote[nt]?|\w*konferens\w*|semester)|"
    r"(?:ar|blir|e)\s+(?:(?:jag|vi|hon|han|hen|de|dom)\s+)?(?:(?:tyvarr|tyvar|dessvarre|nu|dock)\s+)?"
    r"(?:upptagen|upptagna|bortrest|bortresta|forhindrad|forhindrade|tjanstledig|foraldraledig|pa semester)|"
    r"(?:kan|kommer|hinner)\s+(?:(?:jag|vi|hon|han|hen|de|dom)\s+)?(?:(?:tyvarr|tyvar|dessvarre|nu|dock)\s+)?"
    r"(?:inte|ej)(?:\s+(?:komma|delta|vara med|ga|narvara|medverka))?|"
    # the word order of a clause so led ("varför vi inte kan närvara då", "så att jag inte har möjlighet att delta då")
    r"(?:(?:inte|ej)\s+(?:kan|hinner|kommer att|(?:har|hade)\s+mojlighet\s+att)|(?:har|hade)\s+(?:inte|ej)\s+mojlighet\s+att|"
    r"ingen(?:\s+av\s+oss)?\s+(?:kan|hinner|har\s+mojlighet\s+att))\s+(?:komma|delta|vara med|ga|narvara|medverka)|"
    r"(?:(?:can'?t|cannot|won'?t be able to|will not be able to|am not able to|is not able to)\s+"
    r"(?:make it|attend|come|join(?: you)?)|(?:am|is|are|will be)\s+(?:busy|away|unavailable)|"
    r"(?:have|has|had|'ve)\s+(?:got\s+)?(?:a\s+)?(?:conflict|clash|another\s+\w+)))"
    r"\s+(?:da|den dagen|det datumet|det tillfallet|vid det tillfallet|then|that day|on that day|that date)"
    r"(?=\s*(?:[.!?;,)]|$))")


def _busy_back(folded: str, refs: list[tuple[int, set[dt.date]]]) -> set[int]:
    """Where the references are that stand in the clause right before one saying the person is elsewhere or cannot
    come then ("Lisa står på 3 maj men har fått förhinder då"): those sessions are declined."""
    out: set[int] = set()
    for m in _BUSY_BACK.finditer(folded):
        for position, _ in refs:
            if position >= m.start():
                continue
            _, right = _clause_at(folded, position, position)
            if right <= m.start() and not folded[right:m.start()].strip(" ,"):
                out.add(position)
    return out


#: Words of a clause that speaks of the sessions or of taking part in them (a month there names a session).
_SESSION_TALK = re.compile(
    r"traff|tillfall|session|mote|meeting|workshop|\bgang|komm(?!un)|\bhinn|"
    r"\bcom(?:e|ing)\b|delta|\bva(?:ra)? med|narvar|medverk|"
    r"\bgar? (?:pa|dit)|anmal|regist|sign|boka|\bbook|stryk|\bta bort|attend|\bjoin|cancel|skip|\bmiss|"
    r"utom|except|exept|excpet|execpt|\bbara\b|\bonly\b|endast|\b(?:den|det|the one) (?:i|in)\b|\bthe \w+ one\b|\ball (?:but|bar)\b|\bta[rg]?\b|\btake|valj|choose|\bbyt|"
    r"flytt|swap|switch|\bmove|instead|i ?stallet|\bmake it\b")
_CLAUSE_EDGE = re.compile(r"[,;:()–—]|\s-\s|\b(?:men|sa|so|but|eftersom|because|since)\b")
#: A turn in a bracket after a session left out: what it says is wanted ("inte 3 maj (men gärna 21/9)"), folded text.
_TURNS = re.compile(r"\b(?:men|but|garna|daremot|fast|istallet|instead)\b")
_CLAUSE_REACH = 160      # the most characters a clause is looked for on either side (a sentence of 2,000 months stays linear)


def _clause_at(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of a (folded) sentence around the words from ``start`` to ``end`` starts and ends (cut at
    commas, dashes, "men", "så" ...)."""
    first, last = max(0, start - _CLAUSE_REACH), min(len(folded), end + _CLAUSE_REACH)
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(folded, first, start)), default=first)
    right = next((m.start() for m in _CLAUSE_EDGE.finditer(folded, end, last)), last)
    return left, right


def _month_before_session(month: int, fitting: set[dt.date], base: dt.date) -> bool:
    """Whether a month named alone most plainly means one a year or more before its session: the next such month
    from the arrival (this one included) comes first ("slutar i februari", written in January 2027, the session
    being in February 2028)."""
    year = base.year if month >= base.month else base.year + 1
    return all(d.year > year for d in fitting)


