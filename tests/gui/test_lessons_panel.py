"""The lesson panel lists the lessons, emits the learner's choices, shows the linear map."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from nnplayground import lessons
from nnplayground.engine.build import Experiment
from nnplayground.engine.network import equivalent_linear_map
from nnplayground.gui.panels.lessons import LessonsPanel, linear_map_text
from nnplayground.gui.snapshot import ViewSnapshot


def test_panel_lists_every_lesson_and_shows_its_try_this_buttons(qtbot):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    assert panel.combo.count() == len(lessons.lessons()) >= 8
    panel.select("dying_relu")
    texts = [b.text() for b in panel._buttons]
    assert any("Leaky ReLU" in t for t in texts)
    assert all(b.toolTip() for b in panel._buttons)
    assert "−2" in panel.sections[0].text()


def test_start_and_try_this_emit_the_lesson_and_the_change(qtbot):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    panel.select("zero_init")
    with qtbot.waitSignal(panel.lesson_requested) as started:
        qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert started.args[0].key == "zero_init"
    with qtbot.waitSignal(panel.try_this_requested) as tried:
        qtbot.mouseClick(panel._buttons[0], Qt.MouseButton.LeftButton)
    new_cfg = tried.args[0].change(started.args[0].preset().config)
    assert new_cfg.network.hidden[0].kernel_initializer.name == "random_normal"


def test_linear_lesson_shows_the_single_equivalent_map(qtbot):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.select("linear_collapse")
    cfg = lessons.get("linear_collapse").preset().config
    exp = Experiment.from_config(cfg)
    panel.update_view(ViewSnapshot(0, 1, exp.network.get_weights(), None), cfg)
    assert panel.linear_map.isVisible()
    W, b = equivalent_linear_map(exp.network)
    assert f"{abs(b[0]):.3f}" in panel.linear_map.text()
    assert f"{abs(W[0, 0]):.3f}" in panel.linear_map.text()
    tanh_cfg = lessons.changes.hidden_activation(cfg, "tanh")
    panel.update_view(ViewSnapshot(0, 2, exp.network.get_weights(), None), tanh_cfg)
    assert not panel.linear_map.isVisible()


def test_linear_map_text_matches_the_matrix_product():
    rng = np.random.default_rng(0)
    weights = [
        (rng.normal(size=(2, 3)), rng.normal(size=3)),
        (rng.normal(size=(3, 1)), rng.normal(size=1)),
    ]
    W = weights[0][0] @ weights[1][0]
    text = linear_map_text(weights, "sigmoid")
    assert text.startswith("sigmoid(") and f"{abs(W[1, 0]):.3f}·x2" in text


def test_linear_map_text_reads_like_a_formula():
    weights = [(np.array([[-0.4111], [0.0372]]), np.array([-0.2224]))]
    assert linear_map_text(weights, "sigmoid") == "sigmoid(−0.411·x1 + 0.037·x2 − 0.222)"
    weights = [(np.array([[0.5], [-1.25]]), np.array([0.0]))]
    assert linear_map_text(weights, "linear") == "linear(0.500·x1 − 1.250·x2 + 0.000)"
