#!/usr/bin/env python3
"""Rebuild benchmarks/corpus/dev and benchmarks/corpus/heldout (both sets) from m1..m4.

    python3 benchmarks/corpus/heldout/_make/build.py

Deterministic: fixed Message-IDs, boundaries and split (random.Random(13)).
"""
import io
import json
import os
import random
import sys
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import m1, m2, m3, m4  # noqa: E402,F401

CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
SEED = 13


def main():
    items = lib.ITEMS
    for n, it in enumerate(items, 1):
        it["id"] = "o%03d" % n
    ids = [it["id"] for it in items]
    rng = random.Random(SEED)
    rng.shuffle(ids)
    cut = len(ids) * 2 // 3
    split = {i: "dev" for i in ids[:cut]}
    split.update({i: "heldout" for i in ids[cut:]})
    for name in ("dev", "heldout"):
        d = os.path.join(CORPUS, name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith((".eml", ".txt")) or f == "labels.jsonl":
                os.remove(os.path.join(d, f))
        lines = []
        for it in items:
            if split[it["id"]] != name:
                continue
            rec = {"id": it["id"], "channel": it["channel"]}
            if it["channel"] == "email":
                rec["file"] = it["id"] + ".eml"
                buf = io.BytesIO()
                BytesGenerator(buf, mangle_from_=False).flatten(it["msg"], linesep="\n")
                with open(os.path.join(d, rec["file"]), "wb") as fh:
                    fh.write(buf.getvalue())
            else:
                rec["file"] = it["id"] + ".txt"
                with open(os.path.join(d, rec["file"]), "w", encoding="utf-8") as fh:
                    fh.write(it["text"] + "\n")
            rec["received_at"] = it["received_at"]
            if it["channel"] == "telegram":
                rec["sender"] = it["sender"]
            rec["expected"] = it["expected"]
            rec["notes"] = it["notes"]
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(d, "labels.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        print(name, len(lines))


if __name__ == "__main__":
    main()
