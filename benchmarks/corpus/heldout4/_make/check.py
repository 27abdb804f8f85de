#!/usr/bin/env python3
"""Check one writer's file without building anything: python3 check.py msgs_w1.py

Checks ids, labels (intents, sessions, canonical organisations, people), and that each message renders.
Prints only problems and a count.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import ALL  # noqa: E402

ORGS = {"Avesta kommun", "Borlänge kommun", "Falu kommun", "Gagnefs kommun", "Hedemora kommun", "Leksands kommun",
        "Ludvika kommun", "Malung-Sälens kommun", "Mora kommun", "Orsa kommun", "Rättviks kommun",
        "Smedjebackens kommun", "Säters kommun", "Vansbro kommun", "Älvdalens kommun", "Region Dalarna",
        "Länsstyrelsen Dalarna", None}
INTENTS = {"register", "cancel", "change", "question", "erasure", "auto_reply", "unknown"}

f = HERE / sys.argv[1]
spec = importlib.util.spec_from_file_location(f.stem, f)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
items = mod.messages()
problems = []
seen = set()
for i in items:
    e = i["expected"]
    where = i["id"]
    if where in seen:
        problems.append(f"{where}: duplicate id")
    seen.add(where)
    if e["intent"] not in INTENTS:
        problems.append(f"{where}: intent {e['intent']!r}")
    for s in e["sessions"]:
        if s not in ALL:
            problems.append(f"{where}: session {s!r}")
    for p in e["people"]:
        if p.get("organisation") not in ORGS:
            problems.append(f"{where}: organisation {p.get('organisation')!r}")
        if not p.get("name") or p["name"] != p["name"].strip():
            problems.append(f"{where}: name {p.get('name')!r}")
        if p.get("email") is not None and "@" not in p["email"]:
            problems.append(f"{where}: email {p['email']!r}")
    if not (i["received_at"][:10] >= "2026-12-01" and i["received_at"][:10] <= "2027-04-10"):
        problems.append(f"{where}: received_at {i['received_at']}")
    if not i.get("_content"):
        problems.append(f"{where}: empty message")
print("\n".join(problems) or "no problems", f"({len(items)} messages)")
