"""Input features computed from 2-D points, as in TensorFlow Playground's feature column.

Each feature is one vectorised NumPy expression of the two coordinates ``x1`` and ``x2``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from nnplayground.messages import QT_TRANSLATE_NOOP, text

FloatArray = NDArray[np.float64]

_FEATURE_FUNCS: dict[str, Callable[[FloatArray, FloatArray], FloatArray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1_sq": lambda x1, x2: x1 * x1,
    "x2_sq": lambda x1, x2: x2 * x2,
    "x1_x2": lambda x1, x2: x1 * x2,
    "sin_x1": lambda x1, x2: np.sin(x1),
    "sin_x2": lambda x1, x2: np.sin(x2),
}

FEATURES: tuple[str, ...] = tuple(_FEATURE_FUNCS)
"""Canonical feature names, in display order."""

FEATURE_LABELS: dict[str, str] = {
    "x1": "x1",
    "x2": "x2",
    "x1_sq": "x1²",
    "x2_sq": "x2²",
    "x1_x2": "x1·x2",
    "sin_x1": "sin x1",
    "sin_x2": "sin x2",
}
"""Unicode label shown to the user for each feature name."""


FEATURES_NOT_A_LIST = QT_TRANSLATE_NOOP(
    "messages", "Features must be a list of names, not the single string {name!r}."
)
FEATURES_EMPTY = QT_TRANSLATE_NOOP(
    "messages", "At least one input feature is needed; choose from: {expected}."
)
FEATURE_UNKNOWN = QT_TRANSLATE_NOOP(
    "messages", "Unknown feature {name!r}; expected one of: {expected}"
)
FEATURE_TWICE = QT_TRANSLATE_NOOP(
    "messages", "Feature {name!r} is listed twice; each feature may appear once."
)


def check_features(names: Sequence[str]) -> None:
    """Raise ``ValueError`` unless ``names`` is a non-empty list of distinct known features."""
    expected = ", ".join(FEATURES)
    if isinstance(names, str):
        # A bare string would be iterated character by character.
        raise ValueError(text(FEATURES_NOT_A_LIST, name=names))
    if len(names) == 0:
        raise ValueError(text(FEATURES_EMPTY, expected=expected))
    seen: set[str] = set()
    for name in names:
        if name not in _FEATURE_FUNCS:
            raise ValueError(text(FEATURE_UNKNOWN, name=name, expected=expected))
        if name in seen:
            raise ValueError(text(FEATURE_TWICE, name=name))
        seen.add(name)


def apply_features(points: NDArray[np.floating], names: Sequence[str]) -> FloatArray:
    """Map points ``(n, 2)`` to the feature matrix ``(n, len(names))`` (float64).

    Column ``j`` is feature ``names[j]`` of ``(x1, x2) = points[:, 0], points[:, 1]``,
    e.g. ``x1_x2 = x1 * x2`` and ``sin_x1 = sin(x1)``.
    """
    check_features(names)
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise ValueError(f"Points must have shape (n, 2), got {pts.shape}.")
    x1, x2 = pts[:, 0], pts[:, 1]
    out = np.empty((pts.shape[0], len(names)), dtype=np.float64)
    for j, name in enumerate(names):
        out[:, j] = _FEATURE_FUNCS[name](x1, x2)
    return out
