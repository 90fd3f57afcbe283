"""The slow-motion step: walk one mini-batch update stage by stage, then apply it."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnplayground.engine import build
from nnplayground.gui.panels.slow_step import next_batch


@pytest.fixture
def panel(window):
    window.show()
    return window.slow_step_panel


def test_controls_are_named_and_explained(panel, unexplained_controls):
    assert unexplained_controls(panel) == []
    assert panel.apply_button.accessibleName()


def test_walking_every_stage_then_applying_equals_one_train_step(panel, qtbot):
    doc = panel.document
    exp = doc.experiment
    reference = build.Experiment.from_config(exp.config, weights=exp.network.get_weights())
    reference.trainer.rng = copy.deepcopy(exp.trainer.rng)
    x, y, _ = next_batch(reference.trainer)

    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    kinds = [panel.walk.current.kind]
    while panel.next_button.isEnabled():
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        kinds.append(panel.walk.current.kind)
    layers = len(exp.network.layers)
    assert kinds == ["forward"] * layers + ["loss"] + ["backward"] * layers + ["update"] * layers
    assert "Update" in panel.stage_label.text()
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.walk.index == len(kinds) - 2

    with qtbot.waitSignal(doc.views, timeout=5000):
        qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    reference.trainer.train_step(x, y)
    np.testing.assert_allclose(
        exp.network.flat_params, reference.network.flat_params, rtol=0, atol=1e-12
    )
    assert exp.trainer.steps == reference.trainer.steps
    assert doc.modified and panel.step is None


def test_backward_stage_draws_the_gradient_and_delta_norms(panel, qtbot):
    panel.take_batch()
    while panel.walk.current.kind != "backward":
        panel.next_stage()
    page = panel.backward_page
    assert panel.pages.currentWidget() is page
    # Only the output layer is known at the first backward stage.
    n = len(panel.document.experiment.network.layers)
    assert page.network.widths[-1].max() > 0
    assert "fused" in page.notes.text()  # sigmoid + cross-entropy: no ×f′ at the output
    while panel.walk.current.kind == "backward":
        panel.next_stage()
    panel.previous_stage()  # the last backward stage: every layer is known
    assert page.notes.text().count("<br>") == n - 1
    assert "at most 1 for tanh" in page.notes.text()
    assert "Layer 1" in page.notes.text().split("<br>")[-1]  # output first, input last


def test_apply_is_refused_while_training_runs(panel, qtbot):
    doc = panel.document
    panel.take_batch()
    doc.play()
    qtbot.waitUntil(lambda: doc.controller.state == "running")
    assert not panel.apply_button.isEnabled()
    assert panel.apply_step() is False
    doc.controller.stop()


def test_training_menu_entry_pauses_and_opens_the_walk(window, qtbot):
    window.show()
    action = window.findChild(object, "slowStepAction")
    action.trigger()
    assert window.slow_step_panel.walk is not None
    assert window.docks["slowStepDock"].isVisible()
