"""Organisations named in a message, matched against the config's names, aliases and domains.

The config is the only source of names: for each organisation its canonical name, its
aliases and the usual Swedish/English phrasings built from them ("Faluns kommun",
"kommunen i Mora", "Mora municipality") are matched on accent-folded text. The venue
(a session's place) counts only when written as an organisation ("Falu kommun"),
never as "i Falun" or in a postal address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from assistant.config import Config, Organisation
from assistant.parsing.names import one_edit
from assistant.parsing.prefilter import quick
from assistant.parsing.text import fold, sentences

_STRONG, _BARE, _VENUE = 2, 1, 0
_POSTCODE_BEFORE = re.compile(r"\d{3}\s?\d{2}\s+$")
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
#: How an organisation is named whatever its name ("Sundsvalls kommun", "Region Gävleborg", "Länsstyrelsen i
#: Uppsala län"): one the config does not know is one the parser cannot place.
_ANY_ORGANISATION = re.compile(r"\b[A-ZÅÄÖ][\w-]+ (?:kommun|stad|municipality)\b|\b(?:Region|Länsstyrelsen(?: i)?) "
                               r"[A-ZÅÄÖ][\w-]+|"
                               # a municipality abroad ("Trysil kommune", "Oulun kaupunki", "Kuusamon kunta")
                               r"\b[A-ZÆØÅÄÖ][\w-]+ (?:kommune|kaupunki|kunta)\b")
#: Written after an organisation to say whom a letter is for ("Region Dalarna Att. Linnea Hassis", "…, attn:").
_ADDRESSEE_HINT = re.compile(r"(?i)\batt(?:n)?\b[.:]|\battention\b|\bc/o\b")
_ADDRESSEE = re.compile(r"[\s,]*(?:att\.|attn\b|att:|attention\b|c/o\b)")
#: A letter's address line naming the organisation written to, alone on its line ("Till Region Dalarna", "To Region
#: Dalarna"): before the name, and after it.
_ADDRESS_LINE_HINT = re.compile(r"(?im)^[ \t]*(?:till|to)[ \t]+\w[^\n]{0,40}$")
_ADDRESS_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:till|to)[ \t]+$")
_ADDRESS_LINE_AFTER = re.compile(r"[ \t]*(?:\n|$)")
#: The words of an organisation's name that say what kind of body it is, not where ("i" of "Länsstyrelsen i X").
_KINDS = frozenset({"kommun", "kommuns", "stad", "municipality", "region", "regionen", "lansstyrelsen", "i"})
_KIND_HINT = re.compile(r"kommun|stad|municipality|region|lansstyrelsen")
#: Said by a writer who takes part for no organisation ("I don't represent any municipality", "på eget initiativ").
_DISOWNED = re.compile(r"\b(?:(?:don'?t|do not|not|never) represent(?:ing)? (?:any|a|an) (?:municipality|organi[sz]ation|"
                       r"employer|client|kommun)|(?:representerar|foretrader) (?:(?:inte|ej) (?:nagon|en)|ingen) "
                       r"(?:kommun|organisation|arbetsgivare|kund)|on my own (?:account|behalf|initiative)|"
                       r"(?:of|out of) (?:my )?own (?:professional )?interest|pa eget initiativ|for egen rakning)\b")
#: Words before an organisation that make it a consultant's client or the place of a firm's office, not the
#: writer's own: "mitt uppdrag för ", "worked with Hedemora and ", "Sweco Society AB, ", "consultant with WSP in ".
_LISTED = r"(?:[\w-]+(?: kommuns?)?(?:,| och| and| &| samt) )*"
_NOT_EMPLOYER = re.compile(r"(?:\b(?:uppdrag\w*|assignments?|contracts?|engagements?|kunder?|clients?|customers?)"
                           r" (?:for|at|hos|med|i|with|in|pa) (?:(?:nagra|flera|several|some) )?"
                           r"|\b(?:arbetat|jobbat|worked|helped|hjalpt|stottat|supported|advised|radgivit) (?:\w+ ){0,2}?"
                           r"(?:with|med|for|at) "
                           r"|\b(?:ab|hb|kb|oy|ltd|llc|gmbh|inc|plc),? "
                           # a firm hired by it ("vi är anlitade av Vansbro kommun", "we have been hired by Orsa")
                           r"|\b(?:anlitad\w*|inhyrd\w*|upphandlad\w*|hired|engaged|contracted|retained) (?:\w+ )?(?:av|by) "
                           r"|\b(?:konsult\w*|consultant) (?:\w+ )?(?:with|at|pa|hos|for|vid) [\w&-]+(?: [\w&-]+)? (?:in|i) "
                           # a workplace left ("jobbade tidigare på Mora kommun", "previously at Orsa", "formerly with")
                           # (not "sedan tidigare", since before: still there)
                           r"|(?<!sedan )\b(?:tidigare|forut|forr|previously|formerly)(?: \w+)? (?:pa|i|hos|vid|at|with|in|for) "
                           # where a meeting was held ("träffades på ett nätverksmöte i Sälen", "met at a meeting in Orsa")
                           r"|\b(?:\w*mote[nt]?|meetings?|konferens(?:en|er)?|conferences?|workshop(?:en|s)?|seminari(?:um|et|er)|"
                           r"seminars?|kurs(?:en|er)?|courses?|massa(?:n)?|fairs?) (?:\w+ ){0,2}?(?:i|in|at|pa) )"
                           + _LISTED + "$")
#: Where the writer lives or is based ("bor i Borlänge", "consultant, based in Borlänge"): before a place, no employer ...
_LIVES_IN = re.compile(r"\b(?:bor|bosatt|boende|lives?|living|resident|based|baserad)\s+(?:\w+\s+)?(?:i|in|pa|near|nara|"
                       r"utanfor|outside)\s+$")
#: ... unless the writer says they work at its municipality or region ("Bor i Vansbro och jobbar på kommunen").
_WORKS_AT_ITS = re.compile(r"\b(?:jobbar|arbetar|anstalld|works?|working|employed)\s+(?:\w+\s+)?(?:pa|i|hos|vid|for|at|by|in)\s+"
                           r"(?:kommunen|regionen|the (?:municipality|council|region))\b")
#: An organisation named where the one who passed the invitation on works ("my colleague Magnus at Region Dalarna
#: forwarded your invitation to me", "Tommy Eriksson in Malung-Sälen sent me this invitation", "Per Ek på Orsa kommun
#: skickade inbjudan vidare"): after it, the passing on (folded text) ...
_PASSED_ON_AFTER = re.compile(r"[\s,]*(?:kommun\s+)?(?:har |hade |has |had )?(?:forwarded|sent|passed on|shared|"
                              r"vidarebefordrade|vidarebefordrat|skickade|skickat|delade|delat|tipsade|tipsat|told|tipped)"
                              r"\s+(?:\w+\s+){0,2}?(?:invitation|invite|inbjudan|inbjudningen|mejlet|mailet|email|lanken|"
                              r"link|this|it|om|about)\b")
#: ... not the writer's own place ("vi på Orsa kommun skickade inbjudan vidare"): before it.
_WRITER_AT = re.compile(r"\b(?:jag|vi|we|i work|i am|i'm)\b[^.!?]{0,20}$")
#: Saying what is written (wrongly) before an organisation ("i bekräftelsen står det att jag kommer från", "ni har
#: skrivit", "registrerad som", "fel kommun:", "the confirmation says") ...
_CORRECTED_BEFORE = re.compile(r"\b(?:star|stod|skrev\w*|skrivit|registrerad\w*|angett|angivit|uppgett|uppgivit|"
                               r"says|said|lists?|listed|registered|wrote|written|fel\w*|wrong|incorrect\w*)\b[^.!?]*$")
#: ... and the right one named after a turn ("men", "utan", "but").
_CORRECTION_AFTER = quick(re.compile(r"[^.!?]{0,40}?\b(?:men|utan|but|rather|instead)\b"))
#: A move from one workplace to another ("bytt jobb från Säters kommun till Mora kommun", "moved from Orsa to Falun"):
#: the first is left behind.
_MOVED_FROM = re.compile(r"\b(?:bytt|byter|bytte|byta|flyttat|flyttar|flyttade|gatt over|gar over|gick over|moved|moving|"
                         r"switched|changed|transferred)\b[^.!?]{0,30}?\b(?:fran|from)\s+([^,.;:!?]{2,40}?)\s+(?:till|to)\s+")
#: A workplace said to be left ("slutade som planerare på Avesta kommun", "har lämnat min tjänst hos Orsa", "I left my
#: post at Mora") ...
_LEFT = re.compile(r"\b(?:slutade|slutat|lamnade|lamnat|left|quit)(?:\s\w+){0,3}?\s(?:pa|i|hos|vid|at|with|in)\s"
                   + _LISTED + "$")
#: ... and another said to be the one started at ("börjar som översiktsplanerare på Hedemora kommun", "den 1 april
#: börjar jag på Mora kommun", "I'm starting at Orsa"): the first is left behind. Without one started at (an erasure
#: "eftersom jag slutat på Avesta kommun") the one left still tells whose signup it was.
_STARTS_AT = re.compile(r"\b(?:borjar|borjat|borjade|tilltrader|tilltradde|startar|starting|starts|started|joining|joined)"
                        r"(?:\s\S+){0,3}?\s(?:pa|i|hos|vid|at|with|in|for)\s" + _LISTED + "$")
#: The writer saying they are a consultant or run a firm of their own ("jag är konsult", "arbetar som konsult",
#: "I'm a planning consultant", "eget bolag", "frilans"): a municipality they name is then a client, not their employer ...
_SELF_CONSULTANT = re.compile(r"\b(?:jag (?:ar|e|jobbar|arbetar)|i['’]?m|i am|i work|i['’]?ve been working|"
                              # the writer and colleagues together ("vi är två planeringskonsulter", "we're
                              # consultants with", "jag och min kollega är konsulter")
                              r"vi (?:ar|e|jobbar|arbetar)|we(?:['’]re| are| work)|jag och (?:\w+ ){1,3}(?:ar|e))\b"
                              r"(?: (?!tidigare\b|forut\b|forr\b|innan\b|inte\b|ej\b|formerly\b|previously\b|no\b|not\b)"
                              # a kind of consultant in one word ("planeringskonsult", "miljökonsult")
                              r"[\w-]+){0,4}? (?:\w*konsult\w*|consultants?|frilans\w*|freelanc\w*|egenforetagare)\b|"
                              r"\b(?:(?:mitt|ett) eget (?:bolag|foretag|konsultbolag)|eget bolag|egen (?:konsult)?firma|"
                              r"enskild firma|(?:my|mine) own (?:firm|company|business|consultancy|practice)|self-employed)\b")
#: A company's name with its legal form ("Nordväst Plan AB", "Falu Energi & Vatten AB", "WSP Sverige AB"): no body
#: the config knows, whatever town its name holds.
_FIRM = r"[A-ZÅÄÖ][\w.-]*(?:[ \t]+(?:&|och|[A-ZÅÄÖ][\w.-]*)){0,4}[ \t]+(?:AB|HB|KB)\b"
_FIRM_NAME = re.compile(_FIRM)
#: The writer at a company: its name on a line of its own (a signature's "Nordväst Plan AB", "WSP Sverige AB,
#: Samhällsplanering"), or "jag jobbar som VA-strateg på Falu Energi & Vatten AB" - a municipality they name is then
#: an owner or a client, not their employer, as for a consultant.
_AT_FIRM = re.compile(r"(?m)^[ \t]*" + _FIRM + r"[ \t]*(?:[,|(].*)?$"
                      r"|(?:\b(?i:jag|vi|we)|\bI)\b(?:\s+\S+){0,2}?\s+(?i:jobbar|arbetar|är anställd|works?|am employed)\b"
                      r"[^.!?\n]{0,40}?\s(?i:på|hos|vid|at|for|with)\s+" + _FIRM)
#: The writer saying in words that they work at a body named next ("vi är två planerare på Mora kommun", "jag jobbar
#: hos Orsa kommun", "I work at Region Dalarna"): that beats a company on a line of its own (folded, before the name).
_WORKS_AT = re.compile(r"\b(?:(?:jag|vi)\s(?:\w+\s)?(?:ar|e|jobbar|arbetar)|i\s(?:am|work)|i'm|we\s(?:are|work)|we're)\b"
                       r"(?:\s\S+){0,3}?\s(?:pa|hos|vid|at|with)\s+$")
#: ... unless they say they take part for it ("för kommunens räkning", "på deras vägnar", "en av Avestas platser",
#: "har bett mig delta", "on their behalf", "take their third place", "count as one of ...", "represent Orsa").
#: A place is one of the organisation's ("en av kommunens platser", "Avestas tredje plats", "one of Mora's seats"), not
#: room at the event ("om det finns plats", "if there are places left").
_FOR_ITS_PLACE = re.compile(r"\bfor (?:\w+ ){0,2}rakning\b|\bpa (?:\w+ ){0,2}vagnar\b|\bbehalf\b|"
                            r"\b(?:en av|(?!finns\b)\w+s|vara|deras|dess|var) (?:\w+ )?plats(?:er)?\b|"
                            r"\b(?:one of|\w+'s|their|our|its) (?:\w+ )?(?:places?|seats?|spots?)\b|"
                            r"\bstalle\b|\bbett mig\b|\basked me\b|\brepresent|\braknas\b|\bcount")
#: Words for a group of an organisation's people, written after its name as one word ("älvdalsgänget", "Moragruppen").
#: A sentence asking whether the writer counts for it rather than saying so ("Jag vet inte om jag fortfarande räknas
#: som Falu kommun", "Kan jag räknas som Mora kommun?", "not sure whether I count as one of Orsa's places").
_ASKS_WHETHER = re.compile(r"\b(?:vet (?:inte|ej) om|undrar (?:om|over|hur)|osaker (?:pa )?om|huruvida|not sure (?:if|whether)|"
                           r"wonder(?:ing)? (?:if|whether))\b|\b(?:kan|far|raknas|gor) jag\b[^.!?]*\?|"
                           r"\b(?:can|do|would|will) i\b[^.!?]*\?")
#: A company said to be a municipality's own ("det kommunala bolaget", "kommunens bolag", "helägt av Falu kommun",
#: "a municipally owned company"): the organiser may count its people as the municipality's.
_OWNED_BY = re.compile(r"\b(?:kommunal[at]? (?:\w+)?bolag\w*|kommunens (?:\w+)?bolag\w*|\w+ kommuns (?:\w+)?bolag\w*|"
                       r"kommunag\w*|(?:hel|del)?ag[dt]\w* av|ags av|dotterbolag\w*|municipal(?:ly)?[- ]owned|owned by)\b")
_GROUPS = ("ganget", "gang", "gruppen", "grupp", "teamet", "team", "laget", "kontoret", "kontingenten", "delegationen",
           "truppen", "crew", "crewet")
_GROUP_HINT = re.compile("|".join(_GROUPS))
_COMPOUND = re.compile(r"(?<![\w@.-])([\w-]{3,}?)(?:" + "|".join(_GROUPS) + r")(?![\w-])")
_DOMAIN_AFTER = re.compile(r"\.[a-z]")
#: A configured name long enough that a word one letter from it is that name mistyped (folded, one word).
_NEAR_WORD = re.compile(r"[a-z]{8,}")
_LONG_WORD = re.compile(r"(?<![\w@.-])[a-z]{8,}(?![\w@-])")
#: A municipality's one-word name dictated as two or three words before its kind ("bor länge kommun", "smedje
#: backens kommun", "hede mora kommun"), folded: the words before "kommun"/"stad", the last one's end at the kind.
_KIND_WORD = re.compile(r"(?<![\w-])(?:kommuns?|stad|stads)(?![\w-])")
_SPLIT_BEFORE_KIND = re.compile(r"(?<![\w@.-])(?:([a-z]{2,}) )?([a-z]{2,}) ([a-z]{2,}) $")


def _one_left_out(word: str) -> set[str]:
    """``word`` with each one of its letters left out."""
    return {word[:k] + word[k + 1:] for k in range(len(word))}


_VENUE_BEFORE = re.compile(r"(?:\bi|\bin|\btill|\bto|\bat|\bpå|\bnear|\bnära|\bmot|\bvia)\s+$")
#: The venue's town named as where one works ("jobbar i Falun", "arbetar i falun", "I work in Falun"): a workplace,
#: not the venue (folded text before the name).
_WORKS_IN_BEFORE = re.compile(r"\b(?:jobbar|arbetar|jobbat|arbetat|tjanstgor|work|works|working)\s+(?:i|in)\s+$")


#: What parts two organisations written as one body's name ("Falun Borlänge", "Falun/Borlänge", "Falun & Borlänge"),
#: and the administration's word before them ("samhällsbyggnadsförvaltningen", "nämnden för"), folded.
_SIDE_BY_SIDE = re.compile(r"\s*[/&]\s*|\s+")
_BODY_BEFORE = quick(re.compile(r"\w*(?:forvaltning|namnd|namnden|kontor|kontoret|enhet|enheten)\w*(?: for \w+)?\s+$"))


@dataclass(frozen=True)
class OrgMention:
    """One organisation named in a text."""

    position: int
    organisation: Organisation
    strength: int


class OrgIndex:
    """Alias tables of one config, compiled once."""

    def __init__(self, config: Config) -> None:
        self.config = config
        venues = {fold(s.place) for s in config.event.sessions}
        table: dict[str, tuple[Organisation, int]] = {}
        for org in config.organisations:
            forms = {fold(org.name): _STRONG}
            for alias in org.aliases:
                a = fold(alias)
                bare = _VENUE if a in venues else (_BARE if " " not in a and org.kind == "municipality"
                                                    else _STRONG if " " in a else _BARE)
                forms.setdefault(a, bare)
                stem = a[:-1] if a.endswith("s") and len(a) > 4 else a
                for phrase in (f"{a} kommun", f"{a}s kommun", f"{stem} kommun", f"kommunen i {a}",
                               f"{a} municipality", f"municipality of {a}", f"{a} stad", f"{a}s stad",
                               f"{a} kommunkoncern", f"{a}s kommunkoncern"):
                    forms[phrase] = _STRONG
            forms.update({f"{form}s": strength for form, strength in list(forms.items()) if not form.endswith("s")})
            for phrase, strength in forms.items():
                if phrase not in table or table[phrase][1] < strength:
                    table[phrase] = (org, strength)
        # written as one word: the spaces left out ("regiondalarna", "morakommun"), or a word for a group of its
        # people after it ("älvdalsgänget", "Moragruppen", "leksandsteamet")
        names = {fold(n) for org in config.organisations for n in (org.name, *org.aliases)}
        joined = {phrase.replace(" ", ""): found for phrase, found in table.items()
                  if " " in phrase and phrase.replace(" ", "") not in table
                  and (phrase.rstrip("s") in names or phrase.endswith((" kommun", " kommuns")))}
        table.update(joined)
        self._joined = frozenset(joined)
        self._stems: dict[str, Organisation] = {}
        for org in config.organisations:
            for word in (fold(w) for w in (org.name, *org.aliases) if " " not in w):
                stems = {word, word if word.endswith("s") else f"{word}s"} | ({f"{word[:-2]}s"} if word.endswith("en") else set())
                self._stems.update({stem: org for stem in stems if stem not in self._stems})
        self._table = table
        # the one-word municipality names a dictation may split, with their kind ("borlange kommun")
        self._splittable = frozenset(
            phrase for phrase, (org, strength) in table.items()
            if org.kind == "municipality" and strength == _STRONG
            and re.fullmatch(r"[a-z]{6,} (?:kommuns?|stads?)", phrase))
        self._acronyms = _acronyms(config)
        self._acronym = (re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, self._acronyms)) + r")(?::s)?(?![\w-])")
                         if self._acronyms else None)
        self._acronym_hint = re.compile("|".join(map(re.escape, self._acronyms)) or "(?!)")
        self._words = {w for org in config.organisations for name in (org.name, *org.aliases)
                       for w in re.findall(r"[\w-]+", fold(name))} - _KINDS
        self._pattern = re.compile(r"(?<![\w-])(" + _trie(table) + r")(?![\w-])") if table else None
        # a municipality's long one-word name mistyped by a letter (an autocorrection: "Smedjebackan", "Borlängw"):
        # each such name and each with one letter left out, for a quick look-up of the words a letter from one
        self._near: dict[str, set[str]] = {}
        self._near_orgs: dict[str, Organisation] = {}
        for org in config.organisations:
            if org.kind != "municipality":
                continue
            for word in (fold(w) for w in (org.name, *org.aliases)):
                if _NEAR_WORD.fullmatch(word) and table.get(word, (org, _VENUE))[1] > _VENUE:
                    self._near_orgs[word] = org
                    for variant in _one_left_out(word):
                        self._near.setdefault(variant, set()).add(word)

    def mentions(self, text: str, postal: bool = False) -> list[OrgMention]:
        """Organisations named in ``text``, in order (venue-only mentions left out, and postal addresses
        unless ``postal``)."""
        if self._pattern is None:
            return []
        folded = fold(text)
        out: list[OrgMention] = []
        others = self._unknown_spans(text) if _KIND_HINT.search(folded) else []
        for m in self._pattern.finditer(folded):
            org, strength = self._table[m.group(1)]
            if any(a <= m.start() < b for a, b in others):    # "Länsstyrelsen" in "Länsstyrelsen i Värmland"
                continue
            before = folded[max(0, m.start() - 12):m.start()]
            if strength < _STRONG and not postal and _POSTCODE_BEFORE.search(before):
                continue
            if strength == _VENUE and _VENUE_BEFORE.search(before) and not _WORKS_IN_BEFORE.search(before):
                continue
            if m.group(1) in self._joined and (folded[m.start() - 1:m.start()] in ("@", ".")
                                                or _DOMAIN_AFTER.match(folded, m.end())):
                continue    # "…@regiondalarna.se", "www.regiondalarna.se": an address, not the text's
            out.append(OrgMention(m.start(), org, strength))
        if self._splittable and ("kommun" in folded or "stad" in folded):
            out = self._split_names(folded, out)
        if _GROUP_HINT.search(folded):
            out.extend(OrgMention(m.start(), self._stems[m.group(1)], _BARE) for m in _COMPOUND.finditer(folded)
                       if m.group(1) in self._stems)
            out.sort(key=lambda mention: mention.position)
        if self._near:
            for m in _LONG_WORD.finditer(folded):
                word = m.group(0)
                if word in self._table:
                    continue
                if folded[m.start() - 1:m.start()] in ("@", ".") or _DOMAIN_AFTER.match(folded, m.end()):
                    continue    # an address's or a web address's
                near = self._mistyped(word) or (self._mistyped(word[:-1]) if word.endswith("s") else None)
                if near is not None:
                    out.append(OrgMention(m.start(), near, _BARE))
                    out.sort(key=lambda mention: mention.position)
        if self._acronym is not None and self._acronym_hint.search(text):
            out.extend(OrgMention(m.start(), self._acronyms[m.group(1)], _BARE) for m in self._acronym.finditer(text))
            out.sort(key=lambda mention: mention.position)
        return out

    def _split_names(self, folded: str, out: list[OrgMention]) -> list[OrgMention]:
        """``out`` with the municipalities whose one-word name is dictated as two or three words before its kind
        ("bor länge kommun", "hede mora kommun"); a mention of the name's last part alone ("mora kommun") is
        dropped."""
        for kind in _KIND_WORD.finditer(folded):
            before = _SPLIT_BEFORE_KIND.search(folded, max(0, kind.start() - 60), kind.start())
            if before is None:
                continue
            for first in (2, 1):    # the two words before the kind, then the three
                if before.group(first) is None:
                    continue
                phrase = "".join(before.group(k) for k in range(first, 4)) + " " + kind.group(0)
                if phrase in self._splittable:
                    org, strength = self._table[phrase]
                    start = before.start(first)
                    out = [m for m in out if not start <= m.position < kind.start()]
                    out.append(OrgMention(start, org, strength))
                    out.sort(key=lambda mention: mention.position)
                    break
        return out

    def _mistyped(self, word: str) -> Organisation | None:
        """The municipality whose long name ``word`` is, mistyped by one letter (changed, added, dropped, or two
        swapped), when it is one only."""
        found = {name for variant in (word, *_one_left_out(word)) for name in self._near.get(variant, ())
                 if name != word and one_edit(word, name)}
        return self._near_orgs[next(iter(found))] if len(found) == 1 else None

    def _unknown_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names an organisation of a place the config does not know ("Region Värmland",
        "Länsstyrelsen Gävleborg"), though one of its words is a configured alias."""
        return [m.span() for m in _ANY_ORGANISATION.finditer(text)
                if not any(w in self._words for w in re.findall(r"[\w-]+", fold(m.group(0))) if w not in _KINDS)]

    def pointed_at(self, text: str) -> list[Organisation]:
        """Organisations a text points at in any way: named in any form, in a postal address too, or by the
        domain of an e-mail address in it; a session's place named as such ("träffen i Falun") does not count."""
        found = [m.organisation for m in self.mentions(text, postal=True)]
        for domain in _EMAIL_DOMAIN.findall(text):
            org = self.config.organisation_for_domain(domain)
            if org is not None:
                found.append(org)
        return list(dict.fromkeys(found))

    def best(self, *texts: str) -> Organisation | None:
        """The organisation most clearly named across ``texts`` (strongest form first, then earliest)."""
        found: list[tuple[int, int, int, Organisation]] = []
        for rank, text in enumerate(texts):
            for mention in self.named_by_writer(text):     # not whom the letter is to
                found.append((-mention.strength, rank, mention.position, mention.organisation))
        return min(found, key=lambda f: f[:3])[3] if found else None

    def employer(self, *texts: str) -> Organisation | None:
        """The writer's own organisation as ``texts`` name it: like ``best``, but none when the writer says they
        stand for no organisation ("I don't represent any municipality", "på eget initiativ"), when a place is named
        only as a client ("mitt uppdrag för Borlänge kommun", "worked with Hedemora and Säter") or as a firm's office
        ("Sweco AB, Borlänge", "consultant with WSP in Falun"), and when an organisation the config does not know is
        named more clearly than any it knows ("jag arbetar i Sandvikens kommun ... en kollega i Borlänge")."""
        if any(_DISOWNED.search(fold(text)) for text in texts):
            return None
        at_firm = any(_AT_FIRM.search(text) for text in texts) and not any(self._works_at(text) for text in texts)
        if ((any(_SELF_CONSULTANT.search(fold(text)) for text in texts) or at_firm)
                and not any(_placed_for(text) for text in texts)):
            return None     # a consultant naming the municipalities they work for: clients, not an employer
        found: list[tuple[int, int, int, Organisation]] = []
        for rank, text in enumerate(texts):
            folded = fold(text)
            named = self.named_by_writer(text)
            left = [(m.start(1), m.end(1), m.end()) for m in _MOVED_FROM.finditer(folded)] if len(named) >= 2 else []
            started = {o.organisation for o in named if _STARTS_AT.search(folded[max(0, o.position - 80):o.position])}
            for mention in named:
                if _NOT_EMPLOYER.search(folded[max(0, mention.position - 80):mention.position]):
                    continue
                if _LIVES_IN.search(folded, max(0, mention.position - 40), mention.position) and not _WORKS_AT_ITS.search(
                        folded):
                    continue    # "bor i Borlänge", "based in Borlänge": where the writer lives, not an employer
                if self._passed_on_at(folded, mention.position):
                    continue    # "Magnus at Region Dalarna forwarded your invitation to me": his, not the writer's
                if (started - {mention.organisation}
                        and _LEFT.search(folded[max(0, mention.position - 80):mention.position])):
                    continue    # "slutade på Avesta kommun ... börjar på Hedemora kommun": the one left
                if any(a <= mention.position < b and any(o.position == end for o in named) for a, b, end in left):
                    continue    # the workplace moved from, another named as the one moved to
                if len(named) >= 2 and self._corrected(folded, mention, named):
                    continue    # "det står Borlänge kommun, men jag jobbar på Säters kommun": the one written wrongly
                found.append((-mention.strength, rank, mention.position, mention.organisation))
        if not found:
            return None
        if together := next((pair for text in texts if (pair := self.joint(text))), None):
            return together[0]  # a joint administration: the first named (the reader marks it unsure)
        best = min(found, key=lambda f: f[:3])
        if -best[0] < _STRONG and any(self.unknown_named(text) for text in texts):
            return None
        return best[3]

    def _passed_on_at(self, folded: str, position: int) -> bool:
        """Whether the organisation named at ``position`` of a folded text is where the one who passed the invitation
        on works, said right before the passing on, and not by the writer of themselves."""
        named = self._pattern.match(folded, position) if self._pattern is not None else None
        return (named is not None and _PASSED_ON_AFTER.match(folded, named.end()) is not None
                and _WRITER_AT.search(folded, max(0, position - 30), position) is None)

    def _works_at(self, text: str) -> bool:
        """Whether the writer says in words that they work at a body the config knows ("vi är planerare på Mora
        kommun")."""
        folded = fold(text)
        return any(_WORKS_AT.search(folded, max(0, m.position - 60), m.position) for m in self.named_by_writer(text)
                   if not _FIRM_NAME.match(text, m.position))   # not the town in a company's name ("Mora Vatten AB")

    def joint(self, text: str) -> list[Organisation]:
        """Two organisations written side by side as one body's name ("Samhällsbyggnadsförvaltningen Falun Borlänge",
        "miljöförvaltningen Falun/Borlänge"): a joint administration, the writer's employer one of the two, which
        the text does not say; none when each is named apart ("Falu kommun och Borlänge kommun")."""
        named = self.named_by_writer(text)
        if len(named) < 2 or self._pattern is None:
            return []
        folded = fold(text)
        for first, second in pairwise(named):
            written = self._pattern.match(folded, first.position)
            if (written is not None and first.organisation != second.organisation
                    and _SIDE_BY_SIDE.fullmatch(folded, written.end(), second.position)
                    and _BODY_BEFORE.search(folded, max(0, first.position - 40), first.position)):
                return [first.organisation, second.organisation]
        return []

    def _corrected(self, folded: str, mention: OrgMention, named: list[OrgMention]) -> bool:
        """Whether the organisation named at ``mention`` is one the writer says is written wrongly, another named
        after a "men"/"utan"/"but" as the right one ("i bekräftelsen står Borlänge kommun, men jag jobbar på Säter")."""
        named_here = self._pattern.match(folded, mention.position) if self._pattern is not None else None
        if named_here is None or not _CORRECTED_BEFORE.search(folded, max(0, mention.position - 70), mention.position):
            return False
        turn = _CORRECTION_AFTER.match(folded, named_here.end())
        return turn is not None and any(o.position >= turn.end() and o.organisation != mention.organisation
                                        for o in named)

    def named_by_writer(self, text: str) -> list[OrgMention]:
        """``mentions`` less those naming whom the letter is addressed to ("Region Dalarna, Att. Linnea")."""
        found = self.mentions(text)
        if not found or not (_ADDRESSEE_HINT.search(text) or _ADDRESS_LINE_HINT.search(text)):
            return found
        folded = fold(text)
        return [m for m in found if not self._addressee(folded, m.position)]

    def _addressee(self, folded: str, position: int) -> bool:
        named = self._pattern.match(folded, position) if self._pattern is not None else None
        return named is not None and (_ADDRESSEE.match(folded, named.end()) is not None
                                      or (_ADDRESS_LINE_AFTER.match(folded, named.end()) is not None
                                          and _ADDRESS_LINE_BEFORE.search(folded, max(0, position - 12), position)
                                          is not None))

    def heading(self, folded: str, position: int) -> bool:
        """Whether the organisation named at ``position`` of a folded text heads what follows it ("Region Dalarna: Eva
        Ek och Per Holm"), written before a colon."""
        named = self._pattern.match(folded, position) if self._pattern is not None else None
        return named is not None and folded[named.end():named.end() + 3].lstrip(" \t").startswith(":")

    def unknown_named(self, text: str) -> bool:
        """Whether ``text`` names an organisation that is none of the configured ones."""
        return any(not self.mentions(m.group(0), postal=True) for m in _ANY_ORGANISATION.finditer(text))

    def may_count_as_listed(self, text: str) -> bool:
        """Whether one placed nowhere may yet count for a listed body, which a human would ask: their company is said to
        be a municipality's own ("det kommunala bolaget i Falun"), or they ask whether they count for it ("vet inte om
        jag räknas som Falu kommun")."""
        folded = [fold(s) for s in sentences(text)]
        return any(_OWNED_BY.search(f) or (_FOR_ITS_PLACE.search(f) and _ASKS_WHETHER.search(f)) for f in folded)

    def signed_elsewhere(self, signature: str) -> bool:
        """Whether a signature names the writer's body as one outside the list ("Länsstyrelsen Gävleborg", "Region
        Värmland") and none in it: it tells where the writer works better than their address, whose domain several
        bodies may share (every county board writes from one), and better than a listed body named in the text (a
        colleague's, "en kollega på Länsstyrelsen Dalarna")."""
        return self.unknown_named(signature) and not self.named_by_writer(signature)

    def for_address(self, address: str | None) -> Organisation | None:
        """The organisation whose configured domain an e-mail address is in, if any.

        Any other domain (free mail, a firm's, an unknown one) decides nothing: the text may name the
        organisation, and a text naming none leaves the person without one (a consultant)."""
        if not address or "@" not in address:
            return None
        return self.config.organisation_for_domain(address.rsplit("@", 1)[1].lower())


def _placed_for(text: str) -> bool:
    """Whether a text says its writer takes part for an organisation ("för kommunens räkning", "en av Orsas platser"),
    not only asks whether they count for it ("vet inte om jag räknas som Falu kommun")."""
    return any(_FOR_ITS_PLACE.search(f) and not _ASKS_WHETHER.search(f) for f in map(fold, sentences(text)))


#: Mail services anyone may have an address at: an address there says nothing of where its holder works.
_FREE_MAIL = frozenset({"gmail.com", "googlemail.com", "hotmail.com", "hotmail.se", "outlook.com", "outlook.se",
                        "live.com", "live.se", "yahoo.com", "yahoo.se", "icloud.com", "me.com", "telia.com",
                        "protonmail.com", "proton.me", "bredband.net", "spray.se"})


def elsewhere(address: str | None, sender_address: str | None, orgs: OrgIndex) -> bool:
    """Whether an address is at a workplace of its own: an organisation's domain the config does not know, not
    the sender's and no free mail ("lina.berg@boverket.se" in a mail from Länsstyrelsen) - its holder is then
    not the sender's colleague."""
    if not address or "@" not in address or orgs.for_address(address) is not None:
        return False
    domain = address.rsplit("@", 1)[1].lower()
    own = sender_address.rsplit("@", 1)[1].lower() if sender_address and "@" in sender_address else ""
    # the sender's own domain mistyped by a letter ("avetsa.se" from one at avesta.se) is the sender's workplace
    return domain != own and domain not in _FREE_MAIL and not (len(own) >= 6 and one_edit(domain, own))


def same_firm(address: str | None, sender_address: str | None, orgs: OrgIndex) -> bool:
    """Whether an address is at the sender's own workplace, a domain the config does not know and no free mail
    ("ingrid.holm@nordplan.se" in a mail from tom.berg@nordplan.se): its holder is the sender's colleague, of the
    sender's organisation (none, for a consultant), whatever places the message names elsewhere."""
    if not address or not sender_address or "@" not in address or "@" not in sender_address:
        return False
    domain = address.rsplit("@", 1)[1].lower()
    return (domain == sender_address.rsplit("@", 1)[1].lower() and domain not in _FREE_MAIL
            and orgs.for_address(address) is None)


#: Words of a name that say what kind of body it is and are left out of its initials ("Falu kommun" has none).
_GENERIC = frozenset({"kommun", "kommuns", "stad", "municipality"})


def _acronyms(config: Config) -> dict[str, Organisation]:
    """Each organisation's initials, written in capitals ("RD" for Region Dalarna), when its name has two words
    or more besides the generic ones and no other organisation shares them."""
    found: dict[str, list[Organisation]] = {}
    for org in config.organisations:
        initials = "".join(w[0] for w in org.name.split() if fold(w) not in _GENERIC and w[0].isalpha()).upper()
        if len(initials) >= 2:
            found.setdefault(initials, []).append(org)
    return {initials: orgs[0] for initials, orgs in found.items() if len(orgs) == 1}


def _trie(phrases: Iterable[str]) -> str:
    """A regex of ``phrases`` written as a trie: it matches as their alternation longest first does (the phrases
    that fit at one place are prefixes of one another, on one path, and each branch tries its longer ones before
    it ends), and a thousand alias forms cost a fraction of what one alternative each costs."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        out: list[str] = []
        while len(node) == 1 and "" not in node:      # a run of single letters
            char, node = next(iter(node.items()))
            out.append(re.escape(char))
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items()) if char]
        if len(branches) > 1 or (branches and "" in node):
            out.append("(?:" + "|".join(branches) + ")" + ("?" if "" in node else ""))
        else:
            out.extend(branches)
        return "".join(out)

    return written(trie)


_INDEXES: dict[int, tuple[Config, OrgIndex]] = {}


def org_index(config: Config) -> OrgIndex:
    """The (cached) alias index of ``config``."""
    entry = _INDEXES.get(id(config))
    if entry is not None and entry[0] is config:
        return entry[1]
    if len(_INDEXES) > 16:
        _INDEXES.clear()
    index = OrgIndex(config)
    _INDEXES[id(config)] = (config, index)
    return index
