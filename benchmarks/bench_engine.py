"""Engine benchmark: the same code as ``nnplayground bench`` (see nnplayground/cli/bench.py).

Usage: python benchmarks/bench_engine.py [--repeat N] [--quick] [--no-torch] [--json OUT]
"""

from __future__ import annotations

import sys

from nnplayground.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["bench", *sys.argv[1:]]))
