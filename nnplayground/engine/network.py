"""Dense layers and the network that chains them.

Shapes: inputs ``x`` are (n_samples, n_in); a layer's kernel ``W`` is (fan_in, fan_out)
as in Keras, its bias ``b`` is (fan_out,); ``z = x @ W + b`` and ``a = f(z)`` are
(n_samples, fan_out).

All kernels and biases of a network are views into one flat float64 vector, and so are
their gradients. The optimizer then updates every parameter with a few NumPy calls in
total instead of a few per array: at playground sizes a training step costs Python and
NumPy call overhead, not arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nnplayground.engine.activations import Activation
from nnplayground.engine.losses import Loss

Array = np.ndarray
Weights = list[tuple[Array, Array]]


class Dense:
    """A fully connected layer. ``forward`` caches x, z and a; ``backward`` fills dW, db."""

    def __init__(self, W: Array, b: Array, dW: Array, db: Array, activation: Activation) -> None:
        self.W, self.b, self.dW, self.db = W, b, dW, db
        self.activation = activation
        # Caches of the last forward pass (empty until then; never None, so no checks).
        empty = np.empty((0, W.shape[1]))
        self.x: Array = np.empty((0, W.shape[0]))
        self.z: Array = empty
        self.a: Array = empty

    @property
    def fan_in(self) -> int:
        return self.W.shape[0]

    @property
    def units(self) -> int:
        return self.W.shape[1]

    def forward(self, x: Array) -> Array:
        """x (n, fan_in) → a (n, units); caches x, z, a for ``backward``."""
        z = x @ self.W
        z += self.b
        self.x, self.z = x, z
        self.a = self.activation.f(z)
        return self.a

    def backward(self, dz: Array, need_dx: bool = True) -> Array:
        """dz = dL/dz (n, units) → stores dW = xᵀ·dz, db = Σ_n dz; returns dx = dz·Wᵀ
        (or skips that product and returns dz itself when ``need_dx`` is False)."""
        np.dot(self.x.T, dz, out=self.dW)
        dz.sum(axis=0, out=self.db)
        return dz @ self.W.T if need_dx else dz


@dataclass(frozen=True)
class LayerTrace:
    """One layer's values for a batch: pre-activations z and activations a, (n, units)."""

    z: Array
    a: Array


class Network:
    """A stack of Dense layers sharing one flat parameter vector."""

    def __init__(self, sizes: Sequence[int], activations: Sequence[Activation]) -> None:
        if len(sizes) < 2 or len(activations) != len(sizes) - 1:
            raise ValueError("a network needs an input size and one activation per layer")
        if any(int(s) < 1 for s in sizes):
            raise ValueError(f"every layer needs at least one unit, got sizes {list(sizes)}")
        self.sizes = [int(s) for s in sizes]
        total = sum(i * o + o for i, o in zip(self.sizes[:-1], self.sizes[1:]))
        self.flat_params = np.zeros(total)
        self.flat_grads = np.zeros(total)
        #: 1.0 where the flat vector holds a kernel weight, 0.0 for biases (regularization).
        self.kernel_mask = np.zeros(total)
        self.layers: list[Dense] = []
        pos = 0
        for (fan_in, fan_out), act in zip(zip(self.sizes[:-1], self.sizes[1:]), activations):
            k = slice(pos, pos + fan_in * fan_out)
            bias = slice(k.stop, k.stop + fan_out)
            self.kernel_mask[k] = 1.0
            self.layers.append(
                Dense(
                    self.flat_params[k].reshape(fan_in, fan_out),
                    self.flat_params[bias],
                    self.flat_grads[k].reshape(fan_in, fan_out),
                    self.flat_grads[bias],
                    act,
                )
            )
            pos = bias.stop

    @property
    def n_inputs(self) -> int:
        return self.sizes[0]

    @property
    def n_outputs(self) -> int:
        return self.sizes[-1]

    @property
    def n_params(self) -> int:
        return self.flat_params.size

    # ----------------------------------------------------------------- weights
    def get_weights(self) -> Weights:
        """Copies of each layer's (W (fan_in, fan_out), b (fan_out,))."""
        return [(layer.W.copy(), layer.b.copy()) for layer in self.layers]

    def set_weights(self, weights: Weights) -> None:
        """Copy ``weights`` in; shapes must match exactly."""
        if len(weights) != len(self.layers):
            raise ValueError(f"expected weights for {len(self.layers)} layers, got {len(weights)}")
        for i, (layer, (W, b)) in enumerate(zip(self.layers, weights)):
            W, b = np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)
            if W.shape != layer.W.shape or b.shape != layer.b.shape:
                raise ValueError(
                    f"layer {i}: expected kernel {layer.W.shape} and bias {layer.b.shape}, "
                    f"got {W.shape} and {b.shape}"
                )
        for layer, (W, b) in zip(self.layers, weights):
            np.copyto(layer.W, W)
            np.copyto(layer.b, b)

    # ----------------------------------------------------------------- passes
    def forward(self, x: Array) -> Array:
        """x (n, n_inputs) → output activations (n, n_outputs); caches every layer."""
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def predict(self, x: Array) -> Array:
        """Output activations (n, n_outputs), without keeping caches."""
        for layer in self.layers:
            z = x @ layer.W
            z += layer.b
            x = layer.activation.f(z)
        return x

    def trace(self, x: Array) -> list[LayerTrace]:
        """Every layer's z and a for ``x``, as fresh arrays (diagnostics, neuron heatmaps)."""
        out = []
        for layer in self.layers:
            z = x @ layer.W + layer.b
            x = layer.activation.f(z)
            out.append(LayerTrace(z, x))
        return out

    def loss_value(self, loss: Loss, y: Array, outputs: tuple[Array, Array] | None = None) -> float:
        """Loss against targets y of the outputs cached by the last ``forward``, or of
        ``outputs`` = the output layer's (z, a) when given (e.g. gathered chunk by chunk)."""
        out = self.layers[-1]
        z, a = (out.z, out.a) if outputs is None else outputs
        if loss.fused_activation == out.activation.name:
            return loss.value_from_logits(z, a, y)
        return loss.value(a, y)

    def backward(self, loss: Loss, y: Array) -> None:
        """Fill every layer's dW, db (the flat gradient) from the cached forward pass."""
        layers = self.layers
        out = layers[-1]
        if loss.fused_activation == out.activation.name:
            dz = loss.grad_logits(out.z, out.a, y)
        else:
            dz = out.activation.backward(loss.grad(out.a, y), out.z, out.a)
        for i in range(len(layers) - 1, 0, -1):
            da = layers[i].backward(dz)
            prev = layers[i - 1]
            dz = prev.activation.backward(da, prev.z, prev.a)
        layers[0].backward(dz, need_dx=False)

    def gradients(self, x: Array, y: Array, loss: Loss) -> Array:
        """Flat gradient dL/dθ for a batch (a copy), with the loss mean over the batch."""
        self.forward(x)
        self.backward(loss, y)
        return self.flat_grads.copy()

    def layer_norms(self) -> list[float]:
        """‖dW‖ + ‖db‖ (Frobenius) per layer, from the last backward pass."""
        return [float(np.sqrt(np.sum(lyr.dW**2) + np.sum(lyr.db**2))) for lyr in self.layers]

    def all_finite(self) -> bool:
        """Every weight and bias is finite (checked element-wise: a sum of large finite
        weights could overflow and report a healthy network as diverged)."""
        return bool(np.isfinite(self.flat_params).all())


def equivalent_linear_map(network: Network) -> tuple[Array, Array]:
    """For an all-linear network, the single (W, b) with W = W1·W2·…, b folded through.

    Stacked linear layers compose to one affine map: x·W1 + b1 then ·W2 + b2 equals
    x·(W1·W2) + (b1·W2 + b2).
    """
    W = np.eye(network.n_inputs)
    b = np.zeros(network.n_inputs)
    for layer in network.layers:
        W = W @ layer.W
        b = b @ layer.W + layer.b
    return W, b
