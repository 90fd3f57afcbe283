"""The mean-field prediction of the pre-activation spread matches what networks do."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations, initializers
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.engine.meanfield import gauss_expectation, second_moment, spread
from nnplayground.lessons import get as lesson

INITS = [
    Component("glorot_uniform"),
    Component("he_normal"),
    Component("random_normal", {"stddev": 0.01}),
]


def config(activation: str, init: Component, units=256, depth=4) -> ExperimentConfig:
    layers = tuple(LayerConfig(units, Component(activation), init) for _ in range(depth))
    output = LayerConfig(1, Component("sigmoid"), init)
    return ExperimentConfig(network=NetworkConfig(layers, output))


@pytest.mark.parametrize("activation", ["tanh", "relu"])
@pytest.mark.parametrize("init", INITS, ids=lambda c: c.name)
def test_prediction_matches_the_measured_spread_of_wide_layers(activation, init):
    exp = Experiment.from_config(config(activation, init))
    runs = [spread(exp.reset(seed)) for seed in range(10)]
    predicted = np.mean([r.predicted for r in runs], axis=0)
    measured = np.mean([r.measured for r in runs], axis=0)
    # Hidden layers (256 units); the one-unit output layer is too noisy to measure.
    error = np.abs(predicted - measured) / measured
    assert np.all(error[:-1] < 0.15), error


def test_prediction_foresees_the_collapse_of_lesson_6():
    exp = Experiment.from_config(lesson("init_scale").preset().config)
    result = spread(exp)
    assert np.all(result.predicted_std[:-1] / result.predicted_std[1:] > 5)
    hidden = result.measured_std[:-1]  # six tanh layers of 32 units
    assert np.all(hidden[:-1] / hidden[1:] > 5)
    np.testing.assert_allclose(result.predicted[:6], result.measured[:6], rtol=0.3)


@pytest.mark.parametrize(
    "name, params",
    [
        ("glorot_uniform", {}),
        ("he_normal", {}),
        ("lecun_uniform", {}),
        ("random_normal", {"mean": 0.1, "stddev": 0.3}),
        ("truncated_normal", {"stddev": 0.2}),
        ("random_uniform", {"minval": -0.1, "maxval": 0.3}),
        ("orthogonal", {"gain": 1.5}),
        ("constant", {"value": 0.2}),
    ],
)
def test_second_moment_of_each_initializer_matches_its_draws(name, params):
    init = initializers.get(name, **params)
    draws = np.concatenate([init(40, 60, np.random.default_rng(s)).ravel() for s in range(30)])
    assert second_moment(init, 40, 60) == pytest.approx(np.mean(draws**2), rel=0.02)
    bias = init(40, 60, np.random.default_rng(0), shape=(60,))
    expected = second_moment(init, 40, 60, bias=True)
    assert expected == pytest.approx(np.mean(bias**2), rel=0.5, abs=1e-12)


def test_gauss_hermite_expectations_are_exact_for_known_integrals():
    q = np.array([0.5, 1.0, 4.0])
    linear = gauss_expectation(activations.get("linear").f, q)
    relu = gauss_expectation(activations.get("relu").f, q)
    np.testing.assert_allclose(linear, q, rtol=1e-12)  # E[(√q z)²] = q
    np.testing.assert_allclose(relu, q / 2, rtol=1e-12)  # half of it above 0
