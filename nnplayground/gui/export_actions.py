"""File ▸ Export…: plots as PNG or SVG, the loss history as CSV.

A mixin for the main window. Images go through ``nnplayground.gui.export`` when it is
available, else straight through ``pyqtgraph.exporters`` (always with a path: an export
without one opens a dialog).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

IMAGE_FILTER = "PNG image (*.png);;SVG image (*.svg)"
CSV_FILTER = "CSV files (*.csv);;All files (*)"


def export_image(target: QWidget, path: str, width: int | None = None) -> None:
    """Write ``target`` (a pyqtgraph PlotWidget or any widget) to PNG or SVG by suffix."""
    try:
        from nnplayground.gui.export import export_widget_plot
    except ImportError:
        export_widget_plot = _fallback_export
    export_widget_plot(target, path, width=width)


def _fallback_export(target, path: str, width: int | None = None) -> None:
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{Path(path).name}: choose a .png or .svg file name")
    if hasattr(target, "getPlotItem"):
        import pyqtgraph.exporters as exporters

        item = target.getPlotItem()
        exporter = (exporters.SVGExporter if suffix == ".svg" else exporters.ImageExporter)(item)
        if width:
            exporter.parameters()["width"] = int(width)
        exporter.export(path)
        return
    image = target.grab()
    if width:
        from PySide6.QtCore import Qt

        image = image.scaledToWidth(int(width), Qt.TransformationMode.SmoothTransformation)
    if suffix == ".svg":
        raise ValueError(f"{Path(path).name}: this view can only be exported as PNG")
    if not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")


class ExportActionsMixin:
    """Export commands; each returns True once the file is written."""

    def export_loss_plot(self, path: str | None = None, width: int | None = None) -> bool:
        caption = self.tr("Export loss plot")
        return self._export(self.loss_plot.plot_widget, caption, "loss", path, width)

    def export_boundary(self, path: str | None = None, width: int | None = None) -> bool:
        caption = self.tr("Export decision boundary")
        return self._export(self.boundary_plot.plot_widget, caption, "boundary", path, width)

    def export_activation(self, path: str | None = None, width: int | None = None) -> bool:
        caption = self.tr("Export activation plot")
        return self._export(self.activation_plot.plot_widget, caption, "activation", path, width)

    def export_network_view(self, path: str | None = None, width: int | None = None) -> bool:
        caption = self.tr("Export network view")
        return self._export(self.network_view, caption, "network", path, width)

    def export_history(self, path: str | None = None) -> bool:
        """The loss and accuracy of every epoch so far, one row per epoch."""
        path = path or self._ask_save_path(
            self.tr("Export history as CSV"), self.tr(CSV_FILTER), "history.csv"
        )
        if not path:
            return False
        try:
            with self.controller.hold():
                self.experiment.trainer.history.to_csv(str(path))
        except (OSError, TimeoutError) as exc:
            self._show_error(self.tr("Could not export the history"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 5000)
        return True

    def _export(self, target, caption: str, stem: str, path, width) -> bool:
        path = path or self._ask_save_path(caption, self.tr(IMAGE_FILTER), f"{stem}.png")
        if not path:
            return False
        path = str(path)
        if not Path(path).suffix:
            path += ".png"
        try:
            export_image(target, path, width)
        except (OSError, ValueError, RuntimeError) as exc:
            self._show_error(self.tr("Could not export"), str(exc))
            return False
        if not os.path.exists(path):
            self._show_error(self.tr("Could not export"), self.tr("Nothing was written."))
            return False
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", path), 5000)
        return True
