"""A run's timeline: snapshots of the whole training state, thinned to fit a memory budget.

A :class:`Snapshot` holds everything a trainer needs to go on exactly as it did from the
end of one epoch: the flat parameter vector, the optimizer's state arrays and iteration
count, the trainer's shuffling RNG state, the step count, the best-test bookkeeping, the
live learning rate and the history length. (Snapshots are taken between epochs, so the
batch position is always 0.) Per-layer statistics
(:func:`~nnplayground.engine.diagnostics.layer_stats` on a fixed probe sample) are
computed when a snapshot is taken and cached; a snapshot read from a file computes them
on first use.

Thinning. A snapshot costs ``s`` bytes (parameters and optimizer state, float64), so at
most ``capacity = budget // s`` fit. Every epoch is kept while that is possible; when the
timeline is full it keeps about half of its snapshots, those nearest at-or-before the
points of ``geomspace(1, epoch, capacity / 2)`` (so the early epochs stay dense and the
latest epoch is always kept), and from then on stores an epoch only when it is at least
``ratio · last`` epochs after the last one stored, with ``(1 + ratio) ** (capacity / 2)
= GROWTH``: the next thinning comes when the run is GROWTH times longer. The memory
therefore stays under the budget whatever the run length and network size; the number of
snapshots grows with the logarithm of the run length.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nnplayground.engine.diagnostics import LayerStats, layer_stats

Array = np.ndarray

#: Default memory budget of a timeline, in bytes.
DEFAULT_BUDGET = 200 * 1024 * 1024
#: At most this many snapshots, however small the network (the scrubber has pixels, not
#: millions of positions; and thinning costs O(capacity)).
MAX_SNAPSHOTS = 4096
#: Rows of the probe sample the per-layer statistics are measured on.
PROBE_ROWS = 256
#: A thinned timeline fills up again when the run is this many times longer.
GROWTH = 4.0
#: Bytes counted for each Python object around an array (header, dataclass, tuple), and
#: for a snapshot's own objects (the RNG state dict, the dataclass): calibrated with
#: tracemalloc so the estimate is above what a W2 snapshot really holds (26.5 kB real,
#: 30 kB counted).
OBJECT_BYTES = 256
SNAPSHOT_BYTES = 1024


@dataclass(eq=False)
class Snapshot:
    """The training state at the end of epoch ``epoch`` (0: the initial weights).

    ``params`` (n_params,) float64, the network's flat vector; ``optimizer_state`` the
    optimizer's state arrays, each (n_params,), in its own order (empty for plain SGD or
    before the first step); ``optimizer_iterations`` its step count; ``rng_state`` the
    trainer's ``bit_generator.state`` (a dict of ints); ``history_len`` the rows of
    history up to here (== epoch for a run that never diverged); ``learning_rate`` the
    live learning rate; ``stats`` the per-layer statistics (None until computed).
    """

    epoch: int
    params: Array
    optimizer_state: tuple[Array, ...]
    optimizer_iterations: int
    rng_state: dict[str, Any]
    history_len: int
    steps: int
    best_test: float
    best_epoch: int
    learning_rate: float
    sizes: tuple[int, ...]
    stats: list[LayerStats] | None = field(default=None, repr=False)

    @property
    def nbytes(self) -> int:
        """Bytes kept: parameters, optimizer state and the statistics (their arrays plus
        OBJECT_BYTES per array and per layer for the Python objects around them), plus
        SNAPSHOT_BYTES."""
        total = SNAPSHOT_BYTES + self.params.nbytes + sum(a.nbytes for a in self.optimizer_state)
        for st in self.stats or ():
            arrays = [*st.z_hist, *st.a_hist, *st.grad_hist, st.dead_units, st.saturated_units]
            total += sum(a.nbytes + OBJECT_BYTES for a in arrays) + OBJECT_BYTES
        return int(total)

    def weights(self) -> list[tuple[Array, Array]]:
        """The parameters as [(W (fan_in, fan_out), b (fan_out,))] per layer (copies)."""
        out, pos = [], 0
        for fan_in, fan_out in zip(self.sizes[:-1], self.sizes[1:]):
            W = self.params[pos : pos + fan_in * fan_out].reshape(fan_in, fan_out).copy()
            pos += fan_in * fan_out
            out.append((W, self.params[pos : pos + fan_out].copy()))
            pos += fan_out
        return out


def capture(trainer, stats: list[LayerStats] | None = None) -> Snapshot:
    """A snapshot of ``trainer`` (between epochs) holding copies of its state."""
    if trainer.in_epoch:
        raise RuntimeError("snapshots are taken between epochs")
    opt = trainer.optimizer
    state = tuple(a.copy() for slot in (opt._state or ()) for a in slot)
    return Snapshot(
        epoch=trainer.epoch,
        params=trainer.network.flat_params.copy(),
        optimizer_state=state,
        optimizer_iterations=int(opt.iterations),
        rng_state=trainer.rng.bit_generator.state,
        history_len=len(trainer.history),
        steps=int(trainer.steps),
        best_test=float(trainer._best_test),
        best_epoch=int(trainer._best_epoch),
        learning_rate=float(trainer.live.learning_rate),
        sizes=tuple(trainer.network.sizes),
        stats=stats,
    )


def restore(trainer, snap: Snapshot, optimizer: bool = True) -> None:
    """Put ``snap``'s state into ``trainer`` (same network shape): parameters, RNG, epoch
    and step counts, and (if ``optimizer``) the optimizer state. The history is the
    caller's business (see :func:`nnplayground.engine.fork.fork`)."""
    if tuple(trainer.network.sizes) != snap.sizes:
        raise ValueError(f"snapshot of a {list(snap.sizes)} network, not {trainer.network.sizes}")
    np.copyto(trainer.network.flat_params, snap.params)
    trainer.rng.bit_generator.state = snap.rng_state
    trainer.epoch, trainer.steps = snap.epoch, snap.steps
    trainer._best_test, trainer._best_epoch = snap.best_test, snap.best_epoch
    opt = trainer.optimizer
    opt.reset()
    if optimizer and snap.optimizer_state:
        arrays = [a.copy() for a in snap.optimizer_state]
        opt._state = [[a] for a in arrays]  # one flat parameter vector: one array per slot
    if optimizer:
        opt.iterations = snap.optimizer_iterations


class Timeline:
    """Snapshots of one run, oldest first, kept under ``budget`` bytes (see module doc).

    Use :meth:`record` as a RunControl ``on_epoch`` hook (or :meth:`hook` to chain one);
    call :meth:`start` once before training to keep the initial weights (epoch 0).
    ``probe`` = (X, y) rows the statistics are measured on (default: the first
    PROBE_ROWS training rows); ``loss`` the trainer's loss.
    """

    def __init__(self, budget: int = DEFAULT_BUDGET, max_snapshots: int = MAX_SNAPSHOTS) -> None:
        self.budget, self.max_snapshots = int(budget), int(max_snapshots)
        self._snaps: list[Snapshot] = []
        self._epochs: list[int] = []
        # The worker records while the GUI scrubs: every change of the two lists and
        # every read of them together holds this lock (the non-storing hook does not).
        self._lock = threading.Lock()
        self._ratio = 0.0  # an epoch is stored when epoch - last >= ratio * last
        self._capacity: int | None = None
        self.stats_enabled = True

    # ------------------------------------------------------------------ recording
    def capacity(self, snapshot_bytes: int) -> int:
        """How many snapshots of ``snapshot_bytes`` fit the budget (at least 2)."""
        return max(2, min(self.max_snapshots, self.budget // max(1, snapshot_bytes)))

    def due(self, epoch: int) -> bool:
        """Whether an epoch just finished should be stored (cheap: two comparisons)."""
        if not self._epochs:
            return True
        last = self._epochs[-1]
        return epoch > last and epoch - last >= self._ratio * last

    def start(self, trainer) -> Snapshot:
        """Keep the trainer's present state (call before training: epoch 0)."""
        return self.add(capture(trainer, self._stats(trainer)))

    def record(self, trainer) -> None:
        """The per-epoch hook: store the trainer's state if due (never after divergence).

        A full timeline is thinned *before* the new snapshot is taken, so the memory held
        never exceeds the capacity, not even for a moment."""
        if trainer.divergence is not None or not self.due(trainer.epoch):
            return
        if self._capacity is not None and len(self._snaps) >= self._capacity:
            self.thin(self._capacity // 2)  # before taking the snapshot
        self.add(capture(trainer, self._stats(trainer)))

    def hook(self, then: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
        """An ``on_epoch`` hook that records, then calls ``then(trainer)`` if given."""
        if then is None:
            return self.record

        def both(trainer) -> None:
            self.record(trainer)
            then(trainer)

        return both

    def add(self, snap: Snapshot) -> Snapshot:
        """Append ``snap`` (epochs strictly increasing; a later-or-equal one is replaced)."""
        with self._lock:
            return self._add(snap)

    def _add(self, snap: Snapshot) -> Snapshot:
        while self._epochs and self._epochs[-1] >= snap.epoch:
            self._epochs.pop()
            self._snaps.pop()
        self._snaps.append(snap)
        self._epochs.append(snap.epoch)
        self._capacity = self.capacity(snap.nbytes)
        if len(self._snaps) > self._capacity:
            self._thin(self._capacity // 2)
        return snap

    def thin(self, keep: int) -> None:
        """Keep about ``keep`` snapshots, log-spaced in epoch (see the module docstring)."""
        with self._lock:
            self._thin(keep)

    def _thin(self, keep: int) -> None:
        last = self._epochs[-1]
        grid = np.unique(np.floor(np.geomspace(1, max(1, last), max(2, keep))).astype(np.int64))
        index = np.searchsorted(np.array(self._epochs), grid, side="right") - 1
        chosen = sorted({0, len(self._epochs) - 1, *(int(i) for i in index if i >= 0)})
        self._snaps = [self._snaps[i] for i in chosen]
        self._epochs = [self._epochs[i] for i in chosen]
        self._ratio = GROWTH ** (1.0 / max(1, keep)) - 1.0

    def _stats(self, trainer) -> list[LayerStats] | None:
        if not self.stats_enabled:
            return None
        X, y = trainer.X_train[:PROBE_ROWS], trainer.y_train[:PROBE_ROWS]
        return layer_stats(trainer.network, X, y, trainer.loss, max_samples=PROBE_ROWS)

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._snaps)

    @property
    def snapshots(self) -> list[Snapshot]:
        """The stored snapshots, oldest first (a copy of the list)."""
        with self._lock:
            return list(self._snaps)

    @property
    def epochs(self) -> list[int]:
        """The stored epochs, increasing (what a scrubber snaps to)."""
        with self._lock:
            return list(self._epochs)

    @property
    def nbytes(self) -> int:
        return sum(s.nbytes for s in self.snapshots)

    def snapshot_at(self, epoch: int) -> Snapshot:
        """The nearest stored snapshot at or before ``epoch`` (the first one if none)."""
        with self._lock:
            if not self._snaps:
                raise LookupError("the timeline is empty")
            i = bisect.bisect_right(self._epochs, epoch) - 1
            return self._snaps[max(0, i)]

    def stats_at(self, epoch: int, trainer) -> list[LayerStats]:
        """The per-layer statistics of :meth:`snapshot_at` (computed on ``trainer``'s
        data with a scratch copy of the network when not cached; the trainer's own
        weights are untouched)."""
        snap = self.snapshot_at(epoch)
        if snap.stats is None:
            import copy

            net = copy.deepcopy(trainer.network)
            np.copyto(net.flat_params, snap.params)
            X, y = trainer.X_train[:PROBE_ROWS], trainer.y_train[:PROBE_ROWS]
            snap.stats = layer_stats(net, X, y, trainer.loss, max_samples=PROBE_ROWS)
        return snap.stats

    def truncated(self, epoch: int) -> Timeline:
        """A new timeline with the snapshots up to ``epoch`` (shared, not copied)."""
        out = Timeline(self.budget, self.max_snapshots)
        with self._lock:
            i = bisect.bisect_right(self._epochs, epoch)
            out._snaps, out._epochs = self._snaps[:i], self._epochs[:i]
        out._ratio, out._capacity = self._ratio, self._capacity
        return out
