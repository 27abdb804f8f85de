"""What the corpus builders share: the label helpers, message rendering, the split and the writers' check.

A batch's ``_make/build.py`` loads its writers' ``msgs_*.py`` (each ``from build import P, X, mail, tg, ...``) and
writes one set, or splits the messages between a set to tune on and a held-out set. Message-IDs and MIME boundaries
are fixed, so a rebuild gives the same files.
"""
import datetime as dt
import hashlib
import importlib.util
import json
import random
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Stockholm")
S1, S2, S3, S4 = "2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"
ALL = [S1, S2, S3, S4]
TO = "linnea.hassis@regiondalarna.se"
ORGS = {"Avesta kommun", "Borlänge kommun", "Falu kommun", "Gagnefs kommun", "Hedemora kommun", "Leksands kommun",
        "Ludvika kommun", "Malung-Sälens kommun", "Mora kommun", "Orsa kommun", "Rättviks kommun",
        "Smedjebackens kommun", "Säters kommun", "Vansbro kommun", "Älvdalens kommun", "Region Dalarna",
        "Länsstyrelsen Dalarna", None}
INTENTS = {"register", "cancel", "change", "question", "erasure", "auto_reply", "unknown"}


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


def load(folder, pattern):
    """The messages of every writer's file in ``folder`` matching ``pattern``, in id order."""
    items = []
    if str(Path(folder).resolve()) not in sys.path:
        sys.path.insert(0, str(Path(folder).resolve()))  # the writers' files import their folder's build.py
    for f in sorted(Path(folder).glob(pattern)):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items += mod.messages()
    ids = [i["id"] for i in items]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    return sorted(items, key=lambda i: i["id"])


def write_set(out, items, prefix):
    """Write one set: its message files (replacing those starting with ``prefix``) and labels.jsonl."""
    out = Path(out)
    out.mkdir(exist_ok=True)
    for old in list(out.glob(f"{prefix}*.eml")) + list(out.glob(f"{prefix}*.txt")):
        old.unlink()
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i in items:
            i = dict(i)
            (out / i["file"]).write_bytes(i.pop("_content"))
            fh.write(json.dumps(i, ensure_ascii=False) + "\n")
    print(out.name, len(items), "messages")


def write_split(items, tune, held, seed, prefix):
    """Shuffle the ids with ``random.Random(seed)``: the first two thirds to ``tune``, the rest to ``held``."""
    ids = [i["id"] for i in items]
    random.Random(seed).shuffle(ids)
    to_tune = set(ids[: round(len(ids) * 2 / 3)])
    write_set(tune, [i for i in items if i["id"] in to_tune], prefix)
    write_set(held, [i for i in items if i["id"] not in to_tune], prefix)


def check(path):
    """A writer's check of one file, building nothing: ids, intents, sessions, organisations, people, dates."""
    items = load(Path(path).parent, Path(path).name)
    problems = []
    for i in items:
        e, where = i["expected"], i["id"]
        if e["intent"] not in INTENTS:
            problems.append(f"{where}: intent {e['intent']!r}")
        problems += [f"{where}: session {s!r}" for s in e["sessions"] if s not in ALL]
        for p in e["people"]:
            if p.get("organisation") not in ORGS:
                problems.append(f"{where}: organisation {p.get('organisation')!r}")
            if not p.get("name") or p["name"] != p["name"].strip():
                problems.append(f"{where}: name {p.get('name')!r}")
            if p.get("email") is not None and "@" not in p["email"]:
                problems.append(f"{where}: email {p['email']!r}")
        if not "2026-12-01" <= i["received_at"][:10] <= "2027-04-10":
            problems.append(f"{where}: received_at {i['received_at']}")
        if not i.get("_content"):
            problems.append(f"{where}: empty message")
    print("\n".join(problems) or "no problems", f"({len(items)} messages)")


if __name__ == "__main__" and len(sys.argv) == 2:
    check(sys.argv[1])
