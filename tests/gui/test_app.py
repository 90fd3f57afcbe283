"""Starting the app: its icon, and ``nnplayground FILE`` opening a preset."""

from __future__ import annotations

from PySide6.QtCore import QSize

from nnplayground import presets


def test_the_app_icon_has_the_usual_sizes():
    from nnplayground.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    for size in (16, 32, 48, 256):
        assert QSize(size, size) in sizes


def test_a_file_argument_starts_the_app_on_that_preset(monkeypatch, tmp_path):
    import importlib

    from nnplayground import app

    cli_main = importlib.import_module("nnplayground.cli.main")

    path = tmp_path / "xor.json"
    presets.save_preset(presets.load_bundled("xor"), path)
    opened = []
    monkeypatch.setattr(app, "main", lambda argv=None, path=None: opened.append(path) or 0)
    assert cli_main.main([str(path)]) == 0
    assert opened == [str(path)]
    opened.clear()
    assert cli_main.main(["presets"]) == 0  # a command is still a command
    assert opened == []


def test_a_bad_file_argument_shows_the_usual_dialog_over_the_default_network(
    monkeypatch, tmp_path, qtbot
):
    from nnplayground import app
    from nnplayground.gui.main_window import MainWindow

    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    shown: list = []
    windows: list = []

    def make_window():
        window = MainWindow()
        window.prompts.show_error = lambda *args: shown.append(args)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    monkeypatch.setattr(app, "create_window", make_window)
    monkeypatch.setattr(type(app.create_app()), "exec", lambda self: 0)
    assert app.main(path=str(bad)) == 0
    assert shown and "broken.json" in shown[0][1]
    assert windows[0].document.config == presets.load_bundled(presets.DEFAULT_PRESET).config
    assert windows[0].document.path is None
