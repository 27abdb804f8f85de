#!/usr/bin/env python3
"""Build benchmarks/corpus/dev9 and benchmarks/corpus/heldout8 (batch 9, x001-x180) from the writers' msgs_*.py.

    python3 benchmarks/corpus/heldout8/_make/build.py

The ids are shuffled with random.Random(9): two thirds to dev9 (tune on it), one third to heldout8 (never read:
not its messages, labels or misses, nor this folder, which holds the text of both sets). Rebuilds are identical
(fixed Message-IDs; see ../../writing.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from writing import ALL, P, S1, S2, S3, S4, X, load, mail, tg, write_split  # noqa: E402,F401

if __name__ == "__main__":
    write_split(load(HERE, "msgs_*.py"), HERE.parents[1] / "dev9", HERE.parent, 9, "x")
