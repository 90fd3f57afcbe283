"""Theory beside measurement: the pre-activation spread at initialisation, per layer.

Measured: √(mean z²) of each layer on the training inputs, for freshly drawn weights
(the document's config and seed, so what Reset would give). Predicted: the mean-field
recursion q_l = σ_w²·E[f(√q_{l−1}·z)²] + σ_b² of :mod:`nnplayground.engine.meanfield`
for the chosen initializers and activations. Log y, because a bad scale grows or
collapses geometrically with depth.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnplayground.engine import meanfield
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.landscape import key


class MeanFieldPlot(QWidget):
    """``spread`` is the last :class:`~nnplayground.engine.meanfield.Spread` drawn."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meanFieldPlot")
        self.document = document
        self.spread = None
        self._stale = True
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("meanFieldPlotWidget")
        self.plot.setBackground("w")
        self.plot.setToolTip(
            self.tr(
                "Dots: the spread measured on freshly drawn weights; "
                "line: the mean-field prediction"
            )
        )
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=True)
        item.showGrid(x=False, y=True, alpha=0.3)
        item.setLabel("left", self.tr("spread of z at init, √mean(z²)"))
        item.setLabel("bottom", self.tr("layer"))
        item.setTitle(
            key(
                (
                    (colors.TEST, "━", self.tr("mean-field prediction")),
                    (colors.TRAIN, "●", self.tr("measured")),
                )
            ),
            size="9pt",
        )
        self.predicted = item.plot(pen=pg.mkPen(colors.TEST, width=2.5))
        self.measured = item.plot(pen=None, symbol="o", symbolSize=10, symbolBrush=colors.TRAIN)
        self.note = QLabel(self)
        self.note.setObjectName("meanFieldNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        document.weights_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Measure and predict for the document's config (when the plot is shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        exp = self.document.experiment
        try:
            with np.errstate(all="ignore"):
                s = meanfield.spread(exp.reset())  # the weights Reset would draw
        except ValueError as exc:
            self.spread = None
            self.predicted.setData([], [])
            self.measured.setData([], [])
            self.note.setText(self.tr("No prediction for this network: %1").replace("%1", str(exc)))
            return
        self.spread = s
        layers = np.arange(1, len(s.predicted) + 1)
        floor = 1e-300  # a collapsed spread of 0 still has a place on the log axis
        self.predicted.setData(layers, np.maximum(s.predicted_std, floor))
        self.measured.setData(layers, np.maximum(s.measured_std, floor))
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(float(k), str(k)) for k in layers]])
        with np.errstate(all="ignore"):  # a zero spread (zero weights) has no relative gap
            gaps = s.relative_error()
        finite = gaps[np.isfinite(gaps)]
        worst = float(finite.max()) if finite.size else float("nan")
        self.note.setText(
            self.tr(
                "Largest gap between theory and measurement: %1 of q = mean z² "
                "(narrow layers fluctuate more than the theory says)."
            ).replace("%1", f"{worst:.0%}")
        )

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()
