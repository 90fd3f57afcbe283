"""The slow-motion step computes exactly what a training step computes."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnplayground.engine import activations
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.engine.staged import StageWalk, max_derivative, staged_step


def experiment(hidden=(4, 3), activation="tanh", init="glorot_uniform", optimizer="sgd",
               params=None, regularization="none", n_points=200) -> Experiment:  # fmt: skip
    layers = tuple(
        LayerConfig(u, activation=Component(activation), kernel_initializer=Component(init))
        for u in hidden
    )
    cfg = ExperimentConfig(network=NetworkConfig(layers, LayerConfig(1, Component("sigmoid"))))
    training = replace(
        cfg.training,
        optimizer=Component(optimizer, params or {}),
        regularization=regularization,
        regularization_rate=0.01 if regularization != "none" else 0.0,
    )
    data = replace(cfg.data, n_points=n_points)
    return Experiment.from_config(cfg.replace(training=training, data=data))


CASES = [
    ("sgd", {}, "none"),
    ("sgd", {"momentum": 0.9}, "l2"),
    ("sgd", {"momentum": 0.9, "nesterov": True}, "l1"),
    ("adam", {}, "none"),
    ("rmsprop", {"momentum": 0.5}, "none"),
    ("adagrad", {}, "l2"),
]


@pytest.mark.parametrize("optimizer, params, regularization", CASES)
def test_staged_step_equals_a_real_training_step(optimizer, params, regularization):
    exp = experiment(optimizer=optimizer, params=params, regularization=regularization)
    tr = exp.trainer
    for start in range(0, 50, 10):  # a few steps so the optimizer carries state
        tr.train_step(tr.X_train[start : start + 10], tr.y_train[start : start + 10])
    x, y = tr.X_train[60:70], tr.y_train[60:70]
    before = exp.network.flat_params.copy()
    staged = staged_step(tr, x, y)
    assert np.array_equal(exp.network.flat_params, before)  # the run is untouched
    tr.train_step(x, y)  # ...so its real step starts from the same state
    np.testing.assert_allclose(staged.grads, exp.network.flat_grads, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(staged.params_after, exp.network.flat_params, rtol=1e-12)
    for upd in staged.of_kind("update"):
        layer = exp.network.layers[upd.layer]
        np.testing.assert_allclose(upd.W_after, layer.W, rtol=1e-12)
        np.testing.assert_allclose(upd.b_after, layer.b, rtol=1e-12)


def test_applied_staged_steps_follow_the_real_run():
    real, staged = experiment(optimizer="adam"), experiment(optimizer="adam")
    for start in range(0, 40, 10):
        x, y = real.trainer.X_train[start : start + 10], real.trainer.y_train[start : start + 10]
        real.trainer.train_step(x, y)
        staged_step(staged.trainer, x, y, apply=True)
    np.testing.assert_allclose(staged.network.flat_params, real.network.flat_params, rtol=1e-12)
    assert staged.trainer.steps == real.trainer.steps == 4


def test_adam_stage_shows_bias_corrected_moments():
    exp = experiment(optimizer="adam")
    tr = exp.trainer
    step = staged_step(tr, tr.X_train[:10], tr.y_train[:10])
    upd = step.of_kind("update")[0]
    assert upd.iteration == 1
    np.testing.assert_allclose(upd.corrected["m_hat"], upd.state["m"] / (1 - 0.9))
    np.testing.assert_allclose(upd.corrected["m_hat"], upd.grad)  # m̂₁ = g at t = 1
    assert upd.step_norm > 0 and upd.relative_step > 0


def test_momentum_stage_shows_the_velocity():
    exp = experiment(optimizer="sgd", params={"momentum": 0.9})
    tr = exp.trainer
    upd = staged_step(tr, tr.X_train[:10], tr.y_train[:10]).of_kind("update")[1]
    np.testing.assert_allclose(upd.state["velocity"], -tr.learning_rate * upd.grad)


def test_stages_come_in_walking_order_and_forward_matches_the_network():
    exp = experiment()
    tr = exp.trainer
    step = staged_step(tr, tr.X_train[:10], tr.y_train[:10])
    kinds = [(s.kind, s.layer) for s in step.stages]
    assert kinds == [
        ("forward", 0), ("forward", 1), ("forward", 2), ("loss", -1),
        ("backward", 2), ("backward", 1), ("backward", 0),
        ("update", 0), ("update", 1), ("update", 2),
    ]  # fmt: skip
    for stage, trace in zip(step.of_kind("forward"), exp.network.trace(tr.X_train[:10])):
        np.testing.assert_allclose(stage.z, trace.z, rtol=1e-14)
    walk = StageWalk(step)
    assert walk.previous().kind == "forward"
    for _ in range(20):
        walk.next()
    assert walk.current.kind == "update" and walk.current.layer == 2


def test_deep_sigmoid_gradients_vanish_towards_the_input():
    # Like lesson "activation_race" (sigmoid, 8 units, Glorot), five layers deep.
    exp = experiment(hidden=(8,) * 5, activation="sigmoid")
    tr = exp.trainer
    norms = staged_step(tr, tr.X_train[:10], tr.y_train[:10]).delta_norms()
    assert norms[0] < norms[-1] / 100
    assert np.all(np.diff(norms) > 0)  # shrinking at every layer on the way back


def test_relu_with_he_keeps_the_gradient_within_ten_times():
    for seed in range(3):
        exp = experiment(hidden=(32,) * 5, activation="relu", init="he_normal")
        exp = exp.reset(seed)
        tr = exp.trainer
        norms = staged_step(tr, tr.X_train[:32], tr.y_train[:32]).delta_norms()
        assert norms[-1] / 10 < norms[0] < 10 * norms[-1]


@pytest.mark.parametrize("name, peak", [("sigmoid", 0.25), ("tanh", 1.0), ("relu", 1.0)])
def test_backward_stage_knows_the_largest_derivative(name, peak):
    assert max_derivative(activations.get(name)) == pytest.approx(peak, rel=1e-6)
    exp = experiment(activation=name)
    tr = exp.trainer
    back = staged_step(tr, tr.X_train[:10], tr.y_train[:10]).of_kind("backward")
    first = [s for s in back if s.layer == 0][0]
    assert first.max_derivative == pytest.approx(peak, rel=1e-6)
    assert 0 <= first.mean_derivative <= first.max_derivative + 1e-12
