""" "Record animation…": the run as an animated GIF or MP4, from its timeline.

The learner picks the views, the size, the fps, the length, the epoch range and whether
time runs logarithmically (so the early epochs, where most happens, are not over in a
blink). The frames come from :mod:`nnplayground.figures.animation` (the still figures'
renderer) in a :class:`~nnplayground.gui.record_worker.RecordWorker` thread, with a
progress bar and Cancel; a cancelled export leaves no file. The recording works on a
detached copy of the current branch, so training may go on meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nnplayground.engine.fork import Branch
from nnplayground.figures.animation import frame_epochs, missing_encoder, plan_frames
from nnplayground.gui import controller
from nnplayground.gui.record_worker import RecordWorker

SIZES = ((1280, 720), (960, 540), (640, 360))
STOP_TIMEOUT_MS = 10000


def _named(widget, name: str, tip: str, accessible: str):
    widget.setObjectName(name)
    widget.setToolTip(tip)
    widget.setAccessibleName(accessible)
    return widget


def detached_branch(document) -> Branch | None:
    """The current branch up to its latest snapshot, detached (None if nothing trained)."""
    branch = document.branch
    epochs = branch.timeline.epochs
    if len(epochs) < 2:
        return None
    experiment = branch.at(epochs[-1])
    return Branch(branch.name, experiment, branch.timeline.truncated(epochs[-1]))


class RecordDialog(QDialog):
    """Choose and record; ``recorded(path or None)`` when a recording ends."""

    def __init__(self, document, prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowTitle(self.tr("Record animation"))
        self.document, self.prompts = document, prompts
        self._worker = self._thread = None
        self.written: str | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.views_combo = _named(
            QComboBox(self), "recordViewsCombo", self.tr("What each frame shows"), self.tr("Views")
        )
        for text, views in (
            (self.tr("Side by side: boundary, loss and network"), ("summary",)),
            (self.tr("Decision boundary"), ("boundary",)),
            (self.tr("Boundary and loss"), ("boundary", "loss")),
            (self.tr("Loss"), ("loss",)),
            (self.tr("Network"), ("network",)),
        ):
            self.views_combo.addItem(text, views)
        self.size_combo = _named(
            QComboBox(self),
            "recordSizeCombo",
            self.tr("Width × height of the film in pixels"),
            self.tr("Size"),
        )
        for w, h in SIZES:
            self.size_combo.addItem(f"{w} × {h}", (w, h))
        self.fps_spin = _named(
            QSpinBox(self),
            "recordFpsSpin",
            self.tr("Frames per second"),
            self.tr("Frames per second"),
        )
        self.fps_spin.setRange(1, 60)
        self.fps_spin.setValue(15)
        self.seconds_spin = _named(
            QSpinBox(self),
            "recordSecondsSpin",
            self.tr("Length of the film in seconds"),
            self.tr("Length"),
        )
        self.seconds_spin.setRange(1, 120)
        self.seconds_spin.setValue(10)
        self.first_spin = _named(
            QSpinBox(self), "recordFirstSpin", self.tr("First epoch shown"), self.tr("First epoch")
        )
        self.last_spin = _named(
            QSpinBox(self), "recordLastSpin", self.tr("Last epoch shown"), self.tr("Last epoch")
        )
        self.log_check = _named(
            QCheckBox(self.tr("Logarithmic time"), self),
            "recordLogTimeCheck",
            self.tr("Spend more frames on the early epochs, where most changes happen"),
            self.tr("Logarithmic time"),
        )
        self.log_check.setChecked(True)
        self.bar = _named(
            QProgressBar(self),
            "recordProgress",
            self.tr("Frames written"),
            self.tr("Recording progress"),
        )
        self.message = QLabel(self)
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)
        self.record_button = _named(
            QPushButton(self.tr("Record…"), self),
            "recordStartButton",
            self.tr("Choose a .gif or .mp4 file and record"),
            self.tr("Record"),
        )
        self.cancel_button = _named(
            QPushButton(self.tr("Cancel"), self),
            "recordCancelButton",
            self.tr("Stop recording; no file is left behind"),
            self.tr("Cancel recording"),
        )
        self.record_button.clicked.connect(self.ask_and_record)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Views"), self.views_combo)
        form.addRow(self.tr("Size"), self.size_combo)
        form.addRow(self.tr("Frames per second"), self.fps_spin)
        form.addRow(self.tr("Length (s)"), self.seconds_spin)
        epochs = QHBoxLayout()
        epochs.addWidget(self.first_spin)
        epochs.addWidget(QLabel("–", self))
        epochs.addWidget(self.last_spin)
        form.addRow(self.tr("Epochs"), epochs)
        form.addRow(self.log_check)
        form.addRow(self.bar)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)

    def refresh(self) -> None:
        """The epoch range follows the current branch's timeline."""
        epochs = self.document.branch.timeline.epochs
        first, last = (epochs[0], epochs[-1]) if epochs else (0, 0)
        for spin in (self.first_spin, self.last_spin):
            spin.setRange(first, last)
        self.first_spin.setValue(max(first, min(1, last)))
        self.last_spin.setValue(last)
        ready = len(epochs) >= 2
        self.record_button.setEnabled(ready and not self.is_running)
        if not ready:
            self.message.setText(self.tr("Train first: the film is made from the run's timeline."))

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    def ask_and_record(self) -> bool:
        path = self.prompts.ask_save_path(
            self.tr("Record animation"),
            self.tr("Animated GIF (*.gif);;MP4 video (*.mp4)"),
            "run.gif",
        )
        if not path:
            return False
        if Path(path).suffix.lower() not in (".gif", ".mp4"):
            path += ".gif"
        return self.record(path)

    def record(self, path: str) -> bool:
        """Record to ``path`` in a worker thread; False (with a message) if it cannot."""
        problem = missing_encoder(Path(path).suffix)
        if problem is not None:
            self.message.setText(problem[:1].upper() + problem[1:] + ".")
            return False
        branch = detached_branch(self.document)
        if branch is None or self.is_running:
            return False
        first, last = self.first_spin.value(), max(self.first_spin.value(), self.last_spin.value())
        n_frames = self.fps_spin.value() * self.seconds_spin.value()
        frames = plan_frames(
            branch, frame_epochs(first, last, n_frames, self.log_check.isChecked())
        )
        worker = RecordWorker(
            path,
            branch,
            frames,
            self.views_combo.currentData(),
            self.size_combo.currentData(),
            self.fps_spin.value(),
        )
        thread = controller.worker_thread(worker, "record-animation")
        worker.progress.connect(self._on_progress)
        worker.failed.connect(lambda text: self.message.setText(text))
        worker.finished.connect(self._on_finished)
        self._worker, self._thread = worker, thread
        self.bar.setRange(0, len(frames))
        self.bar.setValue(0)
        self.message.setText(self.tr("Recording %1 frames…").replace("%1", str(len(frames))))
        self.record_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop a recording (no file is left) and wait for its thread."""
        self.stop()
        self.message.setText(self.tr("Cancelled: no file was written."))

    def stop(self) -> None:
        worker, thread = self._worker, self._thread
        self._worker = self._thread = None
        if worker is not None and thread is not None:
            worker.request_stop()
            try:
                thread.quit()
                thread.wait(STOP_TIMEOUT_MS)
            except RuntimeError:  # already finished and deleted
                pass
        self.cancel_button.setEnabled(False)
        self.refresh()

    shutdown = stop

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)

    def _on_finished(self, path) -> None:
        if self._thread is not None:
            self._thread.wait(STOP_TIMEOUT_MS)
        cancelled = self._worker is None
        self._worker = self._thread = None
        self.cancel_button.setEnabled(False)
        self.refresh()
        if cancelled:
            return
        self.written = path
        if path is not None:
            self.message.setText(self.tr("Saved %1").replace("%1", path))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        self.stop()
        super().reject()
