"""The training worker: runs the engine's training loop in a QThread and emits snapshots.

The loop is :func:`nnplayground.engine.training.train`; the worker only adapts its
control object's hooks to signals (throttled, frozen snapshots). It is a ``QObject``
without parent moved to a ``QThread`` by
:class:`~nnplayground.gui.controller.TrainingController`, which owns one run at a time.

Cross-thread control never uses queued signals (a queued stop does not arrive while
``run`` loops): requests go to the engine's :class:`RunControl` (a condition variable
and an event, checked after every mini-batch), and live settings are one frozen
:class:`LiveSettings` object assigned to ``trainer.live``.
"""

from __future__ import annotations

import math
import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, Signal

from nnplayground.engine.control import LiveSettings, RunControl
from nnplayground.engine.training import RunResult, Trainer, train
from nnplayground.gui.snapshot import LayerView, ProgressSnapshot, ViewSnapshot

PROGRESS_INTERVAL = 1 / 30  # seconds between progress snapshots (≤ ~30 Hz)
VIEW_INTERVAL = 1 / 20  # seconds between view snapshots (≤ ~20 Hz: every view animates)
#: At or below this speed limit (epochs per second) every epoch gets its own picture, so
#: a learner watching slowly sees each step of the boundary, not a sample of them.
EVERY_EPOCH_SPEED = 20.0
GRID_RESOLUTION = 80  # the boundary plot upsamples; 80² points cost ~0.3 ms
PROBE_ROWS = 300  # training rows used for activation histograms and diagnostics
Z_SAMPLE_MAX = 5000  # pre-activation values carried per layer
# Multiply-adds one view snapshot may cost (~0.25 s on a laptop core): the loop cannot
# answer pause or stop while it makes one, so the largest networks get a coarser grid
# and a smaller probe. Full detail (80², 300 rows) up to ~56,000 parameters; the
# 16 × 256 network gets an 18² grid and 56 probe rows. The grid takes 2/3 of the budget,
# the probe (three passes: forward and backward for the statistics, one trace) 1/3.
VIEW_WORK = 2**29
MIN_GRID_RESOLUTION, MIN_PROBE_ROWS = 16, 32
YIELD_INTERVAL = 0.008  # seconds of training between deliberate GIL releases
YIELD_SLEEP = 0.002  # measured: p99 event-loop lateness 72 ms vs 500-900 ms with sleep(0)


def view_detail(n_params: int, work: int = VIEW_WORK) -> tuple[int, int]:
    """(grid resolution, probe rows) of a view of a network with ``n_params`` parameters
    (a forward pass of one row costs about ``n_params`` multiply-adds) costing at most
    about ``work`` multiply-adds."""
    n = max(1, n_params)
    rows = 2 * work // (3 * n)
    resolution = min(GRID_RESOLUTION, max(MIN_GRID_RESOLUTION, math.isqrt(rows)))
    probe = min(PROBE_ROWS, max(MIN_PROBE_ROWS, work // (9 * n)))
    return resolution, probe


def make_view(
    experiment, run_id: int, resolution: int | None = None, work: int = VIEW_WORK
) -> ViewSnapshot:
    """What the expensive views draw for ``experiment`` now (copies only).

    Called by the worker between epochs, and by the window for an idle experiment.
    ``resolution`` defaults to :func:`view_detail`'s for the ``work`` budget.
    """
    from nnplayground.engine import grid

    net = experiment.network
    detail, probe = view_detail(net.n_params, work)
    resolution = detail if resolution is None else resolution
    data = experiment.dataset
    cfg = experiment.config
    weights = net.get_weights()
    try:
        the_grid = grid.decision_grid(net, data.features, data.bounds, resolution, task=cfg.task)
    except (ValueError, FloatingPointError):
        the_grid = None
    return ViewSnapshot(
        run_id, experiment.trainer.epoch, weights, the_grid, _layer_views(experiment, probe)
    )


def _layer_views(experiment, probe: int = PROBE_ROWS) -> list[LayerView]:
    """One LayerView per layer on a probe sample of at most ``probe`` training rows."""
    from nnplayground.engine import diagnostics

    net, trainer = experiment.network, experiment.trainer
    X = trainer.X_train[:probe]
    y = trainer.y_train[:probe]
    with np.errstate(all="ignore"):
        stats = diagnostics.layer_stats(net, X, y, trainer.loss)
        traces = net.trace(X)
    views = []
    for layer, trace, stat in zip(net.layers, traces, stats):
        z = trace.z.ravel()[:Z_SAMPLE_MAX].copy()
        views.append(LayerView(layer.activation.name, dict(layer.activation.params()), z, stat))
    return views


class TrainingWorker(QObject):
    """Trains ``experiment`` until stopped, a stop rule fires or it diverges.

    Signals carry the run id so the controller can drop anything from an older run.
    ``finished`` is emitted exactly once, after the final progress and view snapshots
    (no final view after a stop request: the controller discards a stopped run).
    """

    progress = Signal(object)  # ProgressSnapshot
    views = Signal(object)  # ViewSnapshot
    diverged = Signal(int, object)  # run id, the Divergence's message (a translatable Message)
    failed = Signal(int, str)  # run id, error text
    finished = Signal(int, object)  # run id, RunResult

    def __init__(self, experiment, run_id: int, *, paused: bool = False, timeline=None) -> None:
        super().__init__()
        self._experiment = experiment
        self.run_id = run_id
        #: The engine Timeline this run records into (None: no recording).
        self._timeline = timeline
        self.control = RunControl(
            paused=paused,
            on_epoch=self._on_epoch if timeline is None else timeline.hook(self._on_epoch),
            on_pause=self._on_pause,
            on_resume=self._on_resume,
        )
        #: Whether the next park sends a view snapshot: a hold() pause (read the network,
        #: then go on) skips it, so Save answers within a mini-batch even when a view of
        #: the largest network takes seconds.
        self._view_on_pause = True
        self._sent_rows = len(experiment.trainer.history)
        self._last_progress = self._last_view = self._rate_time = self._last_yield = 0.0
        self._rate_epoch = experiment.trainer.epoch
        self._epochs_per_second = 0.0

    # ------------------------------------------------------------ control (any thread)
    def request_stop(self) -> None:
        """End the run after the mini-batch in progress (also wakes a paused worker)."""
        self.control.request_stop()

    def request_pause(self, *, view: bool = True) -> None:
        """Pause after the mini-batch in progress; ``view=False`` parks without sending a
        final view snapshot (for a brief hold: the run goes on right after)."""
        self._view_on_pause = view
        self.control.request_pause()

    def request_resume(self) -> None:
        self.control.request_resume()

    def request_step(self) -> None:
        """Train to the end of the epoch (a whole one between epochs), then pause."""
        self.control.request_step()

    def request_step_batch(self) -> None:
        """Train exactly one mini-batch, then pause."""
        self.control.request_step_batch()

    def set_live_settings(self, settings: LiveSettings) -> None:
        """Used from the next mini-batch (learning rate) or epoch (stop rules) on."""
        self._experiment.trainer.live = settings  # one assignment: atomic under the GIL

    def wait_parked(self, timeout: float) -> bool:
        """Block until the worker sits paused or has finished (its network is then idle)."""
        return self.control.wait_idle(timeout)

    # ------------------------------------------------------------ the run (worker thread)
    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises: errors become ``failed``."""
        trainer = self._experiment.trainer
        result = RunResult("stopped", trainer.epoch)
        try:
            self._rate_time = self._last_yield = time.perf_counter()
            if self._timeline is not None and not len(self._timeline):
                self._timeline.start(trainer)  # epoch 0: the initial weights
            result = train(trainer, self.control)
            if result.reason == "diverged" and result.divergence is not None:
                self.diverged.emit(self.run_id, result.divergence.message)
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self.failed.emit(self.run_id, detail)
            result = RunResult("failed", trainer.epoch)
        finally:
            try:
                # A stopped run is discarded by the controller: its view would be dropped.
                view = not self.control.stop_requested
                self._emit(time.perf_counter(), final=True, view=view)
            except Exception as exc:  # noqa: BLE001
                self.failed.emit(self.run_id, str(exc))
            self.control.finish()  # the network is idle from now on
            self.finished.emit(self.run_id, result)

    # ------------------------------------------------------------ the loop's hooks
    def _on_epoch(self, trainer: Trainer) -> None:
        now = time.perf_counter()
        limit = trainer.live.max_epochs_per_second
        self._emit(now, every=limit is not None and limit <= EVERY_EPOCH_SPEED)
        if now - self._last_yield > YIELD_INTERVAL:
            # Let the GUI thread take the GIL now rather than at the next switch
            # interval: keeps the event loop's latency low during fast training.
            time.sleep(YIELD_SLEEP)
            self._last_yield = time.perf_counter()

    def _on_pause(self, _trainer: Trainer) -> None:
        """About to park: send a final picture (the network is idle while parked)."""
        view, self._view_on_pause = self._view_on_pause, True
        self._emit(time.perf_counter(), final=True, view=view)

    def _on_resume(self, trainer: Trainer) -> None:
        self._rate_time = time.perf_counter()
        self._rate_epoch = trainer.epoch

    # ------------------------------------------------------------ snapshots
    def _emit(
        self, now: float, final: bool = False, view: bool = True, every: bool = False
    ) -> None:
        """Throttled snapshots; ``final`` (the run parks or ends) and ``every`` (a slow run:
        one picture per epoch) send both now."""
        if final or every or now - self._last_progress >= PROGRESS_INTERVAL:
            self.progress.emit(self._progress(now, running=not final))
            self._last_progress = now
        if view and (final or every or now - self._last_view >= VIEW_INTERVAL):
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
            self.run_id,
            trainer.epoch,
            first,
            rows,
            rate,
            trainer.live.learning_rate,
            running,
            trainer.batch_index,
        )
