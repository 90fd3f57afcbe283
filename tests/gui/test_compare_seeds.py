"""The compare dialog's seed and initial-scale variables and its "Run N seeds" mode."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnplayground import presets
from nnplayground.gui.compare_dialog import CompareDialog


@pytest.fixture
def dialog(qtbot):
    base = presets.load_bundled("circle").config
    dlg = CompareDialog(base.replace(data=dataclasses.replace(base.data, n_points=200)))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.mark.parametrize("variable, values", [("seed", "0, 1, 2"), ("scale", "0.5, 1, 2")])
def test_seed_and_initial_scale_are_variables_typed_as_lists(qtbot, dialog, variable, values):
    combo = dialog.variableCombo
    combo.setCurrentIndex(combo.findData(variable))
    assert dialog.valuesEdit.isVisible() and not dialog.valuesList.isVisible()
    assert dialog.valuesEdit.text() == values
    dialog.epochsSpin.setValue(10)
    qtbot.mouseClick(dialog.runButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.comparison() is not None, timeout=10000)
    assert len(dialog.comparison().histories) == 3


def test_run_n_seeds_draws_the_median_and_its_band_and_reports_the_spread(qtbot, dialog):
    dialog.epochsSpin.setValue(30)
    dialog.seedsSpin.setValue(8)
    qtbot.mouseClick(dialog.seedsButton, Qt.MouseButton.LeftButton)
    assert dialog.is_running() and not dialog.seedsButton.isEnabled()
    qtbot.waitUntil(lambda: dialog.spread is not None, timeout=20000)
    assert not dialog.is_running() and dialog.progressBar.value() == 30
    spread = dialog.spread
    assert len(spread.seeds) == 8 and spread.epochs == 30
    x, median = dialog.plot.median_curve.getData()
    assert len(x) == 30 and np.allclose(median, spread.band("test_loss")[0])
    assert dialog.plot.band.isVisible()
    lows, highs = (edge.getData()[1] for edge in dialog.plot.band_edges)
    assert np.all(lows <= highs)
    assert "8" in dialog.message.text() and "10–90" in dialog.message.text()


def test_run_n_seeds_can_be_stopped(qtbot, dialog):
    dialog.epochsSpin.setValue(20000)
    dialog.seedsSpin.setValue(50)
    qtbot.mouseClick(dialog.seedsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progressBar.value() > 0, timeout=10000)
    qtbot.mouseClick(dialog.stopButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert dialog.spread is not None and dialog.spread.stopped
    assert dialog.seedsButton.isEnabled()


def test_the_seed_controls_are_named_and_described(dialog, unexplained_controls):
    assert not unexplained_controls(dialog)
    for widget in (dialog.seedsSpin, dialog.seedsButton):
        assert widget.accessibleName()
