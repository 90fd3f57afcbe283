"""Undoable hand edits of a :class:`~nnplayground.gui.document.Document`: one weight or
bias changed, the data points replaced. The commands live on the document's QUndoStack;
each only calls the document's own writers, so an undo goes through the same path (and
emits the same signals) as the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

#: Command ids for QUndoCommand.mergeWith: a slider drag or a wheel turn on one parameter
#: is one undo step, not one per pixel.
PARAMETER_ID = 1001


class ParameterCommand(QUndoCommand):
    """Flat parameter ``index`` goes from ``old`` to ``new``; consecutive edits of the
    same parameter marked ``mergeable`` merge into one step."""

    def __init__(self, document, index: int, label: str, old: float, new: float,
                 mergeable: bool) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("Document", "Change %1").replace("%1", label))
        self.document, self.index, self.old, self.new = document, index, old, new
        self.mergeable = mergeable

    def id(self) -> int:  # noqa: A003 (Qt override)
        return PARAMETER_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not (isinstance(other, ParameterCommand) and self.mergeable and other.mergeable):
            return False
        if other.index != self.index:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document._write_parameter(self.index, self.new)

    def undo(self) -> None:
        self.document._write_parameter(self.index, self.old)


class PointsCommand(QUndoCommand):
    """The data's hand-placed points go from ``old`` to ``new`` (None: the generated or
    CSV data of the data settings)."""

    def __init__(self, document, text: str, old, new) -> None:
        super().__init__(text)
        self.document, self.old, self.new = document, old, new

    def redo(self) -> None:
        self.document._install_points(self.new)

    def undo(self) -> None:
        self.document._install_points(self.old)
