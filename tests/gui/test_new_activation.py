"""A newly registered activation shows up, correctly classified, in every GUI list.

One class definition is all it takes: the layer and output combos, the output combo's
disabled items and the activation explorer's problem list read its attributes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from new_activation import Arctan, registered
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from nnplayground.engine.config import Component, ExperimentConfig
from nnplayground.gui.activation_explorer import ActivationExplorer, problem_keys
from nnplayground.gui.panels.architecture import ArchitecturePanel


class OutputOnlyArctan(Arctan):
    """The same curve declared output-only: hidden layers must not offer it."""

    name, output_only = "test_output_arctan", True


@pytest.fixture
def new_activations() -> Iterator[None]:
    with registered(Arctan, OutputOnlyArctan):
        yield


def _combo_items(combo: QComboBox) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def _enabled(combo: QComboBox, name: str) -> bool:
    return combo.model().item(combo.findData(name)).isEnabled()


def test_explorer_lists_the_new_activation_with_its_problems(qtbot, new_activations):
    explorer = ActivationExplorer()
    qtbot.addWidget(explorer)
    assert Arctan.name in _combo_items(explorer.activationCombo)
    explorer.activationCombo.setCurrentIndex(explorer.activationCombo.findData(Arctan.name))
    assert problem_keys(Arctan.name, Arctan()) == ["saturation"]
    assert "derivative vanishes" in explorer.problemsLabel.text()
    assert problem_keys(OutputOnlyArctan.name, OutputOnlyArctan()) == ["saturation", "softmax"]


def test_layer_and_output_combos_offer_it_and_disable_it_where_the_loss_refuses_it(
    qtbot, new_activations
):
    panel = ArchitecturePanel()
    qtbot.addWidget(panel)
    cfg = ExperimentConfig()  # two classes, binary_crossentropy
    panel.set_config(cfg)
    hidden = panel.findChild(QWidget, "layerEditor0").findChild(QComboBox, "activationCombo")
    assert Arctan.name in _combo_items(hidden)
    assert OutputOnlyArctan.name not in _combo_items(hidden)
    output = panel.output_editor.activation.combo
    assert {Arctan.name, OutputOnlyArctan.name} <= set(_combo_items(output))
    assert not _enabled(output, Arctan.name)  # binary_crossentropy needs sigmoid
    tip = output.itemData(output.findData(Arctan.name), Qt.ItemDataRole.ToolTipRole)
    assert "needs a sigmoid output, not test_arctan" in tip
    mse = replace(cfg, training=replace(cfg.training, loss=Component("mean_squared_error")))
    panel.set_config(mse)
    assert _enabled(output, Arctan.name)
    assert _enabled(output, OutputOnlyArctan.name)  # output-only: fine on the output
    assert _enabled(output, "sigmoid")


def test_code_view_names_the_new_activation_instead_of_failing(new_activations):
    from nnplayground.codegen import code_for

    cfg = ExperimentConfig()
    hidden = tuple(replace(h, activation=Component(Arctan.name)) for h in cfg.network.hidden)
    cfg = cfg.replace(network=replace(cfg.network, hidden=hidden))
    for framework in ("keras", "pytorch"):
        src = code_for(cfg, None, framework)
        compile(src, "<gen>", "exec")
        assert "f(z) = arctan(z)" in src and "NotImplementedError('test_arctan')" in src
