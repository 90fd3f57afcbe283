""" "Continue from here with a change": the settings a fork may change.

One row per hidden layer's activation, then the learning rate, the optimizer, the loss
and the regularization. The dialog starts at the branch's settings; :meth:`config`
returns them with the learner's changes (unchanged fields stay equal, so a fork with no
change reproduces the original run bit for bit).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from nnplayground.engine import activations, datasets, optimizers
from nnplayground.engine.config import Component, ExperimentConfig
from nnplayground.gui.panels.common import valid_losses

REGULARIZATIONS = ("none", "l1", "l2")


def _combo(parent: QWidget, name: str, items, current: str, tip: str, accessible: str):
    box = QComboBox(parent)
    box.setObjectName(name)
    box.addItems(list(items))
    if current not in items:
        box.addItem(current)
    box.setCurrentText(current)
    box.setToolTip(tip)
    box.setAccessibleName(accessible)
    return box


def _spin(parent: QWidget, name: str, value: float, tip: str, accessible: str):
    spin = QDoubleSpinBox(parent)
    spin.setObjectName(name)
    spin.setDecimals(5)
    spin.setRange(0.0, 10.0)
    spin.setSingleStep(0.001)
    spin.setValue(value)
    spin.setToolTip(tip)
    spin.setAccessibleName(accessible)
    return spin


class ForkDialog(QDialog):
    """The changes of a fork at ``epoch`` of a branch trained under ``cfg``."""

    def __init__(self, cfg: ExperimentConfig, epoch: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forkDialog")
        self.setWindowTitle(self.tr("Continue from epoch %1").replace("%1", str(epoch)))
        self._cfg = cfg
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Change one or more settings; the fork trains from epoch %1's "
                "weights with the same batches."
            ).replace("%1", str(epoch))
        )
        intro.setObjectName("forkIntroLabel")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.activation_boxes = []
        for i, layer in enumerate(cfg.network.hidden):
            label = self.tr("Layer %1 activation").replace("%1", str(i + 1))
            box = _combo(
                self,
                f"forkActivation{i}",
                activations.hidden_names(),
                layer.activation.name,
                self.tr("The activation of this hidden layer"),
                label,
            )
            self.activation_boxes.append(box)
            form.addRow(label, box)
        tr = cfg.training
        self.lr_spin = _spin(
            self,
            "forkLearningRate",
            tr.learning_rate,
            self.tr("The step size from here on"),
            self.tr("Learning rate"),
        )
        form.addRow(self.tr("Learning rate"), self.lr_spin)
        self.optimizer_box = _combo(
            self,
            "forkOptimizer",
            optimizers.names(),
            tr.optimizer.name,
            self.tr("How the weights are updated (a new optimizer starts with fresh momentum)"),
            self.tr("Optimizer"),
        )
        form.addRow(self.tr("Optimizer"), self.optimizer_box)
        n_classes = datasets.describe(cfg.data).n_classes
        self.loss_box = _combo(
            self,
            "forkLoss",
            valid_losses(cfg.task, n_classes),
            tr.loss.name,
            self.tr("What training minimizes"),
            self.tr("Loss"),
        )
        form.addRow(self.tr("Loss"), self.loss_box)
        self.reg_box = _combo(
            self,
            "forkRegularization",
            REGULARIZATIONS,
            tr.regularization,
            self.tr("A penalty on large weights"),
            self.tr("Regularization"),
        )
        form.addRow(self.tr("Regularization"), self.reg_box)
        self.reg_spin = _spin(
            self,
            "forkRegularizationRate",
            tr.regularization_rate,
            self.tr("How strong the penalty is"),
            self.tr("Regularization rate"),
        )
        form.addRow(self.tr("Regularization rate"), self.reg_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("forkButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Fork and train"))
        ok.setObjectName("forkOkButton")
        ok.setToolTip(self.tr("Make the fork and show it; Play trains it"))
        ok.setAccessibleName(self.tr("Fork and train"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def config(self) -> ExperimentConfig:
        """The branch's config with the dialog's settings (a component whose name is
        unchanged keeps its parameters)."""
        cfg = self._cfg
        hidden = tuple(
            layer
            if box.currentText() == layer.activation.name
            else replace(layer, activation=Component(box.currentText()))
            for layer, box in zip(cfg.network.hidden, self.activation_boxes)
        )
        tr = cfg.training

        def component(old: Component, name: str) -> Component:
            return old if name == old.name else Component(name)

        lr = self.lr_spin.value()
        training = replace(
            tr,
            learning_rate=tr.learning_rate if abs(lr - tr.learning_rate) < 5e-6 else lr,
            optimizer=component(tr.optimizer, self.optimizer_box.currentText()),
            loss=component(tr.loss, self.loss_box.currentText()),
            regularization=self.reg_box.currentText(),
            regularization_rate=(
                tr.regularization_rate
                if abs(self.reg_spin.value() - tr.regularization_rate) < 5e-6
                else self.reg_spin.value()
            ),
        )
        return replace(cfg, network=replace(cfg.network, hidden=hidden), training=training)
