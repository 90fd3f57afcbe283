"""The landscape worker: computes 1-D and 2-D loss slices in its own QThread.

The GUI hands it :class:`LandscapeRequest` s (copies of the weights, the trajectory and
the settings) with :meth:`LandscapeWorker.submit`. Requests are *coalesced*: there is
one pending slot, and a new request replaces the one still waiting, so however fast the
views arrive the worker computes only the newest and never builds a queue. Each request
is computed on a private copy network (the live one is never touched) with
:mod:`nnplayground.engine.landscape`, and the result is emitted as a frozen
:class:`LandscapeResult`.

The loop blocks on a ``threading.Condition`` (not on Qt events), so shutdown is
``request_stop()`` (sets the stop event and wakes it), ``thread.quit()``,
``thread.wait()``, as for the training worker.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from nnplayground.engine import landscape
from nnplayground.engine.directions import pca_directions, random_directions
from nnplayground.engine.network import Network
from nnplayground.gui import controller

STOP_TIMEOUT_MS = 10000  # one slice of the largest allowed network ends well within this


@dataclass(frozen=True, eq=False)
class LandscapeRequest:
    """What to compute. ``weights`` list of (W, b) copies; ``activations`` one Activation
    per layer (stateless); X (n, n_in), y (n, n_out) the training set (read only);
    ``loss`` the Loss to plot; ``index`` the flat parameter of the 1-D slice;
    ``directions`` 'random' or 'pca'; ``seed`` of the random ones; ``trajectory``
    (T, n_params) copies of the recorded weights; ``generation`` echoes back."""

    sizes: tuple[int, ...]
    activations: tuple
    weights: list
    X: np.ndarray
    y: np.ndarray
    loss: object
    learning_rate: float
    index: int
    directions: str = "random"
    seed: int = 0
    trajectory: np.ndarray | None = None
    grid: int = landscape.GRID
    generation: int = 0


@dataclass(frozen=True, eq=False)
class LandscapeResult:
    """The 1-D slice, the 2-D slice (or None when PCA has too short a path), the request
    it answers and how long it took (seconds)."""

    request: LandscapeRequest
    slice_1d: landscape.Slice1D
    slice_2d: landscape.Slice2D | None
    seconds: float


def compute(request: LandscapeRequest) -> LandscapeResult:
    """Both slices for ``request`` on a private network (Qt-free; the worker calls it)."""
    start = time.perf_counter()
    net = Network(request.sizes, list(request.activations))
    net.set_weights(request.weights)
    theta = net.flat_params.copy()
    X, y, loss = request.X, request.y, request.loss
    one = landscape.slice_1d(net, request.index, X, y, loss, request.learning_rate, theta)
    traj = request.trajectory
    if traj is None or len(traj) == 0:
        traj = theta[None, :]
    if request.directions == "pca":
        if len(traj) < 3:
            two = None  # not enough path yet for two principal directions
        else:
            dirs = pca_directions(traj, theta)
            two = landscape.slice_2d(net, X, y, loss, dirs, theta, traj, request.grid)
    else:
        dirs = random_directions(net, theta, request.seed)
        two = landscape.slice_2d(net, X, y, loss, dirs, theta, traj, request.grid)
    return LandscapeResult(request, one, two, time.perf_counter() - start)


class LandscapeWorker(QObject):
    """Computes the newest submitted request, one at a time; a QObject without parent."""

    result = Signal(object)  # LandscapeResult
    failed = Signal(str)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()
        self._pending: LandscapeRequest | None = None
        self._stop = threading.Event()
        self._busy = False
        #: Requests replaced before they were computed (for tests and the curious).
        self.dropped = 0
        self.computed = 0

    # ------------------------------------------------------------ from the GUI thread
    def submit(self, request: LandscapeRequest) -> None:
        """Make ``request`` the one pending computation (replacing any older one)."""
        with self._cond:
            if self._pending is not None:
                self.dropped += 1
            self._pending = request
            self._cond.notify()

    def pending_count(self) -> int:
        """Requests waiting (never more than 1)."""
        with self._cond:
            return int(self._pending is not None)

    @property
    def busy(self) -> bool:
        return self._busy

    def request_stop(self) -> None:
        """End the loop after the current computation (thread-safe)."""
        self._stop.set()
        with self._cond:
            self._cond.notify()

    # ------------------------------------------------------------ in the worker thread
    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises: errors become ``failed``."""
        try:
            while True:
                with self._cond:
                    while self._pending is None and not self._stop.is_set():
                        self._cond.wait()
                    if self._stop.is_set():
                        return
                    request, self._pending = self._pending, None
                    self._busy = True
                try:
                    with np.errstate(all="ignore"):
                        out = compute(request)
                except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
                    self.failed.emit(traceback.format_exception_only(type(exc), exc)[-1].strip())
                else:
                    self.computed += 1
                    self.result.emit(out)
                finally:
                    self._busy = False
        finally:
            self.finished.emit()


def start() -> tuple[LandscapeWorker, QThread]:
    """A new worker in a new, started QThread (registered for the leak check)."""
    worker = LandscapeWorker()
    thread = controller.worker_thread(worker, "landscape")
    thread.start()
    return worker, thread


def stop(worker: LandscapeWorker | None, thread: QThread | None) -> bool:
    """``request_stop()``, ``quit()``, ``wait()``; True if the thread ended."""
    if worker is None or thread is None:
        return True
    worker.request_stop()
    try:
        thread.quit()
        return bool(thread.wait(STOP_TIMEOUT_MS))
    except RuntimeError:  # already finished and deleted
        return True
