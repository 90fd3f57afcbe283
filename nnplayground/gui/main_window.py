"""The main window: composes the docks, menus and views around one document.

It computes nothing and holds no document state: :class:`~nnplayground.gui.document.
Document` owns the network, data, file and training run; the actions act on it; the
views are bound to it by :class:`~nnplayground.gui.live_views.LiveViews`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from nnplayground import presets
from nnplayground.gui import docks as docks_mod
from nnplayground.gui import settings
from nnplayground.gui.actions import add_action
from nnplayground.gui.actions.export import ExportActions
from nnplayground.gui.actions.file import FileActions
from nnplayground.gui.actions.record import RecordActions
from nnplayground.gui.actions.tools import LessonActions, ToolsActions
from nnplayground.gui.document import Document
from nnplayground.gui.live_views import LiveViews, Views
from nnplayground.gui.prompts import Prompts


class MainWindow(QMainWindow):
    """nnplayground's window around ``self.document``."""

    def __init__(self, preset: presets.Preset | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.document = Document(preset, self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setToolTip(self.tr("What the trainer is doing"))
        self.statusBar().addPermanentWidget(self.status_label)
        self.prompts = Prompts(self, self.statusBar())
        self._make_widgets()
        self._make_docks()
        self._make_actions()
        self._make_menus()
        self._make_run_bar()
        self._connect()
        self._keyboard_order()
        self.setMinimumSize(1024, 600)
        self._fit_to_screen()
        self.document.announce()
        self._restore_layout()

    # ------------------------------------------------------------ construction
    def _make_widgets(self) -> None:
        from nnplayground.gui.panels.architecture import ArchitecturePanel
        from nnplayground.gui.panels.data import DataPanel
        from nnplayground.gui.panels.diagnostics import DiagnosticsPanel
        from nnplayground.gui.panels.explanation import ExplanationStrip
        from nnplayground.gui.panels.landscape import LandscapePanel
        from nnplayground.gui.panels.lessons import LessonsPanel
        from nnplayground.gui.panels.slow_step import SlowStepPanel
        from nnplayground.gui.panels.training import TrainingPanel
        from nnplayground.gui.plots.activation import ActivationPlot
        from nnplayground.gui.plots.boundary import BoundaryPlot
        from nnplayground.gui.plots.loss import LossPlot
        from nnplayground.gui.plots.mean_field import MeanFieldPlot
        from nnplayground.gui.plots.network_view import NetworkView

        self.architecture_panel = ArchitecturePanel(self)
        self.data_panel = DataPanel(self)
        self.training_panel = TrainingPanel(self)
        self.loss_plot = LossPlot(self)
        self.activation_plot = ActivationPlot(self)
        self.boundary_plot = BoundaryPlot(self)
        self.diagnostics_panel = DiagnosticsPanel(self)
        self.lessons_panel = LessonsPanel(self)
        self.network_view = NetworkView(self)
        self.landscape_panel = LandscapePanel(self.document, self)
        self.slow_step_panel = SlowStepPanel(self.document, self)
        self.explanation_strip = ExplanationStrip(self.document, self)
        self.mean_field_plot = MeanFieldPlot(self.document, self)
        self._make_replay_widgets()
        self._make_hands_on()
        self.setCentralWidget(self.network_view)
        self.panels = (self.architecture_panel, self.data_panel, self.training_panel)
        self.live_views = LiveViews(self.document, Views(
            self.architecture_panel, self.data_panel, self.training_panel, self.loss_plot,
            self.activation_plot, self.boundary_plot, self.diagnostics_panel,
            self.lessons_panel, self.network_view, self.status_label,
        ), self.prompts)  # fmt: skip

    def _make_hands_on(self) -> None:
        from nnplayground.gui.hands_on import HandsOn
        from nnplayground.gui.panels.data_editor import DataEditor
        from nnplayground.gui.panels.weight_editor import WeightEditor

        self.weight_editor = WeightEditor(self.document, self)
        self.data_editor = DataEditor(self.document, self.boundary_plot)
        self.hands_on = HandsOn(self.document, self.network_view, self.weight_editor,
                                self.landscape_panel, self.data_editor,
                                lambda: self._reveal("weightDock"))  # fmt: skip

    def _reveal(self, name: str) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def _make_docks(self) -> None:
        specs = [
            ("architectureDock", self.tr("Architecture"), self.architecture_panel,
             self.tr("Layers, units, activations and initializers")),
            ("dataDock", self.tr("Data"), self.data_panel, self.tr("The points to learn from")),
            ("trainingDock", self.tr("Training"), self.training_panel,
             self.tr("Loss, optimizer, stop rules; play, step and reset")),
            ("boundaryDock", self.tr("Decision boundary"), self.boundary_plot,
             self.tr("What the network predicts over the plane")),
            ("lossDock", self.tr("Loss"), self.loss_plot,
             self.tr("Train and test loss per epoch; the timeline under it rewinds the run")),
            ("explanationDock", self.tr("What is happening"), self.explanation_strip,
             self.tr("One line on what the run is doing now and why, with a fix to try")),
            ("activationDock", self.tr("Activation"), self.activation_plot,
             self.tr("A layer's activation, its derivative and its real pre-activations")),
            ("diagnosticsDock", self.tr("Diagnostics"), self.diagnostics_panel,
             self.tr("Dead and saturated units, gradient norms per layer")),
            ("lessonsDock", self.tr("Lessons"), self.lessons_panel,
             self.tr("Guided lessons: what to look at, what to change, what you will see")),
            ("meanFieldDock", self.tr("Init: theory"), self.mean_field_plot,
             self.tr("The spread of the pre-activations at initialisation per layer, "
                     "measured and predicted by mean-field theory")),
            ("landscapeDock", self.tr("Loss landscape"), self.landscape_panel,
             self.tr("The loss around the current weights: one weight, or a plane")),
            ("slowStepDock", self.tr("Slow-motion step"), self.slow_step_panel,
             self.tr("One mini-batch update, stage by stage: forward, loss, backward, update")),
            ("forksDock", self.tr("Forks"), self.forks_panel,
             self.tr("The main run and its forks: show, keep, drop or make one the main run")),
            ("weightDock", self.tr("Weight"), self.weight_editor,
             self.tr("Change the selected weight or bias by hand while training is paused")),
        ]  # fmt: skip
        self.docks = {
            name: docks_mod.make_dock(self, name, title, widget, tip, name in docks_mod.SCROLLED)
            for name, title, widget, tip in specs
        }
        docks_mod.apply_default_layout(self, self.docks)
        docks_mod.float_when_cramped(self.docks["diagnosticsDock"], (500, 300), (780, 620))

    def _make_replay_widgets(self) -> None:
        """The timeline scrubber under the loss plot, and the forks list (issue 11)."""
        from nnplayground.gui.panels.forks import ForksPanel
        from nnplayground.gui.panels.timeline import TimelinePanel
        from nnplayground.gui.what_if_dialog import WhatIfButton

        self.what_if_button = WhatIfButton(
            self.document, self.explanation_strip, self.prompts, self.explanation_strip
        )
        self.explanation_strip.button_row.addWidget(self.what_if_button)
        self.timeline_panel = TimelinePanel(self.document, self)
        self.forks_panel = ForksPanel(self.document, self.prompts, self)
        # On the loss plot's own control row: at 1366 x 768 a row of its own would take
        # a third of the plot's height.
        self.loss_plot.controls_row.insertWidget(2, self.timeline_panel, 10)

    def _connect_replay(self) -> None:
        from nnplayground.gui.panels.forks import original_curve

        tl, lv, loss = self.timeline_panel, self.live_views, self.loss_plot
        tl.scrubbed.connect(lv.show_past)
        tl.scrubbed.connect(self.landscape_panel.show_past)
        tl.scrubbed.connect(lambda view: loss.set_marker(view.epoch))
        tl.live_requested.connect(lv.show_live)
        tl.live_requested.connect(self.landscape_panel.show_live)
        tl.live_requested.connect(lambda: loss.set_marker(None))
        self.document.weights_changed.connect(lambda: loss.set_marker(None))
        tl.fork_requested.connect(self._fork_from)
        self.document.forks_changed.connect(
            lambda: loss.set_background(*original_curve(self.document))
        )

    def _fork_from(self, epoch: int) -> None:
        if self.forks_panel.fork_from(epoch):
            self.docks["forksDock"].show()
            self.docks["forksDock"].raise_()

    def _make_run_bar(self) -> None:
        """Play, Step, Reset, speed, learning rate and the readouts, above every panel."""
        bar = QToolBar(self.tr("Run"), self)
        bar.setObjectName("runToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)  # the main path is never hidden
        bar.addWidget(self.training_panel.controls)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.run_bar = bar

    def _fit_to_screen(self) -> None:
        """Open on the screen's available area (a saved geometry replaces it later)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        self.setGeometry(area.adjusted(0, 0, 0, 0))
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(area.width() - frame.width(), area.height() - frame.height())
        docks_mod.size_docks(self, self.docks)

    def _make_actions(self) -> None:
        doc, prompts = self.document, self.prompts
        self.file_actions = FileActions(doc, prompts, self)
        self.export_actions = ExportActions(doc, prompts, {
            "loss": self.loss_plot.plot_widget, "boundary": self.boundary_plot.plot_widget,
            "activation": self.activation_plot.plot_widget, "network": self.network_view,
        }, self)  # fmt: skip
        self.tools_actions = ToolsActions(doc, prompts, self)
        self.record_actions = RecordActions(doc, prompts, self)
        self.lesson_actions = LessonActions(
            doc, self.file_actions, self.tools_actions, prompts, self._show_lesson, self
        )

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, "fileMenu", self.tr("&File"))
        self.file_actions.build_menu(file_menu)
        file_menu.addSeparator()
        self.export_actions.build_menu(file_menu)
        self.record_actions.build_menu(file_menu)
        file_menu.addSeparator()
        add_action(self, file_menu, "quitAction", self.tr("&Quit"), self.close,
                   QKeySequence.StandardKey.Quit, self.tr("Close the app"))  # fmt: skip
        from nnplayground.gui.actions.edit import build_edit_menu

        build_edit_menu(self, self._menu(bar, "editMenu", self.tr("&Edit")), self.document)
        train_menu = self._menu(bar, "trainingMenu", self.tr("&Training"))
        doc = self.document
        self.play_action = add_action(
            self, train_menu, "playAction", self.tr("Play / Pause"), self._toggle_play,
            Qt.Key.Key_Space, self.tr("Start or pause training (Space)"))  # fmt: skip
        add_action(self, train_menu, "stepAction", self.tr("Step one epoch"), self._step,
                   QKeySequence("Ctrl+Right"), self.tr("Train exactly one epoch"))  # fmt: skip
        add_action(self, train_menu, "slowStepAction", self.tr("Step one batch, slowly"),
                   self._step_slowly, None, self.tr("Walk through one mini-batch update "
                                                    "stage by stage"))  # fmt: skip
        add_action(self, train_menu, "resetAction", self.tr("Reset weights"), doc.reset,
                   QKeySequence("Ctrl+R"), self.tr("Draw the initial weights again"))  # fmt: skip
        self.tools_actions.build_menu(self._menu(bar, "toolsMenu", self.tr("T&ools")))
        self.lesson_actions.build_menu(self._menu(bar, "lessonsMenu", self.tr("&Lessons")))
        view_menu = self._menu(bar, "viewMenu", self.tr("&View"))
        from nnplayground.gui.presentation import PresentationMode

        self.presentation = PresentationMode(self, self.docks)
        view_menu.addAction(self.presentation.action)
        view_menu.addSeparator()
        docks_mod.fill_view_menu(view_menu, self.docks, self.restore_default_layout)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        self.tools_actions.build_language_menu(language_menu)

    @staticmethod
    def _menu(bar, name: str, title: str):
        menu = bar.addMenu(title)
        menu.setObjectName(name)
        return menu

    def _connect(self) -> None:
        doc = self.document
        for panel in self.panels:
            doc.add_check(panel.check_config)
            panel.config_changed.connect(doc.apply)
            doc.config_changed.connect(panel.set_config)
        doc.file_changed.connect(self._show_file)
        self.data_panel.regenerate_requested.connect(
            lambda: self.prompts.status(self.tr("New data drawn"), 3000)
        )
        tp = self.training_panel
        tp.controls.speed_changed.connect(doc.set_speed_limit)
        tp.play_toggled.connect(self._set_playing)
        tp.step_requested.connect(self._step)
        tp.reset_requested.connect(doc.reset)
        self.lessons_panel.lesson_requested.connect(self.lesson_actions.start_lesson)
        self.lessons_panel.try_this_requested.connect(self.lesson_actions.try_this)
        self._connect_replay()

    def _keyboard_order(self) -> None:
        """Tab follows the screen and every control has a name, now and after each edit
        (a new layer adds controls)."""
        from nnplayground.gui import keyboard

        def apply() -> None:
            order = [*docks_mod.LAYOUT, *self.docks]  # reading order, then any other dock
            docks = {n: self.docks[n] for n in dict.fromkeys(order) if n in self.docks}
            keyboard.apply(self, docks, [self.run_bar])

        # Once per rebuild (new layers bring new controls), coalesced and after the edit's
        # own handling: not on every live edit such as a learning-rate step, where it
        # walked the whole widget tree (15 ms) for nothing.
        pending = QTimer(self)
        pending.setSingleShot(True)
        pending.setInterval(0)
        pending.timeout.connect(apply)
        self.document.weights_changed.connect(pending.start)
        apply()

    # ------------------------------------------------------------ small glue
    def _set_playing(self, play: bool) -> None:
        if play:
            self.training_panel.clear_message()
            if self.document.at_epoch_limit() and not self._go_on_past_limit():
                self.training_panel.set_running(False)
                return
        self.document.set_playing(play)

    def _go_on_past_limit(self) -> bool:
        """Play at the epoch limit: offer to go on (the limit is lifted) or stay."""
        limit = self.document.config.training.epochs
        if not self.prompts.confirm_go_on(limit):
            return False
        cfg = self.document.config
        return self.document.apply(
            cfg.replace(training=dataclasses.replace(cfg.training, epochs=0))
        )

    def _toggle_play(self) -> None:
        self._set_playing(self.document.controller.state != "running")

    def _step(self) -> None:
        self.training_panel.clear_message()
        self.document.step()

    def _step_slowly(self) -> None:
        self.document.pause()
        dock = self.docks["slowStepDock"]
        dock.show()
        dock.raise_()
        tall = int(0.42 * self.height())  # the stage's plots need more than the default
        if not dock.isFloating() and dock.height() < tall:
            self.resizeDocks([dock], [tall], Qt.Orientation.Vertical)
        self.slow_step_panel.take_batch()

    def _show_file(self, path, modified: bool) -> None:
        from pathlib import Path

        name = Path(path).name if path else self.document.title
        self.setWindowTitle(self.tr("nnplayground — %1[*]").replace("%1", name))
        self.setWindowModified(modified)

    def _show_lesson(self, key: str) -> None:
        self.lessons_panel.select(key)
        dock = self.docks["lessonsDock"]
        dock.show()
        dock.raise_()

    def restore_default_layout(self) -> None:
        docks_mod.apply_default_layout(self, self.docks)

    # ------------------------------------------------------------ window events
    def _restore_layout(self) -> None:
        geometry, state = settings.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        restored = state is not None and self.restoreState(state, settings.LAYOUT_VERSION)
        self._size_on_show = not restored

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._size_on_show:
            # Dock sizes need the real window size, known once it is on screen.
            self._size_on_show = False
            QTimer.singleShot(0, lambda: docks_mod.size_docks(self, self.docks))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.file_actions.maybe_discard():
            event.ignore()
            return
        self.document.shutdown()
        self.landscape_panel.shutdown()
        self.tools_actions.shutdown()
        self.presentation.set_active(False)  # save the normal layout, not the projector's
        self.what_if_button.shutdown()
        self.record_actions.shutdown()
        settings.save_window_layout(self.saveGeometry(), self.saveState(settings.LAYOUT_VERSION))
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if _dropped_preset(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        path = _dropped_preset(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_actions.open_path(path)


def _dropped_preset(event) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
            return url.toLocalFile()
    return None
