"""The loss-landscape figures of ``nnplayground bench``: a 51×51 slice for W1 and W2.

Each figure is the median of several timed :func:`~nnplayground.engine.landscape.slice_2d`
calls (random filter-normalised directions, the whole 250-point training set, after one
epoch of training), after one untimed call.
"""

from __future__ import annotations

import statistics
import time

from nnplayground.cli import bench_workloads as wl

GRID = 51
#: Target milliseconds per 51×51 slice.
TARGETS_MS = {"W1": 100.0, "W2": 500.0}
HIDDEN = {"W1": (4, 2), "W2": (8,) * 6}


def slice_ms(key: str, runs: int) -> float:
    """Median milliseconds of one GRID×GRID slice for workload ``key``'s network."""
    from nnplayground.engine import directions, landscape

    exp = wl.experiment(wl.playground_config(HIDDEN[key], "tanh"))
    tr = exp.trainer
    tr.train_epoch()
    dirs = directions.random_directions(exp.network, seed=0)
    args = (exp.network, tr.X_train, tr.y_train, tr.loss, dirs)
    landscape.slice_2d(*args, grid=GRID)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        landscape.slice_2d(*args, grid=GRID)
        times.append(time.perf_counter() - t0)
    return 1000.0 * statistics.median(times)


def landscape_lines(settings) -> str:
    """One line per workload: median ms, the target and the verdict."""
    runs = max(3, 2 * settings.repeat + 1)
    lines = []
    for key, target in TARGETS_MS.items():
        ms = slice_ms(key, runs)
        verdict = "target met" if ms <= target else "below target"
        lines.append(
            f"loss landscape {GRID}x{GRID} ({key}): {ms:.1f} ms (median of {runs}); "
            f"target <= {target:g} ms: {verdict}"
        )
    return "\n".join(lines)
