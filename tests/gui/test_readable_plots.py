"""Plots a learner can read: legends beside the data, never over it; marked values off
the curves; log ticks that do not overprint; a Diagnostics panel that says when it has
nothing to show yet and keeps a useful height for each of its parts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from nnplayground import lessons, presets
from nnplayground.engine import diagnostics
from nnplayground.engine.build import Experiment
from nnplayground.gui.panels.diagnostics import MIN_HEIGHTS, DiagnosticsPanel
from nnplayground.gui.plots.activation import ActivationPlot
from nnplayground.gui.plots.axes import LogAxis
from nnplayground.gui.plots.loss import LossPlot
from nnplayground.gui.snapshot import LayerView, ViewSnapshot


def _curve_rect_in_scene(plot_item, curve) -> QRectF:
    """The bounding box of a curve's points, in scene coordinates."""
    x, y = curve.getData()
    vb = plot_item.getViewBox()
    rect = QRectF(float(np.min(x)), float(np.min(y)), float(np.ptp(x)), float(np.ptp(y)))
    return vb.mapViewToScene(rect).boundingRect()


@pytest.mark.parametrize("rising", [False, True])
def test_loss_legend_never_covers_the_curves(qtbot, rising):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(520, 300)
    plot.show()
    epochs = np.arange(300)
    train = np.exp(-epochs / 60) + 0.05
    test = train[::-1] if rising else train + 0.1  # a test loss that climbs to the top right
    plot.append(1, np.column_stack([train, test, 0 * train, 0 * train]))
    QApplication.processEvents()
    item = plot.plot_widget.getPlotItem()
    legend = item.legend.sceneBoundingRect()
    assert legend.height() > 0
    for curve in (plot.train_curve, plot.test_curve):
        assert not legend.intersects(_curve_rect_in_scene(item, curve))
    view = item.getViewBox().sceneBoundingRect()
    assert legend.bottom() <= view.top() + 1  # a row above the data area


def test_activation_marked_values_are_written_off_the_curves(qtbot):
    plot = ActivationPlot()
    qtbot.addWidget(plot)
    plot.resize(420, 320)
    plot.show()
    plot.set_layers(presets.load_bundled("circle").config)
    plot.set_layer(plot.layerCombo.count() - 1)  # the sigmoid output
    QApplication.processEvents()
    assert "max f′ = 0.25" in plot.notableLabel.text()
    assert plot.notableLabel.isVisible()  # under the plot, not a text item on the curve
    item = plot.plot_widget.getPlotItem()
    legend = item.legend.sceneBoundingRect()
    for curve in (plot.f_curve, plot.df_curve):
        assert not legend.intersects(_curve_rect_in_scene(item, curve))


def _view(exp, epoch):
    d = exp.dataset
    stats = diagnostics.layer_stats(exp.network, d.X_train, d.y_train, exp.trainer.loss)
    layers = [LayerView(s.activation, {}, d.X_train[:0, 0], s) for s in stats]
    return ViewSnapshot(0, epoch, exp.network.get_weights(), None, layers)


def test_diagnostics_says_what_to_do_before_there_is_data(qtbot):
    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    assert panel.empty.isVisible() and "Play" in panel.empty.text()
    assert not panel.histograms.isVisible() and not panel.norms.isVisible()
    exp = Experiment.from_config(lessons.get("dying_relu").preset().config)
    panel.update_view(_view(exp, 1))
    QApplication.processEvents()
    assert not panel.empty.isVisible() and panel.has_data()
    assert panel.histograms.height() >= MIN_HEIGHTS["histograms"]
    assert panel.norms.height() >= MIN_HEIGHTS["norms"]
    header = panel.table.horizontalHeader().height()
    assert panel.table.height() >= header + 3 * panel.table.verticalHeader().defaultSectionSize()
    panel.reset()  # a new network: nothing to show until it trains
    assert panel.empty.isVisible()


def test_diagnostics_table_releases_tab_and_log_axis_labels_only_decades(qtbot):
    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    assert not panel.table.tabKeyNavigation()
    axis = panel.norms.getAxis("left")
    assert isinstance(axis, LogAxis)


@pytest.mark.parametrize("lo, hi", [(-3.2, -2.9), (-2.5, 0.3), (-227.0, 0.0), (1.0, 2.4)])
def test_log_axis_labels_never_overprint(qtbot, lo, hi):
    from PySide6.QtGui import QFont, QFontMetrics

    axis = LogAxis("left")
    axis.setLogMode(False, True)
    size = 160.0  # a short plot
    levels = axis.tickValues(lo, hi, size)
    values = sorted(v for _, vs in levels for v in vs)
    assert values, "no tick at all"
    pixels = [size * (v - lo) / (hi - lo) for v in values]
    gaps = np.diff(pixels)
    assert (gaps >= QFontMetrics(QFont()).height()).all()
    labels = axis.tickStrings(values, 1.0, 1.0)
    assert len(set(labels)) == len(labels)


def test_diagnostics_opens_as_its_own_window_when_its_tab_is_too_small(window, qtbot):
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    dock = window.docks["diagnosticsDock"]
    dock.raise_()  # as a click on its tab, or a lesson sending the student there
    qtbot.waitUntil(dock.isFloating)
    assert dock.width() >= 500 and dock.height() >= 300
