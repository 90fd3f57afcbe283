"""The decision grid: orientation, agreement with predict, softmax classes, neuron grids."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations
from nnplayground.engine.features import apply_features
from nnplayground.engine.grid import decision_grid, layer_grids, neuron_grid
from nnplayground.engine.network import Network

BOUNDS = (-6.0, 6.0, -4.0, 2.0)
XY = ("x1", "x2")


def network(sizes, names, seed=0) -> Network:
    net = Network(sizes, [activations.get(n) for n in names])
    net.flat_params[:] = np.random.default_rng(seed).normal(size=net.n_params)
    return net


def linear_probe(wx: float, wy: float) -> Network:
    net = Network([2, 1], [activations.get("linear")])
    net.set_weights([(np.array([[wx], [wy]]), np.zeros(1))])
    return net


def test_rows_follow_y_and_columns_follow_x():
    grid = decision_grid(linear_probe(1.0, 0.0), XY, BOUNDS, resolution=5)
    np.testing.assert_array_equal(grid.xs, np.linspace(-6, 6, 5))
    np.testing.assert_array_equal(grid.ys, np.linspace(-4, 2, 5))
    np.testing.assert_array_equal(grid.values, np.tile(grid.xs, (5, 1)))
    grid = decision_grid(linear_probe(0.0, 1.0), XY, BOUNDS, resolution=5)
    np.testing.assert_array_equal(grid.values, np.tile(grid.ys[:, None], (1, 5)))
    assert grid.bounds == BOUNDS and grid.resolution == 5


def test_grid_values_equal_predictions_at_the_grid_points():
    features = ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")
    net = network([7, 4, 2, 1], ["tanh", "tanh", "sigmoid"])
    grid = decision_grid(net, features, BOUNDS, resolution=70)  # 4900 rows: two chunks
    assert grid.values.shape == (70, 70) and grid.probs is None
    for i, j in ((17, 41), (65, 10), (69, 69)):
        point = np.array([[grid.xs[j], grid.ys[i]]])
        expected = net.predict(apply_features(point, features))[0, 0]
        assert grid.values[i, j] == pytest.approx(expected, rel=1e-12)
    gx, gy = np.meshgrid(grid.xs, grid.ys)
    everything = net.predict(apply_features(np.column_stack([gx.ravel(), gy.ravel()]), features))
    np.testing.assert_allclose(grid.values.ravel(), everything[:, 0], rtol=1e-12)
    assert grid.task == "classification"


def test_softmax_grid_holds_class_indices_and_probabilities():
    net = network([2, 5, 3], ["relu", "softmax"])
    grid = decision_grid(net, XY, BOUNDS, resolution=40)
    assert grid.probs.shape == (40, 40, 3)
    np.testing.assert_allclose(grid.probs.sum(axis=2), 1.0)
    np.testing.assert_array_equal(grid.values, grid.probs.argmax(axis=2))
    assert set(np.unique(grid.values)) <= {0.0, 1.0, 2.0}


def test_task_defaults_to_regression_for_a_linear_output_and_can_be_given():
    assert decision_grid(linear_probe(1, 1), XY, BOUNDS, 4).task == "regression"
    assert decision_grid(linear_probe(1, 1), XY, BOUNDS, 4, task="classification").task == (
        "classification"
    )


def test_grid_follows_weight_changes_and_leaves_training_caches_alone():
    net = network([2, 4, 1], ["tanh", "sigmoid"])
    cached_z = net.layers[0].z
    first = decision_grid(net, XY, BOUNDS, resolution=20).values.copy()
    assert net.layers[0].z is cached_z
    net.flat_params *= 2.0
    second = decision_grid(net, XY, BOUNDS, resolution=20).values
    assert not np.array_equal(first, second)


def test_layer_grids_give_every_neuron_and_match_neuron_grid():
    net = network([2, 4, 3, 1], ["relu", "tanh", "sigmoid"])
    grids = layer_grids(net, XY, BOUNDS, resolution=16)
    assert [g.shape for g in grids] == [(16, 16, 4), (16, 16, 3), (16, 16, 1)]
    np.testing.assert_array_equal(neuron_grid(net, XY, BOUNDS, 1, 2, 16), grids[1][:, :, 2])
    out = decision_grid(net, XY, BOUNDS, resolution=16).values
    np.testing.assert_array_equal(grids[-1][:, :, 0], out)


def test_neuron_grid_refuses_unknown_layers_and_units():
    net = network([2, 4, 1], ["tanh", "sigmoid"])
    with pytest.raises(ValueError, match="layer must be from 0 to 1"):
        neuron_grid(net, XY, BOUNDS, 2, 0)
    with pytest.raises(ValueError, match="unit must be from 0 to 3"):
        neuron_grid(net, XY, BOUNDS, 0, 4)


@pytest.mark.parametrize(
    ("bounds", "resolution"), [((1.0, 1.0, 0.0, 1.0), 10), ((0.0, 1.0, 0.0, 1.0), 1)]
)
def test_degenerate_grids_are_refused(bounds, resolution):
    with pytest.raises(ValueError):
        decision_grid(linear_probe(1, 1), XY, bounds, resolution)


def test_grid_inputs_are_shared_read_only_and_follow_the_features():
    net = Network([3, 1], [activations.get("linear")])
    net.set_weights([(np.array([[0.0], [0.0], [1.0]]), np.zeros(1))])
    grid = decision_grid(net, ["x1", "x2", "x1_x2"], BOUNDS, resolution=8)  # a list works
    np.testing.assert_allclose(grid.values, np.outer(grid.ys, grid.xs), rtol=1e-15)
    again = decision_grid(net, ("x1", "x2", "x1_x2"), BOUNDS, resolution=8)
    assert again.xs is grid.xs  # cached between frames
    with pytest.raises(ValueError):
        grid.xs[0] = 1.0
