"""The compare worker: runs :func:`engine.compare.run_comparison` in a QThread.

Like the training worker, it only adapts the engine's hooks to signals: ``on_progress``
becomes a throttled ``progress`` signal carrying copies of the new history rows of every
variant (so no epoch is lost between two emits); a stop goes to the engine's
:class:`RunControl`, which the training loop checks after every mini-batch. Errors become
``failed(str)``; ``finished`` carries the :class:`~nnplayground.engine.compare.Comparison`
(or None after a failure) and is emitted exactly once, after the final progress snapshot.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from nnplayground.engine.compare import run_comparison
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.control import RunControl
from nnplayground.gui import controller

PROGRESS_INTERVAL = 1 / 30  # seconds between progress snapshots (≤ ~30 Hz)
STOP_TIMEOUT_MS = 10000  # a stop is seen after one mini-batch; this is a wide margin


@dataclass(frozen=True)
class CompareProgress:
    """New history rows of every variant since the previous snapshot (copies).

    ``rows[i]`` is (k_i, 4): train_loss, test_loss, train_accuracy, test_accuracy for
    epochs ``first[i]``, ``first[i] + 1``, …; ``diverged[i]`` is the epoch variant ``i``
    diverged at, or None.
    """

    run_id: int
    epoch: int
    epochs: int
    first: tuple[int, ...]
    rows: tuple[np.ndarray, ...]
    diverged: tuple[int | None, ...]


class CompareWorker(QObject):
    """Trains the variants of one comparison; a QObject without parent, moved to a QThread."""

    progress = Signal(object)  # CompareProgress
    failed = Signal(int, str)  # run id, one line of error text
    finished = Signal(int, object)  # run id, Comparison or None

    def __init__(
        self, cfg: ExperimentConfig, variable: str, values: Sequence[str], epochs: int, run_id: int
    ) -> None:
        super().__init__()
        self._cfg, self._variable, self._values = cfg, variable, list(values)
        self._epochs, self.run_id = epochs, run_id
        self._control = RunControl()
        self._sent: list[int] = []
        self._last_emit = 0.0

    def request_stop(self) -> None:
        """Ask the run to end after the mini-batch in progress (thread-safe)."""
        self._control.request_stop()

    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises: errors become ``failed``."""
        comparison = None
        try:
            comparison = run_comparison(
                self._cfg,
                self._variable,
                self._values,
                self._epochs,
                on_progress=self._on_progress,
                control=self._control,
            )
            self._emit(comparison.histories, self._diverged_from(comparison.results))
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self.failed.emit(self.run_id, detail)
        finally:
            self.finished.emit(self.run_id, comparison)

    def _on_progress(self, epoch: int, trainers) -> None:
        now = time.perf_counter()
        if now - self._last_emit >= PROGRESS_INTERVAL:
            diverged = [t.divergence.epoch if t.divergence else None for t in trainers]
            self._emit([t.history for t in trainers], diverged, epoch)
            self._last_emit = now

    @staticmethod
    def _diverged_from(results) -> list[int | None]:
        return [r.divergence.epoch if r.divergence is not None else None for r in results]

    def _emit(self, histories, diverged, epoch: int | None = None) -> None:
        if not self._sent:
            self._sent = [0] * len(histories)
        first = tuple(n + 1 for n in self._sent)
        rows = tuple(h.slice(n) for h, n in zip(histories, self._sent))
        self._sent = [len(h) for h in histories]
        done = max(self._sent) if epoch is None else epoch
        self.progress.emit(
            CompareProgress(self.run_id, done, self._epochs, first, rows, tuple(diverged))
        )


def start(worker: CompareWorker) -> QThread:
    """Move ``worker`` to a new QThread wired by the conventions, start it and return it."""
    thread = controller.worker_thread(worker, f"compare-run-{worker.run_id}")
    thread.start()
    return thread


def stop(worker: CompareWorker | None, thread: QThread | None) -> bool:
    """``request_stop()``, ``quit()``, ``wait()`` (never ``terminate()``); True if it ended."""
    if worker is None or thread is None:
        return True
    worker.request_stop()
    try:
        thread.quit()
        return bool(thread.wait(STOP_TIMEOUT_MS))
    except RuntimeError:  # the thread already finished and was deleted
        return True


class SeedWorker(QObject):
    """Runs :func:`engine.seeds.seed_spread` ("Run N seeds") in a QThread: ``progress``
    (run id, epoch, epochs) at most ~30 Hz; ``finished`` (run id, SeedSpread or None)
    exactly once; a stop is seen between two rounds (one epoch of every seed)."""

    progress = Signal(int, int, int)  # run id, epochs finished by every seed, epochs
    failed = Signal(int, str)
    finished = Signal(int, object)

    def __init__(self, cfg: ExperimentConfig, n_seeds: int, epochs: int, run_id: int) -> None:
        super().__init__()
        self._cfg, self._n, self._epochs, self.run_id = cfg, n_seeds, epochs, run_id
        self._stop = threading.Event()
        self._last_emit = 0.0

    def request_stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises: errors become ``failed``."""
        from nnplayground.engine.seeds import seed_spread

        spread = None
        try:
            stop, progress = self._stop.is_set, self._on_progress
            spread = seed_spread(self._cfg, self._n, self._epochs, stop, progress)
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self.failed.emit(self.run_id, detail)
        finally:
            self.finished.emit(self.run_id, spread)

    def _on_progress(self, epoch: int, epochs: int) -> None:
        now = time.perf_counter()
        if epoch >= epochs or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self.progress.emit(self.run_id, epoch, epochs)


def start_seeds(worker: SeedWorker) -> QThread:
    thread = controller.worker_thread(worker, f"seed-spread-{worker.run_id}")
    thread.start()
    return thread
