"""Presentation mode: everything 1.5 times larger, the secondary docks hidden, and leaving
it puts back the layout, the fonts and the pens as they were."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)

from nnplayground.gui.presentation import FACTOR, MAIN_DOCKS


@pytest.fixture
def shown(window, qtbot):
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_docks(window) -> dict[str, bool]:
    return {name: dock.isVisible() for name, dock in window.docks.items()}


def test_presentation_mode_enlarges_hides_secondary_docks_and_restores_on_leave(shown, qtbot):
    w = shown
    action = w.findChild(QAction, "presentationAction")
    assert action is not None and action in w.findChild(object, "viewMenu").actions()
    assert QKeySequence("F5") in action.shortcuts()
    before_docks = _visible_docks(w)
    before_font = QApplication.font().pointSizeF()
    pen_before = pg.mkPen(w.loss_plot.train_curve.opts["pen"]).widthF()
    size_before = w.size()

    action.trigger()
    QApplication.processEvents()
    assert w.presentation.is_active()
    assert QApplication.font().pointSizeF() == pytest.approx(before_font * FACTOR)
    assert w.training_panel.controls.play_button.font().pointSizeF() == pytest.approx(
        before_font * FACTOR
    )
    visible = _visible_docks(w)
    assert all(visible[name] for name in MAIN_DOCKS)
    assert not any(v for name, v in visible.items() if name not in MAIN_DOCKS)
    assert w.run_bar.isVisible()
    play = w.training_panel.controls.play_button
    assert play.text() == "" and play.accessibleName() == "Play"  # icon only, still named
    assert pg.mkPen(w.loss_plot.train_curve.opts["pen"]).widthF() == pytest.approx(
        pen_before * FACTOR
    )

    action.trigger()
    QApplication.processEvents()
    assert not w.presentation.is_active()
    assert QApplication.font().pointSizeF() == pytest.approx(before_font)
    assert _visible_docks(w) == before_docks
    assert pg.mkPen(w.loss_plot.train_curve.opts["pen"]).widthF() == pytest.approx(pen_before)
    assert w.size() == size_before
    assert play.text() == "Play"


def test_closing_in_presentation_mode_saves_the_normal_layout(make_window, qtbot):
    w = make_window()
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    font = QApplication.font().pointSizeF()
    w.presentation.set_active(True)
    w.close()
    assert not w.presentation.is_active()
    assert QApplication.font().pointSizeF() == pytest.approx(font)
    again = make_window()
    assert again.docks["explanationDock"].isVisibleTo(again)  # not hidden by the projector
