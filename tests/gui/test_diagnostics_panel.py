"""The diagnostics panel shows each layer's health and warns about identical units."""

from __future__ import annotations

from nnplayground import lessons
from nnplayground.engine import diagnostics
from nnplayground.engine.build import Experiment
from nnplayground.gui.panels.diagnostics import DiagnosticsPanel
from nnplayground.gui.snapshot import LayerView, ViewSnapshot


def view_of(exp, epoch):
    d = exp.dataset
    stats = diagnostics.layer_stats(exp.network, d.X_train, d.y_train, exp.trainer.loss)
    layers = [LayerView(s.activation, {}, d.X_train[:0, 0], s) for s in stats]
    return ViewSnapshot(0, epoch, exp.network.get_weights(), None, layers)


def test_zero_init_shows_the_identical_units_warning(qtbot):
    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    panel.show()
    exp = Experiment.from_config(lessons.get("zero_init").preset().config)
    exp.trainer.run(max_epochs=5)
    panel.update_view(view_of(exp, 5))
    assert panel.warning.isVisible()
    assert "Hidden 1" in panel.warning.text()
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 5).text() == "1.00"


def test_dead_relu_layer_is_reported_and_items_update_in_place(qtbot):
    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    exp = Experiment.from_config(lessons.get("dying_relu").preset().config)
    panel.update_view(view_of(exp, 1))
    curves = list(panel._act_curves)
    exp.trainer.run(max_epochs=3)
    panel.update_view(view_of(exp, 4))
    assert panel._act_curves == curves  # same items, new data
    assert panel.table.item(1, 2).text() == "100%"
    assert not panel.warning.isVisible()
    xs, _ = panel._norm_curves[0].getData()
    assert list(xs) == [1.0, 4.0]


def test_a_new_network_reuses_the_histogram_plots(qtbot):
    """Recreating every PlotItem made each network edit take ~200 ms (stress test)."""
    from dataclasses import replace

    from nnplayground.engine.config import LayerConfig

    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    cfg = lessons.get("dying_relu").preset().config
    exp = Experiment.from_config(cfg)
    panel.update_view(view_of(exp, 1))
    curves = list(panel._act_curves)
    panel.reset()  # a new run of the same shape
    panel.update_view(view_of(exp, 1))
    assert panel._act_curves == curves
    hidden = (*cfg.network.hidden, LayerConfig(3))
    bigger = Experiment.from_config(replace(cfg, network=replace(cfg.network, hidden=hidden)))
    panel.reset()
    panel.update_view(view_of(bigger, 1))
    assert panel._act_curves[: len(curves)] == curves
    assert len(panel._act_curves) == len(curves) + 1
    assert panel.table.rowCount() == len(curves) + 1
    titles = [top.titleLabel.text for top, _ in panel._columns]
    assert titles[-1] == "Output" and titles[-2] == f"Hidden {len(curves)}"
    panel.reset()
    panel.update_view(view_of(exp, 1))
    assert panel._act_curves == curves
    assert len(panel.histograms.ci.items) == 2 * len(curves)
