"""The loss figure: train and test loss per epoch (log axis beyond two decades),
optionally the accuracy on a right-hand axis; the legend sits above the data."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from nnplayground.figures import axes as ax
from nnplayground.figures.data import Curve, use_log_scale
from nnplayground.figures.style import Style, tr

ACC_TICKS = [(v / 100, f"{v}\u00a0%") for v in (0, 25, 50, 75, 100)]


BAND_ALPHA = 60  # of 255: the band is a light shade, the median line stays on top


def _values(curve: Curve) -> list[np.ndarray]:
    """Every y value a curve draws: the line and its band."""
    ys = [np.asarray(curve.y, dtype=np.float64)]
    if curve.band is not None:
        ys += [np.asarray(v, dtype=np.float64) for v in curve.band]
    return ys


def _limits(curves: list[Curve], log: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    xs = np.concatenate([c.x for c in curves]) if curves else np.zeros(0)
    ys = np.concatenate([y for c in curves for y in _values(c)]) if curves else xs
    xs = xs[np.isfinite(xs)]
    xlim = (1.0, max(2.0, float(xs.max()))) if xs.size else (0.0, 1.0)
    ok = np.isfinite(ys) & ((ys > 0) if log else True)
    ys = ys[ok]
    if not ys.size:
        return xlim, (0.0, 1.0)
    if log:
        lo, hi = math.log10(ys.min()), math.log10(ys.max())
        return xlim, (lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo))
    lo = 0.0 if ys.min() >= 0 else float(ys.min())
    hi = float(ys.max())
    hi = hi + 0.05 * (hi - lo) if hi > lo else lo + 1.0
    return xlim, (lo, hi)


def _y_ticks(axes: ax.Axes) -> list[tuple[float, str]]:
    lo, hi = axes.ylim
    if axes.logy:
        return [(v, text) for v, text in ax.log_ticks(lo, hi)]
    values = ax.nice_ticks(lo, hi)
    return [(v, ax.format_tick(v, values)) for v in values]


def draw_loss(
    painter: QPainter,
    style: Style,
    rect: QRectF,
    curves: list[Curve],
    accuracy: list[Curve] = (),
    xlabel: str | None = None,
    ylabel: str | None = None,
) -> None:
    """Draw the loss ``curves`` (and ``accuracy`` curves, right axis) inside ``rect``."""
    xlabel = tr("epoch") if xlabel is None else xlabel
    ylabel = tr("loss") if ylabel is None else ylabel
    log = use_log_scale(*[y for c in curves for y in _values(c)])
    xlim, ylim = _limits(list(curves), log)
    probe = ax.Axes(QRectF(0, 0, 1, 1), xlim, ylim, log)
    yticks = _y_ticks(probe)
    entries = [(ax.DASH if c.dashed else ax.LINE, c.color, None, c.name) for c in curves]
    if accuracy:
        entries.append((ax.DASH, "#555555", None, tr("accuracy")))
    legend_h = ax.legend_rows_height(style, entries, rect.width()) + 0.6 * style.pad
    left = rect.left() + ax.y_axis_width(style, [t for _, t in yticks]) + 0.3 * style.pad
    last = ax.format_tick(xlim[1], ax.nice_ticks(max(xlim[0], 0.0), xlim[1]))
    right = rect.right() - max(style.pad, 0.6 * style.text_width(last, style.tick_px))
    if accuracy:
        right -= ax.y_axis_width(style, [t for _, t in ACC_TICKS])
    plot = QRectF(
        left,
        rect.top() + legend_h,
        right - left,
        rect.height() - legend_h - ax.x_axis_height(style),
    )
    axes = ax.Axes(plot, xlim, ylim, log)
    room = max(plot.width() / (2.2 * style.text_width(last + "0", style.tick_px)), 2.0)
    xticks = ax.nice_ticks(max(xlim[0], 0.0), xlim[1], min(6, int(room)))
    xticks = [v for v in xticks if xlim[0] <= v <= xlim[1]] or [xlim[0]]
    ax.draw_x_axis(
        painter,
        style,
        plot,
        [(float(axes.px(v)), ax.format_tick(v, xticks)) for v in xticks],
        xlabel,
    )
    ax.draw_y_axis(painter, style, plot, [(_ty(axes, v), t) for v, t in yticks], ylabel)
    if accuracy:
        acc_axes = ax.Axes(plot, xlim, (0.0, 1.0))
        ax.draw_y_axis(
            painter,
            style,
            plot,
            [(float(acc_axes.py(v)), t) for v, t in ACC_TICKS],
            tr("accuracy"),
            right=True,
            grid=False,
        )
    painter.save()
    painter.setClipRect(plot)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for curve in accuracy:
        painter.setPen(style.pen(curve.color, style.line * 0.8, dashed=True))
        painter.drawPath(acc_axes.path(curve.x, curve.y))
    for curve in curves:
        if curve.band is not None:
            _draw_band(painter, axes, curve)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for curve in curves:
        painter.setPen(style.pen(curve.color, style.line, dashed=curve.dashed))
        painter.drawPath(axes.path(curve.x, curve.y))
    painter.restore()
    ax.draw_frame(painter, style, plot)
    ax.draw_legend_rows(painter, style, rect.right(), rect.top(), entries, rect.width())


def _draw_band(painter: QPainter, axes: ax.Axes, curve: Curve) -> None:
    """Fill between ``curve.band``'s low and high values (finite points only)."""
    from PySide6.QtGui import QColor, QPolygonF

    low, high = (np.asarray(v, dtype=np.float64) for v in curve.band)
    x = np.asarray(curve.x, dtype=np.float64)
    xs, lo, hi = axes.px(x), axes.py(low), axes.py(high)
    ok = np.isfinite(xs) & np.isfinite(lo) & np.isfinite(hi)
    if ok.sum() < 2:
        return
    xs, lo, hi = xs[ok], lo[ok], hi[ok]
    points = [QPointF(a, b) for a, b in zip(xs.tolist(), hi.tolist())]
    points += [QPointF(a, b) for a, b in zip(xs[::-1].tolist(), lo[::-1].tolist())]
    color = QColor(curve.color) if isinstance(curve.color, str) else QColor(*curve.color)
    color.setAlpha(BAND_ALPHA)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF(points))


def _ty(axes: ax.Axes, value: float) -> float:
    """Pixel y of a tick value (already log10 on a log axis)."""
    y0, y1 = axes.ylim
    return axes.rect.bottom() - (value - y0) / (y1 - y0) * axes.rect.height()
