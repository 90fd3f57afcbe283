"""The activation explorer: curves, notable points, parameters and known problems."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations
from nnplayground.gui.activation_explorer import ActivationExplorer, problem_keys


@pytest.fixture
def explorer(qtbot):
    widget = ActivationExplorer()
    qtbot.addWidget(widget)
    return widget


def choose(explorer, name: str) -> None:
    combo = explorer.activationCombo
    combo.setCurrentIndex(combo.findData(name))


def test_sigmoid_marks_the_derivative_maximum_of_a_quarter(explorer):
    choose(explorer, "relu")
    choose(explorer, "sigmoid")
    _, dy = explorer.df_curve.getData()
    assert dy.max() == pytest.approx(0.25)
    assert any("0.25" in text for text in explorer.notable_texts())
    points = np.column_stack(explorer.notable.getData())
    assert any(np.allclose(p, (0.0, 0.25)) for p in points)


def test_leaky_relu_slope_spin_changes_the_negative_side(explorer, qtbot):
    choose(explorer, "leaky_relu")
    spin = explorer.findChild(type(explorer.rangeSpin), "explorerParam_negative_slope")
    assert spin is not None
    spin.setValue(0.2)
    z, y = explorer.f_curve.getData()
    assert np.interp(-1.0, z, y) == pytest.approx(-0.2)
    assert np.interp(2.0, z, y) == pytest.approx(2.0)
    assert "0.2" in explorer.formulaLabel.text()


def test_switching_activations_reuses_the_same_curve_items(explorer):
    item = explorer.plot_widget.getPlotItem()
    f_curve, df_curve = explorer.f_curve, explorer.df_curve
    count = len(item.items)
    for name in ("tanh", "elu", "softmax", "gelu"):
        choose(explorer, name)
        assert explorer.f_curve is f_curve and explorer.df_curve is df_curve
        assert len(item.items) == count
        assert f_curve in item.items


def test_range_spin_widens_the_z_axis(explorer):
    explorer.rangeSpin.setValue(10.0)
    z, _ = explorer.f_curve.getData()
    assert z[0] == pytest.approx(-10.0) and z[-1] == pytest.approx(10.0)


def test_info_shows_formula_range_and_problems(explorer):
    choose(explorer, "relu")
    assert "max(0, z)" in explorer.formulaLabel.text()
    assert "[0, ∞)" in explorer.rangeLabel.text()
    assert "no" in explorer.zeroCentredLabel.text()
    assert "die" in explorer.problemsLabel.text()
    choose(explorer, "tanh")
    assert "yes" in explorer.zeroCentredLabel.text()
    assert "derivative vanishes" in explorer.problemsLabel.text()


def test_every_activation_has_a_problem_note_or_none_by_design():
    for name in activations.names():
        act = activations.get(name)
        keys = problem_keys(name, act)
        assert len(keys) == len(set(keys))
    assert "non_monotonic" in problem_keys("gelu", activations.get("gelu"))
    assert "not_zero_centred" in problem_keys("softplus", activations.get("softplus"))
    assert "softmax" in problem_keys("softmax", activations.get("softmax"))


def test_compare_overlays_a_second_activation(explorer):
    choose(explorer, "sigmoid")
    explorer.compareCheck.setChecked(True)
    combo = explorer.compareCombo
    combo.setCurrentIndex(combo.findData("tanh"))
    z, y = explorer.compare_f_curve.getData()
    assert np.interp(1.0, z, y) == pytest.approx(np.tanh(1.0), abs=1e-3)
    assert explorer.legend.getLabel(explorer.compare_f_curve).text == "f: Tanh"
    assert explorer.legend.getLabel(explorer.f_curve).text == "f: Sigmoid"
    explorer.compareCheck.setChecked(False)
    z, _ = explorer.compare_f_curve.getData()
    assert z is None or len(z) == 0
    assert explorer.legend.getLabel(explorer.compare_f_curve) is None


def test_every_control_has_an_object_name_and_a_tooltip(explorer, unexplained_controls):
    assert unexplained_controls(explorer) == []
