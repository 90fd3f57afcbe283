"""The decision-boundary grid and per-neuron heatmaps: one batched forward pass each.

A grid of R × R points covers ``bounds = (xmin, xmax, ymin, ymax)``. Every array indexed
by the grid follows the image convention ``values[i, j]`` = value at ``(xs[j], ys[i])``:
rows follow y, columns follow x. The points go through the experiment's input features
(:func:`~nnplayground.engine.features.apply_features`) and then through the network,
all R² of them in one NumPy pass per layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from nnplayground.engine import losses
from nnplayground.engine.features import apply_features
from nnplayground.engine.network import Network

Array = np.ndarray
Bounds = tuple[float, float, float, float]

MAX_RESOLUTION = 1024
CHUNK_ROWS = 4096


@dataclass(frozen=True, eq=False)
class Grid:
    """A network's output over an R × R grid.

    ``xs`` (R,) and ``ys`` (R,) are the grid coordinates; ``values`` (R, R) holds, at
    ``[i, j]`` = point ``(xs[j], ys[i])``, the single output unit's value (a probability
    for a sigmoid output, a prediction for regression), or for several output units the
    predicted class index (argmax) as floats; then ``probs`` (R, R, K) holds every
    output unit's value, else it is None. ``task`` is "classification" or "regression".
    """

    xs: Array
    ys: Array
    values: Array
    probs: Array | None
    task: str

    @property
    def bounds(self) -> Bounds:
        return float(self.xs[0]), float(self.xs[-1]), float(self.ys[0]), float(self.ys[-1])

    @property
    def resolution(self) -> int:
        return int(self.xs.size)


def _check(bounds: Bounds, resolution: int) -> None:
    xmin, xmax, ymin, ymax = bounds
    if not (xmin < xmax and ymin < ymax):
        raise ValueError(f"bounds must be (xmin, xmax, ymin, ymax) with min < max, got {bounds}")
    if not 2 <= int(resolution) <= MAX_RESOLUTION:
        raise ValueError(f"resolution must be from 2 to {MAX_RESOLUTION}, got {resolution}")


@lru_cache(maxsize=16)
def _grid_inputs(
    bounds: Bounds, resolution: int, features: tuple[str, ...]
) -> tuple[Array, Array, Array]:
    """(xs (R,), ys (R,), X (R², n_features)) in row-major order (y outer, x inner).

    Cached: the grid only changes when the view or the features do, not every frame.
    The arrays are read-only because callers share them.
    """
    xmin, xmax, ymin, ymax = bounds
    xs = np.linspace(xmin, xmax, resolution)
    ys = np.linspace(ymin, ymax, resolution)
    gx, gy = np.meshgrid(xs, ys)  # (R, R), gx[i, j] = xs[j], gy[i, j] = ys[i]
    X = apply_features(np.column_stack([gx.ravel(), gy.ravel()]), features)
    for arr in (xs, ys, X):
        arr.flags.writeable = False
    return xs, ys, X


def grid_inputs(
    features: Sequence[str], bounds: Bounds, resolution: int
) -> tuple[Array, Array, Array]:
    """Grid coordinates and the feature matrix the network sees: xs, ys (R,), X (R², f)."""
    _check(bounds, resolution)
    xmin, xmax, ymin, ymax = (float(v) for v in bounds)
    return _grid_inputs((xmin, xmax, ymin, ymax), int(resolution), tuple(features))


def _forward(network: Network, X: Array, n_layers: int, keep_all: bool = False) -> list[Array]:
    """Activations (n, units) of layer ``n_layers - 1``, or of every layer up to it with
    ``keep_all``, for X (n, n_features).

    Rows go through in chunks of ``CHUNK_ROWS``: the temporaries of a 200 × 200 grid
    would be megabytes each, freshly mapped and page-faulted on every frame, and large
    enough for BLAS to spawn threads; chunks stay in cache (measured 2-8-8-8-8-1 relu,
    200 × 200: 8-20 ms whole, 2.5 ms chunked). The network's training caches are not
    touched (this may run between training steps).
    """
    layers = network.layers[:n_layers]
    n = X.shape[0]
    kept = layers if keep_all else layers[-1:]
    outs = [np.empty((n, layer.units)) for layer in kept]
    for start in range(0, n, CHUNK_ROWS):
        rows = slice(start, start + CHUNK_ROWS)
        a = X[rows]
        for i, layer in enumerate(layers):
            z = a @ layer.W
            z += layer.b
            a = layer.activation.f(z)
            if keep_all:
                outs[i][rows] = a
        if not keep_all:
            outs[0][rows] = a
    return outs


def _default_task(network: Network) -> str:
    out = network.layers[-1]
    if out.units > 1 or out.activation.name in losses.classification_heads():
        return "classification"
    return "regression"


def decision_grid(
    network: Network,
    features: Sequence[str],
    bounds: Bounds,
    resolution: int = 200,
    task: str | None = None,
) -> Grid:
    """The network's output over an R × R grid covering ``bounds``, in one batched pass.

    ``task`` defaults to "classification" for a sigmoid or multi-unit output and
    "regression" otherwise; it is only carried along for the views.
    """
    xs, ys, X = grid_inputs(features, bounds, resolution)
    R = xs.size
    (out,) = _forward(network, X, len(network.layers))
    task = task or _default_task(network)
    if out.shape[1] == 1:
        return Grid(xs, ys, out.reshape(R, R), None, task)
    probs = out.reshape(R, R, out.shape[1])
    return Grid(xs, ys, probs.argmax(axis=2).astype(np.float64), probs, task)


def layer_grids(
    network: Network, features: Sequence[str], bounds: Bounds, resolution: int = 64
) -> list[Array]:
    """Every layer's activations over an R × R grid, one (R, R, units) array per layer
    (output last), from a single forward pass: the thumbnails of all neurons."""
    xs, _, X = grid_inputs(features, bounds, resolution)
    R = xs.size
    grids = _forward(network, X, len(network.layers), keep_all=True)
    return [a.reshape(R, R, a.shape[1]) for a in grids]


def neuron_grid(
    network: Network,
    features: Sequence[str],
    bounds: Bounds,
    layer: int,
    unit: int,
    resolution: int = 64,
) -> Array:
    """Activation a of ``unit`` in ``layer`` (index into ``network.layers``, output last)
    over an R × R grid: an (R, R) array. Only the layers up to ``layer`` are computed."""
    n_layers = len(network.layers)
    if not 0 <= layer < n_layers:
        raise ValueError(f"layer must be from 0 to {n_layers - 1}, got {layer}")
    units = network.layers[layer].units
    if not 0 <= unit < units:
        raise ValueError(f"unit must be from 0 to {units - 1} in layer {layer}, got {unit}")
    xs, _, X = grid_inputs(features, bounds, resolution)
    (a,) = _forward(network, X, layer + 1)
    return np.ascontiguousarray(a[:, unit].reshape(xs.size, xs.size))
