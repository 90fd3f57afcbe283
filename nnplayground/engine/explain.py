"""Live explanations: what is going wrong in a run, read from measured facts.

Each detector looks at numbers already measured – the per-layer diagnostics of
:func:`~nnplayground.engine.diagnostics.layer_stats`, ‖δ‖ per layer, the loss history,
the trainer's divergence flag – and reports a :class:`Finding` only when a threshold
below is crossed. A finding carries a translatable message with its parameters, the
evidence (the numbers that crossed the threshold) and the standard fix as a function
from the experiment config to the changed config, so a GUI can offer it as a button.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.diagnostics import LayerStats, layer_stats, sample_rows
from nnplayground.engine.explain_fixes import (
    FIX_LABELS,
    glorot_init,
    l2_regularization,
    leaky_relu,
    lower_learning_rate,
    relu_he,
    small_random_init,
    switch_to_adam,
)
from nnplayground.engine.staged import delta_norms
from nnplayground.messages import QT_TRANSLATE_NOOP, Message, text

Array = np.ndarray
Fix = Callable[[ExperimentConfig], ExperimentConfig]

#: A hidden layer is reported when more than this share of its units is saturated.
SATURATED_SHARE = 0.5
#: ... or when at least this share of its ReLU units is dead.
DEAD_SHARE = 0.5
#: Two hidden units count as identical when their incoming weights, bias and outgoing
#: weights differ by at most this fraction of their size. (The diagnostics' cosine
#: "symmetry" alone is not enough: with two inputs, two of 32 random units often point
#: the same way. The GUI keeps its own cosine thresholds, 0.9999 and 0.999.)
IDENTICAL_UNITS = 1e-6
#: Plateau: over the last PLATEAU_WINDOW epochs the train loss fell by less than
#: PLATEAU_CHANGE (relative) while still above PLATEAU_LEVEL × the first epoch's loss.
PLATEAU_WINDOW, PLATEAU_CHANGE, PLATEAU_LEVEL = 50, 0.01, 0.5
#: Divergence: the trainer stopped on NaN/inf, or the train loss grew this many times.
DIVERGENCE_RISE = 10.0
#: Overfitting: over the last OVERFIT_WINDOW epochs the test loss rose by more than
#: OVERFIT_RISE (relative to its lowest value in the window, and by at least
#: OVERFIT_MIN_RISE in loss units) while the train loss fell.
OVERFIT_WINDOW, OVERFIT_RISE, OVERFIT_MIN_RISE = 50, 0.05, 0.01
#: Vanishing gradient: ‖δ‖ of the first layer below this fraction of the last one's.
VANISHING_RATIO = 1e-3


@dataclass(frozen=True, eq=False)
class Finding:
    """One explanation: ``kind`` (a detector's key), ``message`` (translatable, with its
    parameters), ``evidence`` (name → measured number), ``fix`` (config → config) and
    ``fix_label`` (translatable), ``layer`` the layer concerned (None for the run)."""

    kind: str
    message: Message
    evidence: Mapping[str, float]
    fix: Fix
    fix_label: str
    layer: int | None = None


@dataclass(frozen=True, eq=False)
class Facts:
    """What the detectors read: per-layer stats (output last), ‖δ‖ per layer (layers,),
    the closest pair of units per hidden layer (:func:`closest_units`), train and test
    loss per epoch, whether the trainer diverged, the current config."""

    stats: list[LayerStats]
    delta_norms: Array
    closest: Array
    train_loss: Array
    test_loss: Array
    diverged: bool
    config: ExperimentConfig


def gather(experiment) -> Facts:
    """Measure the facts of an Experiment now (one forward and backward on a sample)."""
    tr, net = experiment.trainer, experiment.network
    stats = layer_stats(net, tr.X_train, tr.y_train, tr.loss)
    rows = sample_rows(len(tr.X_train))
    norms = delta_norms(net, tr.X_train[rows], tr.y_train[rows], tr.loss)
    history = tr.history
    return Facts(
        stats, norms, closest_units(net), np.array(history.train_loss), np.array(history.test_loss),
        tr.divergence is not None, experiment.config,
    )  # fmt: skip


def closest_units(network) -> Array:
    """Per hidden layer (hidden,): min over unit pairs of ‖v_i − v_j‖ / max(‖v_i‖, ‖v_j‖),
    v_u = [incoming kernel column; bias; outgoing kernel row]; 0 for two zero units,
    inf for a layer of one unit."""
    out = []
    for layer, nxt in zip(network.layers[:-1], network.layers[1:]):
        V = np.hstack([layer.W.T, layer.b[:, None], nxt.W])  # (units, fan_in + 1 + next)
        if len(V) < 2:
            out.append(np.inf)
            continue
        dist = np.linalg.norm(V[:, None, :] - V[None, :, :], axis=-1)
        norms = np.linalg.norm(V, axis=1)
        scale = np.maximum(norms[:, None], norms[None, :])
        rel = np.divide(dist, scale, out=np.zeros_like(dist), where=scale > 0)
        np.fill_diagonal(rel, np.inf)
        out.append(float(rel.min()))
    return np.array(out)


def _finding(kind: str, template: str, fix: Fix, index=None, **evidence) -> Finding:
    """A finding whose message parameters are its evidence; ``index`` the layer (from 0)."""
    return Finding(kind, text(template, **evidence), evidence, fix, FIX_LABELS[fix], index)


SATURATED = QT_TRANSLATE_NOOP(
    "messages",
    "{share:.0%} of the units of hidden layer {layer} are saturated: f′(z) is almost 0 "
    "for most points, so they pass back almost no gradient.",
)
DEAD = QT_TRANSLATE_NOOP(
    "messages",
    "{share:.0%} of the ReLU units of hidden layer {layer} are dead: z ≤ 0 for every "
    "training point, so their output and their gradient are 0 and they cannot recover.",
)
IDENTICAL = QT_TRANSLATE_NOOP(
    "messages",
    "Hidden layer {layer} has identical units (their weights differ by {distance:.1e} of "
    "their size): they started equal, get equal updates and act as a single unit.",
)
PLATEAU = QT_TRANSLATE_NOOP(
    "messages",
    "The training loss is on a plateau: it fell by {change:.1%} over the last {epochs} "
    "epochs and is still {loss:.3g}.",
)
DIVERGED = QT_TRANSLATE_NOOP(
    "messages",
    "Training diverged: the loss grew to {loss:.3g} (first epoch: {first:.3g}) or became "
    "infinite; the steps are too large for this landscape.",
)
OVERFITTING = QT_TRANSLATE_NOOP(
    "messages",
    "Overfitting: over the last {epochs} epochs the test loss rose by {rise:.0%} while "
    "the training loss kept falling; the network is learning the training points by heart.",
)
VANISHING = QT_TRANSLATE_NOOP(
    "messages",
    "The gradient vanishes towards the input: ‖δ‖ of the first layer is {ratio:.1e} times "
    "that of the last, so the first layers barely learn.",
)


def _hidden(facts: Facts):
    return list(enumerate(facts.stats[:-1], start=1))


def detect_saturation(facts: Facts) -> Finding | None:
    worst = max(_hidden(facts), key=lambda p: p[1].saturated_fraction, default=None)
    if worst is None or worst[1].saturated_fraction <= SATURATED_SHARE:
        return None
    n, st = worst
    return _finding(
        "saturation", SATURATED, glorot_init, n - 1, layer=n, share=st.saturated_fraction
    )


def detect_dead_relu(facts: Facts) -> Finding | None:
    worst = max(_hidden(facts), key=lambda p: p[1].dead_fraction, default=None)
    if worst is None or worst[1].dead_fraction < DEAD_SHARE:
        return None
    n, st = worst
    return _finding("dead_relu", DEAD, leaky_relu, n - 1, layer=n, share=st.dead_fraction)


def detect_identical_units(facts: Facts) -> Finding | None:
    for n, distance in enumerate(facts.closest, start=1):
        if distance <= IDENTICAL_UNITS:
            return _finding(
                "identical_units", IDENTICAL, small_random_init, n - 1, layer=n,
                distance=float(distance),
            )  # fmt: skip
    return None


def detect_plateau(facts: Facts) -> Finding | None:
    loss = facts.train_loss
    if len(loss) <= PLATEAU_WINDOW or not np.all(np.isfinite(loss)):
        return None
    old, now = loss[-PLATEAU_WINDOW - 1], loss[-1]
    change = (old - now) / old if old > 0 else 0.0
    if change >= PLATEAU_CHANGE or now <= PLATEAU_LEVEL * loss[0]:
        return None
    return _finding(
        "plateau", PLATEAU, switch_to_adam, change=float(change), epochs=PLATEAU_WINDOW,
        loss=float(now),
    )  # fmt: skip


def detect_divergence(facts: Facts) -> Finding | None:
    loss = facts.train_loss
    first = float(loss[0]) if len(loss) else float("nan")
    last = float(loss[-1]) if len(loss) else float("nan")
    grew = len(loss) >= 2 and (not np.isfinite(last) or last > DIVERGENCE_RISE * first)
    if not (facts.diverged or grew):
        return None
    return _finding("divergence", DIVERGED, lower_learning_rate, loss=last, first=first)


def detect_overfitting(facts: Facts) -> Finding | None:
    if len(facts.test_loss) < OVERFIT_WINDOW:
        return None
    test, train = facts.test_loss[-OVERFIT_WINDOW:], facts.train_loss[-OVERFIT_WINDOW:]
    low = float(np.min(test))
    rise = (float(test[-1]) - low) / low if low > 0 else 0.0
    rising = rise > OVERFIT_RISE and float(test[-1]) - low >= OVERFIT_MIN_RISE
    if not (rising and train[-1] < np.min(train[: OVERFIT_WINDOW // 2])):
        return None
    return _finding("overfitting", OVERFITTING, l2_regularization, epochs=OVERFIT_WINDOW, rise=rise)


def detect_vanishing_gradient(facts: Facts) -> Finding | None:
    norms = facts.delta_norms
    # An exactly zero δ (all units dead, zero weights) is left to those detectors.
    if len(norms) < 2 or not norms[0] > 0 or norms[0] >= VANISHING_RATIO * norms[-1]:
        return None
    return _finding("vanishing_gradient", VANISHING, relu_he, 0, ratio=float(norms[0] / norms[-1]))


#: Every detector, keyed by the ``kind`` of the findings it reports.
DETECTORS: dict[str, Callable[[Facts], Finding | None]] = {
    "saturation": detect_saturation,
    "dead_relu": detect_dead_relu,
    "identical_units": detect_identical_units,
    "plateau": detect_plateau,
    "divergence": detect_divergence,
    "overfitting": detect_overfitting,
    "vanishing_gradient": detect_vanishing_gradient,
}


def explain(facts: Facts) -> list[Finding]:
    """Every finding the detectors report on ``facts``, in ``DETECTORS`` order."""
    return [f for f in (detect(facts) for detect in DETECTORS.values()) if f is not None]


def explain_experiment(experiment) -> list[Finding]:
    """:func:`explain` on the facts measured now on ``experiment``."""
    return explain(gather(experiment))
