"""Overlaid loss curves of a comparison: one colour per variant, test loss dashed.

Curves are created once per run (:meth:`ComparePlot.set_variants`, when the number of
variants changes the structure) and updated in place (:meth:`ComparePlot.update_data`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import PySide6  # noqa: F401  (imported before pyqtgraph so that it binds to PySide6)

# isort: split
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (not loaded by `import pyqtgraph`)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from nnplayground.gui.plots import colors

EXPORT_WIDTH_PX = 1200
BOTH, TRAIN, TEST = "both", "train", "test"
VARIANT_COLORS = (colors.TRAIN, colors.TEST, *colors.CATEGORICAL[2:])


class ComparePlot(QWidget):
    """Loss against epoch for every variant, with a legend, a log-y toggle and a curve choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePlotPanel")
        self._data: list[np.ndarray] = []
        self.solid: list[pg.PlotDataItem] = []
        self.dashed: list[pg.PlotDataItem] = []
        self.band = None  # the seed spread's FillBetweenItem, made on first use
        self.band_edges: list[pg.PlotDataItem] = []
        self.median_curve = None
        self._band_data = None
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("comparePlot")
        self.plot_widget.setToolTip(self.tr("Loss per epoch, one colour per variant."))
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("epoch"))
        item.setLabel("left", self.tr("loss"))
        for side in ("bottom", "left"):
            item.getAxis(side).enableAutoSIPrefix(False)  # "loss (x0.001)" reads badly
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMenuEnabled(False)
        self.legend = item.addLegend(offset=(-10, 10))
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 200))
        self.logCheck = QCheckBox(self.tr("Log scale"))
        self.logCheck.setObjectName("compareLogCheck")
        self.logCheck.setToolTip(self.tr("Show the loss on a logarithmic axis."))
        self.logCheck.toggled.connect(self._on_log_toggled)
        self.curveCombo = QComboBox()
        self.curveCombo.setObjectName("compareCurveCombo")
        self.curveCombo.setToolTip(self.tr("Which losses to draw."))
        self.curveCombo.addItem(self.tr("Train (solid) and test (dashed)"), BOTH)
        self.curveCombo.addItem(self.tr("Train loss only"), TRAIN)
        self.curveCombo.addItem(self.tr("Test loss only"), TEST)
        self.curveCombo.currentIndexChanged.connect(self._redraw)
        top = QHBoxLayout()
        top.addWidget(self.curveCombo)
        top.addWidget(self.logCheck)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)

    # ----------------------------------------------------------------- API
    def set_variants(self, labels: Sequence[str]) -> None:
        """One solid and one dashed curve per variant (rebuilt only if the labels change)."""
        if labels:
            self.hide_band()
        if [self.legend.getLabel(c).text for c in self.solid] == list(labels):
            self.update_data([np.empty((0, 4)) for _ in labels])
            return
        item = self.plot_widget.getPlotItem()
        for curve in self.solid + self.dashed:
            self.legend.removeItem(curve)
            item.removeItem(curve)
        self.solid, self.dashed = [], []
        for i, label in enumerate(labels):
            color = VARIANT_COLORS[i % len(VARIANT_COLORS)]
            solid = pg.PlotDataItem(pen=pg.mkPen(color, width=2), connect="finite")
            dashed = pg.PlotDataItem(
                pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine), connect="finite"
            )
            item.addItem(solid)
            item.addItem(dashed)
            self.legend.addItem(solid, label)
            self.solid.append(solid)
            self.dashed.append(dashed)
        self._data = [np.empty((0, 4)) for _ in labels]

    def show_band(self, median: np.ndarray, low: np.ndarray, high: np.ndarray, label: str) -> None:
        """The median test loss per epoch over seeds with its 10–90 % band (FillBetweenItem),
        instead of the variants' curves. Items are created once and updated in place."""
        self.set_variants([])
        self._band_data = (median, low, high, label)
        item = self.plot_widget.getPlotItem()
        if self.band is None:
            color = VARIANT_COLORS[0]
            self.band_edges = [pg.PlotDataItem(pen=pg.mkPen(color, width=0.5)) for _ in range(2)]
            fill = pg.mkColor(color)
            fill.setAlpha(60)
            self.band = pg.FillBetweenItem(*self.band_edges, brush=pg.mkBrush(fill))
            self.median_curve = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5))
            for thing in (*self.band_edges, self.band, self.median_curve):
                item.addItem(thing)
            self.legend.addItem(self.median_curve, label)
        self.legend.getLabel(self.median_curve).setText(label)
        epochs = np.arange(1, len(median) + 1, dtype=np.float64)
        log = self.logCheck.isChecked()

        def shown(values):
            values = np.asarray(values, dtype=np.float64)
            return np.where(values > 0, values, np.nan) if log else values

        for curve, values in zip((*self.band_edges, self.median_curve), (low, high, median)):
            curve.setData(epochs, shown(values))
        for thing in (*self.band_edges, self.band, self.median_curve):
            thing.setVisible(True)

    def hide_band(self) -> None:
        self._band_data = None
        if self.band is not None:
            for thing in (*self.band_edges, self.band, self.median_curve):
                thing.setVisible(False)

    def update_data(self, data: Sequence[np.ndarray]) -> None:
        """Redraw from ``data[i]`` (n_i, 4): train_loss, test_loss, train_acc, test_acc."""
        self._data = list(data)
        self._redraw()

    def legend_names(self) -> list[str]:
        """The legend's entries, in order (for tests and accessibility)."""
        return [label.text for _sample, label in self.legend.items]

    def export(self, path: str) -> None:
        """Write the plot to ``path`` (.png or .svg) via a temporary file and a rename."""
        from nnplayground.fileio import atomic_write

        suffix = os.path.splitext(path)[1].lower()

        def write(tmp: str) -> None:
            item = self.plot_widget.getPlotItem()
            if suffix == ".svg":
                exporter = pg.exporters.SVGExporter(item)
            else:
                exporter = pg.exporters.ImageExporter(item)
                exporter.parameters()["width"] = EXPORT_WIDTH_PX
            exporter.parameters()["background"] = pg.mkColor("w")
            if exporter.export(fileName=tmp) is False or os.path.getsize(tmp) == 0:
                raise RuntimeError(f"the plot could not be rendered to {os.path.basename(path)}")

        atomic_write(path, write, suffix=suffix)

    # ----------------------------------------------------------------- internals
    def _on_log_toggled(self, on: bool) -> None:
        self.plot_widget.getPlotItem().setLogMode(x=False, y=on)
        if self._band_data is not None:
            self.show_band(*self._band_data)
        self._redraw()

    def _column(self, rows: np.ndarray, col: int) -> np.ndarray:
        values = np.asarray(rows[:, col], dtype=np.float64)
        if self.logCheck.isChecked():
            values = np.where(values > 0, values, np.nan)  # a log axis cannot show them
        return values

    def _redraw(self, *_args) -> None:
        mode = self.curveCombo.currentData()
        solid_col = 1 if mode == TEST else 0
        for solid, dashed, rows in zip(self.solid, self.dashed, self._data):
            epochs = np.arange(1, len(rows) + 1, dtype=np.float64)
            if len(rows) == 0:
                solid.setData([], [])
                dashed.setData([], [])
                continue
            solid.setData(epochs, self._column(rows, solid_col))
            if mode == BOTH:
                dashed.setData(epochs, self._column(rows, 1))
            else:
                dashed.setData([], [])
