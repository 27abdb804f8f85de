"""Train the doubt about whole readings (``assistant/parsing/reading_doubt.py``) on the held-out sets; run by hand.

    .venv/bin/pip install -e ".[train]"
    .venv/bin/python scripts/train_doubt_model.py --cross          # leave each batch out in turn: what it would ask
    .venv/bin/python scripts/train_doubt_model.py --write          # train on all of them, write the model
    .venv/bin/python scripts/train_doubt_model.py --evaluate heldout53   # counts only, on a set it never saw

The examples are the readings the rules would act on (register, cancel, change) that no rule already doubts, from
the sets the rules were never tuned on (``benchmarks/corpus/heldout*``, but those named with ``--keep-out``) and
``dev54``; the label is whether the reading is wrong as the shared scorer counts it. Tuning sets are left out: the
rules read them right by construction, so they teach nothing about where the rules fail.

``--cross`` prints, per threshold, how many of the wrong readings acted on the doubt would ask about and how many
right ones, each batch scored by a model trained without it. The threshold written is ``--asks``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import load_config
from assistant.parsing import reading_doubt
from assistant.parsing.mime import read_mail
from assistant.parsing.parser import chat_parts, mail_parts, parse_chat, parse_email, spoken_addresses
from assistant.parsing.quoting import BodyParts
from assistant.parsing.reading import tables
from assistant.parsing.text import clean
from assistant.request import ParsedRequest, Sender, Unsure

CORPUS = ROOT / "benchmarks" / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_people_model import _contract, _right  # (the scorer's reading of a parse, as there)


def _read(folder: Path, item: dict[str, Any], config: Any, at: dt.datetime) -> tuple[ParsedRequest, BodyParts]:
    data = (folder / item["file"]).read_bytes()
    if item["channel"] == "email":
        return parse_email(data, config, at), mail_parts(read_mail(data))
    s = item.get("sender") or {}
    sender = Sender("telegram", str(s.get("id")), s.get("name"))
    text = spoken_addresses(clean(data.decode("utf-8")))
    return parse_chat(text, sender, config, at), chat_parts(text, sender)


def examples(name: str, config: Any, sp: Any) -> list[tuple[dict[str, float], bool, bool]]:
    """(features, wrong, acted without asking) of every message of a set the rules read as acting."""
    folder = CORPUS / name
    items = [json.loads(x) for x in (folder / "labels.jsonl").read_text("utf-8").splitlines() if x.strip()]
    at = dt.datetime.fromisoformat(max(i["received_at"] for i in items))
    out = []
    for item in items:
        if item["file"].endswith(".json"):
            continue
        req, parts = _read(folder, item, config, at)
        wrong = not _right(sp, item["expected"], _contract(req))
        # (the doubt's own mark is left out: the examples are what the rules and the second opinions leave silent)
        silent = (req.intent in reading_doubt.ACTING and not req.never_answer
                  and not [u for u in req.unsure if u is not Unsure.READING])
        out.append((reading_doubt.features(req, parts, tables(config).stop), wrong, silent))
    return out


def batch(name: str) -> str:
    return name.removeprefix("heldout").removeprefix("dev") or "1"


def fit(rows: list[tuple[dict[str, float], bool, bool]], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [(f, w) for f, w, silent in rows if silent]
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in train])
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    clf.fit(x, [w for _, w in train])
    weights = {k: float(clf.coef_[0][i]) for k, i in vec.vocabulary_.items() if abs(clf.coef_[0][i]) > 1e-6}
    return float(clf.intercept_[0]), weights


def report(label: str, scored: list[tuple[float, bool]], total: int) -> None:
    from sklearn.metrics import roc_auc_score

    wrong = sum(1 for _, w in scored if w)
    auc = roc_auc_score([w for _, w in scored], [p for p, _ in scored]) if 0 < wrong < len(scored) else float("nan")
    print(f"{label}: {total} messages, {len(scored)} acted on without asking, {wrong} of them wrong (AUC {auc:.3f})")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        caught = sum(1 for p, w in scored if w and p >= t)
        cost = sum(1 for p, w in scored if not w and p >= t)
        print(f"  asks at {t:.2f}: {caught} of the {wrong} wrong ({100 * caught / max(wrong, 1):.0f}%), "
              f"{cost} of the {len(scored) - wrong} right ({100 * cost / max(len(scored) - wrong, 1):.1f}%)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cross", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--evaluate", action="append", default=[])
    ap.add_argument("--keep-out", default="heldout53,heldout56,heldout57", help="sets never trained on (comma-separated)")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--asks", type=float, default=0.45)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    sys.path.insert(0, str(a.shared / "tools"))
    import score_parse as sp

    config = load_config(None)
    kept = set(a.keep_out.split(","))
    names = sorted(p.name for p in CORPUS.glob("heldout*") if p.name not in kept)
    if a.cross or a.write:
        data = {n: examples(n, config, sp) for n in names}
        print(f"{sum(len(v) for v in data.values())} messages from {len(names)} sets", file=sys.stderr)
    if a.cross:
        scored: list[tuple[float, bool]] = []
        for b in sorted({batch(n) for n in names}):
            train = [r for n in names if batch(n) != b for r in data[n]]
            intercept, weights = fit(train, a.c)
            m = reading_doubt.Model(intercept, weights, a.asks)
            scored += [(m.probability(f), w) for n in names if batch(n) == b for f, w, s in data[n] if s]
        report("each batch left out in turn", scored, sum(len(v) for v in data.values()))
    if a.write:
        intercept, weights = fit([r for n in names for r in data[n]], a.c)
        reading_doubt.MODEL_FILE.write_bytes(gzip.compress(json.dumps(
            {"intercept": intercept, "weights": dict(sorted(weights.items())), "asks": a.asks,
             "trained_on": names, "c": a.c}, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
        reading_doubt.model.cache_clear()
        print(f"wrote {reading_doubt.MODEL_FILE.name}: {len(weights)} weights, asks at {a.asks}")
    for group in a.evaluate:
        m = reading_doubt.model()
        if m is None:
            sys.exit("no model to evaluate")
        rows = [r for n in group.split(",") for r in examples(n, config, sp)]
        report(group, [(m.probability(f), w) for f, w, s in rows if s], len(rows))


if __name__ == "__main__":
    main()
