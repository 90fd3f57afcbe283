"""Keyboard and screen-reader access: Tab follows the screen, nothing traps it, every
control has a name a screen reader can say, and every control can take the focus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QLineEdit)


def _owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a spin box for its line edit)."""
    parent = widget.parentWidget()
    if widget.objectName().startswith("qt_") and isinstance(parent, CONTROLS):
        return parent
    return widget


def _tab_through(window, first: QWidget, stops: int) -> list[QWidget]:
    """Press Tab (focusNextChild) from ``first`` ``stops`` times; the focused controls."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [_owner(QApplication.focusWidget())]
    for _ in range(stops):
        QApplication.focusWidget().focusNextChild()
        QApplication.processEvents()
        widget = _owner(QApplication.focusWidget())
        if widget is not visited[-1]:
            visited.append(widget)
    return visited


@pytest.fixture
def english_afterwards():
    from PySide6.QtCore import QLocale

    from nnplayground.gui import language

    locale = QLocale()
    yield
    language.install("en")
    QLocale.setDefault(locale)


@pytest.fixture
def shown(window, qtbot):
    window.resize(1366, 728)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.architecture_panel.add_layer()  # three hidden layers: the order of rows shows
    return window


def test_tab_walks_the_run_bar_then_data_then_layers_in_order_then_output(shown):
    w = shown
    run = w.training_panel.controls
    arch = w.architecture_panel
    editors = arch.layer_editors()
    expected = [
        run.play_button, run.step_button, run.reset_button, run.new_seed_button,
        run.speed_slider, w.findChild(QWidget, "learningRateSpin"),
        w.data_panel.dataset_combo,
        *[e.units_spin for e in editors], arch.add_button,
        arch.output_editor.activation.combo, w.findChild(QWidget, "lossCombo"),
    ]  # fmt: skip
    visited = _tab_through(w, run.play_button, 120)
    positions = [visited.index(c) for c in expected]
    assert positions == sorted(positions), [c.objectName() for c in visited]
    assert positions[:6] == list(range(6))  # the run bar first, Play the very first stop
    rows = [visited.index(e.activation.combo) for e in editors]
    assert rows == sorted(rows)  # L1, L2, L3 …
    assert max(rows) < visited.index(arch.output_editor.activation.combo)  # … then Output


def test_no_table_or_text_box_keeps_the_tab_key(shown):
    views = shown.findChildren(QAbstractItemView)
    assert views
    assert not [v.objectName() for v in views if v.tabKeyNavigation()]
    table = shown.diagnostics_panel.table
    assert not table.tabKeyNavigation()


def test_every_control_has_an_accessible_name_that_follows_the_layer(shown):
    missing = [
        (type(c).__name__, c.objectName())
        for c in shown.findChildren(QWidget)
        if isinstance(c, CONTROLS) and not c.accessibleName().strip()
    ]
    assert not missing
    editors = shown.architecture_panel.layer_editors()
    assert editors[1].activation.combo.accessibleName() == "Hidden layer 2: Activation"
    assert shown.training_panel.controls.play_button.accessibleName() == "Play"
    assert shown.data_panel.dataset_combo.accessibleName() == "Dataset"
    assert editors[0].units_spin.lineEdit().accessibleName() == "Hidden layer 1: Units"
    shown.architecture_panel.move_layer(0, 1)
    assert editors[0].units_spin.accessibleName() == "Hidden layer 1: Units"


def test_every_control_takes_the_focus_with_tab_and_shows_it(shown, qtbot):
    main_path = [
        c for c in shown.findChildren(QWidget)
        if isinstance(c, CONTROLS) and c.isVisible() and not c.objectName().startswith("qt_")
    ]  # fmt: skip
    assert main_path
    no_tab = [c.objectName() for c in main_path if not c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert not no_tab
    play = shown.training_panel.controls.play_button
    button = shown.training_panel.controls.step_button
    play.setFocus(Qt.FocusReason.TabFocusReason)
    unfocused = button.grab().toImage()
    qtbot.keyClick(play, Qt.Key.Key_Tab)  # a real Tab marks the focus as keyboard focus
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != unfocused  # the style draws the focus


def test_names_are_translated_in_a_french_window(make_window, english_afterwards):
    from nnplayground.gui import language

    assert language.install("fr") == "fr"
    w = make_window()
    editor = w.architecture_panel.layer_editors()[0]
    assert editor.activation.combo.accessibleName() == "Couche cachée 1\u00a0: Activation"
    assert w.training_panel.controls.play_button.accessibleName() != "Play"
