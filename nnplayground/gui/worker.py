"""The training worker: drives the engine's Trainer in a QThread and emits snapshots.

The worker adapts the engine's epoch loop to signals; the logic lives in the engine.
It is a ``QObject`` without parent moved to a ``QThread`` by
:class:`~nnplayground.gui.controller.TrainingController`, which owns one run at a time.

Cross-thread control uses plain thread-safe primitives, never queued signals (a queued
stop does not arrive while ``run`` loops): ``threading.Event`` for stop and pause, a lock
for the step request, and a plain ``float`` attribute for the live learning rate.
"""

from __future__ import annotations

import threading
import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, Signal

from nnplayground.engine.training import RunResult
from nnplayground.gui.snapshot import LayerView, ProgressSnapshot, ViewSnapshot

PROGRESS_INTERVAL = 1 / 30  # seconds between progress snapshots (≤ ~30 Hz)
VIEW_INTERVAL = 1 / 10  # seconds between view snapshots (≤ ~10 Hz)
GRID_RESOLUTION = 80  # the boundary plot upsamples; 80² points cost ~0.3 ms
PROBE_ROWS = 300  # training rows used for activation histograms and diagnostics
Z_SAMPLE_MAX = 5000  # pre-activation values carried per layer
PAUSE_POLL = 0.1  # seconds a paused worker sleeps between checks (no busy spin)
YIELD_INTERVAL = 0.008  # seconds of training between deliberate GIL releases
YIELD_SLEEP = 0.002  # measured: p99 event-loop lateness 72 ms vs 500-900 ms with sleep(0)


def make_view(experiment, run_id: int, resolution: int = GRID_RESOLUTION) -> ViewSnapshot:
    """What the expensive views draw for ``experiment`` now (copies only).

    Called by the worker between epochs, and by the window for an idle experiment.
    """
    from nnplayground.engine import grid

    net = experiment.network
    data = experiment.dataset
    cfg = experiment.config
    weights = net.get_weights()
    try:
        the_grid = grid.decision_grid(net, data.features, data.bounds, resolution, task=cfg.task)
    except (ValueError, FloatingPointError):
        the_grid = None
    return ViewSnapshot(
        run_id, experiment.trainer.epoch, weights, the_grid, _layer_views(experiment)
    )


def _layer_views(experiment) -> list[LayerView]:
    """One LayerView per layer on a probe sample of at most PROBE_ROWS training rows."""
    from nnplayground.engine import diagnostics

    net, trainer = experiment.network, experiment.trainer
    X = trainer.X_train[:PROBE_ROWS]
    y = trainer.y_train[:PROBE_ROWS]
    with np.errstate(all="ignore"):
        stats = diagnostics.layer_stats(net, X, y, trainer.loss)
        traces = net.trace(X)
    views = []
    for layer, trace, stat in zip(net.layers, traces, stats):
        z = trace.z.ravel()[:Z_SAMPLE_MAX].copy()
        views.append(LayerView(layer.activation.name, dict(layer.activation.params()), z, stat))
    return views


class TrainingWorker(QObject):
    """Trains ``experiment`` epoch by epoch until stopped, a stop rule fires or it diverges.

    Signals carry the run id so the controller can drop anything from an older run.
    ``finished`` is emitted exactly once, after the final progress and view snapshots.
    """

    progress = Signal(object)  # ProgressSnapshot
    views = Signal(object)  # ViewSnapshot
    diverged = Signal(int, str)  # run id, message naming the epoch
    failed = Signal(int, str)  # run id, error text
    finished = Signal(int, object)  # run id, RunResult

    def __init__(self, experiment, run_id: int, *, paused: bool = False) -> None:
        super().__init__()
        self._experiment = experiment
        self.run_id = run_id
        #: Applied to ``trainer.learning_rate`` before every epoch. Written by the GUI
        #: thread, read by the worker: a float attribute swap is atomic under the GIL.
        self.learning_rate = float(experiment.trainer.learning_rate)
        self._stop = threading.Event()
        self._go = threading.Event()  # set: training; clear: paused
        self._parked = threading.Event()  # set while the worker waits, paused
        self._lock = threading.Lock()
        self._step_pending = False
        if not paused:
            self._go.set()
        self._sent_rows = len(experiment.trainer.history)
        self._last_progress = self._last_view = self._rate_time = 0.0
        self._rate_epoch = experiment.trainer.epoch
        self._epochs_per_second = 0.0

    # ------------------------------------------------------------ control (any thread)
    def request_stop(self) -> None:
        """Ask the loop to end after the current epoch (also wakes a paused worker)."""
        self._stop.set()
        self._go.set()

    def request_pause(self) -> None:
        self._go.clear()

    def request_resume(self) -> None:
        with self._lock:
            self._step_pending = False
        self._go.set()

    def request_step(self) -> None:
        """Train exactly one more epoch, then pause."""
        with self._lock:
            self._step_pending = True
        self._go.set()

    def wait_parked(self, timeout: float) -> bool:
        """Block until the worker sits paused between epochs (its network is then idle)."""
        return self._parked.wait(timeout)

    # ------------------------------------------------------------ the loop (worker thread)
    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises: errors become ``failed``."""
        trainer = self._experiment.trainer
        result = RunResult("stopped", trainer.epoch)
        try:
            result = self._loop()
            if result.reason == "diverged" and result.divergence is not None:
                self.diverged.emit(self.run_id, result.divergence.message)
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self.failed.emit(self.run_id, detail)
            result = RunResult("failed", trainer.epoch)
        finally:
            trainer.learning_rate = self.learning_rate  # a change sent after the last epoch
            try:
                self._emit(time.perf_counter(), final=True)
            except Exception as exc:  # noqa: BLE001
                self.failed.emit(self.run_id, str(exc))
            self._parked.set()  # the network is idle from now on
            self.finished.emit(self.run_id, result)

    def _loop(self) -> RunResult:
        trainer = self._experiment.trainer
        self._rate_time = last_yield = time.perf_counter()
        while not self._stop.is_set():
            if not self._go.is_set():
                self._park()
                continue
            rule = trainer.stop_rule()
            if rule is not None:
                return RunResult(rule, trainer.epoch)
            trainer.learning_rate = self.learning_rate
            if not trainer.train_epoch():
                return RunResult("diverged", trainer.epoch, trainer.divergence)
            with self._lock:
                if self._step_pending:
                    self._step_pending = False
                    self._go.clear()
            now = time.perf_counter()
            self._emit(now)
            if now - last_yield > YIELD_INTERVAL:
                # Let the GUI thread take the GIL now rather than at the next switch
                # interval: keeps the event loop's latency low during fast training.
                time.sleep(YIELD_SLEEP)
                last_yield = time.perf_counter()
        return RunResult("stopped", trainer.epoch)

    def _park(self) -> None:
        """Paused: send a final picture, then sleep until resumed, stepped or stopped."""
        self._emit(time.perf_counter(), final=True)
        self._parked.set()
        while not self._go.wait(PAUSE_POLL):
            pass
        self._parked.clear()
        self._rate_time = time.perf_counter()
        self._rate_epoch = self._experiment.trainer.epoch

    # ------------------------------------------------------------ snapshots
    def _emit(self, now: float, final: bool = False) -> None:
        if final or now - self._last_progress >= PROGRESS_INTERVAL:
            self.progress.emit(self._progress(now, running=not final))
            self._last_progress = now
        if final or now - self._last_view >= VIEW_INTERVAL:
            self.views.emit(make_view(self._experiment, self.run_id))
            self._last_view = time.perf_counter()

    def _progress(self, now: float, running: bool) -> ProgressSnapshot:
        trainer = self._experiment.trainer
        history = trainer.history
        n = len(history)
        rows = history.slice(self._sent_rows, n)
        first = self._sent_rows + 1
        self._sent_rows = n
        elapsed = now - self._rate_time
        fresh = trainer.epoch > self._rate_epoch
        # Average over a few frames so the readout does not flicker; a final snapshot
        # measures its last window too, so a short run still reports its speed.
        if elapsed > 0.2 or (not running and fresh and elapsed > 0):
            self._epochs_per_second = (trainer.epoch - self._rate_epoch) / elapsed
            self._rate_time, self._rate_epoch = now, trainer.epoch
        # When the run pauses or ends, keep showing the speed it reached (not 0).
        rate = self._epochs_per_second
        return ProgressSnapshot(
            self.run_id, trainer.epoch, first, rows, rate, trainer.learning_rate, running
        )
