"""Loss landscape slices: what each must show, checked headlessly."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations, losses
from nnplayground.engine.batched import forward_many, losses_many
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.engine.directions import (
    Directions,
    filter_normalize,
    pca_directions,
    project,
    random_directions,
)
from nnplayground.engine.landscape import (
    gradient,
    param_index,
    param_info,
    record_trajectory,
    slice_1d,
    slice_2d,
    slope_by_difference,
)
from nnplayground.engine.network import Network
from nnplayground.lessons import get as lesson


def small_experiment(hidden=(4, 2), activation="tanh", seed=0) -> Experiment:
    layers = tuple(LayerConfig(u, activation=Component(activation)) for u in hidden)
    cfg = ExperimentConfig(network=NetworkConfig(layers, LayerConfig(1, Component("sigmoid"))))
    cfg = cfg.replace(data=cfg.data.__class__("circle", n_points=200, seed=seed))
    return Experiment.from_config(cfg)


def random_network(sizes, names, seed=0) -> Network:
    net = Network(sizes, [activations.get(n) for n in names])
    net.flat_params[:] = np.random.default_rng(seed).normal(0, 0.8, net.n_params)
    return net


@pytest.mark.parametrize("index", [0, 3, 11, 14, 20, 22])
def test_slope_of_the_1d_slice_is_the_backprop_gradient(index):
    exp = small_experiment()
    record_trajectory(exp.trainer, 3)
    tr = exp.trainer
    s = slice_1d(exp.network, index, tr.X_train, tr.y_train, tr.loss, learning_rate=0.03)
    numeric = slope_by_difference(exp.network, index, tr.X_train, tr.y_train, tr.loss)
    assert s.slope == pytest.approx(numeric, rel=1e-8, abs=1e-13)


def test_one_weight_with_mse_gives_an_exact_parabola():
    net = Network([1, 1], [activations.get("linear")])
    net.flat_params[:] = [0.7, 0.0]
    rng = np.random.default_rng(3)
    X = rng.normal(size=(50, 1))
    y = 2.0 * X + 0.1 * rng.normal(size=(50, 1))
    s = slice_1d(net, 0, X, y, losses.get("mse"), learning_rate=0.1)
    coef, residual, *_ = np.polyfit(s.values, s.losses, 2, full=True)
    assert np.sqrt(residual[0] / len(s.values)) < 1e-12 * s.losses.max()
    assert coef[0] == pytest.approx(np.mean(X**2))  # L = mean((wx − y)²): curvature mean x²
    assert s.values[0] < -coef[1] / (2 * coef[0]) < s.values[-1]  # the minimum shows


def test_1d_slice_shows_its_minimum_the_tangent_and_the_sgd_step():
    exp = small_experiment()
    tr, net = exp.trainer, exp.network
    index = param_index(net, 1, "kernel", 2, 1)
    s = slice_1d(net, index, tr.X_train, tr.y_train, tr.loss, learning_rate=0.5)
    k = int(np.argmin(s.losses))
    assert 0 < k < len(s.values) - 1
    assert s.value == net.flat_params[index]
    assert s.next_value == pytest.approx(s.value - 0.5 * s.slope)
    assert s.tangent()[len(s.values) // 2] == pytest.approx(s.loss)
    moved = net.flat_params.copy()
    moved[index] = s.next_value
    assert s.next_loss == pytest.approx(
        losses_many(net, moved[None], tr.X_train, tr.y_train, tr.loss)[0]
    )


def test_parameter_names_round_trip():
    net = random_network([2, 3, 1], ["tanh", "sigmoid"])
    names = [param_info(net, i) for i in range(net.n_params)]
    assert [n.label for n in names[:7]] == [
        "W1[0,0]", "W1[0,1]", "W1[0,2]", "W1[1,0]", "W1[1,1]", "W1[1,2]", "b1[0]"
    ]  # fmt: skip
    assert names[-1].label == "b2[0]"
    for n in names:
        assert param_index(net, n.layer, n.kind, n.row, n.col) == n.index
    assert net.layers[0].W[1, 2] == net.flat_params[param_index(net, 0, "kernel", 1, 2)]


@pytest.mark.parametrize(
    "names, loss",
    [
        (["tanh", "sigmoid"], "binary_crossentropy"),
        (["relu", "sigmoid"], "mse"),
        (["elu", "softmax"], "categorical_crossentropy"),
        (["gelu", "linear"], "huber"),
        (["sigmoid", "linear"], "mae"),
    ],
)
def test_batched_losses_equal_one_network_at_a_time(names, loss):
    out = 3 if names[-1] == "softmax" else 1
    net = random_network([2, 5, out], names)
    rng = np.random.default_rng(1)
    X = rng.normal(size=(40, 2))
    y = np.eye(3)[rng.integers(0, 3, 40)] if out == 3 else (rng.random((40, 1)) > 0.5) * 1.0
    thetas = rng.normal(0, 1, (7, net.n_params))
    fn = losses.get(loss)
    expected = []
    for theta in thetas:
        net.flat_params[:] = theta
        net.forward(X)
        expected.append(net.loss_value(fn, y))
    np.testing.assert_allclose(losses_many(net, thetas, X, y, fn), expected, rtol=1e-12)
    np.testing.assert_allclose(forward_many(net, thetas[-1:], X)[1][0], net.predict(X), rtol=1e-12)


def test_zero_init_landscape_is_symmetric_under_swapping_two_hidden_units():
    exp = Experiment.from_config(lesson("zero_init").preset().config)
    net, tr = exp.network, exp.trainer
    assert not net.flat_params.any()
    d1 = np.random.default_rng(5).normal(size=net.n_params)
    swapped = Network(net.sizes, [layer.activation for layer in net.layers])
    swapped.flat_params[:] = d1
    W1, b1, W2 = swapped.layers[0].W, swapped.layers[0].b, swapped.layers[1].W
    W1[:, [0, 1]], b1[[0, 1]], W2[[0, 1]] = W1[:, [1, 0]], b1[[1, 0]], W2[[1, 0]]
    dirs = Directions(d1, swapped.flat_params.copy(), "custom")
    s = slice_2d(net, tr.X_train, tr.y_train, tr.loss, dirs, grid=21)
    assert np.ptp(s.losses) > 0.1  # not flat: the symmetry is not trivial
    np.testing.assert_allclose(s.losses, s.losses.T, rtol=1e-12)


@pytest.mark.parametrize("kind", ["random", "pca"])
def test_the_path_losses_are_the_recorded_train_losses(kind):
    exp = small_experiment()
    traj = record_trajectory(exp.trainer, 6)
    np.testing.assert_allclose(traj.train_loss[1:], exp.trainer.history.train_loss, rtol=1e-14)
    tr, net = exp.trainer, exp.network
    dirs = random_directions(net, seed=2) if kind == "random" else pca_directions(traj.params)
    s = slice_2d(net, tr.X_train, tr.y_train, tr.loss, dirs, trajectory=traj.params, grid=11)
    np.testing.assert_allclose(s.path_loss, traj.train_loss, rtol=1e-12)
    assert s.losses.shape == (11, 11)
    np.testing.assert_allclose(s.path[-1], [0.0, 0.0], atol=1e-12)  # the plane's origin


def test_pca_directions_capture_a_path_that_lies_in_a_plane():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(2, 30))
    t = np.linspace(0, 1, 12)
    path = np.outer(t, a) + np.outer(t**2, b) + 1.0
    dirs = pca_directions(path)
    assert dirs.explained.sum() == pytest.approx(1.0)
    assert dirs.explained[0] >= dirs.explained[1]
    assert abs(dirs.d1 @ dirs.d2) < 1e-12 and np.linalg.norm(dirs.d1) == pytest.approx(1.0)
    coords = project(path, path[-1], dirs)
    rebuilt = path[-1] + coords[:, :1] * dirs.d1 + coords[:, 1:] * dirs.d2
    np.testing.assert_allclose(rebuilt, path, atol=1e-12)


def test_random_directions_are_filter_normalised_seeded_and_ignore_biases():
    net = random_network([2, 4, 3, 1], ["tanh", "tanh", "sigmoid"])
    d = random_directions(net, seed=4)
    assert np.array_equal(d.d1, random_directions(net, seed=4).d1)
    assert not np.allclose(d.d1, random_directions(net, seed=5).d1)
    view = Network(net.sizes, [layer.activation for layer in net.layers])
    view.flat_params[:] = d.d1
    for mine, theirs in zip(view.layers, net.layers):
        np.testing.assert_allclose(
            np.linalg.norm(mine.W, axis=0), np.linalg.norm(theirs.W, axis=0), rtol=1e-12
        )
        assert not mine.b.any()


def test_a_zero_filter_keeps_a_unit_norm_direction():
    net = Network([2, 3, 1], [activations.get("tanh"), activations.get("sigmoid")])
    d = filter_normalize(net, np.ones(net.n_params), net.flat_params)
    view = Network(net.sizes, [layer.activation for layer in net.layers])
    view.flat_params[:] = d
    np.testing.assert_allclose(np.linalg.norm(view.layers[0].W, axis=0), 1.0)


def test_slices_leave_the_network_alone():
    exp = small_experiment()
    net, tr = exp.network, exp.trainer
    before, grads = net.flat_params.copy(), net.flat_grads.copy()
    slice_1d(net, 2, tr.X_train, tr.y_train, tr.loss, 0.1)
    slice_2d(net, tr.X_train, tr.y_train, tr.loss, random_directions(net), grid=5)
    gradient(net, net.flat_params, tr.X_train, tr.y_train, tr.loss)
    assert np.array_equal(net.flat_params, before) and np.array_equal(net.flat_grads, grads)


def test_a_different_loss_can_be_plotted_on_the_same_weights():
    exp = small_experiment()
    net, tr = exp.network, exp.trainer
    dirs = random_directions(net)
    bce = slice_2d(net, tr.X_train, tr.y_train, tr.loss, dirs, grid=5)
    mse = slice_2d(net, tr.X_train, tr.y_train, losses.get("mse"), dirs, grid=5)
    assert mse.loss_name == "mean_squared_error" and bce.loss_name == "binary_crossentropy"
    centre = net.predict(tr.X_train)
    assert mse.losses[2, 2] == pytest.approx(np.mean((centre - tr.y_train) ** 2))


def test_a_pca_plane_frames_the_whole_path_and_a_random_one_spans_one_weight_norm():
    exp = small_experiment()
    traj = record_trajectory(exp.trainer, 8)
    tr, net = exp.trainer, exp.network
    s = slice_2d(net, tr.X_train, tr.y_train, tr.loss, pca_directions(traj.params),
                 trajectory=traj.params, grid=9)  # fmt: skip
    assert s.xs[0] < s.path[:, 0].min() and s.path[:, 0].max() < s.xs[-1]
    assert s.ys[0] < s.path[:, 1].min() and s.path[:, 1].max() < s.ys[-1]
    r = slice_2d(net, tr.X_train, tr.y_train, tr.loss, random_directions(net), grid=9)
    assert (r.xs[0], r.xs[-1], r.ys[0], r.ys[-1]) == (-1.0, 1.0, -1.0, 1.0)
