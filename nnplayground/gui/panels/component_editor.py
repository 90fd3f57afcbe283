"""A registry name combo box followed by one editor per parameter of the chosen entry.

Used for activations, initializers, losses and optimizers. ``component()`` returns a
:class:`~nnplayground.engine.config.Component`; ``set_component`` updates the widgets
without emitting ``changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine.config import Component
from nnplayground.engine.registry import Param, Registry
from nnplayground.gui.panels.help_texts import help_text, label, param_help
from nnplayground.gui.panels.number_spin import NumberSpinBox

_BIG = 1e6  # range used for a parameter without a declared minimum or maximum


def _range(param: Param) -> tuple[float, float]:
    """What the editor of a numeric ``param`` can show."""
    lo = float(param.minimum) if param.minimum is not None else -_BIG
    hi = float(param.maximum) if param.maximum is not None else _BIG
    return max(lo, -_BIG), min(hi, _BIG)


def _make_param_widget(param: Param, parent: QWidget) -> QWidget:
    """A spin box, check box or combo box for ``param``, set to its default."""
    if param.kind == "bool":
        widget: QWidget = QCheckBox(parent)
        widget.setChecked(bool(param.default))
        # No text of its own (the caption is a QLabel): keep it indicator-sized so a click
        # anywhere on it toggles it.
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    elif param.kind == "choice":
        widget = QComboBox(parent)
        for choice in param.choices:
            widget.addItem(choice, choice)
        widget.setCurrentIndex(max(0, widget.findData(param.default)))
    elif param.kind == "int":
        widget = QSpinBox(parent)
        lo, hi = _range(param)
        widget.setRange(int(lo), int(hi))
        widget.setValue(int(param.default))
    else:
        # Any decimal separator, scientific notation, and no rounding to fixed decimals.
        widget = NumberSpinBox(parent)
        widget.setRange(*_range(param))
        widget.setValue(float(param.default))
    if isinstance(widget, QAbstractSpinBox):
        widget.setKeyboardTracking(False)  # emit on Enter / focus-out, not every keystroke
        widget.setMaximumWidth(80)
    widget.setObjectName(f"param_{param.name}")
    widget.setToolTip(param_help(param.help) or param.name)
    return widget


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.value()  # type: ignore[attr-defined]


def _set_value(widget: QWidget, value: Any) -> None:
    with QSignalBlocker(widget):
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        else:
            widget.setValue(float(value))  # type: ignore[attr-defined]


class ComponentEditor(QWidget):
    """Combo of ``registry``'s names (item data = name) plus editors for its parameters.

    ``kind`` selects the help texts ("activation", "initializer", "loss", "optimizer").
    Emits ``changed()`` on every user edit, never from ``set_component``.
    """

    changed = Signal()

    def __init__(
        self,
        registry: Registry,
        kind: str,
        combo_name: str,
        parent: QWidget | None = None,
        names: list[str] | None = None,
        params_below: bool = False,
        params_layout: QBoxLayout | None = None,
    ) -> None:
        """``params_layout``: put the parameter editors there (a compact layer row keeps
        them in its expandable details) instead of beside the combo."""
        super().__init__(parent)
        self._registry = registry
        self._kind = kind
        self._explicit: set[str] = set()
        self._param_widgets: dict[str, QWidget] = {}
        self._param_labels: list[QLabel] = []
        self._reasons: dict[str, str] = {}
        self.combo = QComboBox(self)
        self.combo.setObjectName(combo_name)
        # Let the combo shrink (narrow side panels); the popup still shows full labels.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName(f"{combo_name}Help")
        self.help_button.setText("?")
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(self.tr("Explain the selected choice"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.combo, 1)
        row.addWidget(self.help_button)
        outer.addLayout(row)
        # Parameters sit on the combo's row (compact layer editors) or in a form below it.
        self._form: QFormLayout | None = None
        self._row = row
        self._params_row: QBoxLayout = params_layout if params_layout is not None else row
        if params_below:
            self._form = QFormLayout()
            self._form.setContentsMargins(12, 0, 0, 0)
            outer.addLayout(self._form)
        self._fill(names if names is not None else registry.names())
        self._rebuild_params()
        self.combo.currentIndexChanged.connect(self._on_name_changed)
        self.help_button.clicked.connect(self.show_help)

    # --- items --------------------------------------------------------------------------

    def _fill(self, names: list[str]) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for name in names:
                self.combo.addItem(label(name), name)
                summary = self._registry.entry(name).summary
                self.combo.setItemData(self.combo.count() - 1, summary, Qt.ItemDataRole.ToolTipRole)
        self._apply_reasons()
        self._update_tooltip()

    def names(self) -> list[str]:
        """The registry names currently listed, in order."""
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def set_allowed(self, names: list[str]) -> None:
        """List only ``names``; keeps the current choice if it is still listed."""
        if names == self.names():
            return
        current = self.name()
        self._fill(names)
        index = self.combo.findData(current)
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(0, index))
        if index < 0:
            self._explicit = set()
            self._rebuild_params()

    def set_disabled_reasons(self, reasons: dict[str, str]) -> None:
        """Disable the listed names; each item's tooltip becomes its one-line reason."""
        self._reasons = dict(reasons)
        self._apply_reasons()

    def _apply_reasons(self) -> None:
        model = self.combo.model()
        for i in range(self.combo.count()):
            name = self.combo.itemData(i)
            reason = self._reasons.get(name)
            if isinstance(model, QStandardItemModel):
                model.item(i).setEnabled(reason is None)
            tip = reason or self._registry.entry(name).summary
            self.combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)

    def reason(self, name: str | None = None) -> str | None:
        """Why ``name`` (default: the current one) is disabled, or None."""
        return self._reasons.get(name or self.name())

    # --- value --------------------------------------------------------------------------

    def name(self) -> str:
        return self.combo.currentData() or ""

    def component(self) -> Component:
        """The chosen name with parameters that differ from defaults or were set explicitly."""
        name = self.name()
        defaults = self._registry.defaults(name) if name else {}
        params = {}
        for key, widget in self._param_widgets.items():
            value = _value_of(widget)
            if key in self._explicit or value != defaults.get(key):
                params[key] = value
        return Component(name, params)

    def check_component(self, comp: Component) -> None:
        """ValueError when a parameter of ``comp`` is beyond what its editor can show."""
        name = self._registry.canonical(comp.name)
        for param in self._registry.params(name):
            value = comp.params.get(param.name)
            if param.kind in ("int", "float") and isinstance(value, int | float):
                lo, hi = _range(param)
                if not lo <= value <= hi:
                    raise ValueError(
                        f"The {param.name} {value:g} of {name} is outside what the editor "
                        f"can show ({lo:g} to {hi:g})."
                    )

    def set_component(self, comp: Component) -> None:
        """Show ``comp`` without emitting; parameter editors are rebuilt only on a new name.
        ValueError (and nothing changes) when a parameter is beyond its editor's range."""
        self.check_component(comp)
        name = self._registry.canonical(comp.name)
        if name != self.name():
            with QSignalBlocker(self.combo):
                index = self.combo.findData(name)
                if index < 0:  # not listed (restricted): show it anyway so nothing is lost
                    self.combo.addItem(label(name), name)
                    index = self.combo.count() - 1
                self.combo.setCurrentIndex(index)
            self._rebuild_params()
        self._explicit = set(comp.params)
        defaults = self._registry.defaults(name)
        for key, widget in self._param_widgets.items():
            _set_value(widget, comp.params.get(key, defaults[key]))
        self._update_tooltip()

    # --- parameters -----------------------------------------------------------------------

    def param_widget(self, name: str) -> QWidget | None:
        """The editor of parameter ``name`` (for the window and tests)."""
        return self._param_widgets.get(name)

    def _rebuild_params(self) -> None:
        if self._form is not None:
            while self._form.rowCount():
                self._form.removeRow(0)  # deletes the row's widgets
        else:
            for widget in [*self._param_widgets.values(), *self._param_labels]:
                self._params_row.removeWidget(widget)
                widget.hide()  # deleteLater waits for the event loop; do not paint it meanwhile
                widget.deleteLater()
        self._param_widgets, self._param_labels = {}, []
        name = self.name()
        for param in self._registry.params(name) if name else ():
            caption = QLabel(label(param.name), self)
            caption.setToolTip(param_help(param.help))
            widget = _make_param_widget(param, self)
            caption.setBuddy(widget)
            if self._form is not None:
                self._form.addRow(caption, widget)
            else:
                self._params_row.addWidget(caption)
                self._params_row.addWidget(widget)
            self._param_labels.append(caption)
            self._param_widgets[param.name] = widget
            self._connect(widget)

    def _connect(self, widget: QWidget) -> None:
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(self._on_param_changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_param_changed)
        else:
            widget.valueChanged.connect(self._on_param_changed)  # type: ignore[attr-defined]

    def _on_param_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _on_name_changed(self, _index: int) -> None:
        self._explicit = set()
        self._rebuild_params()
        self._update_tooltip()
        self.changed.emit()

    # --- help -----------------------------------------------------------------------------

    def help_text(self) -> str:
        """Extended help of the selected entry: help text, else the registry summary."""
        name = self.name()
        if not name:
            return ""
        return help_text(self._kind, name) or self._registry.entry(name).summary

    def _update_tooltip(self) -> None:
        name = self.name()
        text = self.help_text()
        title = f"<b>{label(name)}</b> ({name})" if name else ""
        tip = f"{title}<br>{text}" if text else title
        self.combo.setToolTip(tip or self.tr("Choose an entry"))
        self.combo.setWhatsThis(tip)

    def show_help(self) -> None:
        """Pop up the selected entry's help next to the "?" button."""
        pos = self.help_button.mapToGlobal(QPoint(0, self.help_button.height()))
        QToolTip.showText(pos, self.combo.toolTip(), self.help_button)
