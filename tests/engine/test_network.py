"""Whole-network gradients against finite differences, and the flat parameter layout."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations, losses
from nnplayground.engine.network import Network, equivalent_linear_map

EPS = 1e-6
TOL = 1e-6


def make_network(sizes, names, seed=0, scale=0.7) -> Network:
    net = Network(sizes, [activations.get(n) for n in names])
    net.flat_params[:] = np.random.default_rng(seed).normal(scale=scale, size=net.n_params)
    return net


def numeric_flat_grad(net: Network, x, y, loss) -> np.ndarray:
    out = np.zeros(net.n_params)
    for i in range(net.n_params):
        old = net.flat_params[i]
        net.flat_params[i] = old + EPS
        net.forward(x)
        hi = net.loss_value(loss, y)
        net.flat_params[i] = old - EPS
        net.forward(x)
        lo = net.loss_value(loss, y)
        net.flat_params[i] = old
        out[i] = (hi - lo) / (2 * EPS)
    return out


def rel_error(numeric: np.ndarray, analytic: np.ndarray) -> float:
    scale = np.maximum(np.maximum(np.abs(numeric), np.abs(analytic)), 1e-3)
    return float(np.max(np.abs(numeric - analytic) / scale))


def targets(kind: str, n: int, k: int, rng) -> np.ndarray:
    if kind == "binary":
        return rng.integers(0, 2, size=(n, 1)).astype(float)
    if kind == "onehot":
        return np.eye(k)[rng.integers(0, k, size=n)]
    return rng.normal(size=(n, k))


CASES = [
    # (sizes, activations, loss, target kind)
    ([2, 1], ["sigmoid"], "binary_crossentropy", "binary"),
    ([3, 2], ["linear"], "mean_squared_error", "real"),
    ([2, 5, 1], ["tanh", "sigmoid"], "binary_crossentropy", "binary"),
    ([2, 4, 1], ["sigmoid", "linear"], "huber", "real"),
    ([2, 4, 3], ["gelu", "softmax"], "categorical_crossentropy", "onehot"),
    ([4, 5, 4, 3, 1], ["tanh", "elu", "softsign", "tanh"], "mean_squared_error", "real"),
    ([2, 6, 6, 6, 4], ["silu", "mish", "sine", "softmax"], "categorical_crossentropy", "onehot"),
    ([2, 3, 3, 2], ["leaky_relu", "selu", "sigmoid"], "mean_squared_error", "real"),
]


@pytest.mark.parametrize(("sizes", "names", "loss_name", "kind"), CASES)
def test_network_gradient_matches_finite_differences(sizes, names, loss_name, kind):
    rng = np.random.default_rng(1)
    net = make_network(sizes, names)
    x = rng.normal(size=(7, sizes[0]))
    y = targets(kind, 7, sizes[-1], rng)
    loss = losses.get(loss_name)
    analytic = net.gradients(x, y, loss)
    assert analytic.shape == (net.n_params,)
    assert rel_error(numeric_flat_grad(net, x, y, loss), analytic) < TOL


def test_relu_network_gradient_matches_finite_differences_away_from_kinks():
    rng = np.random.default_rng(2)
    net = make_network([2, 8, 8, 1], ["relu", "relu", "linear"], seed=3)
    x = rng.normal(size=(6, 2))
    # No pre-activation within 1e-4 of 0, or the finite difference would straddle a kink.
    assert min(np.abs(t.z).min() for t in net.trace(x)) > 1e-4
    y = rng.normal(size=(6, 1))
    loss = losses.get("mse")
    assert rel_error(numeric_flat_grad(net, x, y, loss), net.gradients(x, y, loss)) < TOL


def test_layers_are_views_into_one_flat_vector():
    net = make_network([2, 3, 1], ["tanh", "sigmoid"])
    assert net.n_params == 2 * 3 + 3 + 3 * 1 + 1
    for layer in net.layers:
        assert np.shares_memory(layer.W, net.flat_params)
        assert np.shares_memory(layer.dW, net.flat_grads)
    net.layers[1].b[0] = 42.0
    assert net.flat_params[-1] == 42.0
    assert net.kernel_mask.sum() == 2 * 3 + 3 * 1
    assert np.all(net.kernel_mask[6:9] == 0.0)  # first layer's bias


def test_set_weights_round_trips_and_refuses_wrong_shapes():
    net = make_network([2, 3, 1], ["tanh", "sigmoid"])
    weights = net.get_weights()
    other = make_network([2, 3, 1], ["tanh", "sigmoid"], seed=9)
    other.set_weights(weights)
    assert np.array_equal(other.flat_params, net.flat_params)
    weights[0][0][0, 0] = 99.0  # get_weights returns copies
    assert net.layers[0].W[0, 0] != 99.0
    with pytest.raises(ValueError, match="layer 0"):
        other.set_weights([(np.zeros((3, 3)), np.zeros(3)), weights[1]])


def test_predict_trace_and_forward_agree():
    net = make_network([2, 4, 3], ["relu", "softmax"])
    x = np.random.default_rng(0).normal(size=(20, 2))
    trace = net.trace(x)
    np.testing.assert_array_equal(net.predict(x), trace[-1].a)
    np.testing.assert_array_equal(net.forward(x), trace[-1].a)
    np.testing.assert_array_equal(net.layers[0].z, trace[0].z)


def test_equivalent_linear_map_of_a_linear_network():
    net = make_network([2, 5, 4, 1], ["linear"] * 3)
    W, b = equivalent_linear_map(net)
    (W1, b1), (W2, b2), (W3, b3) = net.get_weights()
    np.testing.assert_allclose(W, W1 @ W2 @ W3, rtol=1e-14)
    np.testing.assert_allclose(b, (b1 @ W2 + b2) @ W3 + b3, rtol=1e-14)


def test_network_refuses_empty_layers():
    with pytest.raises(ValueError, match="at least one unit"):
        Network([2, 0, 1], [activations.get("tanh"), activations.get("sigmoid")])
    with pytest.raises(ValueError, match="one activation per layer"):
        Network([2, 3, 1], [activations.get("tanh")])
