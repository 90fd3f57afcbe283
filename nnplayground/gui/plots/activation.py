"""One layer's activation f(z) and derivative f′(z), over the layer's real pre-activations.

The histogram of the layer's current pre-activations z is drawn behind the curves, so a
learner sees where the data sit on the curve: mass where f′ ≈ 0 is saturation (sigmoid,
tanh), mass at z < 0 under a ReLU is a dead zone.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnplayground.engine import activations
from nnplayground.gui import numbers
from nnplayground.gui.panels.help_texts import label
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.legend import legend_above
from nnplayground.gui.snapshot import LayerView

Z_STEPS = (6.0, 8.0, 10.0, 15.0, 20.0, 30.0)  # z half-widths: the last one is the cap
N_CURVE = 601
LEGEND_HEADROOM = 0.08  # a little air above the curves (the legend is above the axes)
N_BINS = 60
N_NOTABLE = 4


def z_half_width(z: np.ndarray | None) -> float:
    """Smallest step in Z_STEPS covering every finite |z| (capped at the last step)."""
    if z is None or z.size == 0:
        return Z_STEPS[0]
    finite = np.abs(z[np.isfinite(z)])
    top = float(finite.max()) if finite.size else 0.0
    for step in Z_STEPS:
        if top <= step:
            return step
    return Z_STEPS[-1]


def curves(name: str, params: dict, z: np.ndarray, units: int = 2) -> tuple[np.ndarray, ...]:
    """(f(z), f′(z)) for activation ``name``. Softmax, which is not elementwise, is shown
    for one unit with the other ``units - 1`` logits at 0, with the Jacobian diagonal."""
    act = activations.get(name, **params)
    if act.elementwise:
        a = act.f(z)
        return a, act.derivative(z, a)
    logits = np.zeros((z.size, max(units, 2)))
    logits[:, 0] = z
    a = act.f(logits)[:, 0]
    return a, act.derivative(z, a)


class ActivationPlot(QWidget):
    """f(z), f′(z) and the selected layer's pre-activation histogram."""

    layer_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationPlot")
        self.setToolTip(self.tr("The selected layer's activation function and its slope."))
        self._specs: list[tuple[str, dict, int]] = []  # (activation, params, units) per layer
        self._index = 0
        self._drawn: tuple | None = None  # (name, params, half width, units) of the curves
        self._baseline = 0.0
        self._height = 1.0
        self._view = None
        self._notable: list[str] = []

        self.layerCombo = QComboBox()
        self.layerCombo.setObjectName("layerCombo")
        self.layerCombo.setToolTip(self.tr("Which layer's activation to show."))
        self.layerCombo.currentIndexChanged.connect(self._on_layer_changed)
        self.formulaLabel = QLabel()
        self.formulaLabel.setObjectName("activationFormulaLabel")
        self.formulaLabel.setToolTip(self.tr("The activation f and its derivative f′."))
        self.formulaLabel.setWordWrap(True)
        self.notableLabel = QLabel()
        self.notableLabel.setObjectName("activationNotableLabel")
        self.notableLabel.setToolTip(self.tr("The values at the dots on the curves"))
        self.notableLabel.setWordWrap(True)
        self.statsLabel = QLabel()
        self.statsLabel.setObjectName("activationStatsLabel")
        self.statsLabel.setToolTip(
            self.tr("Share of this layer's values in the flat parts of the curve.")
        )
        self._build_plot()

        top = QHBoxLayout()
        top.addWidget(self.layerCombo)
        top.addWidget(self.statsLabel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.notableLabel)
        layout.addWidget(self.formulaLabel)

    def _build_plot(self) -> None:
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("activationPlotWidget")
        self.plot_widget.setToolTip(
            self.tr(
                "Grey bars: where this layer's pre-activations z are now. Where f′ is near 0 "
                "the layer barely learns."
            )
        )
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("z (pre-activation)"))
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMenuEnabled(False)
        # Rows above the data area, never over the curves. The marked points' values
        # ("max f′ = 0.25") are written under the plot (notableLabel), never on a curve.
        self.legend = legend = legend_above(item, columns=2)
        self.hist = pg.PlotDataItem(
            stepMode="center",
            fillLevel=0.0,
            brush=pg.mkBrush(*colors.HIST_FILL),
            pen=pg.mkPen(colors.HIST_EDGE),
        )
        self.f_curve = pg.PlotDataItem(pen=pg.mkPen(colors.F_CURVE, width=2.5))
        self.df_curve = pg.PlotDataItem(
            pen=pg.mkPen(colors.DF_CURVE, width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.notable = pg.ScatterPlotItem(
            size=9, brush=pg.mkBrush(colors.DARK), pen=pg.mkPen(colors.WHITE)
        )
        for graphic in (self.hist, self.f_curve, self.df_curve, self.notable):
            item.addItem(graphic)
        legend.addItem(self.f_curve, "f(z)")
        legend.addItem(self.df_curve, "f′(z)")
        legend.addItem(self.hist, self.tr("pre-activations z (this layer)"))

    # ----------------------------------------------------------------- API
    def set_layers(self, cfg) -> None:
        """List the layers of ``cfg`` (an ExperimentConfig); keep the selection if it exists."""
        layers = [*cfg.network.hidden, cfg.network.output]
        self._specs = [
            (lyr.activation.name, dict(lyr.activation.params), lyr.units) for lyr in layers
        ]
        keep = min(self._index, len(layers) - 1)
        self.layerCombo.blockSignals(True)
        self.layerCombo.clear()
        for i in range(len(layers)):
            self.layerCombo.addItem(self._layer_title(i))
        self.layerCombo.setCurrentIndex(keep)
        self.layerCombo.blockSignals(False)
        self._view = None
        self._select(keep, emit=keep != self._index)

    def set_layer(self, index: int) -> None:
        """Show layer ``index`` (0 = first hidden layer, last = output)."""
        self.layerCombo.setCurrentIndex(index)

    def current_layer(self) -> int:
        return self._index

    def update_view(self, view) -> None:
        """Redraw from a ViewSnapshot: the selected layer's z histogram (and curves if its
        activation or z range changed)."""
        self._view = view
        self._refresh()

    # ----------------------------------------------------------------- internals
    def _layer_title(self, i: int) -> str:
        name = label(self._specs[i][0])  # "Sigmoïde", as the layer rows say
        if i == len(self._specs) - 1:
            return self.tr("Output ({0})").format(name)
        return self.tr("Hidden {0} ({1})").format(i + 1, name)

    def _on_layer_changed(self, index: int) -> None:
        if index >= 0:
            self._select(index, emit=True)

    def _select(self, index: int, emit: bool) -> None:
        self._index = max(index, 0)
        self._refresh()
        if emit:
            self.layer_selected.emit(self._index)

    def _layer_view(self):
        view = self._view
        if view is None or not 0 <= self._index < len(view.layers):
            return None
        return view.layers[self._index]

    def _refresh(self) -> None:
        if not self._specs:
            return
        name, params, units = self._specs[self._index]
        lv = self._layer_view()
        z = None
        if lv is not None:
            name, params = lv.activation, dict(lv.activation_params)
            units = int(lv.stats.units or units)
            z = np.asarray(lv.z_sample, dtype=np.float64).ravel()
            if self._specs[self._index][0] != name:
                self._specs[self._index] = (name, params, units)
                self.layerCombo.setItemText(self._index, self._layer_title(self._index))
        key = (name, tuple(sorted(params.items())), z_half_width(z), units)
        if key != self._drawn:
            self._draw_curves(name, params, key[2], units)
            self._drawn = key
        self._draw_histogram(z, key[2])
        self._show_stats(lv)

    def _draw_curves(self, name: str, params: dict, half: float, units: int) -> None:
        z = np.linspace(-half, half, N_CURVE)
        f, df = curves(name, params, z, units)
        self.f_curve.setData(z, f)
        self.df_curve.setData(z, df)
        finite = np.concatenate([f[np.isfinite(f)], df[np.isfinite(df)], [0.0, 1.0]])
        lo, hi = float(finite.min()), float(finite.max())
        self._baseline, self._height = lo, (hi - lo) * 0.7
        self.hist.setFillLevel(lo)
        act = activations.get(name, **params)
        self._show_notable(act.notable)
        self._show_formula(act)
        item = self.plot_widget.getPlotItem()
        item.setXRange(-half, half, padding=0.02)
        item.setYRange(lo, hi + LEGEND_HEADROOM * (hi - lo), padding=0.04)

    def _draw_histogram(self, z: np.ndarray | None, half: float) -> None:
        if z is None or z.size == 0:
            self.hist.setData([], [])
            return
        edges = np.linspace(-half, half, N_BINS + 1)
        finite = z[np.isfinite(z)]
        counts, _ = np.histogram(np.clip(finite, -half, half), bins=edges)
        top = counts.max() if counts.size and counts.max() > 0 else 1
        self.hist.setData(edges, self._baseline + counts / top * self._height)

    def _show_notable(self, notable) -> None:
        """Dots on the curve; their values are the legend entry of the dots."""
        points = [(x, y) for x, y, _ in notable[:N_NOTABLE]]
        self.notable.setData(pos=np.array(points).reshape(-1, 2))
        self._notable = [
            numbers.in_text(label.replace("'", "′")) for _, _, label in notable[:N_NOTABLE]
        ]
        self.notableLabel.setText("●  " + "   ".join(self._notable) if self._notable else "")
        self.notableLabel.setVisible(bool(self._notable))

    def notable_texts(self) -> list[str]:
        """The marked points' labels as shown ("max f′ = 0.25"), in the window's numbers."""
        return list(self._notable)

    def _show_formula(self, act) -> None:
        text = f"{act.formula}     {act.derivative_formula}".replace("'", "′")
        if not act.elementwise:
            text += "\n" + self.tr(
                "Softmax mixes all output units: the curve is one unit's f_k with the other "
                "logits at 0, and f′ shows the Jacobian diagonal f_k(1 − f_k)."
            )
        self.formulaLabel.setText(text)

    def _show_stats(self, lv: LayerView | None) -> None:
        parts = []
        saturated = lv.stats.saturated_fraction if lv is not None else 0.0
        dead = lv.stats.dead_fraction if lv is not None else 0.0
        if saturated > 0:
            parts.append(
                self.tr("saturated units: %1").replace("%1", numbers.number(saturated, ".0%"))
            )
        if dead > 0:
            parts.append(self.tr("dead units: %1").replace("%1", numbers.number(dead, ".0%")))
        self.statsLabel.setText("  ·  ".join(parts))

    def drawn_activation(self) -> str | None:
        """Name of the activation whose curves are drawn (for tests)."""
        return None if self._drawn is None else self._drawn[0]
