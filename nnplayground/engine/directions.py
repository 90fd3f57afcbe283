"""Two directions through the weights for a 2-D loss slice, and the path that leads there.

Li, Xu, Taylor, Studer & Goldstein (2018), "Visualizing the Loss Landscape of Neural
Nets", give the two choices used here:

- **random, filter-normalised**: d ~ N(0, 1) per parameter, then each *filter* of d is
  rescaled to the norm of the same filter of the weights θ. For a dense layer a filter is
  the incoming weight vector of one unit, the column W[:, j]:
  d[:, j] ← d[:, j] · ‖θ[:, j]‖ / ‖d[:, j]‖. This removes the scale invariance that
  makes unnormalised plots of different networks incomparable. Biases get a zero
  direction, as in the paper's code (its default ignores biases and batch-norm).
  One departure: a filter whose weights are all zero (zero initialisation) would get a
  zero direction and a flat, empty plot; it keeps its random draw scaled to norm 1.
- **PCA of the trajectory**: with θ_t the weights recorded after each epoch and θ_T the
  final ones, the first two principal directions of the matrix [θ_t − θ_T] (its right
  singular vectors), unit length, with the share of variance each explains. Random
  directions in high dimension are nearly orthogonal to the path, which then looks like
  a point; these capture as much of the path as two directions can.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnplayground.engine.batched import layer_slices
from nnplayground.engine.network import Network

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class Directions:
    """d1, d2 (n_params,) each; ``kind`` 'random', 'pca' or 'custom'; ``seed`` for
    random ones; ``explained`` (2,) the variance ratio of each PCA direction."""

    d1: Array
    d2: Array
    kind: str
    seed: int | None = None
    explained: Array | None = None


def filter_normalize(network: Network, direction: Array, theta: Array) -> Array:
    """A copy of ``direction`` (n_params,) with each unit's incoming kernel column scaled to
    the norm of the same column of ``theta`` and biases set to 0 (see module docstring)."""
    out = np.zeros_like(direction)
    for layer, (ks, _) in zip(network.layers, layer_slices(network)):
        shape = (layer.fan_in, layer.units)
        d, w = direction[ks].reshape(shape), theta[ks].reshape(shape)
        d_norm = np.linalg.norm(d, axis=0)
        w_norm = np.linalg.norm(w, axis=0)
        target = np.where(w_norm > 0, w_norm, 1.0)
        scale = np.divide(target, d_norm, out=np.zeros_like(d_norm), where=d_norm > 0)
        out[ks] = (d * scale).ravel()
    return out


def random_directions(network: Network, theta: Array | None = None, seed: int = 0) -> Directions:
    """Two seeded random filter-normalised directions at ``theta`` (default: the weights).
    Another ``seed`` draws another pair (the "reseed" button)."""
    theta = np.asarray(network.flat_params if theta is None else theta, dtype=np.float64)
    rng = np.random.default_rng([seed, 7])
    d1, d2 = rng.standard_normal((2, theta.size))
    return Directions(
        filter_normalize(network, d1, theta), filter_normalize(network, d2, theta), "random", seed
    )


def pca_directions(trajectory: Array, theta: Array | None = None) -> Directions:
    """First two principal directions of ``trajectory`` (T, n_params) around ``theta``
    (default: its last row): right singular vectors of M = trajectory − θ, unit norm,
    and the fraction of Σσ² each explains. A path with fewer than two independent
    moves gets a zero second direction."""
    trajectory = np.asarray(trajectory, dtype=np.float64)
    theta = trajectory[-1] if theta is None else np.asarray(theta, dtype=np.float64)
    M = trajectory - theta
    _, s, vt = np.linalg.svd(M, full_matrices=False)
    total = float(np.sum(s * s))
    basis = np.zeros((2, theta.size))
    explained = np.zeros(2)
    k = min(2, len(s))
    basis[:k] = vt[:k]
    if total > 0:
        explained[:k] = s[:k] ** 2 / total
    basis[explained <= 1e-15 * max(1.0, explained.max())] = 0.0
    return Directions(basis[0], basis[1], "pca", explained=explained)


def project(points: Array, theta: Array, directions: Directions) -> Array:
    """Plane coordinates (T, 2) of ``points`` (T, n_params): the least-squares (x, y) with
    θ + x·d1 + y·d2 closest to each point."""
    A = np.column_stack([directions.d1, directions.d2])  # (n_params, 2)
    coords, *_ = np.linalg.lstsq(A, (np.atleast_2d(points) - theta).T, rcond=None)
    return coords.T
