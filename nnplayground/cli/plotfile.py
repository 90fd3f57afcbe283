"""Render the loss curves of a headless run to a PNG or SVG file.

Why Qt and not matplotlib: the app already draws every figure with pyqtgraph, so the CLI
uses the same renderer and its figures look like the app's. Qt is a dependency anyway
(the offscreen platform plugin needs no display), and adding matplotlib, a second
plotting stack of tens of megabytes, for one figure is not worth it.

Self-contained on purpose: the GUI's own export code lives in nnplayground.gui and this
module imports nothing from it. Qt is imported lazily, on the first plot, so that
``nnplayground train`` without ``--loss-plot`` never loads Qt.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

WIDTH_PX = 1200  # PNG width; the height follows the widget's aspect ratio
WIDGET_SIZE = (900, 560)
LOG_SPAN = 100.0  # log-scale y when max/min loss exceeds two decades
TRAIN_COLOR = (31, 119, 180)
TEST_COLOR = (255, 127, 14)

_app = None  # the QApplication we created, if any (kept alive for the process)


class PlotError(Exception):
    """The figure could not be written; the message is one sentence."""


def _qt():
    """Import PySide6 (offscreen unless a platform is set) and pyqtgraph; ensure a QApplication."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6 import QtWidgets  # before pyqtgraph, so pyqtgraph binds to PySide6

    # isort: split
    import pyqtgraph as pg
    import pyqtgraph.exporters  # noqa: F401  (not loaded by `import pyqtgraph`)

    if QtWidgets.QApplication.instance() is None:
        _app = QtWidgets.QApplication([])
    return pg


def use_log_scale(*curves: Sequence[float]) -> bool:
    """True when the positive finite values of ``curves`` span more than two decades."""
    values = np.concatenate([np.asarray(c, dtype=np.float64).ravel() for c in curves])
    values = values[np.isfinite(values) & (values > 0)]
    return bool(values.size > 1 and values.max() / values.min() > LOG_SPAN)


def _for_log(values: np.ndarray) -> np.ndarray:
    """Non-positive values become NaN: a log axis cannot show them."""
    out = np.asarray(values, dtype=np.float64).copy()
    out[~(out > 0)] = np.nan
    return out


def _build_plot(pg, series, title: str, log_y: bool):
    """A PlotWidget with one curve per ``(name, x, y, color)`` in ``series``."""
    from PySide6.QtCore import Qt

    widget = pg.PlotWidget()
    widget.resize(*WIDGET_SIZE)
    # Laid out at its real size, but never put on a screen (even with a real platform).
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.setBackground("w")
    item = widget.getPlotItem()
    item.setTitle(title, color="k", size="13pt")
    for side, label in (("bottom", "epoch"), ("left", "loss")):
        axis = item.getAxis(side)
        axis.setPen("k")
        axis.setTextPen("k")
        axis.enableAutoSIPrefix(False)  # "loss (x0.001)" reads badly in a figure
        item.setLabel(side, label, color="k")
    item.showGrid(x=True, y=True, alpha=0.2)
    legend = item.addLegend(offset=(-10, 10), labelTextColor="k")
    legend.setBrush(pg.mkBrush(255, 255, 255, 200))
    item.setLogMode(x=False, y=log_y)
    for name, epochs, values, color in series:
        x = np.asarray(epochs, dtype=np.float64)
        y = _for_log(values) if log_y else np.asarray(values, dtype=np.float64)
        item.plot(x, y, name=name, pen=pg.mkPen(color, width=2), connect="finite")
    widget.show()
    pg.QtWidgets.QApplication.processEvents()  # let the layout settle before exporting
    return widget


def _export(pg, widget, path: Path) -> None:
    """Export ``widget``'s plot to ``path`` atomically (see :mod:`nnplayground.fileio`)."""
    from nnplayground.fileio import atomic_write

    suffix = path.suffix.lower()

    def write(tmp: str) -> None:
        if suffix == ".svg":
            exporter = pg.exporters.SVGExporter(widget.getPlotItem())
        else:
            exporter = pg.exporters.ImageExporter(widget.getPlotItem())
            exporter.parameters()["width"] = WIDTH_PX
        exporter.parameters()["background"] = pg.mkColor("w")
        result = exporter.export(fileName=tmp)
        if result is False or os.path.getsize(tmp) == 0:
            raise PlotError(f"could not render {path.name}")

    atomic_write(path, write, suffix=suffix)


def write_loss_plot(
    path: str | os.PathLike[str],
    epochs: Sequence[float],
    train_loss: Sequence[float],
    test_loss: Sequence[float],
    title: str,
) -> None:
    """Write train and test loss against epoch to ``path`` (.png or .svg, by extension).

    The y axis is logarithmic when the losses span more than two decades. The file is
    replaced atomically. Raises PlotError (bad extension, rendering failed) or OSError.
    """
    series = [("train", epochs, train_loss, TRAIN_COLOR), ("test", epochs, test_loss, TEST_COLOR)]
    write_curves_plot(path, series, title)


def write_curves_plot(path: str | os.PathLike[str], series, title: str) -> None:
    """Write curves ``(name, epochs, values, color)`` against epoch to ``path`` (.png/.svg),
    log y when they span more than two decades; atomically. PlotError or OSError."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise PlotError(f"{path.name}: the extension must be .png or .svg")
    pg = _qt()
    widget = _build_plot(pg, series, title, use_log_scale(*[s[2] for s in series]))
    try:
        _export(pg, widget, path)
    finally:
        widget.close()
        widget.deleteLater()
