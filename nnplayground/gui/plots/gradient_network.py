"""The network drawn as its gradient: link width = |∂L/∂w|, neuron colour = δ = ∂L/∂z.

Both are scaled by one number for the whole network (the largest |∂L/∂w|, the largest
|mean δ|), so a layer whose gradient has vanished shows thin grey links and pale
neurons next to a layer that still learns. Items are created once per network shape and
updated in place; links are grouped in a few width classes (one item per class).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from nnplayground.gui.plots import colors

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

#: Link widths drawn (px); each link goes to the class nearest its |∂L/∂w| share.
WIDTHS = (0.4, 1.2, 2.4, 4.0, 6.0)


def _delta_brushes(values: np.ndarray, scale: float) -> list:
    """Orange for negative δ, blue for positive, white for 0 (intensity = |δ| / scale)."""
    out = []
    o, b = (
        np.array(pg.mkColor(colors.ORANGE).getRgb()[:3]),
        np.array(pg.mkColor(colors.BLUE).getRgb()[:3]),
    )
    for v in values:
        t = 0.0 if scale <= 0 else float(np.clip(abs(v) / scale, 0.0, 1.0))
        base = b if v > 0 else o
        rgb = (255 * (1 - t) + base * t).astype(int)
        out.append(pg.mkBrush(*rgb))
    return out


class GradientNetworkPlot(pg.PlotWidget):
    """``show_gradients(sizes, dWs, deltas)`` draws one backward pass."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientNetworkPlot")
        self.setBackground("w")
        item = self.getPlotItem()
        item.hideAxis("left")
        item.setLabel("bottom", translate("GradientNetworkPlot", "layer"))
        item.setTitle(
            translate("GradientNetworkPlot", "width |∂L/∂w|, colour δ"),
            size="9pt",
        )
        item.setMouseEnabled(False, False)
        item.hideButtons()
        self._sizes: tuple[int, ...] = ()
        self.links = [
            item.plot(pen=pg.mkPen(colors.DARK, width=w), connect="pairs") for w in WIDTHS
        ]
        self.nodes = pg.ScatterPlotItem(size=16, pen=pg.mkPen(colors.DARK, width=1))
        item.addItem(self.nodes)
        self.widths: list[np.ndarray] = []  # per layer (fan_in, units): width class index

    def _positions(self, sizes) -> list[np.ndarray]:
        """(units, 2) node centres per layer, input first, centred vertically."""
        return [
            np.column_stack([np.full(n, float(li)), np.arange(n) - (n - 1) / 2.0])
            for li, n in enumerate(sizes)
        ]

    def show_gradients(self, sizes, dWs, deltas, upto: int | None = None) -> None:
        """``dWs[li]`` (fan_in, units) and ``deltas[li]`` (n, units) per layer (first hidden
        first; None for a layer not reached yet by the backward pass)."""
        sizes = tuple(int(s) for s in sizes)
        self._sizes = sizes
        pos = self._positions(sizes)
        known = [np.abs(d) for d in dWs if d is not None]
        gmax = max((float(d.max()) for d in known if d.size), default=0.0)
        means = [None if d is None else d.mean(axis=0) for d in deltas]
        dmax = max((float(np.abs(m).max()) for m in means if m is not None), default=0.0)
        segments = [[] for _ in WIDTHS]
        self.widths = []
        for li, dW in enumerate(dWs):
            if dW is None:
                self.widths.append(np.zeros((sizes[li], sizes[li + 1]), dtype=int))
                continue
            share = np.abs(dW) / gmax if gmax > 0 else np.zeros_like(dW)
            cls = np.clip(np.round(share * (len(WIDTHS) - 1)).astype(int), 0, len(WIDTHS) - 1)
            self.widths.append(cls)
            ii, jj = np.meshgrid(np.arange(sizes[li]), np.arange(sizes[li + 1]), indexing="ij")
            start, end = pos[li][ii], pos[li + 1][jj]  # (fan_in, units, 2)
            for c in range(len(WIDTHS)):
                mask = cls == c
                if mask.any():  # pairs (start, end) interleaved for connect="pairs"
                    segments[c].append(np.stack([start[mask], end[mask]], axis=1).reshape(-1, 2))
        for item, segs in zip(self.links, segments):
            if segs:
                arr = np.vstack(segs)
                item.setData(arr[:, 0], arr[:, 1])
            else:
                item.setData([], [])
        brushes = [pg.mkBrush(colors.GREY)] * sizes[0]
        for li, m in enumerate(means):
            brushes += (
                _delta_brushes(m, dmax)
                if m is not None
                else [pg.mkBrush(235, 235, 235)] * sizes[li + 1]
            )
        allpos = np.vstack(pos)
        # Nodes shrink with the widest layer so they never overlap in the low dock.
        size = float(np.clip(110.0 / max(sizes), 5.0, 16.0))
        self.nodes.setData(pos=allpos, brush=brushes, size=size)
        axis = self.getPlotItem().getAxis("bottom")
        # "in", then layer numbers: long names overlap once there are five layers.
        names = [translate("GradientNetworkPlot", "in")] + [str(k) for k in range(1, len(sizes))]
        axis.setTicks([[(float(li), n) for li, n in enumerate(names)]])
        self.setXRange(-0.3, len(sizes) - 0.7, padding=0)
        half = max(sizes) / 2.0
        self.setYRange(-half, half, padding=0.02)
