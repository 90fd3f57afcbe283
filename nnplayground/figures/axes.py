"""Axes drawn with QPainter: nice ticks (linear and log), frame, labels, legend rows."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath

from nnplayground.figures.style import GRID, Style, draw_text

Align = Qt.AlignmentFlag
MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """About ``target`` round values (1, 2 or 5 × 10^k apart) between lo and hi."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(target, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    count = int(math.floor((hi - first) / step + 1e-9)) + 1
    return [first + i * step for i in range(count)]


def format_tick(value: float, ticks: list[float]) -> str:
    """A tick label with just the decimals the tick spacing needs; a real minus sign."""
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else abs(value) or 1.0
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
    if step * 10**decimals % 1 > 1e-6:  # 2.5, 0.25…
        decimals += 1
    text = f"{0.0 if abs(value) < step * 1e-9 else value:.{decimals}f}"
    return text.replace("-", MINUS)


def log_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """(value, label) for every decade from lo to hi (log10 space), with 2 and 5 added
    when fewer than three decades show."""
    first, last = math.floor(lo + 1e-9), math.ceil(hi - 1e-9)
    steps = 2 if last - first > 8 else 1
    powers = first < -2 or last > 3  # then every decade reads 10ⁿ, not 0.01 beside 10⁻³
    ticks = [(float(k), decade_label(k, powers)) for k in range(first, last + 1, steps)]
    if last - first < 3:
        extra = [
            (k + math.log10(m), _plain(m * 10.0**k)) for k in range(first, last) for m in (2, 5)
        ]
        ticks += extra
    return sorted(t for t in ticks if lo - 1e-9 <= t[0] <= hi + 1e-9)


def decade_label(k: int, powers: bool = False) -> str:
    if k in (0, 1) or (not powers and -2 <= k <= 3):
        return _plain(10.0**k)
    return "10" + str(k).translate(_SUPERSCRIPT)


def _plain(value: float) -> str:
    return f"{value:.10f}".rstrip("0").rstrip(".")


class Axes:
    """Maps data (x, y) to pixels in ``rect``; ``logy`` maps log10(y)."""

    def __init__(self, rect: QRectF, xlim, ylim, logy: bool = False) -> None:
        self.rect, self.xlim, self.ylim, self.logy = rect, xlim, ylim, logy

    def px(self, x: np.ndarray) -> np.ndarray:
        x0, x1 = self.xlim
        return (
            self.rect.left()
            + (np.asarray(x, dtype=np.float64) - x0) / (x1 - x0) * self.rect.width()
        )

    def py(self, y: np.ndarray) -> np.ndarray:
        y = np.asarray(y, dtype=np.float64)
        if self.logy:
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
        y0, y1 = self.ylim
        return self.rect.bottom() - (y - y0) / (y1 - y0) * self.rect.height()

    def path(self, x, y) -> QPainterPath:
        """A path through the finite points; a NaN (or a non-positive value on a log
        axis) starts a new segment."""
        px, py = self.px(x), self.py(y)
        path = QPainterPath()
        pen_down = False
        for a, b in zip(px.tolist(), py.tolist()):
            if math.isfinite(a) and math.isfinite(b):
                if pen_down:
                    path.lineTo(a, b)
                else:
                    path.moveTo(a, b)
                    pen_down = True
            else:
                pen_down = False
        return path


def draw_frame(painter: QPainter, style: Style, rect: QRectF) -> None:
    painter.setPen(style.pen())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def draw_x_axis(
    painter: QPainter, style: Style, rect: QRectF, ticks, label: str, grid: bool = True
) -> None:
    """``ticks``: [(pixel x, text)] under ``rect``; then ``label`` centred below them."""
    h = style.text_height(style.tick_px)
    for x, text in ticks:
        if grid:
            painter.setPen(style.pen(GRID))
            painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        painter.setPen(style.pen())
        painter.drawLine(QLineF(x, rect.bottom(), x, rect.bottom() + style.tick_len))
        box = QRectF(x - 6 * h, rect.bottom() + style.tick_len + 0.3 * style.pad, 12 * h, h)
        draw_text(painter, style, box, text, style.tick_px, Align.AlignHCenter | Align.AlignTop)
    top = rect.bottom() + style.tick_len + 0.3 * style.pad + h + 0.3 * style.pad
    box = QRectF(rect.left(), top, rect.width(), style.text_height(style.label_px))
    draw_text(painter, style, box, label, style.label_px, Align.AlignHCenter | Align.AlignTop)


def x_axis_height(style: Style) -> float:
    return (
        style.tick_len
        + 0.6 * style.pad
        + style.text_height(style.tick_px)
        + style.text_height(style.label_px)
        + 0.3 * style.pad
    )


def y_axis_width(style: Style, texts: list[str]) -> float:
    widest = max((style.text_width(t, style.tick_px) for t in texts), default=0.0)
    return style.text_height(style.label_px) + style.pad * 0.9 + widest + style.tick_len


def draw_y_axis(
    painter: QPainter,
    style: Style,
    rect: QRectF,
    ticks,
    label: str,
    right: bool = False,
    grid: bool = True,
) -> None:
    """``ticks``: [(pixel y, text)] left (or right) of ``rect``; ``label`` turned 90°."""
    h = style.text_height(style.tick_px)
    widest = max((style.text_width(t, style.tick_px) for _, t in ticks), default=0.0)
    for y, text in ticks:
        if grid:
            painter.setPen(style.pen(GRID))
            painter.drawLine(QLineF(rect.left(), y, rect.right(), y))
        painter.setPen(style.pen())
        if right:
            painter.drawLine(QLineF(rect.right(), y, rect.right() + style.tick_len, y))
            box = QRectF(rect.right() + style.tick_len + 0.3 * style.pad, y - h / 2, widest, h)
            draw_text(
                painter, style, box, text, style.tick_px, Align.AlignLeft | Align.AlignVCenter
            )
        else:
            painter.drawLine(QLineF(rect.left() - style.tick_len, y, rect.left(), y))
            box = QRectF(
                rect.left() - style.tick_len - 0.3 * style.pad - widest, y - h / 2, widest, h
            )
            draw_text(
                painter, style, box, text, style.tick_px, Align.AlignRight | Align.AlignVCenter
            )
    label_h = style.text_height(style.label_px)
    offset = style.tick_len + 0.6 * style.pad + widest
    centre_x = rect.right() + offset + label_h / 2 if right else rect.left() - offset - label_h / 2
    painter.save()
    painter.translate(centre_x, rect.center().y())
    painter.rotate(90 if right else -90)
    box = QRectF(-rect.height() / 2, -label_h / 2, rect.height(), label_h)
    draw_text(painter, style, box, label, style.label_px)
    painter.restore()


# ----------------------------------------------------------------------------- legends

LINE, DASH, CIRCLE, SQUARE, SWATCH = "line", "dash", "circle", "square", "swatch"


def legend_entry_width(style: Style, text: str, kind=LINE) -> float:
    marker = 4.0 * style.u if kind is not None else 0.0
    return marker + style.text_width(text, style.legend_px)


def legend_row_width(style: Style, entries) -> float:
    gap = 2.0 * style.u
    return sum(legend_entry_width(style, e[3], e[0]) for e in entries) + gap * (len(entries) - 1)


def draw_marker(
    painter: QPainter, style: Style, kind: str, centre: QPointF, color, edge=None
) -> None:
    r = style.marker * 1.3
    if kind in (LINE, DASH):
        painter.setPen(style.pen(color, style.line, dashed=kind == DASH))
        painter.drawLine(
            QLineF(centre.x() - 1.5 * style.u, centre.y(), centre.x() + 1.5 * style.u, centre.y())
        )
        return
    painter.setPen(style.pen(edge or color, 0.18 * style.u))
    painter.setBrush(QBrush(QColor(color)))
    box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    if kind == CIRCLE:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)


def draw_legend_row(painter: QPainter, style: Style, right: float, y: float, entries) -> None:
    """Entries (kind, color, edge, text) in one row ending at x = ``right``, centred on y."""
    gap = 2.0 * style.u
    x = right - legend_row_width(style, entries)
    h = style.text_height(style.legend_px)
    for kind, color, edge, text in entries:
        if kind is not None:
            draw_marker(painter, style, kind, QPointF(x + 1.6 * style.u, y), color, edge)
            tx = x + 4.0 * style.u
        else:
            tx = x
        box = QRectF(tx, y - h / 2, style.text_width(text, style.legend_px) + 2, h)
        draw_text(painter, style, box, text, style.legend_px, Align.AlignLeft | Align.AlignVCenter)
        x += legend_entry_width(style, text, kind) + gap


def flow_rows(style: Style, entries, width: float) -> list[list]:
    """Legend entries wrapped into rows no wider than ``width``."""
    rows, row, used = [], [], 0.0
    gap = 2.0 * style.u
    for entry in entries:
        w = legend_entry_width(style, entry[3], entry[0])
        if row and used + gap + w > width:
            rows.append(row)
            row, used = [], 0.0
        used += (gap if row else 0.0) + w
        row.append(entry)
    return rows + [row] if row else rows


def draw_legend_rows(
    painter: QPainter, style: Style, right: float, top: float, entries, width: float
) -> float:
    """Entries right-aligned at ``right``, wrapped to ``width``; return the height used."""
    row = style.text_height(style.legend_px) * 1.3
    rows = flow_rows(style, entries, width)
    for i, line in enumerate(rows):
        draw_legend_row(painter, style, right, top + row * (i + 0.5), line)
    return row * len(rows)


def legend_rows_height(style: Style, entries, width: float) -> float:
    return style.text_height(style.legend_px) * 1.3 * len(flow_rows(style, entries, width))
