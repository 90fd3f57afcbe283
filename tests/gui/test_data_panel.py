"""DataPanel: dataset choice keeps the config valid, CSV import, features, preview."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QSpinBox,
)

from nnplayground.engine.build import check_experiment
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.datasets import make_dataset
from nnplayground.gui.panels.data import DataPanel


@pytest.fixture
def panel(qtbot):
    widget = DataPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_config(ExperimentConfig())
    return widget


def _emitted(qtbot, panel, action):
    with qtbot.waitSignal(panel.config_changed) as blocker:
        action()
    return blocker.args[0]


def _choose_dataset(panel, name):
    combo = panel.findChild(QComboBox, "datasetCombo")
    combo.setCurrentIndex(combo.findData(name))


def _write_csv(path, rows):
    path.write_text("x1,x2,label\n" + "\n".join(",".join(map(str, r)) for r in rows) + "\n")
    return str(path)


def test_choosing_a_regression_dataset_switches_task_loss_and_output(qtbot, panel):
    cfg = _emitted(qtbot, panel, lambda: _choose_dataset(panel, "sine"))
    assert cfg.data.dataset == "sine"
    assert cfg.task == "regression"
    assert cfg.training.loss.name == "mean_squared_error"
    assert cfg.network.output.activation.name == "linear"
    check_experiment(cfg)


def test_choosing_blobs_switches_to_softmax_and_enables_classes(qtbot, panel):
    classes = panel.findChild(QSpinBox, "classesSpin")
    assert not classes.isEnabled()
    cfg = _emitted(qtbot, panel, lambda: _choose_dataset(panel, "blobs"))
    assert cfg.network.output.activation.name == "softmax"
    assert cfg.training.loss.name == "categorical_crossentropy"
    assert classes.isEnabled()
    cfg = _emitted(qtbot, panel, lambda: classes.setValue(5))
    assert cfg.data.n_classes == 5
    check_experiment(cfg)
    cfg = _emitted(qtbot, panel, lambda: _choose_dataset(panel, "xor"))
    assert cfg.network.output.activation.name == "sigmoid"
    check_experiment(cfg)


def test_noise_points_and_split_spins_edit_the_data_config(qtbot, panel):
    noise = panel.findChild(QAbstractSpinBox, "noiseSpin")  # a NumberSpinBox now
    cfg = _emitted(qtbot, panel, lambda: noise.setValue(30))
    assert cfg.data.noise == pytest.approx(0.3)
    points = panel.findChild(QSpinBox, "pointsSpin")
    points.selectAll()
    qtbot.keyClicks(points, "200")
    cfg = _emitted(qtbot, panel, lambda: qtbot.keyClick(points, Qt.Key.Key_Return))
    assert cfg.data.n_points == 200
    ratio = panel.findChild(QSpinBox, "trainRatioSpin")
    cfg = _emitted(qtbot, panel, lambda: ratio.setValue(80))
    assert cfg.data.train_ratio == pytest.approx(0.8)
    assert cfg.data.noise == pytest.approx(0.3)  # earlier edits are kept


def test_checking_a_feature_adds_it_in_canonical_order(qtbot, panel):
    check = panel.findChild(QCheckBox, "feature_x1_sq")
    assert check.text() == "x1²"
    cfg = _emitted(qtbot, panel, lambda: check.setChecked(True))
    assert cfg.data.features == ("x1", "x2", "x1_sq")


def test_unchecking_every_feature_is_refused_with_a_message(qtbot, panel):
    x1 = panel.findChild(QCheckBox, "feature_x1")
    x2 = panel.findChild(QCheckBox, "feature_x2")
    _emitted(qtbot, panel, lambda: x1.setChecked(False))
    with qtbot.assertNotEmitted(panel.config_changed):
        x2.setChecked(False)
    assert x2.isChecked()
    message = panel.findChild(QLabel, "dataMessage")
    assert message.isVisible() and "feature" in message.text()


def test_regenerate_bumps_the_seed_and_asks_for_new_data(qtbot, panel):
    button = panel.findChild(QAbstractButton, "regenerateButton")
    with qtbot.waitSignal(panel.regenerate_requested):
        cfg = _emitted(qtbot, panel, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert cfg.data.seed == 1
    assert panel.findChild(QSpinBox, "seedSpin").value() == 1


def test_bad_csv_shows_the_message_and_changes_nothing(qtbot, panel, tmp_path):
    path = _write_csv(tmp_path / "bad.csv", [(1, 2, "x")] * 12)
    panel._ask_csv_path = lambda: path
    with qtbot.assertNotEmitted(panel.config_changed):
        qtbot.mouseClick(
            panel.findChild(QAbstractButton, "importCsvButton"), Qt.MouseButton.LeftButton
        )
    message = panel.findChild(QLabel, "dataMessage")
    assert message.isVisible() and "bad.csv" in message.text()
    assert panel.config().data.csv_path is None


def test_good_csv_emits_its_path_and_inferred_task(qtbot, panel, tmp_path):
    rows = [(i * 0.1, -i * 0.2, i * 0.37) for i in range(20)]
    path = _write_csv(tmp_path / "mine.csv", rows)
    panel._ask_csv_path = lambda: path
    cfg = _emitted(
        qtbot, panel, lambda: panel.findChild(QAbstractButton, "importCsvButton").click()
    )
    assert cfg.data.csv_path == path
    assert cfg.task == "regression"
    assert cfg.network.output.activation.name == "linear"
    check_experiment(cfg)
    assert "mine.csv" in panel.findChild(QLabel, "csvLabel").text()
    assert not panel.findChild(QComboBox, "datasetCombo").isEnabled()
    back = panel.findChild(QAbstractButton, "useGeneratedButton")
    cfg = _emitted(qtbot, panel, lambda: qtbot.mouseClick(back, Qt.MouseButton.LeftButton))
    assert cfg.data.csv_path is None
    assert cfg.task == "classification"
    check_experiment(cfg)


def test_csv_with_three_integer_labels_is_a_three_class_problem(qtbot, panel, tmp_path):
    path = _write_csv(tmp_path / "three.csv", [(i, i % 5, i % 3) for i in range(30)])
    panel._ask_csv_path = lambda: path
    cfg = _emitted(qtbot, panel, panel.import_csv)
    assert cfg.task == "classification"
    assert cfg.network.output.activation.name == "softmax"
    check_experiment(cfg)


def test_cancelled_file_dialog_emits_nothing(qtbot, panel):
    panel._ask_csv_path = lambda: None
    with qtbot.assertNotEmitted(panel.config_changed):
        panel.import_csv()


def test_set_config_shows_values_without_emitting(qtbot, panel):
    cfg = ExperimentConfig()
    cfg = replace(cfg, data=replace(cfg.data, noise=0.25, seed=7, n_points=300))
    with qtbot.assertNotEmitted(panel.config_changed):
        panel.set_config(cfg)
    assert panel.findChild(QAbstractSpinBox, "noiseSpin").value() == 25
    assert panel.findChild(QSpinBox, "seedSpin").value() == 7


def test_set_dataset_draws_a_preview(panel):
    preview = panel.findChild(QLabel, "dataPreview")
    panel.set_dataset(make_dataset(ExperimentConfig().data))
    image = preview.pixmap().toImage()
    assert image.width() == 120
    colours = {image.pixel(x, y) for x in range(0, 120, 3) for y in range(0, 120, 3)}
    assert len(colours) > 3  # more than background and frame: points were drawn


def test_every_interactive_control_has_a_tooltip(panel):
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QCheckBox)
    controls = [w for kind in kinds for w in panel.findChildren(kind)]
    assert controls
    missing = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.toolTip()]
    assert not missing


def test_reimporting_an_edited_csv_rereads_its_classes(qtbot, panel, tmp_path):
    file = tmp_path / "edited.csv"
    path = _write_csv(file, [(i, i % 5, i % 2) for i in range(30)])
    panel._ask_csv_path = lambda: path
    cfg = _emitted(qtbot, panel, panel.import_csv)
    assert cfg.network.output.activation.name == "sigmoid"
    _write_csv(file, [(i, i % 5, i % 3) for i in range(30)])
    cfg = _emitted(qtbot, panel, panel.import_csv)
    assert cfg.network.output.activation.name == "softmax"
    check_experiment(cfg)
