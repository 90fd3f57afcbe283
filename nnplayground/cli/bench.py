"""``nnplayground bench``: how fast the engine trains, against PyTorch when it is installed.

Figures are medians of several timed runs, each long enough (``min_time``) for the clock
to be meaningful. Ours and PyTorch's runs are interleaved (ours, torch, ours, torch, ...)
so machine noise hits both sides alike. Targets are printed beside the figures; nothing
is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import TextIO

import numpy as np

from nnplayground.cli import bench_workloads as wl
from nnplayground.cli.bench_landscape import landscape_lines
from nnplayground.cli.common import EXIT_OK, CliError, positive_int

GRID_TARGET_MS = 5.0
HISTORY_TARGET_MB = 100.0
HISTORY_EPOCHS = 1_000_000


@dataclass(frozen=True)
class Settings:
    repeat: int = 5
    min_time: float = 0.3  # seconds per timed run
    grid_runs: int = 20
    trace_history: bool = True  # tracemalloc slows the 1e6 appends ~5x
    warm_up: bool = True  # one untimed pass first (first-call costs are not what we measure)
    scale: float = 1.0  # of the W3 and W4 point counts
    torch_threads: int | None = None  # None: the faster of 1 and PyTorch's default, per workload
    torch: bool = True


@dataclass
class WorkloadResult:
    key: str
    label: str
    steps_per_s: float
    epochs_per_s: float
    target_ratio: float
    torch_steps_per_s: float | None = None
    torch_threads: int | None = None
    diverged: bool = False

    @property
    def ratio(self) -> float | None:
        return None if not self.torch_steps_per_s else self.steps_per_s / self.torch_steps_per_s


@dataclass
class Report:
    settings: Settings
    environment: dict[str, object]
    workloads: list[WorkloadResult] = field(default_factory=list)
    grid_ms: float | None = None
    history_mb: float | None = None
    history_peak_mb: float | None = None

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        for item, result in zip(out["workloads"], self.workloads):
            item["ratio"] = result.ratio
        return out


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="measure training speed (and compare with PyTorch if installed)",
        description="Time the engine on workloads W1-W4 (float64, SGD), the 200x200 decision "
        "grid and the memory of a 1,000,000-epoch history. PyTorch, when importable, runs "
        "the same steps for comparison.",
    )
    p.add_argument("--repeat", type=positive_int, help="timed runs per figure (default 5)")
    p.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: 1 run, tiny durations, W3 and W4 on a tenth of the points",
    )
    p.add_argument("--no-torch", action="store_true", help="skip the PyTorch comparison")
    p.add_argument(
        "--torch-threads",
        type=positive_int,
        metavar="N",
        help="PyTorch intra-op threads (default: PyTorch's own choice, one per core); for a "
        "single-thread comparison also set OPENBLAS_NUM_THREADS=1, which NumPy reads at start",
    )
    p.add_argument("--json", metavar="OUT.json", help="also write the figures as JSON")
    p.set_defaults(run=run)


# ----------------------------------------------------------------------------- timing


def rate(fn: Callable[[], None], count: Callable[[], int], min_time: float) -> float:
    """Units per second: call ``fn`` until ``min_time`` has passed; ``count()`` gives units."""
    start_count = count()
    t0 = time.perf_counter()
    while True:
        fn()
        elapsed = time.perf_counter() - t0
        if elapsed >= min_time:
            return (count() - start_count) / elapsed


def pick_torch_threads(torch, twin: wl.TorchTwin, settings: Settings, default: int) -> int:
    """Give PyTorch its best setting: the faster of 1 thread and its default (tiny networks
    gain nothing from threads and, on a busy machine, lose a lot to waking them up)."""
    if settings.torch_threads:
        torch.set_num_threads(settings.torch_threads)
        return torch.get_num_threads()
    speeds = {}
    for n in sorted({1, default}):
        torch.set_num_threads(n)
        speeds[n] = rate(twin.run_steps, lambda: twin.steps, settings.min_time / 2)
    best = max(speeds, key=speeds.__getitem__)
    torch.set_num_threads(best)
    return best


def bench_workload(
    work: wl.Workload, settings: Settings, torch, torch_default_threads: int = 1
) -> WorkloadResult:
    trainer = work.make()
    twin = wl.TorchTwin(torch, trainer) if torch is not None else None
    ours, theirs, epochs = [], [], []
    threads = None
    with np.errstate(all="ignore"):
        if settings.warm_up:
            trainer.run_steps()
            if twin is not None:
                twin.run_steps()
        if twin is not None:
            threads = pick_torch_threads(torch, twin, settings, torch_default_threads)
        for _ in range(settings.repeat):
            ours.append(rate(trainer.run_steps, lambda: trainer.steps, settings.min_time))
            if twin is not None:
                theirs.append(rate(twin.run_steps, lambda: twin.steps, settings.min_time))
        for _ in range(settings.repeat):
            epochs.append(rate(trainer.train_epoch, lambda: trainer.epoch, settings.min_time))
    return WorkloadResult(
        work.key,
        work.label,
        statistics.median(ours),
        statistics.median(epochs),
        work.target_ratio,
        statistics.median(theirs) if theirs else None,
        threads,
        diverged=trainer.divergence is not None or not trainer.network.all_finite(),
    )


def bench_grid(settings: Settings) -> float | None:
    """Median milliseconds of a 200x200 decision grid for the W1 network (None if no grid)."""
    try:
        from nnplayground.engine import grid
    except ImportError:
        return None
    exp = wl.experiment(wl.playground_config((4, 2), "tanh"))
    exp.trainer.train_epoch()
    data = exp.dataset
    args = (exp.network, data.features, data.bounds)
    grid.decision_grid(*args, resolution=200)
    times = []
    for _ in range(settings.grid_runs):
        t0 = time.perf_counter()
        grid.decision_grid(*args, resolution=200)
        times.append(time.perf_counter() - t0)
    return 1000.0 * statistics.median(times)


def bench_history(settings: Settings) -> tuple[float, float | None]:
    """(History.nbytes, tracemalloc peak or None) in MB after 1,000,000 appends."""
    from nnplayground.engine.training import History

    if settings.trace_history:
        tracemalloc.start()
    try:
        history = History()
        append = history.append
        for i in range(HISTORY_EPOCHS):
            append(1.0 / (i + 1), 1.0 / (i + 2), 0.5, 0.5)
        peak = tracemalloc.get_traced_memory()[1] if settings.trace_history else None
    finally:
        if settings.trace_history:
            tracemalloc.stop()
    return history.nbytes / 1e6, None if peak is None else peak / 1e6


def _blas_name() -> str:
    try:
        info = np.show_config(mode="dicts")
        return str(info["Build Dependencies"]["blas"]["name"])
    except Exception:  # older NumPy, or a build without this information
        return "unknown"


def environment(torch) -> dict[str, object]:
    env: dict[str, object] = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "blas": _blas_name(),
        "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
    }
    if torch is not None:
        env["torch"] = torch.__version__
        # PyTorch's own default is one thread per core; offered explicitly so that an
        # OMP_NUM_THREADS in the environment cannot cap the peer below its best.
        env["torch_default_threads"] = os.cpu_count() or 1
    return env


def run_all(settings: Settings, out: TextIO | None = None) -> Report:
    """Run every measurement, printing each line as soon as it is known."""
    out = sys.stdout if out is None else out
    torch = wl.torch_or_none() if settings.torch else None
    report = Report(settings, environment(torch))
    default_threads = report.environment.get("torch_default_threads", 1)
    print(header(report), file=out, flush=True)
    for work in wl.workloads(settings.scale):
        result = bench_workload(work, settings, torch, default_threads)
        report.workloads.append(result)
        print(workload_line(result, torch is not None), file=out, flush=True)
    report.grid_ms = bench_grid(settings)
    print(grid_line(report.grid_ms, settings.grid_runs), file=out, flush=True)
    print(landscape_lines(settings), file=out, flush=True)
    report.history_mb, report.history_peak_mb = bench_history(settings)
    print(history_line(report.history_mb, report.history_peak_mb), file=out, flush=True)
    return report


# ----------------------------------------------------------------------------- report


def verdict(met: bool | None) -> str:
    return "not measured" if met is None else ("target met" if met else "below target")


def header(report: Report) -> str:
    s, env = report.settings, report.environment
    threads = (
        f"{s.torch_threads} thread(s)"
        if s.torch_threads
        else f"best of 1 and {env.get('torch_default_threads')} threads per workload"
    )
    torch = f"PyTorch {env['torch']} ({threads})" if "torch" in env else "PyTorch not measured"
    blas = env["blas"]
    if env.get("OPENBLAS_NUM_THREADS"):
        blas += f", OPENBLAS_NUM_THREADS={env['OPENBLAS_NUM_THREADS']}"
    quick = "" if s.scale == 1 else f"\nquick mode: W3 and W4 on {s.scale:g} of their points"
    return (
        f"nnplayground bench: float64, SGD; median of {s.repeat} run(s) of >= {s.min_time:g} s; "
        f"numpy {env['numpy']} ({blas}), {torch}; {env['cpus']} CPUs{quick}\n"
        f"{'workload':<50}{'steps/s':>10}{'epochs/s':>10}{'torch st/s':>12}"
        f"{'thr':>4}{'ours/torch':>11}{'target':>8}  verdict"
    )


def workload_line(r: WorkloadResult, with_torch: bool) -> str:
    ratio = r.ratio
    torch_text = f"{r.torch_steps_per_s:,.0f}" if r.torch_steps_per_s else "-"
    ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
    met = None if ratio is None else ratio >= r.target_ratio
    note = " (diverged while timing)" if r.diverged else ""
    target = f">= {r.target_ratio:g}x"
    return (
        f"{r.key + ' ' + r.label:<50}{r.steps_per_s:>10,.0f}{r.epochs_per_s:>10,.1f}"
        f"{torch_text:>12}{r.torch_threads or '-':>4}{ratio_text:>11}{target:>8}  "
        f"{verdict(met) if with_torch else 'not measured (no PyTorch)'}{note}"
    )


def grid_line(ms: float | None, runs: int) -> str:
    if ms is None:
        return "decision grid 200x200 (W1): not measured (engine.grid missing)"
    return (
        f"decision grid 200x200 (W1): {ms:.2f} ms (median of {runs}); "
        f"target <= {GRID_TARGET_MS:g} ms: {verdict(ms <= GRID_TARGET_MS)}"
    )


def history_line(mb: float, peak: float | None) -> str:
    peak_text = f"tracemalloc peak {peak:.1f} MB" if peak is not None else "peak not traced"
    worst = max(mb, peak or 0.0)
    return (
        f"History of {HISTORY_EPOCHS:,} epochs: {mb:.1f} MB (nbytes), {peak_text}; "
        f"target < {HISTORY_TARGET_MB:g} MB: {verdict(worst < HISTORY_TARGET_MB)}"
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    if args.quick:
        base = Settings(
            1, min_time=0.005, grid_runs=20, trace_history=False, warm_up=False, scale=0.1
        )
    else:
        base = Settings()
    repeat = args.repeat if args.repeat is not None else base.repeat
    return replace(base, repeat=repeat, torch=not args.no_torch, torch_threads=args.torch_threads)


def run(args: argparse.Namespace) -> int:
    if args.json:
        from nnplayground.cli.train import check_output_path

        check_output_path(args.json, "--json")
    report = run_all(settings_from_args(args))
    if args.json:
        try:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump(report.to_dict(), fh, indent=2)
                fh.write("\n")
        except OSError as exc:
            raise CliError(f"--json {args.json}: {exc.strerror or exc}") from None
    return EXIT_OK
