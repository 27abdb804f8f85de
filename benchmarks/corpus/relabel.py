"""Apply a set's reviewed relabels (``<set>/relabels.jsonl``) to its ``labels.jsonl``.

A relabel is one JSON object a line: ``id``, ``expected`` (keys replacing the writer's) and ``why``. The writer's
own label is kept in the item as ``writer_expected`` (so applying twice changes nothing and the change is
visible), and ``notes`` gets ``[relabelled: why]``. Run it after a builder has rewritten the set:
``python3 benchmarks/corpus/relabel.py benchmarks/corpus/dev11``.
"""
import json
import sys
from pathlib import Path


def apply(folder: Path) -> int:
    fixes = {f["id"]: f for f in map(json.loads, (folder / "relabels.jsonl").read_text("utf-8").splitlines()) if f}
    items = [json.loads(line) for line in (folder / "labels.jsonl").read_text("utf-8").splitlines() if line.strip()]
    for item in items:
        fix = fixes.pop(item["id"], None)
        if fix is None:
            continue
        writer = item.setdefault("writer_expected", item["expected"])
        item["expected"] = {**writer, **fix["expected"]}
        tag = f" [relabelled: {fix['why']}]"
        if not item.get("notes", "").endswith(tag):
            item["notes"] = item.get("notes", "") + tag
    if fixes:
        raise SystemExit(f"relabels for unknown ids: {sorted(fixes)}")
    with open(folder / "labels.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    return len(items)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg, apply(Path(arg)), "items")
