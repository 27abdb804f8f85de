#!/usr/bin/env python3
"""Build benchmarks/corpus/dev11 and benchmarks/corpus/heldout10 (batch 11, z001-z180) from the writers' msgs_*.py.

    python3 benchmarks/corpus/heldout10/_make/build.py

The ids are shuffled with random.Random(11): two thirds to dev11 (tune on it), one third to heldout10 (never read:
not its messages, labels or misses, nor this folder, which holds the text of both sets). Rebuilds are identical
(fixed Message-IDs; see ../../writing.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from writing import ALL, P, S1, S2, S3, S4, X, load, mail, tg, write_split  # noqa: E402,F401

if __name__ == "__main__":
    write_split(load(HERE, "msgs_*.py"), HERE.parents[1] / "dev11", HERE.parent, 11, "z")
