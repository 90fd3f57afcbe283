"""Turn an :class:`ExperimentConfig` into live objects: dataset, network, trainer.

``check_experiment`` refuses a config with one sentence saying what is wrong and where,
before anything is built, so a caller never ends up with half an experiment.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnplayground.engine import activations, initializers, losses, optimizers
from nnplayground.engine.config import (
    REGULARIZATIONS,
    TASKS,
    Component,
    ExperimentConfig,
    LayerConfig,
    output_units,
)
from nnplayground.engine.network import Network, Weights
from nnplayground.engine.training import Trainer
from nnplayground.limits import (
    MAX_BATCH_SIZE,
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_LEARNING_RATE,
    MAX_SEED,
    MAX_UNITS,
)
from nnplayground.messages import AT, QT_TRANSLATE_NOOP, message_of, text

UNITS_RANGE = QT_TRANSLATE_NOOP(
    "messages", "{where}.units must be a whole number from 1 to {maximum}, got {value}"
)
OUTPUT_ONLY_HIDDEN = QT_TRANSLATE_NOOP(
    "messages", "{where}.activation: {activation} is for the output layer only"
)
TASK_CHOICE = QT_TRANSLATE_NOOP("messages", "task must be one of {choices}, got {value}")
TOO_MANY_LAYERS = QT_TRANSLATE_NOOP(
    "messages", "network.hidden has {count} layers; at most {maximum} are allowed"
)
DATASET_TASK = QT_TRANSLATE_NOOP(
    "messages", "data.dataset: {dataset} is a {data_task} dataset but the task is {task}"
)
LEARNING_RATE_RANGE = QT_TRANSLATE_NOOP(
    "messages", "training.learning_rate must be above 0 and at most {maximum}, got {value}"
)
BATCH_SIZE_RANGE = QT_TRANSLATE_NOOP(
    "messages", "training.batch_size must be a whole number of at least 1, got {value}"
)
REGULARIZATION_CHOICE = QT_TRANSLATE_NOOP(
    "messages", "training.regularization must be one of {choices}, got {value}"
)
TASK_WORDS = {
    "classification": QT_TRANSLATE_NOOP("messages", "classification"),
    "regression": QT_TRANSLATE_NOOP("messages", "regression"),
}
EPOCHS_RANGE = QT_TRANSLATE_NOOP(
    "messages", "training.epochs must be a whole number of at least 0, got {value}"
)
AT_MOST = QT_TRANSLATE_NOOP("messages", "{field} must be at most {maximum}, got {value}")
SEED_RANGE = QT_TRANSLATE_NOOP(
    "messages", "{field} must be a whole number from 0 to {maximum}, got {value}"
)
PATIENCE_RANGE = QT_TRANSLATE_NOOP(
    "messages", "training.patience must be a whole number from 1 to {maximum}, got {value}"
)


def _task_word(task: str) -> str:
    return text(TASK_WORDS[task]) if task in TASK_WORDS else task


def _at(where: str, exc: BaseException | str) -> ValueError:
    """``ValueError("where: reason")`` keeping the reason translatable."""
    return ValueError(text(AT, where=where, reason=message_of(exc)))


def _at_most(field: str, value: int, maximum: int) -> None:
    if value > maximum:
        raise ValueError(text(AT_MOST, field=field, maximum=maximum, value=repr(value)))


def _check_component(registry, comp: Component, where: str) -> None:
    try:
        registry.check_params(registry.canonical(comp.name), comp.params)
    except ValueError as exc:
        raise _at(where, exc) from None


def _check_layer(layer: LayerConfig, where: str, hidden: bool) -> None:
    if hidden and (not isinstance(layer.units, int) or not 1 <= layer.units <= MAX_UNITS):
        raise ValueError(text(UNITS_RANGE, where=where, maximum=MAX_UNITS, value=repr(layer.units)))
    _check_component(activations.REGISTRY, layer.activation, f"{where}.activation")
    name = activations.REGISTRY.canonical(layer.activation.name)
    if hidden and activations.defaults(name).output_only:
        raise ValueError(text(OUTPUT_ONLY_HIDDEN, where=where, activation=name))
    _check_component(initializers.REGISTRY, layer.kernel_initializer, f"{where}.kernel_initializer")
    _check_component(initializers.REGISTRY, layer.bias_initializer, f"{where}.bias_initializer")


def _n_classes(cfg: ExperimentConfig, dataset=None) -> int:
    """The class count the output head needs (0 for regression). Only a classification
    depends on it, so a regression preset whose CSV file is elsewhere still loads."""
    from nnplayground.engine import datasets

    if cfg.task != "classification":
        return 0
    if dataset is not None:
        return int(dataset.n_classes)
    return datasets.describe(cfg.data, cfg.task).n_classes


def check_experiment(cfg: ExperimentConfig, dataset=None) -> None:
    """Raise ``ValueError`` with one sentence if ``cfg`` cannot be built or trained.

    ``dataset``: the data already loaded for ``cfg.data`` (e.g. by :meth:`Experiment.reset`),
    so a CSV file deleted or changed since is not needed. Otherwise a CSV file is read
    once and cached (:func:`~nnplayground.engine.datasets.read_csv_cached`)."""
    from nnplayground.engine import datasets, features

    if cfg.task not in TASKS:
        raise ValueError(text(TASK_CHOICE, choices=", ".join(TASKS), value=repr(cfg.task)))
    net = cfg.network
    if len(net.hidden) > MAX_HIDDEN_LAYERS:
        raise ValueError(text(TOO_MANY_LAYERS, count=len(net.hidden), maximum=MAX_HIDDEN_LAYERS))
    for i, layer in enumerate(net.hidden):
        _check_layer(layer, f"network.hidden[{i}]", hidden=True)
    _check_layer(net.output, "network.output", hidden=False)
    try:
        features.check_features(cfg.data.features)
    except ValueError as exc:
        raise _at("data.features", exc) from None
    if not cfg.data.csv_path:
        try:
            datasets.REGISTRY.canonical(cfg.data.dataset)
        except ValueError as exc:
            raise _at("data.dataset", exc) from None
        data_task = datasets.dataset_task(cfg.data.dataset)
        if data_task != cfg.task:
            raise ValueError(
                text(
                    DATASET_TASK,
                    dataset=cfg.data.dataset,
                    data_task=_task_word(data_task),
                    task=_task_word(cfg.task),
                )
            )
    tr = cfg.training
    _check_component(losses.REGISTRY, tr.loss, "training.loss")
    _check_component(optimizers.REGISTRY, tr.optimizer, "training.optimizer")
    if not (
        isinstance(tr.learning_rate, (int, float)) and 0 < tr.learning_rate <= MAX_LEARNING_RATE
    ):
        maximum = f"{MAX_LEARNING_RATE:g}"
        raise ValueError(text(LEARNING_RATE_RANGE, maximum=maximum, value=repr(tr.learning_rate)))
    if not (isinstance(tr.batch_size, int) and tr.batch_size >= 1):
        raise ValueError(text(BATCH_SIZE_RANGE, value=repr(tr.batch_size)))
    _at_most("training.batch_size", tr.batch_size, MAX_BATCH_SIZE)
    if tr.regularization not in REGULARIZATIONS:
        raise ValueError(
            text(
                REGULARIZATION_CHOICE,
                choices=", ".join(REGULARIZATIONS),
                value=repr(tr.regularization),
            )
        )
    if not (isinstance(tr.epochs, int) and tr.epochs >= 0):
        raise ValueError(text(EPOCHS_RANGE, value=repr(tr.epochs)))
    _at_most("training.epochs", tr.epochs, MAX_EPOCHS)
    if tr.patience is not None and not (
        isinstance(tr.patience, int) and 1 <= tr.patience <= MAX_EPOCHS
    ):
        raise ValueError(text(PATIENCE_RANGE, maximum=MAX_EPOCHS, value=repr(tr.patience)))
    for field, seed in (("training.seed", tr.seed), ("data.seed", cfg.data.seed)):
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
            raise ValueError(text(SEED_RANGE, field=field, maximum=MAX_SEED, value=repr(seed)))
    reason = losses.check_pairing(
        cfg.task,
        _n_classes(cfg, dataset),
        tr.loss.name,
        activations.REGISTRY.canonical(net.output.activation.name),
    )
    if reason:
        raise _at("network.output.activation", reason)


def _component(registry, comp: Component):
    return registry.get(comp.name, **comp.params)


def build_network(cfg: ExperimentConfig, n_inputs: int, n_classes: int, seed: int) -> Network:
    """A freshly initialised network for ``cfg``; every draw comes from ``seed``."""
    layers = [*cfg.network.hidden, cfg.network.output]
    sizes = [n_inputs] + [lyr.units for lyr in cfg.network.hidden]
    sizes.append(output_units(cfg.task, n_classes))
    net = Network(sizes, [_component(activations.REGISTRY, lyr.activation) for lyr in layers])
    initialize(net, cfg, seed)
    return net


def initialize(net: Network, cfg: ExperimentConfig, seed: int) -> None:
    """(Re-)draw every kernel and bias of ``net`` from the config's initializers."""
    rng = np.random.default_rng([seed, 0])
    for layer, spec in zip(net.layers, [*cfg.network.hidden, cfg.network.output]):
        kernel = _component(initializers.REGISTRY, spec.kernel_initializer)
        bias = _component(initializers.REGISTRY, spec.bias_initializer)
        np.copyto(layer.W, kernel(layer.fan_in, layer.units, rng))
        np.copyto(layer.b, bias(layer.fan_in, layer.units, rng, shape=(layer.units,)))


@dataclass
class Experiment:
    """A dataset, a network and its trainer, built from one config."""

    config: ExperimentConfig
    dataset: object
    network: Network
    trainer: Trainer

    @classmethod
    def from_config(
        cls, cfg: ExperimentConfig, weights: Weights | None = None, dataset=None,
        history=None,
    ) -> Experiment:  # fmt: skip
        """Check ``cfg`` and build everything; ``weights`` (if given) replace the initial ones.
        ``dataset`` lets a caller reuse already generated data for the same data config;
        ``history`` (k, 4) rows of a saved run make its trainer continue at epoch k."""
        from nnplayground.engine import datasets

        check_experiment(cfg, dataset)
        data = dataset if dataset is not None else datasets.make_dataset(cfg.data, task=cfg.task)
        net = build_network(cfg, data.X_train.shape[1], data.n_classes, cfg.training.seed)
        if weights is not None:
            net.set_weights(weights)
        trainer = Trainer(
            net,
            data.X_train,
            data.y_train,
            data.X_test,
            data.y_test,
            cfg.training,
            classification=cfg.task == "classification",
        )
        if history is not None and len(history):
            trainer.restore_history(history)
        return cls(cfg, data, net, trainer)

    def reset(self, seed: int | None = None) -> Experiment:
        """A fresh experiment on the same data, re-initialised with ``seed`` (default: same)."""
        cfg = self.config
        if seed is not None:
            from dataclasses import replace

            cfg = cfg.replace(training=replace(cfg.training, seed=seed))
        return Experiment.from_config(cfg, dataset=self.dataset)
