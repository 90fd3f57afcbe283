"""The loss of many parameter vectors at once: one batched forward for a whole slice.

A loss landscape asks for L(θ_k) at K points θ_k of parameter space (a 51×51 grid is
2,601 networks). Instead of loading each θ_k into the network and running K forwards,
the K vectors are stacked in ``thetas`` (K, n_params) – the same flat layout as
``Network.flat_params`` – and every layer runs once for all of them:

    z_l = a_{l-1} @ W_l + b_l      with W_l (K, fan_in, fan_out), a (K, n, fan_in)

(the first layer broadcasts the inputs X (n, n_in) over K). There is a Python loop over
layers and over chunks of points (to bound memory), never over points.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnplayground.engine.losses import Loss
from nnplayground.engine.network import Network

Array = np.ndarray
#: Floats one chunk of activations may hold (K_chunk · n · widest layer): 1.6 MB, so a
#: chunk stays in cache between layers. Measured on W2's 51×51 slice (2 cores): 70 ms
#: at 0.2 M floats, 108 ms at 2 M, 175 ms at 8 M.
CHUNK_FLOATS = 200_000


def layer_slices(network: Network) -> list[tuple[slice, slice]]:
    """(kernel slice, bias slice) of each layer in the flat parameter vector."""
    out, pos = [], 0
    for layer in network.layers:
        k = slice(pos, pos + layer.fan_in * layer.units)
        out.append((k, slice(k.stop, k.stop + layer.units)))
        pos = k.stop + layer.units
    return out


def forward_many(network: Network, thetas: Array, X: Array) -> tuple[Array, Array]:
    """Output (z, a) of the network's architecture under each parameter vector.

    thetas (K, n_params), X (n, n_inputs) → z, a (K, n, n_outputs). The network's own
    weights and caches are not touched.
    """
    K = thetas.shape[0]
    a: Array = X
    z: Array = X
    for layer, (ks, bs) in zip(network.layers, layer_slices(network)):
        W = thetas[:, ks].reshape(K, layer.fan_in, layer.units)
        z = np.matmul(a, W)
        z += thetas[:, None, bs]
        a = layer.activation.f(z)
    return z, a


def _mse(z: Array, a: Array, y: Array) -> Array:
    d = a - y
    return np.mean(d * d, axis=(1, 2))


def _mae(z: Array, a: Array, y: Array) -> Array:
    return np.mean(np.abs(a - y), axis=(1, 2))


def _bce_logits(z: Array, a: Array, y: Array) -> Array:
    return np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z))), axis=(1, 2))


def _bce(z: Array, a: Array, y: Array) -> Array:
    p = np.clip(a, 1e-15, 1.0 - 1e-15)
    return -np.mean(y * np.log(p) + (1.0 - y) * np.log1p(-p), axis=(1, 2))


def _cce_logits(z: Array, a: Array, y: Array) -> Array:
    m = z.max(axis=-1, keepdims=True)
    log_p = z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return -np.sum(y * log_p, axis=(1, 2)) / z.shape[1]


def _cce(z: Array, a: Array, y: Array) -> Array:
    return -np.sum(y * np.log(np.clip(a, 1e-15, 1.0)), axis=(1, 2)) / a.shape[1]


BatchedLoss = Callable[[Array, Array, Array], Array]
#: Batched twins of the losses in engine/losses.py: loss name → (from outputs,
#: from logits). The same formulas as there, reduced over all but the first axis.
#: A loss missing here falls back to one ``Loss.value`` call per point.
BATCHED: dict[str, tuple[BatchedLoss, BatchedLoss | None]] = {
    "mean_squared_error": (_mse, None),
    "mean_absolute_error": (_mae, None),
    "binary_crossentropy": (_bce, _bce_logits),
    "categorical_crossentropy": (_cce, _cce_logits),
}


def _huber(delta: float) -> BatchedLoss:
    def value(z: Array, a: Array, y: Array) -> Array:
        e = np.abs(a - y)
        return np.mean(np.where(e <= delta, 0.5 * e * e, delta * (e - 0.5 * delta)), axis=(1, 2))

    return value


def batched_loss(loss: Loss, output_activation: str) -> BatchedLoss:
    """A function (z, a, y) → (K,) losses, z and a (K, n, n_out), y (n, n_out): the same
    value as ``Network.loss_value`` would give for each of the K networks."""
    fused = loss.fused_activation == output_activation
    if loss.name == "huber":
        return _huber(float(loss.params()["delta"]))
    if loss.name in BATCHED:
        plain, logits = BATCHED[loss.name]
        return logits if fused and logits is not None else plain

    def fallback(z: Array, a: Array, y: Array) -> Array:
        if fused:
            return np.array([loss.value_from_logits(zk, ak, y) for zk, ak in zip(z, a)])
        return np.array([loss.value(ak, y) for ak in a])

    return fallback


def chunk_size(network: Network, n_samples: int) -> int:
    """Points per chunk so that one layer's activations stay under ``CHUNK_FLOATS``."""
    widest = max(network.sizes)
    return max(1, CHUNK_FLOATS // max(1, n_samples * widest))


def losses_many(network: Network, thetas: Array, X: Array, y: Array, loss: Loss) -> Array:
    """L(θ_k) over the whole set (X (n, n_in), y (n, n_out)) for thetas (K, n_params) → (K,).

    The data loss only (no regularization term), as ``Trainer.evaluate`` reports it.
    Non-finite values (an overflowing point far from the weights) are kept as they are.
    """
    thetas = np.atleast_2d(np.asarray(thetas, dtype=np.float64))
    fn = batched_loss(loss, network.layers[-1].activation.name)
    step = chunk_size(network, len(X))
    out = np.empty(len(thetas))
    with np.errstate(all="ignore"):
        for start in range(0, len(thetas), step):
            z, a = forward_many(network, thetas[start : start + step], X)
            out[start : start + step] = fn(z, a, y)
    return out
