#!/usr/bin/env python3
"""Build batch 5 (s001-s180): ``benchmarks/corpus/dev5`` (two thirds) and ``benchmarks/corpus/heldout4``
(one third, never read while tuning) from the messages in msgs_w*.py, written by three writers.

    python3 benchmarks/corpus/heldout4/_make/build.py

The split: ids shuffled with ``random.Random(5)``, the first two thirds to dev5. Rebuilds both sets
identically (fixed Message-IDs and boundaries). Prints only the counts.
"""
import datetime as dt
import hashlib
import importlib.util
import json
import random
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DEV = OUT.parent / "dev5"
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
    return {"id": id, "channel": "email", "file": f"{id}.eml", "received_at": when(at).isoformat(),
            "expected": expected, "notes": notes, "_content": bytes(m)}


def tg(id, at, sender, sid, text, expected, notes):
    return {"id": id, "channel": "telegram", "file": f"{id}.txt", "received_at": when(at).isoformat(),
            "sender": {"name": sender, "id": sid}, "expected": expected, "notes": notes,
            "_content": (text.strip() + "\n").encode("utf-8")}


def main():
    items = []
    for f in sorted(HERE.glob("msgs_w*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items += mod.messages()
    ids = sorted(i["id"] for i in items)
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    random.Random(5).shuffle(ids)
    dev_ids = set(ids[: round(len(ids) * 2 / 3)])
    for out in (DEV, OUT):
        out.mkdir(exist_ok=True)
        for old in list(out.glob("s*.eml")) + list(out.glob("s*.txt")):
            old.unlink()
    items.sort(key=lambda i: i["id"])
    for out, chosen in ((DEV, [i for i in items if i["id"] in dev_ids]), (OUT, [i for i in items if i["id"] not in dev_ids])):
        with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
            for i in chosen:
                (out / i["file"]).write_bytes(i.pop("_content"))
                fh.write(json.dumps(i, ensure_ascii=False) + "\n")
        print(out.name, len(chosen), "messages")


if __name__ == "__main__":
    main()
