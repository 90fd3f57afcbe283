"""The loss-landscape dock: a 1-D slice through one weight and a 2-D slice through the
current weights, following training live.

The panel holds the document. On each view snapshot it records the weights (the path
for PCA, thinned to at most ``MAX_PATH`` points) and submits a request to its
:class:`~nnplayground.gui.landscape_worker.LandscapeWorker`, which computes only the
newest one; results come back as a signal and are drawn in place. Nothing is computed
on the GUI thread and nothing while the dock is hidden.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import losses as losses_mod
from nnplayground.engine.landscape import param_index, param_info
from nnplayground.gui import landscape_worker as lw
from nnplayground.gui import numbers
from nnplayground.gui.panels.help_texts import label
from nnplayground.gui.plots.landscape import Slice1DPlot, Slice2DPlot

#: The recorded path is thinned (every other point dropped) beyond this many points.
MAX_PATH = 500
#: Losses offered by the switch, per task (the training loss is always offered too).
CLASSIFICATION_LOSSES = ("mean_squared_error", "{ce}")
REGRESSION_LOSSES = ("mean_squared_error", "mean_absolute_error", "huber")


def flat(weights) -> np.ndarray:
    """[(W, b), ...] → the network's flat layout (W1 row-major, b1, W2, b2, ...)."""
    return np.concatenate([np.concatenate([W.ravel(), b.ravel()]) for W, b in weights])


class LandscapePanel(QWidget):
    """Both slices and their controls. ``select_parameter(index)`` picks the 1-D slice's
    parameter (the network view may call it when a link is clicked)."""

    parameter_selected = Signal(int)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapePanel")
        self.document = document
        # The thread starts the first time the dock is shown (a hidden dock costs nothing).
        self.worker: lw.LandscapeWorker | None = None
        self.thread = None
        self._closed = False  # after shutdown() no thread is started again
        self._generation = 0
        self._index = 0
        self._seed = 0
        self._weights = None
        self._path: list[np.ndarray] = []
        self._stride, self._seen = 1, 0
        self._stale = True
        self._live = None  # the latest live weights while a past epoch is shown (scrubber)
        self._build()
        document.structure_changed.connect(self._on_structure)
        document.weights_changed.connect(self._on_weights)
        document.views.connect(self._on_views)
        document.training_settings_changed.connect(lambda _cfg: self.refresh())
        self._on_structure(document.config)
        self._on_weights()

    # ------------------------------------------------------------ widgets
    def _build(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.layer_combo = self._control(
            QComboBox(self),
            "landscapeLayerCombo",
            self.tr("Which layer's weights (W) or biases (b) the 1-D slice moves"),
            self.tr("Layer of the parameter"),
        )
        self.row_spin = self._control(
            QSpinBox(self),
            "landscapeRowSpin",
            self.tr("Row of the weight: the input unit the link comes from"),
            self.tr("Input unit"),
        )
        self.col_spin = self._control(
            QSpinBox(self),
            "landscapeColSpin",
            self.tr("Column: the unit the link goes to"),
            self.tr("Unit"),
        )
        self.loss_combo = self._control(
            QComboBox(self),
            "landscapeLossCombo",
            self.tr("The loss drawn: switch it to see another shape on the same weights"),
            self.tr("Loss drawn"),
        )
        self.directions_combo = self._control(
            QComboBox(self),
            "landscapeDirectionsCombo",
            self.tr(
                "The plane of the 2-D slice: two random filter-normalised directions, "
                "or the two main directions of the training path (PCA)"
            ),
            self.tr("Directions of the plane"),
        )
        self.directions_combo.addItem(self.tr("Random"), "random")
        self.directions_combo.addItem(self.tr("PCA of the path"), "pca")
        self.reseed_button = self._control(
            QPushButton(self.tr("Reseed"), self),
            "landscapeReseedButton",
            self.tr("Draw two other random directions"),
            self.tr("Reseed the random directions"),
        )
        row.addWidget(self.layer_combo)
        for mark, widget in (("[", self.row_spin), (",", self.col_spin), ("]", None)):
            row.addWidget(QLabel(mark, self))
            if widget is not None:
                row.addWidget(widget)
        row.addSpacing(6)
        row.addWidget(QLabel(self.tr("Loss"), self))
        row.addWidget(self.loss_combo, 1)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(QLabel(self.tr("Plane"), self))
        row2.addWidget(self.directions_combo)
        row2.addWidget(self.reseed_button)
        row2.addStretch(1)
        for combo in (self.loss_combo, self.directions_combo):
            # Long names must not widen the bottom dock area beyond the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.plot_1d, self.plot_2d = Slice1DPlot(self), Slice2DPlot(self)
        self.plot_1d.setToolTip(
            self.tr(
                "The loss as the chosen parameter alone moves; dashed: "
                "its tangent, whose slope is the backprop gradient"
            )
        )
        self.plot_2d.setToolTip(
            self.tr(
                "The loss over a plane through the current weights "
                "(red dot), with the training path"
            )
        )
        plots = QHBoxLayout()
        for controls, plot in ((row, self.plot_1d), (row2, self.plot_2d)):
            column = QVBoxLayout()
            column.addLayout(controls)
            column.addWidget(plot, 1)
            plot.setMinimumSize(160, 120)
            plots.addLayout(column, 1)
        self.status = QLabel(self)
        self.status.setObjectName("landscapeStatusLabel")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(plots, 1)
        layout.addWidget(self.status)
        self.layer_combo.currentIndexChanged.connect(self._on_layer)
        self.row_spin.valueChanged.connect(self._on_param_spin)
        self.col_spin.valueChanged.connect(self._on_param_spin)
        self.loss_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.directions_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reseed_button.clicked.connect(self.reseed)

    def _control(self, widget, name: str, tip: str, accessible: str):
        widget.setObjectName(name)
        widget.setToolTip(tip)
        widget.setAccessibleName(accessible)
        return widget

    # ------------------------------------------------------------ public API
    @property
    def parameter_index(self) -> int:
        return self._index

    def select_parameter(self, index: int) -> None:
        """Slice along flat parameter ``index`` (raises ValueError when out of range)."""
        info = param_info(self.document.experiment.network, int(index))
        self._index = info.index
        with (
            QSignalBlocker(self.layer_combo),
            QSignalBlocker(self.row_spin),
            QSignalBlocker(self.col_spin),
        ):
            self.layer_combo.setCurrentIndex(2 * info.layer + (info.kind == "bias"))
            self._set_spin_ranges()
            self.row_spin.setValue(info.row)
            self.col_spin.setValue(info.col)
        self.parameter_selected.emit(info.index)
        self.refresh()

    def reseed(self) -> None:
        """Draw another pair of random directions (and show them)."""
        self._seed += 1
        if self.directions_combo.currentData() != "random":
            self.directions_combo.setCurrentIndex(0)  # refreshes
        else:
            self.refresh()

    def loss_name(self) -> str:
        return self.loss_combo.currentData() or self.document.config.training.loss.name

    def refresh(self) -> None:
        """Ask the worker for both slices at the latest weights (if the dock shows)."""
        if self._weights is None or self._closed:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        exp, cfg = self.document.experiment, self.document.config
        net, tr = exp.network, exp.trainer
        name = self.loss_name()
        loss = tr.loss if name == tr.loss.name else losses_mod.get(name)
        traj = np.array(self._path) if self._path else None
        if self.worker is None:
            self.worker, self.thread = lw.start()
            self.worker.result.connect(self._on_result)
            self.worker.failed.connect(self._on_failed)
        self.worker.submit(
            lw.LandscapeRequest(
                tuple(net.sizes),
                tuple(layer.activation for layer in net.layers),
                self._weights,
                tr.X_train,
                tr.y_train,
                loss,
                float(cfg.training.learning_rate),
                self._index,
                self.directions_combo.currentData() or "random",
                self._seed,
                traj,
                generation=self._generation,
            )
        )

    def shutdown(self) -> None:
        """Stop the worker thread and wait for it (the window is closing)."""
        self._closed = True
        lw.stop(self.worker, self.thread)
        self.worker = self.thread = None

    # ------------------------------------------------------------ document
    def _on_structure(self, cfg) -> None:
        net = self.document.experiment.network
        self._weights = None  # the old weights do not fit; weights_changed follows
        with QSignalBlocker(self.layer_combo), QSignalBlocker(self.loss_combo):
            self.layer_combo.clear()
            for i in range(len(net.layers)):
                self.layer_combo.addItem(f"W{i + 1}", (i, "kernel"))
                self.layer_combo.addItem(f"b{i + 1}", (i, "bias"))
            self.loss_combo.clear()
            for name in self._loss_names(cfg):
                self.loss_combo.addItem(label(name), name)
            self.loss_combo.setCurrentIndex(
                max(0, self.loss_combo.findData(cfg.training.loss.name))
            )
        self._index = 0 if self._index >= net.n_params else self._index
        self.select_parameter(self._index)

    def _loss_names(self, cfg) -> list[str]:
        own = cfg.training.loss.name
        if cfg.task == "classification":
            ce = (
                "categorical_crossentropy"
                if self.document.experiment.network.n_outputs > 1
                else "binary_crossentropy"
            )
            names = [n.replace("{ce}", ce) for n in CLASSIFICATION_LOSSES]
        else:
            names = list(REGRESSION_LOSSES)
        return names if own in names else [own, *names]

    def _on_weights(self) -> None:
        """A new experiment: the path starts again from its weights."""
        net = self.document.experiment.network
        if not self.document.controller.is_running:
            self._weights = net.get_weights()
        else:
            self._weights = self.document.current_preset().weights
        self._path = [flat(self._weights)]
        self._live = None
        self._stride, self._seen = 1, 0
        with QSignalBlocker(self.loss_combo):
            self.loss_combo.setCurrentIndex(
                max(0, self.loss_combo.findData(self.document.config.training.loss.name))
            )
        self.plot_2d.show_slice(None)
        self.refresh()

    def _on_views(self, view) -> None:
        if view.run_id != self.document.controller.run_id or not view.weights:
            return
        self._record(flat(view.weights))
        if self._live is not None:  # a past epoch is shown: keep it until show_live()
            self._live = view.weights
            return
        self._weights = view.weights
        self.refresh()

    def show_past(self, view) -> None:
        """Show the landscape around a past epoch's weights (the timeline scrubber)."""
        if self._live is None:
            self._live = self._weights
        self._weights = view.weights
        self.refresh()

    def show_live(self) -> None:
        """Back to the latest weights after :meth:`show_past`."""
        if self._live is not None:
            self._weights, self._live = self._live, None
            self.refresh()

    def _record(self, theta: np.ndarray) -> None:
        """Keep every ``stride``-th view; beyond MAX_PATH points drop every other one."""
        self._seen += 1
        if self._seen % self._stride:
            return
        self._path.append(theta)
        if len(self._path) > MAX_PATH:
            self._path = self._path[::2]
            self._stride *= 2

    @property
    def path_length(self) -> int:
        return len(self._path)

    # ------------------------------------------------------------ controls
    def _set_spin_ranges(self) -> None:
        data = self.layer_combo.currentData()
        if data is None:
            return
        layer, kind = data
        lay = self.document.experiment.network.layers[layer]
        self.row_spin.setEnabled(kind == "kernel")
        self.row_spin.setRange(0, lay.fan_in - 1 if kind == "kernel" else 0)
        self.col_spin.setRange(0, lay.units - 1)

    def _on_layer(self, _i: int) -> None:
        self._set_spin_ranges()
        self._on_param_spin()

    def _on_param_spin(self, *_args) -> None:
        data = self.layer_combo.currentData()
        if data is None:
            return
        layer, kind = data
        net = self.document.experiment.network
        row = self.row_spin.value() if kind == "kernel" else 0
        self.select_parameter(param_index(net, layer, kind, row, self.col_spin.value()))

    # ------------------------------------------------------------ results
    def _on_result(self, result) -> None:
        pending = self.worker.pending_count() if self.worker is not None else 0
        if result.request.generation != self._generation and pending:
            return  # a newer request is already waiting: skip drawing this one
        s = result.slice_1d
        if s.param.index != self._index:
            return
        self.plot_1d.show_slice(s)
        self.plot_2d.show_slice(result.slice_2d)
        # One line at 1366 px, so the plots keep their height; the rest in the tooltip.
        text = self.tr("%1 = %2 · loss %3 · slope ∂L/∂w = %4 · next SGD step (η = %5) → %6")
        for k, v in enumerate(
            (
                s.param.label,
                numbers.number(s.value, ".4g"),  # the window's decimal separator
                numbers.number(s.loss, ".4g"),
                numbers.number(s.slope, ".3g"),
                numbers.number(s.learning_rate, "g"),
                numbers.number(s.next_value, ".4g"),
            ),
            start=1,
        ):
            text = text.replace(f"%{k}", v)
        if result.slice_2d is None:
            text += " " + self.tr("PCA needs a few recorded epochs: press Play.")
        self.status.setText(text)
        self.status.setToolTip(
            self.tr(
                "The next step is plain gradient descent on the whole training set at the "
                "current learning rate η: w − η·∂L/∂w. The 2-D slice took %1 ms."
            ).replace("%1", f"{1000 * result.seconds:.0f}")
        )

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not compute the landscape: %1").replace("%1", message))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()
