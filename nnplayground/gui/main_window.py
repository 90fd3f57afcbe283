"""The main window: holds the current config and experiment and wires panels, plots and
the training controller together. It computes nothing itself: the engine builds and
trains, the worker makes snapshots, the widgets draw them.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from nnplayground import presets
from nnplayground.engine import build
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.control import LiveSettings
from nnplayground.gui import docks as docks_mod
from nnplayground.gui import settings
from nnplayground.gui.controller import TrainingController
from nnplayground.gui.export_actions import ExportActionsMixin
from nnplayground.gui.file_actions import FileActionsMixin
from nnplayground.gui.messages import localized
from nnplayground.gui.neuron_map import NeuronMapMixin
from nnplayground.gui.tools_actions import ToolsActionsMixin
from nnplayground.gui.worker import make_view

_STOP_RULE_FIELDS = ("epochs", "target_loss", "patience")


class MainWindow(
    QMainWindow, FileActionsMixin, ExportActionsMixin, ToolsActionsMixin, NeuronMapMixin
):
    """nnplayground's window. ``config`` and ``experiment`` are the document."""

    def __init__(self, preset: presets.Preset | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.controller = TrainingController(self)
        self._path: str | None = None
        self._last_view = None
        self._last_row = None
        self._init_neuron_map()
        self._make_widgets()
        self._make_docks()
        self._make_menus()
        self._connect()
        self.resize(1280, 800)
        self.setMinimumSize(1024, 640)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setToolTip(self.tr("What the trainer is doing"))
        self.statusBar().addPermanentWidget(self.status_label)
        self.load_preset(preset or presets.load_bundled(presets.DEFAULT_PRESET), None)
        self._restore_layout()

    # ------------------------------------------------------------ construction
    def _make_widgets(self) -> None:
        from nnplayground.gui.panels.architecture import ArchitecturePanel
        from nnplayground.gui.panels.data import DataPanel
        from nnplayground.gui.panels.diagnostics import DiagnosticsPanel
        from nnplayground.gui.panels.lessons import LessonsPanel
        from nnplayground.gui.panels.training import TrainingPanel
        from nnplayground.gui.plots.activation import ActivationPlot
        from nnplayground.gui.plots.boundary import BoundaryPlot
        from nnplayground.gui.plots.loss import LossPlot
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
        self.setCentralWidget(self.network_view)
        self.panels = (self.architecture_panel, self.data_panel, self.training_panel)

    def _make_docks(self) -> None:
        specs = [
            ("architectureDock", self.tr("Architecture"), self.architecture_panel,
             self.tr("Layers, units, activations and initializers")),
            ("dataDock", self.tr("Data"), self.data_panel, self.tr("The points to learn from")),
            ("trainingDock", self.tr("Training"), self.training_panel,
             self.tr("Loss, optimizer, stop rules; play, step and reset")),
            ("boundaryDock", self.tr("Decision boundary"), self.boundary_plot,
             self.tr("What the network predicts over the plane")),
            ("lossDock", self.tr("Loss"), self.loss_plot, self.tr("Train and test loss per epoch")),
            ("activationDock", self.tr("Activation"), self.activation_plot,
             self.tr("A layer's activation, its derivative and its real pre-activations")),
            ("diagnosticsDock", self.tr("Diagnostics"), self.diagnostics_panel,
             self.tr("Dead and saturated units, gradient norms per layer")),
            ("lessonsDock", self.tr("Lessons"), self.lessons_panel,
             self.tr("Guided lessons: what to look at, what to change, what you will see")),
        ]  # fmt: skip
        self.docks = {
            name: docks_mod.make_dock(self, name, title, widget, tip, name in docks_mod.SCROLLED)
            for name, title, widget, tip in specs
        }
        docks_mod.apply_default_layout(self, self.docks)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self._build_file_menu(file_menu)
        train_menu = bar.addMenu(self.tr("&Training"))
        train_menu.setObjectName("trainingMenu")
        self.play_action = self._menu_action(
            train_menu, "playAction", self.tr("Play / Pause"), Qt.Key.Key_Space,
            self.tr("Start or pause training (Space)"), self.toggle_play)  # fmt: skip
        self._menu_action(train_menu, "stepAction", self.tr("Step one epoch"),
                          QKeySequence("Ctrl+Right"), self.tr("Train exactly one epoch"),
                          self.step)  # fmt: skip
        self._menu_action(train_menu, "resetAction", self.tr("Reset weights"),
                          QKeySequence("Ctrl+R"), self.tr("Draw the initial weights again"),
                          lambda: self.reset(False))  # fmt: skip
        tools_menu = bar.addMenu(self.tr("T&ools"))
        tools_menu.setObjectName("toolsMenu")
        self._build_tools_menu(tools_menu)
        lessons_menu = bar.addMenu(self.tr("&Lessons"))
        lessons_menu.setObjectName("lessonsMenu")
        self._build_lessons_menu(lessons_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        docks_mod.fill_view_menu(view_menu, self.docks, self.restore_default_layout)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        self._build_language_menu(language_menu)

    def _menu_action(self, menu, name, text, key, tip, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        for panel in self.panels:
            panel.config_changed.connect(self.apply_config)
        self.data_panel.regenerate_requested.connect(
            lambda: self.statusBar().showMessage(self.tr("New data drawn"), 3000)
        )
        tp = self.training_panel
        tp.play_toggled.connect(self.set_playing)
        tp.step_requested.connect(self.step)
        tp.reset_requested.connect(self.reset)
        ctl = self.controller
        ctl.progress.connect(self._on_progress)
        ctl.views.connect(self._on_views)
        ctl.state_changed.connect(self._on_state)
        ctl.diverged.connect(self._on_diverged)
        ctl.failed.connect(self._on_failed)
        ctl.finished.connect(self._on_finished)
        self.lessons_panel.lesson_requested.connect(self.start_lesson)
        self.lessons_panel.try_this_requested.connect(self.try_this)
        self.network_view.neuron_hovered.connect(self._on_neuron_hovered)
        self.network_view.neuron_clicked.connect(self._on_neuron_clicked)

    # ------------------------------------------------------------ the document
    @property
    def config(self) -> ExperimentConfig:
        return self._config

    @property
    def experiment(self) -> build.Experiment:
        return self._experiment

    def load_preset(self, preset: presets.Preset, path: str | None) -> None:
        """Replace the document (raises ValueError if it cannot be built; nothing changes)."""
        experiment = build.Experiment.from_config(preset.config, weights=preset.weights)
        self.controller.stop()
        self._install(experiment)
        self._set_document(path, modified=False)
        self.lesson_key = None

    def current_preset(self) -> presets.Preset:
        """The config and the current weights (a running worker is paused while copying)."""
        with self.controller.hold():
            weights = self._experiment.network.get_weights()
        return presets.Preset(self._config, weights)

    def _set_document(self, path: str | None, modified: bool) -> None:
        self._path = path
        from nnplayground.gui.panels.help_texts import preset_title

        title = preset_title(self._config.title) or (
            Path(path).stem if path else self.tr("Untitled")
        )
        self.setWindowTitle(self.tr("nnplayground — %1[*]").replace("%1", title))
        self.setWindowModified(modified)

    def apply_config(self, cfg: ExperimentConfig) -> bool:
        """A panel's edit: validate, then rebuild what it touches. False if refused."""
        old = self._config
        if cfg == old:
            return True
        try:
            build.check_experiment(cfg)
        except ValueError as exc:
            return self._refuse(localized(exc))
        if _only_training_fields_differ(old, cfg, ("learning_rate", *_STOP_RULE_FIELDS)):
            self._config = self._experiment.config = cfg
            speed = self._experiment.trainer.live.max_epochs_per_second
            live = LiveSettings.from_config(cfg.training, speed)
            self.controller.set_live_settings(live, self._experiment)
        else:
            dataset = self._experiment.dataset if cfg.data == old.data else None
            try:
                experiment = build.Experiment.from_config(cfg, dataset=dataset)
            except ValueError as exc:
                return self._refuse(localized(exc))
            self.controller.stop()
            self._install(experiment)
        self._sync_panels()
        self.setWindowModified(True)
        return True

    def _refuse(self, message: str) -> bool:
        self.statusBar().showMessage(self.tr("Not applied: %1").replace("%1", message), 10000)
        self._sync_panels()
        return False

    def _sync_panels(self) -> None:
        for panel in self.panels:
            panel.set_config(self._config)
        self._update_dialogs()

    def _install(self, experiment: build.Experiment) -> None:
        """Make ``experiment`` current and redraw every view from scratch."""
        self._experiment, self._config = experiment, experiment.config
        self._last_row, self._probe, self._pinned = None, None, None
        self._sync_panels()
        data = experiment.dataset
        self.data_panel.set_dataset(data)
        self.boundary_plot.show_neuron(None)
        self.boundary_plot.set_dataset(data)
        self.network_view.set_network(self._config, data.features, data.bounds)
        self.activation_plot.set_layers(self._config)
        self.loss_plot.reset()
        self.diagnostics_panel.reset()
        self.training_panel.clear_message()
        history = experiment.trainer.history
        if len(history):
            self.loss_plot.append(1, history.slice(0))
            self._last_row = history.slice(len(history) - 1)[0]
        self._show_readouts(experiment.trainer.epoch, 0.0)
        self._show_view(make_view(experiment, self.controller.run_id))
        self._on_state(self.controller.state)

    # ------------------------------------------------------------ training commands
    def set_playing(self, play: bool) -> None:
        if not play:
            self.controller.pause()
        elif self.controller.state == "paused":
            self.controller.resume()
        elif self.controller.state == "idle":
            self.training_panel.clear_message()
            self.controller.start(self._experiment)

    def toggle_play(self) -> None:
        self.set_playing(self.controller.state != "running")

    def step(self) -> None:
        self.training_panel.clear_message()
        self.controller.step(self._experiment)

    def reset(self, new_seed: bool = False) -> None:
        """New initial weights (with a new seed if asked) on the same data."""
        self.controller.stop()
        seed = random.randrange(1, 2**31) if new_seed else None
        self._install(self._experiment.reset(seed))
        self.setWindowModified(True)

    def restore_default_layout(self) -> None:
        docks_mod.apply_default_layout(self, self.docks)

    # ------------------------------------------------------------ controller signals
    def _on_progress(self, snap) -> None:
        if snap.run_id != self.controller.run_id:
            return
        if len(snap.rows):
            self.loss_plot.append(snap.first_epoch, snap.rows)
            self._last_row = snap.rows[-1]
            self.setWindowModified(True)
        self._show_readouts(snap.epoch, snap.epochs_per_second)

    def _show_readouts(self, epoch: int, rate: float) -> None:
        row = self._last_row
        if row is None:
            self.training_panel.set_progress(epoch, rate, None, None, None, None)
        else:
            self.training_panel.set_progress(epoch, rate, *(float(v) for v in row))

    def _on_views(self, view) -> None:
        if view.run_id == self.controller.run_id:
            self._show_view(view)

    def _show_view(self, view) -> None:
        self._last_view = view
        if view.grid is not None:
            self.boundary_plot.update_grid(view.grid)
        self.network_view.update_view(view)
        self.activation_plot.update_view(view)
        self.diagnostics_panel.update_view(view)
        self.architecture_panel.set_layer_status([lv.stats for lv in view.layers])
        self.lessons_panel.update_view(view, self._config)
        if self._pinned is not None and not self._hovering:
            self._show_neuron(*self._pinned)  # a pinned neuron's map follows training

    def _on_state(self, state: str) -> None:
        self.training_panel.set_running(state == "running")
        texts = {"idle": self.tr("Idle"), "running": self.tr("Training"),
                 "paused": self.tr("Paused")}  # fmt: skip
        self.status_label.setText(texts.get(state, state))

    def _on_diverged(self, message) -> None:
        message = localized(message)  # the Divergence's Message, in the user's language
        self.training_panel.show_message(message, "error")
        self.statusBar().showMessage(message, 15000)
        # A blow-up spans hundreds of decades: only a log axis keeps the curve readable.
        self.loss_plot.set_log_scale(True)

    def _on_failed(self, message: str) -> None:
        text = self.tr("Training stopped by an error: %1").replace("%1", message)
        self.training_panel.show_message(text, "error")
        self.statusBar().showMessage(text, 15000)

    def _on_finished(self, result) -> None:
        texts = {
            "epochs": self.tr("Stopped at the epoch limit (%1); raise it in Training to go on."),
            "target_loss": self.tr("Reached the target loss at epoch %1."),
            "patience": self.tr("Stopped at epoch %1: the test loss stopped improving."),
        }
        if result.reason in texts:
            value = self._config.training.epochs if result.reason == "epochs" else result.epochs
            text = texts[result.reason].replace("%1", str(value))
            self.training_panel.show_message(text, "info")
            self.statusBar().showMessage(text, 10000)

    # ------------------------------------------------------------ window events
    def _restore_layout(self) -> None:
        geometry, state = settings.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, settings.LAYOUT_VERSION)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._maybe_discard():
            event.ignore()
            return
        self.controller.shutdown()
        self._close_dialogs()
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
        self.open_path(path)


def _only_training_fields_differ(old: ExperimentConfig, new: ExperimentConfig, fields) -> bool:
    """True if ``new`` differs from ``old`` at most in ``training.<fields>``, title, description."""
    keep = {f: getattr(old.training, f) for f in fields}
    if dataclasses.replace(new.training, **keep) != old.training:
        return False
    rest = dataclasses.replace(new, training=old.training, title=old.title)
    return dataclasses.replace(rest, description=old.description) == old


def _dropped_preset(event) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
            return url.toLocalFile()
    return None
