"""Editing the data on the boundary plot, and the "which points move this weight" overlay.

In "Edit data" mode a left click adds a point of the chosen class (or, for regression,
with the chosen target) at the cursor, a right click deletes the nearest point and a drag
moves a point. "Draw data" starts from an empty plane: the first points are kept here
until there is one to train on and one to test, then every edit goes to the document
(undoable). Edits work while training is paused or idle.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from nnplayground.engine import edit_data
from nnplayground.engine.config import DataPoints
from nnplayground.engine.contributions import per_sample_contributions
from nnplayground.engine.network import Network
from nnplayground.gui.document import Document
from nnplayground.gui.panels.number_spin import NumberSpinBox
from nnplayground.gui.plots import colors

#: A press within this many pixels of a point grabs it (drag), else a click adds one.
GRAB_PX = 8.0


class DataEditor(QWidget):
    """The row of controls under the boundary plot and the mouse edits on it."""

    def __init__(self, document: Document, boundary_plot, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dataEditor")
        self.document, self.plot = document, boundary_plot
        self._draft: DataPoints | None = None  # "Draw data" before it has two points
        self._drag: int | None = None  # index of the point being dragged
        self._index: int | None = None  # the weight whose contributions are drawn
        self._probe: Network | None = None
        self._last_view = None

        self.editDataButton = self._button("editDataButton", self.tr("Edit data"),
            self.tr("Edit the data on the plot: click adds a point, right-click deletes the "
                    "nearest one, drag moves one (while training is paused)"),
            self.tr("Edit data mode"), checkable=True)  # fmt: skip
        self.drawDataButton = self._button("drawDataButton", self.tr("Draw data"),
            self.tr("Start from an empty plane and place every point yourself"),
            self.tr("Draw data from an empty plane"))  # fmt: skip
        self.classCombo = QComboBox()
        self.classCombo.setObjectName("classPalette")
        self.classCombo.setToolTip(self.tr("The class of the points a click adds"))
        self.classCombo.setAccessibleName(self.tr("Class of new points"))
        self.targetSpin = NumberSpinBox()
        self.targetSpin.setObjectName("targetSpin")
        self.targetSpin.setRange(-1e6, 1e6)
        self.targetSpin.setValue(1.0)
        self.targetSpin.setToolTip(self.tr("The target value of the points a click adds"))
        self.targetSpin.setAccessibleName(self.tr("Target of new points"))
        self.contributionCheck = QCheckBox(self.tr("Which points move this weight"))
        self.contributionCheck.setObjectName("contributionCheck")
        self.contributionCheck.setToolTip(
            self.tr("With a weight selected, draw each training point's share of the "
                    "gradient ∂L/∂w: green pushes the weight up, red down, larger = harder")
        )  # fmt: skip
        self.contributionCheck.setAccessibleName(self.tr("Show which points move this weight"))
        # Edit and Draw sit in the plot's check-box row; the class palette (or target) and
        # the contribution switch get a row of their own only while they mean something
        # (editing, or a weight selected), so the output plot keeps its height.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.classCombo, self.targetSpin, self.contributionCheck):
            row.addWidget(w)
        row.addStretch(1)
        boundary_plot.add_to_row(self.editDataButton)
        boundary_plot.add_to_row(self.drawDataButton)

        self.editDataButton.toggled.connect(self._on_edit_toggled)
        self.drawDataButton.clicked.connect(self.start_drawing)
        self.contributionCheck.toggled.connect(lambda _: self._update_contributions())
        boundary_plot.plot_widget.viewport().installEventFilter(self)
        document.data_changed.connect(self._on_data)
        document.state_changed.connect(self._on_state)
        document.views.connect(self._on_views)
        document.weights_changed.connect(self._on_weights)
        boundary_plot.add_controls(self)
        self._update_row()
        self._on_data(document.experiment.dataset)
        self._on_state(document.controller.state)

    def _button(self, name, text, tip, accessible, checkable=False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(accessible)
        button.setCheckable(checkable)
        return button

    # ------------------------------------------------------------ API
    @property
    def editing(self) -> bool:
        return self.editDataButton.isChecked()

    def points(self) -> DataPoints:
        """The points being edited: the draft, the hand-placed ones or the dataset's."""
        if self._draft is not None:
            return self._draft
        pts = self.document.config.data.points
        return pts if pts is not None else edit_data.points_of(self.document.experiment.dataset)

    def start_drawing(self) -> None:
        """An empty plane: points placed now stay here until one can train and one test."""
        self.document.pause()
        self.editDataButton.setChecked(True)
        self._draft = DataPoints((), (), ())
        self._show_draft()

    def add_point(self, xy, label=None) -> None:
        """Add a point at plane coordinates ``xy`` (label: the palette's or target's)."""
        label = self._new_label() if label is None else label
        ratio = self.document.config.data.train_ratio
        self._commit(edit_data.add_point(self.points(), xy, label, ratio), self.tr("Add a point"))

    def delete_nearest(self, xy) -> None:
        pts = self.points()
        i, _ = edit_data.nearest_point(pts, xy, self._units_per_pixel())
        if i >= 0:
            self._commit(edit_data.remove_point(pts, i), self.tr("Delete a point"))

    def move_point(self, index: int, xy) -> None:
        self._commit(edit_data.move_point(self.points(), index, xy), self.tr("Move a point"))

    def show_contributions_for(self, index: int | None) -> None:
        """The weight (flat index) whose per-point contributions the overlay draws."""
        self._index = index
        self._update_row()
        self._update_contributions()

    # ------------------------------------------------------------ internals
    def _new_label(self):
        if self.document.experiment.dataset.task == "regression":
            return float(self.targetSpin.value())
        return int(max(self.classCombo.currentIndex(), 0))

    def _commit(self, points: DataPoints, text: str) -> None:
        if self._draft is not None:
            test = np.asarray(points.test, dtype=bool)
            if len(points) < 2 or test.all() or not test.any():
                self._draft = points
                self._show_draft()
                return
            self._draft = None
            text = self.tr("Draw data")
        self.document.set_points(points, text)

    def _show_draft(self) -> None:
        plot, pts = self.plot, self._draft
        xy = np.asarray(pts.xy, dtype=np.float64).reshape(-1, 2) if pts else np.empty((0, 2))
        if not len(xy):
            plot.train_scatter.setData([])
            plot.test_scatter.setData([])
            return
        labels = np.asarray(pts.labels)
        test = np.asarray(pts.test, dtype=bool)
        plot.train_scatter.setData(pos=xy[~test], brush=plot._point_brushes(labels[~test]))
        plot.test_scatter.setData(pos=xy[test], brush=plot._point_brushes(labels[test]))

    def _on_data(self, dataset) -> None:
        self._draft = None  # other data arrived (a load, an undo): a drawing is dropped
        regression = dataset.task == "regression"
        self.classCombo.setVisible(not regression)
        self.targetSpin.setVisible(regression)
        if not regression:
            k = max(int(dataset.n_classes), 2)
            current = self.classCombo.currentIndex()
            self.classCombo.clear()
            pal = colors.palette(k).astype(int)
            for c in range(k):
                pix = QPixmap(12, 12)
                pix.fill(QColor(*map(int, pal[c][:3])))
                self.classCombo.addItem(QIcon(pix), self.tr("Class {0}").format(c))
            self.classCombo.setCurrentIndex(min(max(current, 0), k - 1))
        self._update_contributions()

    def _on_state(self, state: str) -> None:
        running = state == "running"
        for w in (self.editDataButton, self.drawDataButton):
            w.setEnabled(not running)
        if running:
            self.editDataButton.setChecked(False)
            tip = self.tr("Pause training to edit the data.")
            self.editDataButton.setToolTip(tip)
            self.drawDataButton.setToolTip(tip)
        else:
            self.editDataButton.setToolTip(
                self.tr("Edit the data on the plot: click adds a point, right-click deletes "
                        "the nearest one, drag moves one (while training is paused)"))  # fmt: skip
            self.drawDataButton.setToolTip(
                self.tr("Start from an empty plane and place every point yourself")
            )

    def _update_row(self) -> None:
        """Show the extra row only while editing or while a weight is selected."""
        self.setVisible(self.editDataButton.isChecked() or self._index is not None)

    def _on_edit_toggled(self, on: bool) -> None:
        self._update_row()
        if on:
            self.document.pause()
        elif self._draft is not None:  # a drawing left unfinished: show the data again
            self._draft = None
            self.plot.set_dataset(self.document.experiment.dataset)
        self.plot.plot_widget.setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor
        )

    # ------------------------------------------------------------ mouse
    def _to_plane(self, pos) -> np.ndarray:
        scene = self.plot.plot_widget.mapToScene(pos.toPoint())
        p = self.plot.view_box().mapSceneToView(scene)
        return np.array([p.x(), p.y()])

    def _units_per_pixel(self) -> tuple[float, float]:
        vb = self.plot.view_box()
        (x0, x1), (y0, y1) = vb.viewRange()
        r = vb.sceneBoundingRect()
        return (x1 - x0) / max(r.width(), 1.0), (y1 - y0) / max(r.height(), 1.0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if not self.editing or self.document.controller.state == "running":
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            xy = self._to_plane(event.position())
            if event.button() == Qt.MouseButton.RightButton:
                self.delete_nearest(xy)
                return True
            if event.button() == Qt.MouseButton.LeftButton:
                i, d = edit_data.nearest_point(self.points(), xy, self._units_per_pixel())
                if i >= 0 and d <= GRAB_PX:
                    self._drag = i
                else:
                    self.add_point(xy)
                return True
        elif kind == QEvent.Type.MouseMove and self._drag is not None:
            self._preview_move(self._drag, self._to_plane(event.position()))
            return True
        elif kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
            index, self._drag = self._drag, None
            self.move_point(index, self._to_plane(event.position()))
            return True
        elif kind == QEvent.Type.ContextMenu:
            return True
        return super().eventFilter(watched, event)

    def _preview_move(self, index: int, xy) -> None:
        """While dragging, only the drawing moves; the document changes on release."""
        pts = edit_data.move_point(self.points(), index, xy)
        saved, self._draft = self._draft, pts
        self._show_draft()
        self._draft = saved

    def plane_to_widget(self, xy) -> QPoint:
        """Viewport coordinates of plane point ``xy`` (for tests and tools)."""
        scene = self.plot.view_box().mapViewToScene(QPointF(float(xy[0]), float(xy[1])))
        return self.plot.plot_widget.mapFromScene(scene)

    # ------------------------------------------------------------ contributions
    def _on_views(self, view) -> None:
        self._last_view = view
        if self.contributionCheck.isChecked():
            self._update_contributions()

    def _on_weights(self) -> None:
        self._last_view = None  # a snapshot of the network before would be stale
        self._update_contributions()

    def _update_contributions(self) -> None:
        exp = self.document.experiment
        if not self.contributionCheck.isChecked() or self._index is None:
            self.plot.show_contributions(None, None)
            return
        net = exp.network
        if self._index >= net.n_params:
            self.plot.show_contributions(None, None)
            return
        if self._probe is None or self._probe.sizes != net.sizes:
            self._probe = Network(net.sizes, [lyr.activation for lyr in net.layers])
        view = self._last_view
        if (
            view is not None
            and view.run_id == self.document.controller.run_id
            and [W.shape for W, _ in view.weights] == [lyr.W.shape for lyr in net.layers]
        ):
            self._probe.set_weights(view.weights)  # a snapshot: no need to hold the run
        else:
            with self.document.controller.hold():
                np.copyto(self._probe.flat_params, net.flat_params)
        tr = exp.trainer
        for a, b in zip(self._probe.layers, net.layers):
            a.activation = b.activation
        values = per_sample_contributions(self._probe, self._index, tr.X_train, tr.y_train, tr.loss)
        self.plot.show_contributions(exp.dataset.points_train, values)
