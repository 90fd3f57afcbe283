"""Compare dialog: vary one setting, train 2–6 variants side by side, overlay their losses.

The dialog validates the choice with the engine (:func:`engine.compare.variant_configs`),
trains in a :class:`~nnplayground.gui.compare_worker.CompareWorker` thread, draws one
curve per variant (test loss dashed) and a summary table, and exports the plot (PNG/SVG)
and the curves (CSV). A diverged variant is a row in the table, not an error.
"""

from __future__ import annotations

import contextlib
import functools
import os

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import activations, compare, datasets, initializers, optimizers
from nnplayground.engine.config import ExperimentConfig
from nnplayground.gui import compare_worker
from nnplayground.gui.compare_plot import ComparePlot
from nnplayground.gui.compare_table import CompareTable
from nnplayground.gui.messages import localized
from nnplayground.gui.panels import help_texts
from nnplayground.gui.panels.common import message_label, show_message, valid_losses
from nnplayground.gui.panels.number_spin import NumberSpinBox

#: Values ticked when a variable is chosen, if nothing else was asked for.
DEFAULT_VALUES = {
    "activation": ("sigmoid", "tanh", "relu"),
    "initializer": ("random_normal", "glorot_uniform", "he_normal"),
    "learning_rate": ("0.003", "0.03", "0.3"),
    "optimizer": ("sgd", "rmsprop", "adam"),
    "loss": (),  # the current loss and the next valid one, see _default_values
    "seed": ("0", "1", "2"),
    "scale": ("0.5", "1", "2"),
}
#: Variables whose values are typed (comma-separated) rather than ticked in a list.
TYPED = ("learning_rate", "seed", "scale")


class CompareDialog(QDialog):
    """Train variants of ``cfg`` that differ in one setting and compare their curves."""

    def __init__(
        self,
        cfg: ExperimentConfig,
        parent: QWidget | None = None,
        variable: str | None = None,
        values: list[str] | tuple[str, ...] | None = None,
        *,
        epochs: int | None = None,
        threshold: float | None = None,
    ) -> None:
        """Compare ``variable`` over ``values``; ``epochs`` and ``threshold`` preset the
        run length and the loss threshold (a lesson's comparison sets both)."""
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare runs"))
        self._cfg = cfg
        self._run_id = 0
        self._worker: compare_worker.CompareWorker | None = None
        self._thread = None
        self._guard = None
        self._labels: list[str] = []
        self._data: list[np.ndarray] = []
        self._diverged: list[int | None] = []
        self._comparison: compare.Comparison | None = None
        #: The last "Run N seeds" result (engine.seeds.SeedSpread), None before one ends.
        self.spread = None
        self._build_controls()
        self._build_results()
        self._build_layout()
        self.set_choice(variable or "activation", values)
        if epochs:
            self.epochsSpin.setValue(min(epochs, self.epochsSpin.maximum()))
        if threshold is not None:
            self.thresholdSpin.setValue(threshold)

    # ----------------------------------------------------------------- construction
    def _control(self, widget, name: str, tooltip: str):
        widget.setObjectName(name)
        widget.setToolTip(tooltip)
        return widget

    def _build_controls(self) -> None:
        self.variableCombo = self._control(
            QComboBox(), "compareVariableCombo", self.tr("The one setting that differs.")
        )
        names = {
            "activation": self.tr("Hidden activation"),
            "initializer": self.tr("Weight initializer"),
            "learning_rate": self.tr("Learning rate"),
            "optimizer": self.tr("Optimizer"),
            "loss": self.tr("Loss"),
            "seed": self.tr("Seed"),
            "scale": self.tr("Initial scale"),
        }
        for variable in compare.ALL_VARIABLES:
            self.variableCombo.addItem(names[variable], variable)
        self.variableCombo.currentIndexChanged.connect(lambda _i: self.set_choice(self.variable()))
        self.valuesList = self._control(
            QListWidget(), "compareValuesList", self.tr("Tick 2 to 6 values to compare.")
        )
        self.valuesList.setMaximumHeight(150)
        self.valuesEdit = self._control(
            QLineEdit(),
            "compareValuesEdit",
            self.tr("2 to 6 learning rates separated by commas, e.g. 0.003, 0.03, 0.3."),
        )
        self.epochsSpin = self._control(
            QSpinBox(), "compareEpochsSpin", self.tr("How many epochs each variant trains.")
        )
        self.epochsSpin.setRange(1, 20000)
        self.epochsSpin.setValue(200)
        self.seedsSpin = self._control(
            QSpinBox(), "compareSeedsSpin",
            self.tr("How many seeds \"Run N seeds\" trains (2 to 50)."),
        )  # fmt: skip
        self.seedsSpin.setRange(2, 50)
        self.seedsSpin.setValue(20)
        self.seedsButton = self._control(
            QPushButton(self.tr("Run N seeds")), "compareSeedsButton",
            self.tr("Train the network under N seeds: the median loss, its 10–90 % band and "
                    "the spread of the final test loss show how much is luck."),
        )  # fmt: skip
        self.seedsButton.clicked.connect(self.run_seeds)
        self.seedsSpin.setAccessibleName(self.tr("Number of seeds"))
        self.seedsButton.setAccessibleName(self.tr("Run N seeds"))
        self.runButton = self._control(
            QPushButton(self.tr("Run")), "compareRunButton", self.tr("Train every variant.")
        )
        self.runButton.clicked.connect(self.run)
        self.stopButton = self._control(
            QPushButton(self.tr("Stop")),
            "compareStopButton",
            self.tr("Stop now; the finished epochs stay."),
        )
        self.stopButton.setEnabled(False)
        self.stopButton.clicked.connect(self.stop)
        self.progressBar = self._control(
            QProgressBar(), "compareProgress", self.tr("Epochs trained so far.")
        )
        self.message = message_label("compareMessage", self)
        self.message.setToolTip(self.tr("What went wrong, or what happened."))

    def _build_results(self) -> None:
        self.plot = ComparePlot(self)
        self.thresholdSpin = self._control(
            NumberSpinBox(),
            "compareThresholdSpin",
            self.tr("The table shows the first epoch whose train loss is at or below this."),
        )
        self.thresholdSpin.setDecimals(4)
        self.thresholdSpin.setRange(0.0001, 1000.0)
        self.thresholdSpin.setSingleStep(0.01)
        self.thresholdSpin.setValue(0.1)
        self.thresholdSpin.valueChanged.connect(self._fill_table)
        self.table = CompareTable(self)
        self.exportPlotButton = self._control(
            QPushButton(self.tr("Export plot…")),
            "compareExportPlotButton",
            self.tr("Save the plot as a PNG or SVG picture."),
        )
        self.exportPlotButton.clicked.connect(self.export_plot)
        self.exportCsvButton = self._control(
            QPushButton(self.tr("Export CSV…")),
            "compareExportCsvButton",
            self.tr("Save every variant's losses per epoch as a CSV table."),
        )
        self.exportCsvButton.clicked.connect(self.export_csv)
        self._set_running(False)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Vary"), self.variableCombo)
        values = QVBoxLayout()
        values.addWidget(self.valuesList)
        values.addWidget(self.valuesEdit)
        form.addRow(self.tr("Values"), values)
        form.addRow(self.tr("Epochs"), self.epochsSpin)
        form.addRow(self.tr("Loss threshold"), self.thresholdSpin)
        buttons = QHBoxLayout()
        for button in (self.runButton, self.stopButton):
            buttons.addWidget(button)
        form.addRow(buttons)
        seeds = QHBoxLayout()
        seeds.addWidget(self.seedsSpin)
        seeds.addWidget(self.seedsButton, 1)
        form.addRow(self.tr("Seeds"), seeds)
        form.addRow(self.progressBar)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.message)
        side.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.exportPlotButton)
        exports.addWidget(self.exportCsvButton)
        side.addLayout(exports)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(320)
        right = QVBoxLayout()
        right.addWidget(self.plot, 3)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addLayout(right, 1)
        self.resize(1100, 650)

    # ----------------------------------------------------------------- choice
    def set_config(self, cfg: ExperimentConfig) -> None:
        """Use ``cfg`` for the next run (the current choice is kept where it still fits)."""
        self._cfg = cfg
        self.set_choice(self.variable(), self.values())

    def variable(self) -> str:
        return str(self.variableCombo.currentData())

    def set_choice(self, variable: str, values=None) -> None:
        """Select ``variable`` and tick ``values`` (defaults when None)."""
        variable = variable.replace("-", "_")
        index = self.variableCombo.findData(variable)
        if index < 0:
            raise ValueError(f"Cannot vary {variable!r}; choose one of: {compare.ALL_VARIABLES}.")
        with QSignalBlocker(self.variableCombo):
            self.variableCombo.setCurrentIndex(index)
        chosen = list(values) if values is not None else self._default_values(variable)
        rates = variable in TYPED
        self.valuesList.setVisible(not rates)
        self.valuesEdit.setVisible(rates)
        if rates:
            tips = {
                "learning_rate": self.tr(
                    "2 to 6 learning rates separated by commas, e.g. 0.003, 0.03, 0.3."
                ),
                "seed": self.tr("2 to 6 seeds separated by commas, e.g. 0, 1, 2."),
                "scale": self.tr("2 to 6 multipliers of the initial weights, e.g. 0.5, 1, 2."),
            }
            self.valuesEdit.setToolTip(tips[variable])
            self.valuesEdit.setText(", ".join(str(v) for v in chosen))
            return
        self.valuesList.clear()
        registry = compare._REGISTRIES[variable]
        ticked = {registry.canonical(v) for v in chosen if v in registry}
        for name in self._choices(variable):
            item = QListWidgetItem(help_texts.label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.valuesList.addItem(item)

    def values(self) -> list[str]:
        """The values to compare as the user gave them (not yet validated)."""
        if self.variable() in TYPED:
            return [v.strip() for v in self.valuesEdit.text().split(",") if v.strip()]
        items = (self.valuesList.item(i) for i in range(self.valuesList.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _choices(self, variable: str) -> list[str]:
        if variable == "activation":
            return activations.hidden_names()
        if variable == "initializer":
            return initializers.REGISTRY.names()
        if variable == "optimizer":
            return optimizers.REGISTRY.names()
        return valid_losses(self._cfg.task, datasets.describe(self._cfg.data).n_classes)

    def _default_values(self, variable: str) -> list[str]:
        if variable == "loss":
            current = self._cfg.training.loss.name
            others = [n for n in self._choices("loss") if n != current]
            return [current, *others[:1]]
        return list(DEFAULT_VALUES[variable])

    # ----------------------------------------------------------------- running
    def run(self) -> bool:
        """Validate the choice and start training; False (with a message) if it cannot."""
        if self.is_running():
            return False
        variable, values = self.variable(), self.values()
        try:
            variants = compare.variant_configs(self._cfg, variable, values)
        except ValueError as exc:
            show_message(self.message, _sentence(localized(exc)))
            return False
        show_message(self.message, "")
        self._run_id += 1
        self._labels = [label for label, _ in variants]
        self._data = [np.empty((0, 4)) for _ in variants]
        self._diverged = [None] * len(variants)
        self._comparison = None
        epochs = self.epochsSpin.value()
        self.progressBar.setRange(0, epochs)
        self.progressBar.setValue(0)
        self.plot.set_variants(self._labels)
        self._fill_table()
        worker = compare_worker.CompareWorker(self._cfg, variable, values, epochs, self._run_id)
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self._thread = compare_worker.start(worker)
        # If the dialog is destroyed without being closed (its parent window deleted),
        # still stop the run: a QThread destroyed while running aborts the process.
        self._guard = functools.partial(compare_worker.stop, worker, self._thread)
        self.destroyed.connect(self._guard)
        self._set_running(True)
        return True

    def is_running(self) -> bool:
        return self._worker is not None

    def run_seeds(self) -> bool:
        """Run N seeds: train the config under N seeds in a worker thread, then draw the
        median test loss with its 10–90 % band and say how spread the final test loss is."""
        if self.is_running():
            return False
        show_message(self.message, "")
        self._run_id += 1
        self._labels, self._data, self._diverged = [], [], []
        self._comparison, self.spread = None, None
        epochs = self.epochsSpin.value()
        self.progressBar.setRange(0, epochs)
        self.progressBar.setValue(0)
        self.plot.set_variants([])
        self._fill_table()
        worker = compare_worker.SeedWorker(self._cfg, self.seedsSpin.value(), epochs, self._run_id)
        worker.progress.connect(self._on_seed_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_seeds_finished)
        self._worker = worker
        self._thread = compare_worker.start_seeds(worker)
        self._guard = functools.partial(compare_worker.stop, worker, self._thread)
        self.destroyed.connect(self._guard)
        self._set_running(True)
        return True

    def _on_seed_progress(self, run_id: int, epoch: int, epochs: int) -> None:
        if run_id == self._run_id:
            self.progressBar.setValue(min(epoch, epochs))

    def _on_seeds_finished(self, run_id: int, spread) -> None:
        if run_id != self._run_id:
            return
        _worker, thread = self._release_run()
        if thread is not None:
            thread.wait(compare_worker.STOP_TIMEOUT_MS)
        self.spread = spread
        self._set_running(False)
        if spread is None or not spread.epochs:
            return
        median, low, high = spread.band("test_loss")
        label = self.tr("median test loss, %1 seeds").replace("%1", str(len(spread.seeds)))
        self.plot.show_band(median, low, high, label)
        text = localized(spread.message)
        if spread.stopped:
            text = self.tr("Stopped at epoch %1.").replace("%1", str(spread.epochs)) + " " + text
        show_message(self.message, text, "info")

    def stop(self) -> None:
        """Ask the run to stop after the mini-batch in progress; finished epochs stay on screen
        (a variant interrupted mid-epoch shows one epoch fewer than those already past it)."""
        if self._worker is not None:
            self._worker.request_stop()

    def shutdown(self) -> None:
        """Stop the run and wait for its thread (request_stop, quit, wait)."""
        worker, thread = self._release_run()
        self._run_id += 1  # drop whatever the old run still has queued
        compare_worker.stop(worker, thread)
        self._set_running(False)

    def _release_run(self) -> tuple:
        """Forget the current worker and thread (returned) and the destroy guard."""
        worker, thread, guard = self._worker, self._thread, self._guard
        self._worker = self._thread = self._guard = None
        if guard is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.destroyed.disconnect(guard)
        return worker, thread

    def comparison(self) -> compare.Comparison | None:
        """The finished comparison (None before a run ends)."""
        return self._comparison

    def _set_running(self, running: bool) -> None:
        self.runButton.setEnabled(not running)
        self.seedsButton.setEnabled(not running)
        self.stopButton.setEnabled(running)
        for control in (self.variableCombo, self.valuesList, self.valuesEdit, self.epochsSpin,
                        self.seedsSpin):  # fmt: skip
            control.setEnabled(not running)
        self.exportCsvButton.setEnabled(not running and self._comparison is not None)
        self.exportPlotButton.setEnabled(not running and bool(self._labels))

    def _on_progress(self, snap: compare_worker.CompareProgress) -> None:
        if snap.run_id != self._run_id:
            return
        for i, rows in enumerate(snap.rows):
            if len(rows):
                self._data[i] = np.concatenate([self._data[i], rows])
        self._diverged = list(snap.diverged)
        self.progressBar.setValue(min(snap.epoch, snap.epochs))
        self.plot.update_data(self._data)
        self._fill_table()

    def _on_failed(self, run_id: int, text: str) -> None:
        if run_id == self._run_id:
            show_message(self.message, self.tr("The comparison failed: {0}").format(text))

    def _on_finished(self, run_id: int, comparison) -> None:
        if run_id != self._run_id:
            return
        _worker, thread = self._release_run()
        if thread is not None:
            thread.wait(compare_worker.STOP_TIMEOUT_MS)  # only returning from run(): brief
        self._comparison = comparison
        self._set_running(False)
        self._fill_table()

    # ----------------------------------------------------------------- table
    def _fill_table(self, *_args) -> None:
        statuses = [self._status(row, len(rows)) for row, rows in enumerate(self._data)]
        diverged = [epoch is not None for epoch in self._diverged]
        self.table.show_rows(
            self._labels, self._data, statuses, diverged, self.thresholdSpin.value()
        )

    def _status(self, row: int, n_epochs: int) -> str:
        if self._diverged[row] is not None:
            return self.tr("diverged at epoch {0}").format(self._diverged[row])
        if self.is_running():
            return self.tr("training")
        if self._comparison is None:
            return self.tr("stopped at epoch {0}").format(n_epochs) if n_epochs else ""
        result = self._comparison.results[row]
        if result.reason == "stopped":
            return self.tr("stopped at epoch {0}").format(result.epochs)
        return self.tr("done")

    # ----------------------------------------------------------------- export
    def _ask_save_path(self, suggested: str, filters: str) -> str | None:
        """Ask where to save (tests replace this); None if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, filters)
        return path or None

    def export_plot(self) -> str | None:
        """Save the plot as PNG or SVG (by extension); returns the path written."""
        filters = self.tr("PNG image (*.png);;SVG picture (*.svg)")
        path = self._ask_save_path(f"compare-{self.variable()}.png", filters)
        if not path:
            return None
        if os.path.splitext(path)[1].lower() not in (".png", ".svg"):
            path += ".png"
        return self._write(path, self.plot.export)

    def export_csv(self) -> str | None:
        """Save every variant's curves (long format) with Comparison.to_csv."""
        if self._comparison is None:
            return None
        path = self._ask_save_path(f"compare-{self.variable()}.csv", self.tr("CSV (*.csv)"))
        if not path:
            return None
        return self._write(path, self._comparison.to_csv)

    def _write(self, path: str, writer) -> str | None:
        try:
            writer(path)
        except (OSError, ValueError, RuntimeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            show_message(self.message, self.tr("Could not write {0}: {1}.").format(path, reason))
            return None
        show_message(self.message, self.tr("Saved {0}.").format(path), "info")
        return path

    # ----------------------------------------------------------------- closing
    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def _sentence(text: str) -> str:
    """The engine's message as one sentence ending with a full stop."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
