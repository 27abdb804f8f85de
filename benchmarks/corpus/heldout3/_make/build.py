#!/usr/bin/env python3
"""Build batch 4 (r001-r180): ``benchmarks/corpus/dev4`` (two thirds) and ``benchmarks/corpus/heldout3``
(one third, never read while tuning) from the messages in msgs_w*.py, written by three writers.

    python3 benchmarks/corpus/heldout3/_make/build.py

The split: ids shuffled with ``random.Random(4)``, the first two thirds to dev4 (see ../../writing.py).
Prints only the counts. ``python3 benchmarks/corpus/writing.py <msgs file>`` checks one writer's labels.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from writing import ALL, P, S1, S2, S3, S4, X, load, mail, tg, write_split  # noqa: E402,F401

if __name__ == "__main__":
    write_split(load(HERE, "msgs_w*.py"), HERE.parents[1] / "dev4", HERE.parent, 4, "r")
