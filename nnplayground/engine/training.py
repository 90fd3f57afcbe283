"""The training loop: plain Python, no Qt, driven through two hooks.

``Trainer.run(on_progress, should_stop)`` trains epoch after epoch. After each epoch it
evaluates the whole train and test sets with the current weights (the numbers a learner
sees), appends them to a :class:`History`, calls ``on_progress(trainer)`` and stops when
``should_stop()`` is true, a stop rule fires, or training diverges.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnplayground.engine import losses as losses_mod
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import TrainingConfig
from nnplayground.engine.network import Network

Array = np.ndarray

COLUMNS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


class History:
    """Per-epoch metrics in growable float64 columns (NaN where a metric does not apply).

    Four float64 columns cost 32 bytes an epoch: a million epochs fit in 32 MB (the
    capacity doubles, so at most 64 MB are reserved).
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._data = np.full((len(COLUMNS), capacity), np.nan)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(
        self, train_loss: float, test_loss: float, train_acc: float, test_acc: float
    ) -> None:
        if self._n == self._data.shape[1]:
            grown = np.full((len(COLUMNS), 2 * self._n), np.nan)
            grown[:, : self._n] = self._data
            self._data = grown
        self._data[:, self._n] = (train_loss, test_loss, train_acc, test_acc)
        self._n += 1

    def column(self, name: str) -> Array:
        """A read-only view of the first ``len(self)`` values of ``name``."""
        view = self._data[COLUMNS.index(name), : self._n]
        view.flags.writeable = False
        return view

    @property
    def train_loss(self) -> Array:
        return self.column("train_loss")

    @property
    def test_loss(self) -> Array:
        return self.column("test_loss")

    @property
    def train_accuracy(self) -> Array:
        return self.column("train_accuracy")

    @property
    def test_accuracy(self) -> Array:
        return self.column("test_accuracy")

    def last(self) -> dict[str, float]:
        if not self._n:
            return {c: math.nan for c in COLUMNS}
        return {c: float(self._data[i, self._n - 1]) for i, c in enumerate(COLUMNS)}

    def slice(self, start: int, stop: int | None = None) -> Array:
        """Copy of rows [start, stop) as (k, 4): what a progress snapshot carries."""
        stop = self._n if stop is None else min(stop, self._n)
        return self._data[:, start:stop].T.copy()

    def truncate(self, n: int) -> None:
        self._n = min(self._n, n)

    @property
    def nbytes(self) -> int:
        return self._data.nbytes

    def has_accuracy(self) -> bool:
        return self._n > 0 and not math.isnan(self._data[2, 0])

    def to_csv(self, path: str) -> None:
        """epoch, train_loss, test_loss[, train_accuracy, test_accuracy] with a header."""
        cols = 4 if self.has_accuracy() else 2
        header = "epoch," + ",".join(COLUMNS[:cols])
        table = np.column_stack([np.arange(1, self._n + 1), self._data[:cols, : self._n].T])
        fmt = ["%d"] + ["%.10g"] * cols
        np.savetxt(path, table, delimiter=",", header=header, comments="", fmt=fmt)


@dataclass(frozen=True)
class Divergence:
    epoch: int
    what: str

    @property
    def message(self) -> str:
        return (
            f"Training diverged at epoch {self.epoch}: the {self.what} became NaN or infinite. "
            "The learning rate is probably too high; try a value 10 times smaller. "
            "The weights from the last finite epoch were kept."
        )


@dataclass(frozen=True)
class RunResult:
    """Why ``run`` returned: 'epochs', 'target_loss', 'patience', 'stopped' or 'diverged'."""

    reason: str
    epochs: int
    divergence: Divergence | None = None


class Trainer:
    """Mini-batch training of ``network`` on (X_train, y_train), evaluated on the test set.

    Shapes: X (n, n_inputs); y (n, n_outputs): 0/1 for binary classification, one-hot
    for K classes, real values for regression.
    """

    def __init__(
        self,
        network: Network,
        X_train: Array,
        y_train: Array,
        X_test: Array,
        y_test: Array,
        config: TrainingConfig,
        classification: bool,
    ) -> None:
        self.network = network
        self.X_train, self.y_train = np.ascontiguousarray(X_train), np.ascontiguousarray(y_train)
        self.X_test, self.y_test = np.ascontiguousarray(X_test), np.ascontiguousarray(y_test)
        self.config = config
        self.classification = classification
        self.loss = losses_mod.get(config.loss.name, **config.loss.params)
        self.optimizer = optimizers_mod.get(config.optimizer.name, **config.optimizer.params)
        self.learning_rate = float(config.learning_rate)
        self.regularization = config.regularization
        self.regularization_rate = float(config.regularization_rate)
        self.batch_size = max(1, min(int(config.batch_size), len(self.X_train)))
        self.rng = np.random.default_rng([config.seed, 1])
        self.history = History()
        self.epoch = 0
        self.divergence: Divergence | None = None
        self.steps = 0
        self._last_good = network.flat_params.copy()
        self._best_test = math.inf
        self._best_epoch = 0

    # ----------------------------------------------------------------- steps
    def _regularize(self) -> None:
        rate, net = self.regularization_rate, self.network
        if self.regularization == "l2" and rate:
            net.flat_grads += (2.0 * rate) * (net.kernel_mask * net.flat_params)
        elif self.regularization == "l1" and rate:
            net.flat_grads += rate * (net.kernel_mask * np.sign(net.flat_params))

    def train_step(self, x: Array, y: Array) -> None:
        """One gradient step on the batch (x, y)."""
        net = self.network
        net.forward(x)
        net.backward(self.loss, y)
        if self.regularization != "none":
            self._regularize()
        self.optimizer.step([net.flat_params], [net.flat_grads], self.learning_rate)
        self.steps += 1

    def run_steps(self) -> None:
        """One pass over the training set in mini-batches (shuffled if configured)."""
        X, Y, bs = self.X_train, self.y_train, self.batch_size
        if self.config.shuffle:
            perm = self.rng.permutation(len(X))
            X, Y = X[perm], Y[perm]
        step = self.train_step
        for start in range(0, len(X), bs):
            step(X[start : start + bs], Y[start : start + bs])

    def evaluate(self, X: Array, y: Array) -> tuple[float, float]:
        """(loss, accuracy) on (X, y) with the current weights; accuracy NaN for regression."""
        net = self.network
        a = net.forward(X)
        loss = net.loss_value(self.loss, y)
        if not self.classification:
            return loss, math.nan
        if a.shape[1] == 1:
            correct = np.count_nonzero((a > 0.5) == (y > 0.5))
        else:
            correct = np.count_nonzero(a.argmax(axis=1) == y.argmax(axis=1))
        return loss, correct / len(y)

    def train_epoch(self) -> bool:
        """Train one epoch and record its metrics. Returns False if training diverged
        (the weights are then restored to the last finite epoch)."""
        if self.divergence is not None:
            return False
        np.copyto(self._last_good, self.network.flat_params)
        with np.errstate(all="ignore"):
            self.run_steps()
            train = self.evaluate(self.X_train, self.y_train)
            test = self.evaluate(self.X_test, self.y_test)
        self.epoch += 1
        if (
            not (math.isfinite(train[0]) and math.isfinite(test[0]))
            or not self.network.all_finite()
        ):
            what = "loss" if self.network.all_finite() else "weights"
            self.divergence = Divergence(self.epoch, what)
            np.copyto(self.network.flat_params, self._last_good)
            self.epoch -= 1
            return False
        self.history.append(train[0], test[0], train[1], test[1])
        if test[0] < self._best_test:
            self._best_test, self._best_epoch = test[0], self.epoch
        return True

    # ----------------------------------------------------------------- loop
    def stop_rule(self) -> str | None:
        """The stop rule that fires now, if any: 'epochs', 'target_loss' or 'patience'."""
        cfg = self.config
        if cfg.epochs and self.epoch >= cfg.epochs:
            return "epochs"
        if (
            cfg.target_loss is not None
            and len(self.history)
            and self.history.last()["test_loss"] <= cfg.target_loss
        ):
            return "target_loss"
        if cfg.patience and self.epoch - self._best_epoch >= cfg.patience:
            return "patience"
        return None

    def run(
        self,
        max_epochs: int | None = None,
        on_progress: Callable[[Trainer], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> RunResult:
        """Train until a stop rule, ``max_epochs`` more epochs, ``should_stop()`` or divergence."""
        done = 0
        while True:
            reason = self.stop_rule()
            if reason is None and max_epochs is not None and done >= max_epochs:
                reason = "epochs"
            if reason is None and should_stop is not None and should_stop():
                reason = "stopped"
            if reason is not None:
                return RunResult(reason, self.epoch)
            ok = self.train_epoch()
            done += 1
            if on_progress is not None:
                on_progress(self)
            if not ok:
                return RunResult("diverged", self.epoch, self.divergence)
