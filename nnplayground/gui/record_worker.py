"""Records an animation off the GUI thread: :func:`figures.animation.export_animation`.

The worker only adapts the hooks: ``progress(done, total)`` becomes a throttled signal,
``should_stop`` reads a :class:`threading.Event`. ``finished(path or None)`` is emitted
exactly once; a cancelled export leaves no file (the engine writes through a temporary
file and raises Cancelled before the rename); errors become ``failed(str)``.
"""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal

PROGRESS_INTERVAL = 1 / 30


class RecordWorker(QObject):
    progress = Signal(int, int)  # frames done, total
    failed = Signal(str)
    finished = Signal(object)  # the path written, or None (cancelled or failed)

    def __init__(self, path: str, branch, frames, views, size, fps: float) -> None:
        super().__init__()
        self._args = (path, branch, frames, views, size, fps)
        self._stop = threading.Event()
        self._last = 0.0

    def request_stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        """Slot for ``QThread.started``. Never raises."""
        from nnplayground.figures.animation import Cancelled, export_animation

        written = None
        try:
            written = str(export_animation(*self._args, self._stop.is_set, self._on_progress))
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - surfaced to the GUI as `failed`
            self.failed.emit(traceback.format_exception_only(type(exc), exc)[-1].strip())
        self.finished.emit(written)

    def _on_progress(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.progress.emit(done, total)
