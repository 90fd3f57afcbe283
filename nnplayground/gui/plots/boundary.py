"""The network's output over the input plane, with the data points on top.

One ImageItem (the heatmap, rendered to RGBA by :mod:`colors`) and two ScatterPlotItems
(train and test points) are created once; updates call ``setImage``/``setRect`` and
``setData``. The image follows the grid's row-major convention: ``values[i, j]`` is the
value at ``(xs[j], ys[i])``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnplayground.gui.plots import colors

POINT_SIZE = 7
#: Contribution overlay: green where descent pushes the weight up, red where down (not
#: the class colours orange and blue, which the points under them already use).
PUSH_UP, PUSH_DOWN = "#1A9850", "#D73027"


def _rect(xs: np.ndarray, ys: np.ndarray) -> QRectF:
    """The image rectangle whose pixel centres are the grid points."""
    dx = (xs[-1] - xs[0]) / max(xs.size - 1, 1)
    dy = (ys[-1] - ys[0]) / max(ys.size - 1, 1)
    return QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * xs.size, dy * ys.size)


def _brushes(rgba: np.ndarray) -> list:
    """One QBrush per row of (n, 4) uint8 colours, sharing brushes between equal colours."""
    unique, inverse = np.unique(rgba, axis=0, return_inverse=True)
    pool = [pg.mkBrush(*map(int, c)) for c in unique]
    return [pool[i] for i in np.ravel(inverse)]


class SquareBox(QWidget):
    """Holds one widget as the largest square that fits, centred: the output plot stays
    square at any dock size, so its heatmap fills the axes with no margin."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        side = min(self.width(), self.height())
        self.child.setGeometry(
            QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        )
        super().resizeEvent(event)

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        return self.child.minimumSizeHint()


class BoundaryPlot(QWidget):
    """Decision-boundary heatmap (or one neuron's output) under the train and test points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundaryPlot")
        self.setToolTip(self.tr("What the network outputs at every point of the input plane."))
        self._dataset = None
        self._grid = None
        self._neuron: np.ndarray | None = None
        self._target_range = (0.0, 1.0)

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("boundaryPlotWidget")
        self.plot_widget.setToolTip(
            self.tr(
                "Background: the network's output. Dots: training points; squares: test points."
            )
        )
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", "x1")
        item.setLabel("left", "x2")
        # Not aspect-locked: the plot is kept square by its box, and the view shows exactly
        # the data's bounds, so the heatmap reaches every axis (a lock added margins).
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        # The grid (80 x 80) is drawn scaled up: smooth it instead of showing blocks.
        self.plot_widget.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        item.addItem(self.image)
        self.train_scatter = pg.ScatterPlotItem(
            size=POINT_SIZE, pen=pg.mkPen(colors.WHITE, width=1), symbol="o"
        )
        self.test_scatter = pg.ScatterPlotItem(
            size=POINT_SIZE, pen=pg.mkPen(colors.DARK, width=1.2), symbol="s"
        )
        item.addItem(self.train_scatter)
        item.addItem(self.test_scatter)
        # Each training point's share of ∂L/∂w for the selected weight (hands-on overlay).
        self.contribution_scatter = pg.ScatterPlotItem(pen=pg.mkPen(colors.DARK, width=1))
        self.contribution_scatter.setZValue(5)
        self.contribution_scatter.setVisible(False)
        item.addItem(self.contribution_scatter)

        self.captionLabel = QLabel()
        self.captionLabel.setObjectName("boundaryCaption")
        self.captionLabel.setToolTip(self.tr("Which output the heatmap shows."))
        self.captionLabel.hide()
        self.showTestCheck = QCheckBox(self.tr("Show test data"))
        self.showTestCheck.setObjectName("showTestCheck")
        self.showTestCheck.setToolTip(self.tr("Also draw the test points (dark-edged squares)."))
        self.showTestCheck.toggled.connect(self.test_scatter.setVisible)
        self.test_scatter.setVisible(False)
        self.discretizeCheck = QCheckBox(self.tr("Discretize output"))
        self.discretizeCheck.setObjectName("discretizeCheck")
        self.discretizeCheck.setToolTip(
            self.tr("Show the predicted class only, instead of how sure the network is.")
        )
        self.discretizeCheck.toggled.connect(self._render)

        controls = QHBoxLayout()
        controls.addWidget(self.showTestCheck)
        controls.addWidget(self.discretizeCheck)
        controls.addStretch(1)
        #: The row under the plot: its own check boxes, then others' buttons (add_to_row).
        self.controls_row = controls
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.captionLabel)
        self.square = SquareBox(self.plot_widget, self)
        layout.addWidget(self.square, 1)
        layout.addLayout(controls)
        self._layout = layout

    # ----------------------------------------------------------------- API
    def set_dataset(self, dataset) -> None:
        """Draw a Dataset's train and test points and frame its bounds (None clears)."""
        self._dataset = dataset
        if dataset is None:
            self.train_scatter.setData([])
            self.test_scatter.setData([])
            return
        if dataset.task == "regression":
            both = np.concatenate([dataset.labels_train, dataset.labels_test]).astype(float)
            finite = both[np.isfinite(both)]
            # Centred on 0 (orange below, white at 0, blue above, as in TensorFlow
            # Playground): a negative prediction must stand out, e.g. a negative price.
            m = float(np.abs(finite).max()) if finite.size else 1.0
            self._target_range = (-m, m) if m > 0 else (-1.0, 1.0)
        self.discretizeCheck.setEnabled(dataset.task == "classification")
        self.train_scatter.setData(
            pos=np.asarray(dataset.points_train), brush=self._point_brushes(dataset.labels_train)
        )
        self.test_scatter.setData(
            pos=np.asarray(dataset.points_test), brush=self._point_brushes(dataset.labels_test)
        )
        xmin, xmax, ymin, ymax = dataset.bounds
        self.plot_widget.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)

    def update_grid(self, grid) -> None:
        """Show a Grid (engine.grid) of the network's output; ignored while a neuron shows."""
        self._grid = grid
        if self._neuron is None:
            self._render()

    def show_neuron(self, values: np.ndarray | None, label: str = "") -> None:
        """Temporarily show one neuron's output (R, R) over the plane; None goes back."""
        self._neuron = None if values is None else np.asarray(values, dtype=np.float64)
        self.captionLabel.setText(label)
        self.captionLabel.setVisible(values is not None and bool(label))
        self._render()

    def showing_neuron(self) -> bool:
        return self._neuron is not None

    def add_to_row(self, widget: QWidget) -> None:
        """Put a control at the end of the check boxes' row (the plot keeps its height)."""
        self.controls_row.addWidget(widget)

    def add_controls(self, widget: QWidget) -> None:
        """Put a row of extra controls (e.g. the data editor's) under the plot."""
        self._layout.addWidget(widget)

    def view_box(self) -> pg.ViewBox:
        return self.plot_widget.getPlotItem().getViewBox()

    def show_contributions(self, points: np.ndarray | None, values: np.ndarray | None) -> None:
        """Draw each point (n, 2) sized by |value| and coloured by its sign: green where
        gradient descent pushes the weight up (value < 0), red where it pushes it down
        (value > 0). None hides the overlay."""
        if points is None or values is None or not len(points):
            self.contribution_scatter.setData([])
            self.contribution_scatter.setVisible(False)
            return
        values = np.nan_to_num(np.asarray(values, dtype=np.float64))
        top = float(np.abs(values).max()) or 1.0
        # A few sizes only: pyqtgraph renders each distinct (size, brush) symbol once,
        # while continuous sizes re-rendered every point on every edit (22 ms for 250).
        levels = np.rint(7.0 * np.sqrt(np.abs(values) / top))
        sizes = 3.0 + 2.5 * levels
        up, down = pg.mkBrush(PUSH_UP), pg.mkBrush(PUSH_DOWN)
        brushes = [up if v < 0 else down for v in values.tolist()]
        self.contribution_scatter.setData(pos=np.asarray(points), size=sizes, brush=brushes)
        self.contribution_scatter.setVisible(True)

    # ----------------------------------------------------------------- internals
    def _point_brushes(self, labels: np.ndarray) -> list:
        labels = np.asarray(labels)
        if self._dataset.task == "regression":
            rgba = colors.map_values(labels.astype(float), *self._target_range)
        else:
            k = max(int(self._dataset.n_classes), 2)
            pal = colors.palette(k).astype(np.uint8)
            rgba = np.column_stack([pal[labels.astype(int) % k], np.full(labels.size, 255)])
        return _brushes(rgba.astype(np.uint8)) if labels.size else []

    def _render(self) -> None:
        grid = self._grid
        if self._neuron is not None:
            rgba = self._neuron_rgba(self._neuron)
        elif grid is not None:
            rgba = self._output_rgba(grid)
        else:
            self.image.clear()
            return
        if grid is not None and grid.resolution == rgba.shape[0]:
            rect = _rect(grid.xs, grid.ys)
        else:
            rect = self._bounds_rect(rgba.shape[0])
        self.image.setImage(rgba, autoLevels=False, levels=(0, 255))
        self.image.setRect(rect)

    def _bounds_rect(self, resolution: int) -> QRectF:
        bounds = (
            self._grid.bounds
            if self._grid is not None
            else getattr(self._dataset, "bounds", (-6.0, 6.0, -6.0, 6.0))
        )
        xmin, xmax, ymin, ymax = bounds
        return _rect(np.linspace(xmin, xmax, resolution), np.linspace(ymin, ymax, resolution))

    def _output_rgba(self, grid) -> np.ndarray:
        discrete = self.discretizeCheck.isChecked() and grid.task == "classification"
        if grid.probs is not None:
            probs = grid.probs
            if discrete:
                probs = np.eye(probs.shape[-1])[grid.values.astype(int)]
            return colors.blend_classes(probs)
        if grid.task == "regression":
            return colors.map_values(grid.values, *self._target_range, colors.BACKGROUND)
        values = (grid.values >= 0.5).astype(float) if discrete else grid.values
        return colors.map_values(values, 0.0, 1.0, colors.BACKGROUND)

    def _neuron_rgba(self, values: np.ndarray) -> np.ndarray:
        finite = values[np.isfinite(values)]
        if finite.size and finite.min() >= 0.0 and finite.max() <= 1.0:
            lo, hi = 0.0, 1.0
        else:
            lo, hi = colors.symmetric_range(values)
        return colors.map_values(values, lo, hi, colors.BACKGROUND)
