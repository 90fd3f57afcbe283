"""Data edited by hand: the points of a dataset as :class:`DataPoints`, and the edits a
learner makes on the boundary plot (add, delete, move), each returning new points.

Each point keeps the set it is in (train or test); a new point goes to the set that keeps
the split closest to ``train_ratio``, so an edit never reshuffles the other points.
"""

from __future__ import annotations

import numpy as np

from nnplayground.engine.config import DataPoints

Array = np.ndarray


def _label(value, task: str):
    return int(value) if task == "classification" else float(value)


def points_of(dataset) -> DataPoints:
    """The train then test points of a Dataset, with their labels and split."""
    xy = np.concatenate([dataset.points_train, dataset.points_test]).astype(np.float64)
    labels = np.concatenate([dataset.labels_train, dataset.labels_test])
    test = [False] * len(dataset.points_train) + [True] * len(dataset.points_test)
    return make_points(xy, labels, test, dataset.task)


def make_points(xy, labels, test, task: str) -> DataPoints:
    """DataPoints from arrays: ``xy`` (n, 2), ``labels`` (n,), ``test`` (n,) booleans."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return DataPoints(
        tuple((float(a), float(b)) for a, b in xy),
        tuple(_label(v, task) for v in np.asarray(labels).ravel()),
        tuple(bool(t) for t in np.asarray(test).ravel()),
    )


def add_point(points: DataPoints, xy, label, train_ratio: float) -> DataPoints:
    """``points`` plus one at ``xy`` with ``label``: a test point if the test share is
    below 1 − ``train_ratio`` with it counted as training, else a training point."""
    n_test = sum(points.test)
    n = len(points) + 1
    to_test = n_test < (1.0 - train_ratio) * n - 0.5 or (n >= 2 and n_test == 0)
    if n >= 2 and n_test == n - 1:  # keep one training point at least
        to_test = False
    return DataPoints(
        (*points.xy, (float(xy[0]), float(xy[1]))),
        (*points.labels, label),
        (*points.test, bool(to_test)),
    )


def remove_point(points: DataPoints, index: int) -> DataPoints:
    """``points`` without point ``index``."""
    keep = [i for i in range(len(points)) if i != index]
    return DataPoints(
        tuple(points.xy[i] for i in keep),
        tuple(points.labels[i] for i in keep),
        tuple(points.test[i] for i in keep),
    )


def move_point(points: DataPoints, index: int, xy) -> DataPoints:
    """``points`` with point ``index`` at ``xy`` (label and set kept)."""
    moved = list(points.xy)
    moved[index] = (float(xy[0]), float(xy[1]))
    return DataPoints(tuple(moved), points.labels, points.test)


def nearest_point(points: DataPoints, xy, scale=(1.0, 1.0)) -> tuple[int, float]:
    """(index, distance) of the point nearest ``xy``, distances divided by ``scale``
    (x, y) per axis (e.g. the plot's units per pixel); (-1, inf) when there is none."""
    if not len(points):
        return -1, float("inf")
    d = (np.asarray(points.xy) - np.asarray(xy, dtype=np.float64)) / np.asarray(scale)
    dist = np.hypot(d[:, 0], d[:, 1])
    i = int(np.argmin(dist))
    return i, float(dist[i])
