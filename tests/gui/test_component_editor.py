"""ComponentEditor: registry combo + parameter editors, and the help texts behind "?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QToolTip

from nnplayground.engine import activations, initializers, losses, optimizers
from nnplayground.engine.config import Component
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.help_texts import HELP, help_text

REGISTRIES = {
    "activation": activations.REGISTRY,
    "initializer": initializers.REGISTRY,
    "loss": losses.REGISTRY,
    "optimizer": optimizers.REGISTRY,
}


@pytest.fixture
def editor(qtbot):
    widget = ComponentEditor(activations.REGISTRY, "activation", "activationCombo")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(editor: ComponentEditor, name: str) -> None:
    editor.combo.setCurrentIndex(editor.combo.findData(name))


def test_combo_lists_registry_names_with_labels_and_summaries(editor):
    combo = editor.combo
    names = [combo.itemData(i, Qt.ItemDataRole.UserRole) for i in range(combo.count())]
    assert names == activations.REGISTRY.names()
    index = combo.findData("leaky_relu")
    assert combo.itemText(index) == "Leaky ReLU"
    summary = activations.REGISTRY.entry("leaky_relu").summary
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == summary


def test_choosing_leaky_relu_shows_its_slope_and_editing_it_emits(qtbot, editor):
    with qtbot.waitSignal(editor.changed):
        _choose(editor, "leaky_relu")
    spin = editor.param_widget("negative_slope")
    assert isinstance(spin, QDoubleSpinBox)
    assert (spin.minimum(), spin.maximum()) == (0.0, 1.0)
    assert spin.toolTip() == activations.REGISTRY.params("leaky_relu")[0].help
    with qtbot.waitSignal(editor.changed):
        spin.setValue(0.2)
    assert editor.component() == Component("leaky_relu", {"negative_slope": 0.2})


def test_component_leaves_out_parameters_at_their_default(editor):
    _choose(editor, "elu")
    assert editor.component() == Component("elu", {})


def test_set_component_updates_widgets_without_emitting(qtbot, editor):
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_component(Component("elu", {"alpha": 2.5}))
    assert editor.combo.currentData() == "elu"
    assert editor.param_widget("alpha").value() == 2.5
    assert editor.component() == Component("elu", {"alpha": 2.5})


def test_explicit_default_parameter_survives_a_round_trip(editor):
    editor.set_component(Component("elu", {"alpha": 1.0}))
    assert editor.component() == Component("elu", {"alpha": 1.0})


def test_boolean_parameter_is_a_check_box(qtbot):
    widget = ComponentEditor(optimizers.REGISTRY, "optimizer", "optimizerCombo", params_below=True)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_component(Component("sgd"))
    check = widget.param_widget("nesterov")
    assert isinstance(check, QCheckBox)
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert widget.component().params == {"nesterov": True}


def test_tiny_defaults_get_enough_decimals(qtbot):
    widget = ComponentEditor(optimizers.REGISTRY, "optimizer", "optimizerCombo")
    qtbot.addWidget(widget)
    widget.set_component(Component("adam"))
    assert widget.param_widget("epsilon").value() == pytest.approx(1e-7)
    assert widget.component() == Component("adam", {})


def test_set_allowed_restricts_the_list_and_keeps_the_choice(editor):
    editor.set_component(Component("relu"))
    editor.set_allowed(["tanh", "relu"])
    assert editor.names() == ["tanh", "relu"]
    assert editor.name() == "relu"


def test_disabled_item_carries_its_reason_as_tooltip(editor):
    editor.set_disabled_reasons({"relu": "Not with this loss."})
    index = editor.combo.findData("relu")
    assert not editor.combo.model().item(index).isEnabled()
    assert editor.combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == "Not with this loss."
    assert editor.combo.model().item(editor.combo.findData("tanh")).isEnabled()


def test_help_button_pops_up_the_selected_entry_help(qtbot, editor):
    _choose(editor, "relu")
    qtbot.mouseClick(editor.help_button, Qt.MouseButton.LeftButton)
    assert help_text("activation", "relu") in QToolTip.text()
    assert help_text("activation", "relu") in editor.combo.toolTip()


@pytest.mark.parametrize("kind", sorted(REGISTRIES))
def test_every_registry_name_has_a_short_help_text(kind):
    for name in REGISTRIES[kind].names():
        text = help_text(kind, name)
        assert text, f"no help for {kind} {name}"
        assert 1 <= text.count(". ") + 1 <= 4, text
    assert set(HELP[kind]) == set(REGISTRIES[kind].names())
