"""TrainingController: owns at most one training run (a worker in its QThread).

Lives in the GUI thread. It relays the worker's signals after dropping anything from an
older run, and shuts a run down in the documented order: ``request_stop()``,
``thread.quit()``, ``thread.wait()``; never ``terminate()``.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Iterator

from PySide6.QtCore import QObject, Qt, QThread, Signal

from nnplayground.engine.control import LiveSettings
from nnplayground.gui.worker import TrainingWorker

log = logging.getLogger(__name__)

#: Every QThread a controller started, so tests can assert none is left running.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()
_CONTROLLERS: weakref.WeakSet[TrainingController] = weakref.WeakSet()

# The loop looks at stop and pause after every mini-batch; a mini-batch of the largest
# network the editor builds, plus the final snapshot, takes well under a second.
STOP_TIMEOUT_MS = 5000
PARK_TIMEOUT_S = 5.0

IDLE, RUNNING, PAUSED = "idle", "running", "paused"


def worker_thread(worker, name: str) -> QThread:
    """A new, not yet started QThread running ``worker.run``, wired by the conventions:
    started → run, finished → quit (direct: quit() is thread-safe), finished → deleteLater
    for both. Registered so live_threads() (and the tests' leak check) see it."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    _THREADS.add(thread)
    return thread


def shutdown_all() -> None:
    """Stop every controller's run (a safety net for tests and application exit)."""
    for controller in list(_CONTROLLERS):
        with contextlib.suppress(RuntimeError):
            controller.shutdown()


def live_threads() -> list[QThread]:
    """Controller threads still running (deleted ones are skipped)."""
    alive = []
    for thread in list(_THREADS):
        try:
            if thread.isRunning():
                alive.append(thread)
        except RuntimeError:  # the C++ object is already gone
            continue
    return alive


class TrainingController(QObject):
    """Start, pause, resume, step (an epoch or a mini-batch) and stop one run at a time.

    ``state_changed`` follows the user's intent ("idle", "running", "paused") at once;
    ``finished`` is emitted when a run ends by itself (stop rule, divergence, error),
    not after :meth:`stop`, which discards the run and anything it still has in flight.
    """

    progress = Signal(object)  # ProgressSnapshot of the current run
    views = Signal(object)  # ViewSnapshot of the current run
    state_changed = Signal(str)
    diverged = Signal(object)  # the Divergence's Message: English str; localized() it
    failed = Signal(str)
    finished = Signal(object)  # RunResult

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TrainingWorker | None = None
        self._thread: QThread | None = None
        self._run_id = 0
        self._state = IDLE
        self._stragglers: list[tuple[TrainingWorker, QThread]] = []
        #: The engine Timeline new runs record into (the document sets it; None: none).
        self.timeline = None
        _CONTROLLERS.add(self)

    # ------------------------------------------------------------ read-only state
    @property
    def state(self) -> str:
        return self._state

    @property
    def is_running(self) -> bool:
        """True while a run exists, training or paused."""
        return self._worker is not None

    @property
    def run_id(self) -> int:
        """Id of the current run (snapshots carrying another id are stale)."""
        return self._run_id

    # ------------------------------------------------------------ commands
    def start(self, experiment, *, step: bool = False, step_batch: bool = False) -> int:
        """Train ``experiment`` in a new thread (stopping any current run); returns the run id.

        With ``step`` the run trains exactly one epoch and then pauses; with ``step_batch``
        one mini-batch.
        """
        self.stop()
        self._run_id += 1
        paused = step or step_batch
        worker = TrainingWorker(experiment, self._run_id, paused=paused, timeline=self.timeline)
        if step_batch:
            worker.request_step_batch()
        elif step:
            worker.request_step()
        thread = worker_thread(worker, f"training-run-{self._run_id}")
        worker.progress.connect(self._on_progress)
        worker.views.connect(self._on_views)
        worker.diverged.connect(self._on_diverged)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker, self._thread = worker, thread
        thread.start()
        self._set_state(PAUSED if paused else RUNNING)
        return self._run_id

    def pause(self) -> None:
        """Pause after the mini-batch in progress (mid-epoch; resuming continues it)."""
        if self._worker is not None:
            self._worker.request_pause()
            self._set_state(PAUSED)

    def resume(self, experiment=None) -> None:
        """Continue the paused run, or start ``experiment`` if there is no run."""
        if self._worker is not None:
            self._worker.request_resume()
            self._set_state(RUNNING)
        elif experiment is not None:
            self.start(experiment)

    def step(self, experiment=None) -> None:
        """Train to the end of the epoch, then pause (starting ``experiment`` if no run).

        Paused mid-epoch, this finishes that epoch; between epochs it trains a whole one.
        """
        if self._worker is not None:
            self._worker.request_step()
            self._set_state(PAUSED)
        elif experiment is not None:
            self.start(experiment, step=True)

    def step_batch(self, experiment=None) -> None:
        """Train exactly one mini-batch then pause (starting ``experiment`` if no run)."""
        if self._worker is not None:
            self._worker.request_step_batch()
            self._set_state(PAUSED)
        elif experiment is not None:
            self.start(experiment, step_batch=True)

    def set_live_settings(self, settings: LiveSettings, experiment=None) -> None:
        """Use ``settings`` (learning rate, stop rules, speed limit) without restarting.

        The running trainer reads them at its next mini-batch (learning rate) or epoch
        (stop rules); ``experiment``, if given, gets them too, so they also hold when no
        run is going on (the next run starts with them).
        """
        if self._worker is not None:
            self._worker.set_live_settings(settings)
        if experiment is not None:
            experiment.trainer.live = settings  # one assignment: atomic under the GIL

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """End the current run and wait for its thread; True if it is gone.

        If the thread outlives ``timeout_ms`` (an enormous epoch), it is kept referenced
        until it ends by itself, so it is never destroyed while running.
        """
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return True
        # The locals keep the worker and thread referenced until the thread has ended.
        self._worker = self._thread = None
        self._run_id += 1  # anything the old run still has queued is now stale
        worker.request_stop()
        thread.quit()
        done = thread.wait(timeout_ms)
        if not done:
            log.warning("training thread still busy after %d ms; leaving it to finish", timeout_ms)
            self._stragglers.append((worker, thread))
            thread.finished.connect(self._drop_stragglers)
        self._set_state(IDLE)
        return bool(done)

    def shutdown(self) -> None:
        """Stop everything and wait for every thread this controller ever started."""
        self.stop()
        for _worker, thread in self._stragglers:
            thread.wait()
        self._stragglers.clear()

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Pause the run (if any) until the block ends so its network can be read safely."""
        worker = self._worker
        if worker is None:
            yield
            return
        was_running = self._state == RUNNING
        worker.request_pause(view=not was_running)  # a run that goes on needs no picture
        if not worker.wait_parked(PARK_TIMEOUT_S):
            if was_running:
                worker.request_resume()  # keep the run in the state the window shows
            raise TimeoutError("the training thread did not pause in time")
        try:
            yield
        finally:
            if was_running and self._worker is worker:
                worker.request_resume()

    # ------------------------------------------------------------ worker signals
    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _on_progress(self, snapshot) -> None:
        if snapshot.run_id == self._run_id and self._worker is not None:
            self.progress.emit(snapshot)

    def _on_views(self, snapshot) -> None:
        if snapshot.run_id == self._run_id and self._worker is not None:
            self.views.emit(snapshot)

    def _on_diverged(self, run_id: int, message) -> None:
        if run_id == self._run_id:
            self.diverged.emit(message)

    def _on_failed(self, run_id: int, message: str) -> None:
        if run_id == self._run_id:
            self.failed.emit(message)

    def _on_finished(self, run_id: int, result) -> None:
        if run_id != self._run_id or self._thread is None:
            return
        # Wait before dropping our references: the worker is deleted (deleteLater) as its
        # thread finishes; releasing the Python wrapper earlier would delete it twice.
        self._thread.wait(STOP_TIMEOUT_MS)  # it is only returning from run(): brief
        self._worker = self._thread = None
        self._set_state(IDLE)
        self.finished.emit(result)

    def _drop_stragglers(self) -> None:
        self._stragglers = [(w, t) for w, t in self._stragglers if _running(t)]


def _running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:
        return False
