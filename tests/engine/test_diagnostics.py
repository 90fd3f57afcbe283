"""Per-layer diagnostics: dead and saturated units, gradient norms, symmetry, histograms."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations, losses
from nnplayground.engine.diagnostics import layer_stats, sample_rows, symmetry_score
from nnplayground.engine.network import Network

RNG = np.random.default_rng(0)
X = RNG.normal(size=(300, 2))
Y = (X[:, :1] * X[:, 1:] > 0).astype(float)


def network(names, hidden=3, seed=0, scale=1.0) -> Network:
    net = Network([2, hidden, 1], [activations.get(n) for n in names])
    net.flat_params[:] = np.random.default_rng(seed).normal(scale=scale, size=net.n_params)
    return net


def test_relu_unit_that_never_fires_is_dead():
    net = network(["relu", "sigmoid"], hidden=4)
    net.layers[0].W[:, 1] = 0.0
    net.layers[0].b[1] = -0.5  # z = -0.5 for every sample
    net.layers[0].b[[0, 2, 3]] = 0.1
    first = layer_stats(net, X, Y, "binary_crossentropy")[0]
    assert first.dead_units[1]
    assert first.dead_fraction == pytest.approx(first.dead_units.mean())
    assert first.dead_fraction >= 0.25


def test_only_relu_units_can_be_dead():
    net = network(["tanh", "sigmoid"], hidden=2)
    net.layers[0].W[:] = 0.0
    net.layers[0].b[:] = -1.0
    stats = layer_stats(net, X, Y, "binary_crossentropy")
    assert stats[0].dead_fraction == 0.0 and not stats[0].dead_units.any()


def test_relu_unit_firing_for_one_sample_is_alive():
    net = network(["relu", "sigmoid"], hidden=1)
    net.layers[0].W[:, 0] = (1.0, 0.0)
    net.layers[0].b[0] = -X[:, 0].max() + 1e-9  # only the right-most sample has z > 0
    assert layer_stats(net, X, Y, "binary_crossentropy")[0].dead_fraction == 0.0


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "softsign", "hard_sigmoid"])
def test_huge_weights_saturate_and_small_weights_do_not(name):
    huge = layer_stats(network([name, "sigmoid"], scale=200.0, seed=1), X, Y, "mse")[0]
    small = layer_stats(network([name, "sigmoid"], scale=0.1, seed=1), X, Y, "mse")[0]
    assert huge.saturated_fraction > 0.6
    assert small.saturated_fraction == 0.0


#: |z| where f'(z) falls to 1 % of its maximum.
SATURATION_EDGE = {
    "sigmoid": float(np.log((1 + np.sqrt(0.99)) / (1 - np.sqrt(0.99)))),  # σ(1 − σ) = 0.0025
    "tanh": float(np.arctanh(np.sqrt(0.99))),
    "softsign": 9.0,
    "hard_sigmoid": 3.0,
}


@pytest.mark.parametrize("name", sorted(SATURATION_EDGE))
def test_saturation_starts_where_the_derivative_drops_below_one_percent_of_its_peak(name):
    edge = SATURATION_EDGE[name]
    net = network([name, "sigmoid"], hidden=2)
    net.layers[0].W[:] = [[1.0, -1.0], [0.0, 0.0]]
    net.layers[0].b[:] = 0.0
    x = np.zeros((10, 2))
    y = np.zeros((10, 1))
    x[:, 0] = 0.97 * edge
    assert not layer_stats(net, x, y, "mse")[0].saturated_units.any()
    x[:, 0] = 1.03 * edge
    assert layer_stats(net, x, y, "mse")[0].saturated_units.all()


def test_saturation_needs_more_than_half_of_the_samples():
    x = np.concatenate([np.full((50, 2), 100.0), np.zeros((50, 2))])
    y = np.zeros((100, 1))
    net = network(["tanh", "sigmoid"], hidden=1)
    net.layers[0].W[:] = 1.0
    net.layers[0].b[:] = 0.0
    assert layer_stats(net, x, y, "mse")[0].saturated_fraction == 0.0  # exactly half
    x[50] = 100.0
    assert layer_stats(net, x, y, "mse")[0].saturated_units[0]


def test_non_saturating_activations_report_no_saturation():
    net = network(["relu", "linear"], scale=100.0)
    assert all(s.saturated_fraction == 0.0 for s in layer_stats(net, X, Y, "mse"))


def test_grad_norm_is_the_frobenius_norm_of_the_layer_gradient():
    net = network(["tanh", "sigmoid"], hidden=5)
    loss = losses.get("binary_crossentropy")
    stats = layer_stats(net, X, Y, loss)
    net.gradients(X, Y, loss)
    np.testing.assert_allclose([s.grad_norm for s in stats], net.layer_norms(), rtol=1e-12)


def test_diagnostics_leave_the_training_buffers_alone():
    net = network(["tanh", "sigmoid"])
    params, grads = net.flat_params.copy(), net.flat_grads.copy()
    cached_z = net.layers[0].z
    layer_stats(net, X, Y, "binary_crossentropy")
    assert np.array_equal(net.flat_params, params) and np.array_equal(net.flat_grads, grads)
    assert net.layers[0].z is cached_z


def test_histograms_count_every_value_of_the_sample():
    net = network(["relu", "sigmoid"], hidden=4)
    first = layer_stats(net, X, Y, "binary_crossentropy", bins=12)[0]
    for counts, edges in (first.z_hist, first.a_hist, first.grad_hist):
        assert counts.shape == (12,) and edges.shape == (13,)
        assert counts.sum() == 300 * 4
    z = net.trace(X)[0].z
    assert first.z_hist[1][0] == z.min() and first.z_hist[1][-1] == z.max()


def test_large_data_is_sampled_with_a_seed():
    x = np.random.default_rng(5).normal(size=(5000, 2))
    y = (x[:, :1] > 0).astype(float)
    net = network(["tanh", "sigmoid"])
    a = layer_stats(net, x, y, "binary_crossentropy")
    b = layer_stats(net, x, y, "binary_crossentropy")
    assert a[0].n_samples == 512
    assert np.array_equal(a[0].z_hist[0], b[0].z_hist[0]) and a[0].grad_norm == b[0].grad_norm
    assert len(np.unique(sample_rows(5000))) == 512
    assert not np.array_equal(sample_rows(5000, seed=0), sample_rows(5000, seed=1))


def test_one_stats_entry_per_layer_output_last():
    net = Network([2, 3, 4, 3], [activations.get(n) for n in ("elu", "relu", "softmax")])
    y = np.eye(3)[np.arange(300) % 3]
    stats = layer_stats(net, X, y, "categorical_crossentropy")
    assert [(s.index, s.activation, s.units) for s in stats] == [
        (0, "elu", 3),
        (1, "relu", 4),
        (2, "softmax", 3),
    ]


def test_identical_units_have_symmetry_one():
    W = np.array([[0.3, 0.3, -1.0], [0.2, 0.2, 0.5]])
    assert symmetry_score(W, np.array([0.1, 0.1, 0.0])) == 1.0
    assert symmetry_score(np.zeros((2, 4)), np.zeros(4)) == 1.0


def test_symmetry_is_the_highest_cosine_between_units():
    W = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
    b = np.zeros(3)
    assert symmetry_score(W, b) == pytest.approx(1 / np.sqrt(2))
    assert symmetry_score(np.array([[1.0, 0.0]]), np.array([0.0, 1.0])) == 0.0
    assert symmetry_score(np.array([[1.0, -1.0]]), np.array([1.0, -1.0])) == pytest.approx(-1.0)


def test_symmetry_edge_cases_are_defined():
    assert symmetry_score(np.ones((2, 1)), np.ones(1)) == 0.0  # no pair
    assert symmetry_score(np.array([[0.0, 1.0]]), np.array([0.0, 2.0])) == 0.0  # zero vs not
    W = np.array([[2.0, 4.0]])
    assert symmetry_score(W, np.array([1.0, 2.0])) == pytest.approx(1.0)  # same direction


def test_diagnostics_survive_non_finite_activations():
    net = network(["relu", "linear"], scale=1e300)
    stats = layer_stats(net, X * 1e10, Y, "mse")  # overflow warnings would fail the test
    assert all(s.z_hist[0].shape == (30,) for s in stats)


def test_a_confident_sigmoid_output_with_cross_entropy_is_not_called_saturated():
    net = network(["tanh", "sigmoid"])
    net.layers[-1].W[...] = 50.0  # outputs pinned near 0 or 1: f' ≈ 0 everywhere
    bce = layer_stats(net, X, Y, "binary_crossentropy")[-1]
    mse = layer_stats(net, X, Y, "mean_squared_error")[-1]
    assert bce.saturated_fraction == 0.0  # the fused gradient (a - y) does not vanish
    assert mse.saturated_fraction == 1.0  # with MSE, f' multiplies the gradient: stuck


def test_histogram_of_huge_or_nearly_equal_values_does_not_raise():
    """np.histogram raised 'Too many bins for data range' (found by the GUI stress test)."""
    from nnplayground.engine.diagnostics import histogram

    for values in (np.array([-1e308, 0.0, 1e308]), np.array([1e20, np.nextafter(1e20, 2e20)])):
        counts, edges = histogram(values, 30)
        assert counts.sum() == values.size and counts.shape == (30,)
        assert np.all(np.isfinite(edges)) and np.all(np.diff(edges) > 0)
