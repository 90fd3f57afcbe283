"""The "Weight" editor: one weight or bias, selected in the network view, changed by a
slider, the mouse wheel or typing. Every change goes through the document (undoable,
with the run held); the editor works only while training is paused or idle.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from nnplayground.engine.landscape import ParamInfo, param_info
from nnplayground.gui.document import Document
from nnplayground.gui.panels.number_spin import NumberSpinBox

#: Slider positions on each side of 0; the slider spans ±range around 0.
SLIDER_STEPS = 1000
#: The slider spans at least ±this, and twice the value's size when it is larger.
MIN_RANGE = 3.0
#: The spin box accepts weights up to this size.
MAX_VALUE = 1e6


class WeightEditor(QWidget):
    """Shows the selected parameter and edits it; ``select(index)`` picks one."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightEditor")
        self.setToolTip(self.tr("Change one weight or bias by hand while training is paused."))
        self.setAccessibleName(self.tr("Weight editor"))
        self.document = document
        self._info: ParamInfo | None = None
        self._range = MIN_RANGE
        self.nameLabel = QLabel(self.tr("Click a link (weight) or a neuron (bias) in the network."))
        self.nameLabel.setObjectName("weightNameLabel")
        self.nameLabel.setToolTip(self.tr("The weight or bias being edited."))
        self.nameLabel.setAccessibleName(self.tr("Selected weight"))
        self.nameLabel.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("weightSlider")
        self.slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
        self.slider.setToolTip(self.tr("Drag (or turn the mouse wheel) to change the weight."))
        self.slider.setAccessibleName(self.tr("Weight value slider"))
        self.spin = NumberSpinBox()
        self.spin.setObjectName("weightSpin")
        self.spin.setRange(-MAX_VALUE, MAX_VALUE)
        self.spin.setToolTip(self.tr("Type a value for the weight, or turn the mouse wheel."))
        self.spin.setAccessibleName(self.tr("Weight value"))
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nameLabel)
        layout.addLayout(row)
        layout.addStretch(1)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._rescale)
        self.spin.valueChanged.connect(self._on_spin)
        document.parameter_changed.connect(self._on_parameter_changed)
        document.state_changed.connect(self._on_state)
        document.weights_changed.connect(self._on_weights)
        self._on_state(document.controller.state)

    # ------------------------------------------------------------ API
    @property
    def index(self) -> int | None:
        """The flat index of the parameter being edited (None: none selected)."""
        return None if self._info is None else self._info.index

    def select(self, index: int) -> None:
        """Edit flat parameter ``index`` of the document's network."""
        self._info = param_info(self.document.experiment.network, int(index))
        self.nameLabel.setText(self._name(self._info))
        self._show(self.document.parameter(self._info.index), rescale=True)
        self._on_state(self.document.controller.state)

    # ------------------------------------------------------------ internals
    def _name(self, info: ParamInfo) -> str:
        if info.kind == "bias":
            return self.tr("{0}: bias of neuron {1} in layer {2}").format(
                info.label, info.col + 1, info.layer + 1
            )
        if info.layer == 0:
            return self.tr("{0}: weight from input {1} to neuron {2} of hidden layer 1").format(
                info.label, info.row + 1, info.col + 1
            )
        return self.tr("{0}: weight from neuron {1} to neuron {2} of layer {3}").format(
            info.label, info.row + 1, info.col + 1, info.layer + 1
        )

    def _show(self, value: float, rescale: bool = False) -> None:
        if rescale or abs(value) > self._range:
            self._range = max(MIN_RANGE, 2.0 * abs(value)) if math.isfinite(value) else MIN_RANGE
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.spin.setValue(value)
            pos = round(value / self._range * SLIDER_STEPS) if math.isfinite(value) else 0
            self.slider.setValue(max(-SLIDER_STEPS, min(SLIDER_STEPS, pos)))

    def _on_slider(self, pos: int) -> None:
        if self._info is not None:
            # One undo step per drag or wheel turn: consecutive slider moves merge.
            value = pos / SLIDER_STEPS * self._range
            self.document.set_parameter(self._info.index, value, merge=True)

    def _rescale(self) -> None:
        if self._info is not None:
            self._show(self.document.parameter(self._info.index), rescale=True)

    def _on_spin(self, value: float) -> None:
        if self._info is not None:
            self.document.set_parameter(self._info.index, value)

    def _on_parameter_changed(self, index: int) -> None:
        if self._info is not None and index == self._info.index:
            self._show(self.document.parameter(index))

    def _on_weights(self) -> None:
        """A new network (or new data): the selection stays if it still exists."""
        net = self.document.experiment.network
        if self._info is not None and self._info.index < net.n_params:
            self.select(self._info.index)
        else:
            self._info = None
            self.nameLabel.setText(
                self.tr("Click a link (weight) or a neuron (bias) in the network.")
            )
            self._on_state(self.document.controller.state)

    def _on_state(self, state: str) -> None:
        running = state == "running"
        usable = not running and self._info is not None
        for widget in (self.slider, self.spin):
            widget.setEnabled(usable)
        if running:
            tip = self.tr("Pause training to change a weight by hand.")
        elif self._info is None:
            tip = self.tr("Select a weight first: click a link or a neuron in the network.")
        else:
            tip = self.tr("Drag (or turn the mouse wheel) to change the weight.")
        self.slider.setToolTip(tip)
        self.spin.setToolTip(
            tip if running or self._info is None
            else self.tr("Type a value for the weight, or turn the mouse wheel.")
        )  # fmt: skip
