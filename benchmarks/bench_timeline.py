"""Timeline benchmark: memory kept and per-epoch cost of recording, plus the replay features.

Usage: PYTHONPATH=. python benchmarks/bench_timeline.py [--repeat N] [--quick]

1. W2 (2-8x6-1 tanh), 1,000,000 epochs. Training a million real epochs takes hours, so
   the epochs are *simulated*: the trainer's epoch counter is advanced and the timeline's
   hook called once per epoch, exactly as the training loop calls it; the weights are
   perturbed every 1,000 epochs so the snapshots hold different (synthetic) vectors.
   Snapshots that are stored pay their real cost (copies and per-layer statistics).
2. 16 hidden layers x 256 units (1.0 M parameters) with Adam (3 float64 vectors per
   snapshot, 25 MB), 10,000 simulated epochs in the same way; one real epoch is timed
   for scale.
3. 20 seeds x 300 epochs of W1 (real training), and W1's first 500 epochs recorded as
   a 10 s, 15 fps, 1280x720 GIF and MP4 (real training and encoding).

Figures: the nbytes the timeline keeps, the tracemalloc peak over the run, the hook's
total and per-epoch time (median of --repeat runs), and the number of snapshots kept.

Measured on the 2-core development machine (2026-11-30, --repeat 3):

- W2, 1,000,000 simulated epochs: 3,175 snapshots kept (every epoch up to ~1,500, then
  log-spaced), 92.8 MB counted, tracemalloc peak 103.9 MB; hook 17.0 µs per epoch on
  average (1.4 % of a real 1.19 ms W2 epoch; almost all of it the per-layer statistics
  of the ~12,000 snapshots taken, most later thinned out).
- 16x256 relu + Adam, 10,000 simulated epochs: 5 snapshots kept (25 MB each), 113 MB
  counted, tracemalloc peak 188.9 MB (under the 200 MB budget); hook 0.55 ms per epoch
  (0.37 % of a real 149 ms epoch).
- seed spread, 20 seeds x 300 epochs of W1: 3.4 s (target 10 s).
- W1's first 500 epochs as 150 frames at 1280x720 (train + render + encode): GIF 8.3 s
  (14.7 MB; target 30 s), MP4 4.0 s (0.6 MB; target 15 s).
"""

from __future__ import annotations

import argparse
import math
import statistics
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import numpy as np

from nnplayground.cli.bench_workloads import playground_config
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component
from nnplayground.engine.timeline import Timeline

MB = 1024 * 1024


def simulate(
    cfg, epochs: int, perturb_every: int, train_first: bool = False, trace: bool = False
) -> dict:
    """Call the timeline hook for ``epochs`` simulated epochs; return the figures.

    ``trace``: measure the tracemalloc peak (tracing slows every allocation down, so the
    timed runs do not trace)."""
    exp = Experiment.from_config(cfg)
    tr = exp.trainer
    if train_first:  # so the optimizer has its state arrays
        tr.begin_epoch()
        tr.train_batches(limit=1)
        tr._epoch_X = tr._epoch_Y = None
        tr._cursor = 0
    rng = np.random.default_rng(0)
    timeline = Timeline()
    if trace:
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
    timeline.start(tr)
    hook = timeline.record
    params = tr.network.flat_params
    spent = 0.0
    for epoch in range(1, epochs + 1):
        if epoch % perturb_every == 0:
            params += 1e-3 * rng.standard_normal(params.size)
        tr.epoch = epoch
        t0 = time.perf_counter()
        hook(tr)
        spent += time.perf_counter() - t0
    peak = math.nan
    if trace:
        peak = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
    return {
        "kept": len(timeline),
        "nbytes": timeline.nbytes,
        "peak": peak,
        "total": spent,
        "per_epoch": spent / epochs,
        "epochs": timeline.epochs,
    }


def real_epoch_seconds(cfg, epochs: int) -> float:
    tr = Experiment.from_config(cfg).trainer
    t0 = time.perf_counter()
    for _ in range(epochs):
        tr.train_epoch()
    return (time.perf_counter() - t0) / epochs


def report(name: str, runs: list[dict], traced: dict, epoch_cost: float) -> None:
    med = statistics.median(r["per_epoch"] for r in runs)
    last = traced
    print(f"{name}")
    print(f"  snapshots kept        {last['kept']} (first {last['epochs'][:6]}, "
          f"last {last['epochs'][-3:]})")  # fmt: skip
    print(f"  kept (nbytes)         {last['nbytes'] / MB:.2f} MB")
    print(f"  tracemalloc peak      {traced['peak'] / MB:.2f} MB (one traced run)")
    print(f"  hook total            {statistics.median(r['total'] for r in runs):.3f} s")
    print(f"  hook per epoch        {med * 1e6:.2f} µs (median of {len(runs)} runs)")
    print(f"  one real epoch        {epoch_cost * 1e3:.3f} ms -> overhead "
          f"{100 * med / epoch_cost:.3f} %")  # fmt: skip


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="10x fewer epochs")
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    w2 = playground_config((8,) * 6, "tanh")
    n = 1_000_000 // scale
    runs = [simulate(w2, n, 1000) for _ in range(args.repeat)]
    traced = simulate(w2, n, 1000, trace=True)
    report(f"W2 2-8x6-1 tanh, {n:,} simulated epochs", runs, traced, real_epoch_seconds(w2, 50))

    big = playground_config((256,) * 16, "relu")
    big = big.replace(training=replace(big.training, optimizer=Component("adam")))
    n = 10_000 // scale
    runs = [simulate(big, n, 100, train_first=True) for _ in range(args.repeat)]
    traced = simulate(big, n, 100, train_first=True, trace=True)
    report(f"16x256 relu + Adam, {n:,} simulated epochs", runs, traced,
           real_epoch_seconds(big, 1))  # fmt: skip

    from nnplayground.engine.seeds import seed_spread

    w1 = playground_config((4, 2), "tanh")
    t = timed(lambda: seed_spread(w1, 20, 300), args.repeat)
    print(f"seed spread: 20 seeds x 300 epochs of W1   {t:.2f} s (median of {args.repeat})")

    from nnplayground.engine.fork import Run
    from nnplayground.figures.animation import export_animation, frame_epochs, plan_frames

    for suffix in (".gif", ".mp4"):

        def record(suffix=suffix) -> None:
            run = Run.from_config(w1)
            run.main.timeline.stats_enabled = False
            run.main.train(500)
            frames = plan_frames(run.main, frame_epochs(1, 500, 150))
            with tempfile.TemporaryDirectory() as folder:
                out = Path(folder) / f"w1{suffix}"
                export_animation(out, run.main, frames, ["boundary", "loss"], (1280, 720), 15)
                record.size = out.stat().st_size  # type: ignore[attr-defined]

        t = timed(record, args.repeat)
        print(f"animate W1 500 epochs, 150 frames 1280x720 {suffix}: {t:.2f} s "
              f"(median of {args.repeat}; train + render + encode; "
              f"{record.size / MB:.1f} MB)")  # type: ignore[attr-defined]  # fmt: skip


if __name__ == "__main__":
    main()
