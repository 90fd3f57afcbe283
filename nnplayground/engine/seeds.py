"""Seed spread: how much of a result is the luck of the initialisation?

:func:`seed_spread` trains one config under N seeds (``training.seed`` = base seed, +1,
…: different initial weights and batch orders, the *same* data), round-robin one epoch
each per round with the one training loop, and summarises the loss curves per epoch:
the median and the 10–90 % band (``np.nanpercentile`` across the seeds), and the spread
of the final test loss (min, 10 %, median, 90 %, max).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from nnplayground.engine.build import Experiment
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.control import RunControl
from nnplayground.engine.history import COLUMNS
from nnplayground.engine.training import train
from nnplayground.limits import MAX_SEED
from nnplayground.messages import QT_TRANSLATE_NOOP, Message, text

Array = np.ndarray
MAX_SEEDS = 50
BAND = (10.0, 90.0)  # percentiles of the band

SEEDS_RANGE = QT_TRANSLATE_NOOP(
    "messages", "The number of seeds must be a whole number from 2 to {maximum}, got {value}."
)
SPREAD = QT_TRANSLATE_NOOP(
    "messages",
    "Final test loss over {n} seeds: median {median:.3g}, 10–90 % from {low:.3g} to "
    "{high:.3g} (min {lowest:.3g}, max {highest:.3g}).",
)


@dataclass(eq=False)
class SeedSpread:
    """The outcome: ``seeds`` (n,), ``rows`` (n, epochs, 4) every seed's history (NaN past
    a divergence or a stop), ``epochs`` trained (the shortest run), ``stopped``."""

    config: ExperimentConfig
    seeds: list[int]
    rows: Array
    stopped: bool = False

    @property
    def epochs(self) -> int:
        return int(self.rows.shape[1])

    def band(self, column: str = "test_loss") -> tuple[Array, Array, Array]:
        """(median, 10 %, 90 %) per epoch of ``column`` across seeds, each (epochs,)."""
        values = self.rows[:, :, COLUMNS.index(column)]
        if not values.size:
            empty = np.zeros(0)
            return empty, empty, empty
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN epoch stays NaN
            low, med, high = np.nanpercentile(values, [BAND[0], 50.0, BAND[1]], axis=0)
        return med, low, high

    def final(self, column: str = "test_loss") -> Array:
        """The last finite value of ``column`` of every seed (n,), NaN if none."""
        values = self.rows[:, :, COLUMNS.index(column)]
        out = np.full(len(values), math.nan)
        for i, row in enumerate(values):
            finite = np.flatnonzero(np.isfinite(row))
            if finite.size:
                out[i] = row[finite[-1]]
        return out

    def spread(self) -> dict[str, float]:
        """min, p10, median, p90, max and std of the final test loss across seeds."""
        final = self.final()
        final = final[np.isfinite(final)]
        if not final.size:
            return {k: math.nan for k in ("min", "p10", "median", "p90", "max", "std")}
        p10, med, p90 = np.percentile(final, [BAND[0], 50.0, BAND[1]])
        return {
            "min": float(final.min()), "p10": float(p10), "median": float(med),
            "p90": float(p90), "max": float(final.max()), "std": float(final.std()),
        }  # fmt: skip

    @property
    def message(self) -> Message:
        s = self.spread()
        return text(
            SPREAD, n=len(self.seeds), median=s["median"], low=s["p10"], high=s["p90"],
            lowest=s["min"], highest=s["max"],
        )  # fmt: skip


def seed_configs(cfg: ExperimentConfig, n_seeds: int) -> list[ExperimentConfig]:
    """``cfg`` with seeds base, base+1, … (wrapping below MAX_SEED), stop rules off."""
    if isinstance(n_seeds, bool) or not isinstance(n_seeds, int) or not 2 <= n_seeds <= MAX_SEEDS:
        raise ValueError(text(SEEDS_RANGE, maximum=MAX_SEEDS, value=repr(n_seeds)))
    base = cfg.training.seed
    return [
        cfg.replace(
            training=replace(
                cfg.training, seed=(base + i) % (MAX_SEED + 1), epochs=0, target_loss=None,
                patience=None,
            )
        )
        for i in range(n_seeds)
    ]  # fmt: skip


def seed_spread(
    cfg: ExperimentConfig,
    n_seeds: int,
    epochs: int,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    dataset: object = None,
) -> SeedSpread:
    """Train ``cfg`` under ``n_seeds`` seeds (2 to MAX_SEEDS) for ``epochs`` epochs each,
    round-robin on one dataset. ``progress(epoch, epochs)`` after every round;
    ``should_stop()`` between rounds (the result then holds the epochs finished by all)."""
    configs = seed_configs(cfg, n_seeds)
    experiments: list[Experiment] = []
    for c in configs:
        shared = experiments[0].dataset if experiments else dataset
        experiments.append(Experiment.from_config(c, dataset=shared))
    trainers = [e.trainer for e in experiments]
    alive = [True] * len(trainers)
    control = RunControl()
    stopped, done = False, 0
    for epoch in range(1, epochs + 1):
        if should_stop is not None and should_stop():
            stopped = True
            break
        for i, trainer in enumerate(trainers):
            if alive[i] and train(trainer, control, max_epochs=1).reason == "diverged":
                alive[i] = False
        done = epoch
        if progress is not None:
            progress(epoch, epochs)
    rows = np.full((len(trainers), done, len(COLUMNS)), math.nan)
    for i, trainer in enumerate(trainers):
        got = trainer.history.slice(0, done)
        rows[i, : len(got)] = got
    return SeedSpread(cfg, [c.training.seed for c in configs], rows, stopped)
