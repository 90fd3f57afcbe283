"""Save plots (PNG, SVG), the network view and the loss history (CSV) to files.

Every file is written atomically (:func:`nnplayground.fileio.atomic_write`): to a
temporary file in the target directory, then ``os.replace``d over the target, so a failed
export never leaves a half-written file (and the temporary file is removed); a folder,
device or FIFO is never replaced. Failures raise :class:`ExportError` with one
sentence naming the path. pyqtgraph exporters are always given a path or asked for
bytes: ``export()`` without a file name would open a dialog.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (not loaded by `import pyqtgraph`)
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from nnplayground import fileio

try:  # QtSvg ships with PySide6-Essentials; keep PNG working should a build lack it.
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover
    QSvgGenerator = None

FORMATS = (".png", ".svg")
CSV_HEADER = "epoch,train_loss,test_loss,train_accuracy,test_accuracy"


class ExportError(OSError):
    """An export failed; the message is one sentence naming the file."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EISDIR: "it is a folder",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in _REASONS:
        return _tr(_REASONS[exc.errno])
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc).rstrip(".") or type(exc).__name__


def _fail(path: str, exc: BaseException) -> ExportError:
    return ExportError(_tr("Could not write {0}: {1}.").format(path, _reason(exc)))


def _suffix(path: str, allowed: tuple[str, ...] = FORMATS) -> str:
    ext = os.path.splitext(os.fspath(path))[1].lower()
    if ext not in allowed:
        choices = " or ".join(allowed)
        if ".csv" in allowed:
            message = _tr("Unknown file format '{0}'; use {1}.")
        else:
            message = _tr("Unknown image format '{0}'; use {1}.")
        raise ExportError(message.format(ext, choices))
    return ext


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Call ``write(tmp)`` for a temporary file next to ``path``, then move it into place
    (:func:`nnplayground.fileio.atomic_write`); every failure becomes an ExportError."""
    path = os.fspath(path)
    try:
        fileio.atomic_write(path, write)
    except Exception as exc:
        raise _fail(path, exc) from exc


def _plot_target(target):
    """The graphics item or scene a pyqtgraph exporter should render."""
    target = getattr(target, "plot_widget", target)
    if isinstance(target, pg.PlotWidget):
        return target.getPlotItem()
    if isinstance(target, pg.GraphicsView):
        return target.scene()
    if isinstance(target, (QGraphicsItem, QGraphicsScene)):
        return target
    raise TypeError(f"cannot export a {type(target).__name__}; pass a plot widget or item")


def _set_size(exporter, width: int | None, height: int | None) -> None:
    """Set the exporter's size; with only one side given the other keeps the aspect."""
    w, h = exporter.params.param("width"), exporter.params.param("height")
    if width is not None and height is not None:
        w.setValue(width, blockSignal=exporter.widthChanged)
        h.setValue(height, blockSignal=exporter.heightChanged)
    elif width is not None:
        w.setValue(width)
    elif height is not None:
        h.setValue(height)


def export_plot(
    widget_or_plotitem, path: str, width: int | None = None, height: int | None = None
) -> None:
    """Save a plot as PNG (``width`` × ``height`` pixels if given) or SVG."""
    ext = _suffix(path)
    item = _plot_target(widget_or_plotitem)
    if ext == ".png":
        exporter = pg.exporters.ImageExporter(item)
        _set_size(exporter, width, height)

        def write(tmp: str) -> None:
            image = exporter.export(toBytes=True)
            if not image.save(tmp, "PNG"):
                raise OSError(errno.EIO, _tr("the image could not be encoded"))

    else:
        exporter = pg.exporters.SVGExporter(item)
        _set_size(exporter, width, height)

        def write(tmp: str) -> None:
            with open(tmp, "wb") as fh:
                fh.write(exporter.export(toBytes=True))

    atomic_write(path, write)


def svg_supported() -> bool:
    """True when widgets (the network view) can be saved as SVG."""
    return QSvgGenerator is not None


def export_view(widget: QWidget, path: str) -> None:
    """Save a widget (e.g. the NetworkView) as it looks on screen: PNG or SVG."""
    allowed = FORMATS if svg_supported() else (".png",)
    ext = _suffix(path, allowed)
    if ext == ".png":

        def write(tmp: str) -> None:
            if not widget.grab().save(tmp, "PNG"):
                raise OSError(errno.EIO, _tr("the image could not be encoded"))

    else:

        def write(tmp: str) -> None:
            size = widget.size() if not widget.size().isEmpty() else QSize(640, 480)
            generator = QSvgGenerator()
            generator.setFileName(tmp)
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle("nnplayground")
            painter = QPainter(generator)
            try:
                widget.render(painter, QPoint(0, 0))
            finally:
                painter.end()

    atomic_write(path, write)


def _history_table(history_or_rows) -> np.ndarray:
    """(n, 5) epoch + 4 metrics from a History, LossPlot, (epochs, rows) or rows (n, 4)."""
    source = history_or_rows
    if hasattr(source, "slice") and hasattr(source, "__len__"):  # engine History
        rows = source.slice(0)
        epochs = np.arange(1, len(rows) + 1)
    elif hasattr(source, "history") and callable(source.history):  # LossPlot
        epochs, rows = source.history()
    elif isinstance(source, tuple) and len(source) == 2:
        epochs, rows = source
    else:
        rows = np.asarray(source, dtype=np.float64)
        epochs = np.arange(1, len(rows) + 1)
    rows = np.asarray(rows, dtype=np.float64).reshape(-1, 4)
    return np.column_stack([np.asarray(epochs, dtype=np.float64), rows])


def export_history_csv(history_or_rows, path: str) -> None:
    """Write epoch, train_loss, test_loss, train_accuracy, test_accuracy as CSV (NaN
    where a metric does not apply)."""
    _suffix(path, (".csv",))
    table = _history_table(history_or_rows)

    def write(tmp: str) -> None:
        fmt = ["%d"] + ["%.10g"] * 4
        np.savetxt(tmp, table, delimiter=",", header=CSV_HEADER, comments="", fmt=fmt)

    atomic_write(path, write)


def export_widget_plot(
    target, path: str, width: int | None = None, height: int | None = None
) -> None:
    """Export a pyqtgraph plot (PlotWidget, PlotItem or one of our plot widgets) with
    :func:`export_plot`, any other widget (the NetworkView) with :func:`export_view`.

    A plain widget is saved at its on-screen size; ``width``/``height`` apply to plots.
    """
    try:
        _plot_target(target)
    except TypeError:
        if isinstance(target, QWidget):
            export_view(target, path)
            return
        raise
    export_plot(target, path, width, height)
