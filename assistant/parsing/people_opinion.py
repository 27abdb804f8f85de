"""A second opinion on whom a request is about: a small linear model that doubts the rules' people, and asks.

The rules in ``people.py`` and ``reading.py`` decide who a signup, change or cancellation is about (the writer or
not, which colleagues named). On mail nobody tuned them on, that is their weakest part: about half of the messages
they get wrong on the project's held-out sets are wrong only in who. This model reads, for the writer and for every
name the name finder sees in the writer's own sentences, the words around it (and, for the writer, the words of the
whole message), and gives the probability that the request is about them (``scripts/train_people_model.py``,
logistic regression, trained on the shared corpus and the tuning sets). It never changes the people: adding or
dropping people on its word made as many readings wrong as right on the held-out sets (``benchmarks/corpus/README.md``,
the people model). Where it disagrees with the rules by at least ``DOUBTS`` about anyone named other than the writer,
the reading is marked unsure of its people (``Unsure.PEOPLE``), so the service books nothing and asks with the
reading ("Vi uppfattade: anmälan av …").

The model ships as ``people_opinion.json.gz`` beside this file; without it, or with a damaged one, there is no
second opinion.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.parsing.names import clean_name, matches_address, name_key
from assistant.parsing.people import EMAIL, StopWords, names_in
from assistant.parsing.text import fold
from assistant.request import Intent, Person, Sender

MODEL_FILE = Path(__file__).with_name("people_opinion.json.gz")
#: How far the model's probability must be from the rules' reading of someone (1 in, 0 out) to doubt it; chosen on
#: heldout29-32, reported on heldout33-37 (``benchmarks/corpus/README.md``, "A second opinion on the people").
DOUBTS = 0.5
#: The readings whose people are booked, changed or cancelled (and so doubted).
ACTING = frozenset({Intent.REGISTER, Intent.CANCEL, Intent.CHANGE})
_WORD = re.compile(r"\w+|[?!:,;()&+/-]")
_WINDOW = 6             # words either side of a name
_MESSAGE_WORDS = 300    # the writer is read from the opening of the message
_SENTENCE_WORDS = 60
#: Names are looked for in the opening sentences, each up to this long (the rules read a longer one only where it is
#: about people; the name finder's cost grows faster than a long list's length).
_SENTENCES = 60
_SENTENCE_CHARS = 1000


@dataclass(frozen=True)
class Candidate:
    """One the request may be about: the writer, or a name in the writer's own sentences."""

    name: str
    email: str | None
    is_writer: bool
    features: dict[str, float]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def features(own: Sequence[str], mentions: Sequence[tuple[int, int, int]], is_writer: bool, n_candidates: int,
             intent: str) -> dict[str, float]:
    """The words around each mention (sentence, start, end) of one candidate, scaled to unit length."""
    f: dict[str, float] = {"bias": 1.0, f"intent:{intent}": 1.0, f"sender:{is_writer}": 1.0,
                           f"n:{min(n_candidates, 4)}": 1.0, f"mentions:{min(len(mentions), 3)}": 1.0}
    if is_writer:
        words = _tokens(" ".join(own)[:_MESSAGE_WORDS * 12])[:_MESSAGE_WORDS]
        f.update(("ST:" + w, 1.0) for w in words)
        f.update((f"SB:{a} {b}", 1.0) for a, b in itertools.pairwise(words))
    for i, start, end in mentions:
        sentence = own[i]
        left, right = _tokens(sentence[:start])[-_WINDOW:], _tokens(sentence[end:])[:_WINDOW]
        for k, w in enumerate(reversed(left)):
            f["L:" + w] = 1.0
            if k < 2:
                f[f"L{k}:" + w] = 1.0
        for k, w in enumerate(right):
            f["R:" + w] = 1.0
            if k < 2:
                f[f"R{k}:" + w] = 1.0
        if len(left) >= 2:
            f[f"LB:{left[-2]} {left[-1]}"] = 1.0
        if len(right) >= 2:
            f[f"RB:{right[0]} {right[1]}"] = 1.0
        f.update(("S:" + w, 1.0) for w in _tokens(sentence)[:_SENTENCE_WORDS])
        if i == 0:
            f["first_sentence"] = 1.0
        if "@" in sentence:
            f["addr_in_sentence"] = 1.0
    if not mentions:
        f["unmentioned"] = 1.0
    norm = math.sqrt(sum(v * v for v in f.values())) or 1.0
    return {k: v / norm for k, v in f.items()}


def writer_of(people: Sequence[Person], sender: Sender) -> tuple[str | None, str | None]:
    """The writer's name and address: the reading's person with the sender's address, else the sender's name."""
    email = sender.address if sender.channel == "email" else None
    named = next((p.name for p in people if email and p.email == email and p.name), None)
    return named or clean_name(sender.name), email


def candidates(own: Sequence[str], stop: StopWords, people: Sequence[Person], intent: Intent,
               sender: Sender, writer_read: bool = True) -> list[Candidate]:
    """The writer, and every name the name finder sees in the writer's own sentences, with their features (the
    writer's only if ``writer_read``: they are the costliest, the whole message's words)."""
    found: dict[tuple[str, ...], tuple[str, list[tuple[int, int, int]]]] = {}
    for i, sentence in enumerate(own[:_SENTENCES]):
        if len(sentence) > _SENTENCE_CHARS:
            continue
        for name, start, end in names_in(sentence, i, stop):
            found.setdefault(name_key(name), (name, []))[1].append((i, start, end))
    writer, writer_email = writer_of(people, sender)
    n = len(found) + 1
    writer_mentions = found.pop(name_key(writer), (writer, []))[1] if writer else []
    out = [Candidate(writer or "", writer_email, True,
                     features(own, writer_mentions, True, n, intent.value) if writer_read else {})]
    for name, mentions in found.values():
        email = next((a for i, _, _ in mentions for m in EMAIL.finditer(own[i])
                      if matches_address(name, a := m.group(0).lower().rstrip("."))), None)
        out.append(Candidate(name, email, False, features(own, mentions, False, n, intent.value)))
    return out


def in_reading(people: Sequence[Person], candidate: Candidate) -> bool:
    """Whether the rules' reading has the candidate among its people (by address, else by name)."""
    return any((candidate.email and p.email == candidate.email)
               or (candidate.name and p.name and name_key(p.name) == name_key(candidate.name)) for p in people)


class Model:
    """A weight per feature and an intercept: a logistic regression on whether the request is about a candidate."""

    def __init__(self, intercept: float, weights: dict[str, float]) -> None:
        self.intercept = intercept
        self.weights = weights

    def probability(self, feats: dict[str, float]) -> float:
        score = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, read once; None when it is missing or unreadable (then no second opinion)."""
    try:
        data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
        return Model(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def disagreement(own: Sequence[str], stop: StopWords, people: Sequence[Person], intent: Intent,
                 sender: Sender) -> float:
    """How far the model is, at most, from the rules' reading of anyone named (0 without a model or a reading to
    doubt). The writer is left out: the model reads the writer's attending far less surely than others' (asking about
    it put as many right readings in question as wrong ones on heldout29-32), and the rules ask about it themselves."""
    m = model()
    if m is None or intent not in ACTING:
        return 0.0
    key = (tuple(own), tuple(people), intent, sender)
    last = _LAST.get("disagreement")
    if last is not None and last[0] is m and last[1] is stop and last[2] == key:
        return last[3]      # (the reading asks, and its doubt asks again, for the same reading)
    worst = _disagreement(m, own, stop, people, intent, sender)
    _LAST["disagreement"] = (m, stop, key, worst)
    return worst


#: The last disagreement worked out: the model, the stop words, the reading's key and the figure.
_LAST: dict[str, tuple[Model, StopWords, tuple[object, ...], float]] = {}


def _disagreement(m: Model, own: Sequence[str], stop: StopWords, people: Sequence[Person], intent: Intent,
                  sender: Sender) -> float:
    worst = 0.0
    for c in candidates(own, stop, people, intent, sender, writer_read=False):
        if c.name and not c.is_writer:  # (whether the writer attends, the rules ask themselves: Unsure.SENDER_ATTENDS)
            p = m.probability(c.features)
            worst = max(worst, 1.0 - p if in_reading(people, c) else p)
    return worst


def doubts_people(own: Sequence[str], stop: StopWords, people: Sequence[Person], intent: Intent,
                  sender: Sender) -> bool:
    """Whether the model doubts whom the rules' acting reading is about (then ask)."""
    return disagreement(own, stop, people, intent, sender) >= DOUBTS
