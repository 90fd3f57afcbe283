"""A small scatter picture of a dataset's points, coloured by class or target (QPainter)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

# TensorFlow Playground's orange / blue, then distinct colours for more classes.
CLASS_COLOURS = ("#f59322", "#0877bd", "#2ca02c", "#9467bd", "#d62728", "#8c564b",
                 "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")  # fmt: skip
_REGRESSION_BINS = 16


def _regression_colour(t: float) -> QColor:
    """Orange (t = 0) through white to blue (t = 1)."""
    low, mid, high = QColor(CLASS_COLOURS[0]), QColor("#e8eaeb"), QColor(CLASS_COLOURS[1])
    a, b, u = (low, mid, t * 2) if t < 0.5 else (mid, high, t * 2 - 1)
    return QColor(
        round(a.red() + (b.red() - a.red()) * u),
        round(a.green() + (b.green() - a.green()) * u),
        round(a.blue() + (b.blue() - a.blue()) * u),
    )


def _groups(labels: np.ndarray, task: str) -> list[tuple[np.ndarray, QColor]]:
    """Masks of points sharing one colour (regression targets are binned into 16 colours)."""
    if task == "regression":
        lo, hi = float(labels.min()), float(labels.max())
        t = (labels - lo) / (hi - lo) if hi > lo else np.full(labels.shape, 0.5)
        bins = np.minimum((t * _REGRESSION_BINS).astype(int), _REGRESSION_BINS - 1)
        return [
            (bins == b, _regression_colour((b + 0.5) / _REGRESSION_BINS))
            for b in range(_REGRESSION_BINS)
        ]
    classes = labels.astype(int)
    return [
        (classes == k, QColor(CLASS_COLOURS[k % len(CLASS_COLOURS)])) for k in np.unique(classes)
    ]


def draw_preview(dataset: object, size: int = 120) -> QPixmap:
    """Scatter of ``dataset.points_train`` and ``points_test`` in ``dataset.bounds``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    points = np.concatenate([dataset.points_train, dataset.points_test])  # type: ignore[attr-defined]
    labels = np.concatenate([dataset.labels_train, dataset.labels_test])  # type: ignore[attr-defined]
    if points.size == 0:
        return pixmap
    xmin, xmax, ymin, ymax = dataset.bounds  # type: ignore[attr-defined]
    px = (points[:, 0] - xmin) / max(xmax - xmin, 1e-12) * (size - 1)
    py = (ymax - points[:, 1]) / max(ymax - ymin, 1e-12) * (size - 1)  # y grows upwards
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#c8c8c8"), 1))
    painter.drawRect(0, 0, size - 1, size - 1)
    for mask, colour in _groups(labels, dataset.task):  # type: ignore[attr-defined]
        if not mask.any():
            continue
        pen = QPen(colour, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(QPolygonF([QPointF(x, y) for x, y in zip(px[mask], py[mask])]))
    painter.end()
    return pixmap
