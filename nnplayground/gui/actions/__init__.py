"""The window's commands as small objects that take the document (not mixins).

Each builds its menu entries, talks to the user through a :class:`~nnplayground.gui.
prompts.Prompts` and acts on the :class:`~nnplayground.gui.document.Document`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(host: QWidget, menu: QMenu, name: str, text: str, slot, shortcut=None,
               tip: str = "") -> QAction:  # fmt: skip
    """A named menu entry whose shortcut works even when the menu bar is hidden."""
    action = QAction(text, host)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    host.addAction(action)
    return action
