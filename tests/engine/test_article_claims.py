"""Each claim the lessons make about activations and initialisation, reproduced headlessly."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.engine.diagnostics import layer_stats, symmetry_score
from nnplayground.engine.network import equivalent_linear_map

Z = np.linspace(-10.0, 10.0, 200_001)  # step 1e-4, z = 0 included exactly
GLOROT, ZEROS = Component("glorot_uniform"), Component("zeros")


def experiment(
    activation: str,
    *,
    dataset: str = "circle",
    hidden: tuple[int, ...] = (4, 2),
    kernel: Component = GLOROT,
    bias: Component = ZEROS,
    output: LayerConfig | None = None,
    task: str = "classification",
    **training,
) -> Experiment:
    layers = tuple(LayerConfig(u, Component(activation), kernel, bias) for u in hidden)
    if output is None:
        output = LayerConfig(1, Component("sigmoid"), kernel, bias)
    cfg = ExperimentConfig(
        task=task,
        data=DataConfig(dataset=dataset, n_points=400),
        network=NetworkConfig(hidden=layers, output=output),
        training=TrainingConfig(**training),
    )
    return Experiment.from_config(cfg)


def stats(exp: Experiment):
    trainer = exp.trainer
    return layer_stats(exp.network, trainer.X_train, trainer.y_train, trainer.loss)


# ------------------------------------------------------------------ derivatives
def test_sigmoid_derivative_peaks_at_one_quarter_at_zero():
    act = activations.get("sigmoid")
    d = act.derivative(Z, act.f(Z))
    assert Z[np.argmax(d)] == 0.0
    assert d.max() == 0.25
    assert np.all(d <= 0.25)


def test_tanh_derivative_is_one_minus_tanh_squared_and_peaks_at_one():
    act = activations.get("tanh")
    d = act.derivative(Z, act.f(Z))
    np.testing.assert_allclose(d, 1.0 - np.tanh(Z) ** 2, rtol=0, atol=1e-15)
    assert Z[np.argmax(d)] == 0.0 and d.max() == 1.0


def test_relu_derivative_is_zero_or_one():
    act = activations.get("relu")
    d = act.derivative(Z, act.f(Z))
    assert set(np.unique(d)) == {0.0, 1.0}
    assert np.all(d[Z > 0] == 1.0) and np.all(d[Z < 0] == 0.0)


@pytest.mark.parametrize("slope", [0.01, 0.2])
def test_leaky_relu_derivative_is_the_slope_or_one(slope: float):
    act = activations.get("leaky_relu", negative_slope=slope)
    d = act.derivative(Z, act.f(Z))
    assert set(np.unique(d)) == {slope, 1.0}
    assert np.all(d[Z < 0] == slope)


# ------------------------------------------------------------------ linearity
def test_stacked_linear_layers_collapse_to_one_linear_map():
    exp = experiment(
        "linear",
        dataset="plane",
        task="regression",
        hidden=(5, 4, 3),
        output=LayerConfig(1, Component("linear")),
        loss=Component("mean_squared_error"),
        epochs=5,
    )
    exp.trainer.run()
    W, b = equivalent_linear_map(exp.network)
    assert W.shape == (2, 1)
    X = exp.trainer.X_test
    np.testing.assert_allclose(exp.network.predict(X), X @ W + b, rtol=0, atol=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_linear_hidden_layers_cannot_learn_xor_but_tanh_can(seed: int):
    def accuracy(activation: str) -> float:
        exp = experiment(
            activation,
            dataset="xor",
            optimizer=Component("adam"),
            learning_rate=0.03,
            epochs=150,
            seed=seed,
        )
        exp.trainer.run()
        return exp.trainer.history.last()["test_accuracy"]

    assert accuracy("linear") <= 0.75
    assert accuracy("tanh") >= 0.95


# ------------------------------------------------------------------ symmetry
def hidden_units_identical(exp: Experiment) -> bool:
    """Every hidden layer's units have bit-for-bit equal incoming weights and biases."""
    return all(
        np.array_equal(layer.W, np.repeat(layer.W[:, :1], layer.units, axis=1))
        and np.all(layer.b == layer.b[0])
        for layer in exp.network.layers[:-1]
    )


@pytest.mark.parametrize(
    ("activation", "init"),
    [
        ("tanh", Component("zeros")),
        ("sigmoid", Component("zeros")),
        ("tanh", Component("constant", {"value": 0.5})),
    ],
)
def test_constant_initialisation_keeps_hidden_units_identical(activation, init):
    exp = experiment(
        activation, kernel=init, optimizer=Component("adam"), learning_rate=0.03, epochs=30
    )
    start = exp.network.flat_params.copy()
    exp.trainer.run()
    assert hidden_units_identical(exp)
    assert [s.symmetry for s in stats(exp)[:-1]] == [1.0, 1.0]
    if activation == "sigmoid" or init.name == "constant":
        assert not np.array_equal(exp.network.flat_params, start)  # they did learn, in step


def test_small_random_initialisation_breaks_the_symmetry():
    init = Component("random_normal", {"stddev": 0.01})
    exp = experiment(
        "tanh",
        hidden=(4, 3),
        kernel=init,
        optimizer=Component("adam"),
        learning_rate=0.03,
        epochs=30,
    )
    assert all(s.symmetry < 0.99 for s in stats(exp)[:-1])  # different from the start
    exp.trainer.run()
    assert not hidden_units_identical(exp)
    trained = stats(exp)
    assert all(s.symmetry < 0.99 for s in trained[:-1])
    assert exp.trainer.history.last()["test_accuracy"] >= 0.95
    layer = exp.network.layers[0]
    assert symmetry_score(layer.W, layer.b) == trained[0].symmetry


# ------------------------------------------------------------------ saturation, dead units
def test_large_initial_weights_saturate_sigmoid_units_and_glorot_does_not():
    big = experiment("sigmoid", hidden=(8, 8), kernel=Component("random_normal", {"stddev": 5.0}))
    glorot = experiment("sigmoid", hidden=(8, 8), kernel=Component("glorot_uniform"))
    big_sat = np.mean([s.saturated_fraction for s in stats(big)[:-1]])
    glorot_sat = np.mean([s.saturated_fraction for s in stats(glorot)[:-1]])
    assert big_sat >= 0.4
    assert glorot_sat <= 0.05


def test_large_negative_bias_kills_relu_units_for_good():
    exp = experiment("relu", hidden=(8, 8), bias=Component("constant", {"value": -3.0}), epochs=30)
    before = stats(exp)
    assert sum(int(s.dead_units.sum()) for s in before[:-1]) > 0
    dead = before[0].dead_units
    first = exp.network.layers[0]
    w_dead, b_dead = first.W[:, dead].copy(), first.b[dead].copy()
    exp.trainer.run()
    # No gradient reaches a unit that never fires: its weights do not move at all.
    np.testing.assert_array_equal(first.W[:, dead], w_dead)
    np.testing.assert_array_equal(first.b[dead], b_dead)
    assert np.all(stats(exp)[0].dead_units[dead])
    healthy = experiment("relu", hidden=(8, 8))
    assert all(s.dead_fraction == 0.0 for s in stats(healthy))


def test_a_high_learning_rate_kills_relu_units():
    def dead_after(learning_rate: float) -> int:
        exp = experiment(
            "relu",
            hidden=(8, 8),
            kernel=Component("he_uniform"),
            learning_rate=learning_rate,
            epochs=30,
        )
        assert exp.trainer.run().reason == "epochs"
        return sum(int(s.dead_units.sum()) for s in stats(exp)[:-1])

    assert dead_after(0.03) == 0
    assert dead_after(3.0) >= 4


def test_output_layer_with_one_unit_reports_no_symmetry():
    exp = experiment("tanh")
    assert stats(exp)[-1].symmetry == 0.0
