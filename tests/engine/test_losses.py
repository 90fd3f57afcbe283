"""Each loss with each valid output activation: dL/dz against finite differences."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations, losses

EPS = 1e-6
TOL = 1e-6


def rel_error(numeric: np.ndarray, analytic: np.ndarray) -> float:
    scale = np.maximum(np.maximum(np.abs(numeric), np.abs(analytic)), 1e-3)
    return float(np.max(np.abs(numeric - analytic) / scale))


def loss_and_grad(loss, act, z, y):
    """Loss value and dL/dz the way the network computes them (fused when it applies)."""
    a = act.f(z)
    if loss.fused_activation == act.name:
        return loss.value_from_logits(z, a, y), loss.grad_logits(z, a, y)
    return loss.value(a, y), act.backward(loss.grad(a, y), z, a)


def numeric_grad(loss, act, z, y) -> np.ndarray:
    out = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        step = np.zeros_like(z)
        step[idx] = EPS
        hi = loss_and_grad(loss, act, z + step, y)[0]
        lo = loss_and_grad(loss, act, z - step, y)[0]
        out[idx] = (hi - lo) / (2 * EPS)
    return out


def regression_case(act_name: str, loss: losses.Loss, outputs: int):
    """Logits and targets with every error |a − y| at least 0.05 away from the kinks
    (0 for mae and huber, delta for huber)."""
    rng = np.random.default_rng(5)
    z = rng.normal(size=(8, outputs))
    a = activations.get(act_name).f(z)
    e = rng.uniform(0.1, 0.9, size=z.shape) * rng.choice([-1.0, 1.0], size=z.shape)
    if isinstance(loss, losses.Huber):
        e = np.where(np.abs(np.abs(e) - loss.delta) < 0.05, e * 1.5, e)
    return z, a - e


@pytest.mark.parametrize("act_name", ["linear", "sigmoid", "tanh"])
@pytest.mark.parametrize(
    ("loss_name", "params"),
    [
        ("mean_squared_error", {}),
        ("mean_absolute_error", {}),
        ("huber", {}),
        ("huber", {"delta": 0.3}),
    ],
)
@pytest.mark.parametrize("outputs", [1, 3])
def test_regression_loss_gradient_matches_finite_differences(act_name, loss_name, params, outputs):
    loss, act = losses.get(loss_name, **params), activations.get(act_name)
    z, y = regression_case(act_name, loss, outputs)
    assert rel_error(numeric_grad(loss, act, z, y), loss_and_grad(loss, act, z, y)[1]) < TOL


def test_binary_crossentropy_gradient_from_logits_matches_finite_differences():
    loss, act = losses.get("binary_crossentropy"), activations.get("sigmoid")
    rng = np.random.default_rng(2)
    z = rng.normal(scale=3, size=(12, 1))
    y = rng.integers(0, 2, size=z.shape).astype(float)
    assert rel_error(numeric_grad(loss, act, z, y), loss_and_grad(loss, act, z, y)[1]) < TOL


def test_categorical_crossentropy_gradient_from_logits_matches_finite_differences():
    loss, act = losses.get("categorical_crossentropy"), activations.get("softmax")
    rng = np.random.default_rng(4)
    z = rng.normal(scale=2, size=(9, 4))
    y = np.eye(4)[rng.integers(0, 4, size=9)]
    assert rel_error(numeric_grad(loss, act, z, y), loss_and_grad(loss, act, z, y)[1]) < TOL


def test_fused_crossentropies_equal_the_textbook_formulas():
    rng = np.random.default_rng(9)
    z = rng.normal(size=(10, 1))
    y = rng.integers(0, 2, size=z.shape).astype(float)
    p = 1 / (1 + np.exp(-z))
    bce = losses.get("binary_crossentropy")
    textbook = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert bce.value_from_logits(z, p, y) == pytest.approx(textbook, rel=1e-12)
    assert bce.value(p, y) == pytest.approx(textbook, rel=1e-12)
    z3 = rng.normal(size=(10, 3))
    y3 = np.eye(3)[rng.integers(0, 3, size=10)]
    p3 = np.exp(z3) / np.exp(z3).sum(axis=1, keepdims=True)
    cce = losses.get("categorical_crossentropy")
    textbook = -np.mean(np.sum(y3 * np.log(p3), axis=1))
    assert cce.value_from_logits(z3, p3, y3) == pytest.approx(textbook, rel=1e-12)


def test_crossentropy_from_logits_stays_finite_when_the_sigmoid_rounds_to_one():
    z = np.array([[40.0], [-800.0]])
    y = np.array([[0.0], [1.0]])
    a = activations.get("sigmoid").f(z)
    value = losses.get("binary_crossentropy").value_from_logits(z, a, y)
    assert value == pytest.approx((40.0 + 800.0) / 2)


def test_regression_losses_follow_keras_definitions():
    a = np.array([[0.0, 2.0], [1.0, -3.0]])
    y = np.array([[1.0, 0.0], [1.0, 0.0]])
    assert losses.get("mse").value(a, y) == pytest.approx((1 + 4 + 0 + 9) / 4)
    assert losses.get("mae").value(a, y) == pytest.approx((1 + 2 + 0 + 3) / 4)
    # huber, delta 1: errors 1, 2, 0, 3 → 0.5, 1.5, 0, 2.5
    assert losses.get("huber").value(a, y) == pytest.approx((0.5 + 1.5 + 0 + 2.5) / 4)


@pytest.mark.parametrize(
    ("task", "n_classes", "loss", "output", "valid"),
    [
        ("classification", 2, "binary_crossentropy", "sigmoid", True),
        ("classification", 2, "binary_crossentropy", "tanh", False),
        ("classification", 2, "mean_squared_error", "tanh", True),
        ("classification", 3, "categorical_crossentropy", "softmax", True),
        ("classification", 3, "binary_crossentropy", "sigmoid", False),
        ("classification", 2, "categorical_crossentropy", "softmax", False),
        ("regression", 0, "mean_squared_error", "linear", True),
        ("regression", 0, "binary_crossentropy", "sigmoid", False),
    ],
)
def test_check_pairing_accepts_only_sound_output_and_loss_pairs(
    task, n_classes, loss, output, valid
):
    reason = losses.check_pairing(task, n_classes, loss, output)
    assert (reason is None) == valid
    if not valid:
        assert reason.endswith(".")
