"""The Edit menu: undo and redo of hand edits (a weight, the data points), from the
document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.gui.document import Document


def build_edit_menu(host: QWidget, menu: QMenu, document: Document) -> None:
    """``undoAction`` (Ctrl+Z) and ``redoAction`` (Ctrl+Shift+Z) for ``document``."""
    tr = QCoreApplication.translate
    stack = document.undo_stack
    undo = stack.createUndoAction(host, tr("EditActions", "&Undo"))
    undo.setObjectName("undoAction")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo_tip = tr("EditActions", "Undo the last change of a weight or of the data")
    redo = stack.createRedoAction(host, tr("EditActions", "&Redo"))
    redo.setObjectName("redoAction")
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    redo_tip = tr("EditActions", "Redo the change just undone")
    for action, tip in ((undo, undo_tip), (redo, redo_tip)):
        # Window-wide, so the keys work wherever the focus is (as the other actions do).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        menu.addAction(action)
        host.addAction(action)
