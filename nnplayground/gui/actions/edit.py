"""The Edit menu: undo and redo of hand edits (a weight, the data points), from the
document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.gui.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditActions", text)


def build_edit_menu(host: QWidget, menu: QMenu, document: Document) -> None:
    """``undoAction`` (Ctrl+Z) and ``redoAction`` (Ctrl+Shift+Z) for ``document``."""
    stack = document.undo_stack
    for name, make, keys, tip in (
        ("undoAction", stack.createUndoAction, QKeySequence("Ctrl+Z"),
         _tr("Undo the last change of a weight or of the data")),
        ("redoAction", stack.createRedoAction, QKeySequence("Ctrl+Shift+Z"),
         _tr("Redo the change just undone")),
    ):  # fmt: skip
        action = make(host, _tr("&Undo") if name == "undoAction" else _tr("&Redo"))
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        menu.addAction(action)
        host.addAction(action)
