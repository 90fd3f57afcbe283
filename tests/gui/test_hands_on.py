"""Hands on the weights and the data: select a weight by clicking it, change it, edit
the points on the boundary plot, undo and redo, and the contribution overlay."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnplayground.engine.landscape import param_index


@pytest.fixture
def shown(window, qtbot):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.network_view.graphics_view.fit()
    return window


def _click_link(window, qtbot, layer, row, col):
    view = window.network_view
    pos = view.graphics_view.mapFromScene(view.link_position(layer, row, col))
    qtbot.mouseClick(view.graphics_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _click_plot(window, qtbot, xy, button=Qt.MouseButton.LeftButton):
    editor = window.data_editor
    pos = editor.plane_to_widget(xy)
    qtbot.mouseClick(window.boundary_plot.plot_widget.viewport(), button, pos=pos)


def _n_points(window) -> int:
    data = window.document.experiment.dataset
    return len(data.points_train) + len(data.points_test)


def test_clicking_a_link_selects_its_weight_everywhere(shown, qtbot):
    net = shown.document.experiment.network
    with qtbot.waitSignal(shown.network_view.link_clicked) as sig:
        _click_link(shown, qtbot, 1, 2, 1)
    assert sig.args == [1, 2, 1]
    index = param_index(net, 1, "kernel", 2, 1)
    assert shown.weight_editor.index == index
    assert shown.landscape_panel._index == index
    assert shown.docks["weightDock"].isVisible()
    assert shown.weight_editor.spin.value() == pytest.approx(net.flat_params[index])


def test_clicking_a_neuron_selects_its_bias(shown, qtbot):
    node = shown.network_view.nodes[1][2]
    pos = shown.network_view.graphics_view.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mouseClick(
        shown.network_view.graphics_view.viewport(), Qt.MouseButton.LeftButton, pos=pos
    )
    net = shown.document.experiment.network
    assert shown.weight_editor.index == param_index(net, 0, "bias", 0, 2)


def test_typing_a_weight_changes_the_network_and_undo_restores_it(shown, qtbot):
    doc = shown.document
    _click_link(shown, qtbot, 0, 0, 0)
    index = shown.weight_editor.index
    before = doc.parameter(index)
    spin = shown.weight_editor.spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2.5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.parameter(index) == 2.5)
    assert doc.modified
    shown.findChild(object, "undoAction").trigger()
    assert doc.parameter(index) == before
    qtbot.keyClick(
        shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert doc.parameter(index) == 2.5


def test_a_slider_drag_is_one_undo_step_and_the_boundary_follows(shown, qtbot):
    doc = shown.document
    _click_link(shown, qtbot, 0, 1, 1)
    index = shown.weight_editor.index
    before = doc.parameter(index)
    grids = []
    doc.views.connect(lambda v: grids.append(v.grid.values.copy()))
    slider = shown.weight_editor.slider
    for pos in (200, 400, 600):
        slider.setValue(pos)
    qtbot.waitUntil(lambda: len(grids) >= 3)
    assert not np.array_equal(grids[0], grids[-1])
    assert doc.parameter(index) == pytest.approx(600 / 1000 * shown.weight_editor._range)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.parameter(index) == before


def test_the_editor_is_disabled_while_training_runs(shown, qtbot):
    _click_link(shown, qtbot, 0, 0, 0)
    editor = shown.weight_editor
    assert editor.slider.isEnabled()
    shown.document.play()
    qtbot.waitUntil(lambda: shown.document.controller.state == "running")
    assert not editor.slider.isEnabled() and not editor.spin.isEnabled()
    assert "Pause" in editor.slider.toolTip()
    assert not shown.data_editor.editDataButton.isEnabled()
    shown.document.pause()
    qtbot.waitUntil(lambda: editor.slider.isEnabled())


def test_clicks_on_the_plot_add_delete_and_drag_points(shown, qtbot):
    doc, editor = shown.document, shown.data_editor
    n = _n_points(shown)
    qtbot.mouseClick(editor.editDataButton, Qt.MouseButton.LeftButton)
    assert editor.editing
    editor.classCombo.setCurrentIndex(1)
    _click_plot(shown, qtbot, (5.5, -5.5))
    assert _n_points(shown) == n + 1
    pts = doc.config.data.points
    assert pts.labels[-1] == 1 and np.allclose(pts.xy[-1], (5.5, -5.5), atol=0.1)
    # Drag the new point elsewhere.
    vp = shown.boundary_plot.plot_widget.viewport()
    start = editor.plane_to_widget(pts.xy[-1])
    end = editor.plane_to_widget((5.5, 5.5))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, pos=(start + end) / 2)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    moved = doc.config.data.points
    assert len(moved) == n + 1 and np.allclose(moved.xy[-1], (5.5, 5.5), atol=0.1)
    # Right click deletes the nearest point.
    _click_plot(shown, qtbot, (5.4, 5.4), Qt.MouseButton.RightButton)
    assert _n_points(shown) == n
    assert (5.5, 5.5) not in [tuple(np.round(p, 1)) for p in doc.config.data.points.xy]
    # The trainer learns from the edited data.
    assert len(doc.experiment.trainer.X_train) + len(doc.experiment.trainer.X_test) == n
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.config.data.points is None and _n_points(shown) == n


def test_draw_data_starts_from_an_empty_plane(shown, qtbot):
    doc, editor = shown.document, shown.data_editor
    weights = doc.experiment.network.flat_params.copy()
    qtbot.mouseClick(editor.drawDataButton, Qt.MouseButton.LeftButton)
    assert editor.editing and len(shown.boundary_plot.train_scatter.data) == 0
    for xy, cls in (((-3, -3), 0), ((3, 3), 1), ((-3, 3), 0), ((3, -3), 1)):
        editor.classCombo.setCurrentIndex(cls)
        _click_plot(shown, qtbot, xy)
    assert len(doc.config.data.points) == 4
    assert sum(doc.config.data.points.test) >= 1
    assert np.array_equal(doc.experiment.network.flat_params, weights)  # network kept
    doc.play()
    qtbot.waitUntil(lambda: doc.experiment.trainer.epoch > 2, timeout=10000)
    doc.pause()
    qtbot.waitUntil(lambda: doc.controller.state != "running")


def test_contribution_overlay_draws_each_training_point(shown, qtbot):
    _click_link(shown, qtbot, 0, 1, 0)
    editor = shown.data_editor
    qtbot.mouseClick(editor.contributionCheck, Qt.MouseButton.LeftButton)
    scatter = shown.boundary_plot.contribution_scatter
    n_train = len(shown.document.experiment.dataset.points_train)
    assert scatter.isVisible() and len(scatter.data) == n_train
    sizes = scatter.data["size"]
    assert sizes.max() > sizes.min()
    qtbot.mouseClick(editor.contributionCheck, Qt.MouseButton.LeftButton)
    assert not scatter.isVisible()


def test_edited_points_are_saved_and_load_back(shown, qtbot, tmp_path):
    doc, editor = shown.document, shown.data_editor
    qtbot.mouseClick(editor.editDataButton, Qt.MouseButton.LeftButton)
    _click_plot(shown, qtbot, (1.0, 1.0))
    path = str(tmp_path / "edited.json")
    doc.save(path)
    points = doc.config.data.points
    doc.load_file(path)
    assert doc.config.data.points == points
    assert doc.undo_stack.count() == 0


def test_new_controls_are_named_and_explained(shown):
    for name in ("weightEditor", "weightSlider", "weightSpin", "editDataButton",
                 "drawDataButton", "classPalette", "targetSpin", "contributionCheck"):  # fmt: skip
        widget = shown.findChild(object, name)
        assert widget is not None, name
        assert widget.toolTip() and widget.accessibleName(), name
    assert shown.findChild(object, "undoAction").shortcut().toString() == "Ctrl+Z"
    assert shown.findChild(object, "redoAction").shortcut().toString() == "Ctrl+Shift+Z"
