"""The Edit menu: undo and redo of hand edits (a weight, the data points), from the
document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.gui.document import Document


def build_edit_menu(host: QWidget, menu: QMenu, document: Document) -> None:
    """``undoAction`` (Ctrl+Z) and ``redoAction`` (Ctrl+Shift+Z) for ``document``."""
    stack = document.undo_stack
    # Literal calls, so lupdate finds the texts.
    undo = stack.createUndoAction(host, QCoreApplication.translate("EditActions", "&Undo"))
    _finish(host, menu, undo, "undoAction", "Ctrl+Z", QCoreApplication.translate(
        "EditActions", "Undo the last change of a weight or of the data"))  # fmt: skip
    redo = stack.createRedoAction(host, QCoreApplication.translate("EditActions", "&Redo"))
    _finish(host, menu, redo, "redoAction", "Ctrl+Shift+Z", QCoreApplication.translate(
        "EditActions", "Redo the change just undone"))  # fmt: skip


def _finish(host: QWidget, menu: QMenu, action: QAction, name: str, keys: str, tip: str):
    action.setObjectName(name)
    action.setShortcut(QKeySequence(keys))
    # Window-wide, so the keys work wherever the focus is (as the other actions do).
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    menu.addAction(action)
    host.addAction(action)
