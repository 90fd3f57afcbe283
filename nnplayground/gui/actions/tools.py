"""The Tools menu (compare runs, network as code, activation explorer), the Lessons menu
and the Language menu. The tool windows it opens follow the document; it keeps them
itself instead of looking them up by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from nnplayground.gui.actions import add_action
from nnplayground.gui.actions.file import FileActions
from nnplayground.gui.document import Document
from nnplayground.gui.prompts import Prompts


class ToolsActions(QObject):
    """Opens the tool windows over ``host``; they follow ``document``'s network."""

    def __init__(self, document: Document, prompts: Prompts, host: QWidget) -> None:
        super().__init__(host)
        self.document = document
        self._prompts = prompts
        self._host = host
        self._dialogs: list[QDialog] = []
        document.config_changed.connect(self._update_dialogs)

    def build_menu(self, menu: QMenu) -> None:
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

    def open_compare(self, variable: str | None = None, values: list | None = None, *,
                     epochs: int | None = None, threshold: float | None = None):  # fmt: skip
        from nnplayground.gui.compare_dialog import CompareDialog

        dialog = CompareDialog(self.document.config, self._host, variable, values,
                               epochs=epochs, threshold=threshold)  # fmt: skip
        return self._show(dialog)

    def open_code_view(self):
        from nnplayground.gui.code_view import CodeView

        net = self.document.experiment.network
        return self._show(CodeView(self.document.config, net.n_inputs, net.n_outputs, self._host))

    def open_explorer(self):
        from nnplayground.gui.activation_explorer import ActivationExplorer

        return self._show(ActivationExplorer(self._host))

    def build_language_menu(self, menu: QMenu) -> None:
        """System / English / Français; the choice applies from the next start."""
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
        self._prompts.status(self.tr("The language changes the next time you start the app."), 8000)

    def shutdown(self) -> None:
        """Stop every tool window's background work (the compare dialog trains in a thread)."""
        for dialog in self._live_dialogs():
            shutdown = getattr(dialog, "shutdown", None)
            if callable(shutdown):
                shutdown()

    def _show(self, dialog: QDialog) -> QDialog:
        """Show a non-modal dialog (a child of the host, so it stays alive)."""
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d is not dialog]

    def _live_dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def _update_dialogs(self, cfg) -> None:
        """Open tool windows follow the document: the code view shows the current network,
        the compare dialog uses it for its next run."""
        from nnplayground.gui.code_view import CodeView
        from nnplayground.gui.compare_dialog import CompareDialog

        net = self.document.experiment.network
        for dialog in self._live_dialogs():
            if not dialog.isVisible():
                continue
            if isinstance(dialog, CodeView):
                dialog.set_config(cfg, net.n_inputs, net.n_outputs)
            elif isinstance(dialog, CompareDialog):
                dialog.set_config(cfg)


class LessonActions(QObject):
    """Starts lessons and their "Try this" changes. ``show_lesson(key)`` shows a lesson's
    text (the window raises the lesson dock)."""

    def __init__(self, document: Document, files: FileActions, tools: ToolsActions,
                 prompts: Prompts, show_lesson: Callable[[str], None],
                 host: QWidget) -> None:  # fmt: skip
        super().__init__(host)
        self.document = document
        self._files, self._tools, self._prompts = files, tools, prompts
        self._show_lesson = show_lesson
        self._host = host

    def build_menu(self, menu: QMenu) -> None:
        from nnplayground import lessons

        menu.setToolTipsVisible(True)
        tip = self.tr("Load this lesson's network and data, and show its text")
        for lesson in lessons.lessons():
            title = QCoreApplication.translate(lessons.CONTEXT, lesson.title)
            add_action(self._host, menu, f"lesson_{lesson.key}", title,
                       lambda les=lesson: self.open_lesson(les), None, tip)  # fmt: skip

    def open_lesson(self, lesson) -> bool:
        """The Lessons menu: show ``lesson`` in the lesson panel and load it."""
        self._show_lesson(lesson.key)
        return self.start_lesson(lesson)

    def start_lesson(self, lesson) -> bool:
        """Load ``lesson``'s preset (asking first about unsaved changes)."""
        if not self._files.load(lesson.preset(), lesson=lesson.key):
            return False
        self._prompts.status(self.tr("Lesson loaded: press Play"), 5000)
        return True

    def try_this(self, item) -> None:
        """A lesson's "Try this" button: load its lesson if another network is open, then
        apply its change, or open its comparison and run it."""
        from nnplayground import lessons

        owner = next((lesson for lesson in lessons.lessons() if item in lesson.try_this), None)
        if owner is not None and owner.key != self.document.lesson_key:
            if not self.start_lesson(owner):
                return
        if item.compare is None:
            self.document.apply(item.change(self.document.config))
            return
        variable, values = item.compare
        dialog = self._tools.open_compare(variable, list(values),
                                          epochs=self.document.config.training.epochs or None,
                                          threshold=item.threshold)  # fmt: skip
        dialog.run()
