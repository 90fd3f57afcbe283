"""Code view: the preset's network as a complete, runnable Keras 3 or PyTorch script.

Each script builds the same model as nnplayground (layer sizes, per-layer activations and
initializers with their parameters, loss, optimizer, regularization, batch size, epochs)
and trains it on random data of the right shape, so it runs as-is. Tables keyed by the
registries' names drive the translation (:mod:`.tables`, with the helpers a script may
need in :mod:`.snippets`); a test checks that every registered name has an entry in both
frameworks. :mod:`.keras` and :mod:`.pytorch` write one script each from a :class:`.Spec`.
"""

from __future__ import annotations

from typing import Any

from nnplayground.codegen.keras import keras_code
from nnplayground.codegen.pytorch import pytorch_code
from nnplayground.engine.config import ExperimentConfig, output_units

__all__ = ["FRAMEWORKS", "code_for", "keras_code", "pytorch_code"]

FRAMEWORKS = ("keras", "pytorch")


def code_for(cfg: ExperimentConfig, dataset_or_shapes: Any = None, framework: str = "keras") -> str:
    """The ``framework`` script for ``cfg``. ``dataset_or_shapes`` is a Dataset (its
    feature and target widths are used), an ``(n_inputs, n_outputs)`` pair, or None to
    work the shapes out from the config."""
    if framework not in FRAMEWORKS:
        raise ValueError(
            f"Unknown framework {framework!r}; expected one of: {', '.join(FRAMEWORKS)}"
        )
    if dataset_or_shapes is None:
        from nnplayground.engine.datasets import describe

        n_classes = describe(cfg.data).n_classes if cfg.task == "classification" else 0
        n_in, n_out = len(cfg.data.features), output_units(cfg.task, n_classes)
    elif isinstance(dataset_or_shapes, tuple):
        n_in, n_out = dataset_or_shapes
    else:
        n_in, n_out = dataset_or_shapes.X_train.shape[1], dataset_or_shapes.y_train.shape[1]
    generate = keras_code if framework == "keras" else pytorch_code
    return generate(cfg, n_in, n_out)
