"""Activation explorer: any activation's f(z) and f′(z), its formulas and its known problems.

Nothing trains here: the learner picks an activation, sets its parameters and the z range,
and optionally overlays a second activation to compare (sigmoid against tanh, say). The
plot items are created once and updated with ``setData``; only the parameter spin boxes
are rebuilt, because their number depends on the activation.
"""

from __future__ import annotations

import math

import numpy as np
import PySide6  # noqa: F401  (imported before pyqtgraph so that it binds to PySide6)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import activations
from nnplayground.gui.panels import help_texts
from nnplayground.gui.panels.number_spin import NumberSpinBox
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.activation import curves

N_CURVE = 1201
N_NOTABLE = 4
DEFAULT_HALF_WIDTH = 6.0
COMPARE_F = "#2CA02C"
COMPARE_DF = "#9467BD"


def problem_keys(name: str, act: activations.Activation) -> list[str]:
    """Keys of the known problems of activation ``name`` (built as ``act``), in display
    order (keys of ``_problem_texts``). Read from the activation's own metadata."""
    checks = (
        ("linear", not act.nonlinear),
        ("saturation", act.saturating),
        ("dead", act.rectified),
        ("not_zero_centred", not act.zero_centred and not act.output_only),
        ("non_monotonic", not act.monotonic),
        ("periodic", act.periodic),
        ("unbounded", act.bounds[1] == math.inf),
        ("softmax", act.output_only),
    )
    return [key for key, applies in checks if applies]


class ActivationExplorer(QDialog):
    """Pick an activation and its parameters; see f, f′, notable points and known problems."""

    def __init__(self, parent: QWidget | None = None, activation: str = "sigmoid") -> None:
        super().__init__(parent)
        self.setObjectName("activationExplorer")
        self.setWindowTitle(self.tr("Activation explorer"))
        self.setToolTip(self.tr("Explore activation functions and their derivatives."))
        self.param_spins: dict[str, QDoubleSpinBox | QSpinBox] = {}
        self._build_controls()
        self._build_plot()
        self._build_info()
        self._build_layout()
        self.set_activation(activation)

    # ----------------------------------------------------------------- construction
    def _activation_combo(self, object_name: str, tooltip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        combo.setToolTip(tooltip)
        for name in activations.names():
            combo.addItem(help_texts.label(name), name)
        return combo

    def _build_controls(self) -> None:
        self.activationCombo = self._activation_combo(
            "explorerActivationCombo", self.tr("The activation function to explore.")
        )
        self.activationCombo.currentIndexChanged.connect(self._on_activation_changed)
        self.rangeSpin = NumberSpinBox()
        self.rangeSpin.setObjectName("rangeSpin")
        self.rangeSpin.setToolTip(self.tr("Half-width of the z axis: the plot spans −z … z."))
        self.rangeSpin.setRange(0.5, 100.0)
        self.rangeSpin.setSingleStep(1.0)
        self.rangeSpin.setDecimals(1)
        self.rangeSpin.setValue(DEFAULT_HALF_WIDTH)
        self.rangeSpin.valueChanged.connect(self._redraw)
        self.compareCheck = QCheckBox(self.tr("Compare with"))
        self.compareCheck.setObjectName("explorerCompareCheck")
        self.compareCheck.setToolTip(self.tr("Overlay a second activation (default parameters)."))
        self.compareCheck.toggled.connect(self._on_compare_toggled)
        self.compareCombo = self._activation_combo(
            "explorerCompareCombo", self.tr("The activation to overlay for comparison.")
        )
        self.compareCombo.setCurrentIndex(max(self.compareCombo.findData("tanh"), 0))
        self.compareCombo.setEnabled(False)
        self.compareCombo.currentIndexChanged.connect(self._redraw)
        self.paramsBox = QWidget()
        self.paramsBox.setObjectName("explorerParams")
        self.paramsBox.setToolTip(self.tr("Parameters of the chosen activation."))
        self._params_form = QFormLayout(self.paramsBox)
        self._params_form.setContentsMargins(0, 0, 0, 0)

    def _build_plot(self) -> None:
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("explorerPlot")
        self.plot_widget.setToolTip(
            self.tr("Solid: f(z). Dashed: its slope f′(z). Where f′ is near 0, learning stalls.")
        )
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("z (pre-activation)"))
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMenuEnabled(False)
        self.legend = item.addLegend(offset=(10, 10))
        dash = Qt.PenStyle.DashLine
        self.f_curve = pg.PlotDataItem(pen=pg.mkPen(colors.F_CURVE, width=2.5))
        self.df_curve = pg.PlotDataItem(pen=pg.mkPen(colors.DF_CURVE, width=2, style=dash))
        self.compare_f_curve = pg.PlotDataItem(pen=pg.mkPen(COMPARE_F, width=2))
        self.compare_df_curve = pg.PlotDataItem(pen=pg.mkPen(COMPARE_DF, width=1.5, style=dash))
        self.notable = pg.ScatterPlotItem(
            size=9, brush=pg.mkBrush(colors.DARK), pen=pg.mkPen(colors.WHITE)
        )
        for graphic in (
            self.f_curve,
            self.df_curve,
            self.compare_f_curve,
            self.compare_df_curve,
            self.notable,
        ):
            item.addItem(graphic)
        self.notable_labels: list[pg.TextItem] = []
        for _ in range(N_NOTABLE):
            text = pg.TextItem(color=colors.DARK, anchor=(0, 1))
            text.hide()
            item.addItem(text)
            self.notable_labels.append(text)
        self.legend.addItem(self.f_curve, "f(z)")
        self.legend.addItem(self.df_curve, "f′(z)")

    def _info_label(self, object_name: str, tooltip: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setToolTip(tooltip)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_info(self) -> None:
        self.formulaLabel = self._info_label(
            "explorerFormulaLabel", self.tr("The function and its derivative.")
        )
        self.rangeLabel = self._info_label(
            "explorerRangeLabel", self.tr("The values the activation can output.")
        )
        self.zeroCentredLabel = self._info_label(
            "explorerZeroCentredLabel",
            self.tr("Zero-centred outputs keep the next layer's inputs balanced around 0."),
        )
        self.problemsLabel = self._info_label(
            "explorerProblemsLabel", self.tr("Known problems of this activation.")
        )
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Activation"), self.activationCombo)
        form.addRow(self.paramsBox)
        form.addRow(self.tr("z range ±"), self.rangeSpin)
        compare = QHBoxLayout()
        compare.addWidget(self.compareCheck)
        compare.addWidget(self.compareCombo, 1)
        form.addRow(compare)
        side = QVBoxLayout()
        side.addLayout(form)
        for label in (self.formulaLabel, self.rangeLabel, self.zeroCentredLabel):
            side.addWidget(label)
        side.addWidget(self.problemsLabel)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)
        body = QHBoxLayout()
        body.addWidget(self.plot_widget, 1)
        body.addWidget(side_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("explorerButtons")
        buttons.setToolTip(self.tr("Close the explorer."))
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("explorerCloseButton")
        close_button.setToolTip(self.tr("Close this window."))
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)

    # ----------------------------------------------------------------- API
    def set_activation(self, name: str, **params: float) -> None:
        """Show activation ``name`` (a registry name or alias) with ``params``."""
        name = activations.REGISTRY.canonical(name)
        with QSignalBlocker(self.activationCombo):
            self.activationCombo.setCurrentIndex(self.activationCombo.findData(name))
        self._rebuild_params(name)
        for key, value in params.items():
            self.param_spins[key].setValue(value)
        self._redraw()

    def activation_name(self) -> str:
        return str(self.activationCombo.currentData())

    def params(self) -> dict[str, float]:
        """The current parameter values from the spin boxes."""
        return {key: spin.value() for key, spin in self.param_spins.items()}

    def set_compare(self, name: str | None) -> None:
        """Overlay activation ``name`` (None: no overlay)."""
        if name is not None:
            index = self.compareCombo.findData(activations.REGISTRY.canonical(name))
            self.compareCombo.setCurrentIndex(index)
        self.compareCheck.setChecked(name is not None)

    # ----------------------------------------------------------------- internals
    def _on_activation_changed(self, _index: int) -> None:
        self._rebuild_params(self.activation_name())
        self._redraw()

    def _rebuild_params(self, name: str) -> None:
        while self._params_form.rowCount():
            self._params_form.removeRow(0)
        self.param_spins = {}
        for param in activations.REGISTRY.params(name):
            if param.kind not in ("float", "int"):
                continue  # no activation has other kinds today
            spin = QSpinBox() if param.kind == "int" else NumberSpinBox()
            if isinstance(spin, QDoubleSpinBox):
                spin.setDecimals(3)
                spin.setSingleStep(0.01 if (param.maximum or 10) <= 1 else 0.1)
            spin.setObjectName(f"explorerParam_{param.name}")
            spin.setToolTip(help_texts.param_help(param.help) or help_texts.label(param.name))
            spin.setRange(
                param.minimum if param.minimum is not None else -1e6,
                param.maximum if param.maximum is not None else 1e6,
            )
            spin.setValue(param.default)
            spin.valueChanged.connect(self._redraw)
            self.param_spins[param.name] = spin
            self._params_form.addRow(help_texts.label(param.name), spin)
        self.paramsBox.setVisible(bool(self.param_spins))

    def _on_compare_toggled(self, on: bool) -> None:
        self.compareCombo.setEnabled(on)
        for curve, label in ((self.compare_f_curve, "f"), (self.compare_df_curve, "f′")):
            self.legend.removeItem(curve)
            if on:
                name = str(self.compareCombo.currentData())
                self.legend.addItem(curve, f"{label}: {help_texts.label(name)}")
        self._redraw()

    def _redraw(self, *_args) -> None:
        name = self.activation_name()
        act = activations.get(name, **self.params())
        half = self.rangeSpin.value()
        z = np.linspace(-half, half, N_CURVE)
        f, df = curves(name, self.params(), z)
        self.f_curve.setData(z, f)
        self.df_curve.setData(z, df)
        self._set_legend_names(self.f_curve, self.df_curve, name)
        shown = [f, df]
        if self.compareCheck.isChecked():
            other = str(self.compareCombo.currentData())
            g, dg = curves(other, {}, z)
            self.compare_f_curve.setData(z, g)
            self.compare_df_curve.setData(z, dg)
            shown += [g, dg]
            self._set_legend_names(self.compare_f_curve, self.compare_df_curve, other)
        else:
            self.compare_f_curve.setData([], [])
            self.compare_df_curve.setData([], [])
        self._show_notable(act.notable, half)
        self._show_info(name, act)
        finite = np.concatenate([v[np.isfinite(v)] for v in shown] + [np.array([0.0, 1.0])])
        item = self.plot_widget.getPlotItem()
        item.setXRange(-half, half, padding=0.02)
        item.setYRange(float(finite.min()), float(finite.max()), padding=0.05)

    def _set_legend_names(self, f_curve, df_curve, name: str) -> None:
        name = help_texts.label(name)
        for curve, label in ((f_curve, "f"), (df_curve, "f′")):
            text = self.legend.getLabel(curve)
            if text is not None and text.text != f"{label}: {name}":
                text.setText(f"{label}: {name}")

    def _show_notable(self, notable, half: float) -> None:
        visible = [p for p in notable if abs(p[0]) <= half][:N_NOTABLE]
        self.notable.setData(pos=np.array([(x, y) for x, y, _ in visible]).reshape(-1, 2))
        for i, text in enumerate(self.notable_labels):
            if i < len(visible):
                x, y, label = visible[i]
                text.setText(label.replace("'", "′"))
                text.setPos(x, y)
                text.show()
            else:
                text.hide()

    def notable_texts(self) -> list[str]:
        """The notable-point labels currently shown (for tests and screen readers)."""
        return [t.toPlainText() for t in self.notable_labels if t.isVisible()]

    def _show_info(self, name: str, act: activations.Activation) -> None:
        self.formulaLabel.setText(f"{act.formula}\n{act.derivative_formula}".replace("'", "′"))
        self.rangeLabel.setText(self.tr("Output range: {0}").format(act.output_range))
        self.zeroCentredLabel.setText(
            self.tr("Zero-centred: yes") if act.zero_centred else self.tr("Zero-centred: no")
        )
        texts = self._problem_texts()
        items = "".join(f"<li>{texts[key]}</li>" for key in problem_keys(name, act))
        if not items:
            items = f"<li>{self.tr('No well-known problem on its own.')}</li>"
        title = self.tr("Known problems")
        self.problemsLabel.setText(f"<b>{title}</b><ul style='margin-left: -20px'>{items}</ul>")

    def _problem_texts(self) -> dict[str, str]:
        return {
            "linear": self.tr(
                "No non-linearity: stacked linear layers collapse into one linear map."
            ),
            "saturation": self.tr("Saturation: flat for large |z|, so the derivative vanishes."),
            "dead": self.tr("Dead zone: 0 with slope 0 for z < 0, so a unit can die."),
            "not_zero_centred": self.tr(
                "Not zero-centred: outputs are mostly positive, which slows learning in the "
                "next layer."
            ),
            "non_monotonic": self.tr(
                "Non-monotonic: the slope changes sign, so a larger z can give a smaller output."
            ),
            "periodic": self.tr("Periodic: many different z give the same output."),
            "unbounded": self.tr(
                "Unbounded above: activations and gradients can grow large (explode) with a "
                "high learning rate."
            ),
            "softmax": self.tr(
                "Output layer only: it couples all units so the outputs sum to 1 (the plot "
                "shows one unit with the other logits at 0)."
            ),
        }
