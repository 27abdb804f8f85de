"""Batch 59: the writers' msgs_*.py files, split into dev59 (two thirds) and heldout58 by random.Random(59)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from writing import ALL, S1, S2, S3, S4, TO, P, X, load, mail, tg, write_split  # noqa: E402,F401

if __name__ == "__main__":
    write_split(load(HERE, "msgs_*.py"), HERE.parents[1] / "dev59", HERE.parent, 59, "bi")
