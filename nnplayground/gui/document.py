"""The document: the network a learner has open, as a model with no widgets.

``Document`` owns the current config and experiment (network, data, trainer, history),
the file path, the modified flag and the training controller that runs the experiment.
It offers the operations (load, apply, reset, new weights, save, play, pause, step) and
says what changed through signals; panels, plots, dialogs and actions subscribe to it and
send it requests. None of them holds the window or each other (napari's ViewerModel).

Every change is a transaction: the new state is built and checked completely first, and
only then swapped in, so a refused preset or edit leaves the document as it was and the
path always belongs to the network shown.
"""

from __future__ import annotations

import dataclasses
import math
import random
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from nnplayground import limits, presets
from nnplayground.engine import build
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.control import LiveSettings
from nnplayground.engine.fork import Branch, Run
from nnplayground.gui.controller import TrainingController
from nnplayground.gui.messages import localized

#: Networks with more parameters than this are written off the GUI thread: measured,
#: a 16 x 256 network (about a million numbers) took 9-10 s to write; 20,000 take < 0.1 s.
BACKGROUND_SAVE_PARAMS = 20_000
#: Multiply-adds of the view snapshot after a weight edited by hand (1/16 of the
#: worker's): full detail up to ~3,500 parameters, a coarser grid and probe above.
EDIT_VIEW_WORK = 2**25


class Document(QObject):
    """The open network and its file. Signals say what changed:

    - ``data_changed(dataset)``: the training and test points were replaced;
    - ``structure_changed(config)``: layers, units, activations or inputs may differ;
    - ``weights_changed()``: a new experiment (weights and history) is current;
    - ``config_changed(config)``: any part of the config (panels show it);
    - ``training_settings_changed(config)``: only live settings changed (no rebuild);
    - ``file_changed(path, modified)``: the path, the title or the modified flag;
    - ``refused(message)``: an edit was not applied, with the one-sentence reason;
    - ``parameter_changed(index)``: one weight or bias was edited by hand (or undone);
    - ``readout_changed(row)``: train/test loss and accuracy re-evaluated after a hand
      edit, as a history row (4,).

    Hand edits of a weight (:meth:`set_parameter`) and of the data (:meth:`set_points`)
    go on ``undo_stack``; loading, resetting or rebuilding the network clears it.

    Training signals of the current run are relayed from the controller:
    ``progress``, ``views``, ``state_changed``, ``diverged``, ``failed``, ``finished``.
    """

    data_changed = Signal(object)
    structure_changed = Signal(object)
    weights_changed = Signal()
    config_changed = Signal(object)
    training_settings_changed = Signal(object)
    file_changed = Signal(object, bool)
    refused = Signal(str)
    parameter_changed = Signal(int)
    readout_changed = Signal(object)
    saved = Signal(str)  # path, after a save in the background
    save_failed = Signal(str, object)  # path, the exception
    forks_changed = Signal()  # the run's branches, or which one is current, changed

    progress = Signal(object)
    views = Signal(object)
    state_changed = Signal(str)
    diverged = Signal(object)  # the Divergence's Message
    failed = Signal(str)
    finished = Signal(object)

    def __init__(self, preset: presets.Preset | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = TrainingController(self)
        self._path: str | None = None
        self._modified = False
        self._title_edited = False
        self._generation = 0  # counts changes, so a background save knows if it is current
        #: Epochs per second at most (None: as fast as possible). A setting of the window,
        #: not of the preset: it survives loads, edits and resets.
        self._speed_limit: float | None = None
        #: Checks a config must pass before anything changes (the panels' check_config:
        #: a value a widget cannot show is refused, never clamped).
        self._checks: list[Callable[[ExperimentConfig], None]] = []
        self._saving: threading.Thread | None = None
        #: The lesson whose preset is open (None once another network is loaded).
        self.lesson_key: str | None = None
        #: Undo and redo of hand edits (weights, data points).
        self.undo_stack = QUndoStack(self)
        preset = preset or presets.load_bundled(presets.DEFAULT_PRESET)
        self._experiment = build.Experiment.from_config(
            preset.config, weights=preset.weights, history=preset.history
        )
        self._config = self._experiment.config
        self._set_run(Run.from_experiment(self._experiment))
        self._save_done.connect(self._on_save_done)
        ctl = self.controller
        ctl.progress.connect(self._on_progress)
        ctl.views.connect(self.views)
        ctl.state_changed.connect(self.state_changed)
        ctl.diverged.connect(self.diverged)
        ctl.failed.connect(self.failed)
        ctl.finished.connect(self.finished)

    # ------------------------------------------------------------ state (read-only)
    @property
    def config(self) -> ExperimentConfig:
        return self._config

    @property
    def experiment(self) -> build.Experiment:
        return self._experiment

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def modified(self) -> bool:
        return self._modified

    @property
    def title(self) -> str:
        """The preset's title, or the file's name, or "Untitled" (translated)."""
        from nnplayground.gui.panels.help_texts import preset_title

        title = preset_title(self._config.title)
        if title:
            return title
        return Path(self._path).stem if self._path else self.tr("Untitled")

    def history_rows(self):
        """Every recorded epoch as (n, 4) rows (a copy; the run is paused meanwhile)."""
        with self.controller.hold():
            return self._experiment.trainer.history.slice(0)

    def current_preset(self) -> presets.Preset:
        """The config and the current weights (a running worker is paused while copying)."""
        with self.controller.hold():
            weights = self._experiment.network.get_weights()
            history = self._experiment.trainer.history.slice(0)
        return presets.Preset(self._config, weights, history if len(history) else None)

    def add_check(self, check: Callable[[ExperimentConfig], None]) -> None:
        """``check(cfg)`` raises ValueError with one sentence for a config it refuses; it
        runs before a load or an edit changes anything."""
        self._checks.append(check)

    def _check(self, cfg: ExperimentConfig) -> None:
        for check in self._checks:
            check(cfg)

    # ------------------------------------------------------------ whole documents
    def announce(self) -> None:
        """Emit every signal once so freshly connected views show the document."""
        self._emit_installed(None)
        self.file_changed.emit(self._path, self._modified)

    def load(self, preset: presets.Preset, path: str | None, lesson: str | None = None) -> None:
        """Replace the document by ``preset`` (from ``path``, or None for a new one).

        Raises ValueError if the preset cannot be built or shown; nothing has changed then.
        """
        self._check(preset.config)
        experiment = build.Experiment.from_config(
            preset.config, weights=preset.weights, history=preset.history
        )
        self.controller.stop()
        self._install(experiment)
        self.undo_stack.clear()
        self.lesson_key = lesson
        self._title_edited = False
        self._set_file(path, modified=False)

    def load_file(self, path: str) -> None:
        """Read, check and build ``path`` completely, then make it the document.

        Raises PresetError, ValueError or OSError with one sentence; the document is
        unchanged then (path and title included).
        """
        self.load(presets.load_preset(path), path)

    def save(self, path: str) -> None:
        """Write the config and current weights to ``path``; it becomes the document's file.

        Raises PresetError, OSError or TimeoutError; the document is unchanged then.
        """
        preset = self._preset_for(path)
        presets.save_preset(preset, path)
        self._saved_as(preset.config, path, self._generation)

    @property
    def is_saving(self) -> bool:
        return self._saving is not None

    def save_in_background(self, path: str) -> bool:
        """Like :meth:`save`, but the file is written by a Python thread (the weights are
        copied first, with training paused for the copy only). ``saved`` or
        ``save_failed`` says how it went. False (and nothing written) while another save
        is under way; raises TimeoutError if the run would not pause for the copy."""
        if self._saving is not None:
            return False
        preset, generation = self._preset_for(path), self._generation

        def write() -> None:
            try:
                presets.save_preset(preset, path)
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                self._save_done.emit(path, preset.config, generation, exc)
            else:
                self._save_done.emit(path, preset.config, generation, None)

        self._saving = threading.Thread(target=write, name="save-preset", daemon=False)
        self._saving.start()
        return True

    def wait_for_save(self, timeout: float | None = None) -> None:
        """Block until a background save has written its file (the app is closing)."""
        if self._saving is not None:
            self._saving.join(timeout)

    def needs_background_save(self) -> bool:
        return self._experiment.network.flat_params.size > BACKGROUND_SAVE_PARAMS

    def _preset_for(self, path: str) -> presets.Preset:
        preset = self.current_preset()
        if self._path != path and not self._title_edited:
            # "Save As" names the network after its new file unless the user titled it.
            cfg = preset.config.replace(title=Path(path).stem)
            preset = presets.Preset(cfg, preset.weights, preset.history)
        return preset

    _save_done = Signal(str, object, int, object)  # path, config, generation, error

    def _on_save_done(self, path: str, cfg: ExperimentConfig, generation: int, error) -> None:
        thread, self._saving = self._saving, None
        if thread is not None:
            thread.join()
        if error is not None:
            self.save_failed.emit(path, error)
            return
        self._saved_as(cfg, path, generation)
        self.saved.emit(path)

    def _saved_as(self, cfg: ExperimentConfig, path: str, generation: int) -> None:
        """``cfg`` was written to ``path`` when the document was at ``generation``."""
        if cfg.title != self._config.title and generation == self._generation:
            self._config = self._experiment.config = cfg
            self.config_changed.emit(cfg)
        # Changes made while a background save ran are not in the file: still modified.
        self._set_file(path, modified=generation != self._generation)

    # ------------------------------------------------------------ edits
    def apply(self, cfg: ExperimentConfig) -> bool:
        """A user's edit: check it, then rebuild what it touches. False if refused (the
        reason is emitted by ``refused`` and the panels are shown the unchanged config)."""
        old = self._config
        cfg = _drop_points_if_regenerated(old, cfg)
        if cfg == old:
            return True
        # The data already loaded serves the check when the data settings are unchanged:
        # a CSV file edited or deleted since does not block every later edit.
        same_data = self._experiment.dataset if cfg.data == old.data else None
        try:
            build.check_experiment(cfg, same_data)  # its reasons are translated: first
            self._check(cfg)
        except ValueError as exc:
            return self._refuse(localized(exc))
        if cfg.title != old.title or cfg.description != old.description:
            self._title_edited = True
        if _only_fields_differ(old, cfg, LiveSettings.CONFIG_FIELDS):
            self._config = self._experiment.config = cfg
            self._push_live_settings()
            self.config_changed.emit(cfg)
            self.training_settings_changed.emit(cfg)
        else:
            try:
                experiment = build.Experiment.from_config(cfg, dataset=same_data)
            except ValueError as exc:
                return self._refuse(localized(exc))
            self.controller.stop()
            self._install(experiment)
            self.undo_stack.clear()
        self._set_file(self._path, modified=True)
        return True

    def reset(self, new_seed: bool = False) -> None:
        """Draw the initial weights again (with a new seed if asked) on the same data."""
        self.controller.stop()
        seed = random.randrange(1, limits.MAX_SEED) if new_seed else None
        self._install(self._experiment.reset(seed))
        self.undo_stack.clear()
        self._set_file(self._path, modified=True)

    def new_weights(self) -> None:
        self.reset(new_seed=True)

    def mark_modified(self) -> None:
        self._set_file(self._path, modified=True)

    def refresh_views(self, work: int | None = None) -> None:
        """The weights were edited in place (a step applied by hand): emit ``views`` with a
        fresh snapshot so every live view redraws (the run is paused for the copy).
        ``work``: the snapshot's budget in multiply-adds (default: the worker's)."""
        from nnplayground.gui.worker import VIEW_WORK, make_view

        with self.controller.hold():
            view = make_view(self._experiment, self.controller.run_id, work=work or VIEW_WORK)
        self.views.emit(view)

    # ------------------------------------------------------------ hand edits (undoable)
    def parameter(self, index: int) -> float:
        """The current value of flat parameter ``index``."""
        with self.controller.hold():
            return float(self._experiment.network.flat_params[index])

    def set_parameter(self, index: int, value: float, merge: bool = False) -> bool:
        """Set flat parameter ``index`` (a weight or bias) to ``value``, undoably; ``merge``
        joins it with the previous edit of the same parameter (a slider drag). The run is
        held while writing; every view redraws. False (and ``refused``) for a value that
        is not a finite number or an index out of range."""
        from nnplayground.engine.landscape import param_info

        net = self._experiment.network
        try:
            info = param_info(net, int(index))
            value = float(value)
            if not math.isfinite(value):
                raise ValueError(self.tr("A weight must be a finite number."))
        except (TypeError, ValueError) as exc:
            return self._refuse(localized(exc))
        old = self.parameter(info.index)
        if old == value:
            return True
        from nnplayground.gui.undo import ParameterCommand

        self.undo_stack.push(ParameterCommand(self, info.index, info.label, old, value, merge))
        return True

    def set_points(self, points, text: str | None = None) -> bool:
        """Train and test on the hand-placed ``points`` (a DataPoints; None: back to the
        data settings' own points), undoably, keeping the network's weights, the features
        and the split ratio. False (and ``refused``) if the points cannot be used."""
        from nnplayground.gui.undo import PointsCommand

        old = self._config.data.points
        if points == old:
            return True
        try:
            self._experiment_with_points(points)
        except ValueError as exc:
            return self._refuse(localized(exc))
        self.undo_stack.push(PointsCommand(self, text or self.tr("Edit data"), old, points))
        return True

    def _experiment_with_points(self, points) -> build.Experiment:
        cfg = self._config.replace(data=dataclasses.replace(self._config.data, points=points))
        build.check_experiment(cfg)
        with self.controller.hold():
            weights = self._experiment.network.get_weights()
        return build.Experiment.from_config(cfg, weights=weights)

    def _write_parameter(self, index: int, value: float) -> None:
        """Write one parameter with the run held, re-evaluate the losses, redraw."""
        exp = self._experiment
        with self.controller.hold():
            exp.network.flat_params[index] = value
            tr = exp.trainer
            with np.errstate(all="ignore"):
                train = tr.evaluate(tr.X_train, tr.y_train) or (math.nan, math.nan)
                test = tr.evaluate(tr.X_test, tr.y_test) or (math.nan, math.nan)
        self._set_file(self._path, modified=True)
        self.parameter_changed.emit(index)
        self.readout_changed.emit(np.array([train[0], test[0], train[1], test[1]]))
        # A weight dragged by hand redraws on every slider step: a lighter snapshot (a
        # coarser grid and probe for big networks only) keeps the views following it.
        self.refresh_views(work=EDIT_VIEW_WORK)

    def _install_points(self, points) -> None:
        """Make ``points`` the data (the undo stack's writer)."""
        experiment = self._experiment_with_points(points)
        self.controller.stop()
        self._install(experiment)
        self._set_file(self._path, modified=True)

    # ------------------------------------------------------------ training
    def play(self) -> None:
        ctl = self.controller
        if ctl.state == "paused":
            ctl.resume()
        elif ctl.state == "idle":
            ctl.start(self._experiment)

    def pause(self) -> None:
        self.controller.pause()

    def set_playing(self, play: bool) -> None:
        if play:
            self.play()
        else:
            self.pause()

    def at_epoch_limit(self) -> bool:
        """True when no run is going on and the epoch limit is reached (Play would stop
        at once)."""
        limit = self._config.training.epochs
        idle = self.controller.state == "idle"
        return bool(limit) and idle and self._experiment.trainer.epoch >= limit

    def toggle_play(self) -> None:
        self.set_playing(self.controller.state != "running")

    def step(self) -> None:
        self.controller.step(self._experiment)

    def shutdown(self) -> None:
        """Stop training and wait for every thread, a save's too (the window is closing)."""
        self.controller.shutdown()
        self.wait_for_save()

    # ------------------------------------------------------------ the run: timeline, forks
    @property
    def run(self) -> Run:
        """The main run and its forks (engine.fork.Run); its branches' timelines record."""
        return self._run

    @property
    def branch(self) -> Branch:
        """The branch shown and trained now (the main run or a fork)."""
        return self._branch

    def _set_run(self, run: Run, branch: Branch | None = None) -> None:
        self._run, self._branch = run, branch or run.main
        # The timeline keeps weights and optimizer state; the per-layer statistics of a
        # past epoch are computed when it is looked at (make_view / stats_at). Measuring
        # them at every early epoch took the training thread's time from the GUI thread.
        self._branch.timeline.stats_enabled = False
        self.controller.timeline = self._branch.timeline

    def experiment_at(self, epoch: int) -> build.Experiment:
        """The current branch at its snapshot at or before ``epoch``, detached (its own
        network): looking at it never changes the weights training continues from."""
        return self._branch.at(epoch)

    def fork(self, epoch: int, cfg: ExperimentConfig | None = None) -> Branch:
        """Continue the current branch from its snapshot at or before ``epoch`` under
        ``cfg`` (default unchanged), with the same batch order; the fork becomes current.

        Raises ValueError (one sentence) for a config that cannot be built or shown."""
        if cfg is not None:
            try:
                build.check_experiment(cfg, self._experiment.dataset)
                self._check(cfg)
            except ValueError as exc:
                raise ValueError(localized(exc)) from exc
        self.controller.stop()
        branch = self._run.fork(epoch, cfg, parent=self._branch)
        self._install(branch.experiment, self._run)
        self._set_file(self._path, modified=True)
        return branch

    def show_branch(self, branch: Branch) -> None:
        """Make ``branch`` (one of the run's) current: shown, trained by Play."""
        if branch is self._branch:
            return
        self.controller.stop()
        self._install(branch.experiment, self._run)

    def keep_branch(self, branch: Branch, kept: bool = True) -> None:
        self._run.keep(branch, kept)
        self.forks_changed.emit()

    def drop_branch(self, branch: Branch) -> None:
        """Remove a fork (the main run goes on being shown if it was current)."""
        if branch is self._branch:
            self.show_branch(self._run.main)
        self._run.drop(branch)
        self.forks_changed.emit()

    def promote_branch(self, branch: Branch) -> None:
        """Make ``branch`` the main run (the old one stays listed as a fork)."""
        self._run.promote(branch)
        self.forks_changed.emit()
        self._set_file(self._path, modified=True)

    def save_run(self, path: str) -> None:
        """Write the run (preset, timelines, forks) to ``path`` atomically (a paused run
        is held still while writing). Raises RunFileError or OSError; nothing changes."""
        from nnplayground.presets.runfile import save_run

        with self.controller.hold():
            save_run(self._run, path)

    def open_run(self, path: str) -> None:
        """Replace the document by the run file ``path`` (timeline and forks intact).
        Raises RunFileError, ValueError or OSError; the document is unchanged then."""
        from nnplayground.presets.runfile import load_run

        run = load_run(path)
        self._check(run.main.config)
        self.controller.stop()
        self._install(run.main.experiment, run)
        self.lesson_key = None
        self._title_edited = False
        self._set_file(None, modified=False)

    # ------------------------------------------------------------ internals
    def _refuse(self, message: str) -> bool:
        self.refused.emit(message)
        self.config_changed.emit(self._config)  # panels go back to what is applied
        return False

    @property
    def speed_limit(self) -> float | None:
        return self._speed_limit

    def set_speed_limit(self, epochs_per_second: float | None) -> None:
        """Train at most ``epochs_per_second`` (None: as fast as possible), live."""
        self._speed_limit = epochs_per_second
        self._push_live_settings()

    def _push_live_settings(self) -> None:
        """Hand the run one frozen LiveSettings (learning rate, stop rules, speed limit):
        the trainer reads it at its next mini-batch or epoch."""
        live = LiveSettings.from_config(self._config.training, self._speed_limit)
        self.controller.set_live_settings(live, self._experiment)

    def _install(self, experiment: build.Experiment, run: Run | None = None) -> None:
        """Make ``experiment`` current: a new run (timeline, no forks) unless ``run``
        already holds it as one of its branches."""
        old = self._experiment
        if run is None:
            run = Run.from_experiment(experiment)
        self._set_run(run, next(b for b in run.branches() if b.experiment is experiment))
        self._experiment, self._config = experiment, experiment.config
        self._push_live_settings()  # a new trainer starts with the window's speed limit
        self._emit_installed(old)
        self.forks_changed.emit()

    def _emit_installed(self, old: build.Experiment | None) -> None:
        new = self._experiment
        if old is None or old.dataset is not new.dataset:
            self.data_changed.emit(new.dataset)
        if old is None or old.dataset is not new.dataset or _structure(old) != _structure(new):
            self.structure_changed.emit(self._config)
        self.config_changed.emit(self._config)
        self.weights_changed.emit()

    def _set_file(self, path: str | None, modified: bool) -> None:
        if modified:
            self._generation += 1
        self._path, self._modified = path, modified
        self.file_changed.emit(path, modified)

    def _on_progress(self, snapshot) -> None:
        # Training a bundled preset or a lesson is not a change to ask about on quit;
        # training a file the user opened or saved is (its weights would be lost).
        if len(snapshot.rows) and self._path is not None and not self._modified:
            self._set_file(self._path, modified=True)
        self.progress.emit(snapshot)


#: Data settings that draw other points: changing one replaces hand-placed points.
_POINT_SOURCES = ("dataset", "n_points", "noise", "seed", "n_classes", "csv_path")


def _drop_points_if_regenerated(old: ExperimentConfig, new: ExperimentConfig) -> ExperimentConfig:
    """``new`` without hand-placed points when it asks for other generated or CSV data
    (features and the split ratio keep them)."""
    if new.data.points is None or new.data.points != old.data.points:
        return new
    if all(getattr(old.data, f) == getattr(new.data, f) for f in _POINT_SOURCES):
        return new
    return new.replace(data=dataclasses.replace(new.data, points=None))


def _structure(experiment: build.Experiment) -> tuple:
    """What the network view and activation plot draw: sizes and activations."""
    cfg = experiment.config
    return (tuple(experiment.network.sizes), cfg.network, cfg.data.features, cfg.task)


def _only_fields_differ(old: ExperimentConfig, new: ExperimentConfig, fields) -> bool:
    """True if ``new`` differs from ``old`` at most in ``training.<fields>``, title and
    description."""
    keep = {f: getattr(old.training, f) for f in fields}
    if dataclasses.replace(new.training, **keep) != old.training:
        return False
    rest = dataclasses.replace(new, training=old.training, title=old.title)
    return dataclasses.replace(rest, description=old.description) == old
