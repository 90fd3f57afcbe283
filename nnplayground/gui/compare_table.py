"""Summary table of a comparison: final losses and accuracies, speed, and status per variant.

A diverged variant is a red row saying so, not an error: divergence is one of the
outcomes a comparison is meant to show (a learning rate too high, say).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from nnplayground.gui import numbers

DIVERGED_COLOR = "#b00020"
STATUS_COLUMN = 6


def first_epoch_at_or_below(train_loss: np.ndarray, threshold: float) -> int | None:
    """1-based epoch whose train loss first reaches ``threshold`` (as engine epochs_to_reach)."""
    hits = np.nonzero(train_loss <= threshold)[0]
    return int(hits[0]) + 1 if hits.size else None


class CompareTable(QTableWidget):
    """One row per variant: variant, train/test loss, train/test accuracy, epochs to
    threshold, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("compareTable")
        self.setToolTip(self.tr("Final losses, accuracies and speed of every variant."))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Variant"),
                self.tr("Train loss"),
                self.tr("Test loss"),
                self.tr("Train accuracy"),
                self.tr("Test accuracy"),
                self.tr("Epochs to threshold"),
                self.tr("Status"),
            ]
        )
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_rows(
        self,
        labels: Sequence[str],
        data: Sequence[np.ndarray],
        statuses: Sequence[str],
        diverged: Sequence[bool],
        threshold: float,
    ) -> None:
        """Fill the table; ``data[i]`` is (n_i, 4): train/test loss, train/test accuracy."""
        self.setRowCount(len(labels))
        for row, (label, rows) in enumerate(zip(labels, data)):
            last = rows[-1] if len(rows) else np.full(4, np.nan)
            reached = first_epoch_at_or_below(rows[:, 0], threshold) if len(rows) else None
            cells = [
                label,
                _fmt(last[0]),
                _fmt(last[1]),
                _percent(last[2]),
                _percent(last[3]),
                str(reached) if reached is not None else self.tr("never"),
                statuses[row],
            ]
            for col, text in enumerate(cells):
                self._set_cell(row, col, text, diverged[row])

    def _set_cell(self, row: int, col: int, text: str, diverged: bool) -> None:
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, col, item)
        item.setText(text)
        item.setForeground(QBrush(QColor(DIVERGED_COLOR if diverged else "#000000")))


def _fmt(value: float) -> str:
    return numbers.number(value, ".4g")  # the window's decimal separator


def _percent(value: float) -> str:
    return numbers.number(value, ".1%")
