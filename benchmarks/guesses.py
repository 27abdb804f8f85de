"""How often a wrong parse would be acted on without asking: aggregate counts only, no message shown.

    .venv/bin/python benchmarks/guesses.py benchmarks/corpus/heldout3 [--confirm-others] [--cmd ".venv/bin/assistant parse"]

A parse is *right* as the shared scorer counts it (intent, sessions, people and diet). A wrong parse is *asked
about* when it says what it is unsure of (``unsure``: the service then acts on nothing and asks one question),
*held* when the service answers nothing (``unknown``/``auto_reply``) or only answers (``question``), and
*acted on* otherwise: a booking, cancellation or change made on a wrong reading. The same split is printed for
right parses (an unneeded question costs the writer one reply). Safe to run on a held-out set: it prints counts only.

``--confirm-others`` counts as asked, too, what ``event.confirm_others_first`` would ask about: a signup, change
or cancellation concerning anyone but the writer (``assistant.rules.unsure.about_others``).
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "shared" / "tools"))
from email import message_from_bytes
from email.utils import parseaddr

import score_parse as sp

sys.path.insert(0, str(HERE.parent))
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.rules.unsure import about_others

ACTS = {"register", "cancel", "change", "erasure"}


def _request(root: Path, item: dict, got: dict) -> ParsedRequest:
    """The parse as the rules see it, with its sender (the From address, or the chat's display name)."""
    if item["channel"] == "email":
        sender = Sender("email", parseaddr(message_from_bytes((root / item["file"]).read_bytes())["From"] or "")[1])
    else:
        sender = Sender("telegram", str(item["sender"]["id"]), item["sender"].get("name"))
    people = tuple(Person(p.get("name"), p.get("email"), p.get("organisation")) for p in got.get("people") or [])
    return ParsedRequest(Intent(got["intent"]), people, (), None, sender)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--cmd", default=".venv/bin/assistant parse")
    ap.add_argument("--confirm-others", action="store_true")
    a = ap.parse_args()
    root = Path(a.corpus)
    items = [json.loads(line) for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    at = max(i["received_at"] for i in items)
    emails = [i for i in items if i["channel"] == "email"]
    chats = [i for i in items if i["channel"] == "telegram"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in chats:
            p = Path(tmp) / (i["id"] + ".json")
            sp.update_json(i, (root / i["file"]).read_text(encoding="utf-8"), p)
            paths.append(p)
        got_e, _ = sp.run_batch(a.cmd, "email", emails, [root / i["file"] for i in emails], at)
        got_t, _ = sp.run_batch(a.cmd, "telegram", chats, paths, at)
    counts = {(right, kind): 0 for right in (True, False) for kind in ("asked", "held", "acted")}
    for item, got in list(zip(emails, got_e)) + list(zip(chats, got_t)):
        exp = item["expected"]
        pairs, extra = sp.match_people(exp["people"], got.get("people") or [])
        right = (got.get("intent") == exp["intent"] and sorted(got.get("sessions") or []) == sorted(exp["sessions"])
                 and sp.diet_ok(exp.get("diet"), got.get("diet")) and extra == 0
                 and all(sp.person_exact(e, g) for e, g in pairs))
        asked = bool(got.get("unsure")) or (a.confirm_others and got.get("intent") in ACTS - {"erasure"}
                                            and about_others(_request(root, item, got)))
        kind = "asked" if asked else "acted" if got.get("intent") in ACTS else "held"
        counts[(right, kind)] += 1
    n = len(items)
    wrong = sum(v for (r, _), v in counts.items() if not r)
    print(f"{root.name}: {n - wrong}/{n} right; of {wrong} wrong: asked {counts[(False, 'asked')]}, "
          f"held {counts[(False, 'held')]}, acted on {counts[(False, 'acted')]} ({100 * counts[(False, 'acted')] / n:.1f}% of all); "
          f"right but asked {counts[(True, 'asked')]}")


if __name__ == "__main__":
    main()
