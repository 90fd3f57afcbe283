"""``nnplayground compare PRESET --vary activation=sigmoid,tanh,relu``: train variants of one
setting side by side (same data, same seed) and write their loss curves and history."""

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
)
from nnplayground.cli.train import resolve_preset

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
        "learning_rate, optimizer or loss) on the same data with the same seed.",
    )
    p.add_argument("preset", metavar="PRESET", help="a .json preset file or a bundled name")
    p.add_argument(
        "--vary",
        required=True,
        metavar="SETTING=V1,V2,...",
        help="e.g. activation=sigmoid,tanh,relu or learning_rate=0.01,0.1",
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
