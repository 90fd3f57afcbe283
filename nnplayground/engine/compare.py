"""Compare runs: vary one setting, train the variants side by side, overlay their curves.

Every variant trains on the *same* dataset object with the *same* seed, so the only
difference between two curves is the setting being varied. Variants train round-robin,
one epoch each in turn (each epoch with the one training loop,
:func:`nnplayground.engine.training.train`), so a live view sees every curve grow together.
A ``should_stop()`` true between rounds leaves them all at the same epoch; a stop requested
through a :class:`RunControl` answers after the mini-batch in progress, so the variants
trained earlier in that round may keep one epoch more (a partial epoch is never recorded).
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from nnplayground import messages
from nnplayground.engine import activations, datasets, initializers, losses, optimizers
from nnplayground.engine.build import Experiment, check_experiment
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig
from nnplayground.engine.control import RunControl
from nnplayground.engine.explain_fixes import with_initial_scale
from nnplayground.engine.network import Network
from nnplayground.engine.training import History, RunResult, Trainer, train
from nnplayground.fileio import atomic_write
from nnplayground.messages import QT_TRANSLATE_NOOP, message_of, text

#: The settings the compare dialog offers (chosen from lists, or learning rates typed).
VARIABLES = ("activation", "initializer", "learning_rate", "optimizer", "loss")
#: How much of a result is luck: the seed, and the initial scale (a multiplier on every
#: kernel initializer's spread). Kept apart so the compare dialog, which lists VARIABLES,
#: keeps working until it offers them; the CLI and the engine accept ALL_VARIABLES.
SPREAD_VARIABLES = ("seed", "scale")
ALL_VARIABLES = VARIABLES + SPREAD_VARIABLES
MIN_VALUES, MAX_VALUES = 2, 6

_REGISTRIES = {
    "activation": activations.REGISTRY,
    "initializer": initializers.REGISTRY,
    "optimizer": optimizers.REGISTRY,
    "loss": losses.REGISTRY,
}
# Output activations to try, in order, when a loss variant does not pair with the current one.
_OUTPUT_PREFERENCE = ("sigmoid", "softmax", "linear")

ProgressHook = Callable[[int, Sequence[Trainer]], None]


# --------------------------------------------------------------------------- messages
VARY_SYNTAX = QT_TRANSLATE_NOOP(
    "messages",
    "Write the setting to vary as variable=value1,value2 (e.g. activation=sigmoid,tanh,relu), "
    "got {text}.",
)
VARY_UNKNOWN = QT_TRANSLATE_NOOP("messages", "Cannot vary {variable}; choose one of: {choices}.")
VALUE_COUNT = QT_TRANSLATE_NOOP(
    "messages", "Give {minimum} to {maximum} values to compare for {variable}, got {count}."
)
VALUE_TWICE = QT_TRANSLATE_NOOP(
    "messages", "{value} is the same {variable} as {other}; each value may appear once."
)
RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("messages", "Learning rate {value} is not a number.")
RATE_RANGE = QT_TRANSLATE_NOOP("messages", "Learning rate {value} must be a finite number above 0.")
SEED_VALUE = QT_TRANSLATE_NOOP(
    "messages", "Seed {value} must be a whole number from 0 to {maximum}."
)
SCALE_VALUE = QT_TRANSLATE_NOOP(
    "messages", "Initial scale {value} must be a finite number above 0 and at most 100."
)
NO_HIDDEN = QT_TRANSLATE_NOOP(
    "messages", "the network has no hidden layers whose activation could vary"
)
UNTRAINABLE = QT_TRANSLATE_NOOP("messages", "{variable}={value} cannot be trained: {reason}")
EPOCHS_MIN = QT_TRANSLATE_NOOP(
    "messages", "epochs must be a whole number of at least 1, got {value}"
)


def _unknown_variable(variable: str) -> ValueError:
    return ValueError(text(VARY_UNKNOWN, variable=repr(variable), choices=", ".join(ALL_VARIABLES)))


# --------------------------------------------------------------------------- parsing
def parse_vary(text: str) -> tuple[str, list[str]]:
    """Parse ``"variable=v1,v2,..."`` (e.g. ``"activation=sigmoid,tanh,relu"``).

    Registry names come back canonical (``swish`` → ``silu``, ``mse`` →
    ``mean_squared_error``); learning rates come back as written. ``ValueError`` with one
    sentence for an unknown variable or value, a bad count, a bad number or a duplicate.
    """
    variable, sep, rest = text.partition("=")
    variable = variable.strip().replace("-", "_")
    if not sep or not variable:
        raise ValueError(messages.text(VARY_SYNTAX, text=repr(text)))  # `text` is the argument
    if variable not in ALL_VARIABLES:
        raise _unknown_variable(variable)
    values = [v.strip() for v in rest.split(",") if v.strip()]
    return variable, check_values(variable, values)


def check_values(variable: str, values: Sequence[str]) -> list[str]:
    """Validate the values for ``variable``; return them (registry names made canonical)."""
    if not MIN_VALUES <= len(values) <= MAX_VALUES:
        raise ValueError(
            text(
                VALUE_COUNT,
                minimum=MIN_VALUES,
                maximum=MAX_VALUES,
                variable=variable,
                count=len(values),
            )
        )
    out: list[str] = []
    seen: dict[object, str] = {}
    for value in values:
        key: object
        if variable in _NUMBERS:
            key = _NUMBERS[variable](value)
            out.append(value)
        else:
            key = _REGISTRIES[variable].canonical(value)
            out.append(key)
        if key in seen:
            raise ValueError(
                text(VALUE_TWICE, value=repr(value), variable=variable, other=repr(seen[key]))
            )
        seen[key] = value
    return out


def _parse_rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise ValueError(text(RATE_NOT_NUMBER, value=repr(value))) from None
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(text(RATE_RANGE, value=repr(value)))
    return rate


def _parse_seed(value: str) -> int:
    from nnplayground.limits import MAX_SEED

    text_ = value.strip()
    if not text_.isdigit() or len(text_) > 10 or int(text_) > MAX_SEED:
        raise ValueError(text(SEED_VALUE, value=repr(value), maximum=MAX_SEED))
    return int(text_)


def _parse_scale(value: str) -> float:
    """A multiplier on every kernel initializer's spread: finite, above 0, at most 100."""
    try:
        scale = float(value)
    except ValueError:
        scale = math.nan
    if not (math.isfinite(scale) and 0 < scale <= 100):
        raise ValueError(text(SCALE_VALUE, value=repr(value)))
    return scale


#: The variables whose values are numbers, with their parsers.
_NUMBERS: dict[str, Callable[[str], float]] = {
    "learning_rate": _parse_rate,
    "seed": _parse_seed,
    "scale": _parse_scale,
}


# --------------------------------------------------------------------------- variants
def _same_or_default(current: Component, name: str) -> Component:
    """Keep ``current``'s parameters when the variant names the same component."""
    return current if current.name == name else Component(name)


def _with_activation(cfg: ExperimentConfig, name: str) -> ExperimentConfig:
    if not cfg.network.hidden:
        raise ValueError(text(NO_HIDDEN))
    hidden = tuple(
        replace(layer, activation=_same_or_default(layer.activation, name))
        for layer in cfg.network.hidden
    )
    return cfg.replace(network=replace(cfg.network, hidden=hidden))


def _with_initializer(cfg: ExperimentConfig, name: str) -> ExperimentConfig:
    def change(layer: LayerConfig) -> LayerConfig:
        return replace(layer, kernel_initializer=_same_or_default(layer.kernel_initializer, name))

    net = cfg.network
    network = replace(net, hidden=tuple(change(h) for h in net.hidden), output=change(net.output))
    return cfg.replace(network=network)


def _with_loss(cfg: ExperimentConfig, name: str) -> ExperimentConfig:
    training = replace(cfg.training, loss=_same_or_default(cfg.training.loss, name))
    cfg = cfg.replace(training=training)
    n_classes = datasets.describe(cfg.data).n_classes
    current = activations.REGISTRY.canonical(cfg.network.output.activation.name)
    if losses.check_pairing(cfg.task, n_classes, name, current) is None:
        return cfg
    valid = losses.valid_output_activations(
        cfg.task, n_classes, name, [*_OUTPUT_PREFERENCE, *activations.names()]
    )
    if not valid:
        return cfg  # check_experiment explains why
    output = replace(cfg.network.output, activation=Component(valid[0]))
    return cfg.replace(network=replace(cfg.network, output=output))


def _apply(cfg: ExperimentConfig, variable: str, value: str) -> ExperimentConfig:
    if variable == "activation":
        return _with_activation(cfg, value)
    if variable == "initializer":
        return _with_initializer(cfg, value)
    if variable == "learning_rate":
        return cfg.replace(training=replace(cfg.training, learning_rate=_parse_rate(value)))
    if variable == "seed":
        return cfg.replace(training=replace(cfg.training, seed=_parse_seed(value)))
    if variable == "scale":
        return with_initial_scale(cfg, _parse_scale(value))
    if variable == "optimizer":
        optimizer = _same_or_default(cfg.training.optimizer, value)
        return cfg.replace(training=replace(cfg.training, optimizer=optimizer))
    return _with_loss(cfg, value)


def variant_configs(
    cfg: ExperimentConfig, variable: str, values: Sequence[str]
) -> list[tuple[str, ExperimentConfig]]:
    """One ``(label, config)`` per value: ``cfg`` with ``variable`` set to that value.

    activation → every hidden layer (the output layer is untouched); initializer → every
    layer's kernel initializer; loss → ``training.loss``, with the output activation
    switched to one that pairs with it when the current one does not. Each variant is
    checked with :func:`check_experiment`; ``ValueError`` names the value and the reason.
    seed → ``training.seed`` (initial weights and batch order; the data stay the same);
    scale → every kernel initializer drawing that many times larger weights
    (:func:`~nnplayground.engine.explain_fixes.with_initial_scale`).
    """
    if variable not in ALL_VARIABLES:
        raise _unknown_variable(variable)
    out = []
    for value in check_values(variable, list(values)):
        try:
            variant = _apply(cfg, variable, value)
            check_experiment(variant)
        except ValueError as exc:
            reason = message_of(exc)
            raise ValueError(
                text(UNTRAINABLE, variable=variable, value=value, reason=reason)
            ) from None
        label = f"{_NUMBERS[variable](value):g}" if variable in _NUMBERS else value
        out.append((label, variant.replace(title=f"{cfg.title} ({variable}={label})")))
    return out


# --------------------------------------------------------------------------- results
def epochs_to_reach(history: History, threshold: float) -> int | None:
    """First epoch (1-based) whose train loss is at or below ``threshold``; None if never."""
    hits = (history.train_loss <= threshold).nonzero()[0]
    return int(hits[0]) + 1 if hits.size else None


@dataclass
class Comparison:
    """The outcome of :func:`run_comparison`: one label, config, history and result per
    variant, in the order the values were given."""

    variable: str
    labels: list[str]
    configs: list[ExperimentConfig]
    histories: list[History]
    results: list[RunResult]
    dataset: object = None  # the one Dataset every variant trained on
    networks: list[Network] = field(default_factory=list)  # trained, one per variant

    def has_accuracy(self) -> bool:
        return any(h.has_accuracy() for h in self.histories)

    def to_csv(self, path: str | os.PathLike[str]) -> None:
        """Long format ``variant,epoch,train_loss,test_loss[,train_accuracy,test_accuracy]``,
        written atomically (:func:`nnplayground.fileio.atomic_write`)."""
        cols = 4 if self.has_accuracy() else 2
        header = ["variant", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"]

        def write(tmp: str) -> None:
            with open(tmp, "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(header[: 2 + cols])
                for label, history in zip(self.labels, self.histories):
                    rows = history.slice(0)[:, :cols]
                    for epoch, row in enumerate(rows, start=1):
                        writer.writerow([label, epoch, *(f"{v:.10g}" for v in row)])

        atomic_write(path, write)

    def summary_lines(self, threshold: float | None = None) -> list[str]:
        """One plain sentence per variant: final test loss and accuracy, divergence, and
        the epoch the train loss first reached ``threshold`` (if given)."""
        lines = []
        for label, history, result in zip(self.labels, self.histories, self.results):
            parts = [f"{self.variable}={label}:"]
            last = history.last()
            if len(history):
                parts.append(f"final test loss {last['test_loss']:.4g}")
                if not math.isnan(last["test_accuracy"]):
                    parts.append(f"test accuracy {100 * last['test_accuracy']:.1f} %")
            else:
                parts.append("no finished epoch")
            if result.divergence is not None:
                parts.append(f"diverged at epoch {result.divergence.epoch}")
            if threshold is not None:
                reached = epochs_to_reach(history, threshold)
                parts.append(
                    f"train loss ≤ {threshold:g} at epoch {reached}"
                    if reached is not None
                    else f"train loss never reached {threshold:g}"
                )
            lines.append(parts[0] + " " + ", ".join(parts[1:]) + ".")
        return lines


# --------------------------------------------------------------------------- running
def run_comparison(
    cfg: ExperimentConfig,
    variable: str,
    values: Sequence[str],
    epochs: int,
    on_progress: ProgressHook | None = None,
    should_stop: Callable[[], bool] | None = None,
    dataset: object = None,
    control: RunControl | None = None,
) -> Comparison:
    """Train every variant of ``cfg`` for ``epochs`` epochs on one shared dataset.

    Variants train round-robin, one epoch each per round; after every round
    ``on_progress(epoch, trainers)`` is called and ``should_stop()`` is checked. The
    config's own stop rules (epoch limit, target loss, patience) are switched off so all
    curves have the same length. A variant that diverges keeps its partial history and
    reports ``RunResult("diverged", ...)``; the others carry on. ``dataset`` (a Dataset
    made from ``cfg.data``) saves generating the data again; by default it is made once.
    ``control`` (a :class:`RunControl`) lets another thread stop the run mid-epoch.
    """
    if not (isinstance(epochs, int) and epochs >= 1):
        raise ValueError(text(EPOCHS_MIN, value=repr(epochs)))
    variants = variant_configs(cfg, variable, values)
    experiments: list[Experiment] = []
    for _, variant in variants:
        training = replace(variant.training, epochs=0, target_loss=None, patience=None)
        variant = variant.replace(training=training)
        shared = experiments[0].dataset if experiments else dataset
        experiments.append(Experiment.from_config(variant, dataset=shared))
    trainers = [e.trainer for e in experiments]
    results: list[RunResult | None] = [None] * len(trainers)
    control = control if control is not None else RunControl()
    stopped = False
    for epoch in range(1, epochs + 1):
        if should_stop is not None and should_stop():
            break
        for i, trainer in enumerate(trainers):
            if results[i] is not None:
                continue
            result = train(trainer, control, max_epochs=1)
            if result.reason == "diverged":
                results[i] = result
            elif result.reason == "stopped":
                stopped = True
                break
        if stopped:
            break
        if on_progress is not None:
            on_progress(epoch, trainers)
    finished = [
        r if r is not None else RunResult("epochs" if t.epoch >= epochs else "stopped", t.epoch)
        for r, t in zip(results, trainers)
    ]
    return Comparison(
        variable,
        [label for label, _ in variants],
        [variant for _, variant in variants],
        [t.history for t in trainers],
        finished,
        experiments[0].dataset,
        [e.network for e in experiments],
    )
