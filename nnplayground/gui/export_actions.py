"""File ▸ Export…: plots as PNG or SVG, the loss history as CSV.

A mixin for the main window; the writing itself is ``nnplayground.gui.export``'s
(atomic files, one-sentence errors). Training pauses while the history is copied.
"""

from __future__ import annotations

import os
from pathlib import Path


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
            self.tr("Export history as CSV"),
            self.tr("CSV files (*.csv);;All files (*)"),
            "history.csv",
        )
        if not path:
            return False
        try:
            from nnplayground.gui import export

            with self.controller.hold():
                rows = self.experiment.trainer.history.slice(0)
            export.export_history_csv(rows, str(path))
        except (OSError, TimeoutError) as exc:
            self._show_error(self.tr("Could not export the history"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 5000)
        return True

    def _export(self, target, caption: str, stem: str, path, width) -> bool:
        path = path or self._ask_save_path(
            caption, self.tr("PNG image (*.png);;SVG image (*.svg)"), f"{stem}.png"
        )
        if not path:
            return False
        path = str(path)
        if not Path(path).suffix:
            path += ".png"
        from nnplayground.gui import export

        try:
            export.export_widget_plot(target, path, width=width)
        except (OSError, ValueError, RuntimeError) as exc:
            self._show_error(self.tr("Could not export"), str(exc))
            return False
        if not os.path.exists(path):
            self._show_error(self.tr("Could not export"), self.tr("Nothing was written."))
            return False
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", path), 5000)
        return True
