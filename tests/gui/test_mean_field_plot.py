"""Theory beside measurement: the mean-field prediction next to the measured spread."""

from __future__ import annotations

import numpy as np

from nnplayground import lessons
from nnplayground.engine import meanfield


def test_plot_shows_prediction_and_measurement_per_layer(window, qtbot):
    window.show()
    window.docks["meanFieldDock"].show()  # a secondary tool: closed until opened
    window.docks["meanFieldDock"].raise_()
    plot = window.mean_field_plot
    qtbot.waitUntil(lambda: plot.spread is not None, timeout=5000)
    exp = window.document.experiment
    expected = meanfield.spread(exp.reset())
    x, y = plot.predicted.getData()
    layers = len(exp.network.layers)
    assert list(x) == list(range(1, layers + 1))
    np.testing.assert_allclose(10**y, expected.predicted_std)  # drawn as log10
    _, measured = plot.measured.getData()
    np.testing.assert_allclose(10**measured, expected.measured_std)
    assert plot.plot.getPlotItem().ctrl.logYCheck.isChecked()  # log y


def test_follows_the_lesson_on_initial_scale(window, qtbot):
    window.show()
    window.docks["meanFieldDock"].show()  # a secondary tool: closed until opened
    window.docks["meanFieldDock"].raise_()
    plot = window.mean_field_plot
    lesson = next(item for item in lessons.lessons() if item.key == "init_scale")
    window.lesson_actions.start_lesson(lesson)
    qtbot.waitUntil(lambda: plot.spread is not None, timeout=5000)
    # Lesson 6 starts with a scale that makes the spread collapse with depth.
    s = plot.spread
    assert s.predicted_std[-1] < s.predicted_std[0]
    assert "%" in plot.note.text()
