"""Slices of the loss landscape: one weight varied (1-D), or a plane of weights (2-D).

The loss is the data loss over the whole training set (no regularization term), the
number ``Trainer.evaluate`` reports. Every slice is one batched forward
(:mod:`nnplayground.engine.batched`); the network's weights and caches are not touched.

- :func:`slice_1d`: L(θ + t·e_i) as parameter i alone moves, over a range found
  automatically, with the tangent L'(θ) from backprop and the landing point of the next
  plain SGD step w − η·∂L/∂w.
- :func:`slice_2d`: L(θ + x·d₁ + y·d₂) on an N×N grid for two directions (random and
  filter-normalised, or the principal components of the training path: see
  :mod:`nnplayground.engine.directions`), with the path projected onto the plane.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnplayground.engine.batched import layer_slices, losses_many
from nnplayground.engine.losses import Loss
from nnplayground.engine.network import Network

Array = np.ndarray
#: Points of a 1-D slice.
POINTS_1D = 201
#: The 1-D range doubles at most this many times looking for a rise on both sides.
MAX_WIDENINGS = 8


@dataclass(frozen=True)
class ParamInfo:
    """Where flat parameter ``index`` lives: ``layer`` (0 = first hidden), ``kind``
    ('kernel' or 'bias'), ``row`` (input unit; 0 for a bias) and ``col`` (unit)."""

    index: int
    layer: int
    kind: str
    row: int
    col: int

    @property
    def label(self) -> str:
        """'W1[0,2]' or 'b2[1]' with layers counted from 1, as in the lessons."""
        if self.kind == "kernel":
            return f"W{self.layer + 1}[{self.row},{self.col}]"
        return f"b{self.layer + 1}[{self.col}]"


def param_info(network: Network, index: int) -> ParamInfo:
    """Name flat parameter ``index`` (0 ≤ index < n_params)."""
    if not 0 <= index < network.n_params:
        raise ValueError(f"parameter index must be in [0, {network.n_params}), got {index}")
    for i, (ks, bs) in enumerate(layer_slices(network)):
        units = network.layers[i].units
        if index < ks.stop:
            row, col = divmod(index - ks.start, units)
            return ParamInfo(index, i, "kernel", row, col)
        if index < bs.stop:
            return ParamInfo(index, i, "bias", 0, index - bs.start)
    raise AssertionError("unreachable")  # pragma: no cover


def param_index(network: Network, layer: int, kind: str, row: int, col: int) -> int:
    """Flat index of W[row, col] (kind 'kernel') or b[col] (kind 'bias') of ``layer``."""
    ks, bs = layer_slices(network)[layer]
    units, fan_in = network.layers[layer].units, network.layers[layer].fan_in
    if kind == "bias" and 0 <= col < units:
        return bs.start + col
    if kind == "kernel" and 0 <= row < fan_in and 0 <= col < units:
        return ks.start + row * units + col
    raise ValueError(f"no {kind} ({row}, {col}) in layer {layer}")


def gradient(network: Network, theta: Array, X: Array, y: Array, loss: Loss) -> Array:
    """Backprop gradient ∂L/∂θ (n_params,) over (X, y) at ``theta``, on a scratch copy of
    the network (the live one keeps its caches and gradient buffer)."""
    scratch = Network(network.sizes, [layer.activation for layer in network.layers])
    np.copyto(scratch.flat_params, theta)
    with np.errstate(all="ignore"):
        return scratch.gradients(X, y, loss)


@dataclass(frozen=True, eq=False)
class Slice1D:
    """L(θ + (t − w)·e_i) for t in ``values`` (K,) → ``losses`` (K,), parameter ``param``.

    ``value``/``loss`` the current point; ``slope`` = ∂L/∂w by backprop (the tangent is
    loss + slope·(t − value)); ``next_value`` = value − learning_rate·slope, the plain SGD
    step, and ``next_loss`` the loss there.
    """

    param: ParamInfo
    values: Array
    losses: Array
    value: float
    loss: float
    slope: float
    learning_rate: float
    next_value: float
    next_loss: float

    def tangent(self) -> Array:
        """The tangent line at the current point, over ``values`` (K,)."""
        return self.loss + self.slope * (self.values - self.value)


def _line(theta: Array, index: int, ts: Array) -> Array:
    thetas = np.repeat(theta[None, :], len(ts), axis=0)
    thetas[:, index] = ts
    return thetas


def _rises_both_sides(losses: Array) -> bool:
    """True when the lowest loss is inside the range with higher (finite) ends."""
    if not np.all(np.isfinite(losses)):
        return True  # it already climbs to overflow: wide enough
    k = int(np.argmin(losses))
    return 0 < k < len(losses) - 1


def slice_1d(
    network: Network,
    index: int,
    X: Array,
    y: Array,
    loss: Loss,
    learning_rate: float,
    theta: Array | None = None,
    points: int = POINTS_1D,
) -> Slice1D:
    """The loss as flat parameter ``index`` alone varies (see :class:`Slice1D`).

    The range is centred on the current value w with half-width h, starting from
    h = max(0.5, |w|/2, 1.2·η·|g|) (so the next SGD step shows) and doubling until the
    lowest loss lies strictly inside, at most ``MAX_WIDENINGS`` times.
    """
    theta = np.array(network.flat_params if theta is None else theta, dtype=np.float64)
    w = float(theta[index])
    g = float(gradient(network, theta, X, y, loss)[index])
    step = w - learning_rate * g
    h = max(0.5, abs(w) / 2.0, 1.2 * abs(step - w))
    for _ in range(MAX_WIDENINGS + 1):
        ts = np.linspace(w - h, w + h, points)
        ls = losses_many(network, _line(theta, index, np.append(ts, [w, step])), X, y, loss)
        if _rises_both_sides(ls[:-2]):
            break
        h *= 2.0
    return Slice1D(
        param_info(network, index), ts, ls[:-2], w, float(ls[-2]), g,
        float(learning_rate), step, float(ls[-1]),
    )  # fmt: skip


def slope_by_difference(
    network: Network, index: int, X: Array, y: Array, loss: Loss, theta: Array | None = None,
    h: float = 1e-5,
) -> float:  # fmt: skip
    """Central difference (L(w + h) − L(w − h)) / 2h of the slice at the current value."""
    theta = np.array(network.flat_params if theta is None else theta, dtype=np.float64)
    w = theta[index]
    lo, hi = losses_many(network, _line(theta, index, np.array([w - h, w + h])), X, y, loss)
    return float((hi - lo) / (2.0 * h))


# ----------------------------------------------------------------------------- 2-D
#: Grid side of a 2-D slice.
GRID = 51
#: Margin around the path's coordinates in a PCA plane (a fraction of its extent).
PATH_MARGIN = 0.25


@dataclass(frozen=True, eq=False)
class Slice2D:
    """L(θ + x·d1 + y·d2) at ``losses[j, i]`` for x = ``xs[i]``, y = ``ys[j]`` (rows are y,
    as an image). ``path`` (T, 2) the plane coordinates of the recorded weights (least
    squares), ``path_loss`` (T,) the loss at those recorded weights themselves,
    ``path_plane_loss`` (T,) the loss at their projections on the plane; ``loss_name`` the
    loss plotted (it may differ from the training one)."""

    xs: Array
    ys: Array
    losses: Array
    directions: object  # Directions
    loss_name: str
    path: Array
    path_loss: Array
    path_plane_loss: Array


def plane_points(theta: Array, d1: Array, d2: Array, xs: Array, ys: Array) -> Array:
    """Parameter vectors (len(ys)·len(xs), n_params) of the grid, row-major over (y, x)."""
    gx, gy = np.meshgrid(xs, ys)
    return theta + gx.reshape(-1, 1) * d1 + gy.reshape(-1, 1) * d2


def grid_extent(path: Array | None, kind: str) -> tuple[float, float, float, float]:
    """(x_min, x_max, y_min, y_max): [−1, 1]² for random directions (the filter-normalised
    scale: 1 is one weight-norm away), the path's box plus a margin for PCA ones."""
    if kind != "pca" or path is None or len(path) == 0:
        return -1.0, 1.0, -1.0, 1.0
    lo, hi = path.min(axis=0), path.max(axis=0)
    pad = PATH_MARGIN * np.maximum(hi - lo, 1e-3 * max(1.0, float(np.abs(path).max())))
    return (
        float(lo[0] - pad[0]),
        float(hi[0] + pad[0]),
        float(lo[1] - pad[1]),
        float(hi[1] + pad[1]),
    )


def slice_2d(
    network: Network,
    X: Array,
    y: Array,
    loss: Loss,
    directions,
    theta: Array | None = None,
    trajectory: Array | None = None,
    grid: int = GRID,
    extent: tuple[float, float, float, float] | None = None,
) -> Slice2D:
    """The loss over a ``grid``×``grid`` plane through ``theta`` (default: the weights)
    spanned by ``directions`` (a :class:`~nnplayground.engine.directions.Directions`),
    with ``trajectory`` (T, n_params) projected on it. ``extent`` defaults to
    :func:`grid_extent`. One batched forward (in memory-bounded chunks)."""
    from nnplayground.engine.directions import project

    theta = np.array(network.flat_params if theta is None else theta, dtype=np.float64)
    traj = np.empty((0, theta.size)) if trajectory is None else np.atleast_2d(trajectory)
    path = project(traj, theta, directions) if len(traj) else np.empty((0, 2))
    x0, x1, y0, y1 = extent or grid_extent(path, directions.kind)
    xs, ys = np.linspace(x0, x1, grid), np.linspace(y0, y1, grid)
    on_plane = theta + path[:, :1] * directions.d1 + path[:, 1:] * directions.d2
    thetas = np.vstack([plane_points(theta, directions.d1, directions.d2, xs, ys), traj, on_plane])
    values = losses_many(network, thetas, X, y, loss)
    n, t = grid * grid, len(traj)
    return Slice2D(
        xs, ys, values[:n].reshape(grid, grid), directions, loss.name, path,
        values[n : n + t], values[n + t :],
    )  # fmt: skip


@dataclass(frozen=True, eq=False)
class Trajectory:
    """Weights (T + 1, n_params) at the start and after each epoch, and the train loss
    (T + 1,) the trainer reported for each (the first one evaluated before training)."""

    params: Array
    train_loss: Array


def record_trajectory(trainer, epochs: int) -> Trajectory:
    """Train ``epochs`` epochs with ``trainer`` (stopping early if it diverges), keeping a
    copy of the weights after each one."""
    with np.errstate(all="ignore"):
        first, _ = trainer.evaluate(trainer.X_train, trainer.y_train)
    params, losses = [trainer.network.flat_params.copy()], [first]
    for _ in range(epochs):
        if not trainer.train_epoch():
            break
        params.append(trainer.network.flat_params.copy())
        losses.append(trainer.history.last()["train_loss"])
    return Trajectory(np.array(params), np.array(losses))
