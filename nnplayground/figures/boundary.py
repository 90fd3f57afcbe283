"""The decision-boundary figure: the network's output as a heatmap filling a square data
area, the train (circles) and test (squares) points, and a key to the colours."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from nnplayground.figures import axes as ax
from nnplayground.figures.style import TEXT, Style, draw_text, tr
from nnplayground.gui.plots import colors

Align = Qt.AlignmentFlag
NEUTRAL = "#BDBDBD"  # the legend's train/test markers: shape only, no class colour


def _rgba_image(rgba: np.ndarray) -> QImage:
    """(R, C, 4) uint8 with row 0 at the bottom (y up) → a QImage with row 0 on top."""
    data = np.ascontiguousarray(rgba[::-1])
    h, w = data.shape[:2]
    return QImage(data.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def target_range(dataset) -> tuple[float, float]:
    """The colour range of a regression: symmetric around 0, as in the window."""
    both = np.concatenate([dataset.labels_train, dataset.labels_test]).astype(float)
    finite = np.abs(both[np.isfinite(both)])
    m = float(finite.max()) if finite.size else 1.0
    return (-m, m) if m > 0 else (-1.0, 1.0)


def heatmap(data) -> np.ndarray:
    """RGBA (R, R, 4) of the grid, coloured as the window's boundary plot does."""
    grid = data.grid
    if grid.probs is not None:
        return colors.blend_classes(grid.probs)
    if grid.task == "regression":
        return colors.map_values(grid.values, *target_range(data.dataset), colors.BACKGROUND)
    return colors.map_values(grid.values, 0.0, 1.0, colors.BACKGROUND)


def point_colors(data, labels: np.ndarray) -> list[QColor]:
    dataset = data.dataset
    if dataset.task == "regression":
        rgba = colors.map_values(np.asarray(labels, dtype=float), *target_range(dataset))
    else:
        k = max(int(dataset.n_classes), 2)
        pal = colors.palette(k)
        rgba = pal[np.asarray(labels).astype(int) % k]
    return [QColor(int(c[0]), int(c[1]), int(c[2])) for c in rgba]


def _key_entries(data) -> list[tuple]:
    entries = [
        (ax.CIRCLE, NEUTRAL, colors.WHITE, tr("train")),
        (ax.SQUARE, NEUTRAL, colors.DARK, tr("test")),
    ]
    dataset = data.dataset
    if dataset.task == "classification":
        k = max(int(dataset.n_classes), 2)
        entries += [
            (ax.CIRCLE, colors.class_color(i), colors.WHITE, tr("class %1").replace("%1", str(i)))
            for i in range(k)
        ]
    return entries


def _color_bar(data) -> tuple[np.ndarray, list[tuple[float, str]], str] | None:
    """(lut (n, 4), [(fraction, label)], caption) or None for several classes."""
    grid = data.grid
    if grid.probs is not None:
        return None
    if grid.task == "regression":
        lo, hi = target_range(data.dataset)
        ticks = ax.nice_ticks(lo, hi, 4)
        return (
            colors.BACKGROUND,
            [((v - lo) / (hi - lo), ax.format_tick(v, ticks)) for v in ticks],
            tr("output"),
        )
    return colors.BACKGROUND, [(0.0, "0"), (0.5, "0.5"), (1.0, "1")], tr("output")


def _key_width(style: Style, data) -> float:
    texts = [e[3] for e in _key_entries(data)]
    bar = _color_bar(data)
    widest = max(style.text_width(t, style.legend_px) + 4.0 * style.u for t in texts)
    if bar is not None:
        widest = max(
            widest,
            style.text_width(bar[2], style.legend_px),
            3.0 * style.u + max(style.text_width(t, style.tick_px) for _, t in bar[1]),
        )
    return widest + style.pad


def draw_boundary(painter: QPainter, style: Style, rect: QRectF, data) -> None:
    """Heatmap, points and key inside ``rect``; the data area is square."""
    bounds = data.grid.bounds
    xticks = ax.nice_ticks(bounds[0], bounds[1])
    yticks = ax.nice_ticks(bounds[2], bounds[3])
    ytexts = [ax.format_tick(v, yticks) for v in yticks]
    left_w = ax.y_axis_width(style, ytexts) + 0.3 * style.pad
    top_pad = style.pad
    x_h = ax.x_axis_height(style)
    below = rect.height() > 1.1 * rect.width()  # a tall cell: the key goes under the data
    if below:
        key_w, width = 0.0, rect.width() - left_w - style.pad
        key_h = _key_below_height(style, data, width)
        side = min(width, rect.height() - top_pad - x_h - key_h)
        key_h = _key_below_height(style, data, side)
    else:
        key_w, key_h = _key_width(style, data), 0.0
        side = min(rect.height() - top_pad - x_h, rect.width() - left_w - 2 * style.pad - key_w)
    block = left_w + side + (0.0 if below else 2 * style.pad + key_w)
    x0 = rect.left() + max(0.0, (rect.width() - block) / 2) + left_w
    y0 = rect.top() + max(top_pad, (rect.height() - side - x_h - key_h) / 2)
    plot = QRectF(x0, y0, side, side)
    axes = ax.Axes(plot, bounds[:2], bounds[2:])

    image = _rgba_image(heatmap(data))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(plot, image)  # the image spans the axes exactly: no white margin
    painter.restore()
    _draw_points(painter, style, axes, data)
    xlabel, ylabel = "x1", "x2"  # the points' own coordinates, whatever the features
    ax.draw_x_axis(
        painter,
        style,
        plot,
        [(float(axes.px(v)), ax.format_tick(v, xticks)) for v in xticks],
        xlabel,
        grid=False,
    )
    ax.draw_y_axis(
        painter,
        style,
        plot,
        [(float(axes.py(v)), t) for v, t in zip(yticks, ytexts)],
        ylabel,
        grid=False,
    )
    ax.draw_frame(painter, style, plot)
    if below:
        _draw_key_below(painter, style, QRectF(plot.left(), plot.bottom() + x_h, side, key_h), data)
    else:
        _draw_key(
            painter, style, QRectF(plot.right() + 2 * style.pad, plot.top(), key_w, side), data
        )


def _key_below_height(style: Style, data, width: float) -> float:
    row = style.text_height(style.legend_px) * 1.35
    height = len(ax.flow_rows(style, _key_entries(data), width)) * row + 0.5 * style.pad
    if _color_bar(data) is not None:
        height += row + style.text_height(style.tick_px) + style.pad
    return height


def _draw_key_below(painter: QPainter, style: Style, rect: QRectF, data) -> None:
    """The key as rows of entries under the data, then a horizontal colour bar."""
    row = style.text_height(style.legend_px) * 1.35
    y = rect.top() + 0.5 * style.pad + row / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for entries in ax.flow_rows(style, _key_entries(data), rect.width()):
        right = rect.left() + ax.legend_row_width(style, entries)
        ax.draw_legend_row(painter, style, right, y, entries)
        y += row
    painter.restore()
    bar = _color_bar(data)
    if bar is None:
        return
    lut, ticks, caption = bar
    caption_w = style.text_width(caption, style.legend_px) + style.pad
    draw_text(
        painter,
        style,
        QRectF(rect.left(), y - row / 2, caption_w, row),
        caption,
        style.legend_px,
        Align.AlignLeft | Align.AlignVCenter,
    )
    bar_rect = QRectF(
        rect.left() + caption_w,
        y - 1.0 * style.u,
        min(rect.width() - caption_w - 2 * style.pad, 40 * style.u),
        2.0 * style.u,
    )
    strip = np.repeat(lut[None, :, :], 2, axis=0)  # low values on the left
    painter.drawImage(bar_rect, _rgba_image(strip))
    ax.draw_frame(painter, style, bar_rect)
    h = style.text_height(style.tick_px)
    for frac, text in ticks:
        tx = bar_rect.left() + frac * bar_rect.width()
        painter.setPen(style.pen())
        painter.drawLine(
            QPointF(tx, bar_rect.bottom()), QPointF(tx, bar_rect.bottom() + style.tick_len)
        )
        box = QRectF(tx - 4 * h, bar_rect.bottom() + style.tick_len, 8 * h, h)
        draw_text(painter, style, box, text, style.tick_px, Align.AlignHCenter | Align.AlignTop)


def _draw_points(painter: QPainter, style: Style, axes: ax.Axes, data) -> None:
    dataset = data.dataset
    r = style.marker
    painter.save()
    painter.setClipRect(axes.rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for points, labels, square, edge in (
        (dataset.points_train, dataset.labels_train, False, colors.WHITE),
        (dataset.points_test, dataset.labels_test, True, colors.DARK),
    ):
        points = np.asarray(points, dtype=np.float64)
        if not len(points):
            continue
        xs, ys = axes.px(points[:, 0]), axes.py(points[:, 1])
        painter.setPen(style.pen(edge, 0.16 * style.u))
        for x, y, color in zip(xs.tolist(), ys.tolist(), point_colors(data, labels)):
            painter.setBrush(QBrush(color))
            box = QRectF(x - r, y - r, 2 * r, 2 * r)
            painter.drawRect(box) if square else painter.drawEllipse(box)
    painter.restore()


def _draw_key(painter: QPainter, style: Style, rect: QRectF, data) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    row = style.text_height(style.legend_px) * 1.35
    y = rect.top() + row / 2
    for kind, color, edge, text in _key_entries(data):
        ax.draw_marker(painter, style, kind, QPointF(rect.left() + 1.6 * style.u, y), color, edge)
        box = QRectF(rect.left() + 4.0 * style.u, y - row / 2, rect.width(), row)
        draw_text(painter, style, box, text, style.legend_px, Align.AlignLeft | Align.AlignVCenter)
        y += row
    painter.restore()
    bar = _color_bar(data)
    if bar is None:
        return
    lut, ticks, caption = bar
    y += row * 0.5
    box = QRectF(rect.left(), y, rect.width(), row)
    draw_text(painter, style, box, caption, style.legend_px, Align.AlignLeft | Align.AlignVCenter)
    y += row
    height = min(rect.bottom() - y - style.text_height(style.tick_px) / 2, 0.4 * rect.height())
    bar_rect = QRectF(
        rect.left() + 0.2 * style.u,
        y + style.text_height(style.tick_px) / 2,
        2.4 * style.u,
        max(height, 4 * style.u),
    )
    strip = np.repeat(lut[:, None, :], 2, axis=1)  # low values at the bottom
    painter.drawImage(bar_rect, _rgba_image(strip))
    ax.draw_frame(painter, style, bar_rect)
    h = style.text_height(style.tick_px)
    for frac, text in ticks:
        ty = bar_rect.bottom() - frac * bar_rect.height()
        painter.setPen(style.pen())
        painter.drawLine(
            QPointF(bar_rect.right(), ty), QPointF(bar_rect.right() + style.tick_len, ty)
        )
        box = QRectF(bar_rect.right() + style.tick_len + 0.3 * style.pad, ty - h / 2, 10 * h, h)
        draw_text(
            painter,
            style,
            box,
            text,
            style.tick_px,
            Align.AlignLeft | Align.AlignVCenter,
            color=TEXT,
        )
