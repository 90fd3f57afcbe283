"""ArchitecturePanel: hidden layer editors, output layer, limits and diagnostics marks."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from nnplayground.engine.build import check_experiment
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.gui.panels.architecture import MAX_HIDDEN_LAYERS, ArchitecturePanel


@pytest.fixture
def panel(qtbot):
    widget = ArchitecturePanel()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    widget.set_config(ExperimentConfig())
    return widget


def _editor(panel: QWidget, i: int) -> QWidget:
    editor = panel.findChild(QWidget, f"layerEditor{i}")
    assert editor is not None, f"layerEditor{i} missing"
    return editor


def _combo(parent: QWidget, name: str) -> QComboBox:
    return parent.findChild(QComboBox, name)


def _emitted(qtbot, panel, action):
    with qtbot.waitSignal(panel.config_changed) as blocker:
        action()
    return blocker.args[0]


def test_typing_units_emits_a_config_with_the_new_size(qtbot, panel):
    spin = _editor(panel, 0).findChild(QSpinBox, "unitsSpin")
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    cfg = _emitted(qtbot, panel, lambda: qtbot.keyClick(spin, Qt.Key.Key_Return))
    assert cfg.network.hidden[0].units == 12
    assert cfg.network.hidden[1] == ExperimentConfig().network.hidden[1]


def test_choosing_an_activation_with_a_parameter_emits_it(qtbot, panel):
    editor = _editor(panel, 1)
    combo = _combo(editor, "activationCombo")
    cfg = _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("leaky_relu")))
    assert cfg.network.hidden[1].activation == Component("leaky_relu")
    slope = editor.findChild(QDoubleSpinBox, "param_negative_slope")
    cfg = _emitted(qtbot, panel, lambda: slope.setValue(0.3))
    assert cfg.network.hidden[1].activation == Component("leaky_relu", {"negative_slope": 0.3})
    check_experiment(cfg)


def test_hidden_layers_cannot_choose_softmax(panel):
    assert _combo(_editor(panel, 0), "activationCombo").findData("softmax") == -1


def test_initializer_choice_and_its_stddev_reach_the_config(qtbot, panel):
    editor = _editor(panel, 0)
    combo = _combo(editor, "kernelInitCombo")
    _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("random_normal")))
    stddev = editor.findChild(QDoubleSpinBox, "param_stddev")
    cfg = _emitted(qtbot, panel, lambda: stddev.setValue(1.5))
    assert cfg.network.hidden[0].kernel_initializer == Component("random_normal", {"stddev": 1.5})
    bias = _combo(editor, "biasInitCombo")
    cfg = _emitted(qtbot, panel, lambda: bias.setCurrentIndex(bias.findData("ones")))
    assert cfg.network.hidden[0].bias_initializer == Component("ones")


def test_add_layer_copies_the_last_layer(qtbot, panel):
    cfg = replace(
        ExperimentConfig(), network=NetworkConfig(hidden=(LayerConfig(6, Component("relu")),))
    )
    panel.set_config(cfg)
    button = panel.findChild(QAbstractButton, "addLayerButton")
    new = _emitted(qtbot, panel, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert new.network.hidden == (LayerConfig(6, Component("relu")),) * 2
    assert _editor(panel, 1).findChild(QSpinBox, "unitsSpin").value() == 6


def test_add_layer_to_an_empty_network_gives_four_tanh_units(qtbot, panel):
    panel.set_config(replace(ExperimentConfig(), network=NetworkConfig(hidden=())))
    new = _emitted(qtbot, panel, panel.add_button.click)
    assert new.network.hidden == (LayerConfig(4, Component("tanh")),)


def test_remove_buttons_remove_the_last_or_the_chosen_layer(qtbot, panel):
    layers = (LayerConfig(3), LayerConfig(5), LayerConfig(7))
    panel.set_config(replace(ExperimentConfig(), network=NetworkConfig(hidden=layers)))
    remove_last = panel.findChild(QAbstractButton, "removeLayerButton")
    cfg = _emitted(qtbot, panel, lambda: qtbot.mouseClick(remove_last, Qt.MouseButton.LeftButton))
    assert [layer.units for layer in cfg.network.hidden] == [3, 5]
    assert panel.findChild(QWidget, "layerEditor2") is None or not _editor(panel, 2).isVisible()
    remove_first = _editor(panel, 0).findChild(QToolButton, "removeThisLayerButton")
    cfg = _emitted(qtbot, panel, lambda: qtbot.mouseClick(remove_first, Qt.MouseButton.LeftButton))
    assert [layer.units for layer in cfg.network.hidden] == [5]


def test_move_buttons_reorder_layers(qtbot, panel):
    layers = (LayerConfig(3), LayerConfig(5), LayerConfig(7))
    panel.set_config(replace(ExperimentConfig(), network=NetworkConfig(hidden=layers)))
    up = _editor(panel, 2).findChild(QToolButton, "moveUpButton")
    cfg = _emitted(qtbot, panel, lambda: qtbot.mouseClick(up, Qt.MouseButton.LeftButton))
    assert [layer.units for layer in cfg.network.hidden] == [3, 7, 5]
    assert not _editor(panel, 0).findChild(QToolButton, "moveUpButton").isEnabled()
    assert not _editor(panel, 2).findChild(QToolButton, "moveDownButton").isEnabled()


def test_sixteen_layers_of_256_units_fit_and_editors_are_reused(qtbot, panel):
    big = replace(ExperimentConfig(), network=NetworkConfig(hidden=(LayerConfig(256),) * 16))
    panel.set_config(big)
    editors = [_editor(panel, i) for i in range(MAX_HIDDEN_LAYERS)]
    assert all(e.findChild(QSpinBox, "unitsSpin").value() == 256 for e in editors)
    assert not panel.add_button.isEnabled()
    smaller = replace(big, network=NetworkConfig(hidden=(LayerConfig(128),) * 16))
    with qtbot.assertNotEmitted(panel.config_changed):
        panel.set_config(smaller)
    assert [_editor(panel, i) for i in range(16)] == editors  # updated in place
    assert editors[15].findChild(QSpinBox, "unitsSpin").value() == 128


def test_output_combo_disables_activations_invalid_for_the_loss(panel):
    combo = _combo(panel.findChild(QWidget, "outputEditor"), "activationCombo")
    relu = combo.findData("relu")
    assert not combo.model().item(relu).isEnabled()
    assert "sigmoid" in combo.itemData(relu, Qt.ItemDataRole.ToolTipRole)
    assert combo.model().item(combo.findData("sigmoid")).isEnabled()


def test_invalid_output_choice_shows_the_reason_and_does_not_emit(qtbot, panel):
    combo = _combo(panel.findChild(QWidget, "outputEditor"), "activationCombo")
    message = panel.findChild(QLabel, "architectureMessage")
    with qtbot.assertNotEmitted(panel.config_changed):
        combo.setCurrentIndex(combo.findData("relu"))
    assert message.isVisible()
    assert "sigmoid" in message.text()
    cfg = _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("sigmoid")))
    assert cfg.network.output.activation.name == "sigmoid"
    assert not message.isVisible()


def test_output_line_describes_units_activation_and_task(panel):
    label = panel.findChild(QLabel, "outputLabel")
    assert label.text() == "Output: 1 unit (Sigmoid) — binary classification"
    blobs = ExperimentConfig(
        data=DataConfig(dataset="blobs", n_classes=3),
        network=NetworkConfig(output=LayerConfig(3, Component("softmax"))),
        training=TrainingConfig(loss=Component("categorical_crossentropy")),
    )
    panel.set_config(blobs)
    assert label.text() == "Output: 3 units (Softmax) — 3 classes"


def test_input_features_are_shown_as_read_only_chips(panel):
    panel.set_config(replace(ExperimentConfig(), data=DataConfig(features=("x1", "x1_sq"))))
    assert panel.findChild(QLabel, "featureChip_x1_sq").text() == "x1²"
    assert (
        panel.findChild(QLabel, "featureChip_x2") is None
        or not panel.findChild(QLabel, "featureChip_x2").isVisible()
    )


def test_layer_status_marks_dead_units(panel):
    # The panel reads the verdicts LayerStats computes (counts and ``identical``).
    stats = [
        SimpleNamespace(units=8, dead_count=2, saturated_count=0, identical=False),
        SimpleNamespace(units=2, dead_count=0, saturated_count=1, identical=False),
    ]
    panel.set_layer_status(stats)
    assert _editor(panel, 0).findChild(QLabel, "layerStatus").text() == "2/8 dead"
    assert _editor(panel, 1).findChild(QLabel, "layerStatus").text() == "1/2 saturated"
    stats[0] = SimpleNamespace(units=8, dead_count=0, saturated_count=0, identical=True)
    panel.set_layer_status(stats)
    assert _editor(panel, 0).findChild(QLabel, "layerStatus").text() == "identical units"
    panel.set_layer_status(None)
    assert _editor(panel, 0).findChild(QLabel, "layerStatus").text() == ""


def test_every_interactive_control_has_a_tooltip(panel):
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QCheckBox)
    controls = [w for kind in kinds for w in panel.findChildren(kind)]
    assert controls
    missing = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.toolTip()]
    assert not missing
