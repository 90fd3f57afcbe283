"""The document's hand edits: a weight and the data points, undoable, checked first."""

from __future__ import annotations

import dataclasses
import math

import pytest

from nnplayground.engine import edit_data
from nnplayground.gui.document import Document


@pytest.fixture
def doc(qapp):
    document = Document()
    yield document
    document.shutdown()


def test_set_parameter_writes_the_network_and_reevaluates_the_losses(doc, qtbot):
    with qtbot.waitSignal(doc.readout_changed) as sig, qtbot.waitSignal(doc.views):
        assert doc.set_parameter(0, 3.0)
    assert doc.experiment.network.flat_params[0] == 3.0
    tr = doc.experiment.trainer
    assert sig.args[0][0] == pytest.approx(tr.evaluate(tr.X_train, tr.y_train)[0])
    assert doc.modified


@pytest.mark.parametrize("value", [math.nan, math.inf, "x"])
def test_a_weight_that_is_not_a_finite_number_is_refused(doc, qtbot, value):
    before = doc.experiment.network.flat_params.copy()
    with qtbot.waitSignal(doc.refused):
        assert not doc.set_parameter(0, value)
    assert (doc.experiment.network.flat_params == before).all()
    assert doc.undo_stack.count() == 0


def test_set_points_keeps_the_weights_and_trains_on_the_new_points(doc):
    weights = doc.experiment.network.flat_params.copy()
    pts = edit_data.points_of(doc.experiment.dataset)
    pts = edit_data.remove_point(pts, 0)
    assert doc.set_points(pts)
    assert (doc.experiment.network.flat_params == weights).all()
    tr = doc.experiment.trainer
    assert len(tr.X_train) + len(tr.X_test) == len(pts)
    doc.undo_stack.undo()
    assert doc.config.data.points is None


def test_too_few_points_are_refused(doc, qtbot):
    pts = edit_data.make_points([[0, 0]], [0], [False], "classification")
    with qtbot.waitSignal(doc.refused):
        assert not doc.set_points(pts)
    assert doc.config.data.points is None


def test_drawing_other_data_replaces_the_hand_placed_points(doc):
    pts = edit_data.remove_point(edit_data.points_of(doc.experiment.dataset), 0)
    doc.set_points(pts)
    cfg = doc.config
    assert doc.apply(
        cfg.replace(data=dataclasses.replace(cfg.data, features=("x1", "x2", "x1_sq")))
    )
    assert doc.config.data.points == pts  # features keep them
    cfg = doc.config
    assert doc.apply(cfg.replace(data=dataclasses.replace(cfg.data, seed=5)))
    assert doc.config.data.points is None  # new data drawn


def test_loading_or_resetting_clears_the_undo_history(doc):
    doc.set_parameter(0, 1.0)
    assert doc.undo_stack.canUndo()
    doc.reset()
    assert not doc.undo_stack.canUndo()
