"""Live loss (and optional accuracy) curves that stay smooth at a million epochs.

Every value is kept (growable float64 columns), but what is drawn is a peak-decimated
copy: the epochs are grouped in buckets of ``size`` epochs and each bucket contributes
its minimum and its maximum, so a spike never disappears. Buckets are maintained
incrementally: an append only touches the new rows and the last, partly filled bucket;
when there are too many buckets, neighbours merge pairwise and the bucket size doubles.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from nnplayground.gui.plots import colors
from nnplayground.gui.plots.axes import LogAxis
from nnplayground.gui.plots.legend import legend_above

N_COLUMNS = 4  # train_loss, test_loss, train_acc, test_acc
MAX_BUCKETS = 1000  # each bucket draws 2 points: at most ~2,000 points per curve


def _fmin_rows(a: np.ndarray) -> np.ndarray:
    """Min over axis 1 ignoring NaN (NaN only where the whole bucket is NaN), no warnings."""
    return np.fmin.reduce(a, axis=1)


def _fmax_rows(a: np.ndarray) -> np.ndarray:
    return np.fmax.reduce(a, axis=1)


class PeakDecimator:
    """Full history of (epoch, 4 metrics) plus min/max buckets for drawing."""

    def __init__(self, max_buckets: int = MAX_BUCKETS) -> None:
        self.max_buckets = max_buckets
        self.reset()

    def reset(self) -> None:
        self.epochs = np.empty(1024)
        self.values = np.empty((1024, N_COLUMNS))
        self.n = 0
        self.size = 1  # epochs per bucket
        self.n_full = 0  # complete buckets
        self.mins = np.empty((2 * self.max_buckets + 2, N_COLUMNS))
        self.maxs = np.empty_like(self.mins)

    def _grow(self, needed: int) -> None:
        cap = self.epochs.size
        if needed <= cap:
            return
        while cap < needed:
            cap *= 2
        epochs, values = np.empty(cap), np.empty((cap, N_COLUMNS))
        epochs[: self.n], values[: self.n] = self.epochs[: self.n], self.values[: self.n]
        self.epochs, self.values = epochs, values

    def append(self, first_epoch: int, rows: np.ndarray) -> None:
        """Store rows (k, 4) for epochs first_epoch.. and update the complete buckets."""
        rows = np.asarray(rows, dtype=np.float64).reshape(-1, N_COLUMNS)
        k = rows.shape[0]
        if self.n and first_epoch <= self.epochs[self.n - 1]:
            # A restart from an earlier epoch (e.g. a reload): drop the overlapping tail.
            keep = int(np.searchsorted(self.epochs[: self.n], first_epoch))
            self._truncate(keep)
        self._grow(self.n + k)
        self.epochs[self.n : self.n + k] = np.arange(first_epoch, first_epoch + k)
        self.values[self.n : self.n + k] = rows
        self.n += k
        self._fill_buckets()

    def _truncate(self, keep: int) -> None:
        self.n = keep
        self.size, self.n_full = 1, 0
        while self.n // self.size > self.max_buckets:
            self.size *= 2

    def _fill_buckets(self) -> None:
        while True:
            start = self.n_full * self.size
            count = (self.n - start) // self.size
            room = self.mins.shape[0] - self.n_full
            count = min(count, room)
            if count > 0:
                block = self.values[start : start + count * self.size]
                block = block.reshape(count, self.size, N_COLUMNS)
                self.mins[self.n_full : self.n_full + count] = _fmin_rows(block)
                self.maxs[self.n_full : self.n_full + count] = _fmax_rows(block)
                self.n_full += count
            if self.n_full <= self.max_buckets:
                return
            self._merge()

    def _merge(self) -> None:
        """Halve the bucket count: merge neighbours pairwise, double the bucket size."""
        half = self.n_full // 2
        m, x = self.mins[: 2 * half], self.maxs[: 2 * half]
        self.mins[:half] = np.fmin(m[0::2], m[1::2])
        self.maxs[:half] = np.fmax(x[0::2], x[1::2])
        self.n_full = half
        self.size *= 2

    def curve(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw for ``column``: raw if short, else min/max per bucket + the tail."""
        n = self.n
        if n <= 2 * self.max_buckets:
            return self.epochs[:n].copy(), self.values[:n, column].copy()
        nb = self.n_full
        starts = self.epochs[0] + np.arange(nb) * self.size
        x = np.repeat(starts, 2)
        y = np.empty(2 * nb)
        y[0::2] = self.mins[:nb, column]
        y[1::2] = self.maxs[:nb, column]
        tail = slice(nb * self.size, n)
        tail_vals = self.values[tail, column]
        if tail_vals.size:
            # The partial bucket as its min and max, then the very last epoch's value.
            tx = self.epochs[tail.start]
            lo = np.fmin.reduce(tail_vals)
            hi = np.fmax.reduce(tail_vals)
            x = np.concatenate([x, [tx, tx, self.epochs[n - 1]]])
            y = np.concatenate([y, [lo, hi, tail_vals[-1]]])
        return x, y


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k that is ≥ ``value``: a range that
    grows in steps (axes re-laid-out rarely) yet is never more than a third empty."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return float(step * power)
    return float(10.0 * power)


class LossPlot(QWidget):
    """Train and test loss per epoch, with a log-scale toggle and optional accuracy curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.setToolTip(self.tr("Loss on the training and test sets after each epoch."))
        self._data = PeakDecimator()
        self._log = False

        # LogAxis: with "Log scale" the decades are labelled without overprinting.
        self.plot_widget = pg.PlotWidget(background="w", axisItems={"left": LogAxis("left")})
        self.plot_widget.setObjectName("lossPlotWidget")
        self.plot_widget.setToolTip(
            self.tr("Lower is better. A gap between train and test means overfitting.")
        )
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("epoch"))
        item.setLabel("left", self.tr("loss"))
        item.getAxis("left").enableAutoSIPrefix(False)  # "loss (x0.001)" confuses learners
        item.showGrid(x=True, y=True, alpha=0.15)
        legend_above(item)  # a row above the data: it never covers the newest epochs
        # The view grows in steps instead of auto-ranging on every frame: the axes
        # then keep their cached pictures between frames (measured: axis layout and
        # painting were about half of the GUI thread's time while training).
        item.disableAutoRange()
        self._ranges: tuple[float, float, float] | None = None
        self._follow = True  # false once the user pans or zooms; the "A" button restores it
        item.getViewBox().sigRangeChangedManually.connect(self._stop_following)
        item.getViewBox().sigStateChanged.connect(self._maybe_follow_again)
        self.train_curve = item.plot(
            pen=pg.mkPen(colors.TRAIN, width=2), name=self.tr("train"), connect="finite"
        )
        self.test_curve = item.plot(
            pen=pg.mkPen(colors.TEST, width=2), name=self.tr("test"), connect="finite"
        )

        # The original run behind a fork, faded, and the epoch a scrubber shows: created
        # once, hidden until used (set_background, set_marker).
        faded = [pg.mkPen(QColor(c).lighter(150), width=2, style=Qt.PenStyle.DashLine)
                 for c in (colors.TRAIN, colors.TEST)]  # fmt: skip
        self.background_curves = [item.plot(pen=pen, connect="finite") for pen in faded]
        for curve in self.background_curves:
            curve.setZValue(-10)
            curve.setOpacity(0.55)
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", width=1))
        self.marker.setZValue(-5)
        self.marker.hide()
        item.addItem(self.marker, ignoreBounds=True)

        self.accuracy_widget = pg.PlotWidget(background="w")
        self.accuracy_widget.setObjectName("accuracyPlotWidget")
        self.accuracy_widget.setToolTip(self.tr("Share of points classified correctly."))
        acc = self.accuracy_widget.getPlotItem()
        acc.setLabel("bottom", self.tr("epoch"))
        acc.setLabel("left", self.tr("accuracy"))
        acc.setYRange(0.0, 1.0, padding=0.02)
        acc.showGrid(x=True, y=True, alpha=0.15)
        acc.setXLink(item)
        legend_above(acc)
        self.train_acc_curve = acc.plot(
            pen=pg.mkPen(colors.TRAIN_ACC, width=2), name=self.tr("train"), connect="finite"
        )
        self.test_acc_curve = acc.plot(
            pen=pg.mkPen(colors.TEST_ACC, width=2), name=self.tr("test"), connect="finite"
        )
        self.accuracy_widget.setMaximumHeight(140)
        self.accuracy_widget.hide()

        self.logScaleCheck = QCheckBox(self.tr("Log scale"))
        self.logScaleCheck.setObjectName("logScaleCheck")
        self.logScaleCheck.setToolTip(
            self.tr("Show the loss on a logarithmic axis, where slow late progress stays visible.")
        )
        self.logScaleCheck.toggled.connect(self.set_log_scale)
        self.accuracyCheck = QCheckBox(self.tr("Accuracy"))
        self.accuracyCheck.setObjectName("accuracyCheck")
        self.accuracyCheck.setToolTip(self.tr("Also show the accuracy (classification only)."))
        self.accuracyCheck.toggled.connect(self.set_accuracy_visible)

        controls = QHBoxLayout()
        controls.addWidget(self.logScaleCheck)
        controls.addWidget(self.accuracyCheck)
        controls.addStretch(1)
        self.controls_row = controls  # a neighbour (the timeline scrubber) may join the row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.accuracy_widget)
        layout.addLayout(controls)

    # ----------------------------------------------------------------- API
    @property
    def n_epochs(self) -> int:
        """How many epochs are stored."""
        return self._data.n

    def history(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of every stored (epochs (n,), rows (n, 4)): nothing is ever dropped."""
        n = self._data.n
        return self._data.epochs[:n].copy(), self._data.values[:n].copy()

    def reset(self) -> None:
        """Forget the history, clear the curves and go back to the starting axes (a new or
        opened network must not be drawn in the last one's range)."""
        self._data.reset()
        for curve in self._curves():
            curve.setData([], [])
        self._ranges, self._follow = None, True
        item = self.plot_widget.getPlotItem()
        item.setRange(xRange=(1, 10), yRange=(-1, 0) if self._log else (0, 1), padding=0.02)

    def append(self, first_epoch: int, rows: np.ndarray) -> None:
        """Add rows (k, 4) = train_loss, test_loss, train_acc, test_acc for epochs
        first_epoch .. first_epoch + k - 1, and redraw the decimated curves."""
        if np.asarray(rows).size == 0:
            return
        self._data.append(int(first_epoch), rows)
        self._redraw()

    def set_background(self, epochs: np.ndarray | None, rows: np.ndarray | None = None) -> None:
        """Draw another run's train and test loss (rows (n, >=2) at ``epochs``) faded
        behind the curves, e.g. the original run under a fork; None clears it."""
        for column, curve in enumerate(self.background_curves):
            if epochs is None or rows is None or not len(rows):
                curve.setData([], [])
            else:
                curve.setData(np.asarray(epochs), np.asarray(rows)[:, column])

    def set_marker(self, epoch: float | None) -> None:
        """A vertical line at ``epoch`` (the epoch a scrubber shows); None hides it."""
        self.marker.setVisible(epoch is not None)
        if epoch is not None:
            self.marker.setValue(float(epoch))

    def set_log_scale(self, on: bool) -> None:
        """Logarithmic loss axis on or off (keeps the check box in step)."""
        if self.logScaleCheck.isChecked() != on:
            self.logScaleCheck.setChecked(on)  # re-enters through toggled
            return
        self._log = bool(on)
        self.plot_widget.getPlotItem().setLogMode(x=False, y=self._log)
        self._ranges = None
        self._step_ranges()

    def is_log_scale(self) -> bool:
        return self._log

    def set_accuracy_visible(self, on: bool) -> None:
        if self.accuracyCheck.isChecked() != on:
            self.accuracyCheck.setChecked(on)
            return
        self.accuracy_widget.setVisible(bool(on))
        if on:
            self._redraw()

    # ----------------------------------------------------------------- drawing
    def _curves(self) -> list[pg.PlotDataItem]:
        return [self.train_curve, self.test_curve, self.train_acc_curve, self.test_acc_curve]

    def _redraw(self) -> None:
        columns = (0, 1, 2, 3) if self.accuracyCheck.isChecked() else (0, 1)
        curves = self._curves()
        for column in columns:
            x, y = self._data.curve(column)
            curves[column].setData(x, y)
        self._step_ranges()

    def _stop_following(self, *args) -> None:
        self._follow = False

    def _maybe_follow_again(self, *args) -> None:
        vb = self.plot_widget.getPlotItem().getViewBox()
        if any(vb.autoRangeEnabled()):  # the user pressed pyqtgraph's auto-range button
            vb.disableAutoRange()
            self._follow, self._ranges = True, None
            self._step_ranges()

    def _step_ranges(self) -> None:
        """Widen the view to the next step when the data outgrow it."""
        n = self._data.n
        if not self._follow or n == 0:
            return
        values = self._data.values[:n, :2]
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return
        x_max = nice_ceiling(self._data.epochs[n - 1])
        if self._log:
            positive = finite[finite > 0]
            lo = np.floor(np.log10(positive.min())) if positive.size else -3.0
            hi = np.ceil(np.log10(positive.max())) if positive.size else 0.0
            ranges = (x_max, float(lo), float(max(hi, lo + 1)))
        else:
            ranges = (x_max, min(0.0, float(finite.min())), nice_ceiling(float(finite.max())))
        if ranges != self._ranges:
            self._ranges = ranges
            item = self.plot_widget.getPlotItem()
            item.setXRange(0, ranges[0], padding=0.02)
            item.setYRange(ranges[1], ranges[2], padding=0.02)

    def drawn_points(self) -> int:
        """Points currently drawn on the train loss curve (for tests and benchmarks)."""
        x, _ = self.train_curve.getOriginalDataset()
        return 0 if x is None else int(len(x))


__all__ = ["LossPlot", "PeakDecimator", "MAX_BUCKETS"]
