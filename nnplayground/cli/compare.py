"""``nnplayground compare PRESET --vary activation=sigmoid,tanh,relu``: train variants of one
setting side by side (same data, same seed) and write their loss curves and history.

``nnplayground compare PRESET --seeds N``: train N seeds instead and draw the median loss
with its 10–90 % band; print the spread of the final test loss."""

from __future__ import annotations

import argparse
import sys

from nnplayground.cli.common import (
    EXIT_OK,
    CliError,
    check_distinct,
    check_output_path,
    check_plot_path,
    epochs_type,
    finite_float,
    int_range,
)
from nnplayground.cli.train import resolve_preset
from nnplayground.engine.seeds import MAX_SEEDS

# One distinct colour per variant (up to 6), readable on white.
PALETTE = (
    (8, 119, 189),
    (245, 147, 34),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare",
        help="train variants of one setting side by side",
        description="Train 2 to 6 variants of one setting (activation, initializer, "
        "learning_rate, optimizer, loss, seed or scale) on the same data with the same seed, "
        "or the same setting under N seeds (--seeds).",
    )
    p.add_argument("preset", metavar="PRESET", help="a .json preset file or a bundled name")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--vary",
        metavar="SETTING=V1,V2,...",
        help="e.g. activation=sigmoid,tanh,relu, learning_rate=0.01,0.1, seed=0,1,2 or "
        "scale=0.5,1,2 (a multiplier on every layer's initial weights)",
    )
    what.add_argument(
        "--seeds",
        type=int_range(2, MAX_SEEDS),
        metavar="N",
        help=f"train N seeds (2 to {MAX_SEEDS}) and report the median and 10-90 %% band",
    )
    p.add_argument(
        "--epochs",
        type=epochs_type,
        default=None,
        help="epochs per variant (default: the preset's limit, or 300)",
    )
    p.add_argument("--plot", metavar="OUT.png|OUT.svg", help="write the overlaid test-loss curves")
    p.add_argument("--history", metavar="OUT.csv", help="write every variant's history as CSV")
    p.add_argument(
        "--threshold",
        type=finite_float,
        default=None,
        help="also report the first epoch each variant's train loss reaches this",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nnplayground.engine import compare

    plot = None if args.plot is None else check_plot_path(args.plot, "--plot")
    history = None if args.history is None else check_output_path(args.history, "--history")
    check_distinct([("--plot", plot), ("--history", history)])
    cfg = resolve_preset(args.preset).config
    if args.seeds is not None:
        return _run_seeds(args, cfg, plot, history)
    try:
        variable, values = compare.parse_vary(args.vary)
        compare.variant_configs(cfg, variable, values)
    except ValueError as exc:
        raise CliError(f"--vary {args.vary}: {exc}") from None
    epochs = args.epochs or cfg.training.epochs or 300
    result = compare.run_comparison(cfg, variable, values, epochs)
    for line in result.summary_lines(args.threshold):
        print(line)
    if history is not None:
        result.to_csv(str(history))
    if plot is not None:
        _write_plot(plot, result, cfg.title)
    written = [str(p) for p in (plot, history) if p is not None]
    if written:
        print("wrote " + ", ".join(written), file=sys.stderr)
    return EXIT_OK


def _write_plot(path, result, title: str) -> None:
    import numpy as np

    from nnplayground.cli.plotfile import PlotError, write_curves_plot

    series = [
        (label, np.arange(1, len(h) + 1), h.test_loss, PALETTE[i % len(PALETTE)])
        for i, (label, h) in enumerate(zip(result.labels, result.histories))
    ]
    try:
        write_curves_plot(path, series, f"{title}: test loss by {result.variable}")
    except (PlotError, OSError) as exc:
        raise CliError(f"--plot {path}: {exc}") from None


def _run_seeds(args: argparse.Namespace, cfg, plot, history) -> int:
    from nnplayground.cli.train import ctrl_c_stops
    from nnplayground.engine.seeds import seed_spread

    epochs = args.epochs or cfg.training.epochs or 300
    with ctrl_c_stops() as stopped:
        spread = seed_spread(cfg, args.seeds, epochs, should_stop=stopped)
    print(spread.message)
    if history is not None:
        _write_seed_csv(history, spread)
    if plot is not None:
        _write_band_plot(plot, spread, cfg.title)
    written = [str(p) for p in (plot, history) if p is not None]
    if written:
        print("wrote " + ", ".join(written), file=sys.stderr)
    return EXIT_OK


def _write_seed_csv(path, spread) -> None:
    """``seed,epoch,train_loss,test_loss,train_accuracy,test_accuracy``, atomically."""
    from nnplayground.fileio import atomic_write

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write("seed,epoch,train_loss,test_loss,train_accuracy,test_accuracy\n")
            for seed, rows in zip(spread.seeds, spread.rows):
                for epoch, row in enumerate(rows, start=1):
                    fh.write(f"{seed},{epoch}," + ",".join(f"{v:.10g}" for v in row) + "\n")

    try:
        atomic_write(path, write)
    except OSError as exc:
        raise CliError(f"--history {path}: {exc.strerror or exc}") from None


def _write_band_plot(path, spread, title: str) -> None:
    import numpy as np

    from nnplayground import figures
    from nnplayground.figures.data import TEST_COLOR, TRAIN_COLOR

    x = np.arange(1, spread.epochs + 1, dtype=np.float64)
    curves = []
    for column, name, color in (
        ("train_loss", "train (median, 10-90 %)", TRAIN_COLOR),
        ("test_loss", "test (median, 10-90 %)", TEST_COLOR),
    ):
        med, low, high = spread.band(column)
        curves.append(figures.Curve(name, x, med, color, band=(low, high)))
    try:
        figures.write_curves(path, curves, f"{title}: {len(spread.seeds)} seeds")
    except (figures.FigureError, OSError) as exc:
        raise CliError(f"--plot {path}: {exc}") from None
