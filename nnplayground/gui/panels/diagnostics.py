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

from nnplayground.gui import numbers  # noqa: E402
from nnplayground.gui.panels.help_texts import label as activation_label  # noqa: E402
from nnplayground.gui.plots import colors  # noqa: E402
from nnplayground.gui.plots.axes import LogAxis  # noqa: E402
from nnplayground.gui.plots.legend import legend_above  # noqa: E402

#: Dark, distinct colours for the per-layer gradient curves (≥ 3:1 on white).
SERIES = (colors.TRAIN, colors.RED, "#2CA02C", "#9467BD", "#8C564B", "#E377C2", "#17BECF",
          colors.TEST, "#7F7F7F", "#BCBD22")  # fmt: skip

GRAD_HISTORY = 2000  # points kept per layer for the gradient-norm plot
#: Minimum useful heights (px): the table shows its header and three rows; the plots keep
#: room for their axes and a readable histogram. The dock scrolls rather than squash them.
MIN_HEIGHTS = {"histograms": 180, "norms": 170}


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
        self.empty = QLabel(
            self.tr(
                "Press Play or Step to see each layer's activations and gradients, and which "
                "units are dead or saturated."
            ),
            self,
        )
        self.empty.setObjectName("diagnosticsEmptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(80)
        headers = (self.tr("Layer"), self.tr("Activation"), self.tr("Dead"),
                   self.tr("Saturated"), self.tr("‖gradient‖"), self.tr("Symmetry"))  # fmt: skip
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("diagnosticsTable")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
        self.table.setAccessibleName(self.tr("Diagnostics per layer"))
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
        self.norms = pg.PlotWidget(self, axisItems={"left": LogAxis("left")})
        self.norms.setObjectName("gradientNormPlot")
        self.norms.setBackground("w")
        self.norms.setLogMode(y=True)
        self.norms.setLabel("bottom", self.tr("epoch"))
        self.norms.setLabel("left", self.tr("‖gradient‖"))
        legend_above(self.norms.getPlotItem(), columns=4)  # never over the curves
        self.norms.setToolTip(self.tr("Each layer's gradient norm over time (log scale)."))
        self.histograms.setMinimumHeight(MIN_HEIGHTS["histograms"])
        self.norms.setMinimumHeight(MIN_HEIGHTS["norms"])
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for w in (self.table, self.histograms, self.norms):
            splitter.addWidget(w)
        splitter.setSizes([130, 240, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        splitter.hide()

    def _fit_table_height(self) -> None:
        """The header and up to three rows, at least (more rows scroll)."""
        rows = self.table.verticalHeader().defaultSectionSize() * 3
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(rows + header + 2 * self.table.frameWidth())

    def has_data(self) -> bool:
        """True once a snapshot with statistics was drawn (the plots are shown)."""
        return not self.splitter.isHidden()

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
            top.setTitle(self._layer_name(i, n), color=colors.DARK)  # the app's font size
        self.norms.clear()
        self._norm_x, self._norm_y = [[] for _ in range(n)], [[] for _ in range(n)]
        self._norm_curves = [
            self.norms.plot(
                [], [], pen=pg.mkPen(SERIES[i % len(SERIES)], width=2), name=self._layer_name(i, n)
            )  # fmt: skip
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
        self.splitter.hide()
        self.empty.show()

    def update_view(self, view) -> None:
        """Draw ``view.layers`` (a ViewSnapshot from the training worker)."""
        layers = [lv.stats for lv in view.layers if lv.stats is not None]
        if not layers:
            return
        if len(layers) != self._n_layers:
            self._rebuild(len(layers))
        if self.splitter.isHidden():
            self.empty.hide()
            self.splitter.show()
            self._fit_table_height()
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
        dead = numbers.number(st.dead_fraction, ".0%") if st.can_die else "—"
        sat = numbers.number(st.saturated_fraction, ".0%") if st.can_saturate else "—"
        values = (
            self._layer_name(i, n),
            activation_label(st.activation),  # "Sigmoïde", as the layer rows say
            dead,
            sat,
            numbers.number(st.grad_norm, ".3g"),
            numbers.number(st.symmetry, ".2f") if st.units > 1 else "—",
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
