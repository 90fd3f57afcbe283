"""File commands on a document, without a main window: unsaved changes, recent files."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground import presets
from nnplayground.gui import settings


class Host:
    """A document, its file actions over a bare widget, and what the user was shown."""

    def __init__(self, answer: str) -> None:
        from nnplayground.gui.actions.file import FileActions
        from nnplayground.gui.document import Document
        from nnplayground.gui.prompts import Prompts

        self.widget = QWidget()
        self.document = Document(parent=self.widget)
        self.prompts = Prompts(self.widget)
        self.errors: list[tuple[str, str]] = []
        self.answer = answer
        self.prompts.confirm_discard = lambda: self.answer
        self.prompts.show_error = lambda title, text: self.errors.append((title, text))
        self.files = FileActions(self.document, self.prompts, self.widget)
        self.menu = QMenu(self.widget)
        self.files.build_menu(self.menu)


@pytest.fixture
def host(qtbot):
    h = Host("discard")
    qtbot.addWidget(h.widget)
    yield h
    h.document.shutdown()


def with_epochs(cfg, epochs):
    return cfg.replace(training=dataclasses.replace(cfg.training, epochs=epochs))


def test_cancelling_the_unsaved_changes_question_keeps_the_changes(host):
    host.answer = "cancel"
    host.document.apply(with_epochs(host.document.config, 50))
    assert host.document.modified
    assert not host.files.new_document()
    assert not host.files.open_bundled("xor")
    assert host.document.config.training.epochs == 50
    host.answer = "discard"
    assert host.files.new_document()
    assert host.document.config == presets.load_bundled(presets.DEFAULT_PRESET).config


def test_choosing_save_in_the_question_saves_first(host, tmp_path):
    path = tmp_path / "kept.json"
    host.prompts.ask_save_path = lambda *args: str(path)
    host.document.apply(with_epochs(host.document.config, 50))
    host.answer = "save"
    assert host.files.open_bundled("xor")
    assert presets.load_preset(path).config.training.epochs == 50
    assert host.document.config == presets.load_bundled("xor").config


def test_recent_files_keep_eight_and_drop_missing_ones(host, tmp_path):
    paths = []
    for i in range(10):
        path = tmp_path / f"p{i}.json"
        presets.save_preset(presets.load_bundled("circle"), path)
        paths.append(str(path))
        assert host.files.open_path(path)
    recent = settings.recent_files()
    assert len(recent) == 8 and recent[0] == paths[-1]
    (tmp_path / "p9.json").unlink()
    host.files.fill_recent_menu()
    next(a for a in host.files.recent_menu.actions() if a.objectName() == "recent0").trigger()
    assert host.errors and "p9.json" in host.errors[-1][1]
    assert paths[-1] not in settings.recent_files()


def test_a_failed_save_names_the_reason_and_keeps_the_document(host, tmp_path):
    folder = tmp_path / "a_folder.json"
    folder.mkdir()
    host.document.apply(with_epochs(host.document.config, 50))
    assert not host.files.save_to(folder)
    assert host.errors and host.document.path is None and host.document.modified


def wide(cfg, layers: int = 4, units: int = 256):
    """``cfg`` with ``layers`` hidden layers of ``units`` (over the background-save size)."""
    first = cfg.network.hidden[0]
    hidden = tuple(dataclasses.replace(first, units=units) for _ in range(layers))
    return cfg.replace(network=dataclasses.replace(cfg.network, hidden=hidden))


def test_a_large_network_is_saved_off_the_gui_thread_and_reopens_identically(host, tmp_path, qtbot):
    import numpy as np

    host.document.apply(wide(host.document.config))
    assert host.document.needs_background_save()
    path = tmp_path / "big.json"
    with qtbot.waitSignal(host.document.saved, timeout=60000):
        assert host.files.save_to(path)
        assert host.document.is_saving  # the call returned while the file is written
    assert not host.document.is_saving and host.document.path == str(path)
    assert not host.document.modified and host.errors == []
    saved = presets.load_preset(path)
    for (w, b), (w2, b2) in zip(saved.weights, host.document.experiment.network.get_weights()):
        assert np.array_equal(w, w2) and np.array_equal(b, b2)


def test_an_edit_made_while_a_large_save_runs_keeps_the_document_modified(host, tmp_path, qtbot):
    host.document.apply(wide(host.document.config))
    with qtbot.waitSignal(host.document.saved, timeout=60000):
        host.files.save_to(tmp_path / "big.json")
        host.document.apply(with_epochs(host.document.config, 123))
    assert host.document.modified
    assert presets.load_preset(tmp_path / "big.json").config.training.epochs != 123
