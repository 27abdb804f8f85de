"""How many mails of a collection of automatic mail the parser would answer (run by hand).

    .venv/bin/python benchmarks/automatic_mail_corpus.py DIR [DIR ...] [--config FILE]
    .venv/bin/python benchmarks/automatic_mail_corpus.py --git GITDIR --tree maildir/bsd

Every ``*.eml`` file under each DIR (or under the tree path of a bare git directory, e.g. a
``fetch`` of sisimai/set-of-emails) is run through ``parse_email`` with the example config.
A mail counts as answered when the result is not ``never_answer`` and its intent is not
``auto_reply``; those are listed with intent, sender and subject, then "N of M answered".
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import load_config
from assistant.parsing.parser import parse_email
from assistant.request import Intent

RECEIVED_AT = dt.datetime(2027, 4, 29, 20, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _from_dirs(dirs: list[Path]) -> Iterator[tuple[str, bytes]]:
    for base in dirs:
        for path in sorted(base.rglob("*.eml")):
            yield str(path), path.read_bytes()


def _from_git(git_dir: Path, tree: str) -> Iterator[tuple[str, bytes]]:
    names = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", "HEAD", "--", tree],
                           capture_output=True, text=True, check=True).stdout.split("\n")
    for name in sorted(n for n in names if n.endswith(".eml")):
        data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"],
                              capture_output=True, check=True).stdout
        yield name, data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", type=Path, nargs="*")
    ap.add_argument("--git", type=Path, help="a git directory to read the mails from")
    ap.add_argument("--tree", default="maildir", help="path inside --git (default: maildir)")
    ap.add_argument("--config", type=Path, default=ROOT / "config.example.toml")
    args = ap.parse_args()
    if not args.dirs and not args.git:
        ap.error("give a directory or --git")
    config = load_config(args.config, base_dir=ROOT)
    mails = _from_git(args.git, args.tree) if args.git else _from_dirs(args.dirs)
    total = answered = 0
    for name, data in mails:
        total += 1
        result = parse_email(data, config, RECEIVED_AT)
        if result.never_answer or result.intent is Intent.AUTO_REPLY:
            continue
        answered += 1
        subject = (result.subject or "").replace("\n", " ")[:70]
        print(f"{name}\t{result.intent}\t{result.sender.address}\t{subject}")
    print(f"{answered} of {total} answered")


if __name__ == "__main__":
    main()
