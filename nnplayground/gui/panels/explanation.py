"""The live explanation strip: one line saying what is happening now and why.

It reads :mod:`nnplayground.engine.explain` findings at most once a second. While a
run exists, the facts come from the view snapshots (the per-layer statistics the worker
already measured, ‖δ‖ and the closest units on a private copy of the snapshot's weights)
and from the loss rows of the progress snapshots, so the running network is never read
from the GUI thread. With no run, they are measured on the document's experiment.
"Try this" applies the finding's standard fix through ``document.apply``; "Undo"
re-applies the config from before it.
"""

from __future__ import annotations

import html
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnplayground.engine import explain as ex
from nnplayground.engine.diagnostics import sample_rows
from nnplayground.engine.network import Network
from nnplayground.engine.staged import delta_norms
from nnplayground.gui.messages import localized

#: Seconds between two explanations (≤ 1 Hz).
INTERVAL = 1.0


class ExplanationStrip(QWidget):
    """``findings`` are the current ones (the first is shown); ``explained`` is emitted
    after each new explanation."""

    explained = Signal(list)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanationStrip")
        self.document = document
        self.findings: list = []
        self._undo_config = None
        self._last = -INTERVAL
        self._pending_view = None
        self._losses: list[np.ndarray] = []
        self._diverged = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early, which would break the ≤ 1 Hz promise.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        self._build()
        document.weights_changed.connect(self._on_weights)
        document.progress.connect(self._on_progress)
        document.views.connect(self._on_view)
        document.diverged.connect(self._on_diverged)
        self._on_weights()

    def _build(self) -> None:
        self.label = QLabel(self)
        self.label.setObjectName("explanationLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(self.tr("What is happening now"))
        # Two lines under the loss plot (the strip must not take the output plot's room);
        # a longer finding scrolls into its tooltip, which also gives the evidence.
        self.label.setMinimumHeight(2 * self.label.fontMetrics().lineSpacing() + 4)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.try_button = QPushButton(self.tr("Try this"), self)
        self.try_button.setObjectName("explanationTryButton")
        self.try_button.setAccessibleName(self.tr("Try the suggested fix"))
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("explanationUndoButton")
        self.undo_button.setToolTip(self.tr("Go back to the settings before the fix"))
        self.undo_button.setAccessibleName(self.tr("Undo the fix"))
        # Two lines of text over one row of buttons: a thin band under the loss plot.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.label, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        self.button_row = buttons  # room for a neighbour's button (What would have fixed it?)
        self.try_button.clicked.connect(self.try_fix)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)

    # ------------------------------------------------------------ actions
    def try_fix(self) -> bool:
        """Apply the shown finding's fix; the config before it is kept for Undo."""
        if not self.findings:
            return False
        before = self.document.config
        if not self.document.apply(self.findings[0].fix(before)):
            return False
        self._undo_config = before
        self.undo_button.setEnabled(True)
        return True

    def undo(self) -> bool:
        if self._undo_config is None:
            return False
        cfg, self._undo_config = self._undo_config, None
        self.undo_button.setEnabled(False)
        return self.document.apply(cfg)

    # ------------------------------------------------------------ facts
    def _on_weights(self) -> None:
        """A new experiment (or no run): measure on it directly. A picture still waiting
        belongs to the old network: drop it."""
        self._pending_view = None
        self._timer.stop()
        doc = self.document
        with doc.controller.hold():
            rows = doc.experiment.trainer.history.slice(0)
            self._diverged = doc.experiment.trainer.divergence is not None
            findings = None if doc.controller.is_running else ex.explain_experiment(doc.experiment)
        self._losses = [rows[:, :2].copy()] if len(rows) else []
        if findings is not None:
            self._show(findings)

    def _on_progress(self, snap) -> None:
        if snap.run_id == self.document.controller.run_id and len(snap.rows):
            self._losses.append(np.asarray(snap.rows)[:, :2])

    def _on_diverged(self, _message: str) -> None:
        self._diverged = True
        self._explain_pending()

    def _on_view(self, view) -> None:
        if view.run_id != self.document.controller.run_id:
            return
        self._pending_view = view
        wait = INTERVAL - (time.monotonic() - self._last)
        if wait <= 0:
            self._explain_pending()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 2)

    def _on_timer(self) -> None:
        wait = INTERVAL - (time.monotonic() - self._last)
        if wait > 0:  # woken early: wait the rest
            self._timer.start(int(wait * 1000) + 2)
        else:
            self._explain_pending()

    def _explain_pending(self) -> None:
        view, self._pending_view = self._pending_view, None
        if view is None or not view.layers or view.run_id != self.document.controller.run_id:
            return
        sizes = [w.shape for w, _b in view.weights]
        if sizes != [layer.W.shape for layer in self.document.experiment.network.layers]:
            return  # a picture of a network that has since been rebuilt
        self._show(ex.explain(self._facts(view)))

    def _facts(self, view) -> ex.Facts:
        exp = self.document.experiment
        net = exp.network
        copy = Network(net.sizes, [layer.activation for layer in net.layers])
        copy.set_weights(view.weights)
        tr = exp.trainer
        rows = sample_rows(len(tr.X_train))
        norms = delta_norms(copy, tr.X_train[rows], tr.y_train[rows], tr.loss)
        losses = np.vstack(self._losses) if self._losses else np.empty((0, 2))
        return ex.Facts(
            [lv.stats for lv in view.layers],
            norms,
            ex.closest_units(copy),
            losses[:, 0],
            losses[:, 1],
            self._diverged,
            self.document.config,
        )

    # ------------------------------------------------------------ drawing
    def _show(self, findings: list) -> None:
        self._last = time.monotonic()
        self.findings = findings
        if not findings:
            # A few saturated units are normal (the layer rows show them): the detectors
            # speak when most of a layer is, so say that and not "no unit".
            nothing = self.tr(
                "Nothing to report: no layer is mostly dead or saturated, and the loss moves."
            )
            self.label.setText(nothing)
            self.label.setToolTip(
                self.tr(
                    "The live explanations watch for saturated, dead or "
                    "identical units, plateaus, divergence, overfitting "
                    "and vanishing gradients"
                )
            )
            self.try_button.setEnabled(False)
            self.try_button.setToolTip(self.tr("Nothing to fix now"))
        else:
            first = findings[0]
            more = len(findings) - 1
            label = QCoreApplication.translate("messages", first.fix_label)
            text = html.escape(localized(first.message))
            if more:
                text += " " + self.tr("(+%1 more: see the tooltip)").replace("%1", str(more))
            # The fix is named in the text: a long button would widen the narrow column.
            text += "<br><b>" + html.escape(self.tr("Try this: %1").replace("%1", label)) + "</b>"
            self.label.setText(text)
            evidence = "\n".join(
                f"{localized(f.message)}\n    "
                + ", ".join(f"{k} = {v:.4g}" for k, v in f.evidence.items())
                for f in findings
            )
            self.label.setToolTip(evidence)
            self.try_button.setEnabled(True)
            self.try_button.setToolTip(
                self.tr("Apply the standard fix (%1); Undo goes back").replace("%1", label)
            )
        self.explained.emit(findings)
