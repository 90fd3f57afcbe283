"""The network figure: one column of nodes per layer; links coloured by the weight's sign
(blue positive, orange negative, as in the window) and as wide as |w| relative to the
largest weight of the whole network."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from nnplayground.figures import axes as ax
from nnplayground.figures.style import Style, draw_text, tr
from nnplayground.gui.plots import colors

Align = Qt.AlignmentFlag
MAX_NODES = 24  # a wider layer shows its first MAX_NODES units and says how many more


def _sizes(data) -> list[int]:
    if not data.weights:
        return [len(data.inputs) or 2]
    return [data.weights[0][0].shape[0]] + [W.shape[1] for W, _ in data.weights]


def _captions(data, sizes: list[int]) -> list[tuple[str, str]]:
    out = [(tr("input"), str(sizes[0]))]
    last = len(sizes) - 2
    for i, act in enumerate(data.activations):
        name = tr("output") if i == last else tr("hidden %1").replace("%1", str(i + 1))
        out.append((name, f"{sizes[i + 1]} {act}"))
    return out


def legend_entries() -> list[tuple]:
    return [
        (ax.LINE, colors.BLUE, None, tr("w > 0")),
        (ax.LINE, colors.ORANGE, None, tr("w < 0")),
        (None, None, None, tr("width ∝ |w|")),
    ]


def draw_network(painter: QPainter, style: Style, rect: QRectF, data) -> None:
    sizes = _sizes(data)
    shown = [min(n, MAX_NODES) for n in sizes]
    captions = _captions(data, sizes)
    legend_h = ax.legend_rows_height(style, legend_entries(), rect.width()) + 0.6 * style.pad
    caption_h = 2 * style.text_height(style.tick_px) + style.pad
    names = [str(n) for n in data.inputs[: shown[0]]]
    left_w = max((style.text_width(n, style.tick_px) for n in names), default=0) + style.pad
    col_w = max(style.text_width(t, style.tick_px) for pair in captions for t in pair)
    area = QRectF(
        rect.left() + max(left_w + 2.4 * style.u + 0.5 * style.pad, col_w / 2),
        rect.top() + legend_h,
        rect.width() - max(left_w + 2.4 * style.u + 0.5 * style.pad, col_w / 2) - col_w / 2,
        rect.height() - legend_h - caption_h,
    )
    n_cols = len(sizes)
    xs = [
        area.left() + area.width() * (i / (n_cols - 1) if n_cols > 1 else 0.5)
        for i in range(n_cols)
    ]
    spacing = area.height() / max(shown)
    radius = min(0.38 * spacing, 2.4 * style.u, 0.15 * area.width() / max(n_cols - 1, 1))
    # A narrow layer beside a wide one spreads out (up to 12 % of the figure apart)
    # instead of huddling in the middle.
    gap = [min(area.height() / k, max(spacing, 12 * style.u)) for k in shown]
    ys = [[area.center().y() + g * (j - (k - 1) / 2) for j in range(k)] for k, g in zip(shown, gap)]

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_links(painter, style, data, xs, ys, shown, dense=max(shown) > 12)
    painter.setPen(style.pen(colors.DARK, 0.18 * style.u))
    painter.setBrush(QBrush(QColor(colors.WHITE)))
    for x, column in zip(xs, ys):
        for y in column:
            painter.drawEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
    painter.restore()
    h = style.text_height(style.tick_px)
    for name, y in zip(names, ys[0]):
        box = QRectF(xs[0] - radius - style.pad * 0.5 - left_w, y - h / 2, left_w, h)
        draw_text(painter, style, box, name, style.tick_px, Align.AlignRight | Align.AlignVCenter)
    for x, (first, second), n, k in zip(xs, captions, sizes, shown):
        if n > k:
            second += "  " + tr("(%1 shown)").replace("%1", str(k))
        box = QRectF(x - col_w, area.bottom() + 0.6 * style.pad, 2 * col_w, 2 * h)
        draw_text(
            painter,
            style,
            box,
            f"{first}\n{second}",
            style.tick_px,
            Align.AlignHCenter | Align.AlignTop,
        )
    ax.draw_legend_rows(painter, style, rect.right(), rect.top(), legend_entries(), rect.width())


def _draw_links(painter, style, data, xs, ys, shown, dense: bool) -> None:
    mags = [np.abs(np.nan_to_num(W)).max() for W, _ in data.weights if W.size]
    top = max(mags, default=0.0) or 1.0
    links = []
    for i, (W, _) in enumerate(data.weights):
        W = np.nan_to_num(np.asarray(W, dtype=np.float64))[: shown[i], : shown[i + 1]]
        for a in range(W.shape[0]):
            for b in range(W.shape[1]):
                links.append((abs(W[a, b]) / top, W[a, b] < 0, i, a, b))
    links.sort()  # the strongest links are drawn last, on top
    widest = (0.6 if dense else 1.1) * style.u
    for frac, negative, i, a, b in links:
        color = QColor(colors.ORANGE if negative else colors.BLUE)
        color.setAlphaF(0.25 + 0.75 * frac)
        painter.setPen(style.pen(color, 0.08 * style.u + widest * frac))
        painter.drawLine(QLineF(xs[i], ys[i][a], xs[i + 1], ys[i + 1][b]))
