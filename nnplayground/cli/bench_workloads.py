"""The benchmark workloads W1-W4 (float64, SGD) and their PyTorch twins.

Each workload builds one of our Trainers; :class:`TorchTwin` mirrors it in PyTorch with
the same layer sizes, the same initial weights, the same data, batch size, learning
rate and shuffling per pass, so both sides do the same steps on the same shapes.
PyTorch is optional: it is imported only by :func:`torch_or_none`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)


@dataclass(frozen=True)
class Workload:
    key: str
    label: str
    target_ratio: float  # ours/torch steps-per-second ratio to reach
    make: Callable[[], object]  # -> Trainer (W1-W3 also carry an Experiment)


def playground_config(
    hidden: tuple[int, ...],
    activation: str,
    n_points: int = 500,
    batch_size: int = 10,
) -> ExperimentConfig:
    """A circle-dataset classification config like TensorFlow Playground's (train ratio 0.5)."""
    layers = tuple(LayerConfig(u, activation=Component(activation)) for u in hidden)
    return ExperimentConfig(
        title=f"bench {'-'.join(map(str, (2, *hidden, 1)))} {activation}",
        task="classification",
        network=NetworkConfig(layers, LayerConfig(1, activation=Component("sigmoid"))),
        data=DataConfig("circle", n_points=n_points, noise=0.0, train_ratio=0.5, seed=0),
        training=TrainingConfig(
            loss=Component("binary_crossentropy"),
            optimizer=Component("sgd"),
            learning_rate=0.03,
            batch_size=batch_size,
            epochs=0,
            seed=0,
        ),
    )


def experiment(cfg: ExperimentConfig):
    from nnplayground.engine import build

    return build.Experiment.from_config(cfg)


def random_softmax_trainer(n_train: int = 10_000, n_test: int = 2_000, seed: int = 0):
    """W4: 784-256-128-10 (ReLU, softmax output) on standard-normal inputs, random labels."""
    from nnplayground.engine import activations, initializers
    from nnplayground.engine.network import Network
    from nnplayground.engine.training import Trainer

    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_train + n_test, 784))
    Y = np.eye(10)[rng.integers(0, 10, n_train + n_test)]
    acts = [activations.get("relu"), activations.get("relu"), activations.get("softmax")]
    net = Network([784, 256, 128, 10], acts)
    init = initializers.get("glorot_uniform")
    for layer in net.layers:
        np.copyto(layer.W, init(layer.fan_in, layer.units, rng))
    training = TrainingConfig(
        loss=Component("categorical_crossentropy"), learning_rate=0.03, batch_size=128, seed=0
    )
    return Trainer(
        net, X[:n_train], Y[:n_train], X[n_train:], Y[n_train:], training, classification=True
    )


def workloads(scale: float = 1.0) -> list[Workload]:
    """W1-W4. ``scale`` < 1 shrinks the point counts of W3 and W4 (``--quick``): the cost
    of a step is unchanged, an epoch gets shorter."""

    def trainer_of(cfg: ExperimentConfig) -> Callable[[], object]:
        return lambda: experiment(cfg).trainer

    # W3 training points (the other half tests). 5,000 since a dataset holds at most
    # limits.MAX_POINTS = 10,000 points (it was 10,000 of 20,000): a step costs the same,
    # so steps/s compare with older figures; an epoch is half as long.
    n3 = max(2 * 64, round(5_000 * scale))
    n4 = max(128, round(10_000 * scale))  # W4 training points
    w3 = playground_config((256, 256), "relu", n_points=2 * n3, batch_size=64)
    return [
        Workload(
            "W1",
            "2-4-2-1 tanh, 250 train pts, batch 10",
            5.0,
            trainer_of(playground_config((4, 2), "tanh")),
        ),
        Workload(
            "W2",
            "2-8x6-1 tanh, 250 train pts, batch 10",
            5.0,
            trainer_of(playground_config((8,) * 6, "tanh")),
        ),
        Workload("W3", f"2-256-256-1 relu, {n3:,} train pts, batch 64", 1.0, trainer_of(w3)),
        Workload(
            "W4",
            f"784-256-128-10 softmax, {n4:,} pts, batch 128",
            1.0,
            lambda: random_softmax_trainer(n4, max(1, n4 // 5)),
        ),
    ]


# ----------------------------------------------------------------------------- PyTorch


def torch_or_none():
    """The torch module, or None when PyTorch is not installed (it is not a dependency)."""
    try:
        import torch
    except Exception:  # ImportError, or a broken install raising something else
        return None
    return torch


class TorchTwin:
    """The same network, data and SGD steps as ``trainer``, in PyTorch (CPU, float64)."""

    def __init__(self, torch, trainer) -> None:
        self.torch = torch
        nn = torch.nn
        mods: list = []
        layers = trainer.network.layers
        for i, layer in enumerate(layers):
            lin = nn.Linear(layer.fan_in, layer.units, dtype=torch.float64)
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(layer.W.T.copy()))
                lin.bias.copy_(torch.from_numpy(layer.b.copy()))
            mods.append(lin)
            if i < len(layers) - 1:
                mods.append(_hidden_activation(nn, layer.activation.name))
        self.model = nn.Sequential(*mods)
        out = layers[-1].activation.name
        self.X = torch.from_numpy(np.array(trainer.X_train, dtype=np.float64))
        Y = np.asarray(trainer.y_train)
        if out == "sigmoid":
            self.loss = nn.BCEWithLogitsLoss()
            self.Y = torch.from_numpy(Y.astype(np.float64))
        elif out == "softmax":
            self.loss = nn.CrossEntropyLoss()
            self.Y = torch.from_numpy(Y.argmax(axis=1))
        else:
            raise ValueError(f"no PyTorch twin for output activation {out!r}")
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=trainer.learning_rate)
        self.batch_size = trainer.batch_size
        self.shuffle = trainer.config.shuffle
        self.generator = torch.Generator().manual_seed(0)
        self.steps = 0

    def run_steps(self) -> None:
        """One pass over the training set in mini-batches, like Trainer.run_steps."""
        X, Y, bs = self.X, self.Y, self.batch_size
        if self.shuffle:
            perm = self.torch.randperm(len(X), generator=self.generator)
            X, Y = X[perm], Y[perm]
        model, loss_fn, opt = self.model, self.loss, self.optimizer
        for start in range(0, len(X), bs):
            opt.zero_grad(set_to_none=True)
            loss_fn(model(X[start : start + bs]), Y[start : start + bs]).backward()
            opt.step()
            self.steps += 1


def _hidden_activation(nn, name: str):
    modules = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid, "linear": nn.Identity}
    if name not in modules:
        raise ValueError(f"no PyTorch twin for hidden activation {name!r}")
    return modules[name]()
