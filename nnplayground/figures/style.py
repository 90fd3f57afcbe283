"""Sizes, fonts, pens and texts of a figure, all scaled from one unit (1 % of its size).

Like seaborn's plotting contexts, every font and line width is one factor times a
base: a 1920×1080 slide gets text readable from the back of a classroom, a 1200-pixel
figure proportionally smaller text, never below 1.6 % of the figure's height.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

TEXT = "#1A1A1A"  # 17:1 on white
FRAME = "#333333"
GRID = "#E3E3E3"
FAMILY = "DejaVu Sans"  # ships on Linux; Qt falls back to a sans-serif elsewhere


#: Every text a figure draws, marked for tools/update_translations.py.
TEXTS = (
    QT_TRANSLATE_NOOP("Figure", "epoch"),
    QT_TRANSLATE_NOOP("Figure", "epoch %1 · train loss %2 · test loss %3"),
    QT_TRANSLATE_NOOP("Figure", "loss"),
    QT_TRANSLATE_NOOP("Figure", "accuracy"),
    QT_TRANSLATE_NOOP("Figure", "train"),
    QT_TRANSLATE_NOOP("Figure", "test"),
    QT_TRANSLATE_NOOP("Figure", "train accuracy"),
    QT_TRANSLATE_NOOP("Figure", "test accuracy"),
    QT_TRANSLATE_NOOP("Figure", "class %1"),
    QT_TRANSLATE_NOOP("Figure", "output"),
    QT_TRANSLATE_NOOP("Figure", "input"),
    QT_TRANSLATE_NOOP("Figure", "hidden %1"),
    QT_TRANSLATE_NOOP("Figure", "w > 0"),
    QT_TRANSLATE_NOOP("Figure", "w < 0"),
    QT_TRANSLATE_NOOP("Figure", "width ∝ |w|"),
    QT_TRANSLATE_NOOP("Figure", "(%1 shown)"),
    QT_TRANSLATE_NOOP("Figure", "Decision boundary"),
    QT_TRANSLATE_NOOP("Figure", "Loss"),
    QT_TRANSLATE_NOOP("Figure", "Network"),
    QT_TRANSLATE_NOOP("Figure", "z on the training points"),
    QT_TRANSLATE_NOOP("Figure", "pre-activation z"),
)


def tr(text: str) -> str:
    """Figure texts are translated in the app (context "Figure"); the CLI shows English."""
    return QCoreApplication.translate("Figure", text)


class Style:
    """Scaled sizes for a ``width`` × ``height`` figure. ``u`` is 1 % of the shorter side."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.u = min(width, height) / 100.0
        u = self.u
        self.title_px = 3.6 * u
        self.header_px = 2.6 * u
        self.label_px = 2.4 * u
        self.tick_px = 2.1 * u
        self.legend_px = 2.2 * u
        self.pad = 1.6 * u
        self.tick_len = 0.8 * u
        self.line = 0.38 * u
        self.frame = max(1.0, 0.14 * u)
        self.marker = 0.6 * u

    def font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        return font

    def metrics(self, px: float, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.font(px, bold))

    def text_width(self, text: str, px: float, bold: bool = False) -> float:
        return self.metrics(px, bold).horizontalAdvance(text)

    def text_height(self, px: float) -> float:
        return self.metrics(px).height()

    def pen(self, color=FRAME, width: float | None = None, dashed: bool = False) -> QPen:
        pen = QPen(QColor(color), self.frame if width is None else width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen


def draw_text(
    painter: QPainter,
    style: Style,
    rect: QRectF,
    text: str,
    px: float,
    align=Qt.AlignmentFlag.AlignCenter,
    bold: bool = False,
    color=TEXT,
) -> None:
    painter.setFont(style.font(px, bold))
    painter.setPen(QColor(color))
    painter.drawText(rect, int(align), text)


def draw_title(painter: QPainter, style: Style, title: str) -> float:
    """Draw ``title`` centred at the top; return the height it takes (0 without a title)."""
    if not title:
        return 0.0
    height = style.text_height(style.title_px) + 1.5 * style.pad
    rect = QRectF(style.pad, style.pad * 0.75, style.width - 2 * style.pad, height - style.pad)
    draw_text(
        painter,
        style,
        rect,
        elide(style, title, style.title_px, rect.width(), True),
        style.title_px,
        bold=True,
    )
    return height


def elide(style: Style, text: str, px: float, width: float, bold: bool = False) -> str:
    return style.metrics(px, bold).elidedText(text, Qt.TextElideMode.ElideRight, width)
