"""NetworkView: links coloured by weight sign, node status, hover, thumbnails, caps."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from nnplayground.engine import build, diagnostics
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.engine.grid import layer_grids
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.network_view import MAX_LINKS, NetworkView
from nnplayground.gui.snapshot import LayerView, ViewSnapshot


def make_view(exp, epoch: int = 1) -> ViewSnapshot:
    net, ds = exp.network, exp.dataset
    traces = net.trace(ds.X_train)
    stats = diagnostics.layer_stats(net, ds.X_train, ds.y_train, exp.config.training.loss.name)
    layers = [
        LayerView(lyr.activation.name, lyr.activation.params(), t.z.ravel().copy(), s)
        for lyr, t, s in zip(net.layers, traces, stats)
    ]
    return ViewSnapshot(1, epoch, net.get_weights(), None, layers)


def config(*units: int, act: str = "tanh") -> ExperimentConfig:
    hidden = tuple(LayerConfig(u, activation=Component(act)) for u in units)
    return ExperimentConfig(network=replace(NetworkConfig(), hidden=hidden))


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    return widget


def pen_color(item) -> str:
    return item.pen().color().name().upper()


def test_nodes_follow_the_network_shape(view):
    cfg = config(4, 2)
    view.set_network(cfg, ("x1", "x2"))
    assert [len(col) for col in view.nodes] == [2, 4, 2, 1]
    assert view.links_drawn() == 2 * 4 + 4 * 2 + 2 * 1


def test_links_are_blue_for_positive_and_orange_for_negative_weights(view):
    cfg = config(4, 2)
    exp = build.Experiment.from_config(cfg)
    view.set_network(cfg, exp.dataset.features)
    items = [it for group in view.links for it in group.items]
    snap = make_view(exp)
    view.update_view(snap)
    W = snap.weights[0][0]
    group = view.links[0]
    for k, item in enumerate(group.items):
        i, j = divmod(int(group.shown[k]), group.fan_out)
        assert pen_color(item) == (colors.BLUE if W[i, j] >= 0 else colors.ORANGE)
    strongest = int(np.argmax(np.abs(W)))
    weakest = int(np.argmin(np.abs(W)))
    assert group.items[strongest].pen().widthF() > group.items[weakest].pen().widthF()
    exp.network.flat_params *= -1.0
    view.update_view(make_view(exp, 2))
    assert [it for g in view.links for it in g.items] == items  # same items, re-penned
    i, j = divmod(int(group.shown[0]), group.fan_out)
    assert pen_color(group.items[0]) == (colors.BLUE if -W[i, j] >= 0 else colors.ORANGE)


def test_dead_relu_units_get_a_cross_and_saturated_units_a_red_outline(view):
    cfg = config(4, act="relu")
    exp = build.Experiment.from_config(cfg)
    exp.network.layers[0].b[:2] = -100.0  # units 0 and 1 never fire
    view.set_network(cfg, exp.dataset.features)
    view.update_view(make_view(exp))
    hidden = view.nodes[1]
    assert [n.dead for n in hidden] == [True, True, False, False]
    assert hidden[0]._cross[0].isVisible()
    cfg2 = config(3, act="sigmoid")
    exp2 = build.Experiment.from_config(cfg2)
    exp2.network.layers[0].W[:] *= 100.0
    view.set_network(cfg2, exp2.dataset.features)
    view.update_view(make_view(exp2))
    assert any(n.saturated for n in view.nodes[1])
    sat = next(n for n in view.nodes[1] if n.saturated)
    assert sat.pen().color().name().upper() == colors.RED


def test_hovering_a_neuron_emits_its_index_and_sets_a_tooltip(view, qtbot):
    cfg = config(4, act="relu")
    exp = build.Experiment.from_config(cfg)
    exp.network.layers[0].b[1] = -100.0
    view.set_network(cfg, exp.dataset.features)
    view.update_view(make_view(exp))
    node = view.nodes[1][1]
    with qtbot.waitSignal(view.neuron_hovered) as blocker:
        view.scene.sendEvent(
            node, QGraphicsSceneHoverEvent(QGraphicsSceneHoverEvent.Type.GraphicsSceneHoverEnter)
        )
    assert blocker.args == [0, 1]
    assert "Neuron 2 of hidden layer 1 (relu)" in node.toolTip()
    assert "Dead" in node.toolTip()
    with qtbot.waitSignal(view.neuron_hovered) as blocker:
        view.scene.sendEvent(
            node, QGraphicsSceneHoverEvent(QGraphicsSceneHoverEvent.Type.GraphicsSceneHoverLeave)
        )
    assert blocker.args == [-1, -1]


def test_clicking_a_neuron_emits_neuron_clicked(view, qtbot):
    cfg = config(4, 2)
    view.set_network(cfg, ("x1", "x2"))
    view.show()
    qtbot.waitExposed(view)
    node = view.nodes[2][1]
    pos = view.graphics_view.mapFromScene(node.sceneBoundingRect().center())
    with qtbot.waitSignal(view.neuron_clicked) as blocker:
        qtbot.mouseClick(view.graphics_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [1, 1]


def test_thumbnails_show_each_neurons_output(view, qtbot):
    cfg = config(4, 2)
    exp = build.Experiment.from_config(cfg)
    ds = exp.dataset
    view.set_network(cfg, ds.features, bounds=ds.bounds)
    view.update_view(make_view(exp))
    qtbot.waitUntil(lambda: view.thumbnail_count() == 2 + 4 + 2 + 1)
    image = view.nodes[1][0].thumbnail().toImage()
    assert (image.width(), image.height()) == (24, 24)
    a = layer_grids(exp.network, ds.features, ds.bounds, 24)[0][..., 0]
    lo, hi = colors.activation_range(
        "tanh", layer_grids(exp.network, ds.features, ds.bounds, 24)[0]
    )
    expected = colors.map_values(a, lo, hi)
    # Pixel (0, 0) of the image is the top-left corner: largest y, smallest x.
    assert QColor(image.pixel(0, 0)).getRgb()[:3] == tuple(int(v) for v in expected[-1, 0, :3])


def test_thumbnails_refresh_after_training_without_a_further_snapshot(view, qtbot):
    cfg = config(4, 2)
    exp = build.Experiment.from_config(cfg)
    view.set_network(cfg, exp.dataset.features, bounds=exp.dataset.bounds)
    view.update_view(make_view(exp))
    qtbot.waitUntil(lambda: view.thumbnail_count() > 0)
    before = view.nodes[1][0].thumbnail().toImage()
    exp.network.flat_params *= -1.0
    view.update_view(make_view(exp, 2))  # within the throttle interval: deferred
    qtbot.waitUntil(lambda: view.nodes[1][0].thumbnail().toImage() != before, timeout=3000)


def test_big_networks_cap_links_and_skip_thumbnails(view):
    cfg = config(*([64] * 10))
    exp = build.Experiment.from_config(cfg)
    view.set_network(cfg, exp.dataset.features)
    assert view.links_drawn() <= MAX_LINKS
    assert not view.thumbnails_enabled()
    assert "strongest" in view.noteLabel.text()
    snap = make_view(exp)
    t0 = time.perf_counter()
    view.update_view(snap)
    elapsed = time.perf_counter() - t0
    group = view.links[3]
    W = snap.weights[3][0]
    shown = np.sort(np.abs(W.ravel())[group.shown])
    assert shown[0] >= np.sort(np.abs(W.ravel()))[-len(group.items)]  # only the strongest
    print(f"10x64 update: {elapsed * 1000:.1f} ms")


def test_small_network_update_is_fast(view):
    cfg = config(4, 2)
    exp = build.Experiment.from_config(cfg)
    view.set_network(cfg, exp.dataset.features)
    snaps = [make_view(exp, e) for e in range(20)]
    view._thumb_time = time.monotonic() + 1e6  # measure link and node updates only
    t0 = time.perf_counter()
    for snap in snaps:
        exp.network.flat_params *= -1.0
        view.update_view(snap)
    print(f"2-4-2-1 update: {(time.perf_counter() - t0) / 20 * 1000:.3f} ms")


def test_a_snapshot_with_a_new_shape_rebuilds_the_drawing(view):
    view.set_network(config(4, 2), ("x1", "x2"))
    exp = build.Experiment.from_config(config(3))
    view.update_view(make_view(exp))
    assert [len(col) for col in view.nodes] == [2, 3, 1]


def test_neuron_names_match_the_boundary_caption_wording(view):
    view.set_network(config(4, 2), ("x1", "x2"))
    assert view.neuron_name(0, 1) == "Neuron 2 of hidden layer 1"
    assert view.neuron_name(2, 0) == "Output neuron 1"


def _bumps_preset():
    """The regression preset of issue 8: tanh [41, 23, 2, 2], MSE, RMSprop, bumps."""
    from nnplayground import presets

    cfg = presets.load_bundled("gaussian_bumps").config
    hidden = tuple(LayerConfig(u, activation=Component("tanh")) for u in (41, 23, 2, 2))
    cfg = cfg.replace(
        network=replace(cfg.network, hidden=hidden),
        training=replace(cfg.training, optimizer=Component("rmsprop")),
    )
    return presets.Preset(cfg, None)


def _labels_inside(graphics_view) -> bool:
    flag = graphics_view.scene().items()[0].GraphicsItemFlag.ItemIgnoresTransformations
    viewport = graphics_view.viewport().rect()
    for item in graphics_view.scene().items():
        if item.flags() & flag:
            box = item.deviceTransform(graphics_view.viewportTransform()).mapRect(
                item.boundingRect()
            )
            if not viewport.contains(box.toAlignedRect()):
                return False
    return True


@pytest.mark.parametrize("size", [(1382, 865), (1366, 768)])
def test_view_settles_without_scroll_bars_after_removing_a_layer_and_changing_loss(
    make_window, qtbot, hang_guard, count_resizes, size
):
    """Issue 8: fitting showed a scroll bar, which shrank the viewport, which re-fitted
    and hid it again, forever (the window hung at 100 % CPU)."""
    window = make_window(_bumps_preset())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    graphics_view = window.network_view.graphics_view
    resizes = count_resizes(graphics_view.viewport())
    panel = window.training_panel
    with hang_guard(10):
        qtbot.mouseClick(window.architecture_panel.remove_button, Qt.MouseButton.LeftButton)
        combo = panel.optimizer_editor.combo
        combo.setCurrentIndex(combo.findData("adagrad"))
        combo = panel.loss_editor.combo
        combo.setCurrentIndex(combo.findData("huber"))
        assert window.document.config.training.loss.name == "huber"
        qtbot.wait(200)
        before = resizes.count
        qtbot.wait(300)
    assert resizes.count == before, "the view keeps resizing itself"
    assert resizes.count < 20
    assert not graphics_view.horizontalScrollBar().isVisible()
    assert not graphics_view.verticalScrollBar().isVisible()
    assert _labels_inside(graphics_view)


def test_view_fits_its_drawing_and_never_scrolls(view, qtbot):
    view.set_network(config(41, 23, 2), ("x1", "x2", "x1x2", "sinx1"))
    view.show()
    qtbot.waitExposed(view)
    graphics_view = view.graphics_view
    policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert graphics_view.horizontalScrollBarPolicy() == policy
    assert graphics_view.verticalScrollBarPolicy() == policy
    for w, h in ((600, 400), (300, 500), (900, 250), (420, 420)):
        view.resize(w, h)
        qtbot.wait(20)
        bar = graphics_view.horizontalScrollBar()
        assert bar.maximum() - bar.minimum() <= 1  # nothing to scroll sideways
        nodes = [n for column in view.nodes for n in column]
        viewport = graphics_view.viewport().rect()
        for node in nodes:
            box = graphics_view.mapFromScene(node.sceneBoundingRect()).boundingRect()
            assert viewport.contains(box), (w, h)
        assert _labels_inside(graphics_view), (w, h)


@pytest.mark.parametrize(
    "bounds",
    [(-1e308, 1e308, -1e308, 1e308), (0.0, 1e308, -5.0, 5.0), (float("nan"), 1.0, 0.0, 1.0),
     (-np.inf, np.inf, 0.0, 1.0), (3.0, 3.0, 0.0, 1.0), (1e300, 1e300 * 1.5, 0.0, 1.0)],
)  # fmt: skip
def test_thumbnails_survive_huge_or_non_finite_bounds(view, qtbot, bounds):
    """A CSV with 1e308 coordinates made the thumbnails raise IndexError (issue 8)."""
    cfg = config(4, 2)
    exp = build.Experiment.from_config(cfg)
    features = ("x1", "x2", "x1_sq", "x1_x2")
    cfg_features = replace(cfg, data=replace(cfg.data, features=features))
    exp = build.Experiment.from_config(cfg_features)
    view.set_network(cfg_features, features, bounds=bounds)
    view.update_view(make_view(exp))
    qtbot.waitUntil(lambda: view.thumbnail_count() == 4 + 4 + 2 + 1)
    view.set_bounds(bounds)
    view._compute_thumbnails()  # the grid of a snapshot may carry such bounds too
    assert view.thumbnail_count() == 4 + 4 + 2 + 1


def test_colour_map_survives_infinite_ranges():
    values = np.array([-np.inf, -1e308, 0.0, 1e308, np.inf, np.nan])
    for lo, hi in ((-1e308, 1e308), (-np.inf, np.inf), (np.nan, 1.0), (0.0, 0.0)):
        rgba = colors.map_values(values, lo, hi)
        assert rgba.shape == (6, 4)
