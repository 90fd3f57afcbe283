"""Render a 2-D loss slice as a PNG: heatmap of log₁₀ loss, contours, the training path,
a colour key, a title and labelled axes (pyqtgraph offscreen, as cli/plotfile.py).

Colours show log₁₀ of the loss because a landscape spans decades: on a linear scale
everything but the highest ridge would be one colour.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from nnplayground.figures import FigureError as PlotError

__all__ = ["PlotError", "axis_labels", "write_landscape_png"]

# The landscape is still drawn with pyqtgraph's exporter; the figures package's painters
# (nnplayground.figures) draw every other figure. Moving it there is noted for later.
WIDTH_PX = 1200
WIDGET_SIZE = (820, 680)
_app = None  # the QApplication created here, if any (kept alive for the process)
CONTOURS = 12
COLORMAP = "viridis"
PATH_COLOR = (255, 255, 255)
START_COLOR = (230, 60, 40)
END_COLOR = (255, 200, 0)


def axis_labels(result) -> tuple[str, str]:
    """Axis titles naming the directions (with the share of variance for PCA ones)."""
    d = result.directions
    if d.kind == "pca" and d.explained is not None:
        return (f"PC 1 ({d.explained[0]:.1%} of the path's variance)",
                f"PC 2 ({d.explained[1]:.1%})")  # fmt: skip
    kind = "random filter-normalised" if d.kind == "random" else d.kind
    return f"direction 1 ({kind})", f"direction 2 ({kind})"


def _log_losses(losses) -> np.ndarray:
    values = np.asarray(losses, dtype=np.float64)
    with np.errstate(all="ignore"):
        logs = np.log10(np.where(values > 0, values, np.nan))
    finite = logs[np.isfinite(logs)]
    if finite.size == 0:
        raise PlotError("the loss is not finite anywhere on the grid; nothing to draw")
    return np.where(np.isfinite(logs), logs, finite.max())


def _image(pg, item, result, logs):
    from PySide6.QtCore import QRectF

    xs, ys = result.xs, result.ys
    dx, dy = xs[1] - xs[0], ys[1] - ys[0]
    img = pg.ImageItem(logs.T)  # ImageItem's first axis is x
    img.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
    item.addItem(img)
    lo, hi = float(logs.min()), float(logs.max())
    hi = hi if hi > lo else lo + 1e-9
    for level in np.linspace(lo, hi, CONTOURS + 2)[1:-1]:
        iso = pg.IsocurveItem(data=logs.T, level=level, pen=pg.mkPen(255, 255, 255, 110))
        iso.setParentItem(img)
    bar = pg.ColorBarItem(values=(lo, hi), colorMap=pg.colormap.get(COLORMAP), interactive=False)
    bar.setImageItem(img, insert_in=item)
    bar.axis.setPen("k")
    bar.axis.setTextPen("k")
    bar.axis.setLabel("log₁₀ loss", color="k")
    return bar


def _path(pg, item, path):
    if len(path) == 0:
        return
    item.plot(path[:, 0], path[:, 1], pen=pg.mkPen(PATH_COLOR, width=2), name="training path",
              symbol="o", symbolSize=4, symbolBrush=PATH_COLOR)  # fmt: skip
    item.plot(path[:1, 0], path[:1, 1], pen=None, symbol="s", symbolSize=11,
              symbolBrush=START_COLOR, name="start")  # fmt: skip
    item.plot(path[-1:, 0], path[-1:, 1], pen=None, symbol="star", symbolSize=16,
              symbolBrush=END_COLOR, name="final weights")  # fmt: skip


def _build(pg, result, title: str):
    from PySide6.QtCore import Qt

    widget = pg.PlotWidget()
    widget.resize(*WIDGET_SIZE)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.setBackground("w")
    item = widget.getPlotItem()
    item.setTitle(f"{title} ({result.loss_name})", color="k", size="12pt")
    # Dark key so the white path line shows in it (white on 90 grey: contrast 7:1).
    legend = item.addLegend(offset=(10, 10), labelTextColor="w")
    legend.setBrush(pg.mkBrush(90, 90, 90, 230))
    logs = _log_losses(result.losses)
    _image(pg, item, result, logs)
    _path(pg, item, result.path)
    for side, label in zip(("bottom", "left"), axis_labels(result)):
        axis = item.getAxis(side)
        axis.setPen("k")
        axis.setTextPen("k")
        axis.enableAutoSIPrefix(False)  # "(x0.001)" reads badly in a figure
        item.setLabel(side, label, color="k")
    item.setRange(xRange=(result.xs[0], result.xs[-1]), yRange=(result.ys[0], result.ys[-1]),
                  padding=0)  # fmt: skip
    widget.show()
    pg.QtWidgets.QApplication.processEvents()
    return widget


def write_landscape_png(path: str | os.PathLike[str], result, title: str) -> None:
    """Write the slice ``result`` (a Slice2D) to ``path`` (.png), atomically.
    Raises PlotError or OSError."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise PlotError(f"{path.name}: the extension must be .png")
    pg = _qt()
    widget = _build(pg, result, title)
    try:
        _export(pg, widget, path)
    finally:
        widget.close()
        widget.deleteLater()


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
