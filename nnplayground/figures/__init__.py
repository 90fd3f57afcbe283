"""Finished figures of a run, drawn from data: one renderer for the window and the CLI.

A figure is painted with QPainter from a :class:`FigureData` (history rows, the decision
grid, the dataset's points, the network's weights), never copied from a widget's pixels,
so its size is the export's: a slide (1920×1080), the default 1600×1000, a square or any
W×H. Fonts and line widths scale with the figure (text is at least 1.6 % of its height).
PNG and SVG come from the same painting code, so they have the same layout.

Kinds: ``loss`` (train/test loss, log axis beyond two decades, accuracy optional),
``boundary`` (heatmap, points, colour key), ``network`` (links coloured by sign, width by
|w|) and ``summary`` (the three side by side, for a slide that tells the whole run).

This package imports no Qt: :func:`render_image` and :func:`write_figure` load the
painting modules on first use and create an offscreen QApplication if none exists.
"""

from __future__ import annotations

from nnplayground.figures.data import (
    DEFAULT_SIZE,
    KINDS,
    MAX_SIDE,
    MIN_SIDE,
    SIZES,
    Curve,
    FigureData,
    from_experiment,
    parse_size,
    use_log_scale,
)


class FigureError(Exception):
    """A figure could not be written; the message is one sentence."""


def render_image(
    kind: str, data: FigureData, size=DEFAULT_SIZE, title: str | None = None, accuracy: bool = False
):
    """The figure ``kind`` as a QImage of ``size`` = (width, height) pixels.

    ``title`` None uses ``data.title``; "" draws no title. ``accuracy`` adds the accuracy
    curves (right axis) to the loss figures when the run has them.
    """
    from nnplayground.figures import render

    return render.render_image(kind, data, size, title, accuracy)


def write_figure(
    path,
    kind: str,
    data: FigureData,
    size=DEFAULT_SIZE,
    title: str | None = None,
    accuracy: bool = False,
) -> None:
    """Write the figure ``kind`` to ``path``: PNG or SVG by its extension, atomically.

    Raises FigureError (unknown extension, nothing rendered) or OSError (writing failed).
    """
    from nnplayground.figures import render

    render.write_figure(path, kind, data, size, title, accuracy)


def write_curves(path, curves, title: str, size=DEFAULT_SIZE, ylabel: str = "loss") -> None:
    """Write a loss figure of arbitrary ``curves`` (:class:`Curve`) against epoch."""
    from nnplayground.figures import render

    render.write_curves(path, curves, title, size, ylabel)


__all__ = [
    "DEFAULT_SIZE",
    "KINDS",
    "MAX_SIDE",
    "MIN_SIDE",
    "SIZES",
    "Curve",
    "FigureData",
    "FigureError",
    "from_experiment",
    "parse_size",
    "render_image",
    "use_log_scale",
    "write_curves",
    "write_figure",
]
