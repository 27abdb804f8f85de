"""Train the intent second opinion (``assistant/parsing/second_opinion.py``) on the labelled corpus; run by hand.

    .venv/bin/pip install -e ".[train]"
    .venv/bin/python scripts/train_intent_model.py                      # train on the tuning sets, write the model
    .venv/bin/python scripts/train_intent_model.py --evaluate heldout23 # also print counts on sets not trained on
    .venv/bin/python scripts/train_intent_model.py --skip dev29 --evaluate dev29  # keep a tuning set out

It trains on the shared corpus and the project's tuning sets (``benchmarks/corpus/dev*``; never a ``heldout*``
set), and on the rules' readings of the messages the parser's tests read (``scripts/test_readings_plugin.py``:
written variants and near-misses, counted ``--test-weight`` each, 0.3 by default, since they are many, short and
made to differ in one word), and writes ``assistant/parsing/second_opinion.json.gz``. The text each message gives
the model is the one the parser gives it (``assistant.parsing.parser.mail_parts`` / ``chat_parts``), so training and use read alike.
``--evaluate`` prints counts only (safe on a held-out set): on how many messages the model's intent is right.
What the parser does with it is measured by ``../shared/tools/score_parse.py`` and ``benchmarks/guesses.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.parsing.mime import read_mail
from assistant.parsing.parser import chat_parts, mail_parts, telegram_sender
from assistant.parsing.second_opinion import MODEL_FILE, features, model_text
from assistant.parsing.text import clean
from assistant.request import Sender

SHARED = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT / "benchmarks" / "corpus"


def mail_text(raw: bytes) -> str:
    """The text the model reads of a mail: what the parser gives it (subject, the writer's own words, a forward)."""
    mail = read_mail(raw)
    parts = mail_parts(mail)
    return model_text(mail.subject, parts.own, parts.forwarded)


def chat_text(text: str, sender: Sender) -> str:
    """The text the model reads of a chat message."""
    parts = chat_parts(clean(text), sender)
    return model_text("", parts.own, parts.forwarded)


def _examples(folder: Path) -> list[tuple[str, str]]:
    """(model text, labelled intent) for every message of one corpus set."""
    out = []
    for line in (folder / "labels.jsonl").read_text("utf-8").split("\n"):
        if not line.strip():
            continue
        item = json.loads(line)
        data = (folder / item["file"]).read_bytes()
        if item["channel"] == "email":
            text = mail_text(data)
        elif item["file"].endswith(".json"):
            message = json.loads(data)["message"]
            text = chat_text(message["text"], telegram_sender(message["from"]))
        else:
            s = item.get("sender") or {}
            text = chat_text(data.decode("utf-8"), Sender("telegram", str(s.get("id")), s.get("name")))
        out.append((text, item["expected"]["intent"]))
    return out


def _test_readings() -> list[tuple[str, str]]:
    """(model text, the rules' intent) for every distinct message the parser's tests read (runs those tests)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "readings.jsonl"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "scripts"), TEST_READINGS=str(out))
        subprocess.run([sys.executable, "-m", "pytest", "tests/assistant/parsing", "-q", "-p", "no:cacheprovider",
                        "--ignore", "tests/assistant/parsing/test_second_opinion.py",   # (tests of the model itself)
                        "-p", "test_readings_plugin"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
        rows = [json.loads(line) for line in out.read_text("utf-8").split("\n") if line.strip()]   # (not splitlines: U+2028)
    return list({r["text"]: (r["text"], r["intent"]) for r in rows}.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluate", nargs="*", default=[], help="corpus sets (names under benchmarks/corpus) to count on")
    ap.add_argument("--skip", nargs="*", default=[], help="tuning sets not to train on (kept to measure a round)")
    ap.add_argument("--C", type=float, default=30.0, help="inverse regularisation strength")
    ap.add_argument("--test-weight", type=float, default=0.3, help="weight of each test reading (0: none)")
    args = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    sets = [SHARED] + sorted((p for p in CORPUS.glob("dev*") if (p / "labels.jsonl").exists() and p.name not in args.skip),
                             key=lambda p: int(p.name[3:] or 1))
    train = [e for folder in sets for e in _examples(folder)]
    weight = [1.0] * len(train)
    if args.test_weight:
        labelled = {text for text, _ in train}
        tests = [r for r in _test_readings() if r[0] not in labelled]
        train += tests
        weight += [args.test_weight] * len(tests)
    vec = DictVectorizer()
    x = vec.fit_transform([features(t) for t, _ in train])
    fit = LogisticRegression(C=args.C, max_iter=5000).fit(x, [label for _, label in train], sample_weight=weight)
    names = vec.get_feature_names_out()
    weights = {str(f): [round(float(w), 4) for w in fit.coef_[:, j]] for j, f in enumerate(names)}
    weights = {f: w for f, w in weights.items() if any(abs(v) >= 0.002 for v in w)}
    model = {"intents": [str(c) for c in fit.classes_], "intercept": [round(float(b), 4) for b in fit.intercept_],
             "weights": weights, "trained_on": [p.name for p in sets], "messages": len(train), "C": args.C,
             "test_weight": args.test_weight}
    MODEL_FILE.write_bytes(gzip.compress(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode(),
                                         mtime=0))
    print(f"trained on {len(train)} messages ({len(sets)} sets and the tests' readings); {len(weights)} features; wrote {MODEL_FILE}")
    for name in args.evaluate:
        rows = _examples(CORPUS / name)
        best = fit.predict(vec.transform([features(t) for t, _ in rows]))
        right = sum(str(b) == label for b, (_, label) in zip(best, rows))
        print(f"{name}: the model's intent right on {right} of {len(rows)}")

if __name__ == "__main__":
    main()
