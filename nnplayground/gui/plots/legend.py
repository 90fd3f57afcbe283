"""Legends that never cover the data: one row above the plot's data area.

pyqtgraph's ``addLegend`` floats the legend over the view box, where a growing curve
runs under it (the loss legend covered the newest epochs). :func:`legend_above` puts the
legend in the plot's title row instead, laid out in columns, so it takes its own band
above the axes and moves with the plot when it is exported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)

from nnplayground.gui.plots import colors

#: Room between the legend row and the data area, in pixels.
GAP = 2


def legend_above(item: pg.PlotItem, columns: int = 4) -> pg.LegendItem:
    """A legend in a row above ``item``'s data area; curves added with ``name=`` join it
    (``item.legend`` is set, as ``addLegend`` does). The row is as tall as the legend."""
    legend = pg.LegendItem(
        colCount=columns, verSpacing=-4, horSpacing=16, labelTextColor=colors.DARK
    )
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
    legend.setMinimumWidth(0)  # a long entry never widens the plot beyond its widget
    legend.layout.setContentsMargins(0, 0, 0, 0)  # a thin row: the data keeps the height
    layout = item.layout
    layout.removeItem(item.titleLabel)
    item.titleLabel.hide()
    layout.addItem(legend, 0, 1)
    layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    item.legend = legend

    def fit() -> None:
        height = legend.layout.preferredHeight() if legend.items else 0
        layout.setRowFixedHeight(0, height + GAP if height else 0)

    legend.fit_row = fit  # call after adding or removing entries
    _add = legend.addItem

    def add(entry, name):
        _add(entry, name)
        fit()

    legend.addItem = add
    _clear = legend.clear

    def clear():
        _clear()
        fit()

    legend.clear = clear
    fit()
    return legend
