""" "What would have fixed it?": the button beside the explanation strip and its dialog.

For the strip's current finding, the dialog replays the run under the engine's fixes for
that symptom (:mod:`nnplayground.engine.whatif`) in a worker thread, with a progress bar
and Cancel, then shows the report's sentence (localized) and offers to adopt the best
fix (``document.apply(fix(config))``). Training is paused first, and the replay works on
a detached copy of the current branch's state, so the run itself is never touched.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine.fork import Branch, Run
from nnplayground.engine.whatif import FIXES
from nnplayground.gui import controller
from nnplayground.gui.messages import localized
from nnplayground.gui.what_if_worker import WhatIfWorker

#: Epochs each fix trains past the symptom's onset.
EPOCHS = 300
STOP_TIMEOUT_MS = 10000


def _button(parent, name: str, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def detached_run(document) -> Run:
    """A Run holding a copy of the current branch (experiment at its latest snapshot and
    its timeline), so the replay never reads a network that trains meanwhile.

    Its stop rules are lifted: the fixes must train to the replay's end even past the
    run's epoch limit (a branch stopped by a rule would never reach it, and the engine's
    round-robin would wait for it for ever)."""
    from nnplayground.engine.build import Experiment
    from nnplayground.engine.control import LiveSettings

    branch = document.branch
    timeline = branch.timeline
    if len(timeline):
        experiment = branch.at(timeline.epochs[-1])
    else:
        experiment = Experiment.from_config(branch.config, dataset=branch.experiment.dataset)
    training = replace(experiment.config.training, epochs=0, target_loss=None, patience=None)
    experiment.config = experiment.config.replace(training=training)
    live = experiment.trainer.live
    experiment.trainer.live = replace(
        LiveSettings.from_config(training), learning_rate=live.learning_rate
    )
    return Run(Branch("main", experiment, timeline.truncated(experiment.trainer.epoch)))


class WhatIfDialog(QDialog):
    """Runs the replay for symptom ``kind`` as soon as it is shown (``start``)."""

    done = Signal(object)  # the WhatIf report, or None if failed or cancelled

    def __init__(self, document, finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfDialog")
        self.setWindowTitle(self.tr("What would have fixed it?"))
        self.document, self.finding = document, finding
        self.report = None
        self._worker = self._thread = None
        self.question = QLabel(localized(finding.message), self)
        self.question.setObjectName("whatIfQuestion")
        self.question.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("whatIfProgress")
        self.bar.setToolTip(self.tr("Epochs trained over all the fixes tried"))
        self.bar.setAccessibleName(self.tr("Replay progress"))
        self.result = QLabel(self)
        self.result.setObjectName("whatIfResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("What would have fixed it"))
        self.cancel_button = _button(
            self, "whatIfCancelButton", self.tr("Cancel"), self.tr("Stop the replay")
        )
        self.adopt_button = _button(
            self,
            "whatIfAdoptButton",
            self.tr("Adopt this fix"),
            self.tr("Apply the best fix to the network (new weights)"),
        )
        self.close_button = _button(
            self, "whatIfCloseButton", self.tr("Close"), self.tr("Close this window")
        )
        self.adopt_button.setEnabled(False)
        self.close_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.cancel_button, self.adopt_button, self.close_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        for w in (self.question, self.bar, self.result):
            layout.addWidget(w)
        layout.addLayout(row)
        self.setMinimumWidth(480)
        self.cancel_button.clicked.connect(self.cancel)
        self.adopt_button.clicked.connect(self.adopt)
        self.close_button.clicked.connect(self.accept)

    # ------------------------------------------------------------ the replay
    def start(self, epochs: int | None = None) -> None:
        """Pause training and replay the run under the fixes (``epochs`` past the onset,
        default :data:`EPOCHS`), in a worker thread."""
        epochs = EPOCHS if epochs is None else epochs
        self.document.pause()
        with self.document.controller.hold():
            run = detached_run(self.document)
        self.result.setText(
            self.tr("Replaying the run under %1 fixes…").replace(
                "%1", str(len(FIXES[self.finding.kind]))
            )
        )
        worker = WhatIfWorker(run, self.finding.kind, epochs)
        thread = controller.worker_thread(worker, "what-if")
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker, self._thread = worker, thread
        thread.start()

    def cancel(self) -> None:
        """Stop the replay and wait for its thread; the dialog then closes."""
        self.stop()
        self.reject()

    def stop(self) -> None:
        worker, thread = self._worker, self._thread
        self._worker = self._thread = None
        if worker is not None and thread is not None:
            worker.request_stop()
            try:
                thread.quit()
                thread.wait(STOP_TIMEOUT_MS)
            except RuntimeError:  # the thread already ended and was deleted
                pass

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.result.setText(self.tr("The replay stopped with an error: %1").replace("%1", message))

    def _on_finished(self, report) -> None:
        if self._thread is not None:
            self._thread.wait(STOP_TIMEOUT_MS)
        self._worker = self._thread = None
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        if report is None:
            self.done.emit(None)
            return
        self.report = report
        if report.stopped:
            self.result.setText(self.tr("Cancelled."))
        else:
            self.result.setText(localized(report.message))
            self.adopt_button.setEnabled(report.best is not None)
            if report.best is not None:
                label = QCoreApplication.translate("messages", report.best.label)
                self.adopt_button.setText(self.tr("Adopt: %1").replace("%1", label))
        self.done.emit(report)

    def adopt(self) -> bool:
        """Apply the best fix to the document's config (False if refused or none)."""
        best = self.report.best if self.report is not None else None
        if best is None:
            return False
        if self.document.apply(best.fix(self.document.config)):
            self.accept()
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        self.stop()
        super().reject()


class WhatIfButton(QPushButton):
    """ "What would have fixed it?" for the explanation strip's current finding."""

    def __init__(self, document, strip, prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfButton")
        self.setText(self.tr("What would have fixed it?"))
        self.setToolTip(
            self.tr("Replay the run under a few fixes for this symptom and say which one cures it")
        )
        self.setAccessibleName(self.tr("What would have fixed it?"))
        self.document, self.strip, self.prompts = document, strip, prompts
        self.dialog: WhatIfDialog | None = None
        strip.explained.connect(self._on_explained)
        self.clicked.connect(self.open_dialog)
        self._on_explained(strip.findings)

    def finding(self):
        findings = [f for f in self.strip.findings if f.kind in FIXES]
        return findings[0] if findings else None

    def _on_explained(self, _findings) -> None:
        self.setEnabled(self.finding() is not None)

    def open_dialog(self) -> WhatIfDialog | None:
        finding = self.finding()
        if finding is None:
            return None
        if self.dialog is not None:
            self.dialog.stop()
            self.dialog.deleteLater()
        self.dialog = WhatIfDialog(self.document, finding, self.window())
        self.dialog.show()
        self.dialog.start()
        return self.dialog

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.stop()
