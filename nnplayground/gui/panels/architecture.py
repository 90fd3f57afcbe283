"""The architecture panel: input features, hidden layer editors and the output layer.

Emits ``config_changed(ExperimentConfig)`` with a new full config on every user edit and
never one whose output activation does not fit the loss: that choice is refused with the
reason shown in ``architectureMessage``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import activations, datasets, losses
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, output_units
from nnplayground.engine.diagnostics import LayerStats
from nnplayground.engine.features import FEATURE_LABELS
from nnplayground.gui.messages import localized
from nnplayground.gui.panels.common import message_label, show_message
from nnplayground.gui.panels.help_texts import label
from nnplayground.gui.panels.layer_editor import LayerEditor
from nnplayground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS

_RED, _ORANGE = "#b00020", "#a05a00"
_CHIP_STYLE = (
    "QLabel { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 6px;"
    " background: palette(alternate-base); }"
)


def _discard(widget: QWidget) -> None:
    """Detach ``widget`` now (so findChild no longer sees it) and delete it later."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


#: Closed layer rows the list shows before it scrolls (six fit a 1366 x 768 screen).
ROWS_SHOWN = 6


class ArchitecturePanel(QWidget):
    """Edits ``cfg.network``. ``set_config`` updates existing editors in place."""

    config_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("architecturePanel")
        self._config = ExperimentConfig()
        self._editors: list[LayerEditor] = []
        self._features: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._make_inputs_box())
        layout.addWidget(self._make_hidden_box(), 1)
        layout.addWidget(self._make_output_box())
        self.set_config(self._config)

    # --- construction -------------------------------------------------------------------

    def _make_inputs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inputs"), self)
        box.setToolTip(self.tr("Features fed to the network; choose them in the Data panel"))
        self._chips = QHBoxLayout(box)
        self._chips.setContentsMargins(6, 2, 6, 4)
        self._chips.setSpacing(4)
        return box

    def _make_hidden_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hidden layers"), self)
        self._layers_widget = QWidget()
        self._layers_layout = QVBoxLayout(self._layers_widget)
        self._layers_layout.setContentsMargins(0, 0, 0, 0)
        self._layers_layout.setSpacing(4)
        self._layers_layout.addStretch(1)
        self.scroll = QScrollArea(box)
        self.scroll.setObjectName("layerScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._layers_widget)
        self.add_button = QPushButton(self.tr("+ Add layer"), box)
        self.add_button.setObjectName("addLayerButton")
        self.add_button.setToolTip(
            # The text names the limit (16) as it stands in the translations; a test
            # checks the two agree.
            self.tr("Add a hidden layer with the settings of the last one (at most 16)")
        )
        self.remove_button = QPushButton(self.tr("− Remove last"), box)
        self.remove_button.setObjectName("removeLayerButton")
        self.remove_button.setToolTip(self.tr("Remove the last hidden layer"))
        self.count_label = QLabel(box)
        self.count_label.setObjectName("layerCountLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_layer)
        self.remove_button.clicked.connect(self.remove_last_layer)
        return box

    def _make_output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Output"), self)
        self.output_editor = LayerEditor(0, output=True, parent=box)
        self.output_editor.activation.combo.setToolTip(
            self.tr("Output activation; only those that fit the task and loss are enabled")
        )
        self.output_label = QLabel(box)
        self.output_label.setObjectName("outputLabel")
        self.message = message_label("architectureMessage", box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.output_label)
        layout.addWidget(self.output_editor)
        layout.addWidget(self.message)
        self.output_editor.changed.connect(self._on_output_changed)
        return box

    # --- public API ---------------------------------------------------------------------

    def config(self) -> ExperimentConfig:
        return self._config

    def layer_editors(self) -> list[LayerEditor]:
        return list(self._editors)

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show ``cfg`` without emitting; editors are reused and updated in place.
        ValueError (and nothing changes) when a value is beyond what an editor can show."""
        self.check_config(cfg)
        self._config = cfg
        self._set_features(cfg.data.features)
        hidden = cfg.network.hidden
        while len(self._editors) < len(hidden):
            self._append_editor()
        while len(self._editors) > len(hidden):
            editor = self._editors.pop()
            self._layers_layout.removeWidget(editor)
            _discard(editor)
        for i, (editor, layer) in enumerate(zip(self._editors, hidden, strict=True)):
            editor.set_index(i, len(hidden))
            editor.set_layer(layer)
        self._update_output(cfg)
        self._update_counts()
        self._fit_scroll_width()

    def check_config(self, cfg: ExperimentConfig) -> None:
        """ValueError with one sentence when ``cfg`` holds a value an editor cannot show."""
        hidden = cfg.network.hidden
        if len(hidden) > MAX_HIDDEN_LAYERS:
            raise ValueError(
                f"The network has {len(hidden)} hidden layers; the editor shows at most "
                f"{MAX_HIDDEN_LAYERS}."
            )
        probe = self._editors[0] if self._editors else None
        for layer in hidden:
            if probe is not None:
                probe.check_layer(layer)
            elif not 1 <= layer.units <= MAX_UNITS:
                raise ValueError(
                    f"The number of units {layer.units} is outside what the editor can "
                    f"show (1 to {MAX_UNITS})."
                )
        self.output_editor.check_layer(cfg.network.output)

    def set_layer_status(self, stats: list[LayerStats] | None) -> None:
        """Mark dead / saturated units per layer from diagnostics ``LayerStats`` (None clears)."""
        editors = [*self._editors, self.output_editor]
        for i, editor in enumerate(editors):
            item = stats[i] if stats and i < len(stats) else None
            editor.set_status(*self._status_text(item))

    # --- layers ---------------------------------------------------------------------------

    def _append_editor(self) -> None:
        editor = LayerEditor(len(self._editors), parent=self._layers_widget)
        editor.changed.connect(lambda e=editor: self._on_layer_changed(e.index()))
        editor.move_requested.connect(self.move_layer)
        editor.remove_requested.connect(self.remove_layer)
        self._layers_layout.insertWidget(len(self._editors), editor)
        self._editors.append(editor)

    def _with_hidden(self, hidden: tuple[LayerConfig, ...]) -> ExperimentConfig:
        return replace(self._config, network=replace(self._config.network, hidden=hidden))

    def add_layer(self) -> None:
        """Append a hidden layer copying the last one (4 tanh units if there is none)."""
        hidden = self._config.network.hidden
        if len(hidden) >= MAX_HIDDEN_LAYERS:
            return
        new = hidden[-1] if hidden else LayerConfig(4, activation=Component("tanh"))
        self._emit(self._with_hidden((*hidden, new)))
        self.scroll.ensureWidgetVisible(self._editors[-1])

    def remove_last_layer(self) -> None:
        if self._config.network.hidden:
            self.remove_layer(len(self._config.network.hidden) - 1)

    def remove_layer(self, index: int) -> None:
        hidden = list(self._config.network.hidden)
        if 0 <= index < len(hidden):
            del hidden[index]
            self._emit(self._with_hidden(tuple(hidden)))

    def move_layer(self, index: int, delta: int) -> None:
        """Swap layer ``index`` with its neighbour ``index + delta``."""
        hidden = list(self._config.network.hidden)
        other = index + delta
        if 0 <= index < len(hidden) and 0 <= other < len(hidden):
            hidden[index], hidden[other] = hidden[other], hidden[index]
            self._emit(self._with_hidden(tuple(hidden)))

    def _on_layer_changed(self, index: int) -> None:
        hidden = list(self._config.network.hidden)
        hidden[index] = self._editors[index].layer()
        self._emit(self._with_hidden(tuple(hidden)))

    # --- output ---------------------------------------------------------------------------

    def _on_output_changed(self) -> None:
        layer = self.output_editor.layer()
        cfg = self._config
        reason = losses.check_pairing(
            cfg.task,
            datasets.describe(cfg.data).n_classes,
            cfg.training.loss.name,
            layer.activation.name,
        )
        if reason:
            show_message(self.message, reason, "error")
            return
        self._emit(replace(cfg, network=replace(cfg.network, output=layer)))

    def _update_output(self, cfg: ExperimentConfig) -> None:
        n_classes = datasets.describe(cfg.data).n_classes
        loss = cfg.training.loss.name
        reasons = {}
        for name in activations.REGISTRY.names():
            reason = losses.check_pairing(cfg.task, n_classes, loss, name)
            if reason:
                reasons[name] = localized(reason)
        self.output_editor.activation.set_disabled_reasons(reasons)
        self.output_editor.set_layer(cfg.network.output)
        units = output_units(cfg.task, n_classes)
        act = cfg.network.output.activation.name
        if cfg.task == "regression":
            what = self.tr("regression")
        elif n_classes <= 2:
            what = self.tr("binary classification")
        else:
            what = self.tr("%1 classes").replace("%1", str(n_classes))
        unit_text = (
            self.tr("1 unit") if units == 1 else self.tr("%1 units").replace("%1", str(units))
        )
        self.output_label.setText(
            self.tr("Output: %1 (%2) — %3").replace("%1", unit_text).replace("%2", label(act))
            .replace("%3", what)
        )  # fmt: skip
        show_message(self.message, reasons.get(activations.REGISTRY.canonical(act), ""), "error")

    # --- helpers --------------------------------------------------------------------------

    def _emit(self, cfg: ExperimentConfig) -> None:
        self.set_config(cfg)
        self.config_changed.emit(cfg)

    def _set_features(self, features: tuple[str, ...]) -> None:
        if features == self._features:
            return
        self._features = tuple(features)
        while self._chips.count():
            item = self._chips.takeAt(0)
            if item.widget() is not None:
                _discard(item.widget())
        for name in features:
            chip = QLabel(FEATURE_LABELS.get(name, name), self)
            chip.setObjectName(f"featureChip_{name}")
            chip.setStyleSheet(_CHIP_STYLE)
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            chip.setToolTip(
                self.tr("Input feature %1").replace("%1", FEATURE_LABELS.get(name, name))
            )
            self._chips.addWidget(chip)
        self._chips.addStretch(1)

    def _fit_scroll_width(self) -> None:
        """QScrollArea ignores its content's minimum width: reserve it plus the scroll bar,
        so editors are never hidden under the bar (horizontal scrolling is off). Its
        height shows up to ROWS_SHOWN closed rows without scrolling."""
        content = self._layers_widget.minimumSizeHint().width()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setMinimumWidth(content + bar + frame)
        rows = self._editors[:ROWS_SHOWN]
        spacing = self._layers_layout.spacing()
        height = sum(e.sizeHint().height() + spacing for e in rows) if rows else 0
        self.scroll.setMinimumHeight(height + frame)

    def _update_counts(self) -> None:
        n = len(self._editors)
        self.add_button.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.remove_button.setEnabled(n > 0)
        self.count_label.setText(self.tr("%1 / %2 layers").replace("%1", str(n))
                                 .replace("%2", str(MAX_HIDDEN_LAYERS)))  # fmt: skip

    def _status_text(self, stats: LayerStats | None) -> tuple[str, str]:
        """'2/8 dead' (red), '3/8 saturated' (orange) or 'identical units' (orange), from
        the verdicts the diagnostics computed (the diagnostics panel shows the same)."""
        if stats is None:
            return "", _RED
        counts = (
            (self.tr("%1/%2 dead"), stats.dead_count, _RED),
            (self.tr("%1/%2 saturated"), stats.saturated_count, _ORANGE),
        )
        for text, count, colour in counts:
            if count:
                return text.replace("%1", str(count)).replace("%2", str(stats.units)), colour
        if stats.identical:
            return self.tr("identical units"), _ORANGE
        return "", _RED
