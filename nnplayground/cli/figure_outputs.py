"""``train --boundary-plot``, ``--figure`` and ``--size``: figures from the app's renderer.

Every value is checked by argparse, before training: a bad size or an unwritable path
ends with one sentence and exit status 2, never after a long run.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from nnplayground.figures.data import DEFAULT_SIZE, parse_size

FORMATS = (".png", ".svg")


def figure_size(text: str) -> tuple[int, int]:
    """argparse type: WIDTHxHEIGHT in pixels, or slide / default / square."""
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def figure_path(text: str) -> Path:
    """argparse type: a .png or .svg file in an existing, writable folder."""
    out = Path(text)
    if out.suffix.lower() not in FORMATS:
        got = f"'{out.suffix}'" if out.suffix else "none"
        raise argparse.ArgumentTypeError(f"the extension must be .png or .svg, got {got}")
    if out.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"the folder {folder} is not writable")
    return out


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--boundary-plot",
        metavar="OUT.png|OUT.svg",
        type=figure_path,
        help="write the decision boundary with the data points",
    )
    parser.add_argument(
        "--figure",
        metavar="OUT.png|OUT.svg",
        type=figure_path,
        help="write one slide: boundary, loss curve and network side by side",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=figure_size,
        help="size of every figure in pixels, e.g. 1920x1080, or slide "
        "(1920x1080), default (1600x1000), square (1200x1200); without it "
        "--loss-plot is 1200x750 and the others 1600x1000",
    )


def write(exp, args: argparse.Namespace) -> list[str]:
    """Write --boundary-plot and --figure, and --loss-plot when --size is given; return
    one-sentence errors for those that failed."""
    wanted = [("boundary", args.boundary_plot), ("summary", args.figure)]
    if getattr(args, "size", None) and getattr(args, "loss_plot", None):
        wanted.insert(0, ("loss", Path(args.loss_plot)))
    wanted = [(kind, path) for kind, path in wanted if path is not None]
    if not wanted:
        return []
    from nnplayground import figures

    data = figures.from_experiment(exp)
    errors = []
    for kind, path in wanted:
        try:
            figures.write_figure(path, kind, data, args.size or DEFAULT_SIZE)
        except OSError as exc:
            errors.append(f"could not write {path}: {exc.strerror or exc}")
        except figures.FigureError as exc:
            errors.append(str(exc))
    return errors
