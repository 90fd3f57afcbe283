"""Immutable snapshots the training worker emits to the GUI thread.

Signals hand the slot the very object the worker emitted, so a snapshot holds copies
only and is frozen: the worker goes on mutating its network while the GUI reads these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnplayground.engine.diagnostics import LayerStats
from nnplayground.engine.grid import Grid
from nnplayground.engine.network import Weights


@dataclass(frozen=True)
class ProgressSnapshot:
    """Sent at most ~30 times a second.

    ``rows`` holds every epoch finished since the previous snapshot, as (k, 4) rows of
    (train_loss, test_loss, train_accuracy, test_accuracy) for epochs
    ``first_epoch .. first_epoch + k - 1`` (1-based): no loss value is ever dropped.
    ``epoch`` counts finished epochs; ``batch`` the mini-batches already trained in the
    epoch in progress (0 between epochs, e.g. > 0 when paused mid-epoch).
    """

    run_id: int
    epoch: int
    first_epoch: int
    rows: np.ndarray
    epochs_per_second: float
    learning_rate: float
    running: bool
    batch: int = 0


@dataclass(frozen=True)
class LayerView:
    """One layer's live picture (pre-activations on a probe sample and diagnostics)."""

    activation: str  # registry name
    activation_params: dict[str, float]
    z_sample: np.ndarray  # (m,) flattened pre-activations of the probe sample
    stats: LayerStats


@dataclass(frozen=True)
class ViewSnapshot:
    """Sent at most ~10 times a second: what the expensive views draw.

    ``weights`` is a list of (W (fan_in, fan_out), b (fan_out,)) copies; ``grid`` the
    decision grid or None (no grid for this network's inputs); ``layers`` one LayerView
    per layer, output last.
    """

    run_id: int
    epoch: int
    weights: Weights
    grid: Grid | None
    layers: list[LayerView] = field(default_factory=list)
