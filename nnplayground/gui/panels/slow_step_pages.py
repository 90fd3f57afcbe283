"""The four pages of the slow-motion step: forward, loss, backward and update.

Each page draws one kind of :mod:`nnplayground.engine.staged` stage; plot items are
created once and updated in place.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from nnplayground.gui.plots import colors
from nnplayground.gui.plots.gradient_network import GradientNetworkPlot

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _plot(name: str, title: str, left: str, bottom: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    plot.setObjectName(name)
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.setTitle(title, size="9pt")
    item.setLabel("left", left)
    item.setLabel("bottom", bottom)
    item.showGrid(x=False, y=True, alpha=0.25)
    for axis in ("left", "bottom"):
        item.getAxis(axis).enableAutoSIPrefix(False)
    plot.setMinimumSize(160, 120)
    return plot


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _scrolled(label: QLabel, name: str) -> QScrollArea:
    """``label`` in a frameless scroll area: the bottom dock is low at 1366 × 768."""
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    area = QScrollArea()
    area.setObjectName(name)
    area.setToolTip(label.toolTip())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(label)
    return area


class ForwardPage(QWidget):
    """Each unit's activation over the batch: every point, and the mean ± std."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = _plot(
            "slowStepForwardPlot",
            translate(
                "SlowStep", "Activation a = f(z) of each unit for the batch: points, mean ± std"
            ),
            translate("SlowStep", "a"),
            translate("SlowStep", "unit"),
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=(8, 119, 189, 90))
        self.errors = pg.ErrorBarItem(pen=pg.mkPen(colors.DARK, width=1.5), beam=0.25)
        self.points = pg.ScatterPlotItem(size=4, brush=(51, 51, 51, 110), pen=None)
        for item in (self.bars, self.errors, self.points):
            self.plot.addItem(item)
        self.info = _label("slowStepForwardInfo")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.info, 1)

    def show_stage(self, stage) -> None:
        a = stage.a
        units = np.arange(a.shape[1])
        mean, std = a.mean(axis=0), a.std(axis=0)
        self.bars.setOpts(x=units, height=mean, width=0.6)
        self.errors.setData(x=units, y=mean, height=2 * std)
        rng = np.random.default_rng(0)  # fixed jitter: the points do not dance
        jitter = (rng.random(a.shape) - 0.5) * 0.4
        self.points.setData((units[None, :] + jitter).ravel(), a.ravel())
        self.plot.setXRange(-0.6, len(units) - 0.4, padding=0)
        self.info.setText(
            translate(
                "SlowStep",
                "%1 points × %2 units, activation <b>%3</b>.<br>z from %4 to %5;<br>a from "
                "%6 to %7.",
            )
            .replace("%1", str(a.shape[0]))
            .replace("%2", str(a.shape[1]))
            .replace("%3", stage.activation)
            .replace("%4", f"{stage.z.min():.3g}")
            .replace("%5", f"{stage.z.max():.3g}")
            .replace("%6", f"{a.min():.3g}")
            .replace("%7", f"{a.max():.3g}")
        )


class LossPage(QWidget):
    """The batch loss, and each output against its target."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = _plot(
            "slowStepLossPlot",
            translate("SlowStep", "Output against target, per point"),
            translate("SlowStep", "network output"),
            translate("SlowStep", "target"),
        )
        self.points = pg.ScatterPlotItem(size=7, brush=colors.TRAIN, pen=None)
        self.diagonal = self.plot.plot(
            pen=pg.mkPen(colors.GREY, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.points)
        self.info = _label("slowStepLossInfo")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.info, 2)

    def show_stage(self, stage) -> None:
        out, y = stage.output, stage.target
        self.points.setData(y.ravel(), out.ravel())
        lo, hi = float(min(out.min(), y.min())), float(max(out.max(), y.max()))
        self.diagonal.setData([lo, hi], [lo, hi])
        how = (
            translate(
                "SlowStep",
                "δ_out = ∂L/∂z_out comes straight from the loss (it is fused with the "
                "output activation: f′ is not applied).",
            )
            if stage.fused
            else translate("SlowStep", "δ_out = ∂L/∂a · f′(z_out).")
        )
        self.info.setText(
            translate(
                "SlowStep", "Loss <b>%1</b> over %2 points: <b>L = %3</b>.<br>%4<br>‖δ_out‖ = %5"
            )
            .replace("%1", stage.loss)
            .replace("%2", str(len(y)))
            .replace("%3", f"{stage.value:.4g}")
            .replace("%4", how)
            .replace("%5", f"{np.linalg.norm(stage.delta):.3g}")
        )


class BackwardPage(QWidget):
    """The gradient drawn on the network, ‖δ‖ per layer (log), and f′'s bound per layer."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.network = GradientNetworkPlot(self)
        self.network.setToolTip(
            translate(
                "SlowStep",
                "Thicker link: larger |∂L/∂w|; blue neuron: δ > 0, "
                "orange: δ < 0; one scale for the whole network",
            )
        )
        self.norms = _plot(
            "slowStepDeltaPlot",
            translate("SlowStep", "‖δ‖ per layer (log)"),
            translate("SlowStep", "log₁₀ ‖δ‖"),
            translate("SlowStep", "layer"),
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=colors.TRAIN)
        self.norms.addItem(self.bars)
        self.norms.getPlotItem().vb.disableAutoRange()
        self.notes = _label("slowStepBackwardNotes")
        self.notes.setToolTip(translate("SlowStep", "What each layer multiplies δ by"))
        notes_area = _scrolled(self.notes, "slowStepNotesScroll")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.network, 3)
        layout.addWidget(self.norms, 2)
        layout.addWidget(notes_area, 3)

    def show_stage(self, network, step, stage) -> None:
        """Layers from the output down to ``stage.layer`` are known; the rest are pale."""
        back = {s.layer: s for s in step.of_kind("backward")}
        done = [li for li in back if li >= stage.layer]
        dWs = [back[li].dW if li in done else None for li in range(len(network.layers))]
        deltas = [back[li].delta if li in done else None for li in range(len(network.layers))]
        self.network.show_gradients(network.sizes, dWs, deltas)
        norms = np.array([back[li].delta_norm for li in range(len(network.layers))])
        logs = np.log10(np.maximum(norms, 1e-300))
        base = float(np.floor(logs.min())) - 0.5
        shown = np.array([li in done for li in range(len(norms))])
        brushes = [pg.mkBrush(colors.TRAIN if s else (210, 210, 210)) for s in shown]
        self.bars.setOpts(
            x=np.arange(1, len(norms) + 1), height=logs - base, y0=base, brushes=brushes
        )
        self.norms.setXRange(0.4, len(norms) + 0.6, padding=0)
        self.norms.getPlotItem().getAxis("bottom").setTicks(
            [[(float(k), str(k)) for k in range(1, len(norms) + 1)]]
        )
        self.norms.setYRange(base, float(logs.max()) + 0.5, padding=0)
        fused = step.of_kind("loss")[0].fused
        notes = [self._note(network, back[li], fused) for li in sorted(done, reverse=True)]
        self.notes.setText("<br>".join(notes))

    @staticmethod
    def _note(network, s, fused: bool) -> str:
        name = network.layers[s.layer].activation.name
        bound = s.max_derivative
        if fused and s.layer == len(network.layers) - 1:
            text = translate(
                "SlowStep",
                "<b>Layer %1</b>: ‖δ‖ = %2, straight from the loss (fused with %4: no ×f′(z))",
            )
        else:
            text = translate(
                "SlowStep",
                "<b>Layer %1</b>: ‖δ‖ = %2; ×f′(z): at most %3 for %4 (here %5 on average)",
            )
        return (
            text.replace("%1", str(s.layer + 1))
            .replace("%2", f"{s.delta_norm:.2e}")
            .replace("%3", f"{bound:.3g}")
            .replace("%4", name)
            .replace("%5", f"{s.mean_derivative:.3g}")
        )


class UpdatePage(QWidget):
    """The layer's weights and biases before the step (grey) and after it (orange), the
    optimizer's state and the step taken by every layer."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = _plot(
            "slowStepUpdatePlot",
            translate("SlowStep", "Before (grey), after (orange)"),
            translate("SlowStep", "value"),
            translate("SlowStep", "weights, then biases"),
        )
        # Side by side bars: a step is often far smaller than the weights themselves, so
        # the exact numbers are in each bar's row of the text too (largest change first).
        self.before = pg.BarGraphItem(x=[], height=[], width=0.4, brush=(150, 150, 150))
        self.after = pg.BarGraphItem(x=[], height=[], width=0.4, brush=colors.TEST)
        self.plot.addItem(self.before)
        self.plot.addItem(self.after)
        self.info = _label("slowStepUpdateInfo")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 3)
        layout.addWidget(_scrolled(self.info, "slowStepUpdateScroll"), 2)

    def show_stage(self, stage, learning_rate: float, updates=()) -> None:
        before = np.concatenate([stage.W_before.ravel(), stage.b_before.ravel()])
        after = np.concatenate([stage.W_after.ravel(), stage.b_after.ravel()])
        x = np.arange(len(before), dtype=float)
        self.before.setOpts(x=x - 0.2, height=before, width=0.4)
        self.after.setOpts(x=x + 0.2, height=after, width=0.4)
        self.plot.setXRange(-0.7, len(before) - 0.3, padding=0)
        k = int(np.argmax(np.abs(after - before)))
        lines = [
            translate("SlowStep", "Optimizer <b>%1</b>, learning rate %2, step %3.")
            .replace("%1", stage.optimizer)
            .replace("%2", f"{learning_rate:g}")
            .replace("%3", str(stage.iteration)),
            translate("SlowStep", "Largest change: #%1, %2 → %3.")
            .replace("%1", str(k))
            .replace("%2", f"{before[k]:.5g}")
            .replace("%3", f"{after[k]:.5g}"),
        ]
        for key, value in {**stage.state, **stage.corrected}.items():
            lines.append(f"‖{key}‖ = {np.linalg.norm(value):.3g}")
        if stage.corrected:
            lines.append(
                translate(
                    "SlowStep",
                    "Adam divides m and v by (1 − βᵗ): early moments are not biased towards 0.",
                )
            )
        lines.append(translate("SlowStep", "Step taken ‖Δθ‖ (relative ‖Δθ‖/‖θ‖):"))
        for u in updates:
            lines.append(
                translate("SlowStep", "layer %1: %2 (%3)")
                .replace("%1", str(u.layer + 1))
                .replace("%2", f"{u.step_norm:.3g}")
                .replace("%3", f"{u.relative_step:.2%}")
            )
        self.info.setText("<br>".join(lines))
