"""The training loop: plain Python, no Qt, steered through a control object.

:func:`train` is the one loop: it checks the stop rules, trains an epoch mini-batch by
mini-batch, evaluates the whole train and test sets with the current weights (the numbers
a learner sees), appends them to a :class:`History`, calls the control's ``on_epoch`` hook,
and ends on a stop rule, a stop request or divergence. Between mini-batches it looks at the
:class:`~nnplayground.engine.control.RunControl` (stop, pause, step), so a control answers
within one mini-batch whatever an epoch costs. :meth:`Trainer.run` is the same loop with
the plain ``on_progress`` and ``should_stop`` hooks; the Qt worker and the comparison
runner call :func:`train` with their own control.

A pause or a stop inside an epoch leaves it *in progress* on the trainer: the weights hold
the mini-batches trained so far, ``trainer.epoch`` and the history count finished epochs
only (a partial epoch is never recorded), and the next run continues that epoch with the
same batch order, bit for bit as if it had not been interrupted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnplayground.engine import losses as losses_mod
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import TrainingConfig
from nnplayground.engine.control import LiveSettings, RunControl
from nnplayground.engine.history import COLUMNS, History
from nnplayground.engine.network import Network
from nnplayground.messages import QT_TRANSLATE_NOOP, Message, text

__all__ = ["COLUMNS", "Divergence", "History", "LiveSettings", "RunResult", "Trainer", "train"]

Array = np.ndarray

#: Multiply-adds of one evaluation chunk (~30 ms on one laptop core). Evaluating a set
#: that needs more than EVAL_WHOLE_WORK goes in chunks of this size, and the loop looks at
#: its control between them; smaller sets (every bundled preset) go in one pass, exactly
#: as before. Chunked sums round differently in the last bit, identically on every run.
EVAL_CHUNK_WORK = 2**26
EVAL_WHOLE_WORK = 2**28

#: Longest nap of a speed-limited loop before it looks at its settings again (a raised
#: limit takes effect within this); pause and stop wake it at once.
SPEED_LIMIT_SLICE = 0.05

DIVERGED_LOSS = QT_TRANSLATE_NOOP(
    "messages",
    "Training diverged at epoch {epoch}: the loss became NaN or infinite. The learning rate "
    "is probably too high; try a value 10 times smaller. The weights from the last finite "
    "epoch were kept.",
)
DIVERGED_WEIGHTS = QT_TRANSLATE_NOOP(
    "messages",
    "Training diverged at epoch {epoch}: the weights became NaN or infinite. The learning "
    "rate is probably too high; try a value 10 times smaller. The weights from the last "
    "finite epoch were kept.",
)
_DIVERGED = {"loss": DIVERGED_LOSS, "weights": DIVERGED_WEIGHTS}


@dataclass(frozen=True)
class Divergence:
    """Training blew up at ``epoch``: its ``what`` ("loss" or "weights") became NaN or
    infinite with ``learning_rate``. ``message`` is a translatable sentence saying so."""

    epoch: int
    what: str
    learning_rate: float = math.nan

    @property
    def message(self) -> Message:
        return text(_DIVERGED[self.what], epoch=self.epoch)


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

    ``config`` is the TrainingConfig the trainer was built with; its learning rate and stop
    rules are only the starting :class:`LiveSettings`. ``live`` holds the current ones:
    replace it whole (``trainer.live = settings``, from any thread) to change them while
    training runs. An epoch is ``begin_epoch()``, ``train_batches()`` (possibly in several
    calls) and ``finish_epoch()``; ``train_epoch()`` does all three.
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
        #: The settings read at every step and epoch; swap the whole object to change them.
        self.live = LiveSettings.from_config(config)
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
        # The epoch in progress: its (shuffled) rows and the first row not trained yet.
        self._epoch_X: Array | None = None
        self._epoch_Y: Array | None = None
        self._cursor = 0

    @property
    def learning_rate(self) -> float:
        """The current learning rate (``live.learning_rate``; read-only)."""
        return self.live.learning_rate

    # ----------------------------------------------------------------- steps
    def restore_history(self, rows: Array) -> None:
        """Continue after a saved run: ``rows`` (k, 4) become the history, the epoch
        count is k and the patience rule counts from the best test loss in them."""
        self.history = History.from_rows(rows)
        self.epoch = len(self.history)
        if self.epoch:
            test = self.history.test_loss
            best = int(np.nanargmin(test)) if np.isfinite(test).any() else 0
            self._best_test, self._best_epoch = float(test[best]), best + 1

    def _regularize(self) -> None:
        rate, net = self.regularization_rate, self.network
        if self.regularization == "l2" and rate:
            net.flat_grads += (2.0 * rate) * (net.kernel_mask * net.flat_params)
        elif self.regularization == "l1" and rate:
            net.flat_grads += rate * (net.kernel_mask * np.sign(net.flat_params))

    def train_step(self, x: Array, y: Array) -> None:
        """One gradient step on the batch (x, y) with the current live learning rate."""
        net = self.network
        net.forward(x)
        net.backward(self.loss, y)
        if self.regularization != "none":
            self._regularize()
        self.optimizer.step([net.flat_params], [net.flat_grads], self.live.learning_rate)
        self.steps += 1

    def _epoch_rows(self) -> tuple[Array, Array]:
        """The training rows in this epoch's order (a fresh permutation if shuffling)."""
        X, Y = self.X_train, self.y_train
        if self.config.shuffle:
            perm = self.rng.permutation(len(X))
            X, Y = X[perm], Y[perm]
        return X, Y

    def run_steps(self) -> None:
        """One pass over the training set in mini-batches, outside any epoch's bookkeeping
        (what the benchmark times as steps per second)."""
        X, Y = self._epoch_rows()
        bs, step = self.batch_size, self.train_step
        for start in range(0, len(X), bs):
            step(X[start : start + bs], Y[start : start + bs])

    def evaluate(
        self, X: Array, y: Array, interrupted: Callable[[], bool] | None = None
    ) -> tuple[float, float] | None:
        """(loss, accuracy) on (X, y) with the current weights; accuracy NaN for regression.

        A large set (see EVAL_WHOLE_WORK) goes through in chunks; if ``interrupted()``
        turns true between two of them, returns None (nothing is changed).
        """
        net = self.network
        rows = max(1, EVAL_CHUNK_WORK // max(1, net.n_params))
        if len(X) * net.n_params <= EVAL_WHOLE_WORK:
            rows = len(X)
        if rows >= len(X):
            a = net.forward(X)
            loss = net.loss_value(self.loss, y)
        else:
            out, zs, acts = net.layers[-1], [], []
            for start in range(0, len(X), rows):
                acts.append(net.forward(X[start : start + rows]))
                zs.append(out.z)
                if interrupted is not None and interrupted():
                    return None
            a = np.concatenate(acts)
            loss = net.loss_value(self.loss, y, (np.concatenate(zs), a))
        if not self.classification:
            return loss, math.nan
        if a.shape[1] == 1:
            correct = np.count_nonzero((a > 0.5) == (y > 0.5))
        else:
            correct = np.count_nonzero(a.argmax(axis=1) == y.argmax(axis=1))
        return loss, correct / len(y)

    # ----------------------------------------------------------------- epochs
    @property
    def in_epoch(self) -> bool:
        """True between ``begin_epoch()`` and ``finish_epoch()`` (e.g. paused mid-epoch)."""
        return self._epoch_X is not None

    @property
    def batches_per_epoch(self) -> int:
        return -(-len(self.X_train) // self.batch_size)

    @property
    def batch_index(self) -> int:
        """Mini-batches already trained in the epoch in progress (0 between epochs)."""
        return -(-self._cursor // self.batch_size) if self.in_epoch else 0

    @property
    def epoch_trained(self) -> bool:
        """True when every mini-batch of the epoch in progress is trained."""
        return self._epoch_X is not None and self._cursor >= len(self._epoch_X)

    def begin_epoch(self) -> bool:
        """Start an epoch: keep the weights (restored on divergence), draw the batch order.

        After a divergence this goes on from the kept weights once the learning rate has
        changed (with fresh optimizer state: the old one may hold the infinities); with
        the learning rate that diverged it returns False and changes nothing.
        """
        if self._epoch_X is not None:
            raise RuntimeError("an epoch is already in progress")
        if self.divergence is not None:
            if self.live.learning_rate == self.divergence.learning_rate:
                return False
            self.divergence = None
            self.optimizer.reset()
        np.copyto(self._last_good, self.network.flat_params)
        self._epoch_X, self._epoch_Y = self._epoch_rows()
        self._cursor = 0
        return True

    def train_batches(
        self, limit: int | None = None, interrupted: Callable[[], bool] | None = None
    ) -> int:
        """Train the next mini-batches of the epoch in progress; return how many.

        Stops at the end of the epoch, after ``limit`` batches, or after the first batch
        at which ``interrupted()`` is true (checked after every batch).
        """
        X, Y, bs = self._epoch_X, self._epoch_Y, self.batch_size
        if X is None or Y is None:
            raise RuntimeError("no epoch in progress; call begin_epoch() first")
        first = pos = self._cursor
        end = len(X) if limit is None else min(len(X), pos + limit * bs)
        step = self.train_step
        try:
            with np.errstate(all="ignore"):
                while pos < end:
                    step(X[pos : pos + bs], Y[pos : pos + bs])
                    pos += bs
                    if interrupted is not None and interrupted():
                        break
        finally:
            self._cursor = pos  # even after an exception: the batches trained stay trained
        return (pos - first) // bs

    def finish_epoch(self, interrupted: Callable[[], bool] | None = None) -> bool | None:
        """Evaluate and record the epoch just trained. Returns False if training diverged
        (the weights are then restored to those of the last finite epoch), and None if
        ``interrupted()`` cut a chunked evaluation short: the epoch then stays in progress,
        all its batches trained, and the next call evaluates it again (same weights, same
        numbers)."""
        with np.errstate(all="ignore"):
            train = self.evaluate(self.X_train, self.y_train, interrupted)
            test = None if train is None else self.evaluate(self.X_test, self.y_test, interrupted)
        if train is None or test is None:
            return None
        self._epoch_X = self._epoch_Y = None
        self._cursor = 0
        self.epoch += 1
        if (
            not (math.isfinite(train[0]) and math.isfinite(test[0]))
            or not self.network.all_finite()
        ):
            what = "loss" if self.network.all_finite() else "weights"
            self.divergence = Divergence(self.epoch, what, self.live.learning_rate)
            np.copyto(self.network.flat_params, self._last_good)
            self.epoch -= 1
            return False
        self.history.append(train[0], test[0], train[1], test[1])
        if test[0] < self._best_test:
            self._best_test, self._best_epoch = test[0], self.epoch
        return True

    def train_epoch(self) -> bool:
        """Train one epoch (or the rest of the one in progress) and record its metrics.

        Returns False if training diverged, or had diverged and the learning rate has not
        changed since (see :meth:`begin_epoch`).
        """
        if self._epoch_X is None and not self.begin_epoch():
            return False
        self.train_batches()
        return bool(self.finish_epoch())

    # ----------------------------------------------------------------- loop
    def stop_rule(self) -> str | None:
        """The stop rule that fires now, if any: 'epochs', 'target_loss' or 'patience'."""
        live = self.live
        if live.epochs and self.epoch >= live.epochs:
            return "epochs"
        if (
            live.target_loss is not None
            and len(self.history)
            and self.history.last()["test_loss"] <= live.target_loss
        ):
            return "target_loss"
        if live.patience and self.epoch - self._best_epoch >= live.patience:
            return "patience"
        return None

    def run(
        self,
        max_epochs: int | None = None,
        on_progress: Callable[[Trainer], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> RunResult:
        """Train until a stop rule, ``max_epochs`` more epochs, ``should_stop()`` or divergence.

        ``should_stop()`` is polled before each epoch and ``on_progress(trainer)`` called
        after each one; :func:`train` with a :class:`RunControl` also stops mid-epoch.
        """
        return train(self, RunControl(should_stop=should_stop, on_epoch=on_progress), max_epochs)


def train(
    trainer: Trainer, control: RunControl | None = None, max_epochs: int | None = None
) -> RunResult:
    """Train ``trainer`` until a stop rule, ``max_epochs`` more finished epochs, a stop
    request or divergence: the one training loop (Trainer.run, the GUI worker and compare).

    Between epochs: the stop rules (read from ``trainer.live``), the control's stop and
    pause, and the speed limit (``live.max_epochs_per_second``; the wait is interruptible).
    Within an epoch the control is looked at after every mini-batch: a pause parks the loop
    mid-epoch (resuming continues the same epoch), a step request pauses after one epoch
    or one mini-batch, a stop returns "stopped" leaving the epoch in progress unrecorded.
    """
    control = control if control is not None else RunControl()
    done = 0
    started: float | None = None  # perf_counter() at the start of the last epoch begun
    while True:
        if not trainer.in_epoch:
            reason = trainer.stop_rule()
            if reason is None and max_epochs is not None and done >= max_epochs:
                reason = "epochs"
            if reason is not None:
                return RunResult(reason, trainer.epoch)
        if control.should_stop() or not control.wait_while_paused(trainer):
            return RunResult("stopped", trainer.epoch)
        if not trainer.in_epoch:
            limit = trainer.live.max_epochs_per_second
            if limit and started is not None:
                wait = started + 1.0 / limit - time.perf_counter()
                if wait > 0:
                    control.sleep(min(wait, SPEED_LIMIT_SLICE))
                    continue
            if not trainer.begin_epoch():
                return RunResult("diverged", trainer.epoch, trainer.divergence)
            started = time.perf_counter()
        budget = control.batch_budget()
        if budget == 0:
            continue
        batches = trainer.train_batches(budget, control.interrupted)
        ok = trainer.finish_epoch(control.interrupted) if trainer.epoch_trained else None
        ended = ok is not None  # None: not at the end, or the evaluation was interrupted
        control.trained(batches, ended)
        if ended:
            done += 1
            control.epoch_done(trainer)
            if not ok:
                return RunResult("diverged", trainer.epoch, trainer.divergence)
