"""Hand-edited points: a dataset built from them, and the edits keeping the split."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import datasets, edit_data


def _circle():
    cfg = presets.load_bundled("circle").config
    return cfg, datasets.make_dataset(cfg.data, cfg.task)


def test_points_of_a_dataset_rebuild_the_same_dataset():
    cfg, data = _circle()
    pts = edit_data.points_of(data)
    again = datasets.make_dataset(dataclasses.replace(cfg.data, points=pts), cfg.task)
    assert np.array_equal(again.points_train, data.points_train)
    assert np.array_equal(again.labels_test, data.labels_test)
    assert np.array_equal(again.X_train, data.X_train)
    assert again.n_classes == data.n_classes


def test_edits_keep_the_other_points_in_their_set():
    cfg, data = _circle()
    pts = edit_data.points_of(data)
    added = edit_data.add_point(pts, (0.5, 0.5), 1, cfg.data.train_ratio)
    assert added.test[:-1] == pts.test and len(added) == len(pts) + 1
    moved = edit_data.move_point(added, 0, (1.0, 2.0))
    assert moved.xy[0] == (1.0, 2.0) and moved.labels == added.labels
    removed = edit_data.remove_point(moved, len(moved) - 1)
    assert removed.test == pts.test
    i, _ = edit_data.nearest_point(removed, (1.0, 2.0))
    assert i == 0


@pytest.mark.parametrize(
    "labels",
    [(0, 5), (0, 1.5), (0, True)],
)
def test_bad_class_labels_are_refused(labels):
    cfg, _ = _circle()
    pts = edit_data.make_points([[0, 0], [1, 1]], [0, 0], [False, True], "classification")
    pts = dataclasses.replace(pts, labels=labels)
    with pytest.raises(ValueError, match="edited point 2"):
        datasets.make_dataset(dataclasses.replace(cfg.data, points=pts), cfg.task)


def test_edited_data_needs_a_train_and_a_test_point():
    cfg, _ = _circle()
    pts = edit_data.make_points([[0, 0], [1, 1]], [0, 1], [False, False], "classification")
    with pytest.raises(ValueError, match="one test point"):
        datasets.make_dataset(dataclasses.replace(cfg.data, points=pts), cfg.task)
