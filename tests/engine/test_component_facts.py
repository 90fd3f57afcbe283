"""Facts about activations and losses live on the components, and the app reads them there.

Adding an activation is one class definition (plus its help text): the pairing checks,
the hidden-layer list and the diagnostics pick it up from its attributes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest
from new_activation import Arctan, registered

from nnplayground.engine import activations, build, datasets, diagnostics, losses
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig
from nnplayground.engine.network import Network

Z = np.linspace(-12.0, 12.0, 240_001).reshape(-1, 1)


class FlatArctan(Arctan):
    """The same curve, declared non-saturating: the diagnostics must then ignore it."""

    name, saturating = "test_flat_arctan", False


@pytest.fixture
def new_activations() -> Iterator[None]:
    with registered(Arctan, FlatArctan):
        yield


# ------------------------------------------------------------- the facts themselves


@pytest.mark.parametrize("name", activations.names())
def test_max_derivative_is_the_largest_slope(name):
    act = activations.get(name)
    if not act.elementwise:
        z = np.stack([Z[:, 0], np.zeros(len(Z))], axis=1)  # one logit against a 0
        slope = act.derivative(z, act.f(z))[:, 0]
    else:
        slope = act.derivative(Z, act.f(Z))
    assert np.abs(slope).max() == pytest.approx(act.max_derivative, rel=2e-3)


@pytest.mark.parametrize("name", activations.names())
def test_outputs_stay_within_the_declared_bounds(name):
    act = activations.get(name)
    lo, hi = act.bounds
    a = act.f(np.stack([Z[:, 0], np.zeros(len(Z))], axis=1) if not act.elementwise else Z)
    assert a.min() >= lo - 1e-2 and a.max() <= hi + 1e-9
    if math.isfinite(hi):
        assert a.max() == pytest.approx(hi, abs=0.1)  # tight: softsign nears 1 slowly


@pytest.mark.parametrize("name", activations.names())
def test_saturating_means_the_slope_vanishes_far_from_zero(name):
    act = activations.get(name)
    if not act.elementwise:
        return
    far = np.array([[-12.0], [12.0]])
    vanishes = np.abs(act.derivative(far, act.f(far))) < 0.01 * act.max_derivative
    assert act.saturating == bool(np.all(vanishes))  # on both sides (relu: only one)


def test_the_known_classes_of_activations():
    facts = {n: activations.defaults(n) for n in activations.names()}
    assert {n for n, a in facts.items() if a.saturating} == {
        "sigmoid",
        "tanh",
        "softsign",
        "hard_sigmoid",
        "gaussian",
    }
    assert {n for n, a in facts.items() if a.rectified} == {"relu"}
    assert activations.get("leaky_relu", negative_slope=0.0).rectified
    assert {n for n, a in facts.items() if a.output_only} == {"softmax"}
    assert "softmax" not in activations.hidden_names()
    assert activations.defaults("sigmoid").max_derivative == 0.25


def test_parameter_defaults_are_written_once():
    for name in activations.names():
        assert activations.REGISTRY.params(name) == activations.defaults(name).param_specs
        assert activations.REGISTRY.defaults(name) == activations.defaults(name).params()
    assert activations.REGISTRY.get("leaky_relu").params() == {"negative_slope": 0.01}


def test_losses_carry_their_fused_activation_and_default_heads():
    assert losses.spec("binary_crossentropy").fused_activation == "sigmoid"
    assert losses.spec("categorical_crossentropy").fused_activation == "softmax"
    assert losses.spec("mse").fused_activation is None
    assert losses.default_head("regression", 0) == ("linear", "mean_squared_error")
    assert losses.default_head("classification", 2) == ("sigmoid", "binary_crossentropy")
    assert losses.default_head("classification", 5) == ("softmax", "categorical_crossentropy")
    assert losses.classification_heads() == {"sigmoid", "softmax"}


# -------------------------------------------------- a new activation is picked up everywhere


def test_new_activation_is_checked_in_pairings(new_activations):
    name = Arctan.name
    assert name in activations.hidden_names()
    assert losses.check_pairing("regression", 0, "mean_squared_error", name) is None
    assert losses.check_pairing("classification", 2, "mean_squared_error", name) is None
    refused = losses.check_pairing("classification", 2, "binary_crossentropy", name)
    assert refused == (
        "binary_crossentropy reads the output as a probability, so it needs a sigmoid "
        f"output, not {name}."
    )
    assert losses.check_pairing("classification", 3, "categorical_crossentropy", name)
    valid = losses.valid_output_activations("classification", 2, "mse", activations.names())
    assert name in valid


def test_new_activation_builds_and_trains_in_a_hidden_layer(new_activations):
    cfg = ExperimentConfig()
    hidden = (LayerConfig(4, activation=Component(Arctan.name)),)
    cfg = cfg.replace(network=replace(cfg.network, hidden=hidden))
    build.check_experiment(cfg)
    exp = build.Experiment.from_config(replace(cfg, training=replace(cfg.training, epochs=2)))
    exp.trainer.run(max_epochs=2)
    assert exp.network.layers[0].activation.name == Arctan.name
    assert datasets.describe(cfg.data).n_classes == exp.dataset.n_classes


def _saturated_net(name: str) -> Network:
    net = Network([2, 3, 1], [activations.get(name), activations.get("sigmoid")])
    net.layers[0].W[:] = 50.0  # |z| ≫ 1 for almost every sample: f' ≈ 0
    net.layers[0].b[:] = 0.0
    return net


def test_new_activation_saturation_is_counted_iff_it_is_saturating(new_activations):
    X = np.random.default_rng(0).normal(size=(200, 2))
    y = (X[:, :1] > 0).astype(float)
    sat = diagnostics.layer_stats(_saturated_net(Arctan.name), X, y, "binary_crossentropy")[0]
    flat = diagnostics.layer_stats(_saturated_net(FlatArctan.name), X, y, "binary_crossentropy")
    assert sat.can_saturate and sat.saturated_fraction == 1.0 and sat.saturated_count == 3
    assert not flat[0].can_saturate and flat[0].saturated_fraction == 0.0
    assert not sat.can_die and sat.dead_count == 0


def test_output_only_activation_is_refused_in_a_hidden_layer():
    cfg = ExperimentConfig()
    hidden = (LayerConfig(4, activation=Component("softmax")),)
    with pytest.raises(ValueError, match="softmax is for the output layer only"):
        build.check_experiment(cfg.replace(network=replace(cfg.network, hidden=hidden)))


def test_unregister_removes_aliases_too(new_activations):
    class Aliased(Arctan):
        name, aliases = "test_aliased", ("test_alias",)

    activations.register(Aliased)
    assert activations.REGISTRY.canonical("test_alias") == "test_aliased"
    activations.REGISTRY.unregister("test_aliased")
    assert "test_alias" not in activations.REGISTRY
