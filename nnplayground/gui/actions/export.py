"""File ▸ Export…: plots as PNG or SVG, the loss history as CSV.

The writing itself is ``nnplayground.gui.export``'s (atomic files, one-sentence errors).
Training pauses while the history is copied.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.gui.actions import add_action
from nnplayground.gui.document import Document
from nnplayground.gui.prompts import Prompts


class ExportActions(QObject):
    """Export commands; each returns True once the file is written.

    ``plots`` maps "loss", "boundary", "activation" and "network" to the widget drawn.
    """

    def __init__(
        self, document: Document, prompts: Prompts, plots: dict[str, QWidget], host: QWidget
    ) -> None:
        super().__init__(host)
        self.document = document
        self.prompts = prompts
        self._plots = plots
        self._host = host

    def build_menu(self, menu: QMenu) -> None:
        exports = [
            ("exportLossAction", self.tr("Export loss plot…"), self.export_loss_plot),
            ("exportHistoryAction", self.tr("Export history as CSV…"), self.export_history),
            ("exportBoundaryAction", self.tr("Export decision boundary…"), self.export_boundary),
            ("exportActivationAction", self.tr("Export activation plot…"), self.export_activation),
            ("exportNetworkAction", self.tr("Export network view…"), self.export_network_view),
        ]
        tip = self.tr("Write a file; the format follows the chosen file type")
        for name, text, slot in exports:
            add_action(self._host, menu, name, text, slot, None, tip)

    def export_loss_plot(self, path: str | None = None, width: int | None = None) -> bool:
        return self._export("loss", self.tr("Export loss plot"), path, width)

    def export_boundary(self, path: str | None = None, width: int | None = None) -> bool:
        return self._export("boundary", self.tr("Export decision boundary"), path, width)

    def export_activation(self, path: str | None = None, width: int | None = None) -> bool:
        return self._export("activation", self.tr("Export activation plot"), path, width)

    def export_network_view(self, path: str | None = None, width: int | None = None) -> bool:
        return self._export("network", self.tr("Export network view"), path, width)

    def export_history(self, path: str | None = None) -> bool:
        """The loss and accuracy of every epoch so far, one row per epoch."""
        path = path or self._ask(
            self.tr("Export history as CSV"), self.tr("CSV files (*.csv);;All files (*)"),
            "history.csv",
        )  # fmt: skip
        if not path:
            return False
        try:
            from nnplayground.gui import export

            export.export_history_csv(self.document.history_rows(), str(path))
        except (OSError, TimeoutError, ValueError) as exc:
            self.prompts.show_error(self.tr("Could not export the history"), str(exc))
            return False
        self.prompts.status(self.tr("Wrote %1").replace("%1", str(path)), 5000)
        return True

    def _ask(self, caption: str, filters: str, name: str) -> str | None:
        folder = Path(self.document.path).parent if self.document.path else Path.home()
        return self.prompts.ask_save_path(caption, filters, str(folder / name))

    def _export(self, stem: str, caption: str, path, width) -> bool:
        path = path or self._ask(caption, self.tr("PNG image (*.png);;SVG image (*.svg)"),
                                 f"{stem}.png")  # fmt: skip
        if not path:
            return False
        path = str(path)
        if not Path(path).suffix:
            path += ".png"
        from nnplayground.gui import export

        try:
            export.export_widget_plot(self._plots[stem], path, width=width)
        except (OSError, ValueError, RuntimeError) as exc:
            self.prompts.show_error(self.tr("Could not export"), str(exc))
            return False
        if not os.path.exists(path):
            self.prompts.show_error(self.tr("Could not export"), self.tr("Nothing was written."))
            return False
        self.prompts.status(self.tr("Wrote %1").replace("%1", path), 5000)
        return True
