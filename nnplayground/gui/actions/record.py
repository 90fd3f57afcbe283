"""File ▸ Record animation…: opens the record dialog (or says what to install)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.figures.animation import INSTALL, missing_encoder
from nnplayground.gui.actions import add_action


def encoder_missing() -> str | None:
    """What to install when neither GIF nor MP4 can be written, else None."""
    gif, mp4 = missing_encoder(".gif"), missing_encoder(".mp4")
    return gif if gif is not None and mp4 is not None else None


class RecordActions(QObject):
    def __init__(self, document, prompts, host: QWidget) -> None:
        super().__init__(host)
        self.document, self.prompts, self._host = document, prompts, host
        self.dialog = None

    def build_menu(self, menu: QMenu) -> None:
        missing = encoder_missing()
        if missing is None:
            text = self.tr("Record animation…")
            tip = self.tr("Export the run as an animated GIF or MP4, from its timeline")
        else:
            text = self.tr("Record animation… (needs %1)").replace("%1", INSTALL)
            tip = missing
        self.action = add_action(
            self._host, menu, "recordAction", text, self.open_dialog, None, tip
        )

    def open_dialog(self):
        missing = encoder_missing()
        if missing is not None:
            self.prompts.show_error(self.tr("Record animation"), missing)
            return None
        from nnplayground.gui.record_dialog import RecordDialog

        if self.dialog is None:
            self.dialog = RecordDialog(self.document, self.prompts, self._host)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.stop()
