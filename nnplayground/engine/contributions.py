"""Which training points move a weight: each point's share of ∂L/∂w.

With the loss a mean over the batch, ∂L/∂W[r, c] = Σ_n x_n[r]·δ_n[c] where x is the
layer's input and δ = ∂L/∂z its pre-activation gradient, already divided by the batch
size by the loss. The n-th term is point n's contribution: its sign says whether the
point pushes the weight down (positive: gradient descent lowers w) or up, its size how
hard. For a bias b[c] the term is δ_n[c]. The contributions sum to the full-batch
gradient exactly (the data loss, without the regularization term).
"""

from __future__ import annotations

import numpy as np

from nnplayground.engine.landscape import param_info
from nnplayground.engine.losses import Loss
from nnplayground.engine.network import Network

Array = np.ndarray


def per_sample_contributions(network: Network, index: int, X: Array, y: Array, loss: Loss) -> Array:
    """(n,) the n-th point's term of ∂L/∂θ[index] over (X (n, n_in), y (n, n_out)); their
    sum is the backprop gradient. One forward pass, and the backward pass only down to
    the parameter's layer, on a scratch copy (the live network's caches stay as they are).
    """
    info = param_info(network, index)
    scratch = Network(network.sizes, [layer.activation for layer in network.layers])
    np.copyto(scratch.flat_params, network.flat_params)
    layers = scratch.layers
    with np.errstate(all="ignore"):
        scratch.forward(np.asarray(X, dtype=np.float64))
        out = layers[-1]
        if loss.fused_activation == out.activation.name:
            dz = loss.grad_logits(out.z, out.a, y)
        else:
            dz = out.activation.backward(loss.grad(out.a, y), out.z, out.a)
        for i in range(len(layers) - 1, info.layer, -1):
            prev = layers[i - 1]
            dz = prev.activation.backward(dz @ layers[i].W.T, prev.z, prev.a)
        delta = dz[:, info.col]
        if info.kind == "bias":
            return np.array(delta, dtype=np.float64)
        return layers[info.layer].x[:, info.row] * delta
