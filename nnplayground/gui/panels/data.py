"""The data panel: dataset or CSV file, noise, size, split, seed and input features.

Every emitted config is consistent: switching to a dataset of another task (or loading
a CSV file) also switches the task and resets the output activation and loss to that
task's defaults.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine import datasets
from nnplayground.engine.config import DataConfig, ExperimentConfig
from nnplayground.engine.csvdata import CsvError, load_csv
from nnplayground.engine.features import FEATURE_LABELS, FEATURES
from nnplayground.gui.messages import localized
from nnplayground.gui.panels.common import fix_head, message_label, show_message
from nnplayground.gui.panels.help_texts import label
from nnplayground.gui.panels.number_spin import NumberSpinBox, check_fits
from nnplayground.gui.panels.preview import draw_preview
from nnplayground.limits import MAX_POINTS, MAX_SEED, MIN_POINTS

PREVIEW_SIZE = 120


def _percent(fraction: float) -> float:
    """0.1 → 10.0 (not 10.000000000000002), so a value read back is the value shown."""
    return float(f"{fraction * 100:.12g}")


def _fraction(percent: float) -> float:
    return float(f"{percent / 100:.12g}")


def _has_classes_param(name: str) -> bool:
    return any(p.name == "n_classes" for p in datasets.REGISTRY.params(name))


def _spin(parent: QWidget, name: str, lo: int, hi: int, tip: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setSuffix(suffix)
    spin.setToolTip(tip)
    spin.setKeyboardTracking(False)  # one config per committed value, not per keystroke
    return spin


class DataPanel(QWidget):
    """Edits ``cfg.data`` (and ``cfg.task``). Signals: ``config_changed(object)``,
    ``regenerate_requested()``. ``set_dataset(dataset)`` redraws the preview."""

    config_changed = Signal(object)
    regenerate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self._config = ExperimentConfig()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._make_dataset_box())
        layout.addWidget(self._make_features_box())
        self.message = message_label("dataMessage", self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._connect()
        self.set_config(self._config)

    # --- construction -------------------------------------------------------------------

    def _make_dataset_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"), self)
        self.dataset_combo = QComboBox(box)
        self.dataset_combo.setObjectName("datasetCombo")
        self.dataset_combo.setToolTip(self.tr("Which toy dataset to learn"))
        self._fill_datasets()
        self.classes_spin = _spin(box, "classesSpin", 3, 5, self.tr("Number of classes (blobs)"))
        # A real number (12.5 %, typed with either decimal separator), not whole percents.
        self.noise_spin = NumberSpinBox(box)
        self.noise_spin.setObjectName("noiseSpin")
        self.noise_spin.setRange(0.0, 100.0)
        self.noise_spin.setSuffix(" %")
        self.noise_spin.setToolTip(self.tr("Label noise"))
        self.points_spin = _spin(
            box, "pointsSpin", MIN_POINTS, MAX_POINTS, self.tr("Number of points (train + test)")
        )
        self.points_spin.setSingleStep(10)
        self.train_ratio_spin = _spin(
            box, "trainRatioSpin", 1, 99, self.tr("Share of points used for training"), " %"
        )
        self.seed_spin = _spin(box, "seedSpin", 0, MAX_SEED, self.tr("Seed of the data"))
        self.regenerate_button = self._button(
            box, "regenerateButton", self.tr("New data"), self.tr("Draw new points (seed + 1)")
        )
        self.preview = QLabel(box)
        self.preview.setObjectName("dataPreview")
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setToolTip(self.tr("The points, coloured by class or target"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Dataset"), self.dataset_combo)
        form.addRow(self.tr("Classes"), self.classes_spin)
        form.addRow(self.tr("Noise"), self.noise_spin)
        form.addRow(self.tr("Points"), self.points_spin)
        form.addRow(self.tr("Training"), self.train_ratio_spin)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.regenerate_button)
        form.addRow(self.tr("Seed"), seed_row)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(self._make_csv_row(box))
        return box

    def _make_csv_row(self, box: QWidget) -> QHBoxLayout:
        self.import_button = self._button(
            box, "importCsvButton", self.tr("Import CSV…"),
            self.tr("Load your own points: columns x1, x2, label"),
        )  # fmt: skip
        self.generated_button = self._button(
            box, "useGeneratedButton", self.tr("Use generated data"),
            self.tr("Leave the CSV file and go back to the generated dataset"),
        )  # fmt: skip
        self.csv_label = QLabel(box)
        self.csv_label.setObjectName("csvLabel")
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.generated_button)
        row.addWidget(self.csv_label, 1)
        return row

    def _make_features_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Input features"), self)
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        self.feature_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(FEATURES):
            check = QCheckBox(FEATURE_LABELS[name], box)
            check.setObjectName(f"feature_{name}")
            check.setToolTip(self.tr("Feed %1 to the network").replace("%1", FEATURE_LABELS[name]))
            grid.addWidget(check, i // 4, i % 4)
            self.feature_checks[name] = check
        return box

    @staticmethod
    def _button(parent: QWidget, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _fill_datasets(self) -> None:
        model = self.dataset_combo.model()
        for task, title in (("classification", self.tr("Classification")),
                            ("regression", self.tr("Regression"))):  # fmt: skip
            self.dataset_combo.addItem(f"— {title} —", None)
            if isinstance(model, QStandardItemModel):
                model.item(self.dataset_combo.count() - 1).setEnabled(False)
            for name in datasets.dataset_names(task):
                self.dataset_combo.addItem(f"  {label(name)}", name)
                summary = datasets.REGISTRY.entry(name).summary
                tip = f"{summary} ({task})"
                self.dataset_combo.setItemData(
                    self.dataset_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
                )

    def _connect(self) -> None:
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)
        self.classes_spin.valueChanged.connect(lambda v: self._edit_data(n_classes=v))
        self.noise_spin.valueChanged.connect(lambda v: self._edit_data(noise=_fraction(v)))
        self.points_spin.valueChanged.connect(lambda v: self._edit_data(n_points=v))
        self.train_ratio_spin.valueChanged.connect(lambda v: self._edit_data(train_ratio=v / 100))
        self.seed_spin.valueChanged.connect(lambda v: self._edit_data(seed=v))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.import_button.clicked.connect(self.import_csv)
        self.generated_button.clicked.connect(self.use_generated_data)
        for check in self.feature_checks.values():
            check.toggled.connect(self._on_feature_toggled)

    # --- public API ---------------------------------------------------------------------

    def config(self) -> ExperimentConfig:
        return self._config

    def set_config(self, cfg: ExperimentConfig) -> None:
        """Show ``cfg.data`` without emitting; ValueError (and nothing changes) when a value
        is beyond what a widget can show, since a clamped value would later be emitted."""
        self.check_config(cfg)
        self._config = cfg
        data = cfg.data
        csv_mode = data.csv_path is not None
        widgets = [
            *(self.dataset_combo, self.classes_spin, self.noise_spin, self.points_spin),
            *(self.train_ratio_spin, self.seed_spin, *self.feature_checks.values()),
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.dataset_combo.setCurrentIndex(max(0, self.dataset_combo.findData(data.dataset)))
        self.classes_spin.setValue(data.n_classes)
        self.noise_spin.setValue(_percent(data.noise))
        self.points_spin.setValue(data.n_points)
        self.train_ratio_spin.setValue(round(data.train_ratio * 100))
        self.seed_spin.setValue(data.seed)
        for name, check in self.feature_checks.items():
            check.setChecked(name in data.features)
        del blockers
        generated = not csv_mode
        self.dataset_combo.setEnabled(generated)
        self.classes_spin.setEnabled(generated and _has_classes_param(data.dataset))
        self.noise_spin.setEnabled(generated)
        self.points_spin.setEnabled(generated)
        self.generated_button.setVisible(csv_mode)
        name = Path(data.csv_path).name if csv_mode else ""
        self.csv_label.setText(self.tr("CSV: %1").replace("%1", name) if csv_mode else "")
        self.csv_label.setToolTip(data.csv_path or "")

    def check_config(self, cfg: ExperimentConfig) -> None:
        """ValueError with one sentence when ``cfg`` holds a value a widget cannot show."""
        data = cfg.data
        check_fits(self.noise_spin, _percent(data.noise), "noise (%)")
        check_fits(self.points_spin, data.n_points, "number of points")
        check_fits(self.train_ratio_spin, data.train_ratio * 100, "training share (%)")
        check_fits(self.seed_spin, data.seed, "data seed")
        if data.csv_path is None and _has_classes_param(data.dataset):
            check_fits(self.classes_spin, data.n_classes, "number of classes")

    def set_dataset(self, dataset: object) -> None:
        """Redraw the preview from a ``datasets.Dataset`` (None clears it)."""
        if dataset is None:
            self.preview.clear()
            return
        self.preview.setPixmap(draw_preview(dataset, PREVIEW_SIZE))

    def regenerate(self) -> None:
        """Seed + 1, then ask the window for new data."""
        self._edit_data(seed=self._config.data.seed + 1)
        self.regenerate_requested.emit()

    def import_csv(self) -> None:
        """Ask for a CSV file; load it to validate; on success switch to it."""
        path = self._ask_csv_path()
        if not path:
            return
        try:
            _points, labels = load_csv(path)
        except CsvError as exc:
            show_message(self.message, localized(exc), "error")
            return
        task = datasets.infer_task(np.asarray(labels))
        self._emit_data(replace(self._config.data, csv_path=str(path)), task)

    def use_generated_data(self) -> None:
        data = replace(self._config.data, csv_path=None)
        self._emit_data(data, datasets.dataset_task(data.dataset))

    def _ask_csv_path(self) -> str | None:
        """The file chosen by the user, or None (tests replace this method)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV data"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        return path or None

    # --- edits ----------------------------------------------------------------------------

    def _on_dataset_changed(self, _index: int) -> None:
        name = self.dataset_combo.currentData()
        if name is None:  # a group header
            return
        data = replace(self._config.data, dataset=name, csv_path=None)
        self._emit_data(data, datasets.dataset_task(name))

    def _on_feature_toggled(self, _checked: bool) -> None:
        chosen = tuple(n for n in FEATURES if self.feature_checks[n].isChecked())
        if not chosen:
            for name in self._config.data.features:
                with QSignalBlocker(self.feature_checks[name]):
                    self.feature_checks[name].setChecked(True)
            show_message(self.message, self.tr("The network needs at least one input feature."))
            return
        self._edit_data(features=chosen)

    def _edit_data(self, **changes: object) -> None:
        data = replace(self._config.data, **changes)
        self._emit_data(data, self._config.task)

    def _emit_data(self, data: DataConfig, task: str) -> None:
        cfg = self._config
        new = fix_head(replace(cfg, task=task, data=data), task_changed=task != cfg.task)
        show_message(self.message, "")
        self.set_config(new)
        self.config_changed.emit(new)
