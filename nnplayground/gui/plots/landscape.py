"""The two loss-landscape plots: a 1-D slice with its tangent and the next SGD step, and a
2-D slice as a heatmap with contour lines and the training path.

Both draw :mod:`nnplayground.engine.landscape` results; their items are created once and
updated in place (``setData``, ``setImage``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF

from nnplayground.gui.plots import colors

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def key(entries) -> str:
    """A one-line legend for a plot title: (colour, mark, text) entries, side by side
    (in the title, outside the data, where a legend box would hide a curve)."""
    return "&nbsp;&nbsp;".join(f"<span style='color:{c}'>{m} {t}</span>" for c, m, t in entries)


#: Contour lines drawn over the heatmap (levels spread over log10 of the loss).
N_CONTOURS = 8


class Slice1DPlot(pg.PlotWidget):
    """L(w) as one parameter moves: the curve, the tangent at the current value, the
    current point and where the next plain SGD step lands."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeSlice1DPlot")
        self.setBackground("w")
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("left", translate("LandscapePlots", "loss (training set)"))
        item.setLabel("bottom", translate("LandscapePlots", "parameter value"))
        item.getAxis("bottom").enableAutoSIPrefix(False)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.setTitle(
            key(
                (
                    (colors.TRAIN, "━", translate("LandscapePlots", "loss")),
                    (colors.RED, "╌", translate("LandscapePlots", "tangent")),
                    (colors.DARK, "●", translate("LandscapePlots", "now")),
                    (colors.TEST, "▼", translate("LandscapePlots", "after one SGD step")),
                )
            ),
            size="9pt",
        )
        self.curve = item.plot(pen=pg.mkPen(colors.TRAIN, width=2.5))
        self.tangent = item.plot(
            pen=pg.mkPen(colors.RED, width=1.8, style=pg.QtCore.Qt.PenStyle.DashLine),
        )
        self.step_line = item.plot(pen=pg.mkPen(colors.DARK, width=1.2))
        self.current = item.plot(pen=None, symbol="o", symbolSize=11, symbolBrush=colors.DARK)
        self.next = item.plot(
            pen=None,
            symbol="t",
            symbolSize=13,
            symbolBrush=colors.TEST,
        )
        self.last = None

    def show_slice(self, s) -> None:
        """Draw a :class:`~nnplayground.engine.landscape.Slice1D`."""
        self.last = s
        finite = np.isfinite(s.losses)
        self.curve.setData(s.values[finite], s.losses[finite])
        # The tangent only near the point: a long line would squash the curve.
        span = (s.values[-1] - s.values[0]) / 4.0
        tx = np.array([s.value - span, s.value + span])
        self.tangent.setData(tx, s.loss + s.slope * (tx - s.value))
        self.current.setData([s.value], [s.loss])
        self.next.setData([s.next_value], [s.next_loss])
        self.step_line.setData([s.value, s.next_value], [s.loss, s.next_loss])
        self.getPlotItem().setLabel("bottom", s.param.label)
        lo, hi = (float(np.min(s.losses[finite])), float(np.max(s.losses[finite])))
        if finite.any():
            pad = 0.05 * max(hi - lo, 1e-9)
            self.setYRange(lo - pad, hi + pad, padding=0)
            self.setXRange(float(s.values[0]), float(s.values[-1]), padding=0.02)

    def clear_slice(self) -> None:
        self.last = None
        for item in (self.curve, self.tangent, self.current, self.next, self.step_line):
            item.setData([], [])


class Slice2DPlot(pg.PlotWidget):
    """log10 L over a plane of weights, contour lines, and the training path on it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeSlice2DPlot")
        self.setBackground("w")
        item = self.getPlotItem()
        item.getAxis("bottom").enableAutoSIPrefix(False)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.setTitle(
            key(
                (
                    (colors.RED, "●", translate("LandscapePlots", "now")),
                    (colors.DARK, "□", translate("LandscapePlots", "start")),
                    (colors.DARK, "━", translate("LandscapePlots", "path")),
                )
            ),
            size="9pt",
        )
        item.setLabel("bottom", translate("LandscapePlots", "direction 1"))
        item.setLabel("left", translate("LandscapePlots", "direction 2"))
        item.setAspectLocked(False)
        self.image = pg.ImageItem()
        item.addItem(self.image)
        self.cmap = pg.colormap.get("viridis")
        self.image.setLookupTable(self.cmap.getLookupTable(nPts=256))
        self.bar = pg.ColorBarItem(
            values=(0, 1),
            colorMap=self.cmap,
            label=translate("LandscapePlots", "log₁₀ loss"),
            interactive=False,
            width=14,
        )
        self.bar.setImageItem(self.image, insert_in=item)
        self.contours = [
            pg.IsocurveItem(pen=pg.mkPen((255, 255, 255, 170), width=1)) for _ in range(N_CONTOURS)
        ]
        for iso in self.contours:
            iso.setParentItem(self.image)
        self.path = item.plot(pen=pg.mkPen(colors.WHITE, width=3.5))
        self.path_core = item.plot(pen=pg.mkPen(colors.RED, width=2))
        self.start = item.plot(pen=None, symbol="s", symbolSize=9, symbolBrush=colors.WHITE)
        self.here = item.plot(
            pen=None,
            symbol="o",
            symbolSize=11,
            symbolBrush=colors.RED,
            symbolPen=pg.mkPen(colors.WHITE, width=2),
        )
        self.start.setSymbolPen(pg.mkPen(colors.DARK, width=1.5))
        self.last = None

    def show_slice(self, s) -> None:
        """Draw a :class:`~nnplayground.engine.landscape.Slice2D` (None: nothing yet)."""
        self.last = s
        if s is None:
            self.image.clear()
            for iso in self.contours:
                iso.setData(None)
            for line in (self.path, self.path_core, self.start, self.here):
                line.setData([], [])
            return
        with np.errstate(all="ignore"):
            z = np.log10(np.maximum(s.losses, 1e-12))
        finite = np.isfinite(z)
        lo = float(np.min(z[finite])) if finite.any() else 0.0
        hi = float(np.max(z[finite])) if finite.any() else 1.0
        hi = max(hi, lo + 1e-6)
        z = np.where(finite, z, hi)
        # ImageItem is column-major (image[x, y]); the slice's rows are y.
        self.image.setImage(z.T, autoLevels=False, levels=(lo, hi))
        x0, x1, y0, y1 = s.xs[0], s.xs[-1], s.ys[0], s.ys[-1]
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.bar.setLevels((lo, hi))
        for iso, level in zip(self.contours, np.linspace(lo, hi, N_CONTOURS + 2)[1:-1]):
            iso.setData(z.T, level)
        p = s.path
        if len(p):
            self.path.setData(p[:, 0], p[:, 1])
            self.path_core.setData(p[:, 0], p[:, 1])
            self.start.setData(p[:1, 0], p[:1, 1])
        self.here.setData([0.0], [0.0])  # the plane is centred on the current weights
        self.setXRange(float(x0), float(x1), padding=0)
        self.setYRange(float(y0), float(y1), padding=0)
