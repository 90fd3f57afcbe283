"""Typed numbers in every locale (issue 8): ``0.003`` in a French window gave 3.0, ``0,003``
in an English one gave 3.0, and ``1e-3`` gave 1.0 everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox

from nnplayground.engine import optimizers
from nnplayground.engine.config import Component
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.data import DataPanel
from nnplayground.gui.panels.number_spin import NumberSpinBox, parse_number
from nnplayground.gui.panels.training import TrainingPanel

LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}
TYPED = [("0.003", 0.003), ("0,003", 0.003), ("1e-3", 0.001), ("5E-4", 0.0005),
         ("2.5e-2", 0.025), ("0,5", 0.5), (".25", 0.25)]  # fmt: skip


@pytest.fixture(params=sorted(LOCALES))
def locale(request):
    before = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield LOCALES[request.param]
    QLocale.setDefault(before)


def _type(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize(("text", "value"), TYPED)
def test_learning_rate_reads_either_separator_and_exponents(qtbot, locale, text, value):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.show()
    _type(qtbot, panel.lr_spin, text)
    assert panel.lr_spin.value() == pytest.approx(value, rel=1e-12)
    assert panel.config().training.learning_rate == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("name", ["regularizationRateSpin", "targetLossSpin"])
def test_other_rates_read_either_separator(qtbot, locale, name):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.show()
    if name == "regularizationRateSpin":
        panel.reg_combo.setCurrentIndex(panel.reg_combo.findData("l2"))
    else:
        panel.target_check.setChecked(True)
    spin = panel.findChild(QDoubleSpinBox, name)
    assert spin.isEnabled()
    for text, value in (("0.003", 0.003), ("0,02", 0.02), ("1e-3", 0.001)):
        _type(qtbot, spin, text)
        assert spin.value() == pytest.approx(value, rel=1e-12), text


def test_component_parameters_read_either_separator_and_exponents(qtbot, locale):
    editor = ComponentEditor(optimizers.REGISTRY, "optimizer", "optimizerCombo")
    qtbot.addWidget(editor)
    editor.show()
    editor.set_component(Component("adam"))
    epsilon = editor.param_widget("epsilon")
    assert isinstance(epsilon, NumberSpinBox)
    _type(qtbot, epsilon, "1e-8")
    assert epsilon.value() == pytest.approx(1e-8, rel=1e-12)
    beta = editor.param_widget("beta_1")
    for text in ("0.95", "0,95", "9.5e-1"):
        _type(qtbot, beta, text)
        assert beta.value() == pytest.approx(0.95), text
    assert editor.component().params["beta_1"] == pytest.approx(0.95)


def test_small_values_are_shown_in_the_locale_with_their_digits(qtbot, locale):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.lr_spin.setValue(0.0003)
    point = locale.decimalPoint()
    assert panel.lr_spin.text() == f"0{point}0003"
    panel.lr_spin.setValue(0.00001)
    assert float(panel.lr_spin.text().replace(point, ".")) == pytest.approx(1e-5)
    panel.lr_spin.setValue(12345.5 / 1000)
    assert panel.lr_spin.text() == f"12{point}3455"


def test_data_panel_noise_reads_either_separator(qtbot, locale):
    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.show()
    spin = panel.noise_spin
    assert isinstance(spin, NumberSpinBox)
    for text, noise in (("12.5", 0.125), ("7,5", 0.075), ("1e1", 0.1)):
        _type(qtbot, spin, text)
        assert panel.config().data.noise == noise, text
    assert spin.text() == "10 %"


def test_every_float_field_of_the_panels_is_a_number_spin_box(qtbot):
    from nnplayground.gui.panels.architecture import ArchitecturePanel

    for panel in (TrainingPanel(), ArchitecturePanel(), DataPanel()):
        qtbot.addWidget(panel)
        for spin in panel.findChildren(QDoubleSpinBox):
            assert isinstance(spin, NumberSpinBox), spin.objectName()


@pytest.mark.parametrize("text", ["", "-", "e", "1e", "1e-", "abc", "1,2,3", "1.2.3", "∞"])
def test_incomplete_or_wrong_text_is_not_a_number(text):
    assert parse_number(text) is None


def test_arrows_step_by_a_tenth_of_the_value_and_leave_zero(qtbot):
    spin = NumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0.0, 10.0)
    spin.setValue(0.03)
    spin.stepBy(1)
    assert spin.value() == 0.031
    spin.setValue(0.0)
    spin.stepBy(1)
    assert spin.value() == 0.001
    spin.setValue(10.0)
    spin.stepBy(5)
    assert spin.value() == 10.0
