"""The timeline scrubber under the loss plot: look at any past epoch, go back to Live.

The slider runs over the epochs of the current branch (the document's run records a
:class:`~nnplayground.engine.timeline.Timeline` while it trains). Dragging it builds a
view snapshot of :meth:`Document.experiment_at` (a detached copy: the weights training
continues from are never touched) and emits ``scrubbed(view)``; "Live" emits
``live_requested``. "Fork…" asks to continue from the shown epoch with a
change (``fork_requested(epoch)``). Scrubbing is coalesced: a fast drag builds one
picture per event-loop turn, the latest position's (≈ 4 ms for W1/W2).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QWidget

from nnplayground.gui.worker import make_view


class TimelinePanel(QWidget):
    """Slider + epoch label + Live + Fork. ``scrubbed_epoch`` is the epoch shown, or
    None while live."""

    scrubbed = Signal(object)  # ViewSnapshot of a past epoch
    live_requested = Signal()
    fork_requested = Signal(int)  # the epoch to continue from

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.document = document
        self.scrubbed_epoch: int | None = None
        self._pending: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._scrub_pending)
        self._build()
        document.weights_changed.connect(self._on_weights)
        document.progress.connect(self._on_progress)
        self._on_weights()

    def _build(self) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setToolTip(
            self.tr("Drag to see the network at an earlier epoch; Live goes back to now")
        )
        self.slider.setAccessibleName(self.tr("Timeline: epoch shown"))
        self.label = QLabel(self)
        self.label.setObjectName("timelineEpochLabel")
        self.label.setToolTip(self.tr("The epoch the views show"))
        self.label.setAccessibleName(self.tr("Epoch shown"))
        self.live_button = QPushButton(self.tr("Live"), self)
        self.live_button.setObjectName("timelineLiveButton")
        self.live_button.setToolTip(self.tr("Show the present again and follow training"))
        self.live_button.setAccessibleName(self.tr("Back to live"))
        self.fork_button = QPushButton(self.tr("Fork…"), self)
        self.fork_button.setObjectName("timelineForkButton")
        self.fork_button.setToolTip(
            self.tr("Continue training from the epoch shown with a change of settings")
        )
        self.fork_button.setAccessibleName(self.tr("Continue from here with a change"))
        self.slider.setMinimumWidth(40)
        # The buttons keep their text's width (French too); the slider takes what is left.
        for button in (self.live_button, self.fork_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        layout.addWidget(self.fork_button)
        self.slider.valueChanged.connect(self._on_slider)
        self.live_button.clicked.connect(self.go_live)
        self.fork_button.clicked.connect(self._on_fork)

    # ------------------------------------------------------------ user intent
    def scrub_to(self, epoch: int) -> bool:
        """Show the stored snapshot at or before ``epoch`` (False if nothing is stored)."""
        doc = self.document
        try:
            experiment = doc.experiment_at(int(epoch))
        except LookupError:
            return False
        view = make_view(experiment, doc.controller.run_id)
        self.scrubbed_epoch = experiment.trainer.epoch
        with QSignalBlocker(self.slider):
            self.slider.setValue(int(epoch))
        self._show_epoch()
        self.scrubbed.emit(view)
        return True

    def go_live(self) -> None:
        self._timer.stop()
        self._pending = None
        if self.scrubbed_epoch is None:
            return
        self.scrubbed_epoch = None
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.slider.maximum())
        self._show_epoch()
        self.live_requested.emit()

    def _on_slider(self, value: int) -> None:
        self._pending = value
        self._timer.start()

    def _scrub_pending(self) -> None:
        epoch, self._pending = self._pending, None
        if epoch is not None:
            self.scrub_to(epoch)

    def _on_fork(self) -> None:
        epoch = self.scrubbed_epoch
        if epoch is None:
            epoch = self.document.branch.timeline.epochs[-1:] or [0]
            epoch = epoch[0]
        self.fork_requested.emit(int(epoch))

    # ------------------------------------------------------------ the document changed
    def _on_weights(self) -> None:
        """A new experiment or branch: live again, the range its recorded epochs."""
        self._timer.stop()
        self._pending, self.scrubbed_epoch = None, None
        epochs = self.document.branch.timeline.epochs
        first = epochs[0] if epochs else 0
        last = max(self.document.experiment.trainer.epoch, epochs[-1] if epochs else 0)
        with QSignalBlocker(self.slider):
            self.slider.setRange(first, last)
            self.slider.setValue(last)
        self._show_epoch()

    def _on_progress(self, snap) -> None:
        if snap.run_id != self.document.controller.run_id:
            return
        with QSignalBlocker(self.slider):
            self.slider.setMaximum(max(snap.epoch, self.slider.minimum()))
            if self.scrubbed_epoch is None:
                self.slider.setValue(snap.epoch)
        if self.scrubbed_epoch is None:
            self._show_epoch()

    def _show_epoch(self) -> None:
        if self.scrubbed_epoch is None:
            text = self.tr("epoch %1").replace("%1", str(self.slider.value()))
        else:
            text = self.tr("epoch %1").replace("%1", str(self.scrubbed_epoch))
        self.label.setText(text)
        self.live_button.setEnabled(self.scrubbed_epoch is not None)
        has_timeline = len(self.document.branch.timeline) > 0
        self.fork_button.setEnabled(has_timeline)
        self.slider.setEnabled(has_timeline or self.slider.maximum() > self.slider.minimum())
