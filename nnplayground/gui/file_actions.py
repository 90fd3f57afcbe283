"""The File menu: new, open (file, recent, bundled), save, exports, quit.

A mixin for :class:`~nnplayground.gui.main_window.MainWindow`. Every question or
message to the user goes through an overridable method (``_confirm_discard``,
``_show_error``, ``_ask_open_path``, ``_ask_save_path``) so tests never block on a modal.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from nnplayground import presets
from nnplayground.gui import settings
from nnplayground.gui.messages import localized


class FileActionsMixin:
    """File menu commands. The host provides ``load_preset(preset, path)``,
    ``current_preset()``, ``controller`` and the plot widgets."""

    _path: str | None = None

    # ------------------------------------------------------------ the menu
    def _build_file_menu(self, menu: QMenu) -> None:
        keys = QKeySequence.StandardKey
        self._add(menu, "newAction", self.tr("&New"), self.new_document, keys.New,
                  self.tr("Start again from the default circle preset"))  # fmt: skip
        self._add(menu, "openAction", self.tr("&Open preset…"), self.open_preset, keys.Open,
                  self.tr("Open a preset file (.json)"))  # fmt: skip
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._add(menu, "saveAction", self.tr("&Save"), self.save, keys.Save,
                  self.tr("Save the network, its settings and its trained weights"))  # fmt: skip
        self._add(menu, "saveAsAction", self.tr("Save &As…"), self.save_as, keys.SaveAs,
                  self.tr("Save to a new preset file"))  # fmt: skip
        self.bundled_menu = menu.addMenu(self.tr("&Bundled presets"))
        self.bundled_menu.setObjectName("bundledMenu")
        from nnplayground.gui.panels.help_texts import preset_title

        for name in presets.bundled_names():
            title = preset_title(presets.load_bundled(name).config.title)
            action = self.bundled_menu.addAction(title)
            action.setObjectName(f"bundled_{name}")
            action.setData(name)
            action.setToolTip(self.tr("Open the bundled preset “%1”").replace("%1", title))
            action.triggered.connect(lambda _=False, n=name: self.open_bundled(n))
        menu.addSeparator()
        exports = [
            ("exportLossAction", self.tr("Export loss plot…"), self.export_loss_plot),
            ("exportHistoryAction", self.tr("Export history as CSV…"), self.export_history),
            ("exportBoundaryAction", self.tr("Export decision boundary…"), self.export_boundary),
            ("exportActivationAction", self.tr("Export activation plot…"), self.export_activation),
            ("exportNetworkAction", self.tr("Export network view…"), self.export_network_view),
        ]
        for name, text, slot in exports:
            self._add(menu, name, text, lambda _=False, s=slot: s(), None,
                      self.tr("Write a file; the format follows the chosen file type"))  # fmt: skip
        menu.addSeparator()
        self._add(
            menu, "quitAction", self.tr("&Quit"), self.close, keys.Quit, self.tr("Close the app")
        )

    def _add(self, menu: QMenu, name: str, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _fill_recent_menu(self) -> None:
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
        if not self._maybe_discard():
            return False
        self.load_preset(presets.load_bundled(presets.DEFAULT_PRESET), None)
        return True

    def open_preset(self) -> bool:
        path = self._ask_open_path(
            self.tr("Open preset"), self.tr("nnplayground presets (*.json);;All files (*)")
        )
        return bool(path) and self.open_path(path)

    def open_bundled(self, name: str) -> bool:
        if not self._maybe_discard():
            return False
        self.load_preset(presets.load_bundled(name), None)
        return True

    def open_recent(self, path: str) -> bool:
        if not os.path.exists(path):
            settings.remove_recent_file(path)
            self._show_error(
                self.tr("File not found"),
                self.tr("%1 no longer exists; it was removed from the recent files.").replace(
                    "%1", path
                ),
            )
            return False
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a preset file; on any problem show it and leave the current network as is."""
        path = str(path)
        if not self._maybe_discard():
            return False
        try:
            preset = presets.load_preset(path)
            self.load_preset(preset, path)
        except (presets.PresetError, ValueError, OSError) as exc:
            text = localized(exc)
            if Path(path).name not in text:
                text = f"{Path(path).name}: {text}"
            self._show_error(self.tr("Could not open the preset"), text)
            return False
        settings.add_recent_file(path)
        return True

    # ------------------------------------------------------------ save
    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self.save_to(self._path)

    def save_as(self) -> bool:
        name = (self._path and Path(self._path).name) or "network.json"
        path = self._ask_save_path(
            self.tr("Save preset"), self.tr("nnplayground presets (*.json);;All files (*)"), name
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the config and the current weights to ``path`` (training pauses meanwhile)."""
        path = str(path)
        try:
            presets.save_preset(self.current_preset(), path)
        except (presets.PresetError, OSError, TimeoutError) as exc:
            self._show_error(self.tr("Could not save the preset"), localized(exc))
            return False
        self._set_document(path, modified=False)
        settings.add_recent_file(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    # ------------------------------------------------------------ questions (overridable)
    def _maybe_discard(self) -> bool:
        """True if there is nothing unsaved, or the user agreed to lose or save it."""
        return not self.isWindowModified() or self._confirm_discard()

    def _confirm_discard(self) -> bool:
        """Ask Save / Discard / Cancel; True to go on. Tests replace this method."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The network has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def _show_error(self, title: str, text: str) -> None:
        """Tell the user something failed. Tests replace this method."""
        QMessageBox.warning(self, title, text)

    def _ask_open_path(self, caption: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, caption, self._start_dir(), filters)
        return path or None

    def _ask_save_path(self, caption: str, filters: str, name: str = "") -> str | None:
        start = os.path.join(self._start_dir(), name)
        path, _ = QFileDialog.getSaveFileName(self, caption, start, filters)
        return path or None

    def _start_dir(self) -> str:
        if self._path:
            return str(Path(self._path).parent)
        recent = settings.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())
