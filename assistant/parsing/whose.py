"""Whose diet and whose organisation: what is written beside one name is that person's.

A person is found at a ``Spot`` (a sentence of the own text and a position in it). A diet written after a name
and before the next ("Johan Andersson – glutenfri kost, och Eva Ek") is that person's, as is one after their given
name or, the writer's, after "jag är"/"själv har jag" ("Per Holm är vegan och jag är glutenfri"); a diet in a sentence
naming nobody goes to the one whose first name it holds, to the writer when it speaks in the first person
singular ("själv är jag vegetarian"), to the one the sentence before speaks of when it says "hon"/"han" ("Eva
Lind går på alla fyra. Hon är vegan."), to all when in the plural ("vi är båda vegetarianer"), and to the only
person when there is one. An organisation named beside a name is that person's ("Per Nordin från Hedemora"), and
one the text says employs them is theirs whatever their address ("han är anställd hos oss").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.config import Organisation
from assistant.parsing.diet import diet_spans
from assistant.parsing.organisations import OrgIndex, elsewhere
from assistant.parsing.prefilter import quick
from assistant.parsing.text import fold

#: Saying where someone is employed ("han är anställd hos oss", "Eva jobbar på Mora kommun", "works for Falun",
#: "is employed by us"): the words after it name the employer.
_EMPLOYED = re.compile(r"\b(?:(?:ar|blir|var) (?:\w+ )?anstalld|anstalld|jobbar|arbetar|tjanstgor|(?:is |are |am )?employed|"
                       r"works?|working)\s+(?:(?!inte\b|ej\b|not\b|aldrig\b|never\b)\w+\s+)?(?:hos|pa|i|vid|for|by|at|in)\s+|"
                       # counted as one of an organisation's places ("räknas som en av Gagnefs tre platser", "tar en av
                       # våra platser", "counts as one of Mora's places"): the places' owner, whoever employs them
                       r"\b(?:raknas|rakna|tas|gar) (?:som|pa|mot|in i) (?:en av )?(?=\w+s? (?:(?:\w+ )?platser|plats|kvot)\b)|"
                       r"\b(?:tar|tar upp|fyller) (?:en av )?(?=\w+s? (?:(?:\w+ )?platser|plats|kvot)\b)|"
                       # the owner perhaps in two words ("one of Vansbro kommun's places", "Region Dalarna's quota")
                       r"\b(?:counts?|counted|is counted) (?:as (?:one of )?|towards |against |in )"
                       r"(?=(?:\w+ )?\w+(?:'s)? (?:(?:\w+ )?places|place|quota)\b)|"
                       r"\b(?:takes?|taking|fills?|filling|uses?|using) (?:up )?one of "
                       r"(?=(?:\w+ )?\w+(?:'s)? (?:(?:\w+ )?places|seats|spots)\b)|"
                       # in an organisation's place, or standing for it ("går i kommunens ställe", "deltar på kommunens
                       # plats", "representerar kommunen", "attends in place of the municipality", "represents us")
                       r"\b(?:gar|deltar|kommer|medverkar|sitter|ar med) (?:\w+ )?(?:i|pa) (?=\w+s (?:stalle|plats)\b)|"
                       r"\b(?:representerar|representera|foretrader|foretrada|represents?|representing) |"
                       r"\b(?:in (?:the )?place of|on behalf of|in) (?=(?:the |our )?(?:municipality|council|region)"
                       r"(?:'s place)?\b)")
#: The writer's kind of organisation named by its kind ("kommunens ställe", "representerar regionen", "in place of
#: the municipality"): the writer's when it is of that kind.
_OUR_KIND = re.compile(r"(?:the |our )?(?P<kommun>kommunens?|municipality|council)\b|(?:the |our )?(?P<region>regionens?|region)\b")
_NOT_EMPLOYED = re.compile(r"\b(?:inte|ej|not|no longer|inte langre|tidigare|formerly|previously|used to)\s+(?:\w+\s+)?$")
#: The writer's own organisation as the employer ("hos oss", "for us", "vår kommun", "our municipality").
_OURS = re.compile(r"(?:oss|us|var kommun|vart kontor|vara|"
                   r"our (?:municipality|office|council|organisation|organization)|"
                   r"our(?= (?:\w+ )?(?:places|seats|spots|quota)\b))\b")
_WRITER = re.compile(r"\b(?:[Jj]ag|JAG|I)\b")
_PRONOUN = re.compile(r"\b(?:han|hon|hen|he|she)\b")
_SINGULAR = re.compile(r"\b(?:jag|mig|min|mitt|sjalv|i|i'm|me|my|myself)\b")
_WRITER_SUBJECT = re.compile(r"\b(?:jag|sjalv|i(?='m\b| am\b| eat| have\b| need| follow| keep| do\b| don)|myself)\b")
_PLURAL = re.compile(r"\b(?:vi|oss|bada|alla|samtliga|we|us|both|all of us)\b")


@dataclass(frozen=True)
class Spot:
    """Where a person is named: the sentence and the position in it (-1: not named in the own text)."""

    sentence: int = -1
    start: int = -1
    end: int = -1           # where the name ends (-1: not known)


#: Where someone goes to work next, right before the place ("har fått nytt jobb i", "har gått över till", "börjar
#: på", "has taken a new job in", "moved to").
_NEW_PLACE = re.compile(r"(?:\b(?:nytt|ny|annat|annan|fast|jobb|tjanst|arbete|anstallning)\s+(?:\w+\s+)?"
                        r"(?:i|pa|hos|vid)|"
                        r"\b(?:gatt|gar|gick|flyttat|flyttar|flyttade|bytt|byter|bytte)\s+(?:over\s+)?(?:till|to)|"
                        r"\b(?:borjat|borjar|borjade)\s+(?:jobba\s+|arbeta\s+)?(?:pa|i|hos|vid)|"
                        r"\b(?:new|another)\s+(?:job|position|post|role)\s+(?:\w+\s+)?(?:in|at|with)|"
                        r"\bjob\s+(?:in|at|with)|\bmoved\s+(?:on\s+)?to|\bjoined|\bleft\s+(?:us\s+)?for)\s+$")
#: Where a message or a signup is sent, right before the organisation ("anmälan till Region Dalarna", "send it to").
_SENT_TO = re.compile(r"\b(?:till|to)\s+$")
#: The way a signup went, right before the organisation ("anmäld via Gagnefs gemensamma anmälan", "signed up via
#: Mora's list"): no one's workplace.
_THROUGH = re.compile(r"\bvia\s+$")
#: An organisation named as where the writer read of the event, right at its name ("Region Dalarnas nyhetsbrev",
#: "Länsstyrelsens hemsida", "Region Dalarna's newsletter", "regionens utskick"): lower-case text from the name on.
_NEWS_SOURCE = quick(re.compile(r"[^\W\d_][\w-]*(?: [\w-]+){0,2}?(?:s|'s|’s) (?:nyhetsbrev\w*|hemsida\w*|webbplats\w*|"
                          r"webb(?:en)?|utskick\w*|inbjudan|newsletter|website|web ?site|mailout|mailing|invitation)\b"))
#: Someone staying away or taken off: the sentence a move to another job is told in.
_STAYS_AWAY = re.compile(r"\b(?:inte|ej|no longer|not|can'?t|cannot|won'?t|slutat|slutar|avanmal\w*|stryk\w*|"
                         r"hoppa\w* av|"
                         r"left|quit|withdraw\w*|cancel\w*|remove)\b")


#: What sets an organisation beside the name before it (", Mora kommun", "(Mora kommun", "från Mora kommun").
_BESIDE = re.compile(r"(?:[,(/|–-]|\b(?:fran|from|pa|at|hos|vid|i|in))\s*$")


#: A form's line for a diet, its label and a colon first ("Kost: laktosfri", "Specialkost: vegan", "Allergi: nötter").
_FORM_DIET = re.compile(r"\s*(?:[-*•·]\s*)?(?:kost|specialkost|matpreferens\w*|allergi\w*|diet|dietary \w+|food|"
                        r"mat|specialmat)\s*:")


#: Words that join two people as one subject ("Hugo och jag", "Eva, Per and I", "jag och min kollega Per").
_JOINED = re.compile(r"\s*(?:,|och|o|&|and|samt)?\s*(?:(?:min|mitt|mina|var|vart|vara|my|our) (?:\w+ )?"
                     r"(?:kollega|kollegor|kolleger|chef|medarbetare|colleagues?|co-?workers?|manager|boss)\s*)?")


def _each_their_own(folded: str, first_names: list[str], writer: int | None, position: int) -> list[int]:
    """In a sentence that speaks of two or more people by first name or "jag", each with a diet ("Hugo är vegan
    och jag äter laktosfritt", "I'm vegetarian and Eva eats halal"), the one named last before the diet, with
    those joined to them ("Hugo och jag är veganer"); empty when the sentence speaks of fewer than two."""
    refs = sorted([(m.start(), m.end(), k) for k, first in enumerate(first_names) if first
                   for m in re.finditer(rf"\b{re.escape(first)}\b", folded)]
                  + ([(m.start(), m.end(), writer) for m in _WRITER_SUBJECT.finditer(folded)] if writer is not None else []))
    if len({k for _, _, k in refs}) < 2:
        return []
    before = [r for r in refs if r[1] <= position]
    if not before:
        return []
    owners = [before[-1][2]]
    for (_, end, k), (start, _, _) in zip(before[-2::-1], before[:0:-1]):
        if not _JOINED.fullmatch(folded[end:start]):
            break
        owners.append(k)
    return sorted(set(owners))


#: The writer as the one a diet is told of, "jag"/"själv"/"I" with a verb of being or having after it ("jag är
#: glutenfri", "själv har jag fått glutenintolerans", "I'm vegetarian"); not "Per, som jag nämnde, är vegan".
_WRITER_HAS = re.compile(r"\b(?:(?:jag|sjalv)(?: sjalv)? (?:(?:har|ar) )?(?:ar|har|ater|behover|tal|blivit|fatt|blev|"
                         r"kor|foljer|maste|dricker)|sjalv (?:ar|har|ater|behover|tal|blev|kor) jag|"
                         r"i(?:'m| am| eat| have| need| follow| keep| can't| cannot| don't))\b")


def _last_told_of(folded: str, i: int, spots: list[Spot], first_names: list[str], writer: int | None,
                  position: int) -> list[int]:
    """In sentence ``i``, which names people, the one spoken of last before ``position``: one named in full, one
    by given name, or the writer by "jag är"/"själv har jag" ("Per Holm har blivit vegetarian, och själv har jag
    fått glutenintolerans"; "Eva är vegan och Per har nötallergi")."""
    refs = [(s.start, k) for k, s in enumerate(spots) if s.sentence == i]
    refs += [(m.start(), k) for k, first in enumerate(first_names) if first
             for m in re.finditer(rf"\b{re.escape(first)}\b", folded[:position])]
    if writer is not None:      # the diet at most two words after the verb ("jag har fått konstaterad celiaki")
        refs += [(m.start(), writer) for m in _WRITER_HAS.finditer(folded, 0, position)
                 if len(folded[m.end():position].split()) <= 2]
    before = sorted(r for r in refs if r[0] < position)
    return [before[-1][1]] if before else []


def _owners(sentence: str, i: int, spots: list[Spot], first_names: list[str], writer: int | None,
            position: int, previous: str = "") -> list[int]:
    """The people a diet written at ``position`` of sentence ``i`` belongs to (``previous``: the sentence
    before)."""
    named = sorted((s.start, k) for k, s in enumerate(spots) if s.sentence == i)
    folded = fold(sentence)
    if named:
        # "jag och min kollega Per Holm är veganer": the diet of all joined as one subject (not when one is spoken
        # of by a pronoun before the diet: "jag och min kollega Eva vill komma 3/5 hon är vegan")
        joined = _each_their_own(folded, first_names, writer, position)
        if len(joined) > 1 and not _PRONOUN.search(folded, 0, position):
            return joined
        return (_last_told_of(folded, i, spots, first_names, writer, position)
                or ([named[0][1]] if len(named) == 1 else []))
    each = _each_their_own(folded, first_names, writer, position)
    if each:
        return each
    if _FORM_DIET.match(folded):
        # a form's line ("Namn: Eva Ek" / "E-post: …" / "Kost: laktosfri"): the one named on the lines just before
        block = [(s.sentence, s.start, k) for k, s in enumerate(spots) if 0 <= s.sentence < i and i - s.sentence <= 3]
        if block:
            return [max(block)[2]]
    by_first = [k for k, first in enumerate(first_names) if first and re.search(rf"\b{re.escape(first)}\b", folded)]
    if len(by_first) == 1:
        return by_first
    if not by_first and _PRONOUN.search(folded, 0, position) and i > 0:
        # "Lina Granath går på alla fyra. Hon behöver vegetarisk kost.": the one the sentence before speaks of
        told = {k for k, s in enumerate(spots) if s.sentence == i - 1} | {
            k for k, first in enumerate(first_names) if first and re.search(rf"\b{re.escape(first)}\b", fold(previous))}
        if len(told) == 1:
            return list(told)
    if writer is not None and _SINGULAR.search(folded):
        return [writer]
    if _PLURAL.search(folded) or len(spots) == 1:
        return list(range(len(spots)))
    return []


def writer_tells_own_diet(own: list[str]) -> bool:
    """Whether the text tells a diet of the writer's own in the first person ("själv har jag fått konstaterad
    glutenintolerans", "jag är glutenfri", "I'm vegetarian"): the writer is one of those the diet is for."""
    for sentence in own:
        folded = fold(sentence)
        for position, _ in diet_spans(sentence):
            if any(len(folded[m.end():position].split()) <= 2 for m in _WRITER_HAS.finditer(folded, 0, position)):
                return True
    return False


#: A sentence correcting whose a diet is ("Rättelse: jag blandade ihop oss, det är Johan som är vegetarian", "Det var
#: Petra som är vegan, inte jag"): the needs it tells replace those told before of each it speaks of (folded text).
_WHOSE_CORRECTED = re.compile(r"\b(?:rattelse|blandade ihop|forvaxlade|tvartom)\b|"
                              r"\bdet (?:ar|var) \w+ som\b[^.!?]*,\s*inte (?:jag|mig|\w+)\s*[.!]?\s*$")


def _corrects_whose(sentence: str) -> bool:
    """Whether a sentence corrects whose a diet is and tells one ("det är Johan som är vegetarian, inte jag")."""
    return bool(_WHOSE_CORRECTED.search(fold(sentence)) and diet_spans(sentence))


def diets_corrected(own: list[str]) -> bool:
    """Whether a sentence of ``own`` corrects whose a diet is and tells one (``_corrects_whose``)."""
    return any(_corrects_whose(s) for s in own)


def diets(own: list[str], spots: list[Spot], first_names: list[str], writer: int | None) -> list[str | None]:
    """Each person's own diet (None where the message does not say whose a diet is).

    ``first_names`` are the people's folded first names; ``writer`` is the index of the sender, if among them.
    """
    found: list[list[str]] = [[] for _ in spots]
    for i, sentence in enumerate(own):
        # (read with the next sentence: "Blir det vegetariskt? | I så fall tar jag det" takes the need asked about)
        following = own[i + 1] if "?" in sentence and i + 1 < len(own) else ""
        if _corrects_whose(sentence):
            # "det är Johan som är vegetarian, inte jag": the needs told before of those it speaks of are withdrawn
            folded = fold(sentence)
            for k, first in enumerate(first_names):
                if (first and re.search(rf"\b{re.escape(first)}\b", folded)) or (k == writer and _WRITER.search(sentence)):
                    found[k] = []
        for position, value in diet_spans(f"{sentence} {following}" if following else sentence):
            if position >= len(sentence):
                continue
            for k in _owners(sentence, i, spots, first_names, writer, position, own[i - 1] if i else ""):
                if value not in found[k]:
                    found[k].append(value)
    return [", ".join(values) or None for values in found]


def organisations(own: list[str], spots: list[Spot], orgs: OrgIndex,
                  near_only: list[bool] | None = None) -> list[Organisation | None]:
    """Each person's organisation as named beside them: the first named after the name in its sentence, else
    the last before it, else (when the message names two or more) the last in the sentences before; for those
    marked ``near_only`` (the sender's colleagues by their address) only one named in their own sentence."""
    if not spots:
        return []
    mentions = [orgs.named_by_writer(s) for s in own]
    several = len({m.organisation.name for ms in mentions for m in ms}) >= 2
    out: list[Organisation | None] = []
    for k, spot in enumerate(spots):
        if spot.sentence < 0:
            out.append(None)
            continue
        sentence = own[spot.sentence]
        # not the domain of an address ("per.ek@lansstyrelsen.se": the address's own, whoever it is beside)
        here = [m for m in mentions[spot.sentence] if sentence[m.position - 1:m.position] not in ("@", ".")]
        if here and _STAYS_AWAY.search(fold(" ".join(own[max(0, spot.sentence - 1):spot.sentence + 1]))):
            # where one withdrawn goes to work now ("han har fått nytt jobb i Borlänge") is no organisation of theirs
            f = fold(sentence)
            here = [m for m in here if not _NEW_PLACE.search(f, max(0, m.position - 40), m.position)]
        # not "Stina Mora"'s; nor one heading the next line ("Eva Ek Länsstyrelsen Dalarna: Per Holm", lines run
        # together), unless set beside the name ("Eva Ek, Mora kommun: alla träffar")
        f = fold(sentence) if len(here) > 1 else ""
        here = [m for m in here if not _THROUGH.search(fold(sentence[max(0, m.position - 8):m.position]))]
        after_here = [m for m in here if m.position > max(spot.start, spot.end - 1)
                      and not (f and orgs.heading(f, m.position) and not _BESIDE.search(f, 0, m.position))]
        if after_here and (_heads_next(sentence, spot, after_here[0].position, spots)
                           or _last_of_mixed_list(sentence, spot, after_here[0].position, spots)):
            after_here = []
        after = [m.organisation for m in after_here]
        # not the one the request is sent to, before the name ("skicka in en anmälan till Region Dalarna för mig och
        # Lars Ohlsson")
        before_here = [m for m in here if m.position < spot.start
                       and not _SENT_TO.search(fold(sentence[max(0, m.position - 12):m.position]))]
        # not one in brackets closed before the name, about someone else, when one is named outside them ("två till
        # från Leksands kommun (utöver Albin, anmäld hos Gagnef): Eva Ek, Per Holm")
        aside = [m for m in before_here if _in_closed_brackets(sentence, m.position, spot.start)]
        before = [m.organisation for m in before_here if m not in aside or len(aside) == len(before_here)]
        earlier = ([m.organisation for i, ms in enumerate(mentions[:spot.sentence]) for m in ms
                    if not _NEWS_SOURCE.match(own[i][m.position:m.position + 60].lower())]
                   if several and not (near_only and near_only[k]) and not _at_a_firm(sentence, spot, spots, orgs)
                   else [])
        chosen = after[:1] or before[-1:] or earlier[-1:]
        out.append(chosen[0] if chosen else None)
    return out


#: A consultant, said so beside their name ("Jesper Ahl, konsult på Ramboll", "Tom Berg, consultant at WSP").
_CONSULTANT = re.compile(r"\b(?:\w*konsult\w*|consultants?)\b")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _at_a_firm(sentence: str, spot: Spot, spots: list[Spot], orgs: OrgIndex) -> bool:
    """Whether what is written after the person at ``spot``, up to the next one named in the sentence, puts them at
    a firm of their own: a consultant, or one with an address at a domain no organisation of the config has and no
    free mail ("Jesper Ahl, konsult på Ramboll, jesper.ahl@ramboll.se"): the organisations of the lines before are
    not theirs."""
    end = min((s.start for s in spots if s.sentence == spot.sentence and s.start > spot.start), default=len(sentence))
    told = sentence[max(spot.start, spot.end):end]
    return (_CONSULTANT.search(fold(told)) is not None
            or any(elsewhere(m.group(0), None, orgs) for m in _ADDRESS.finditer(told)))


#: What begins a clause of its own between a name and an organisation ("Eva Lind, och från Säter kommer Per Holm").
_NEXT_CLAUSE = re.compile(r"\b(?:och|and|samt|men|but)\b|;")


def _heads_next(sentence: str, spot: Spot, position: int, spots: list[Spot]) -> bool:
    """Whether the organisation named at ``position``, after the person at ``spot`` with no one between, begins a
    clause of its own about someone named after it ("från Hedemora kommer jag och Eva Lind, och från Säter kommer Per
    Holm": Säter is Per's, not Eva's)."""
    end = max(spot.start, spot.end)
    others = [s.start for s in spots if s.sentence == spot.sentence and s is not spot]
    return (not any(end <= start < position for start in others) and any(start > position for start in others)
            and _NEXT_CLAUSE.search(fold(sentence[end:position])) is not None)


#: A list opening with the writer, up to a name in it ("(jag, ", "jag, Per Holm och ", "mig, "), folded.
_WRITER_OPENS_LIST = re.compile(r"(?:^|[(:]|\b(?:vi|we)\b[^,(:]{0,30})\s*(?:jag|mig|i|me|myself)\s*,\s*(?:[^,():]+,\s*)*$")


def _last_of_mixed_list(sentence: str, spot: Spot, position: int, spots: list[Spot]) -> bool:
    """Whether the organisation at ``position`` ends a list that opens with the writer and names someone after the
    person at ``spot`` ("vi tre (jag, Per Holm och Eva Ek i Leksand)"): the last one's, where the writer, named
    first, is from elsewhere; the list is of mixed places, not all of it."""
    end = max(spot.start, spot.end)
    between = any(end <= s.start < position for s in spots if s.sentence == spot.sentence and s is not spot)
    return between and _WRITER_OPENS_LIST.search(fold(sentence[:spot.start])) is not None


def _in_closed_brackets(sentence: str, position: int, end: int) -> bool:
    """Whether ``position`` is within brackets that close before ``end``."""
    opened = sentence.rfind("(", 0, position)
    return opened >= 0 and sentence.find(")", opened, position) < 0 and 0 <= sentence.find(")", position) < end


def _spoken_of(sentence: str, folded: str, firsts: list[str], emails: list[str | None],
               writer: int | None) -> list[tuple[int, int]]:
    """(position, who) of everyone a sentence speaks of, in order: a person by given name or address (their
    index), "han"/"hon"/"he"/"she" (-1) and the writer as "jag"/"I" (-2)."""
    spoken: list[tuple[int, int]] = []
    for k, (first, email) in enumerate(zip(firsts, emails)):
        if k != writer:
            spoken += [(m.start(), k) for m in re.finditer(rf"\b{re.escape(first)}\b", folded)] if first else []
            spoken += [(m.start(), k) for m in re.finditer(re.escape(email.lower()), folded)] if email else []
    spoken += [(m.start(), -1) for m in _PRONOUN.finditer(folded)]
    spoken += [(m.start(), -2) for m in _WRITER.finditer(sentence)]     # "I" in capitals, not Swedish "i"
    return sorted(spoken)


def employers(own: list[str], people: list[tuple[str | None, str | None]], orgs: OrgIndex,
              writer_org: Organisation | None, writer: int | None = None,
              folded_sentences: list[str] | None = None) -> list[Organisation | None]:
    """Each person's employer as the text states it ("Per har sin e-post på falun.se men han är anställd hos oss"),
    None where it states none. The one employed is the last one spoken of before the words: a person named in full,
    by given name or by address, "han"/"hon"/"he"/"she" for the person spoken of before, "jag"/"I" for the writer
    (index ``writer``, if given); "hos oss"/"for us" is the writer's organisation. What the text states outweighs
    an address's domain: shared administrations and mailboxes give addresses in another organisation's domain.
    ``folded_sentences``: ``own`` already folded, when the caller has it."""
    out: list[Organisation | None] = [None] * len(people)
    folded_own = folded_sentences if folded_sentences is not None else [fold(s) for s in own]
    if not any(_EMPLOYED.search(f) for f in folded_own):
        return out
    firsts = [fold(name.split()[0]) if name else "" for name, _ in people]
    emails = [email for _, email in people]
    last = -1       # the person spoken of last in the sentences before, whom a pronoun may stand for
    for sentence, folded in zip(own, folded_own):
        spoken = _spoken_of(sentence, folded, firsts, emails, writer)
        for m in _EMPLOYED.finditer(folded):
            before = [(at, k) for at, k in spoken if at < m.start()]
            if not before or _NOT_EMPLOYED.search(folded[:m.start()]):
                continue
            who = before[-1][1]
            if who == -1:
                who = next((k for _, k in reversed(before) if k >= 0), last)
            elif who == -2:
                who = writer if writer is not None else -1
            if who < 0:
                continue
            rest = folded[m.end():m.end() + 60]
            employer = writer_org if _OURS.match(rest) else None
            if employer is None:
                mention = next(iter(orgs.mentions(sentence[m.end():m.end() + 60])), None)
                employer = mention.organisation if mention is not None and mention.position < 12 else None
            kind = _OUR_KIND.match(rest) if employer is None and writer_org is not None else None
            if kind is not None and writer_org is not None and (kind.lastgroup or "") in fold(writer_org.name):
                employer = writer_org
            if employer is not None:
                out[who] = employer
        last = next((k for _, k in reversed(spoken) if k >= 0), last)
    return out
