"""Live per-layer diagnostics: histograms through depth, dead/saturated units, gradients.

Small multiples, one column per layer: activation histogram on top, gradient histogram
below, so vanishing or exploding signal through depth shows as columns getting thinner
or wider from left to right. A table gives the fractions and scores; a plot tracks each
layer's gradient norm over time; a banner warns when units are identical.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)

GRAD_HISTORY = 2000  # points kept per layer for the gradient-norm plot
COLUMNS = ("Layer", "Activation", "Dead", "Saturated", "‖gradient‖", "Symmetry")


class DiagnosticsPanel(QWidget):
    """Shows ``ViewSnapshot.layers[i].stats`` (engine.diagnostics.LayerStats) live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPanel")
        self._n_layers = -1
        self._columns: list[tuple[pg.PlotItem, pg.PlotItem]] = []
        self._act_curves: list[pg.PlotDataItem] = []
        self._grad_curves: list[pg.PlotDataItem] = []
        self._norm_curves: list[pg.PlotDataItem] = []
        self._norm_x: list[list[float]] = []
        self._norm_y: list[list[float]] = []
        self._build()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.warning = QLabel(self)
        self.warning.setObjectName("symmetryWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c1c; padding: 4px; border-radius: 3px; }"
        )
        self.warning.hide()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("diagnosticsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setToolTip(
            self.tr(
                "Dead: ReLU units that output 0 for every point. Saturated: sigmoid/tanh units "
                "whose slope is almost 0 for most points. Symmetry: 1.00 means two units of "
                "the layer are identical."
            )
        )
        self.histograms = pg.GraphicsLayoutWidget(self)
        self.histograms.setObjectName("diagnosticsHistograms")
        self.histograms.setBackground("w")
        self.histograms.setToolTip(
            self.tr(
                "One column per layer. Top: the layer's activations. Bottom: the gradient "
                "dL/dz reaching it. Columns that shrink from left to right mean the signal "
                "vanishes through depth."
            )
        )
        self.norms = pg.PlotWidget(self)
        self.norms.setObjectName("gradientNormPlot")
        self.norms.setBackground("w")
        self.norms.setLogMode(y=True)
        self.norms.setLabel("bottom", self.tr("epoch"))
        self.norms.setLabel("left", self.tr("‖gradient‖"))
        self.norms.addLegend(offset=(5, 5))
        self.norms.setToolTip(self.tr("Each layer's gradient norm over time (log scale)."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for w in (self.table, self.histograms, self.norms):
            splitter.addWidget(w)
        splitter.setSizes([110, 220, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.warning)
        layout.addWidget(splitter)

    def _layer_name(self, i: int, n: int) -> str:
        return self.tr("Output") if i == n - 1 else self.tr("Hidden %1").replace("%1", str(i + 1))

    def _rebuild(self, n: int) -> None:
        """Fit the per-layer items to ``n`` layers. Histogram plots are reused: creating
        a pyqtgraph PlotItem costs ~15 ms, and recreating all of them made every network
        edit take ~200 ms (found by the GUI stress test)."""
        self._n_layers = n
        while len(self._columns) > n:
            for plot in self._columns.pop():
                self.histograms.removeItem(plot)
        while len(self._columns) < n:
            self._columns.append(self._add_column(len(self._columns)))
        self._act_curves = [top.curve for top, _ in self._columns]
        self._grad_curves = [bottom.curve for _, bottom in self._columns]
        for i, (top, _) in enumerate(self._columns):
            top.setTitle(self._layer_name(i, n), size="8pt")
        self.norms.clear()
        self._norm_x, self._norm_y = [[] for _ in range(n)], [[] for _ in range(n)]
        self._norm_curves = [
            self.norms.plot([], [], pen=pg.intColor(i, hues=max(n, 2)), name=self._layer_name(i, n))
            for i in range(n)
        ]
        self.table.setRowCount(n)

    def _add_column(self, i: int) -> tuple[pg.PlotItem, pg.PlotItem]:
        """The activation (top) and gradient (bottom) histograms of layer ``i``."""
        plots = []
        for row, color, label in (
            (0, "#0877BD", self.tr("activations")),
            (1, "#F59322", self.tr("gradients")),
        ):
            plot = self.histograms.addPlot(row=row, col=i)
            plot.hideAxis("left")
            plot.setMouseEnabled(False, False)
            plot.setMenuEnabled(False)
            if i == 0:
                plot.setLabel("left", label)
                plot.showAxis("left", False)
            plot.curve = plot.plot(
                [0.0, 1.0], [0.0], stepMode="center", fillLevel=0, brush=color, pen=color
            )
            plots.append(plot)
        return plots[0], plots[1]

    # ----------------------------------------------------------------- updates
    def reset(self) -> None:
        """Forget the gradient-norm history (new run or new network)."""
        self._n_layers = -1
        self.warning.hide()

    def update_view(self, view) -> None:
        """Draw ``view.layers`` (a ViewSnapshot from the training worker)."""
        layers = [lv.stats for lv in view.layers if lv.stats is not None]
        if not layers:
            return
        if len(layers) != self._n_layers:
            self._rebuild(len(layers))
        for i, st in enumerate(layers):
            self._act_curves[i].setData(st.a_hist[1], st.a_hist[0])
            self._grad_curves[i].setData(st.grad_hist[1], st.grad_hist[0])
            self._append_norm(i, view.epoch, st.grad_norm)
            self._fill_row(i, st, len(layers))
        self._update_warning(layers)

    def _append_norm(self, i: int, epoch: int, norm: float) -> None:
        xs, ys = self._norm_x[i], self._norm_y[i]
        if xs and epoch <= xs[-1]:
            return
        xs.append(float(epoch))
        ys.append(max(float(norm), 1e-300))
        if len(xs) > GRAD_HISTORY:  # keep every other old point: bounded, still spans all time
            half = len(xs) // 2
            xs[:half], ys[:half] = xs[:half:2], ys[:half:2]
        self._norm_curves[i].setData(np.asarray(xs), np.asarray(ys))

    def _fill_row(self, i: int, st, n: int) -> None:
        # The verdicts (can_die, can_saturate, identical) come with the stats: one rule.
        dead = f"{st.dead_fraction:.0%}" if st.can_die else "—"
        sat = f"{st.saturated_fraction:.0%}" if st.can_saturate else "—"
        values = (
            self._layer_name(i, n),
            st.activation,
            dead,
            sat,
            f"{st.grad_norm:.3g}",
            f"{st.symmetry:.2f}" if st.units > 1 else "—",
        )
        for col, text in enumerate(values):
            item = self.table.item(i, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(i, col, item)
            item.setText(text)
            bad = (
                (col == 2 and st.dead_count > 0)
                or (col == 3 and st.saturated_count > 0)
                or (col == 5 and st.identical)
            )
            item.setForeground(QColor("#c0392b") if bad else QColor("#222222"))

    def _update_warning(self, layers) -> None:
        identical = [i for i, st in enumerate(layers) if st.identical]
        if not identical:
            self.warning.hide()
            return
        names = ", ".join(self._layer_name(i, len(layers)) for i in identical)
        self.warning.setText(
            self.tr(
                "Identical units in %1 (symmetry 1.00): they get the same updates and "
                "will never learn different things. Start from random weights."
            ).replace("%1", names)
        )
        self.warning.show()
