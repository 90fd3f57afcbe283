"""The code view: the network as Keras and PyTorch code, copy and atomic export."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from nnplayground import presets
from nnplayground.engine.config import LayerConfig
from nnplayground.gui.code_view import CodeView


@pytest.fixture
def cfg():
    base = presets.load_bundled("circle").config
    hidden = (LayerConfig(5), LayerConfig(3))
    return base.replace(network=dataclasses.replace(base.network, hidden=hidden))


@pytest.fixture
def view(qtbot, cfg):
    widget = CodeView(cfg, 2, 1)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_both_tabs_show_the_layer_sizes(view):
    keras = view.editors["keras"].toPlainText()
    torch = view.editors["pytorch"].toPlainText()
    assert "N_INPUTS = 2" in keras and "N_OUTPUTS = 1" in keras
    assert "layers.Dense(\n                5," in keras
    assert "nn.Linear(N_INPUTS, 5)" in torch and "nn.Linear(5, 3)" in torch
    assert "nn.Linear(3, N_OUTPUTS)" in torch
    assert view.editors["keras"].isReadOnly()


def test_set_config_regenerates_and_keeps_the_tab(view, cfg):
    view.tabs.setCurrentIndex(1)
    wider = cfg.replace(network=dataclasses.replace(cfg.network, hidden=(LayerConfig(7),)))
    view.set_config(wider, 4, 3)
    assert view.framework() == "pytorch"
    assert "nn.Linear(N_INPUTS, 7)" in view.current_code()
    assert "N_INPUTS = 4" in view.current_code() and "N_OUTPUTS = 3" in view.current_code()


def test_copy_puts_the_visible_tab_on_the_clipboard(qtbot, view):
    view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(view.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == view.editors["pytorch"].toPlainText()


def test_export_writes_a_python_file_that_compiles(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "net.py"
    asked = []

    def ask(suggested):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(view, "_ask_save_path", ask)
    qtbot.mouseClick(view.exportButton, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text == view.editors["keras"].toPlainText()
    compile(text, str(target), "exec")
    assert asked and asked[0].endswith("_keras.py")
    assert [p.name for p in tmp_path.iterdir()] == ["net.py"]


def test_an_unwritable_path_shows_one_sentence_and_leaves_no_temp_file(
    qtbot, view, tmp_path, monkeypatch
):
    target = tmp_path / "taken"
    target.mkdir()  # a folder where the file should go: the final rename fails
    monkeypatch.setattr(view, "_ask_save_path", lambda suggested: str(target))
    qtbot.mouseClick(view.exportButton, Qt.MouseButton.LeftButton)
    assert view.message.isVisible()
    assert str(target) in view.message.text()
    assert view.message.text().startswith("Could not write")
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
    assert list(target.iterdir()) == []


def test_cancelling_the_export_writes_nothing(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(view, "_ask_save_path", lambda suggested: None)
    qtbot.mouseClick(view.exportButton, Qt.MouseButton.LeftButton)
    assert not view.message.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_every_control_has_an_object_name_and_a_tooltip(view, unexplained_controls):
    assert unexplained_controls(view) == []
