""" "Step one batch, slowly": one mini-batch update walked stage by stage.

The panel takes the batch the trainer would use next, computes the whole update with
:func:`nnplayground.engine.staged.staged_step` (on copies: nothing changes yet) and lets
the learner walk it with Next stage / Previous stage: the forward pass layer by layer,
the loss, the backward pass from the output down, the update. "Apply this step" makes
the run take exactly this step, only while training is paused or idle.
"""

from __future__ import annotations

import copy

import numpy as np
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnplayground.engine.staged import StageWalk, staged_step
from nnplayground.gui.panels.slow_step_pages import (
    BackwardPage,
    ForwardPage,
    LossPage,
    UpdatePage,
)

PAGES = {"forward": 0, "loss": 1, "backward": 2, "update": 3}


def next_batch(trainer) -> tuple[np.ndarray, np.ndarray, bool]:
    """(x, y, exact): the first mini-batch of the next epoch. With shuffling on, the order
    is drawn from a copy of the trainer's generator, so it is the batch the run will
    use next when it is between epochs (``exact``); without shuffling, the first
    ``batch_size`` training rows, which is the same thing."""
    X, Y, bs = trainer.X_train, trainer.y_train, trainer.batch_size
    if trainer.config.shuffle:
        perm = copy.deepcopy(trainer.rng).permutation(len(X))[:bs]
        return X[perm], Y[perm], True
    return X[:bs], Y[:bs], True


class SlowStepPanel(QWidget):
    """The walk through one staged step of ``document``'s run."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slowStepPanel")
        self.document = document
        self.step = None
        self.walk: StageWalk | None = None
        self._batch = None
        self._build()
        document.weights_changed.connect(self.clear)
        document.state_changed.connect(lambda _s: self._update_buttons())
        self.clear()

    def _button(self, text: str, name: str, tip: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(accessible)
        return button

    def _build(self) -> None:
        self.take_button = self._button(
            self.tr("Next batch"),
            "slowStepTakeButton",
            self.tr(
                "Compute one update on the next mini-batch, stage by stage (nothing "
                "changes until you apply it)"
            ),
            self.tr("Take the next batch"),
        )
        self.previous_button = self._button(
            self.tr("◀ Previous"),
            "slowStepPreviousButton",
            self.tr("Go back one stage"),
            self.tr("Previous stage"),
        )
        self.next_button = self._button(
            self.tr("Next ▶"),
            "slowStepNextButton",
            self.tr("Go on to the next stage"),
            self.tr("Next stage"),
        )
        self.apply_button = self._button(
            self.tr("Apply this step"),
            "slowStepApplyButton",
            self.tr(
                "Make the run take exactly this update (only while training is paused or stopped)"
            ),
            self.tr("Apply this step"),
        )
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("slowStepStageLabel")
        self.stage_label.setStyleSheet("font-weight: bold")
        self.stage_label.setWordWrap(True)
        self.stage_label.setToolTip(self.tr("The stage shown below"))
        self.batch_label = QLabel(self)
        self.batch_label.setObjectName("slowStepBatchLabel")
        self.batch_label.setWordWrap(True)
        row = QHBoxLayout()
        for w in (self.take_button, self.previous_button, self.next_button, self.apply_button):
            row.addWidget(w)
        row.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("slowStepPages")
        self.forward_page, self.loss_page = ForwardPage(self), LossPage(self)
        self.backward_page, self.update_page = BackwardPage(self), UpdatePage(self)
        for page in (self.forward_page, self.loss_page, self.backward_page, self.update_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.batch_label)
        layout.addWidget(self.pages, 1)
        self.take_button.clicked.connect(self.take_batch)
        self.previous_button.clicked.connect(self.previous_stage)
        self.next_button.clicked.connect(self.next_stage)
        self.apply_button.clicked.connect(self.apply_step)

    # ------------------------------------------------------------ public API
    def take_batch(self) -> None:
        """Compute the staged step on the next batch and show its first stage."""
        doc = self.document
        trainer = doc.experiment.trainer
        with doc.controller.hold():  # the run is paused while its state is read
            x, y, _exact = next_batch(trainer)
            self.step = staged_step(trainer, x, y, apply=False)
        self._batch = (x, y)
        self.walk = StageWalk(self.step)
        n, shuffled = len(x), trainer.config.shuffle
        # One short line (the dock is low at 1366 × 768); how the batch is chosen in the tip.
        self.batch_label.setText(self.tr("Batch: the run's next %1 points.").replace("%1", str(n)))
        tip = (
            self.tr(
                "The points the run uses first in its next epoch: the shuffled order is "
                "drawn from a copy of the trainer's generator."
            )
            if shuffled
            else self.tr("The first training points: shuffling is off, so they come first.")
        )
        self.batch_label.setToolTip(tip)
        self._show()

    def next_stage(self) -> None:
        if self.walk is not None:
            self.walk.next()
            self._show()

    def previous_stage(self) -> None:
        if self.walk is not None:
            self.walk.previous()
            self._show()

    @property
    def can_apply(self) -> bool:
        return self.step is not None and self.document.controller.state != "running"

    def apply_step(self) -> bool:
        """Make the run take the step shown; False (and nothing changes) while training
        runs or when the weights moved since the step was computed."""
        doc = self.document
        if not self.can_apply:
            return False
        x, y = self._batch
        with doc.controller.hold():
            net = doc.experiment.network
            if not np.array_equal(net.flat_params, self._theta0()):
                self.batch_label.setText(
                    self.tr(
                        "The weights changed since this batch was taken: take the next batch again."
                    )
                )
                return False
            staged_step(doc.experiment.trainer, x, y, apply=True)
        doc.mark_modified()
        doc.refresh_views()
        self.clear()
        self.batch_label.setText(self.tr("Step applied: the weights moved by one update."))
        return True

    def clear(self) -> None:
        self.step = self.walk = self._batch = None
        self.stage_label.setText(self.tr("Press “Next batch” to start."))
        self.batch_label.setText("")
        self._update_buttons()

    # ------------------------------------------------------------ drawing
    def _theta0(self) -> np.ndarray:
        """The weights the step started from (from the update stages' "before")."""
        parts = []
        for s in self.step.of_kind("update"):
            parts += [s.W_before.ravel(), s.b_before.ravel()]
        return np.concatenate(parts)

    def _update_buttons(self) -> None:
        have = self.walk is not None
        self.previous_button.setEnabled(have and self.walk.index > 0)
        self.next_button.setEnabled(have and self.walk.index < len(self.walk.stages) - 1)
        self.apply_button.setEnabled(self.can_apply)

    def stage_title(self, stage) -> str:
        n = len(self.document.experiment.network.layers)
        name = (
            self.tr("output layer")
            if stage.layer == n - 1
            else self.tr("layer %1").replace("%1", str(stage.layer + 1))
        )
        texts = {
            "forward": self.tr("Forward pass, %1: z = x·W + b, a = f(z)"),
            "loss": self.tr("Loss for the batch"),
            "backward": self.tr("Backward pass, %1: δ = ∂L/∂z"),
            "update": self.tr("Update, %1: w ← w − step"),
        }
        return texts[stage.kind].replace("%1", name)

    def _show(self) -> None:
        stage, walk = self.walk.current, self.walk
        self.stage_label.setText(
            self.tr("Stage %1 of %2 — %3")
            .replace("%1", str(walk.index + 1))
            .replace("%2", str(len(walk.stages)))
            .replace("%3", self.stage_title(stage))
        )
        self.pages.setCurrentIndex(PAGES[stage.kind])
        net = self.document.experiment.network
        if stage.kind == "forward":
            self.forward_page.show_stage(stage)
        elif stage.kind == "loss":
            self.loss_page.show_stage(stage)
        elif stage.kind == "backward":
            self.backward_page.show_stage(net, self.step, stage)
        else:
            self.update_page.show_stage(
                stage, self.document.experiment.trainer.learning_rate, self.step.of_kind("update")
            )
        self._update_buttons()
