"""TrainingPanel: loss/optimizer/schedule edits, live learning rate, run controls, readouts."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
)

from nnplayground.engine.build import check_experiment
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.gui.panels.training import TrainingPanel
from nnplayground.limits import MAX_LEARNING_RATE


@pytest.fixture
def panel(qtbot):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_config(ExperimentConfig())
    return widget


def _emitted(qtbot, panel, action):
    with qtbot.waitSignal(panel.config_changed) as blocker:
        action()
    return blocker.args[0]


def _click(qtbot, panel, name):
    qtbot.mouseClick(panel.findChild(QAbstractButton, name), Qt.MouseButton.LeftButton)


def _combo_names(combo: QComboBox) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_typed_learning_rate_is_sent_once_in_the_config(qtbot, panel):
    spin = panel.findChild(QDoubleSpinBox, "learningRateSpin")
    spin.selectAll()
    qtbot.keyClicks(spin, "0.003")
    sent = []
    panel.config_changed.connect(sent.append)
    cfg = _emitted(qtbot, panel, lambda: qtbot.keyClick(spin, Qt.Key.Key_Return))
    assert [c.training.learning_rate for c in sent] == [pytest.approx(0.003)]  # one route
    assert cfg.training.learning_rate == pytest.approx(0.003)


def test_learning_rate_accepts_the_full_range(panel):
    # The range is now the schema's (nnplayground.limits), and values are not rounded to
    # a fixed number of decimals: 0.00001 (the old minimum, shown with 5 decimals) and
    # 10.0 (the old maximum) are still shown exactly.
    spin = panel.findChild(QDoubleSpinBox, "learningRateSpin")
    assert spin.minimum() <= 0.00001 and spin.maximum() == MAX_LEARNING_RATE >= 10.0
    assert spin.decimals() >= 5
    for value in (0.00001, 0.0003, 10.0):
        spin.setValue(value)
        assert spin.value() == value


def test_play_button_toggles_between_play_and_pause(qtbot, panel):
    button = panel.findChild(QAbstractButton, "playButton")
    with qtbot.waitSignal(panel.play_toggled) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert button.text() == "Pause"
    with qtbot.waitSignal(panel.play_toggled) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert button.text() == "Play"


def test_set_running_updates_the_button_without_emitting(qtbot, panel):
    with qtbot.assertNotEmitted(panel.play_toggled):
        panel.set_running(True)
    button = panel.findChild(QAbstractButton, "playButton")
    assert button.isChecked() and button.text() == "Pause"


def test_step_reset_and_new_seed_buttons_emit_their_requests(qtbot, panel):
    with qtbot.waitSignal(panel.step_requested):
        _click(qtbot, panel, "stepButton")
    with qtbot.waitSignal(panel.reset_requested) as blocker:
        _click(qtbot, panel, "resetButton")
    assert blocker.args == [False]
    with qtbot.waitSignal(panel.reset_requested) as blocker:
        _click(qtbot, panel, "newSeedButton")
    assert blocker.args == [True]


def test_set_progress_shows_plain_epoch_digits_and_losses(panel):
    panel.set_progress(12345, 250.0, 0.1234, 0.2345, 0.9, 0.85)
    epoch = panel.findChild(QLabel, "epochLabel").text()
    assert re.search(r"\b12345\b", epoch)
    assert "250" in panel.findChild(QLabel, "epsLabel").text()
    assert "0.1234" in panel.findChild(QLabel, "trainLossLabel").text()
    assert "0.2345" in panel.findChild(QLabel, "testLossLabel").text()
    assert "85.0" in panel.findChild(QLabel, "accuracyLabel").text()


def test_an_exploding_loss_is_shown_short_and_does_not_widen_the_panel(panel):
    width = panel.sizeHint().width()
    panel.set_progress(1, 10.0, 1.1022819538e168, 3.5e200, None, None)
    assert panel.findChild(QLabel, "trainLossLabel").text().endswith("1.102e+168")
    assert len(panel.findChild(QLabel, "testLossLabel").text()) < 30
    assert panel.sizeHint().width() <= width + 20


def test_accuracy_is_hidden_for_regression(panel):
    cfg = ExperimentConfig(
        task="regression",
        data=DataConfig(dataset="sine"),
        network=NetworkConfig(output=LayerConfig(1, Component("linear"))),
        training=TrainingConfig(loss=Component("mean_squared_error")),
    )
    panel.set_config(cfg)
    panel.set_progress(3, 10.0, 0.5, 0.6, float("nan"), float("nan"))
    assert not panel.findChild(QLabel, "accuracyLabel").isVisible()


def test_loss_combo_offers_only_losses_valid_for_the_task(panel):
    combo = panel.findChild(QComboBox, "lossCombo")
    assert "categorical_crossentropy" not in _combo_names(combo)
    regression = ExperimentConfig(
        task="regression",
        data=DataConfig(dataset="plane"),
        network=NetworkConfig(output=LayerConfig(1, Component("linear"))),
        training=TrainingConfig(loss=Component("mean_squared_error")),
    )
    panel.set_config(regression)
    assert _combo_names(combo) == ["mean_squared_error", "mean_absolute_error", "huber"]


def test_choosing_cross_entropy_switches_the_output_to_sigmoid(qtbot, panel):
    start = ExperimentConfig(
        network=NetworkConfig(output=LayerConfig(1, Component("linear"))),
        training=TrainingConfig(loss=Component("mean_squared_error")),
    )
    panel.set_config(start)
    combo = panel.findChild(QComboBox, "lossCombo")
    index = combo.findData("binary_crossentropy")
    cfg = _emitted(qtbot, panel, lambda: combo.setCurrentIndex(index))
    assert cfg.training.loss == Component("binary_crossentropy")
    assert cfg.network.output.activation.name == "sigmoid"
    check_experiment(cfg)


def test_optimizer_parameters_reach_the_config(qtbot, panel):
    combo = panel.findChild(QComboBox, "optimizerCombo")
    cfg = _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("adam")))
    assert cfg.training.optimizer == Component("adam")
    beta = panel.findChild(QDoubleSpinBox, "param_beta_1")
    cfg = _emitted(qtbot, panel, lambda: beta.setValue(0.8))
    assert cfg.training.optimizer == Component("adam", {"beta_1": 0.8})
    check_experiment(cfg)


def test_choosing_l2_enables_a_non_zero_rate(qtbot, panel):
    rate = panel.findChild(QDoubleSpinBox, "regularizationRateSpin")
    assert not rate.isEnabled()
    combo = panel.findChild(QComboBox, "regularizationCombo")
    cfg = _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("l2")))
    assert cfg.training.regularization == "l2"
    assert cfg.training.regularization_rate > 0
    assert rate.isEnabled()


def test_stop_rules_are_off_until_their_box_is_checked(qtbot, panel):
    target = panel.findChild(QCheckBox, "targetLossCheck")
    cfg = _emitted(qtbot, panel, lambda: target.setChecked(True))
    assert cfg.training.target_loss == panel.findChild(QDoubleSpinBox, "targetLossSpin").value()
    patience = panel.findChild(QCheckBox, "patienceCheck")
    cfg = _emitted(qtbot, panel, lambda: patience.setChecked(True))
    assert cfg.training.patience == panel.findChild(QSpinBox, "patienceSpin").value()
    cfg = _emitted(qtbot, panel, lambda: target.setChecked(False))
    assert cfg.training.target_loss is None


def test_schedule_spins_edit_epochs_batch_and_shuffle(qtbot, panel):
    cfg = _emitted(qtbot, panel, lambda: panel.findChild(QSpinBox, "epochsSpin").setValue(0))
    assert cfg.training.epochs == 0
    assert panel.findChild(QSpinBox, "epochsSpin").text() == "No limit"
    cfg = _emitted(qtbot, panel, lambda: panel.findChild(QSpinBox, "batchSizeSpin").setValue(32))
    assert cfg.training.batch_size == 32
    cfg = _emitted(qtbot, panel, lambda: panel.findChild(QCheckBox, "shuffleCheck").click())
    assert cfg.training.shuffle is False


def test_set_config_does_not_emit(qtbot, panel):
    cfg = ExperimentConfig()
    cfg = replace(cfg, training=replace(cfg.training, learning_rate=0.5, batch_size=3))
    with qtbot.assertNotEmitted(panel.config_changed):
        panel.set_config(cfg)
    assert panel.findChild(QSpinBox, "batchSizeSpin").value() == 3


def test_messages_show_as_a_red_banner_and_clear(panel):
    banner = panel.findChild(QLabel, "trainingMessage")
    panel.show_message("The loss diverged.", "error")
    assert banner.isVisible() and banner.text() == "The loss diverged."
    assert "#b00020" in banner.styleSheet()
    panel.clear_message()
    assert not banner.isVisible()


def test_every_interactive_control_has_a_tooltip(panel):
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QCheckBox)
    controls = [w for kind in kinds for w in panel.findChildren(kind)]
    assert controls
    missing = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.toolTip()]
    assert not missing


def test_zero_epsilon_is_refused_with_the_reason_and_nothing_is_emitted(qtbot, panel):
    combo = panel.findChild(QComboBox, "optimizerCombo")
    _emitted(qtbot, panel, lambda: combo.setCurrentIndex(combo.findData("adam")))
    before = panel.config()
    eps = panel.findChild(QDoubleSpinBox, "param_epsilon")
    emitted = []
    panel.config_changed.connect(emitted.append)
    eps.setValue(0.0)
    assert emitted == []  # refused: the window never sees it
    assert panel.config() == before
    assert eps.value() == pytest.approx(1e-7)  # the editor shows the epsilon in use again
    assert panel.message.isVisible()
    assert panel.message.text() == "optimizer 'adam': 'epsilon' must be greater than 0.0, got 0.0"
    cfg = _emitted(qtbot, panel, lambda: eps.setValue(1e-5))  # a valid edit goes through
    assert cfg.training.optimizer == Component("adam", {"epsilon": 1e-5})
    assert not panel.message.isVisible()


def test_readouts_write_numbers_the_way_the_window_language_does(panel):
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        panel.set_progress(10, 250.0, 0.5596, 0.0, 0.9, 0.85)
    finally:
        QLocale.setDefault(default)
    texts = [panel.findChild(QLabel, n).text() for n in ("trainLossLabel", "testLossLabel",
                                                          "accuracyLabel")]  # fmt: skip
    assert "0,5596" in texts[0] and "0,0000" in texts[1]
    assert "90,0\u00a0%" in texts[2] and "85,0\u00a0%" in texts[2]
    assert not any("." in t for t in texts)  # no 0.5596 next to 0,0000
