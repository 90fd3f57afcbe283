"""Per-layer health checks computed on demand from one forward and backward pass.

:func:`layer_stats` takes a sample of at most ``max_samples`` rows (a seeded choice, so
the same data give the same sample) and, for every layer, reports:

- **dead units**: units of a rectified activation (``Activation.rectified``: relu, a
  leaky_relu of slope 0) whose pre-activation z ≤ 0 for every sample, so their output is
  0 everywhere and no gradient flows through them. ``dead_fraction`` = dead units / units
  (always 0 for other activations).
- **saturated units**: for a saturating activation (``Activation.saturating``: sigmoid,
  tanh, softsign, hard_sigmoid, gaussian), units whose |f'(z)| is below
  ``SATURATION_LEVEL`` (1 %) of the activation's ``max_derivative`` for more than
  ``SATURATED_SHARE`` (half) of the samples. ``saturated_fraction`` = saturated units /
  units (0 for other activations).
  An output layer whose loss is fused with its activation (sigmoid with binary
  cross-entropy, softmax with categorical cross-entropy) is never counted as saturated:
  its gradient is (a − y) / n, which f' does not multiply, so a confident output is
  a trained output, not a stuck one.
- **grad_norm**: the Frobenius norm of the layer's whole gradient, √(Σ(dL/dW)² + Σ(dL/db)²).
- **symmetry**: the highest cosine similarity between two units' incoming weight vectors,
  each unit's kernel column concatenated with its bias. 1.0 means two units point the
  same way (identical up to a positive scale, e.g. after a constant initialisation) and
  will keep learning the same thing. Two all-zero units count as identical (1.0); an
  all-zero unit next to a non-zero one has similarity 0. A layer with a single unit has
  no pair and reports 0.0. A hidden layer whose symmetry is at least
  ``IDENTICAL_LEVEL`` has **identical units** (``identical``). The output layer never
  does: its units have different targets, so different gradients break the tie.
- **histograms** of z, a and dL/dz over the sample (``np.histogram`` with ``bins`` bins,
  non-finite values left out), as ``(counts, edges)``.

The pass does not touch the network's training caches or gradient buffers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnplayground.engine import losses as losses_mod
from nnplayground.engine.activations import Activation
from nnplayground.engine.losses import Loss
from nnplayground.engine.network import Network

Array = np.ndarray
Histogram = tuple[Array, Array]

#: A unit is saturated at a sample where |f'(z)| < SATURATION_LEVEL · max |f'| ...
SATURATION_LEVEL = 0.01
#: ... and is a saturated unit when that holds for more than this share of the samples.
SATURATED_SHARE = 0.5
#: Cosine similarity at or above which two hidden units count as identical. The one
#: threshold the diagnostics panel, the architecture panel and the lessons use.
IDENTICAL_LEVEL = 0.9999
MAX_SAMPLES = 512
BINS = 30


@dataclass(frozen=True, eq=False)
class LayerStats:
    """Diagnostics of one layer (see the module docstring for the definitions).

    ``index`` counts layers from 0 (first hidden layer) to the output layer; the
    histograms are ``(counts (bins,), edges (bins + 1,))``; ``dead_units`` and
    ``saturated_units`` are bool arrays of shape (units,). The verdicts are computed
    once, here: ``can_die`` / ``can_saturate`` say whether the check applies to this
    layer at all, ``dead_count`` / ``saturated_count`` count the units, ``identical``
    says whether the layer has identical units.
    """

    index: int
    activation: str
    units: int
    z_hist: Histogram
    a_hist: Histogram
    grad_hist: Histogram
    dead_fraction: float
    saturated_fraction: float
    grad_norm: float
    symmetry: float
    dead_units: Array
    saturated_units: Array
    n_samples: int
    can_die: bool = False
    can_saturate: bool = False
    identical: bool = False

    @property
    def dead_count(self) -> int:
        return int(np.count_nonzero(self.dead_units))

    @property
    def saturated_count(self) -> int:
        return int(np.count_nonzero(self.saturated_units))


def is_identical(symmetry: float, units: int, output: bool = False) -> bool:
    """The one rule for "identical units": a hidden layer of two or more units whose
    symmetry score reaches ``IDENTICAL_LEVEL``."""
    return not output and units > 1 and symmetry >= IDENTICAL_LEVEL


def sample_rows(n: int, max_samples: int = MAX_SAMPLES, seed: int = 0) -> Array:
    """Sorted row indices: all of ``range(n)`` or a seeded choice of ``max_samples``."""
    if n <= max_samples:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=max_samples, replace=False))


def histogram(values: Array, bins: int = BINS) -> Histogram:
    """``np.histogram`` of the finite values (counts as int64); empty data give zeros
    on [0, 1]."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        return np.zeros(bins, dtype=np.int64), np.linspace(0.0, 1.0, bins + 1)
    try:
        with np.errstate(over="ignore", invalid="ignore"):
            counts, edges = np.histogram(v, bins=bins)
    except ValueError:  # the span overflows (±1e308) or is below the values' resolution
        return _wide_or_flat_histogram(v, bins)
    return counts.astype(np.int64), edges


def _wide_or_flat_histogram(v: Array, bins: int) -> Histogram:
    """Histogram whose span ``max - min`` is not a usable float: edges interpolated
    without forming the span, or a tiny range around the values when they all but agree."""
    lo, hi = float(v.min()), float(v.max())
    t = np.linspace(0.0, 1.0, bins + 1)
    edges = lo * (1.0 - t) + hi * t
    if not np.all(np.diff(edges) > 0):
        width = max(abs(lo), abs(hi), 1.0) * 1e-6
        edges = (lo - width / 2) + width * t
    index = np.clip(np.searchsorted(edges, v, side="right") - 1, 0, bins - 1)
    return np.bincount(index, minlength=bins).astype(np.int64), edges


def symmetry_score(W: Array, b: Array) -> float:
    """Highest cosine similarity between two units' vectors [W[:, u]; b[u]].

    W (fan_in, units), b (units,). Computed from one Gram matrix. Two all-zero units
    give 1.0, a zero unit with a non-zero one 0.0, a single unit 0.0. Result in [-1, 1].
    """
    V = np.vstack([W, b[None, :]])  # (fan_in + 1, units): one column per unit
    units = V.shape[1]
    if units < 2:
        return 0.0
    gram = V.T @ V
    norms = np.sqrt(np.diag(gram))
    denom = np.outer(norms, norms)
    with np.errstate(invalid="ignore", divide="ignore"):
        cos = np.where(denom > 0, gram / denom, 0.0)
    zero = norms == 0
    cos[np.outer(zero, zero)] = 1.0
    np.fill_diagonal(cos, -np.inf)
    return float(np.clip(cos.max(), -1.0, 1.0))


def _dead(act: Activation, z: Array) -> Array:
    if act.rectified:
        return np.all(z <= 0.0, axis=0)
    return np.zeros(z.shape[1], dtype=bool)


def _saturated(act: Activation, deriv: Array) -> Array:
    if not act.saturating:
        return np.zeros(deriv.shape[1], dtype=bool)
    low = np.abs(deriv) < SATURATION_LEVEL * act.max_derivative
    return low.mean(axis=0) > SATURATED_SHARE


def _passes(network: Network, X: Array, y: Array, loss: Loss):
    """Forward then backward without the network's caches: per layer (x, z, a, dz)."""
    xs, zs, acts = [], [], []
    a = X
    for layer in network.layers:
        xs.append(a)
        z = a @ layer.W + layer.b
        a = layer.activation.f(z)
        zs.append(z)
        acts.append(a)
    out = network.layers[-1]
    if loss.fused_activation == out.activation.name:
        dz = loss.grad_logits(zs[-1], acts[-1], y)
    else:
        dz = out.activation.backward(loss.grad(acts[-1], y), zs[-1], acts[-1])
    dzs = [dz]
    for i in range(len(network.layers) - 1, 0, -1):
        prev = network.layers[i - 1]
        da = dz @ network.layers[i].W.T
        dz = prev.activation.backward(da, zs[i - 1], acts[i - 1])
        dzs.append(dz)
    dzs.reverse()
    return list(zip(xs, zs, acts, dzs))


def layer_stats(
    network: Network,
    X: Array,
    y: Array,
    loss: Loss | str,
    *,
    max_samples: int = MAX_SAMPLES,
    seed: int = 0,
    bins: int = BINS,
) -> list[LayerStats]:
    """Diagnostics for every layer of ``network`` (output last) on a sample of (X, y).

    X (n, n_inputs), y (n, n_outputs) as the trainer uses them; ``loss`` a Loss or a
    loss name. At most ``max_samples`` rows are used, chosen with ``seed``.
    """
    if isinstance(loss, str):
        loss = losses_mod.get(loss)
    rows = sample_rows(len(X), max_samples, seed)
    Xs, ys = np.asarray(X, dtype=np.float64)[rows], np.asarray(y, dtype=np.float64)[rows]
    stats = []
    with np.errstate(all="ignore"):
        passes = _passes(network, Xs, ys, loss)
        for i, (layer, (x, z, a, dz)) in enumerate(zip(network.layers, passes)):
            act = layer.activation
            dW, db = x.T @ dz, dz.sum(axis=0)
            output = i == len(network.layers) - 1
            # A fused output's gradient (a − y) / n is not multiplied by f': never stuck.
            can_saturate = act.saturating and not (output and loss.fused_activation == act.name)
            dead = _dead(act, z)
            sat = _saturated(act, act.derivative(z, a))
            if not can_saturate:
                sat = np.zeros_like(sat)
            symmetry = symmetry_score(layer.W, layer.b)
            stats.append(
                LayerStats(
                    index=i,
                    activation=act.name,
                    units=layer.units,
                    z_hist=histogram(z, bins),
                    a_hist=histogram(a, bins),
                    grad_hist=histogram(dz, bins),
                    dead_fraction=float(dead.mean()),
                    saturated_fraction=float(sat.mean()),
                    grad_norm=float(np.sqrt(np.sum(dW * dW) + np.sum(db * db))),
                    symmetry=symmetry,
                    dead_units=dead,
                    saturated_units=sat,
                    n_samples=len(rows),
                    can_die=act.rectified,
                    can_saturate=can_saturate,
                    identical=is_identical(symmetry, layer.units, output),
                )
            )
    return stats
