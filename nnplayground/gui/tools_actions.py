"""Lessons, the Tools menu (compare runs, network as code, activation explorer) and the
Language menu: a mixin for the main window, which only opens dialogs and forwards intents.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QMenu


class ToolsActionsMixin:
    """Needs the host's ``config``, ``experiment``, ``apply_config``, ``load_preset`` and
    ``_maybe_discard``."""

    #: The lesson whose preset is open (None once another network is loaded).
    lesson_key: str | None = None

    # ------------------------------------------------------------ lessons
    def start_lesson(self, lesson) -> bool:
        """Load ``lesson``'s preset (asking first about unsaved changes)."""
        if not self._maybe_discard():
            return False
        self.load_preset(lesson.preset(), None)
        self.lesson_key = lesson.key
        self.statusBar().showMessage(self.tr("Lesson loaded: press Play"), 5000)
        return True

    def try_this(self, item) -> None:
        """A lesson's "Try this" button: load its lesson if another network is open, then
        apply its change, or open its comparison and run it."""
        from nnplayground import lessons

        owner = next((lesson for lesson in lessons.lessons() if item in lesson.try_this), None)
        if owner is not None and owner.key != self.lesson_key and not self.start_lesson(owner):
            return
        if item.compare is None:
            self.apply_config(item.change(self.config))
            return
        variable, values = item.compare
        dialog = self.open_compare(variable, list(values))
        if self.config.training.epochs:
            dialog.epochsSpin.setValue(self.config.training.epochs)
        if item.threshold is not None:
            dialog.thresholdSpin.setValue(item.threshold)
        dialog.run()

    def _build_lessons_menu(self, menu: QMenu) -> None:
        from PySide6.QtCore import QCoreApplication

        from nnplayground import lessons

        menu.setToolTipsVisible(True)
        for lesson in lessons.lessons():
            action = QAction(QCoreApplication.translate(lessons.CONTEXT, lesson.title), self)
            action.setObjectName(f"lesson_{lesson.key}")
            tip = self.tr("Load this lesson's network and data, and show its text")
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, les=lesson: self.open_lesson(les))
            menu.addAction(action)

    def open_lesson(self, lesson) -> bool:
        """The Lessons menu: show ``lesson`` in the lesson panel and load it."""
        self.lessons_panel.select(lesson.key)
        dock = self.docks["lessonsDock"]
        dock.show()
        dock.raise_()
        return self.start_lesson(lesson)

    # ------------------------------------------------------------ tools
    def _build_tools_menu(self, menu: QMenu) -> None:
        items = [
            ("compareAction", self.tr("Compare runs…"),
             self.tr("Train variants of this network side by side"), self.open_compare),
            ("codeAction", self.tr("Network as code…"),
             self.tr("This network as a Keras or PyTorch script"), self.open_code_view),
            ("explorerAction", self.tr("Activation explorer…"),
             self.tr("Any activation function and its derivative"), self.open_explorer),
        ]  # fmt: skip
        for name, text, tip, slot in items:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)

    def open_compare(self, variable: str | None = None, values: list | None = None):
        from nnplayground.gui.compare_dialog import CompareDialog

        return self._show_dialog(CompareDialog(self.config, self, variable, values))

    def open_code_view(self):
        from nnplayground.gui.code_view import CodeView

        net = self.experiment.network
        return self._show_dialog(CodeView(self.config, net.n_inputs, net.n_outputs, self))

    def open_explorer(self):
        from nnplayground.gui.activation_explorer import ActivationExplorer

        return self._show_dialog(ActivationExplorer(self))

    def _update_dialogs(self) -> None:
        """Open tool windows follow the document: the code view shows the current network,
        the compare dialog uses it for its next run."""
        net = self.experiment.network
        for dialog in self.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if dialog.objectName() == "codeView":
                dialog.set_config(self.config, net.n_inputs, net.n_outputs)
            elif dialog.objectName() == "compareDialog":
                dialog.set_config(self.config)

    def _show_dialog(self, dialog):
        """Show a non-modal dialog (a child of the window, so it stays alive)."""
        dialog.show()
        return dialog

    def _close_dialogs(self) -> None:
        """Stop every dialog's background work (the compare dialog trains in a thread)."""
        for dialog in self.findChildren(QDialog):
            shutdown = getattr(dialog, "shutdown", None)
            if callable(shutdown):
                shutdown()

    # ------------------------------------------------------------ language
    def _build_language_menu(self, menu: QMenu) -> None:
        from nnplayground.gui import language

        group = QActionGroup(menu)
        choices = [("system", self.tr("System language")), ("en", "English"), ("fr", "Français")]
        current = language.chosen_language()
        for key, text in choices:
            action = QAction(text, menu)
            action.setObjectName(f"language_{key}")
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setToolTip(self.tr("Used from the next start of the app"))
            action.triggered.connect(lambda _=False, k=key: self._choose_language(k))
            group.addAction(action)
            menu.addAction(action)

    def _choose_language(self, key: str) -> None:
        from nnplayground.gui import language

        language.set_chosen_language(key)
        self.statusBar().showMessage(
            self.tr("The language changes the next time you start the app."), 8000
        )
