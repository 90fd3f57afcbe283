""" "What would have fixed it?" off the GUI thread: runs :func:`engine.whatif.what_if`.

The worker only adapts the engine's hooks: ``progress(done, total)`` becomes a throttled
``progress`` signal, ``should_stop`` reads a :class:`threading.Event` set by
:meth:`request_stop`. Errors become ``failed(str)``; ``finished`` carries the
:class:`~nnplayground.engine.whatif.WhatIf` report (None after a failure) and is emitted
exactly once.
"""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal

from nnplayground.engine.fork import Run
from nnplayground.engine.whatif import what_if

PROGRESS_INTERVAL = 1 / 30  # seconds between progress signals (≤ ~30 Hz)


class WhatIfWorker(QObject):
    """Tries the fixes for symptom ``kind`` on ``run`` (a Run nobody else trains)."""

    progress = Signal(int, int)  # epochs trained over all branches, total
    failed = Signal(str)
    finished = Signal(object)  # WhatIf or None

    def __init__(self, run: Run, kind: str, epochs: int) -> None:
        super().__init__()
        self._run, self._kind, self._epochs = run, kind, epochs
        self._stop = threading.Event()
        self._last = 0.0

    def request_stop(self) -> None:
        """Stop after the round in progress (any thread)."""
        self._stop.set()

    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises."""
        report = None
        try:
            report = what_if(
                self._run,
                self._kind,
                self._epochs,
                should_stop=self._stop.is_set,
                progress=self._on_progress,
            )
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            self.failed.emit(traceback.format_exception_only(type(exc), exc)[-1].strip())
        self.finished.emit(report)

    def _on_progress(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.progress.emit(done, total)
