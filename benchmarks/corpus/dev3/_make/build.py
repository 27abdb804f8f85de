#!/usr/bin/env python3
"""Build benchmarks/corpus/dev3 (batch 3, q001-q060) from the messages in msgs_*.py.

    python3 benchmarks/corpus/dev3/_make/build.py

Rebuilds labels.jsonl and every message file identically (fixed Message-IDs; see ../../writing.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from writing import ALL, P, S1, S2, S3, S4, X, load, mail, tg, write_set  # noqa: E402,F401

if __name__ == "__main__":
    write_set(HERE.parent, load(HERE, "msgs_*.py"), "q")
