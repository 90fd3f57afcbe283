"""Preset loading benchmark: the largest network the editor builds, with its weights.

Builds a preset of 16 hidden layers x 256 units (limits.MAX_HIDDEN_LAYERS x MAX_UNITS)
with trained-size weights (~25 MB of JSON), then times ``load_preset`` on it, on a
corrupted copy (one weight replaced by text, the last one in the file) and on 32 MB of
``[[],[],...]``. Prints the median wall time and the median tracemalloc peak of several
runs of each.

Usage: python benchmarks/bench_presets.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from nnplayground import presets
from nnplayground.engine import build
from nnplayground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS


def largest_preset() -> presets.Preset:
    """The bundled circle preset widened to the editor's largest network, with weights."""
    cfg = presets.load_bundled("circle").config
    layer = cfg.network.hidden[0]
    hidden = tuple(replace(layer, units=MAX_UNITS) for _ in range(MAX_HIDDEN_LAYERS))
    cfg = cfg.replace(network=replace(cfg.network, hidden=hidden))
    exp = build.Experiment.from_config(cfg)
    return presets.Preset(cfg, exp.network.get_weights())


def write_cases(folder: Path) -> dict[str, Path]:
    good = folder / "largest.json"
    presets.save_preset(largest_preset(), good)
    text = good.read_text(encoding="utf-8")
    # The first number of the last kernel becomes text: found only after the rest passed.
    number = re.compile(r"-?\d[\d.eE+-]*").search(text, text.rindex('"kernel"'))
    bad = folder / "corrupted.json"
    bad.write_text(text[: number.start()] + '"x"' + text[number.end() :], encoding="utf-8")
    lists = folder / "lists.json"
    lists.write_text("[" + "[]," * (32 * 1024 * 1024 // 3 - 1) + "[]]", encoding="utf-8")
    return {
        "largest (valid)": good,
        "largest, one weight corrupted": bad,
        "32 MB of [[],...]": lists,
    }


def _load(path: Path) -> str:
    try:
        presets.load_preset(path)
    except presets.PresetError as exc:
        return "refused: " + str(exc)[:100]
    return "loaded"


def measure(path: Path) -> tuple[float, float, str]:
    """(seconds, peak MB, outcome) of one load: timed without tracing (tracemalloc slows
    every allocation down), then loaded again under tracemalloc for the peak."""
    start = time.perf_counter()
    outcome = _load(path)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    _load(path)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in write_cases(Path(tmp)).items():
            runs = [measure(path) for _ in range(args.repeat)]
            seconds = statistics.median(r[0] for r in runs)
            peak = statistics.median(r[1] for r in runs)
            size = path.stat().st_size / 2**20
            print(
                f"{name}: {size:.1f} MB file, load {seconds:.3f} s, peak {peak:.0f} MB "
                f"(median of {args.repeat}); {runs[0][2]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
