"""Editor of one dense layer: units, activation and the two initializers, compactly laid out.

The architecture panel keeps one editor per hidden layer (plus one for the output layer)
and updates them in place; an editor never builds anything.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

from nnplayground.engine import activations, initializers
from nnplayground.engine.config import LayerConfig
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.number_spin import check_fits
from nnplayground.limits import MAX_UNITS


class LayerEditor(QFrame):
    """One layer. ``output=True`` hides the units and the reorder/remove buttons.

    Signals: ``changed()`` on any user edit; ``move_requested(index, delta)`` with delta
    -1 (up) or +1 (down); ``remove_requested(index)``.
    """

    changed = Signal()
    move_requested = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, index: int, output: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._output = output
        self._layer = LayerConfig(4)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        names = None if output else activations.hidden_names()
        self.activation = ComponentEditor(
            activations.REGISTRY, "activation", "activationCombo", self, names=names
        )
        self.kernel_init = ComponentEditor(
            initializers.REGISTRY, "initializer", "kernelInitCombo", self
        )
        self.bias_init = ComponentEditor(
            initializers.REGISTRY, "initializer", "biasInitCombo", self
        )
        self.activation.combo.setToolTip(self.tr("Activation function of this layer"))
        self.title = QLabel(self)
        self.title.setObjectName("layerTitle")
        self.status = QLabel(self)
        self.status.setObjectName("layerStatus")
        self.status.setToolTip(self.tr("Dead / saturated units measured during training"))
        self.units_spin = QSpinBox(self)
        self.units_spin.setObjectName("unitsSpin")
        self.units_spin.setRange(1, MAX_UNITS)
        self.units_spin.setKeyboardTracking(False)
        # The text names the limit (256) as it stands in the translations; a test checks it.
        self.units_spin.setToolTip(self.tr("Number of neurons in this layer (1 to 256)"))
        self.units_spin.setVisible(not output)
        self._buttons = self._make_buttons()
        self._lay_out()
        self.set_index(index)
        self.units_spin.valueChanged.connect(self._emit_changed)
        for editor in (self.activation, self.kernel_init, self.bias_init):
            editor.changed.connect(self._emit_changed)

    def _make_buttons(self) -> list[QToolButton]:
        style = self.style()
        pix = QStyle.StandardPixmap
        specs = (
            ("moveUpButton", pix.SP_ArrowUp, self.tr("Move this layer up"), -1),
            ("moveDownButton", pix.SP_ArrowDown, self.tr("Move this layer down"), 1),
            ("removeThisLayerButton", pix.SP_DialogCloseButton, self.tr("Remove this layer"), 0),
        )
        buttons = []
        for name, icon, tip, delta in specs:
            button = QToolButton(self)
            button.setObjectName(name)
            button.setIcon(style.standardIcon(icon))
            button.setAutoRaise(True)
            button.setToolTip(tip)
            button.setVisible(not self._output)
            if delta:
                button.clicked.connect(
                    lambda _=False, d=delta: self.move_requested.emit(self._index, d)
                )
            else:
                button.clicked.connect(lambda _=False: self.remove_requested.emit(self._index))
            buttons.append(button)
        return buttons

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        header = QHBoxLayout()
        header.addWidget(self.title)
        if not self._output:
            header.addWidget(self.units_spin)
            header.addWidget(QLabel(self.tr("units"), self))
        header.addStretch(1)
        header.addWidget(self.status)
        for button in self._buttons:
            header.addWidget(button)
        grid.addLayout(header, 0, 0, 1, 2)
        rows = (
            (self.tr("Activation"), self.activation),
            (self.tr("Weights init"), self.kernel_init),
            (self.tr("Bias init"), self.bias_init),
        )
        for row, (text, editor) in enumerate(rows, start=1):
            caption = QLabel(text, self)
            caption.setBuddy(editor.combo)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(editor, row, 1)
        grid.setColumnStretch(1, 1)

    # --- index ----------------------------------------------------------------------------

    def index(self) -> int:
        return self._index

    def set_index(self, index: int, count: int | None = None) -> None:
        """Renumber this editor (objectName ``layerEditor{index}``); ``count`` enables arrows."""
        self._index = index
        if self._output:
            self.setObjectName("outputEditor")
            self.title.setText(self.tr("<b>Output layer</b>"))
        else:
            self.setObjectName(f"layerEditor{index}")
            self.title.setText(self.tr("<b>Layer %1</b>").replace("%1", str(index + 1)))
        if count is not None:
            self._buttons[0].setEnabled(index > 0)
            self._buttons[1].setEnabled(index < count - 1)

    # --- value ----------------------------------------------------------------------------

    def layer(self) -> LayerConfig:
        """The layer as currently shown (output units are kept from the last ``set_layer``)."""
        units = self._layer.units if self._output else self.units_spin.value()
        return replace(
            self._layer,
            units=units,
            activation=self.activation.component(),
            kernel_initializer=self.kernel_init.component(),
            bias_initializer=self.bias_init.component(),
        )

    def check_layer(self, layer: LayerConfig) -> None:
        """ValueError when ``layer`` holds a value this editor cannot show."""
        if not self._output:
            check_fits(self.units_spin, layer.units, "number of units")
        self.activation.check_component(layer.activation)
        self.kernel_init.check_component(layer.kernel_initializer)
        self.bias_init.check_component(layer.bias_initializer)

    def set_layer(self, layer: LayerConfig) -> None:
        """Show ``layer`` in place, without emitting ``changed``; ValueError (and nothing
        changes) when a value is beyond what a widget can show: never clamp it."""
        self.check_layer(layer)
        self._layer = layer
        with QSignalBlocker(self.units_spin):
            self.units_spin.setValue(layer.units)
        self.activation.set_component(layer.activation)
        self.kernel_init.set_component(layer.kernel_initializer)
        self.bias_init.set_component(layer.bias_initializer)

    def set_status(self, text: str, colour: str = "#b00020") -> None:
        """Small coloured diagnostic text next to the title ('' clears it)."""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()
