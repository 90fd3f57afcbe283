"""The training panel: loss, optimizer, schedule and stop rules, run controls and readouts.

Edits emit ``config_changed(ExperimentConfig)``, once per edit; the learning rate too
(the window hands live fields such as it to the running trainer without a reset).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import activations, datasets, losses, optimizers
from nnplayground.engine.config import ExperimentConfig, TrainingConfig
from nnplayground.gui.panels.common import (
    pairing_reason,
    show_message,
    valid_losses,
    with_head,
)
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.number_spin import check_fits
from nnplayground.gui.panels.training_widgets import RunControls, double_spin, int_spin
from nnplayground.limits import MAX_BATCH_SIZE, MAX_EPOCHS, MAX_LEARNING_RATE, MAX_SEED
from nnplayground.messages import message_of

MIN_LEARNING_RATE = 1e-12  # the schema only asks for > 0; smaller steps learn nothing
MAX_TARGET_LOSS = 1e6


class TrainingPanel(QWidget):
    """Edits ``cfg.training`` and drives the run.

    Signals: ``config_changed(object)``, ``play_toggled(bool)``, ``step_requested()``,
    ``reset_requested(bool new_seed)``.
    """

    config_changed = Signal(object)
    play_toggled = Signal(bool)
    step_requested = Signal()
    reset_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self._config = ExperimentConfig()
        self._refused = False  # the banner shows a refused optimizer edit
        # The run bar heads this panel; the main window moves it above every panel.
        self.controls = RunControls(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addWidget(self._make_method_box())
        layout.addWidget(self._make_stop_box())
        layout.addStretch(1)
        self.controls.add_learning_rate(self.lr_spin)
        self._expose_controls()
        self._connect()
        self.set_config(self._config)

    # --- construction -------------------------------------------------------------------

    def _expose_controls(self) -> None:
        c = self.controls
        self.play_button, self.step_button = c.play_button, c.step_button
        self.reset_button, self.new_seed_button = c.reset_button, c.new_seed_button
        self.epoch_label, self.eps_label = c.epoch_label, c.eps_label
        self.train_loss_label, self.test_loss_label = c.train_loss_label, c.test_loss_label
        self.accuracy_label, self.message = c.accuracy_label, c.message
        self.speed_slider = c.speed_slider

    def _make_method_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Loss and optimizer"), self)
        self.loss_editor = ComponentEditor(losses.REGISTRY, "loss", "lossCombo", box)
        self.optimizer_editor = ComponentEditor(
            optimizers.REGISTRY, "optimizer", "optimizerCombo", box, params_below=True
        )
        self.lr_spin = double_spin(
            box, "learningRateSpin", MIN_LEARNING_RATE, MAX_LEARNING_RATE,
            self.tr("Step size; takes effect immediately, even while training"),
        )  # fmt: skip
        self.batch_spin = int_spin(
            box, "batchSizeSpin", 1, MAX_BATCH_SIZE, self.tr("Examples per weight update")
        )
        self.reg_combo = QComboBox(box)
        self.reg_combo.setObjectName("regularizationCombo")
        self.reg_combo.setToolTip(self.tr("Penalty on large weights"))
        for text, data in ((self.tr("None"), "none"), ("L1", "l1"), ("L2", "l2")):
            self.reg_combo.addItem(text, data)
        self.reg_rate_spin = double_spin(
            box, "regularizationRateSpin", 0.0, 10.0, self.tr("Strength of the penalty")
        )
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.reg_combo)
        reg_row.addWidget(self.reg_rate_spin, 1)
        form = QFormLayout(box)
        form.setContentsMargins(6, 4, 6, 4)
        form.addRow(self.tr("Loss"), self.loss_editor)
        form.addRow(self.tr("Optimizer"), self.optimizer_editor)
        form.addRow(self.tr("Batch size"), self.batch_spin)
        form.addRow(self.tr("Regularization"), reg_row)
        return box

    def _make_stop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Schedule and stopping"), self)
        self.epochs_spin = int_spin(
            box, "epochsSpin", 0, MAX_EPOCHS, self.tr("Stop after this many epochs (0 = no limit)")
        )
        self.epochs_spin.setSpecialValueText(self.tr("No limit"))
        self.epochs_spin.setSingleStep(100)
        self.target_check = self._check(
            box,
            "targetLossCheck",
            self.tr("Target test loss"),
            self.tr("Stop once the test loss reaches this value"),
        )
        self.target_spin = double_spin(
            box,
            "targetLossSpin",
            0.0,
            MAX_TARGET_LOSS,
            self.tr("Test loss at which training stops"),
        )
        self.patience_check = self._check(
            box,
            "patienceCheck",
            self.tr("Patience"),
            self.tr("Stop when the test loss stops improving"),
        )
        self.patience_spin = int_spin(
            box,
            "patienceSpin",
            1,
            MAX_EPOCHS,
            self.tr("Epochs without a better test loss before stopping"),
        )
        self.target_spin.setValue(0.01)  # shown while the rule is off; used once it is on
        self.patience_spin.setValue(50)
        self.shuffle_check = self._check(
            box,
            "shuffleCheck",
            self.tr("Shuffle every epoch"),
            self.tr("Visit the training points in a new order"),
        )
        self.seed_spin = int_spin(
            box,
            "trainingSeedSpin",
            0,
            MAX_SEED,
            self.tr("Seed of the initial weights and of the shuffling"),
        )
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        # One pair per row: the left column is narrow at 1366 pixels (French captions are
        # long), and this panel scrolls, off the main path.
        cells = (
            (QLabel(self.tr("Epoch limit"), box), self.epochs_spin),
            (QLabel(self.tr("Seed"), box), self.seed_spin),
            (self.target_check, self.target_spin),
            (self.patience_check, self.patience_spin),
        )
        for row, (caption, spin) in enumerate(cells):
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
        grid.addWidget(self.shuffle_check, len(cells), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box  # fmt: skip

    @staticmethod
    def _check(parent: QWidget, name: str, text: str, tip: str) -> QCheckBox:
        check = QCheckBox(text, parent)
        check.setObjectName(name)
        check.setToolTip(tip)
        return check

    def _connect(self) -> None:
        c = self.controls
        c.play_button.toggled.connect(self._on_play_toggled)
        c.step_button.clicked.connect(self.step_requested)
        c.reset_button.clicked.connect(lambda: self.reset_requested.emit(False))
        c.new_seed_button.clicked.connect(lambda: self.reset_requested.emit(True))
        self.loss_editor.changed.connect(self._on_loss_changed)
        self.optimizer_editor.changed.connect(self._on_optimizer_changed)
        self.lr_spin.valueChanged.connect(self._on_learning_rate)
        self.batch_spin.valueChanged.connect(lambda v: self._edit(batch_size=v))
        self.reg_combo.currentIndexChanged.connect(self._on_regularization)
        self.reg_rate_spin.valueChanged.connect(lambda v: self._edit(regularization_rate=v))
        self.epochs_spin.valueChanged.connect(lambda v: self._edit(epochs=v))
        for widget in (self.target_check, self.patience_check):
            widget.toggled.connect(self._on_stop_rules)
        self.target_spin.valueChanged.connect(self._on_stop_rules)
        self.patience_spin.valueChanged.connect(self._on_stop_rules)
        self.shuffle_check.toggled.connect(lambda v: self._edit(shuffle=v))
        self.seed_spin.valueChanged.connect(lambda v: self._edit(seed=v))

    # --- public API ---------------------------------------------------------------------

    def config(self) -> ExperimentConfig:
        return self._config

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show ``cfg.training`` without emitting; ValueError (and nothing changes) when a
        value is beyond what a widget can show, since a clamped value would be emitted."""
        self.check_config(cfg)
        self._config = cfg
        tr = cfg.training
        self.loss_editor.set_allowed(valid_losses(cfg.task, datasets.describe(cfg.data).n_classes))
        self.loss_editor.set_component(tr.loss)
        self.optimizer_editor.set_component(tr.optimizer)
        spins = [self.lr_spin, self.batch_spin, self.reg_combo, self.reg_rate_spin,
                 self.epochs_spin, self.target_check, self.target_spin, self.patience_check,
                 self.patience_spin, self.shuffle_check, self.seed_spin]  # fmt: skip
        blockers = [QSignalBlocker(w) for w in spins]
        self.lr_spin.setValue(tr.learning_rate)
        self.batch_spin.setValue(tr.batch_size)
        self.reg_combo.setCurrentIndex(max(0, self.reg_combo.findData(tr.regularization)))
        self.reg_rate_spin.setValue(tr.regularization_rate)
        self.epochs_spin.setValue(tr.epochs)
        self.target_check.setChecked(tr.target_loss is not None)
        if tr.target_loss is not None:
            self.target_spin.setValue(tr.target_loss)
        self.patience_check.setChecked(tr.patience is not None)
        if tr.patience is not None:
            self.patience_spin.setValue(tr.patience)
        self.shuffle_check.setChecked(tr.shuffle)
        self.seed_spin.setValue(tr.seed)
        del blockers
        self.reg_rate_spin.setEnabled(tr.regularization != "none")
        self.target_spin.setEnabled(tr.target_loss is not None)
        self.patience_spin.setEnabled(tr.patience is not None)
        self.controls.set_task(cfg.task)
        self.controls.set_limit(tr.epochs)

    def check_config(self, cfg: ExperimentConfig) -> None:
        """ValueError with one sentence when ``cfg`` holds a value a widget cannot show."""
        tr = cfg.training
        values = [(self.lr_spin, tr.learning_rate, "learning rate"),
                  (self.batch_spin, tr.batch_size, "batch size"),
                  (self.reg_rate_spin, tr.regularization_rate, "regularization rate"),
                  (self.epochs_spin, tr.epochs, "epoch limit"),
                  (self.target_spin, tr.target_loss, "target loss"),
                  (self.patience_spin, tr.patience, "patience"),
                  (self.seed_spin, tr.seed, "training seed")]  # fmt: skip
        for spin, value, what in values:
            if value is not None:
                check_fits(spin, value, what)
        self.loss_editor.check_component(tr.loss)
        self.optimizer_editor.check_component(tr.optimizer)

    def set_running(self, running: bool) -> None:
        """Show Play or Pause without emitting ``play_toggled``."""
        self.controls.set_running(running)

    def set_progress(self, epoch: int, epochs_per_second: float, train_loss: float,
                     test_loss: float, train_acc: float | None = None,
                     test_acc: float | None = None) -> None:  # fmt: skip
        """Update the readouts (accuracies may be None or NaN for regression)."""
        self.controls.set_progress(
            epoch, epochs_per_second, train_loss, test_loss, train_acc, test_acc
        )

    def show_message(self, text: str, level: str = "error") -> None:
        """Banner ``trainingMessage`` (red for errors such as a diverged run)."""
        show_message(self.message, text, level)

    def clear_message(self) -> None:
        show_message(self.message, "")

    # --- edits ----------------------------------------------------------------------------

    def _on_play_toggled(self, checked: bool) -> None:
        self.controls.set_running(checked)
        self.play_toggled.emit(checked)

    def _on_learning_rate(self, value: float) -> None:
        self._edit(learning_rate=value)  # one signal: config_changed

    def _on_regularization(self, _index: int) -> None:
        kind = self.reg_combo.currentData()
        rate = self._config.training.regularization_rate
        if kind != "none" and rate == 0.0:
            rate = 0.001  # a zero rate would make the choice do nothing
        self._edit(regularization=kind, regularization_rate=rate)

    def _on_stop_rules(self, *_args: object) -> None:
        target = self.target_spin.value() if self.target_check.isChecked() else None
        patience = self.patience_spin.value() if self.patience_check.isChecked() else None
        self._edit(target_loss=target, patience=patience)

    def _on_optimizer_changed(self) -> None:
        """Apply the optimizer edit, or refuse it (e.g. epsilon 0) with the engine's one-line
        reason and put the editor back to the optimizer in use: nothing is emitted."""
        comp = self.optimizer_editor.component()
        try:
            optimizers.REGISTRY.check_params(comp.name, comp.params)
        except ValueError as exc:
            self.optimizer_editor.set_component(self._config.training.optimizer)
            self._refused = True
            show_message(self.message, message_of(exc), "error")
            return
        if self._refused:
            self._refused = False
            self.clear_message()
        self._edit(optimizer=comp)

    def _on_loss_changed(self) -> None:
        """Switch the output activation too when it does not fit the new loss."""
        loss = self.loss_editor.component()
        cfg = replace(self._config, training=replace(self._config.training, loss=loss))
        if pairing_reason(cfg) is not None:
            cfg = with_head(cfg, _paired_activation(cfg))
        self._emit(cfg)

    def _edit(self, **changes: object) -> None:
        training: TrainingConfig = replace(self._config.training, **changes)
        self._emit(replace(self._config, training=training))

    def _emit(self, cfg: ExperimentConfig) -> None:
        self.set_config(cfg)
        self.config_changed.emit(cfg)


def _paired_activation(cfg: ExperimentConfig) -> str:
    """The output activation the loss is made for, else the first valid one."""
    loss_name = losses.REGISTRY.canonical(cfg.training.loss.name)
    fused = losses.spec(loss_name).fused_activation
    if fused and pairing_reason(cfg, fused) is None:
        return fused
    n_classes = datasets.describe(cfg.data).n_classes
    preferred = [losses.default_head(cfg.task, n_classes)[0], *activations.REGISTRY.names()]
    valid = losses.valid_output_activations(cfg.task, n_classes, loss_name, preferred)
    return valid[0] if valid else cfg.network.output.activation.name
