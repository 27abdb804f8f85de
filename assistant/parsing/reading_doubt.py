"""A doubt about the whole reading: a small linear model that says how likely a reading the rules would act on is
wrong, and asks where that is likely.

The rules and the two second opinions (``second_opinion.py`` on the intent, ``people_opinion.py`` on the people)
mark what they know they are unsure of. On mail nobody tuned them on, about one message in ten was still read
wrong and acted on without asking (``benchmarks/guesses.py``). This model reads the shape of a reading rather than
its words: how many people it found and how many names and addresses the writer's own text holds beside them,
whether the writer is among them, how many sessions and whether they were named, whether the mail is a reply, a
forward or quotes, how long the writer's own text is, how sure the intent model is of the rules' intent, and a few
words of doubt ("om", "kanske", "redan", "istället"). It was trained on the project's held-out sets, the mail the
rules were never tuned on (``scripts/train_doubt_model.py``), and chosen by leaving each batch out in turn.

Where it gives a reading the rules would act on at least ``ASKS`` probability of being wrong, and nothing else in
the reading is unsure, the reading is marked ``Unsure.READING``: the service books, changes and cancels nothing and
asks with its reading ("Vi uppfattade: … Stämmer det?"); a yes completes it.

The model ships as ``reading_doubt.json.gz`` beside this file; without it, or with a damaged one, there is no doubt.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from assistant.parsing import second_opinion
from assistant.parsing.people import EMAIL, StopWords
from assistant.parsing.people_opinion import disagreement
from assistant.parsing.quoting import BodyParts
from assistant.parsing.text import fold, sentences
from assistant.request import Intent, ParsedRequest, Unsure

MODEL_FILE = Path(__file__).with_name("reading_doubt.json.gz")
#: The readings acted on (and so doubted).
ACTING = frozenset({Intent.REGISTER, Intent.CANCEL, Intent.CHANGE})
#: A capitalised first and last name as written ("Anna Berg", "Per-Olof Sten", "Karin von Holm" is two of them).
_NAME = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? [A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\b")
_DATE = re.compile(r"\b\d{1,2}(?:/\d{1,2}|\.\d{1,2}\.?| (?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec))",
                   re.IGNORECASE)
_WORD = re.compile(r"\w+|[?]")
#: Words that change what a sentence does to a booking (a condition, a maybe, what holds already, a swap, others).
DOUBT_WORDS = frozenset({
    "om", "kanske", "funderar", "tanker", "tankte", "undrar", "redan", "istallet", "stallet", "byta", "byter",
    "ersatta", "ersatter", "inte", "ej", "bara", "endast", "utom", "forutom", "sjalv", "sjalva", "anmald", "anmalda",
    "anmalt", "anmalde", "kollega", "kollegor", "kollegan", "chef", "vara", "hennes", "hans", "deras", "for",
    "at", "vanta", "aterkommer", "fraga", "fragan", "eller", "samma", "ocksa", "aven", "heller", "slutat", "ledig",
    "sjuk", "forra", "tidigare", "resten", "ovriga", "andra", "nasta", "sista", "forsta", "alla", "hela", "if",
    "maybe", "instead", "already", "only", "not", "except", "colleague", "?",
})


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return next((k for k, e in enumerate(edges) if n < e), len(edges))


def features(request: ParsedRequest, parts: BodyParts, stop: StopWords) -> dict[str, float]:
    """The shape of a reading and of the writer's own text, as the model weighs them (each 1.0)."""
    intent = request.intent.value
    own = parts.own
    people = request.people
    sender = request.sender
    writer_in = any((sender.address and p.email and p.email.lower() == sender.address.lower())
                    or (sender.name and p.name and fold(p.name).lower() == fold(sender.name).lower()) for p in people)
    emails = {p.email.lower() for p in people if p.email}
    addresses = {a.lower().rstrip(".") for a in EMAIL.findall(own)}
    if sender.address:
        addresses.discard(sender.address.lower())
    names = {n for n in _NAME.findall(own)}
    named = {fold(p.name).lower() for p in people if p.name}
    names_beside = len({fold(n).lower() for n in names} - named)
    dates = len(_DATE.findall(own))
    n = len(people)
    f = {
        "bias": 1.0, f"intent:{intent}": 1.0, f"channel:{sender.channel}": 1.0,
        f"change:{request.change}": 1.0, f"people:{min(n, 4)}": 1.0, f"{intent}:people:{min(n, 3)}": 1.0,
        f"with_address:{min(len(emails), 3)}": 1.0, f"without_address:{min(n - len(emails), 3)}": 1.0,
        f"writer_in:{writer_in}": 1.0, f"{intent}:writer_in:{writer_in}": 1.0,
        f"sessions:{len(request.sessions)}": 1.0, f"{intent}:sessions:{len(request.sessions)}": 1.0,
        f"named:{request.sessions_named}": 1.0, f"{intent}:named:{request.sessions_named}": 1.0,
        f"quoted:{bool(parts.quoted.strip())}": 1.0, f"forwarded:{bool(parts.forwarded.strip())}": 1.0,
        f"length:{_bucket(len(own), (40, 120, 300, 700, 1500))}": 1.0,
        f"addresses_beside:{min(len(addresses - emails), 2)}": 1.0,
        f"addresses_unseen:{min(len(emails - addresses - {(sender.address or '').lower()}), 2)}": 1.0,
        f"names_beside:{min(names_beside, 3)}": 1.0, f"{intent}:names_beside:{min(names_beside, 2)}": 1.0,
        f"dates:{_bucket(dates, (1, 2, 3, 5))}": 1.0,
        f"dates_vs_sessions:{_bucket(dates - len(request.sessions), (-1, 0, 1, 2))}": 1.0,
        f"diet:{request.diet is not None}": 1.0, f"maybe:{bool(request.maybe)}": 1.0,
    }
    m = second_opinion.model()
    if m is not None:
        p = m.probabilities(second_opinion.model_text(request.subject or "", own, parts.forwarded)).get(request.intent, 0.0)
        f[f"opinion:{_bucket(int(p * 10), (3, 5, 7, 9))}"] = 1.0
    far = disagreement(sentences(own), stop, people, request.intent, sender)
    f[f"people_far:{_bucket(int(far * 10), (1, 2, 3, 4))}"] = 1.0
    words = {w for w in _WORD.findall(fold(own[:3000]).lower())}
    f.update((f"w:{w}", 1.0) for w in words & DOUBT_WORDS)
    return f


class Model:
    """Weights per feature and an intercept: a binary logistic regression (the reading is wrong)."""

    def __init__(self, intercept: float, weights: dict[str, float], asks: float) -> None:
        self.intercept, self.weights, self.asks = intercept, weights, asks

    def probability(self, f: dict[str, float]) -> float:
        score = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, read once; None when it is missing or unreadable (then no doubt)."""
    try:
        data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
        return Model(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()},
                     float(data["asks"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def doubted(request: ParsedRequest, parts: BodyParts, stop: StopWords) -> ParsedRequest:
    """The reading, marked ``Unsure.READING`` where the rules would act on it silently and the model finds it likely
    wrong."""
    if request.intent not in ACTING or request.unsure or request.never_answer:
        return request
    m = model()
    if m is None or m.probability(features(request, parts, stop)) < m.asks:
        return request
    return replace(request, unsure=(Unsure.READING,))
