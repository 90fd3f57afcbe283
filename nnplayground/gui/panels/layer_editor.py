"""Editor of one dense layer as one compact row: units, activation and weight initializer.

The parameters (Leaky ReLU's slope, an initializer's scale, mean or stddev), the bias
initializer and the reorder buttons sit in a details row that the ▸ button opens, so six
layers fit a 1366 × 768 screen without scrolling and no row is wider than its panel.
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
    QVBoxLayout,
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
        self.details = QWidget(self)
        self.details.setObjectName("layerDetails")
        self._activation_params = QHBoxLayout()
        self._kernel_params = QHBoxLayout()
        names = None if output else activations.hidden_names()
        self.activation = ComponentEditor(
            activations.REGISTRY, "activation", "activationCombo", self, names=names,
            params_layout=self._activation_params,
        )  # fmt: skip
        self.kernel_init = ComponentEditor(
            initializers.REGISTRY, "initializer", "kernelInitCombo", self,
            params_layout=self._kernel_params,
        )  # fmt: skip
        self.bias_init = ComponentEditor(
            initializers.REGISTRY, "initializer", "biasInitCombo", self.details
        )
        self.activation.combo.setToolTip(self.tr("Activation function of this layer"))
        # Names for screen readers (the combos' tooltips become the chosen entry's help).
        for editor, caption in ((self.activation, self.tr("Activation")),
                                (self.kernel_init, self.tr("Weights init")),
                                (self.bias_init, self.tr("Bias init"))):  # fmt: skip
            editor.combo.setProperty("accessibleCaption", caption)
        self.kernel_init.combo.setToolTip(self.tr("How this layer's weights start"))
        for editor in (self.activation, self.kernel_init):
            # Narrow combos in the row (the popup still shows full names): six rows and
            # the output fit the left column of a 1366-pixel screen.
            editor.combo.setMinimumContentsLength(5)
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("layerDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolTip(
            self.tr("Show the parameters, the bias initializer and the reorder buttons")
        )
        self.details_button.setProperty("accessibleCaption", self.tr("Layer details"))
        self.details_button.toggled.connect(self.set_details_visible)
        self.title = QLabel(self)
        self.title.setObjectName("layerTitle")
        self.status = QLabel(self)
        self.status.setObjectName("layerStatus")
        self.status.setToolTip(self.tr("Dead / saturated units measured during training"))
        # The row shows a coloured dot when the layer has a problem; its text is the tooltip
        # (the full sentence is in the details row).
        self.badge = QLabel(self)
        self.badge.setObjectName("layerStatusBadge")
        # Room kept for the dot, so rows stay aligned whether a layer has a problem or not.
        self.badge.setFixedWidth(self.fontMetrics().horizontalAdvance("●") + 2)
        self.units_spin = QSpinBox(self)
        self.units_spin.setObjectName("unitsSpin")
        self.units_spin.setRange(1, MAX_UNITS)
        self.units_spin.setKeyboardTracking(False)
        # The text names the limit (256) as it stands in the translations; a test checks it.
        self.units_spin.setToolTip(self.tr("Number of neurons in this layer (1 to 256)"))
        self.units_spin.setVisible(not output)
        self.units_spin.setProperty("accessibleCaption", self.tr("Units"))
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
        row = QHBoxLayout()
        row.setSpacing(4)
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("L16") + 4)
        row.addWidget(self.title)
        row.addWidget(self.badge)
        if not self._output:
            self.units_spin.setFixedWidth(self.fontMetrics().horizontalAdvance("0000") + 30)
            row.addWidget(self.units_spin)
        row.addWidget(self.activation, 1)
        row.addWidget(self.kernel_init, 1)
        row.addWidget(self.details_button)
        if not self._output:
            row.addWidget(self._buttons[2])  # remove: on the row; reordering in the details
        details = QGridLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setHorizontalSpacing(6)
        details.setVerticalSpacing(2)
        captions = (
            (self.tr("Activation"), self._activation_params),
            (self.tr("Weights init"), self._kernel_params),
        )
        for i, (text, params) in enumerate(captions):
            params.addStretch(1)
            details.addWidget(QLabel(text, self.details), i, 0)
            details.addLayout(params, i, 1)
        bias_caption = QLabel(self.tr("Bias init"), self.details)
        bias_caption.setBuddy(self.bias_init.combo)
        details.addWidget(bias_caption, 2, 0)
        details.addWidget(self.bias_init, 2, 1)
        if not self._output:
            moves = QHBoxLayout()
            moves.addWidget(self.status, 1)
            moves.addWidget(self._buttons[0])
            moves.addWidget(self._buttons[1])
            details.addLayout(moves, 3, 0, 1, 2)
        details.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.details)
        if self._output:
            # The output layer's status shows under its row (it has no reorder line).
            outer.addWidget(self.status)
        self.details.setVisible(False)

    def set_details_visible(self, visible: bool) -> None:
        """Open or close the details row (parameters, bias initializer, reordering)."""
        with QSignalBlocker(self.details_button):
            self.details_button.setChecked(visible)
        arrow = Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)
        self.details.setVisible(visible)

    # --- index ----------------------------------------------------------------------------

    def index(self) -> int:
        return self._index

    def set_index(self, index: int, count: int | None = None) -> None:
        """Renumber this editor (objectName ``layerEditor{index}``); ``count`` enables arrows."""
        self._index = index
        if self._output:
            self.setObjectName("outputEditor")
            self.title.setText(self.tr("<b>Out</b>"))
            self.title.setToolTip(self.tr("The output layer"))
            self.setAccessibleName(self.tr("Output layer"))
        else:
            self.setObjectName(f"layerEditor{index}")
            self.title.setText(self.tr("<b>L%1</b>").replace("%1", str(index + 1)))
            self.title.setToolTip(self.tr("Hidden layer %1").replace("%1", str(index + 1)))
            # Screen readers name this row's controls after it ("Hidden layer 2: …").
            self.setAccessibleName(self.title.toolTip())
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
        """Coloured diagnostic text in the details and a dot on the row ('' clears both)."""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
        self.badge.setText("●" if text else "")
        self.badge.setStyleSheet(f"color: {colour};")
        self.badge.setToolTip(text)

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()
