"""Graphics items of :mod:`network_view`: neuron nodes and batches of weight links."""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from nnplayground.gui.plots import colors

THIN_ABOVE = 120  # layers with more links than this get thinner, fainter pens
N_LEVELS = 8  # quantised link widths: pens are cached, set only when the level changes


@cache
def link_pen(code: int, thin: bool = False) -> QPen:
    """Cosmetic pen for link code = level + N_LEVELS·negative; ``thin`` for dense layers."""
    negative, level = divmod(code, N_LEVELS)
    frac = level / (N_LEVELS - 1)
    color = QColor(colors.ORANGE if negative else colors.BLUE)
    color.setAlpha(int((30 + 150 * frac) if thin else (50 + 205 * frac)))
    pen = QPen(color, (0.3 + 1.2 * frac) if thin else (0.4 + 4.6 * frac))
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@cache
def node_pen(saturated: bool) -> QPen:
    pen = QPen(QColor(colors.RED if saturated else colors.DARK), 2.5 if saturated else 1.0)
    pen.setCosmetic(True)
    return pen


def link_codes(W: np.ndarray, shown: np.ndarray) -> np.ndarray:
    """Pen codes of the links ``shown`` (flat indices into W (fan_in, fan_out))."""
    flat = np.nan_to_num(np.asarray(W, dtype=np.float64).ravel(), posinf=1e300, neginf=-1e300)
    mag = np.abs(flat)
    top = mag.max() if mag.size else 0.0
    scale = (N_LEVELS - 1) / top if top > 0 else 0.0
    level = np.rint(mag[shown] * scale).astype(np.int64)
    return level + N_LEVELS * (flat[shown] < 0)


class NodeItem(QGraphicsRectItem):
    """One neuron (or input feature): a square, optionally with a thumbnail heatmap."""

    def __init__(self, owner, layer: int, unit: int, rect: QRectF) -> None:
        super().__init__(rect)
        self.owner, self.layer, self.unit = owner, layer, unit
        self.dead = self.saturated = False
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._cross: list[QGraphicsLineItem] = []
        self.setPen(node_pen(False))
        self.setBrush(QBrush(QColor("#F4F4F4")))
        self.setAcceptHoverEvents(True)

    def set_status(self, dead: bool, saturated: bool) -> None:
        """Grey cross and dimmed picture when dead; red outline when saturated."""
        if (dead, saturated) == (self.dead, self.saturated):
            return
        if saturated != self.saturated:
            self.setPen(node_pen(saturated))
        if dead != self.dead:
            if not self._cross:
                self._make_cross()
            for line in self._cross:
                line.setVisible(dead)
            self.setBrush(QBrush(QColor(colors.GREY if dead else "#F4F4F4")))
            if self._pixmap_item is not None:
                self._pixmap_item.setOpacity(0.3 if dead else 1.0)
        self.dead, self.saturated = dead, saturated

    def _make_cross(self) -> None:
        r = self.rect()
        pen = QPen(QColor(colors.DARK), 1.5)
        pen.setCosmetic(True)
        for line in (QLineF(r.topLeft(), r.bottomRight()), QLineF(r.topRight(), r.bottomLeft())):
            item = QGraphicsLineItem(line, self)
            item.setPen(pen)
            item.setVisible(False)
            self._cross.append(item)

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        """Show ``pixmap`` scaled to the node (the item is created once)."""
        if self._pixmap_item is None:
            item = QGraphicsPixmapItem(self)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setOpacity(0.3 if self.dead else 1.0)
            self._pixmap_item = item
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        r = self.rect()
        self._pixmap_item.setPixmap(pixmap)
        self._pixmap_item.setScale(r.width() / max(pixmap.width(), 1))
        self._pixmap_item.setPos(r.topLeft())

    def has_thumbnail(self) -> bool:
        return self._pixmap_item is not None

    def thumbnail(self) -> QPixmap | None:
        return None if self._pixmap_item is None else self._pixmap_item.pixmap()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.owner.node_hovered(self, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.owner.node_hovered(self, False)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.owner.node_clicked(self)
        event.accept()


class LinkGroup:
    """The links from one column of nodes to the next: at most ``budget`` line items.

    When the layer has more links than the budget, the strongest |w| are shown; an item
    keeps its link while that link stays among the strongest, so few lines move.
    """

    def __init__(self, scene: QGraphicsScene, src: list, dst: list, budget: int) -> None:
        self.fan_in, self.fan_out = len(src), len(dst)
        self._src = np.array([(n.rect().right(), n.rect().center().y()) for n in src])
        self._dst = np.array([(n.rect().left(), n.rect().center().y()) for n in dst])
        total = self.fan_in * self.fan_out
        n = min(total, budget)
        self.capped = n < total
        self.thin = n > THIN_ABOVE
        self.items = []
        idle = QPen(QColor(colors.GREY), 0.6)  # until the first weights arrive
        idle.setCosmetic(True)
        for _ in range(n):
            item = QGraphicsLineItem()
            item.setPen(idle)
            item.setZValue(-1)
            scene.addItem(item)
            self.items.append(item)
        self.shown = np.full(n, -1, dtype=np.int64)  # flat link index each item draws
        self.codes = np.full(n, -1, dtype=np.int64)
        if not self.capped:
            self._place(np.arange(n), np.arange(n))

    def _place(self, slots: np.ndarray, links: np.ndarray) -> None:
        for slot, link in zip(slots.tolist(), links.tolist()):
            i, j = divmod(link, self.fan_out)
            (x1, y1), (x2, y2) = self._src[i], self._dst[j]
            self.items[slot].setLine(x1, y1, x2, y2)
        self.shown[slots] = links

    def update(self, W: np.ndarray) -> None:
        """Re-pen (and, when capped, re-pick) the links for kernel W (fan_in, fan_out)."""
        if self.capped:
            self._pick_strongest(W)
        codes = link_codes(W, self.shown)
        for k in np.flatnonzero(codes != self.codes).tolist():
            self.items[k].setPen(link_pen(int(codes[k]), self.thin))
        self.codes = codes

    def _pick_strongest(self, W: np.ndarray) -> None:
        mag = np.nan_to_num(np.abs(np.asarray(W, dtype=np.float64).ravel()))
        best = np.argpartition(mag, -len(self.items))[-len(self.items) :]
        keep = np.isin(self.shown, best)
        new = np.setdiff1d(best, self.shown[keep], assume_unique=True)
        free = np.flatnonzero(~keep)
        if free.size:
            self._place(free, new[: free.size])
            self.codes[free] = -1
