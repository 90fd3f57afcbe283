"""The File menu: new, open (file, recent, bundled), save, save as, quit.

Acts on the document; every question goes through the prompts object, so tests never
block on a modal. Exports are :mod:`nnplayground.gui.actions.export`'s.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground import presets
from nnplayground.gui import settings
from nnplayground.gui.actions import add_action
from nnplayground.gui.document import Document
from nnplayground.gui.messages import localized
from nnplayground.gui.prompts import DISCARD, SAVE, Prompts


class FileActions(QObject):
    """File commands on ``document``. Each returns True once done."""

    def __init__(self, document: Document, prompts: Prompts, host: QWidget) -> None:
        super().__init__(host)
        self.document = document
        self.prompts = prompts
        self._host = host
        document.saved.connect(self._on_saved)
        document.save_failed.connect(self._on_save_failed)

    # ------------------------------------------------------------ the menu
    def build_menu(self, menu: QMenu) -> None:
        keys, host = QKeySequence.StandardKey, self._host
        add_action(host, menu, "newAction", self.tr("&New"), self.new_document, keys.New,
                   self.tr("Start again from the default circle preset"))  # fmt: skip
        add_action(host, menu, "openAction", self.tr("&Open preset…"), self.open_preset,
                   keys.Open, self.tr("Open a preset file (.json)"))  # fmt: skip
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        add_action(host, menu, "saveAction", self.tr("&Save"), self.save, keys.Save,
                   self.tr("Save the network, its settings and its trained weights"))  # fmt: skip
        add_action(host, menu, "saveAsAction", self.tr("Save &As…"), self.save_as, keys.SaveAs,
                   self.tr("Save to a new preset file"))  # fmt: skip
        self._build_bundled_menu(menu.addMenu(self.tr("&Bundled presets")))
        menu.addSeparator()
        add_action(host, menu, "openRunAction", self.tr("Open r&un…"), self.open_run, None,
                   self.tr("Open a run file (.nnrun) with its timeline and forks"))  # fmt: skip
        add_action(host, menu, "saveRunAction", self.tr("Save ru&n…"), self.save_run, None,
                   self.tr("Save the run with its timeline and forks (.nnrun)"))  # fmt: skip

    def _build_bundled_menu(self, menu: QMenu) -> None:
        from nnplayground.gui.panels.help_texts import preset_title

        menu.setObjectName("bundledMenu")
        self.bundled_menu = menu
        for name in presets.bundled_names():
            title = preset_title(presets.load_bundled(name).config.title)
            action = menu.addAction(title)
            action.setObjectName(f"bundled_{name}")
            action.setData(name)
            action.setToolTip(self.tr("Open the bundled preset “%1”").replace("%1", title))
            action.triggered.connect(lambda _=False, n=name: self.open_bundled(n))

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = settings.recent_files()
        for i, path in enumerate(paths):
            action = menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setObjectName(f"recent{i}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not paths:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear list"))
        clear.setObjectName("clearRecentAction")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(settings.clear_recent_files)

    # ------------------------------------------------------------ open / new
    def new_document(self) -> bool:
        return self.load(presets.load_bundled(presets.DEFAULT_PRESET))

    def open_bundled(self, name: str) -> bool:
        return self.load(presets.load_bundled(name))

    def load(self, preset: presets.Preset, lesson: str | None = None) -> bool:
        """Replace the document by an in-memory preset (asking first about changes)."""
        if not self.maybe_discard():
            return False
        self.document.load(preset, None, lesson=lesson)
        return True

    def open_preset(self) -> bool:
        path = self.prompts.ask_open_path(
            self.tr("Open preset"),
            self.tr("nnplayground presets (*.json);;All files (*)"),
            self._start_dir(),
        )
        return bool(path) and self.open_path(path)

    def open_recent(self, path: str) -> bool:
        if not os.path.exists(path):
            settings.remove_recent_file(path)
            self.prompts.show_error(
                self.tr("File not found"),
                self.tr("%1 no longer exists; it was removed from the recent files.").replace(
                    "%1", path
                ),
            )
            return False
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a preset file; on any problem say so and leave the document as it is."""
        opened = self._open(str(path), self.document.load_file,
                            self.tr("Could not open the preset"))  # fmt: skip
        if opened:
            settings.add_recent_file(str(path))
        return opened

    def _open(self, path: str, load, error_title: str) -> bool:
        """``load(path)`` after the unsaved-changes question; a refusal is one sentence
        naming the file, and the document is left as it was."""
        if not self.maybe_discard():
            return False
        try:
            load(path)
        except (presets.PresetError, ValueError, OSError) as exc:
            text = localized(exc)
            if Path(path).name not in text:
                text = f"{Path(path).name}: {text}"
            self.prompts.show_error(error_title, text)
            return False
        return True

    def open_run(self) -> bool:
        path = self.prompts.ask_open_path(
            self.tr("Open run"), self.tr("nnplayground runs (*.nnrun);;All files (*)"),
            self._start_dir(),
        )  # fmt: skip
        return bool(path) and self.open_run_path(path)

    def open_run_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a run file; on any problem say so in one line, the document untouched."""
        return self._open(str(path), self.document.open_run, self.tr("Could not open the run"))

    def save_run(self) -> bool:
        name = Path(self.document.path).stem if self.document.path else "run"
        path = self.prompts.ask_save_path(
            self.tr("Save run"), self.tr("nnplayground runs (*.nnrun);;All files (*)"),
            os.path.join(self._start_dir(), name + ".nnrun"),
        )  # fmt: skip
        if not path:
            return False
        if not Path(path).suffix:
            path += ".nnrun"
        try:
            self.document.save_run(path)
        except (presets.PresetError, ValueError, OSError, TimeoutError) as exc:
            self.prompts.show_error(self.tr("Could not save the run"), localized(exc))
            return False
        self.prompts.status(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    # ------------------------------------------------------------ save
    def save(self, background: bool = True) -> bool:
        if self.document.path is None:
            return self.save_as(background)
        return self.save_to(self.document.path, background)

    def save_as(self, background: bool = True) -> bool:
        name = (self.document.path and Path(self.document.path).name) or "network.json"
        path = self.prompts.ask_save_path(
            self.tr("Save preset"),
            self.tr("nnplayground presets (*.json);;All files (*)"),
            os.path.join(self._start_dir(), name),
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self.save_to(path, background)

    def save_to(self, path: str | os.PathLike[str], background: bool = True) -> bool:
        """Write the config and the current weights to ``path`` (training pauses for the
        copy). A large network is written off the GUI thread when ``background`` allows:
        True then means the save has started, and its end is reported when it comes."""
        path, doc = str(path), self.document
        if doc.is_saving:
            self.prompts.status(self.tr("A save is still being written; try again."), 5000)
            return False
        try:
            if background and doc.needs_background_save():
                doc.save_in_background(path)
                self.prompts.status(self.tr("Saving %1…").replace("%1", path), 0)
                return True
            doc.save(path)
        except (presets.PresetError, OSError, TimeoutError, ValueError) as exc:
            self._on_save_failed(path, exc)
            return False
        self._on_saved(path)
        return True

    def _on_saved(self, path: str) -> None:
        settings.add_recent_file(path)
        self.prompts.status(self.tr("Saved %1").replace("%1", path), 5000)

    def _on_save_failed(self, path: str, exc: Exception) -> None:
        self.prompts.status("", 1)
        self.prompts.show_error(self.tr("Could not save the preset"), localized(exc))

    # ------------------------------------------------------------ unsaved changes
    def maybe_discard(self) -> bool:
        """True if nothing is unsaved, or the user chose to save it or to lose it."""
        if not self.document.modified:
            return True
        answer = self.prompts.confirm_discard()
        if answer == SAVE:  # the user is leaving this network: the file must be written now
            return self.save(background=False)
        return answer == DISCARD

    def _start_dir(self) -> str:
        if self.document.path:
            return str(Path(self.document.path).parent)
        recent = settings.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())
