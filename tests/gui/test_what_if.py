""" "What would have fixed it?" from the window: replay in a thread, report, adopt, cancel."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from nnplayground import lessons
from nnplayground.gui import controller as controller_mod
from nnplayground.gui import what_if_dialog


def zero_init_window(make_window, qtbot):
    window = make_window(lessons.get("zero_init").preset())
    doc = window.document
    cfg = doc.config
    assert doc.apply(cfg.replace(training=dataclasses.replace(cfg.training, epochs=40)))
    with qtbot.waitSignal(doc.finished, timeout=20000):
        doc.play()
    qtbot.waitUntil(lambda: window.what_if_button.isEnabled(), timeout=5000)
    return window


def test_the_replay_names_a_cure_and_adopting_it_applies_the_fix(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(what_if_dialog, "EPOCHS", 120)
    window = zero_init_window(make_window, qtbot)
    before = window.document.config
    assert window.what_if_button.finding().kind == "identical_units"
    qtbot.mouseClick(window.what_if_button, Qt.MouseButton.LeftButton)
    dialog = window.what_if_button.dialog
    with qtbot.waitSignal(dialog.done, timeout=60000) as done:
        pass
    report = done.args[0]
    assert report is not None and report.best is not None
    assert "→" in dialog.result.text() and dialog.bar.value() == dialog.bar.maximum()
    assert dialog.adopt_button.isEnabled()
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert window.document.config != before
    assert window.document.config == report.best.fix(before)


def test_cancelling_the_replay_stops_its_thread(make_window, qtbot):
    window = zero_init_window(make_window, qtbot)
    dialog = window.what_if_button.open_dialog()
    assert dialog.is_running
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running and dialog.report is None
    qtbot.waitUntil(lambda: not controller_mod.live_threads())
