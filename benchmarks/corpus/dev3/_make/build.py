#!/usr/bin/env python3
"""Build benchmarks/corpus/dev3 (batch 3, q001-q060) from the messages in msgs_*.py.

    python3 benchmarks/corpus/dev3/_make/build.py

Rebuilds labels.jsonl and every message file identically (fixed Message-IDs).
"""
import datetime as dt
import hashlib
import importlib.util
import json
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
TZ = ZoneInfo("Europe/Stockholm")
S1, S2, S3, S4 = "2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"
ALL = [S1, S2, S3, S4]
TO = "linnea.hassis@regiondalarna.se"


def P(name, email, org, diet=None):
    p = {"name": name, "email": email, "organisation": org}
    if diet:
        p["diet"] = diet
    return p


def X(intent, people=(), sessions=(), diet=None, unsure=()):
    e = {"intent": intent, "people": list(people), "sessions": sorted(sessions), "diet": diet}
    if unsure:
        e["unsure"] = list(unsure)
    return e


def when(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ)


def mail(id, at, frm, subject, body, expected, notes, html=False, to=TO, charset="utf-8"):
    name, addr = frm
    m = EmailMessage(policy=SMTP)
    m["From"] = f"{name} <{addr}>" if name else addr
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when(at))
    m["Message-ID"] = f"<{hashlib.sha1(id.encode()).hexdigest()[:24]}@{addr.split('@')[1]}>"
    m.set_content(body, subtype="html" if html else "plain", charset=charset, cte="quoted-printable")
    (OUT / f"{id}.eml").write_bytes(bytes(m))
    return {"id": id, "channel": "email", "file": f"{id}.eml", "received_at": when(at).isoformat(),
            "expected": expected, "notes": notes}


def tg(id, at, sender, sid, text, expected, notes):
    (OUT / f"{id}.txt").write_text(text.strip() + "\n", encoding="utf-8")
    return {"id": id, "channel": "telegram", "file": f"{id}.txt", "received_at": when(at).isoformat(),
            "sender": {"name": sender, "id": sid}, "expected": expected, "notes": notes}


def main():
    items = []
    for f in sorted(HERE.glob("msgs_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items += mod.messages()
    items.sort(key=lambda i: i["id"])
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i in items:
            fh.write(json.dumps(i, ensure_ascii=False) + "\n")
    print(len(items), "messages")


if __name__ == "__main__":
    main()
