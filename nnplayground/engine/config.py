"""Plain, immutable descriptions of an experiment: network, data and training settings.

These are what presets serialise, what the GUI panels edit and what the CLI runs. They
hold names and numbers only; :mod:`nnplayground.engine.build` turns them into objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

TASKS = ("classification", "regression")
REGULARIZATIONS = ("none", "l1", "l2")


@dataclass(frozen=True)
class Component:
    """A registry name with its parameters, e.g. ``Component("elu", {"alpha": 0.5})``.

    ``params`` holds only what differs from the registry's defaults or was set explicitly.
    """

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def with_params(self, **params: Any) -> Component:
        return Component(self.name, {**self.params, **params})

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, **dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Component:
        params = {k: v for k, v in data.items() if k != "name"}
        return cls(str(data["name"]), params)


@dataclass(frozen=True)
class LayerConfig:
    """One dense layer: ``units`` neurons, its activation and its two initializers."""

    units: int
    activation: Component = field(default_factory=lambda: Component("tanh"))
    kernel_initializer: Component = field(default_factory=lambda: Component("glorot_uniform"))
    bias_initializer: Component = field(default_factory=lambda: Component("zeros"))


@dataclass(frozen=True)
class NetworkConfig:
    """Hidden layers plus the output layer (whose ``units`` are set by the task: see
    :func:`output_units`; the value stored in ``output.units`` is ignored)."""

    hidden: tuple[LayerConfig, ...] = (LayerConfig(4), LayerConfig(2))
    output: LayerConfig = field(
        default_factory=lambda: LayerConfig(1, activation=Component("sigmoid"))
    )


@dataclass(frozen=True)
class DataPoints:
    """Points placed by hand (edited on the boundary plot), replacing the generated or
    CSV data: ``xy`` ((x1, x2) per point), ``labels`` (class index or target per point)
    and ``test`` (True for a test point). Tuples, so configs compare and hash by value."""

    xy: tuple[tuple[float, float], ...]
    labels: tuple[float, ...]
    test: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.xy)


@dataclass(frozen=True)
class DataConfig:
    """Which points to learn from. ``csv_path`` replaces the generated ``dataset``, and
    ``points`` (edited by hand) replace both; the dataset's name and class count still
    say the task's classes, so the network keeps its output layer."""

    dataset: str = "circle"
    n_points: int = 500
    noise: float = 0.0
    train_ratio: float = 0.5
    features: tuple[str, ...] = ("x1", "x2")
    seed: int = 0
    n_classes: int = 3  # only used by datasets with a variable class count (blobs)
    csv_path: str | None = None
    points: DataPoints | None = None


@dataclass(frozen=True)
class TrainingConfig:
    """How to train: loss, optimizer, schedule and stop rules."""

    loss: Component = field(default_factory=lambda: Component("binary_crossentropy"))
    optimizer: Component = field(default_factory=lambda: Component("sgd"))
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.0
    epochs: int = 1000  # epoch limit; 0 means no limit
    shuffle: bool = True
    seed: int = 0
    target_loss: float | None = None  # stop once the test loss is at or below this
    patience: int | None = None  # stop after this many epochs without a better test loss


@dataclass(frozen=True)
class ExperimentConfig:
    """Everything a preset describes, apart from trained weights."""

    title: str = "Untitled"
    description: str = ""
    task: str = "classification"
    network: NetworkConfig = field(default_factory=NetworkConfig)
    data: DataConfig = field(default_factory=DataConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)

    def replace(self, **changes: Any) -> ExperimentConfig:
        return replace(self, **changes)


def output_units(task: str, n_classes: int) -> int:
    """1 for regression and binary classification, K for K > 2 classes."""
    if task == "regression" or n_classes <= 2:
        return 1
    return n_classes
