#!/usr/bin/env python3
"""Build benchmarks/corpus/dev10 and benchmarks/corpus/heldout9 (batch 10, y001-y180) from the writers' msgs_*.py.

    python3 benchmarks/corpus/heldout9/_make/build.py

The ids are shuffled with random.Random(10): two thirds to dev10 (tune on it), one third to heldout9 (never read:
not its messages, labels or misses, nor this folder, which holds the text of both sets). Rebuilds are identical
(fixed Message-IDs; see ../../writing.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from writing import ALL, P, S1, S2, S3, S4, X, load, mail, tg, write_split  # noqa: E402,F401

if __name__ == "__main__":
    write_split(load(HERE, "msgs_*.py"), HERE.parents[1] / "dev10", HERE.parent, 10, "y")
