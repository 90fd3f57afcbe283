"""Small helpers shared by the editing panels: valid pairings, message labels.

Nothing here builds a network or trains: these are the few config rules the panels need
so that every config they emit passes :func:`nnplayground.engine.build.check_experiment`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from nnplayground.engine import activations, datasets, losses
from nnplayground.engine.config import Component, ExperimentConfig
from nnplayground.gui.messages import localized

MESSAGE_STYLES = {
    "error": "color: #b00020; font-weight: bold;",
    "warning": "color: #a05a00;",
    "info": "color: #1f5fa8;",
}


def pairing_reason(cfg: ExperimentConfig, activation: str | None = None) -> str | None:
    """Why ``cfg``'s output activation (or ``activation``) does not fit its loss, or None."""
    name = activation or cfg.network.output.activation.name
    n_classes = datasets.describe(cfg.data).n_classes
    return losses.check_pairing(
        cfg.task, n_classes, cfg.training.loss.name, activations.REGISTRY.canonical(name)
    )


def with_head(cfg: ExperimentConfig, activation: str, loss: str | None = None) -> ExperimentConfig:
    """``cfg`` with the output activation (and optionally the loss) replaced."""
    out = replace(cfg.network.output, activation=Component(activation))
    cfg = replace(cfg, network=replace(cfg.network, output=out))
    if loss is not None:
        cfg = replace(cfg, training=replace(cfg.training, loss=Component(loss)))
    return cfg


def fix_head(cfg: ExperimentConfig, task_changed: bool = False) -> ExperimentConfig:
    """Reset output activation and loss to the task's defaults if the task changed or the
    current pair is invalid; otherwise return ``cfg`` unchanged."""
    if not task_changed and pairing_reason(cfg) is None:
        return cfg
    activation, loss = losses.default_head(cfg.task, datasets.describe(cfg.data).n_classes)
    return with_head(cfg, activation, loss)


def valid_losses(task: str, n_classes: int) -> list[str]:
    """Losses that at least one output activation can be paired with for this task."""
    acts = activations.REGISTRY.names()
    return [
        loss
        for loss in losses.REGISTRY.names()
        if losses.valid_output_activations(task, n_classes, loss, acts)
    ]


def message_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped label for one-line messages (shown by :func:`show_message`)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, level: str = "error") -> None:
    """Show ``text`` in ``label`` coloured for ``level``; an empty text hides the label.

    An engine message (e.g. a pairing reason) is shown in the user's language.
    """
    text = localized(text)
    label.setText(text)
    label.setStyleSheet(MESSAGE_STYLES.get(level, MESSAGE_STYLES["error"]))
    label.setVisible(bool(text))
