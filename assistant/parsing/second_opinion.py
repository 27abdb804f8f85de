"""A second opinion on the intent: a small linear model, so that a reading the rules may have wrong is asked about.

The rules in ``intent.py`` read most mail right, but on mail nobody tuned them on about one message in fourteen
gets the wrong intent, and a booking or cancellation made on that reading is made silently. This model was
trained on the project's labelled corpus (``scripts/train_intent_model.py``, words and word pairs of the
subject and the writer's own text, logistic regression) and makes its errors in other places than the rules:
where it disagrees with the rules and is confident, the parse is marked unsure of its intent and the service
asks before acting. It never replaces the rules' reading: tried, that put 18 more of 660 unseen messages right
but broke 32 of the 3,000 readings the parser's tests hold the rules to, so the model only raises doubt.

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

    def probabilities(self, text: str) -> dict[Intent, float]:
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


def doubts(intent: Intent, subject: str, own: str, forwarded: str) -> bool:
    """Whether the rules' ``intent`` would act where the model confidently reads another intent (then ask)."""
    if intent not in ACTING:
        return False
    m = model()
    if m is None:
        return False
    probabilities = m.probabilities(model_text(subject, own, forwarded))
    best = max(probabilities, key=lambda k: probabilities[k])
    return best != intent and probabilities[best] >= CONFIDENT
