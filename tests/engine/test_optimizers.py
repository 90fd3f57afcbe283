"""Optimizer steps against Keras 3's update rules, written out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.engine import optimizers, registry

W0 = np.array([0.5, -1.0, 2.0, 0.0])
G1 = np.array([0.1, -0.3, 2.0, 1e-4])
G2 = np.array([-0.2, 0.4, 1.5, 0.0])


def run(name: str, grads: list[np.ndarray], lrs: list[float], **params) -> np.ndarray:
    opt = optimizers.get(name, **params)
    w = W0.copy()
    for g, lr in zip(grads, lrs):
        opt.step([w], [g.copy()], lr)
    return w


def test_plain_sgd_steps_against_the_gradient():
    np.testing.assert_allclose(run("sgd", [G1, G2], [0.1, 0.1]), W0 - 0.1 * G1 - 0.1 * G2)


def test_sgd_momentum_keeps_a_velocity():
    mu, lr = 0.9, 0.1
    v = -lr * G1
    w = W0 + v
    v = mu * v - lr * G2
    w = w + v
    np.testing.assert_allclose(run("sgd", [G1, G2], [lr, lr], momentum=mu), w, rtol=1e-14)


def test_sgd_nesterov_looks_ahead_along_the_velocity():
    mu, lr = 0.8, 0.05
    v = -lr * G1
    w = W0 + mu * v - lr * G1
    v = mu * v - lr * G2
    w = w + mu * v - lr * G2
    got = run("sgd", [G1, G2], [lr, lr], momentum=mu, nesterov=True)
    np.testing.assert_allclose(got, w, rtol=1e-14)


def test_rmsprop_divides_by_the_running_root_mean_square():
    rho, eps, lr = 0.9, 1e-7, 0.01
    s = (1 - rho) * G1**2
    w = W0 - lr * G1 / np.sqrt(s + eps)
    s = rho * s + (1 - rho) * G2**2
    w = w - lr * G2 / np.sqrt(s + eps)
    np.testing.assert_allclose(run("rmsprop", [G1, G2], [lr, lr]), w, rtol=1e-14)


def test_rmsprop_momentum_accumulates_the_scaled_steps():
    rho, eps, lr, mu = 0.9, 1e-7, 0.01, 0.5
    s = (1 - rho) * G1**2
    m = lr * G1 / np.sqrt(s + eps)
    w = W0 - m
    s = rho * s + (1 - rho) * G2**2
    m = mu * m + lr * G2 / np.sqrt(s + eps)
    w = w - m
    np.testing.assert_allclose(run("rmsprop", [G1, G2], [lr, lr], momentum=mu), w, rtol=1e-14)


def test_adam_bias_corrects_its_moments():
    b1, b2, eps, lr = 0.9, 0.999, 1e-7, 0.001
    m, v, w = np.zeros(4), np.zeros(4), W0.copy()
    for t, g in enumerate([G1, G2], start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        alpha = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
        w = w - alpha * m / (np.sqrt(v) + eps)
    np.testing.assert_allclose(run("adam", [G1, G2], [lr, lr]), w, rtol=1e-13)


def test_adam_first_step_moves_each_weight_by_about_the_learning_rate():
    w = run("adam", [G1], [0.01])
    np.testing.assert_allclose(np.abs(w - W0)[:3], 0.01, rtol=1e-4)


def test_adagrad_accumulates_squared_gradients():
    eps, lr, acc = 1e-7, 0.1, 0.1
    s = acc + G1**2
    w = W0 - lr * G1 / np.sqrt(s + eps)
    s = s + G2**2
    w = w - lr * G2 / np.sqrt(s + eps)
    np.testing.assert_allclose(run("adagrad", [G1, G2], [lr, lr]), w, rtol=1e-14)


def test_changing_the_learning_rate_keeps_adams_moments():
    b1, b2, eps = 0.9, 0.999, 1e-7
    m, v, w = np.zeros(4), np.zeros(4), W0.copy()
    for t, (g, lr) in enumerate([(G1, 0.001), (G2, 0.05)], start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w = w - lr * math.sqrt(1 - b2**t) / (1 - b1**t) * m / (np.sqrt(v) + eps)
    np.testing.assert_allclose(run("adam", [G1, G2], [0.001, 0.05]), w, rtol=1e-13)
    # A fresh Adam at the new rate would take a different (larger, uncorrected-state) step.
    assert not np.allclose(run("adam", [G2], [0.05]) - W0, w - run("adam", [G1], [0.001]))


def test_changing_the_learning_rate_keeps_the_momentum_velocity():
    mu = 0.9
    v = -0.1 * G1
    w = W0 + v
    v = mu * v - 0.5 * G2
    np.testing.assert_allclose(run("sgd", [G1, G2], [0.1, 0.5], momentum=mu), w + v, rtol=1e-14)


def test_optimizer_updates_arrays_in_place_and_counts_iterations():
    opt = optimizers.get("adam")
    w = W0.copy()
    view = w[:]
    opt.step([w], [G1.copy()], 0.01)
    opt.step([w], [G2.copy()], 0.01)
    assert opt.iterations == 2
    assert np.shares_memory(view, w) and not np.array_equal(view, W0)
    opt.reset()
    assert opt.iterations == 0


@pytest.mark.parametrize("name", optimizers.names())
def test_zero_gradient_moves_nothing(name: str):
    w = run(name, [np.zeros(4), np.zeros(4)], [0.1, 0.1])
    np.testing.assert_array_equal(w, W0)


@pytest.mark.parametrize("name", ["adam", "rmsprop", "adagrad"])
@pytest.mark.parametrize("epsilon", [0.0, -1e-7])
def test_epsilon_must_stay_above_zero(name: str, epsilon: float):
    with pytest.raises(ValueError) as info:
        optimizers.get(name, epsilon=epsilon)
    message = info.value.args[0]
    assert str(message) == (
        f"optimizer '{name}': 'epsilon' must be greater than 0.0, got {epsilon!r}"
    )
    assert message.template == registry.PARAM_ABOVE  # translatable, like other param errors
    assert optimizers.get(name, epsilon=1e-12).params()["epsilon"] == 1e-12


@pytest.mark.parametrize("name", ["sgd", "rmsprop", "adam", "adagrad"])
def test_state_is_reset_when_parameter_shapes_change_not_only_their_count(name: str):
    params = {"momentum": 0.9} if name in ("sgd", "rmsprop") else {}
    opt = optimizers.get(name, **params)
    w, b = np.ones((2, 3)), np.zeros(3)
    opt.step([w, b], [np.ones((2, 3)), np.ones(3)], 0.1)
    state = opt._state
    assert state is not None and state[0][0].shape == (2, 3)
    # Same number of arrays (a layer grown from 3 to 5 units), new shapes: fresh state,
    # no broadcasting error, and the step is the one of a fresh optimizer.
    w2, b2 = np.ones((2, 5)), np.zeros(5)
    opt.step([w2, b2], [np.ones((2, 5)), np.ones(5)], 0.1)
    assert [s.shape for s in opt._state[0]] == [(2, 5), (5,)]
    fresh = optimizers.get(name, **params)
    w3, b3 = np.ones((2, 5)), np.zeros(5)
    fresh.step([w3, b3], [np.ones((2, 5)), np.ones(5)], 0.1)
    if name != "adam":  # adam's bias correction also depends on the iteration count
        np.testing.assert_allclose(w2, w3)
    # Same shapes again: the state is kept (not re-made).
    kept = opt._state
    opt.step([w2, b2], [np.ones((2, 5)), np.ones(5)], 0.1)
    assert opt._state is kept
