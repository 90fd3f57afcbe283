"""ActivationPlot: curves from the engine activation, real pre-activations behind them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnplayground.engine import activations, build, diagnostics
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.gui.plots.activation import ActivationPlot, z_half_width
from nnplayground.gui.snapshot import LayerView, ViewSnapshot


def make_view(exp, epoch: int = 1, scale: float = 1.0) -> ViewSnapshot:
    """A ViewSnapshot as the worker builds it, with every kernel multiplied by ``scale``."""
    net, ds = exp.network, exp.dataset
    net.flat_params *= scale
    traces = net.trace(ds.X_train)
    stats = diagnostics.layer_stats(net, ds.X_train, ds.y_train, exp.config.training.loss.name)
    layers = [
        LayerView(lyr.activation.name, lyr.activation.params(), t.z.ravel().copy(), s)
        for lyr, t, s in zip(net.layers, traces, stats)
    ]
    return ViewSnapshot(1, epoch, net.get_weights(), None, layers)


def config(*acts: str) -> ExperimentConfig:
    hidden = tuple(LayerConfig(4, activation=Component(a)) for a in acts)
    return ExperimentConfig(network=replace(NetworkConfig(), hidden=hidden))


@pytest.fixture
def plot(qtbot):
    widget = ActivationPlot()
    qtbot.addWidget(widget)
    return widget


def test_layer_combo_lists_hidden_layers_and_output(plot):
    plot.set_layers(config("tanh", "relu"))
    texts = [plot.layerCombo.itemText(i) for i in range(plot.layerCombo.count())]
    # The same names as the layer rows' activation combos.
    assert texts == ["Hidden 1 (Tanh)", "Hidden 2 (ReLU)", "Output (Sigmoid)"]


def test_curves_are_the_engine_activation_and_its_derivative(plot):
    plot.set_layers(config("tanh"))
    z, f = plot.f_curve.getData()
    _, df = plot.df_curve.getData()
    np.testing.assert_allclose(f, np.tanh(z))
    np.testing.assert_allclose(df, 1 - np.tanh(z) ** 2)
    assert z.min() == -6 and z.max() == 6
    assert "tanh" in plot.formulaLabel.text()


def test_sigmoid_marks_its_derivative_maximum(plot, qtbot):
    plot.set_layers(config("tanh"))
    with qtbot.waitSignal(plot.layer_selected) as blocker:
        plot.layerCombo.setCurrentIndex(1)  # the sigmoid output
    assert blocker.args == [1]
    assert "max f′ = 0.25" in plot.notable_texts()
    assert "max f′ = 0.25" in plot.notableLabel.text()  # under the plot, not on a curve
    xs, ys = plot.notable.getData()
    assert (0.0, 0.25) in set(zip(xs.tolist(), ys.tolist()))


def test_histogram_shows_the_layers_real_pre_activations_in_place(plot):
    cfg = config("tanh")
    exp = build.Experiment.from_config(cfg)
    plot.set_layers(cfg)
    hist, f_curve = plot.hist, plot.f_curve
    view = make_view(exp)
    plot.update_view(view)
    edges, heights = plot.hist.xData, plot.hist.yData
    z = view.layers[0].z_sample
    counts, _ = np.histogram(np.clip(z, edges[0], edges[-1]), bins=edges)
    rel = heights - plot._baseline
    np.testing.assert_allclose(rel / rel.max(), counts / counts.max(), atol=1e-12)
    first = heights.copy()
    plot.update_view(make_view(exp, epoch=2, scale=0.2))
    assert plot.hist is hist and plot.f_curve is f_curve  # updated, not re-created
    assert not np.array_equal(plot.hist.yData, first)


def test_saturated_layer_widens_the_z_range_and_reports_saturation(plot):
    cfg = config("sigmoid")
    exp = build.Experiment.from_config(cfg)
    plot.set_layers(cfg)
    plot.update_view(make_view(exp, scale=25.0))
    z, _ = plot.f_curve.getData()
    assert z.max() > 6
    assert "saturated" in plot.statsLabel.text()


def test_changed_activation_in_the_snapshot_redraws_the_curves(plot):
    cfg = config("tanh")
    plot.set_layers(cfg)
    exp = build.Experiment.from_config(config("relu"))
    plot.update_view(make_view(exp))
    z, f = plot.f_curve.getData()
    np.testing.assert_allclose(f, np.maximum(z, 0))
    assert plot.layerCombo.itemText(0) == "Hidden 1 (ReLU)"


def test_selection_is_kept_when_layers_are_reset(plot):
    plot.set_layers(config("tanh", "relu"))
    plot.set_layer(1)
    plot.set_layers(config("tanh", "elu", "relu"))
    assert plot.current_layer() == 1
    assert plot.layerCombo.currentText() == "Hidden 2 (ELU)"


def test_softmax_output_shows_the_jacobian_diagonal(plot):
    cfg = config("tanh")
    cfg = cfg.replace(
        network=replace(cfg.network, output=LayerConfig(3, activation=Component("softmax")))
    )
    plot.set_layers(cfg)
    plot.set_layer(1)
    z, f = plot.f_curve.getData()
    _, df = plot.df_curve.getData()
    np.testing.assert_allclose(df, f * (1 - f))
    assert "f_k(1 − f_k)" in plot.formulaLabel.text()


@pytest.mark.parametrize("name", activations.names())
def test_every_registered_activation_can_be_drawn(plot, name):
    plot.set_layers(config("tanh"))
    out = config("tanh").network.output
    cfg = config(name if name != "softmax" else "tanh")
    cfg = cfg.replace(network=replace(cfg.network, output=replace(out, activation=Component(name))))
    plot.set_layers(cfg)
    plot.set_layer(1)
    assert plot.drawn_activation() == name
    _, f = plot.f_curve.getData()
    assert np.isfinite(f).all()


def test_z_half_width_grows_in_steps_and_is_capped():
    assert z_half_width(np.array([0.5, -2.0])) == 6
    assert z_half_width(np.array([7.0])) == 8
    assert z_half_width(np.array([1e6, np.nan])) == 30
