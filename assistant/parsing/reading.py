"""Reading one message's text (e-mail body or chat message) into a ParsedRequest.

The channel-specific entry points in ``parser`` hand over the cut-up body; this module
reads intent, sessions, people, organisation, diet and language from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.config import Config, Organisation
from assistant.parsing.diet import find_diet
from assistant.parsing.intent import IntentReading, carries_cue, classify
from assistant.parsing.language import detect_language
from assistant.parsing.names import display_name, matches_address, name_from_address, name_key
from assistant.parsing.organisations import OrgIndex, org_index
from assistant.parsing.people import NameHit, StopWords, find_names, names_in, sender_included, sender_leaving
from assistant.parsing.quoting import BodyParts
from assistant.parsing.sessions import Mention, find_mention
from assistant.parsing.text import fold, sentences, words
from assistant.request import Intent, ParsedRequest, Person, Role, Sender

_POINTER = re.compile(r"\b(?:nedan|nedanfor|below|forwarded|vidarebefordra\w*|(?:han|hon|de) namner|"
                      r"i (?:mejlet|mailet|meddelandet)|in the (?:e-?mail|message)|enligt (?:mejlet|mailet))\b")
_STAYS_AWAY = re.compile(r"krock|\bkan (?:\w+ )?(?:inte|ej)\b|\bledig|semester|tjanstledig|franvarande|"
                         r"aterkommer|kollega ta|can'?t|cannot|not able|holiday|vacation|\baway\b|clash|conflict")
_REMOVAL = re.compile(r"\bstryk|\bavanmal|\bkan (?:\w+ )?(?:inte|ej)\b|can'?t|cannot|cancel|remove|"
                      r"i stallet for|istallet for|instead of|\b(?:ar|redan) anmald|registered for|\bfran\b|\bfrom\b")
_CLAUSE = re.compile(r",|;| men | but | sa | so | och stryk| and remove|"
                     r"(?=\b(?:istallet for|i stallet for|instead of|rather than|snarare an)\b)")


@dataclass
class MessageText:
    """The parts of one message the reader needs."""

    parts: BodyParts
    sender: Sender
    subject: str = ""
    is_reply: bool = False
    ignore_names: set[tuple[str, ...]] = field(default_factory=set)
    ignore_addresses: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


class _Tables:
    """What is derived once from a config: alias index, stop words, session dates."""

    def __init__(self, config: Config) -> None:
        self.orgs: OrgIndex = org_index(config)
        self.sessions = tuple(s.date for s in config.event.sessions)
        extra: set[str] = set()
        texts = [config.event.name] + [s.title + " " + s.place for s in config.event.sessions]
        for org in config.organisations:
            texts += [org.name, *org.aliases]
        for text in texts:
            extra.update(fold(w) for w in words(text))
        from assistant.parsing.dates import FULL_MONTHS, SHORT_MONTHS
        extra.update(FULL_MONTHS)
        extra.update(SHORT_MONTHS)
        self.stop = StopWords(extra)
        self.own_addresses = {config.event.contact.lower(), *(e.lower() for e in config.organisers.emails)}
        self.own_names = {name_key(n) for n in (name_from_address(a) for a in self.own_addresses) if n}


_TABLES: dict[int, tuple[Config, _Tables]] = {}


def tables(config: Config) -> _Tables:
    """The cached tables of ``config``."""
    entry = _TABLES.get(id(config))
    if entry is None or entry[0] is not config:
        if len(_TABLES) > 16:
            _TABLES.clear()
        entry = (config, _Tables(config))
        _TABLES[id(config)] = entry
    return entry[1]


def _resolve(mentions: list[Mention], sessions: tuple[dt.date, ...]) -> set[dt.date]:
    chosen: set[dt.date] = set()
    minus: set[dt.date] = set()
    whole = False
    for m in mentions:
        chosen |= m.dates
        minus |= m.minus
        whole = whole or m.whole
    if whole or (minus and not chosen):
        chosen |= set(sessions)
    return chosen - minus


def _clause_dates(own: list[str], tab: _Tables, base: dt.date) -> tuple[set[dt.date], set[dt.date]]:
    """Dates named as the new choice and as the one given up, clause by clause (a move of sessions)."""
    target: set[dt.date] = set()
    removed: set[dt.date] = set()
    for sentence in own:
        cuts = [0] + [c for m in _CLAUSE.finditer(fold(sentence)) for c in (m.start(), m.end())] + [len(sentence)]
        for clause in (sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2])):
            mention = find_mention(clause, tab.sessions, base)
            if not mention.any:
                continue
            dates = _resolve([mention], tab.sessions)
            folded = fold(clause)
            if _REMOVAL.search(folded):
                removed |= dates
            else:
                target |= dates
    return target, removed


def _sessions(reading: IntentReading, own: list[str], own_mentions: list[Mention], forwarded: list[str],
              pointer: bool, tab: _Tables, base: dt.date) -> tuple[set[dt.date], bool]:
    """The sessions a message is about, and whether it named any."""
    every = set(tab.sessions)
    intent = reading.intent
    if intent in (Intent.QUESTION, Intent.UNKNOWN, Intent.ERASURE, Intent.AUTO_REPLY):
        return set(), False
    if reading.change == "sessions":
        target, removed = _clause_dates(own, tab, base)
        if target - removed:
            return target - removed, True
    cue = [own_mentions[i] for i in reading.cue if i < len(own_mentions) and own_mentions[i].any]
    if cue and intent in (Intent.REGISTER, Intent.CANCEL):
        return _resolve(cue, tab.sessions) or every, True
    if intent == Intent.REGISTER:
        mentions = [m for m, s in zip(own_mentions, own) if m.any and not _STAYS_AWAY.search(fold(s))]
    else:
        mentions = [m for m in own_mentions if m.any]
    if not mentions and pointer and forwarded:
        fwd_mentions = [find_mention(s, tab.sessions, base) for s in forwarded]
        fwd_cue = [m for m, s in zip(fwd_mentions, forwarded) if m.any and carries_cue(fold(s))]
        mentions = fwd_cue or [m for m in fwd_mentions if m.any]
    if mentions:
        return _resolve(mentions, tab.sessions) or every, True
    return every, False


def _name_in_text(address: str, parts: BodyParts, tab: _Tables) -> str | None:
    """A name for a sender whose address holds none: a full name in the text sharing its first word."""
    first = address.split("@", 1)[0].split(".")[0].lower()
    for text in (parts.signature, parts.own):
        for sentence in sentences(text)[::-1]:
            for name, _, _ in names_in(sentence, 0, tab.stop):
                if fold(name.split()[0]) == fold(first):
                    return name
    return None


def _relevant(own: list[str], folded: list[str]) -> list[bool]:
    """Sentences where names are people taking part: cue sentences, list items, table rows, lists after ':'."""
    out: list[bool] = []
    listing = False
    for sentence, f in zip(own, folded):
        short = len(sentence.split()) <= 8
        flag = (carries_cue(f) or bool(re.match(r"\s*[-*•·]\s", sentence)) or "|" in sentence
                or (listing and short))
        listing = (flag and sentence.rstrip().endswith(":")) or (listing and short)
        out.append(flag)
    return out


def _organisation_of(address: str | None, fallback: Organisation | None, tab: _Tables) -> str | None:
    decided, org = tab.orgs.for_address(address)
    chosen = org if decided else fallback
    return chosen.name if chosen is not None else None


def read_message(msg: MessageText, config: Config, received_at: dt.datetime) -> ParsedRequest:
    """Read intent, people, sessions, diet and language from a message's parts."""
    tab = tables(config)
    base = (received_at if received_at.tzinfo else received_at.replace(tzinfo=config.event.tz)
            ).astimezone(config.event.tz).date()
    parts = msg.parts
    own = sentences(parts.own)
    folded = [fold(s) for s in own]
    own_folded = " ".join(folded)
    forwarded = sentences(parts.forwarded) if parts.forwarded else []
    pointer = bool(forwarded) and bool(_POINTER.search(own_folded))
    mentions = [find_mention(s, tab.sessions, base) for s in own]
    diet = find_diet(parts.own) or (find_diet(parts.forwarded) if pointer else None)

    relevant = _relevant(own, folded)
    hits = find_names(own, relevant, tab.stop, msg.ignore_names | tab.own_names,
                      msg.ignore_addresses | tab.own_addresses)
    sender = msg.sender
    sender_name = (display_name(sender.name, sender.address, parts.signature) if sender.channel == "email"
                   else (" ".join(sender.name.split()) if sender.name else None))
    sender_email = sender.address if sender.channel == "email" else None
    if sender_name is None and sender_email:
        sender_name = _name_in_text(sender_email, parts, tab)
    third: list[NameHit] = []
    sender_named = False
    for hit in hits:
        if ((sender_name and name_key(hit.name) == name_key(sender_name))
                or (sender_email and (hit.email == sender_email or matches_address(hit.name, sender_email)))):
            sender_email = sender_email or hit.email
            sender_named = True
            continue
        third.append(hit)
    book = {name_key(n): a for n, a in parts.quoted_people if n}
    third = [NameHit(h.name, h.email or book.get(name_key(h.name)), h.sentence) for h in third]

    subject_folded = "" if msg.is_reply else fold(msg.subject)
    reading = classify(own, folded, subject_folded, any(m.any for m in mentions), diet is not None,
                       lambda i: any(h.sentence == i for h in third))
    sessions, named = _sessions(reading, own, mentions, forwarded, pointer, tab, base)

    text_org = tab.orgs.best(parts.own, parts.signature, parts.greeting)
    decided, by_domain = tab.orgs.for_address(sender_email)
    sender_org_obj = by_domain if decided else text_org
    sender_org = sender_org_obj.name if sender_org_obj is not None else None
    people: list[Person] = []
    intent = reading.intent
    if intent in (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE, Intent.ERASURE):
        others = [] if intent == Intent.ERASURE or reading.change in ("details", "diet") else third
        colleague_org = sender_org_obj if sender_org_obj is not None else text_org
        if reading.change == "substitute":
            joining = [h for h in others if h.sentence in reading.cue] or others[-1:]
            leaving_sender = sender_leaving(own_folded) or all(h in joining for h in others)
            for h in others:
                role = Role.JOINING if h in joining else Role.LEAVING
                people.append(Person(h.name, h.email, _organisation_of(h.email, colleague_org, tab), role))
            if leaving_sender or not others:
                people.insert(0, Person(sender_name, sender_email, sender_org, Role.LEAVING))
        else:
            if sender_named or sender_included(own_folded, bool(others)):
                people.append(Person(sender_name, sender_email, sender_org))
            people.extend(Person(h.name, h.email, _organisation_of(h.email, colleague_org, tab)) for h in others)
    problems = list(msg.problems)
    if intent == Intent.UNKNOWN and not problems:
        problems.append("no request recognised in the text")
    return ParsedRequest(
        intent=intent,
        people=tuple(people),
        sessions=tuple(sorted(sessions)),
        diet=diet if intent in (Intent.REGISTER, Intent.CHANGE) else None,
        sender=msg.sender,
        language=detect_language(parts.own or parts.forwarded),
        sessions_named=named,
        question=reading.question if intent != Intent.UNKNOWN else None,
        change=reading.change,
        problems=tuple(problems),
        subject=msg.subject or None,
    )
