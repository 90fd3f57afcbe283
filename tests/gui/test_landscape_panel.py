"""The loss-landscape dock: slices follow the weights, off the GUI thread, and stop cleanly."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import landscape
from nnplayground.gui import controller as controller_mod
from nnplayground.gui import landscape_worker as lw


@pytest.fixture
def shown(window, qtbot):
    window.show()
    window.docks["landscapeDock"].show()  # a secondary tool: closed until opened
    window.docks["landscapeDock"].raise_()
    panel = window.landscape_panel
    qtbot.waitUntil(lambda: panel.plot_1d.last is not None, timeout=10000)
    return window


def test_controls_are_named_and_explained(shown, unexplained_controls):
    assert unexplained_controls(shown.landscape_panel) == []
    for name in ("landscapeLayerCombo", "landscapeLossCombo", "landscapeReseedButton"):
        widget = shown.landscape_panel.findChild(object, name)
        assert widget is not None and widget.accessibleName()


def test_tangent_slope_is_the_backprop_gradient(shown, qtbot):
    panel, exp = shown.landscape_panel, shown.document.experiment
    net, tr = exp.network, exp.trainer
    index = landscape.param_index(net, 1, "kernel", 2, 0)
    panel.select_parameter(index)
    qtbot.waitUntil(
        lambda: panel.plot_1d.last is not None and panel.plot_1d.last.param.index == index,
        timeout=10000,
    )
    tx, ty = panel.plot_1d.tangent.getData()
    slope = (ty[1] - ty[0]) / (tx[1] - tx[0])
    grad = landscape.gradient(net, net.flat_params.copy(), tr.X_train, tr.y_train, tr.loss)
    assert slope == pytest.approx(grad[index], abs=1e-8)
    assert panel.plot_1d.last.param.label == "W2[2,0]"
    # The current point sits on the curve at the parameter's value.
    cx, _ = panel.plot_1d.current.getData()
    assert cx[0] == pytest.approx(net.flat_params[index])


def test_choosing_layer_and_unit_in_the_controls_selects_the_parameter(shown, qtbot):
    panel = shown.landscape_panel
    with qtbot.waitSignal(panel.parameter_selected):
        panel.layer_combo.setCurrentIndex(1)  # b1
    assert (
        landscape.param_info(shown.document.experiment.network, panel.parameter_index).kind
        == "bias"
    )
    assert not panel.row_spin.isEnabled()


def test_worker_never_has_more_than_one_pending_request(qtbot, make_experiment):
    exp = make_experiment("circle")
    net, tr = exp.network, exp.trainer
    worker, thread = lw.start()
    seen = []
    worker.result.connect(seen.append)
    try:
        for g in range(30):
            worker.submit(
                lw.LandscapeRequest(
                    tuple(net.sizes),
                    tuple(layer.activation for layer in net.layers),
                    net.get_weights(),
                    tr.X_train,
                    tr.y_train,
                    tr.loss,
                    0.1,
                    0,
                    generation=g,
                )
            )
            assert worker.pending_count() <= 1
        qtbot.waitUntil(lambda: bool(seen) and seen[-1].request.generation == 29, timeout=20000)
        assert worker.pending_count() == 0
        assert len(seen) < 30 and worker.dropped > 0  # coalesced, never queued up
    finally:
        assert lw.stop(worker, thread)


def test_training_grows_the_path_and_refreshes_live(shown, qtbot):
    panel, doc = shown.landscape_panel, shown.document
    before = panel.worker.computed
    doc.play()
    qtbot.waitUntil(
        lambda: panel.path_length >= 3 and panel.worker.computed >= before + 2, timeout=20000
    )
    doc.pause()
    panel.directions_combo.setCurrentIndex(panel.directions_combo.findData("pca"))

    def drawn_whole_path():  # a view still in flight at the pause may add one point
        last = panel.plot_2d.last
        assert last is not None and last.directions.kind == "pca"
        assert len(last.path) == panel.path_length >= 3

    qtbot.waitUntil(drawn_whole_path, timeout=10000)
    doc.controller.stop()


def test_loss_switch_redraws_the_same_weights_with_another_loss(shown, qtbot):
    panel = shown.landscape_panel
    mse = panel.loss_combo.findData("mean_squared_error")
    assert mse >= 0 and panel.loss_name() != "mean_squared_error"
    panel.loss_combo.setCurrentIndex(mse)
    qtbot.waitUntil(
        lambda: (
            panel.plot_2d.last is not None and panel.plot_2d.last.loss_name == "mean_squared_error"
        ),
        timeout=10000,
    )


def test_reseed_draws_other_directions(shown, qtbot):
    panel = shown.landscape_panel
    qtbot.waitUntil(lambda: panel.plot_2d.last is not None, timeout=10000)
    first = panel.plot_2d.last.directions.d1
    panel.reseed_button.click()
    qtbot.waitUntil(lambda: panel.plot_2d.last.directions.seed == 1, timeout=10000)
    assert not np.allclose(panel.plot_2d.last.directions.d1, first)


def test_closing_the_window_leaves_no_thread(shown, qtbot):
    thread = shown.landscape_panel.thread
    assert thread is not None and thread.isRunning()
    shown.close()
    assert controller_mod.live_threads() == []
