"""The CLI's loss figures, drawn by :mod:`nnplayground.figures` (the app's renderer).

Kept as a thin caller for ``train --loss-plot`` and ``compare --plot``. Qt is imported
only when a figure is written, so ``nnplayground train`` without a plot never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from nnplayground.figures import FigureError, use_log_scale
from nnplayground.figures.data import TEST_COLOR, TRAIN_COLOR, Curve

SIZE = (1200, 750)  # the loss plot's size when the command line does not set one
PlotError = FigureError  # the figure could not be written; the message is one sentence

__all__ = ["SIZE", "PlotError", "use_log_scale", "write_curves_plot", "write_loss_plot"]


def write_loss_plot(
    path: str | os.PathLike[str],
    epochs: Sequence[float],
    train_loss: Sequence[float],
    test_loss: Sequence[float],
    title: str,
    size: tuple[int, int] = SIZE,
) -> None:
    """Write train and test loss against epoch to ``path`` (.png or .svg, by extension).

    The y axis is logarithmic when the losses span more than two decades. The file is
    replaced atomically. Raises PlotError (bad extension, rendering failed) or OSError.
    """
    series = [("train", epochs, train_loss, TRAIN_COLOR), ("test", epochs, test_loss, TEST_COLOR)]
    write_curves_plot(path, series, title, size)


def _color(color) -> str:
    if isinstance(color, str):
        return color
    return "#{:02X}{:02X}{:02X}".format(*(int(c) for c in color[:3]))


def write_curves_plot(path, series, title: str, size: tuple[int, int] = SIZE) -> None:
    """Write curves ``(name, epochs, values, color)`` against epoch to ``path`` (.png/.svg),
    log y when they span more than two decades; atomically. PlotError or OSError."""
    from nnplayground import figures

    curves = [
        Curve(
            str(name),
            np.asarray(x, dtype=np.float64),
            np.asarray(y, dtype=np.float64),
            _color(color),
        )
        for name, x, y, color in series
    ]
    figures.write_curves(path, curves, title, size)
