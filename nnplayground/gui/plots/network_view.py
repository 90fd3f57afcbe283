"""The network drawn as nodes and links, live: link colour is the weight's sign (blue
positive, orange negative) and its thickness the weight's magnitude.

Items are created once per structure (``set_network``, or when the snapshot's weight
shapes change) and updated in place: a link's pen is one of a few cached pens and is only
set when its quantised code changes, so an update of a small network costs well under a
millisecond. Big layers draw only their strongest links (at most ``MAX_LINKS`` in all).
Small networks (≤ ``THUMB_MAX_UNITS`` hidden units) show each neuron's output over the
input plane as a thumbnail, recomputed at most every ``THUMB_INTERVAL_MS``.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import activations
from nnplayground.engine.features import FEATURE_LABELS
from nnplayground.engine.grid import grid_inputs, layer_grids
from nnplayground.engine.network import Network
from nnplayground.gui.panels.help_texts import label
from nnplayground.gui.plots import colors
from nnplayground.gui.plots._network_items import LinkGroup, NodeItem

MAX_LINKS = 3000
AA_MAX_LINKS = 800
THUMB_RES = 24
THUMB_MAX_UNITS = 64
THUMB_INTERVAL_MS = 500
COL_GAP = 150.0
DEFAULT_BOUNDS = (-6.0, 6.0, -6.0, 6.0)
#: Thumbnails cover at most ±this: squares and products of the features stay finite.
MAX_COORDINATE = 1e100


def usable_bounds(bounds) -> tuple[float, float, float, float]:
    """``bounds`` clipped to ±MAX_COORDINATE, or DEFAULT_BOUNDS when they are not numbers
    or empty: a CSV with 1e308 coordinates made the thumbnails raise IndexError."""
    try:
        xmin, xmax, ymin, ymax = (float(b) for b in bounds)
    except (TypeError, ValueError):
        return DEFAULT_BOUNDS
    xmin, xmax, ymin, ymax = (
        min(max(v, -MAX_COORDINATE), MAX_COORDINATE) for v in (xmin, xmax, ymin, ymax)
    )  # NaN stays NaN and fails the test below
    if not (xmin < xmax and ymin < ymax):
        return DEFAULT_BOUNDS
    return xmin, xmax, ymin, ymax


def _output_units(cfg) -> int:
    from nnplayground.engine import datasets
    from nnplayground.engine.config import output_units

    try:
        return output_units(cfg.task, datasets.describe(cfg.data).n_classes)
    except (ValueError, OSError):
        return max(int(cfg.network.output.units), 1)


def _pixmap(values: np.ndarray, lo: float, hi: float) -> QPixmap:
    """(R, R) values, row 0 = lowest y → a pixmap with y pointing up."""
    rgba = np.ascontiguousarray(colors.map_values(values[::-1], lo, hi))
    h, w = rgba.shape[:2]
    image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())


class _GraphicsView(QGraphicsView):
    """A view that always shows the whole drawing, scaled to fit, and never scrolls.

    Scroll bars are off on both axes and the scene rectangle is set to exactly what the
    viewport shows, so there is nothing to scroll to. With scroll bars "as needed", fitting
    could show a scroll bar, which shrank the viewport, which re-fitted and hid it again:
    an endless resize cycle at 100 % CPU (issue 8). Labels keep their pixel size whatever
    the zoom (they ignore transformations), so the fit leaves them margins in pixels.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self._fitting = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # QGraphicsView's hint follows the scene rectangle, which fit() sets from the
        # viewport: a constant keeps the window's layout out of the loop.
        return QSize(480, 360)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.ignore()  # nothing to scroll: the drawing always fits

    def fit(self) -> None:
        """Scale the nodes to the viewport, leaving room for the labels, and centre them."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        w, h = max(self.viewport().width(), 1), max(self.viewport().height(), 1)
        nodes = [it for it in self.scene().items() if isinstance(it, NodeItem)]
        if not nodes:
            self.setTransform(QTransform())
            self.setSceneRect(QRectF(0, 0, w, h))
            return
        labels = _labels(self.scene())
        # The nodes and every label's anchor, in scene units; label texts add pixels.
        rect = QRectF()
        for item in nodes:
            rect = rect.united(item.sceneBoundingRect())
        for item in labels:
            rect = rect.united(QRectF(item.pos(), QSizeF(1e-9, 1e-9)))
        left, top, right, bottom = _label_margins(labels)
        free_w = max(w - left - right, 1.0)
        free_h = max(h - top - bottom, 1.0)
        scale = min(free_w / max(rect.width(), 1e-9), free_h / max(rect.height(), 1e-9))
        scale = max(scale, 1e-6)
        # Centre nodes plus margins in the viewport; the scene rectangle is the viewport.
        x0 = rect.left() - ((w - rect.width() * scale - left - right) / 2 + left) / scale
        y0 = rect.top() - ((h - rect.height() * scale - top - bottom) / 2 + top) / scale
        self.setTransform(QTransform.fromScale(scale, scale))
        self.setSceneRect(QRectF(x0, y0, w / scale, h / scale))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())


def _labels(scene: QGraphicsScene) -> list[QGraphicsItem]:
    """The texts, which keep their pixel size whatever the zoom."""
    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    return [item for item in scene.items() if item.flags() & flag]


def _label_margins(labels: list[QGraphicsItem]) -> tuple[float, float, float, float]:
    """Pixels a label may reach beyond its anchor (left, top, right, bottom): the fit
    takes every anchor as if it sat on the drawing's edge, a safe bound at any zoom."""
    left = top = right = bottom = 0.0
    for item in labels:
        box = item.transform().mapRect(item.boundingRect())
        left, top = max(left, -box.left()), max(top, -box.top())
        right, bottom = max(right, box.right()), max(bottom, box.bottom())
    pad = 4.0  # pixels between the outermost text and the viewport's edge
    return left + pad, top + pad, right + pad, bottom + pad


class NetworkView(QWidget):
    """Inputs, hidden layers and output with live weights and per-neuron status."""

    #: (layer, unit) under the mouse, layer 0 = first hidden layer; (-1, -1) on leave.
    neuron_hovered = Signal(int, int)
    #: (layer, unit) clicked.
    neuron_clicked = Signal(int, int)
    #: (layer, row, col) of the link W[row, col] clicked, layer 0 = first hidden layer.
    link_clicked = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setToolTip(self.tr("The network: hover a neuron to see what it computes."))
        self.scene = QGraphicsScene(self)
        # Lines move and re-pen every frame: a BSP index would be rebuilt constantly.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.graphics_view = _GraphicsView(self.scene)
        self.graphics_view.setObjectName("networkGraphicsView")
        self.graphics_view.setToolTip(self.tr("Hover a neuron to see what it computes."))
        self.graphics_view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.graphics_view.setBackgroundBrush(QBrush(QColor(colors.WHITE)))
        self.graphics_view.setMouseTracking(True)
        self.graphics_view.viewport().installEventFilter(self)  # clicks on links
        self.legendLabel = QLabel(
            self.tr(
                "Links: blue = positive weight, orange = negative, thicker = larger |weight|. "
                "Grey cross: dead unit (never active). Red outline: saturated unit."
            )
        )
        self.legendLabel.setObjectName("networkLegendLabel")
        self.legendLabel.setToolTip(self.tr("How to read the network drawing."))
        self.legendLabel.setWordWrap(True)
        self.noteLabel = QLabel()
        self.noteLabel.setObjectName("networkNoteLabel")
        self.noteLabel.setToolTip(self.tr("What is left out of the drawing to keep it fast."))
        self.noteLabel.setWordWrap(True)
        self.noteLabel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics_view, 1)
        layout.addWidget(self.legendLabel)
        layout.addWidget(self.noteLabel)

        self._features: tuple[str, ...] = ()
        self._acts: list[tuple[str, dict]] = []
        self._sizes: list[int] = []
        self._bounds = DEFAULT_BOUNDS
        self.nodes: list[list[NodeItem]] = []  # column 0 = inputs, then one per layer
        self.links: list[LinkGroup] = []
        self._view = None
        self._net: Network | None = None
        self._thumb_time = -1e9
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.timeout.connect(self._compute_thumbnails)

    # ----------------------------------------------------------------- API
    def set_network(self, cfg, features: tuple[str, ...], bounds=None) -> None:
        """Rebuild the drawing for an ExperimentConfig and its input features."""
        layers = [*cfg.network.hidden, cfg.network.output]
        self._acts = [(lyr.activation.name, dict(lyr.activation.params)) for lyr in layers]
        sizes = [len(features), *(lyr.units for lyr in cfg.network.hidden), _output_units(cfg)]
        self._features = tuple(features)
        if bounds is not None:
            self._bounds = usable_bounds(bounds)
        self._build(sizes)

    def set_bounds(self, bounds) -> None:
        """The input-plane rectangle (xmin, xmax, ymin, ymax) the thumbnails cover."""
        self._bounds = usable_bounds(bounds)

    def update_view(self, view) -> None:
        """Update link pens, node status marks and (throttled) thumbnails from a snapshot."""
        sizes = [view.weights[0][0].shape[0], *(W.shape[1] for W, _ in view.weights)]
        if sizes != self._sizes:
            self._build(sizes)
        self._view = view
        for group, (W, _) in zip(self.links, view.weights):
            group.update(W)
        for i, lv in enumerate(view.layers[: len(self.nodes) - 1]):
            self._acts[i] = (lv.activation, dict(lv.activation_params))
            dead, sat = lv.stats.dead_units, lv.stats.saturated_units
            for unit, node in enumerate(self.nodes[i + 1]):
                node.set_status(
                    bool(dead[unit]) if unit < len(dead) else False,
                    bool(sat[unit]) if unit < len(sat) else False,
                )
        if self.thumbnails_enabled():
            self._schedule_thumbnails()

    def thumbnails_enabled(self) -> bool:
        """Thumbnails are drawn for networks with at most THUMB_MAX_UNITS hidden units."""
        return bool(self._sizes) and sum(self._sizes[1:-1]) <= THUMB_MAX_UNITS

    def links_drawn(self) -> int:
        """How many link items exist (for tests and benchmarks)."""
        return sum(len(g.items) for g in self.links)

    # ----------------------------------------------------------------- structure
    def _build(self, sizes: list[int]) -> None:
        self._thumb_timer.stop()
        self.scene.clear()
        self._sizes = list(sizes)
        self._net = None
        while len(self._acts) < len(sizes) - 1:
            self._acts.insert(0, ("linear", {}))
        self._acts = self._acts[-(len(sizes) - 1) :]
        tallest = max(sizes)
        # Columns about as tall as the drawing is wide, so the view's space is used.
        height = max(16 * 36.0, 0.6 * COL_GAP * (len(sizes) - 1))
        gap = 36.0 if tallest <= 16 else max(height / tallest, 3.0)
        size = gap * 0.75
        self.nodes = []
        for col, units in enumerate(sizes):
            x = col * COL_GAP
            column = []
            for unit in range(units):
                y = (unit - (units - 1) / 2) * gap
                node = NodeItem(self, col - 1, unit, QRectF(x - size / 2, y - size / 2, size, size))
                self.scene.addItem(node)
                column.append(node)
            self.nodes.append(column)
            self._add_title(col, x, -(units - 1) / 2 * gap - size)
        self._add_feature_labels(size)
        budget = max(MAX_LINKS // max(len(sizes) - 1, 1), 1)
        self.links = [
            LinkGroup(self.scene, self.nodes[c], self.nodes[c + 1], budget)
            for c in range(len(sizes) - 1)
        ]
        # Antialiasing triples the paint time of thousands of lines: keep it for small nets.
        self.graphics_view.setRenderHint(
            QPainter.RenderHint.Antialiasing, self.links_drawn() <= AA_MAX_LINKS
        )
        self._update_note()
        self.graphics_view.fit()

    def _add_title(self, col: int, x: float, top: float) -> None:
        act = label(self._acts[col - 1][0]) if col else ""  # "Sigmoïde", as the menus say
        if col == 0:
            text = self.tr("Input")
        elif col == len(self._sizes) - 1:
            text = self.tr("Output\n{0}").format(act)
        elif len(self._sizes) > 7:  # narrow columns: a short title
            text = self.tr("H{0}\n{1}").format(col, act)
        else:
            text = self.tr("Hidden {0}\n{1}").format(col, act)
        lines = text.split("\n")
        for k, line in enumerate(lines):
            self._label(line, x, top, 0.5, len(lines) - k, 6.0)

    def _add_feature_labels(self, size: float) -> None:
        for name, node in zip(self._features, self.nodes[0]):
            box = node.rect()
            self._label(FEATURE_LABELS.get(name, name), box.left(), box.center().y(), 1.0, 0.5, 0)

    def _label(self, text: str, x: float, y: float, ax: float, ay: float, gap: float) -> None:
        """Text of constant pixel size anchored at scene point (x, y): ``ax``/``ay`` are
        the anchor's fractions of the text's width/height, ``gap`` extra pixels away."""
        item = self.scene.addSimpleText(text)
        item.setBrush(QBrush(QColor(colors.DARK)))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        rect = item.boundingRect()
        dx = -ax * rect.width() - (gap if ax == 1.0 else 0.0) - (6.0 if ax == 1.0 else 0.0)
        dy = -ay * rect.height() - (gap if ax != 1.0 else 0.0)
        item.setTransform(QTransform.fromTranslate(dx, dy))
        item.setPos(x, y)

    def _update_note(self) -> None:
        notes = []
        total = sum(a * b for a, b in zip(self._sizes[:-1], self._sizes[1:]))
        drawn = self.links_drawn()
        if drawn < total:
            notes.append(
                self.tr("Showing the {0:,} strongest of {1:,} links.").format(drawn, total)
            )
        if not self.thumbnails_enabled():
            notes.append(
                self.tr("Neuron pictures are off above {0} hidden units.").format(THUMB_MAX_UNITS)
            )
        self.noteLabel.setText(" ".join(notes))
        self.noteLabel.setVisible(bool(notes))

    # ----------------------------------------------------------------- hover
    def node_hovered(self, node: NodeItem, inside: bool) -> None:
        if not inside:
            self.neuron_hovered.emit(-1, -1)
            return
        node.setToolTip(self._tooltip(node))
        if node.layer >= 0:
            self.neuron_hovered.emit(node.layer, node.unit)

    def node_clicked(self, node: NodeItem) -> None:
        if node.layer >= 0:
            self.neuron_clicked.emit(node.layer, node.unit)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """A left click off the neurons selects the link under it (within a few pixels)."""
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and event.button() == Qt.MouseButton.LeftButton
            and watched is self.graphics_view.viewport()
        ):
            view = self.graphics_view
            pos = view.mapToScene(event.position().toPoint())
            if not any(isinstance(it, NodeItem) for it in view.items(event.position().toPoint())):
                link = self.link_at(pos)
                if link is not None:
                    self.link_clicked.emit(*link)
                    return True
        return super().eventFilter(watched, event)

    def link_at(self, pos: QPointF, tolerance_px: float = 5.0) -> tuple[int, int, int] | None:
        """(layer, row, col) of the drawn link nearest scene point ``pos``, if within
        ``tolerance_px`` pixels of it."""
        scale = max(abs(self.graphics_view.transform().m11()), 1e-12)
        best, best_d = None, tolerance_px / scale
        p = np.array([pos.x(), pos.y()])
        for layer, group in enumerate(self.links):
            shown = group.shown[group.shown >= 0]
            if not shown.size:
                continue
            rows, cols = np.divmod(shown, group.fan_out)
            a, b = group._src[rows], group._dst[cols]
            ab = b - a
            t = np.clip(
                np.sum((p - a) * ab, axis=1) / np.maximum(np.sum(ab * ab, axis=1), 1e-12), 0, 1
            )
            d = np.hypot(*(a + t[:, None] * ab - p).T)
            k = int(np.argmin(d))
            if d[k] <= best_d:
                best, best_d = (layer, int(rows[k]), int(cols[k])), float(d[k])
        return best

    def link_position(self, layer: int, row: int, col: int) -> QPointF:
        """A scene point on link W[row, col] of ``layer``, 30 % of the way along (tests)."""
        group = self.links[layer]
        mid = 0.7 * group._src[row] + 0.3 * group._dst[col]  # off the midpoint, where links cross
        return QPointF(float(mid[0]), float(mid[1]))

    def neuron_name(self, layer: int, unit: int) -> str:
        """ "Neuron 2 of hidden layer 1" or "Output neuron 1" (layer 0 = first hidden)."""
        if layer == len(self._sizes) - 2:
            return self.tr("Output neuron {0}").format(unit + 1)
        return self.tr("Neuron {0} of hidden layer {1}").format(unit + 1, layer + 1)

    def _tooltip(self, node: NodeItem) -> str:
        if node.layer < 0:
            name = self._features[node.unit] if node.unit < len(self._features) else ""
            return self.tr("Input feature {0}").format(FEATURE_LABELS.get(name, name))
        act = self._acts[node.layer][0]
        lines = [f"{self.neuron_name(node.layer, node.unit)} ({act})"]
        if self._view is not None and node.layer < len(self._view.weights):
            b = float(self._view.weights[node.layer][1][node.unit])
            lines.append(self.tr("bias b = {0:.3g}").format(b))
        if node.dead:
            lines.append(self.tr("Dead: its pre-activation is ≤ 0 for every point."))
        if node.saturated:
            lines.append(self.tr("Saturated: its slope f′ is almost 0 for most points."))
        return "\n".join(lines)

    # ----------------------------------------------------------------- thumbnails
    def _schedule_thumbnails(self) -> None:
        if self._thumb_timer.isActive():
            return
        wait = THUMB_INTERVAL_MS / 1000 - (time.monotonic() - self._thumb_time)
        if wait <= 0:
            self._compute_thumbnails()
        else:
            self._thumb_timer.start(int(wait * 1000) + 1)

    def _network(self) -> Network:
        acts = [activations.get(name, **params) for name, params in self._acts]
        if self._net is None or [lyr.activation.name for lyr in self._net.layers] != [
            a.name for a in acts
        ]:
            self._net = Network(self._sizes, acts)
        return self._net

    def _compute_thumbnails(self) -> None:
        view = self._view
        if view is None or not self._features or len(self._features) != self._sizes[0]:
            return
        self._thumb_time = time.monotonic()
        grid = view.grid
        bounds = usable_bounds(grid.bounds) if grid is not None else self._bounds
        net = self._network()
        net.set_weights(view.weights)
        with np.errstate(all="ignore"):
            grids = layer_grids(net, self._features, bounds, THUMB_RES)
            _, _, X = grid_inputs(self._features, bounds, THUMB_RES)
        inputs = X.reshape(THUMB_RES, THUMB_RES, -1)
        columns = [(inputs, "linear"), *zip(grids, (a for a, _ in self._acts))]
        for col, (nodes, (values, act)) in enumerate(zip(self.nodes, columns)):
            lo, hi = colors.activation_range(act, values)  # one scale per layer
            for unit, node in enumerate(nodes):
                if col == 0:  # features differ in scale (x1 vs x1²): one scale each
                    lo, hi = colors.symmetric_range(values[..., unit])
                node.set_thumbnail(_pixmap(values[..., unit], lo, hi))

    def thumbnail_count(self) -> int:
        return sum(node.has_thumbnail() for column in self.nodes for node in column)


__all__ = ["NetworkView", "MAX_LINKS", "THUMB_MAX_UNITS"]
