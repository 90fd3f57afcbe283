"""The activation figure: one layer's f(z) and f′(z) over the pre-activations z its
units really receive on the training points (grey histogram behind the curves)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from nnplayground.figures import axes as ax
from nnplayground.figures.style import Style, tr
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.activation import N_BINS, N_CURVE, curves, z_half_width

HIST_COLOR = "#D5D5D5"


def layer_name(data, index: int) -> str:
    last = len(data.activation_fns) - 1
    return tr("output") if index == last else tr("hidden %1").replace("%1", str(index + 1))


def draw_activation(painter: QPainter, style: Style, rect: QRectF, data) -> None:
    index = min(max(int(data.layer), 0), len(data.activation_fns) - 1)
    act = data.activation_fns[index]
    z = np.asarray(data.preactivations[index], dtype=np.float64)
    samples = z[np.isfinite(z)]
    half = z_half_width(samples)
    zs = np.linspace(-half, half, N_CURVE)
    f, df = curves(act.name, act.params(), zs, z.shape[1] if z.ndim == 2 else 2)
    finite = np.concatenate([f[np.isfinite(f)], df[np.isfinite(df)], [0.0, 1.0]])
    lo, hi = float(finite.min()), float(finite.max())
    ylim = (lo - 0.04 * (hi - lo), hi + 0.06 * (hi - lo))
    yticks = ax.nice_ticks(*ylim)
    ytexts = [ax.format_tick(v, yticks) for v in yticks]
    entries = [
        (ax.LINE, colors.F_CURVE, None, f"f(z) = {act.name} ({layer_name(data, index)})"),
        (ax.LINE, colors.DF_CURVE, None, "f′(z)"),
        (ax.SQUARE, HIST_COLOR, HIST_COLOR, tr("z on the training points")),
    ]
    legend_h = ax.legend_rows_height(style, entries, rect.width()) + 0.6 * style.pad
    left = rect.left() + ax.y_axis_width(style, ytexts) + 0.3 * style.pad
    plot = QRectF(
        left,
        rect.top() + legend_h,
        rect.right() - 2 * style.pad - left,
        rect.height() - legend_h - ax.x_axis_height(style),
    )
    axes = ax.Axes(plot, (-half, half), ylim)
    xticks = ax.nice_ticks(-half, half)
    ax.draw_x_axis(
        painter,
        style,
        plot,
        [(float(axes.px(v)), ax.format_tick(v, xticks)) for v in xticks],
        tr("pre-activation z"),
    )
    ax.draw_y_axis(
        painter,
        style,
        plot,
        [(float(axes.py(v)), t) for v, t in zip(yticks, ytexts)],
        "f(z), f′(z)",
    )
    _draw_histogram(painter, axes, samples, half, lo, 0.7 * (hi - lo))
    painter.save()
    painter.setClipRect(plot)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for values, color in ((f, colors.F_CURVE), (df, colors.DF_CURVE)):
        painter.setPen(style.pen(color, style.line))
        painter.drawPath(axes.path(zs, values))
    painter.restore()
    ax.draw_frame(painter, style, plot)
    ax.draw_legend_rows(painter, style, rect.right(), rect.top(), entries, rect.width())


def _draw_histogram(painter, axes, samples, half: float, base: float, height: float) -> None:
    if not samples.size:
        return
    edges = np.linspace(-half, half, N_BINS + 1)
    counts, _ = np.histogram(np.clip(samples, -half, half), bins=edges)
    top = counts.max() or 1
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(HIST_COLOR)))
    y0 = float(axes.py(base))
    for left, right, count in zip(edges[:-1], edges[1:], counts):
        if count:
            y1 = float(axes.py(base + count / top * height))
            x0, x1 = float(axes.px(left)), float(axes.px(right))
            painter.drawRect(QRectF(x0, y1, x1 - x0, y0 - y1))
    painter.restore()
