"""Mean-field prediction of how far the pre-activations spread, layer by layer, at init.

For a wide layer whose weights are drawn independently with E[w²] and biases with
E[b²], the pre-activation z of a unit, for one input x, is close to Gaussian over weight
draws with second moment (Poole et al. 2016, "Exponential expressivity in deep neural
networks through transient chaos"; Schoenholz et al. 2017):

    q_1(x) = E[w²]·‖x‖² + σ_b²                               (first layer, exact)
    q_l(x) = σ_w²·E_{z~N(0,1)}[f(√q_{l−1}(x)·z)²] + σ_b²     σ_w² = fan_in·E[w²]

The expectation is a Gauss–Hermite sum (``numpy.polynomial.hermite_e.hermegauss``). The
recursion runs for every training input at once (inputs of different lengths spread
differently) and the prediction for the layer is the mean over inputs, to compare with
the measured mean of z² over samples and units. The spread shown is √q.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.polynomial.hermite_e import hermegauss

from nnplayground.engine import initializers as init_mod
from nnplayground.engine.activations import Activation
from nnplayground.engine.initializers import Initializer, VarianceScaling

Array = np.ndarray
#: Gauss–Hermite points (even: no node at 0, so ReLU's kink is integrated exactly).
DEGREE = 80
# Variance of a standard normal cut at ±2 (Keras' truncated normal): _TRUNC_STD².
_TRUNC_VAR = 0.87962566103423978**2


def second_moment(init: Initializer, fan_in: int, fan_out: int, bias: bool = False) -> float:
    """E[w²] of a weight drawn by ``init`` for a (fan_in, fan_out) kernel, or for a bias
    of fan_out units when ``bias`` (Keras then takes fan_in = fan_out = units).

    From each initializer's definition: variance scaling draws with exactly its
    ``variance``; N(μ, s²) gives s² + μ²; truncated at ±2s, 0.7737·s² + μ²; U(lo, hi)
    gives (hi − lo)²/12 + ((lo + hi)/2)²; a constant c gives c²; an orthogonal matrix
    gain·Q has unit rows or columns, so gain² / max(fan_in, fan_out).
    """
    if bias:
        fan_in = fan_out
    own = getattr(init, "second_moment", None)
    if callable(own):
        return float(own(fan_in, fan_out))
    if isinstance(init, VarianceScaling):
        return init.variance(fan_in, fan_out)
    p = init.params()
    rule = _MOMENTS.get(init.name)
    if rule is None:
        raise ValueError(f"no mean-field moment for initializer {init.name!r}")
    return float(rule(p, fan_in, fan_out))


_MOMENTS = {
    "zeros": lambda p, i, o: 0.0,
    "ones": lambda p, i, o: 1.0,
    "constant": lambda p, i, o: p["value"] ** 2,
    "random_normal": lambda p, i, o: p["stddev"] ** 2 + p["mean"] ** 2,
    "truncated_normal": lambda p, i, o: _TRUNC_VAR * p["stddev"] ** 2 + p["mean"] ** 2,
    "random_uniform": lambda p, i, o: (
        (p["maxval"] - p["minval"]) ** 2 / 12 + ((p["maxval"] + p["minval"]) / 2) ** 2
    ),
    "orthogonal": lambda p, i, o: p["gain"] ** 2 / max(i, o),
}


def gauss_expectation(f, q: Array, degree: int = DEGREE) -> Array:
    """E_{z~N(0,1)}[f(√q·z)²] for each q (m,) → (m,), by Gauss–Hermite quadrature."""
    nodes, weights = hermegauss(degree)
    weights = weights / np.sqrt(2.0 * np.pi)
    values = f(np.sqrt(np.maximum(q, 0.0))[:, None] * nodes[None, :])
    return (values * values) @ weights


def predict_q(
    X: Array, activations: list[Activation], moments: list[tuple[float, float]], sizes: list[int]
) -> Array:
    """Predicted mean of z² per layer (layers,), for inputs X (n, n_in), activations
    per layer, (E[w²], E[b²]) per layer and the layer sizes [n_in, units...]."""
    (w2, b2), out = moments[0], []
    q = w2 * np.sum(X * X, axis=1) + b2  # (n,): exact for the first layer
    out.append(q.mean())
    for layer in range(1, len(moments)):
        w2, b2 = moments[layer]
        sigma_w2 = sizes[layer] * w2
        q = sigma_w2 * gauss_expectation(activations[layer - 1].f, q) + b2
        out.append(q.mean())
    return np.array(out)


def measure_q(network, X: Array) -> Array:
    """Measured mean of z² over samples and units, per layer (layers,)."""
    return np.array([np.mean(t.z * t.z) for t in network.trace(X)])


@dataclass(frozen=True, eq=False)
class Spread:
    """Predicted and measured q = mean z² per layer (layers,); spreads are √q."""

    predicted: Array
    measured: Array

    @property
    def predicted_std(self) -> Array:
        return np.sqrt(self.predicted)

    @property
    def measured_std(self) -> Array:
        return np.sqrt(self.measured)

    def relative_error(self) -> Array:
        """|predicted − measured| / measured per layer."""
        return np.abs(self.predicted - self.measured) / self.measured


def layer_moments(cfg, sizes: list[int]) -> list[tuple[float, float]]:
    """(E[w²], E[b²]) per layer of an ExperimentConfig's network with ``sizes``."""
    specs = [*cfg.network.hidden, cfg.network.output]
    out = []
    for spec, fan_in, fan_out in zip(specs, sizes[:-1], sizes[1:]):
        kernel = init_mod.get(spec.kernel_initializer.name, **spec.kernel_initializer.params)
        bias = init_mod.get(spec.bias_initializer.name, **spec.bias_initializer.params)
        out.append(
            (second_moment(kernel, fan_in, fan_out), second_moment(bias, fan_in, fan_out, True))
        )
    return out


def spread(experiment, X: Array | None = None) -> Spread:
    """Prediction and measurement for an Experiment's network on X (default: its
    training inputs), meaningful at initialisation."""
    net = experiment.network
    X = experiment.trainer.X_train if X is None else X
    acts = [layer.activation for layer in net.layers]
    moments = layer_moments(experiment.config, net.sizes)
    return Spread(predict_q(X, acts, moments, net.sizes), measure_q(net, X))
