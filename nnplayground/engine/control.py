"""Steering a training run while it runs: live settings and the run's control object.

:class:`LiveSettings` holds what a user may change while training goes on (learning rate,
stop rules, a speed limit). It is frozen and lives in one place, ``trainer.live``; a change
is one assignment of a whole new object (``trainer.live = settings``), atomic under the
GIL, which the loop sees at its next mini-batch (learning rate) or epoch (stop rules).

:class:`RunControl` carries requests from any thread (stop, pause, resume, step one epoch,
step one mini-batch) to the loop running in another, and the hooks the loop calls
(``on_epoch``, ``on_pause``, ``on_resume``). The loop looks at the requests between
mini-batches, so a control answers within one mini-batch whatever an epoch costs.
Plain ``threading``; no Qt.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from nnplayground.engine.config import TrainingConfig

Hook = Callable[[Any], None]  # called with the trainer

EPOCH, BATCH = "epoch", "batch"  # what a step request trains before pausing


@dataclass(frozen=True)
class LiveSettings:
    """Settings a running trainer reads as it goes (a new object per change).

    ``epochs`` is the epoch limit (0: none); ``target_loss`` stops once the test loss is at
    or below it; ``patience`` stops after that many epochs without a better test loss;
    ``max_epochs_per_second`` (None: as fast as possible) makes the loop wait between
    epochs, interruptibly, so pause and stop still answer at once.
    """

    #: The TrainingConfig fields a run reads live (``from_config`` copies exactly these):
    #: an edit of only these needs no rebuild.
    CONFIG_FIELDS: ClassVar[tuple[str, ...]] = ("learning_rate", "epochs", "target_loss",
                                                "patience")  # fmt: skip

    learning_rate: float
    epochs: int = 0
    target_loss: float | None = None
    patience: int | None = None
    max_epochs_per_second: float | None = None

    def __post_init__(self) -> None:
        # Programming errors, not user input: the GUI and presets validate what users type.
        if not (math.isfinite(self.learning_rate) and self.learning_rate >= 0):
            raise ValueError(f"learning_rate must be finite and >= 0, got {self.learning_rate}")
        limit = self.max_epochs_per_second
        if limit is not None and not (math.isfinite(limit) and limit > 0):
            raise ValueError(f"max_epochs_per_second must be None or above 0, got {limit}")

    @classmethod
    def from_config(
        cls, training: TrainingConfig, max_epochs_per_second: float | None = None
    ) -> LiveSettings:
        """The live part of ``training`` (learning rate and stop rules), plus a speed limit."""
        lr, epochs, target, patience = (getattr(training, f) for f in cls.CONFIG_FIELDS)
        return cls(float(lr), int(epochs or 0), target, patience, max_epochs_per_second)


class RunControl:
    """Requests to one training loop, from any thread, and the hooks it calls.

    Request methods (any thread): :meth:`request_stop`, :meth:`request_pause`,
    :meth:`request_resume`, :meth:`request_step` (train to the end of the current epoch,
    then pause), :meth:`request_step_batch` (train exactly one mini-batch, then pause),
    :meth:`wait_idle`. A pause or stop is seen after the mini-batch in progress.

    ``should_stop`` (optional) is polled before each epoch, for callers that keep their own
    flag (the CLI's Ctrl+C). The hooks are called in the loop's thread with the trainer:
    ``on_epoch`` after every finished epoch (diverged ones included), ``on_pause`` just
    before the loop parks, ``on_resume`` when it goes on.
    """

    def __init__(
        self,
        *,
        paused: bool = False,
        should_stop: Callable[[], bool] | None = None,
        on_epoch: Hook | None = None,
        on_pause: Hook | None = None,
        on_resume: Hook | None = None,
    ) -> None:
        self._cond = threading.Condition()
        self._stop = False
        self._paused = paused
        self._step: str | None = None  # EPOCH or BATCH while a step request is pending
        self._idle = False  # the loop is parked or has finished: its network is not in use
        self._finished = False
        # Set by every request: the one flag the loop checks after each mini-batch.
        self._attention = threading.Event()
        self._should_stop = should_stop
        self._on_epoch, self._on_pause, self._on_resume = on_epoch, on_pause, on_resume

    # ------------------------------------------------------------ requests (any thread)
    def request_stop(self) -> None:
        """End the run after the mini-batch in progress (also wakes a paused loop)."""
        with self._cond:
            self._stop = True
            self._notify()

    def request_pause(self) -> None:
        with self._cond:
            self._paused, self._step = True, None
            self._notify()

    def request_resume(self) -> None:
        with self._cond:
            self._paused, self._step = False, None
            self._wake()

    def request_step(self) -> None:
        """Train to the end of the current epoch (a whole one between epochs), then pause."""
        with self._cond:
            self._paused, self._step = False, EPOCH
            self._wake()

    def request_step_batch(self) -> None:
        """Train exactly one mini-batch, then pause (the epoch ends if it was its last)."""
        with self._cond:
            self._paused, self._step = False, BATCH
            self._wake()

    def wait_idle(self, timeout: float) -> bool:
        """Block until the loop is parked or finished (its network is then not in use)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._idle, timeout)

    @property
    def stop_requested(self) -> bool:
        return self._stop

    def _wake(self) -> None:
        if not self._finished:
            self._idle = False  # at once, so wait_idle() cannot see a stale park
        self._notify()

    def _notify(self) -> None:
        self._attention.set()
        self._cond.notify_all()

    # ------------------------------------------------------------ the loop's side
    def should_stop(self) -> bool:
        if self._stop:
            return True
        return self._should_stop is not None and bool(self._should_stop())

    def interrupted(self) -> bool:
        """True once any request arrived since :meth:`batch_budget`: checked per mini-batch."""
        return self._attention.is_set()

    def batch_budget(self) -> int | None:
        """Mini-batches the loop may train before looking again (None: to the epoch's end;
        0: a stop or pause has just arrived, go round and answer it)."""
        with self._cond:
            if self._stop or self._paused:
                return 0
            self._attention.clear()  # requests from now on interrupt the coming batches
            return 1 if self._step == BATCH else None

    def trained(self, batches: int, epoch_ended: bool) -> None:
        """The loop trained ``batches`` mini-batches (and ended an epoch): end a step."""
        with self._cond:
            if (self._step == BATCH and batches) or (self._step == EPOCH and epoch_ended):
                self._paused, self._step = True, None

    def wait_while_paused(self, trainer: Any) -> bool:
        """Park while paused (``on_pause`` first, ``on_resume`` after); False if stopped."""
        with self._cond:
            if self._stop or not self._paused:
                return not self._stop
        if self._on_pause is not None:
            self._on_pause(trainer)
        with self._cond:
            if self._paused and not self._stop:  # not resumed while on_pause ran
                self._idle = True
                self._cond.notify_all()
                while self._paused and not self._stop:
                    self._cond.wait()
                self._idle = self._finished
            stopped = self._stop
        if not stopped and self._on_resume is not None:
            self._on_resume(trainer)
        return not stopped

    def sleep(self, seconds: float) -> None:
        """Wait up to ``seconds``, returning early when a request arrives."""
        with self._cond:
            self._attention.clear()  # a request already handled must not cut the nap short
            if self._stop or self._paused:
                return
        self._attention.wait(seconds)

    def epoch_done(self, trainer: Any) -> None:
        if self._on_epoch is not None:
            self._on_epoch(trainer)

    def finish(self) -> None:
        """The loop has returned: its network is idle for good."""
        with self._cond:
            self._finished = self._idle = True
            self._cond.notify_all()
