"""File ▸ Export…: figures as PNG or SVG, the loss history as CSV, images on the clipboard.

Every figure (loss, boundary, network, activation, side by side) is drawn by
:mod:`nnplayground.figures` from the run's data at the size the export asks for (the
:class:`~nnplayground.gui.export_dialog.ExportDialog` chooses it), not copied from the
widgets. Training pauses while the run is copied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.figures.data import DEFAULT_SIZE
from nnplayground.gui import settings
from nnplayground.gui.actions import add_action
from nnplayground.gui.document import Document
from nnplayground.gui.prompts import Prompts

STEMS = {
    "loss": "loss",
    "boundary": "boundary",
    "network": "network",
    "summary": "figure",
    "activation": "activation",
}


class ExportActions(QObject):
    """Export commands; each returns True once the file is written.

    ``plots`` maps "loss", "boundary", "activation" and "network" to the widget drawn;
    only the activation plot is asked something (which layer it shows).
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
            (
                "exportFigureAction",
                self.tr("Export figure…"),
                self.export_figure,
                self.tr(
                    "Write one image with the boundary, the loss and the network side by side, "
                    "for a slide"
                ),
            ),
            ("exportLossAction", self.tr("Export loss plot…"), self.export_loss_plot, None),
            ("exportHistoryAction", self.tr("Export history as CSV…"), self.export_history, None),
            (
                "exportBoundaryAction",
                self.tr("Export decision boundary…"),
                self.export_boundary,
                None,
            ),
            (
                "exportActivationAction",
                self.tr("Export activation plot…"),
                self.export_activation,
                None,
            ),
            (
                "exportNetworkAction",
                self.tr("Export network view…"),
                self.export_network_view,
                None,
            ),
        ]
        tip = self.tr("Write a file; the format follows the chosen file type")
        for name, text, slot, own_tip in exports:
            add_action(self._host, menu, name, text, slot, None, own_tip or tip)
        copy = menu.addMenu(self.tr("Copy image"))
        copy.setObjectName("copyImageMenu")
        copy.setToolTip(self.tr("Put a figure on the clipboard as an image"))
        copies = [
            ("copyFigureImageAction", self.tr("Side by side figure"), "summary"),
            ("copyLossImageAction", self.tr("Loss plot"), "loss"),
            ("copyBoundaryImageAction", self.tr("Decision boundary"), "boundary"),
            ("copyNetworkImageAction", self.tr("Network"), "network"),
            ("copyActivationImageAction", self.tr("Activation of a layer"), "activation"),
        ]
        copy_tip = self.tr(
            "Put the figure on the clipboard (1600 × 1000 pixels), to paste into a slide"
        )
        for name, text, kind in copies:
            add_action(
                self._host, copy, name, text, lambda k=kind: self.copy_image(k), None, copy_tip
            )

    # ----------------------------------------------------------------- figures
    def export_figure(
        self,
        path: str | None = None,
        width: int | None = None,
        height: int | None = None,
        title: str | None = None,
    ) -> bool:
        """The boundary, the loss and the network side by side (default 1600 × 1000)."""
        return self._figure("summary", self.tr("Export figure"), path, width, height, title)

    def export_loss_plot(
        self,
        path: str | None = None,
        width: int | None = None,
        height: int | None = None,
        title: str | None = None,
    ) -> bool:
        return self._figure("loss", self.tr("Export loss plot"), path, width, height, title)

    def export_boundary(
        self,
        path: str | None = None,
        width: int | None = None,
        height: int | None = None,
        title: str | None = None,
    ) -> bool:
        return self._figure(
            "boundary", self.tr("Export decision boundary"), path, width, height, title
        )

    def export_network_view(
        self,
        path: str | None = None,
        width: int | None = None,
        height: int | None = None,
        title: str | None = None,
    ) -> bool:
        return self._figure("network", self.tr("Export network view"), path, width, height, title)

    def export_activation(
        self,
        path: str | None = None,
        width: int | None = None,
        height: int | None = None,
        title: str | None = None,
    ) -> bool:
        """The layer the activation plot shows: f(z), f′(z) and its real z."""
        caption = self.tr("Export activation plot")
        return self._figure("activation", caption, path, width, height, title)

    def copy_image(self, kind: str, size: tuple[int, int] = DEFAULT_SIZE) -> bool:
        """Put the figure ``kind`` on the clipboard as an image of ``size`` pixels."""
        from nnplayground import figures

        try:
            image = figures.render_image(kind, self.figure_data(), size)
        except (TimeoutError, ValueError, RuntimeError) as exc:
            self.prompts.show_error(self.tr("Could not copy the image"), str(exc))
            return False
        QGuiApplication.clipboard().setImage(image)
        self.prompts.status(
            self.tr("Copied the image (%1 × %2 pixels)")
            .replace("%1", str(size[0]))
            .replace("%2", str(size[1])),
            5000,
        )
        return True

    def figure_data(self):
        """What the figures show, copied while a running training waits."""
        from nnplayground import figures

        with self.document.controller.hold():
            return figures.from_experiment(
                self.document.experiment, title=self.document.title, layer=self._activation_layer()
            )

    def _activation_layer(self) -> int:
        """The layer the window's activation plot shows (0 if it cannot tell)."""
        widget = self._plots.get("activation")
        while widget is not None and not hasattr(widget, "current_layer"):
            widget = widget.parentWidget()
        return int(widget.current_layer()) if widget is not None else 0

    def _figure(self, kind: str, caption: str, path, width, height, title) -> bool:
        accuracy = False
        if path is None:
            chosen = self._choose(kind)
            if chosen is None:
                return False
            path, kind, size, title, accuracy = chosen
        else:
            size = _size(width, height)
        path = str(path)
        if not Path(path).suffix:
            path += ".png"
        from nnplayground import figures

        try:
            figures.write_figure(path, kind, self.figure_data(), size, title, accuracy)
        except (OSError, TimeoutError, ValueError, RuntimeError, figures.FigureError) as exc:
            self.prompts.show_error(self.tr("Could not export"), _sentence(path, exc))
            return False
        self.prompts.status(self.tr("Wrote %1").replace("%1", path), 5000)
        return True

    def _choose(self, kind: str):
        """Ask the dialog, then the file: (path, kind, size, title, accuracy) or None."""
        from nnplayground.gui.export_dialog import ExportDialog

        rows = self.document.history_rows()
        has_accuracy = bool(len(rows)) and bool((rows[:, 2] == rows[:, 2]).any())
        dialog = ExportDialog(kind, self.document.title, self._host, has_accuracy)
        size, fmt = settings.export_choice()  # a teacher exports at the same size again
        if size is not None:
            dialog.set_size(*size)
        if fmt is not None:
            dialog.set_format(fmt)
        try:
            if not self.prompts.ask_export_options(dialog):
                return None
            opts = dialog.options()
        finally:
            dialog.deleteLater()
        settings.set_export_choice(opts.size, opts.fmt)
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)")}
        path = self._ask(
            self.tr("Export figure"), filters[opts.fmt], f"{STEMS[opts.kind]}.{opts.fmt}"
        )
        if not path:
            return None
        if not Path(path).suffix:
            path = f"{path}.{opts.fmt}"
        return path, opts.kind, opts.size, opts.title, opts.accuracy

    # ----------------------------------------------------------------- files
    def export_history(self, path: str | None = None) -> bool:
        """The loss and accuracy of every epoch so far, one row per epoch."""
        path = path or self._ask(
            self.tr("Export history as CSV"),
            self.tr("CSV files (*.csv);;All files (*)"),
            "history.csv",
        )
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


def _size(width: int | None, height: int | None) -> tuple[int, int]:
    """The size asked for; one side alone keeps the default 16:10 shape."""
    dw, dh = DEFAULT_SIZE
    if width and height:
        return int(width), int(height)
    if width:
        return int(width), round(int(width) * dh / dw)
    if height:
        return round(int(height) * dw / dh), int(height)
    return DEFAULT_SIZE


def _sentence(path: str, exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{path}: {exc.strerror}."
    return str(exc)
