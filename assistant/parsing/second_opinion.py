"""A second opinion on the intent: a small linear model that states the reading where it is sure, and asks.

The rules in ``intent.py`` read most mail right, but on mail nobody tuned them on about one message in fourteen
gets the wrong intent, and a booking or cancellation made on that reading would be made silently. This model was
trained on the project's labelled corpus and on the readings the parser's tests hold the rules to
(``scripts/train_intent_model.py``; words and word pairs of the subject and the writer's own text, logistic
regression), and makes its errors in other places than the rules. Two uses:

- ``stated_intent``: where the model reads another intent than the rules and is at least ``STATES`` sure, the reading takes
  the model's intent and is marked unsure of it, so nothing is booked or cancelled on it: the service asks with that
  reading ("Vi uppfattade: …"), or passes a question or an unreadable message on to the organisers. On 540 messages
  nobody had tuned on, that put 16 more fully right and changed 4 of the 3,232 readings the rules were tuned to.
  Automatic mail is never read into a request, nor a request into automatic mail (which would go unanswered).
- ``doubts``: where the rules would act and the model reads another intent with at least ``CONFIDENT``, the
  reading keeps the rules' intent and is marked unsure, so the service asks.

The model ships as ``second_opinion.json.gz`` beside this file (weights per feature and intent); without it, or
with a damaged one, there is no second opinion and the parse is as the rules read it.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from assistant.request import Intent

MODEL_FILE = Path(__file__).with_name("second_opinion.json.gz")
#: The model's probability for its own intent from which a disagreement with the rules' acting intent is asked
#: about; chosen on batch 26 of the project's corpus (``benchmarks/corpus/README.md`` gives the figures).
CONFIDENT = 0.6
#: The model's probability for its own intent from which its intent is the one stated (and asked about) where the
#: rules read another; chosen on batches 26-28 of the project's corpus (``benchmarks/corpus/README.md``).
STATES = 0.7
#: The rules' readings that would act on the registrations.
ACTING = frozenset({Intent.REGISTER, Intent.CANCEL, Intent.CHANGE, Intent.ERASURE})
#: Words of two letters or more, and the marks that make a question or an exclamation.
_TOKEN = re.compile(r"\w\w+|[?!]")
_MAX_TOKENS = 400           # the opening of a long mail says what it wants
_SHORT_OWN = 25             # a writer's own text shorter than this many words is read with what it forwards
_FORWARD_CHARS = 1500


def model_text(subject: str, own: str, forwarded: str) -> str:
    """The text the model reads: the subject and the writer's own words (and a short forward's forwarded text)."""
    text = f"{subject or ''} \n {own}"
    if len(own.split()) < _SHORT_OWN:
        text += " \n " + forwarded[:_FORWARD_CHARS]
    return text.lower()


def features(text: str) -> dict[str, float]:
    """Words and word pairs, each weighted 1 + log(count) and the whole scaled to unit length."""
    tokens = _TOKEN.findall(text)[:_MAX_TOKENS]
    counts: dict[str, int] = {}
    for i, word in enumerate(tokens):
        counts["w:" + word] = counts.get("w:" + word, 0) + 1
        if i:
            pair = f"b:{tokens[i - 1]} {word}"
            counts[pair] = counts.get(pair, 0) + 1
    weighted = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {k: v / norm for k, v in weighted.items()}


class Model:
    """Weights per feature and intent, and an intercept per intent: a multinomial logistic regression."""

    def __init__(self, intents: list[str], intercept: list[float], weights: dict[str, list[float]]) -> None:
        self.intents = [Intent(i) for i in intents]
        self.intercept = intercept
        self.weights = weights
        self._last: tuple[str, dict[Intent, float]] | None = None   # (the reading and its doubt ask for one text)

    def probabilities(self, text: str) -> dict[Intent, float]:
        if self._last is not None and self._last[0] == text:
            return dict(self._last[1])
        found = self._probabilities(text)
        self._last = (text, found)
        return dict(found)

    def _probabilities(self, text: str) -> dict[Intent, float]:
        scores = list(self.intercept)
        for feature, value in features(text).items():
            row = self.weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {intent: e / total for intent, e in zip(self.intents, exp)}


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, read once; None when it is missing or unreadable (then no second opinion)."""
    try:
        data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
        return Model(data["intents"], data["intercept"], data["weights"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def opinion(subject: str, own: str, forwarded: str) -> tuple[Intent, float] | None:
    """The model's intent for a message's parts and its probability; None without a model."""
    m = model()
    if m is None:
        return None
    probabilities = m.probabilities(model_text(subject, own, forwarded))
    best = max(probabilities, key=lambda k: probabilities[k])
    return best, probabilities[best]


def stated_intent(intent: Intent, second: tuple[Intent, float] | None) -> Intent | None:
    """The model's intent (``second``, its ``opinion``) where it should be the one stated instead of the rules'
    ``intent`` (then asked about)."""
    if intent == Intent.AUTO_REPLY or second is None:
        return None     # automatic mail is never answered on a model's word (no mail loops)
    if second[0] in (intent, Intent.AUTO_REPLY) or second[1] < STATES:
        return None
    return second[0]


def doubts(intent: Intent, second: tuple[Intent, float] | None) -> bool:
    """Whether the rules' ``intent`` would act where the model (``second``, its ``opinion``) confidently reads another
    intent (then ask)."""
    if intent not in ACTING:
        return False
    return second is not None and second[0] != intent and second[1] >= CONFIDENT
