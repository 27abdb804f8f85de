"""Train the people second opinion (``assistant/parsing/people_opinion.py``) on the labelled corpus; run by hand.

    .venv/bin/pip install -e ".[train]"
    .venv/bin/python scripts/train_people_model.py                   # train on the tuning sets, write the model
    .venv/bin/python scripts/train_people_model.py --evaluate heldout29,heldout30 --evaluate heldout33,heldout34
    .venv/bin/python scripts/train_people_model.py --skip dev48    # keep a tuning set out, to measure the model on it

It trains on the shared corpus and the project's tuning sets (``benchmarks/corpus/dev*``; never a ``heldout*`` set):
for every signup, change or cancellation, each candidate the parser's ``people_opinion.candidates`` gives (the
writer, and each name in the writer's own sentences) is an example, in when the labelled people have them (by
name, or the writer by address). It writes ``assistant/parsing/people_opinion.json.gz``.

``--evaluate`` (a comma-separated group of sets, safe on held-out sets: counts only) prints, for the group, how many
readings are fully right, how many wrong and how many right readings the doubt would ask about at several
thresholds, and what adding or dropping people on the model's word would have done instead (the experiment that
kept the model to doubting).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import load_config
from assistant.parsing.mime import read_mail
from assistant.parsing.parser import chat_parts, mail_parts, parse_chat, parse_email
from assistant.parsing.people_opinion import ACTING, MODEL_FILE, Candidate, Model, candidates, in_reading
from assistant.parsing.reading import tables
from assistant.parsing.text import clean, sentences
from assistant.request import Intent, ParsedRequest, Sender

CORPUS = ROOT / "benchmarks" / "corpus"


def norm(s: str | None) -> str | None:
    return " ".join(unicodedata.normalize("NFC", s).casefold().replace(",", " ").split()) or None if s else None


def _read(folder: Path, item: dict[str, Any], config: Any, at: dt.datetime) -> tuple[ParsedRequest, list[str]]:
    """The parse of one corpus message, as the scorer asks for it, and the writer's own sentences."""
    data = (folder / item["file"]).read_bytes()
    if item["channel"] == "email":
        return parse_email(data, config, at), sentences(mail_parts(read_mail(data)).own)
    s = item.get("sender") or {}
    sender = Sender("telegram", str(s.get("id")), s.get("name"))
    text = clean(data.decode("utf-8"))
    return parse_chat(text, sender, config, at), sentences(chat_parts(text, sender).own)


def _about(c: Candidate, expected: dict[str, Any]) -> bool:
    return any((c.is_writer and c.email and norm(p.get("email")) == norm(c.email)) or norm(p.get("name")) == norm(c.name)
               for p in expected["people"])


def load(folder: Path, config: Any) -> list[tuple[dict[str, Any], ParsedRequest, list[Candidate]]]:
    """Every text message of a set: its labels, the parse and the candidates."""
    items = [json.loads(x) for x in (folder / "labels.jsonl").read_text("utf-8").splitlines() if x.strip()]
    at = dt.datetime.fromisoformat(max(i["received_at"] for i in items))     # (as the scorer's --at)
    stop = tables(config).stop
    out = []
    for item in items:
        if item["file"].endswith(".json"):
            continue
        req, own = _read(folder, item, config, at)
        out.append((item, req, candidates(own, stop, req.people, req.intent, req.sender)))
    return out


def _contract(req: ParsedRequest) -> dict[str, Any]:
    return {"intent": req.intent.value, "sessions": [d.isoformat() for d in req.sessions], "diet": req.diet,
            "people": [{"name": p.name, "email": p.email, "organisation": p.organisation} for p in req.people]}


def _right(sp: Any, expected: dict[str, Any], got: dict[str, Any]) -> bool:
    if expected["intent"] != got["intent"] or sorted(expected["sessions"]) != sorted(got["sessions"]):
        return False
    pairs, extra = sp.match_people(expected["people"], got["people"])
    return sp.diet_ok(expected.get("diet"), got.get("diet")) and extra == 0 and all(
        sp.person_exact(e, g) for e, g in pairs)


def _adjusted(req: ParsedRequest, cands: list[Candidate], probs: list[float], add: float, drop: float) -> dict[str, Any]:
    """The reading with the model's people instead: those it is sure of added, those it is sure against dropped."""
    got = _contract(req)
    if req.intent not in ACTING:
        return got
    people = got["people"]
    org = people[0]["organisation"] if people else None
    for c, p in zip(cands, probs, strict=True):
        k = next((k for k, q in enumerate(people) if (c.email and q["email"] == c.email) or norm(q["name"]) == norm(c.name)), None)
        if k is None and p >= add and c.name:
            people.append({"name": c.name, "email": c.email, "organisation": org})
        elif k is not None and p <= drop and len(people) > 1:
            people.pop(k)
    return got


def evaluate(group: str, model: Model, config: Any, shared: Path) -> None:
    sys.path.insert(0, str(shared / "tools"))
    import score_parse as sp

    data = [row for s in group.split(",") for row in load(CORPUS / s, config)]
    probs = [[model.probability(c.features) for c in cands] for _, _, cands in data]
    right = [_right(sp, item["expected"], _contract(req)) for item, req, _ in data]
    print(f"{group}: {sum(right)}/{len(data)} fully right")
    def far(req: ParsedRequest, cands: list[Candidate], pr: list[float], writer: bool) -> float:
        """How far the model is from the rules' people: about the writer, or about anyone else named."""
        if req.intent not in ACTING:
            return 0.0
        return max(((1 - p) if in_reading(req.people, c) else p for c, p in zip(cands, pr, strict=True)
                    if c.name and c.is_writer == writer), default=0.0)

    writer = [far(req, cands, pr, True) for (_, req, cands), pr in zip(data, probs, strict=True)]
    others = [far(req, cands, pr, False) for (_, req, cands), pr in zip(data, probs, strict=True)]
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        for label, worst in (("others named", others),
                             ("anyone, the writer too", [max(w, o) for w, o in zip(writer, others, strict=True)])):
            asked_wrong = sum(1 for r, w in zip(right, worst, strict=True) if not r and w >= t)
            asked_right = sum(1 for r, w in zip(right, worst, strict=True) if r and w >= t)
            print(f"  doubt at {t} about {label}: asks about {asked_wrong} of {right.count(False)} wrong and "
                  f"{asked_right} right")
    for add, drop in ((0.9, 0.1), (0.95, 0.05), (0.98, 0.02)):
        fixed = sum(_right(sp, item["expected"], _adjusted(req, cands, pr, add, drop))
                    for (item, req, cands), pr in zip(data, probs, strict=True))
        print(f"  people changed on its word (add >= {add}, drop <= {drop}): {fixed} fully right ({fixed - sum(right):+d})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaluate", action="append", default=[], help="a comma-separated group of sets to count on")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared corpus and scorer")
    ap.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--keep", type=float, default=1e-3, help="weights smaller than this are left out of the file")
    ap.add_argument("--skip", nargs="*", default=[], help="tuning sets not to train on (kept to measure the model)")
    a = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    config = load_config(None)
    X, y = [], []
    for folder in [a.shared / "corpus", *sorted((p for p in CORPUS.glob("dev*") if p.name not in a.skip),
                                                key=lambda p: int(p.name[3:] or 1))]:
        for item, _, cands in load(folder, config):
            if Intent(item["expected"]["intent"]) in ACTING:
                X += [c.features for c in cands]
                y += [_about(c, item["expected"]) for c in cands]
    vec = DictVectorizer()
    clf = LogisticRegression(C=a.C, max_iter=3000).fit(vec.fit_transform(X), y)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= a.keep}
    MODEL_FILE.write_bytes(gzip.compress(json.dumps(
        {"intercept": round(float(clf.intercept_[0]), 4), "weights": weights}, ensure_ascii=False,
        sort_keys=True).encode("utf-8"), mtime=0))
    print(f"{len(y)} candidates ({sum(y)} in), {len(weights)} weights kept of {len(vec.vocabulary_)}; "
          f"{MODEL_FILE.stat().st_size // 1000} kB")
    model = Model(float(clf.intercept_[0]), weights)
    for group in a.evaluate:
        evaluate(group, model, config, a.shared)


if __name__ == "__main__":
    main()
