"""``nnplayground landscape PRESET``: train, then draw the loss around the final weights.

Trains N epochs keeping the weights after each one, computes the loss over a 2-D slice
through the final weights (random filter-normalised or PCA-of-the-path directions,
:mod:`nnplayground.engine.landscape`), and writes a PNG heatmap with contours, the
training path and a colour key, and optionally the grid as CSV (x, y, loss). Exit
codes as ``train``: 0, 2 for bad input (one sentence), 3 when training diverged (the
figure is still drawn around the last finite weights).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from nnplayground import limits
from nnplayground.cli.common import (
    EXIT_DIVERGED,
    EXIT_OK,
    CliError,
    check_distinct,
    check_output_path,
    int_range,
    positive_int,
)
from nnplayground.cli.train import apply_overrides, resolve_preset

DEFAULT_EPOCHS = 100
MAX_GRID = 401


def grid_size(text: str) -> int:
    """argparse type: a grid side from 3 to MAX_GRID."""
    value = positive_int(text)
    if not 3 <= value <= MAX_GRID:
        raise argparse.ArgumentTypeError(f"must be from 3 to {MAX_GRID}, got {value}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "landscape",
        help="train a preset and draw the loss landscape around its weights",
        description="Train PRESET (a .json file or a bundled name) for N epochs, then draw "
        "the loss over a plane through the final weights with the training path on it.",
    )
    p.add_argument("preset", metavar="PRESET", help="a .json preset file or a bundled name")
    p.add_argument("--epochs", type=int_range(1, limits.MAX_EPOCHS), default=DEFAULT_EPOCHS,
                   help=f"epochs to train (default {DEFAULT_EPOCHS})")  # fmt: skip
    p.add_argument("--grid", type=grid_size, default=51, help="points per side (default 51)")
    p.add_argument("--directions", choices=("random", "pca"), default="pca",
                   help="random filter-normalised directions, or the path's principal "
                   "components (default)")  # fmt: skip
    p.add_argument("--seed", type=int_range(0, limits.MAX_SEED),
                   help="training seed (replaces training.seed); also seeds random "
                   "directions")  # fmt: skip
    p.add_argument("--loss", metavar="NAME", help="plot this loss instead of the training one")
    p.add_argument("--plot", metavar="OUT.png", required=True, help="write the heatmap")
    p.add_argument("--csv", metavar="OUT.csv", help="write the grid as x, y, loss rows")
    p.set_defaults(run=run)


def write_grid_csv(path: Path, xs, ys, losses) -> None:
    """Rows x, y, loss (y outer, x inner) with a header; atomically."""
    gx, gy = np.meshgrid(xs, ys)
    table = np.column_stack([gx.ravel(), gy.ravel(), np.asarray(losses).ravel()])
    from nnplayground.fileio import atomic_write

    def write(tmp) -> None:
        np.savetxt(tmp, table, delimiter=",", header="x,y,loss", comments="", fmt="%.10g")

    atomic_write(path, write)


def _loss_of(name: str | None, default):
    from nnplayground.engine import losses

    if name is None:
        return default
    try:
        return losses.get(name)
    except ValueError as exc:
        raise CliError(f"--loss: {exc}") from None


def _slice(exp, args):
    """Train ``args.epochs`` epochs recording the weights, then the 2-D slice with the path
    (training stops early on divergence; the trainer keeps the last finite weights)."""
    from nnplayground.engine import directions as dirs
    from nnplayground.engine import landscape

    tr = exp.trainer
    traj = landscape.record_trajectory(tr, args.epochs)
    net = exp.network
    if args.directions == "pca":
        basis = dirs.pca_directions(traj.params)
    else:
        basis = dirs.random_directions(net, seed=exp.config.training.seed)
    loss = _loss_of(args.loss, tr.loss)
    return landscape.slice_2d(
        net, tr.X_train, tr.y_train, loss, basis, trajectory=traj.params, grid=args.grid
    )


def run(args: argparse.Namespace) -> int:
    from nnplayground.cli import landscape_plot
    from nnplayground.engine import build

    plot_path = check_output_path(args.plot, "--plot")
    if plot_path.suffix.lower() != ".png":
        raise CliError(f"--plot {args.plot}: the extension must be .png")
    csv_path = check_output_path(args.csv, "--csv") if args.csv is not None else None
    check_distinct([("--plot", plot_path), ("--csv", csv_path)])
    preset = resolve_preset(args.preset)
    cfg = apply_overrides(preset.config, None, args.seed)
    try:
        exp = build.Experiment.from_config(cfg, weights=preset.weights)
    except ValueError as exc:
        raise CliError(f"{args.preset}: {exc}") from None
    _loss_of(args.loss, None)  # a bad --loss is refused before training
    result = _slice(exp, args)
    name = Path(args.preset).stem
    epochs = len(exp.trainer.history)
    print(
        f"{name}: {epochs} epochs, {args.directions} directions, {args.grid}x{args.grid} grid, "
        f"{result.loss_name} from {np.nanmin(result.losses):.4g} to {np.nanmax(result.losses):.4g}",
        flush=True,
    )
    try:
        if csv_path:
            write_grid_csv(csv_path, result.xs, result.ys, result.losses)
        title = f"{cfg.title}: loss landscape after {epochs} epochs"
        landscape_plot.write_landscape_png(plot_path, result, title)
    except OSError as exc:
        what = exc.filename or "an output"
        raise CliError(f"could not write {what}: {exc.strerror or exc}") from None
    except landscape_plot.PlotError as exc:
        raise CliError(str(exc)) from None
    if exp.trainer.divergence is not None:
        raise CliError(exp.trainer.divergence.message, EXIT_DIVERGED)
    return EXIT_OK
