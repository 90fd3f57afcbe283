""" "Record animation…" from the File menu: a film of the run, progress, cancel, no leftovers."""

from __future__ import annotations

import dataclasses

from PIL import Image
from PySide6.QtCore import Qt

from nnplayground.gui import controller as controller_mod
from nnplayground.gui.actions import record as record_actions


def trained_window(make_window, qtbot, epochs=40):
    window = make_window()
    doc = window.document
    cfg = doc.config
    assert doc.apply(cfg.replace(training=dataclasses.replace(cfg.training, epochs=epochs)))
    with qtbot.waitSignal(doc.finished, timeout=20000):
        doc.play()
    return window


def test_recording_writes_a_gif_with_the_chosen_size_and_frames(make_window, qtbot, tmp_path):
    window = trained_window(make_window, qtbot)
    window.findChild(object, "recordAction").trigger()
    dialog = window.record_actions.dialog
    assert dialog.last_spin.value() == 40
    dialog.size_combo.setCurrentIndex(2)  # 640 x 360
    dialog.fps_spin.setValue(5)
    dialog.seconds_spin.setValue(2)
    dialog.views_combo.setCurrentIndex(1)  # the boundary alone: quick
    path = str(tmp_path / "film")
    window.prompts.ask_save_path = lambda *args: path
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60000)
    assert dialog.written == path + ".gif"
    with Image.open(dialog.written) as gif:
        assert gif.size == (640, 360) and gif.n_frames >= 2
    assert dialog.bar.value() == dialog.bar.maximum() == 10


def test_a_cancelled_recording_leaves_no_file(make_window, qtbot, tmp_path):
    window = trained_window(make_window, qtbot)
    dialog = window.record_actions.open_dialog()
    dialog.seconds_spin.setValue(60)
    out = tmp_path / "film.gif"
    assert dialog.record(str(out))
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=30000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running and not controller_mod.live_threads()
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "film" in p.name]  # no temporary left


def test_without_the_video_extra_the_menu_says_what_to_install(make_window, monkeypatch):
    monkeypatch.setattr(record_actions, "missing_encoder", lambda suffix: "install it")
    window = make_window()
    action = window.findChild(object, "recordAction")
    assert "nnplayground[video]" in action.text() and action.toolTip() == "install it"
    action.trigger()
    assert window.errors == [("Record animation", "install it")]
