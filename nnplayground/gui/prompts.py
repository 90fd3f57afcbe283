"""Every question or message the actions put to the user, in one replaceable object.

Tests replace its methods (``confirm_discard``, ``show_error``, ``ask_open_path``,
``ask_save_path``, ``ask_export_options``) so nothing ever blocks on a modal dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStatusBar, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Prompts(QObject):
    """Dialogs and status messages shown over ``parent``."""

    def __init__(self, parent: QWidget, status_bar: QStatusBar | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._status_bar = status_bar

    def confirm_discard(self) -> str:
        """Ask Save / Discard / Cancel about unsaved changes: SAVE, DISCARD or CANCEL."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._parent,
            self.tr("Unsaved changes"),
            self.tr("The network has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer, CANCEL)

    def confirm_go_on(self, limit: int) -> bool:
        """Play at the epoch limit: True to go on with no limit."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._parent,
            self.tr("Epoch limit reached"),
            self.tr("Training stopped at its limit of %1 epochs. Go on without a limit?").replace(
                "%1", str(limit)
            ),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def ask_open_path(self, caption: str, filters: str, start: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, caption, start, filters)
        return path or None

    def ask_save_path(self, caption: str, filters: str, start: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self._parent, caption, start, filters)
        return path or None

    def ask_export_options(self, dialog: QDialog) -> bool:
        """Show the export dialog; True when the user chose to export."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_fork_options(self, dialog: QDialog) -> bool:
        """Show the fork dialog; True when the user chose to fork."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        if self._status_bar is not None:
            self._status_bar.showMessage(text, timeout_ms)
