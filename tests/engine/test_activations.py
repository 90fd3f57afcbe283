"""Every activation's derivative against central finite differences, and softmax's JVP."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine import activations

EPS = 1e-6
TOL = 1e-6
ELEMENTWISE = [n for n in activations.names() if activations.get(n).elementwise]
#: Where a derivative jumps: finite differences across these points are meaningless.
KINKS = {"relu": (0.0,), "leaky_relu": (0.0,), "elu": (0.0,), "selu": (0.0,)}
KINKS["hard_sigmoid"] = (-3.0, 3.0)


def rel_error(numeric: np.ndarray, analytic: np.ndarray) -> float:
    """Largest |a − b| / max(|a|, |b|, 1e-2): relative, with a floor for values near 0."""
    scale = np.maximum(np.maximum(np.abs(numeric), np.abs(analytic)), 1e-2)
    return float(np.max(np.abs(numeric - analytic) / scale))


def sample_z(name: str) -> np.ndarray:
    """(40, 5) pre-activations in [-6, 6], at least 1e-3 away from the kinks."""
    z = np.random.default_rng(7).uniform(-6.0, 6.0, size=(40, 5))
    for kink in KINKS.get(name, ()):
        near = np.abs(z - kink) < 1e-3
        z[near] += 2e-3
    return z


def numeric_derivative(act: activations.Activation, z: np.ndarray) -> np.ndarray:
    return (act.f(z + EPS) - act.f(z - EPS)) / (2 * EPS)


def test_the_registry_lists_the_activations_a_learner_expects() -> None:
    expected = {"linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softmax"}
    assert expected <= set(activations.names())
    assert activations.get("swish").name == "silu"


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivative_matches_finite_differences(name: str) -> None:
    act = activations.get(name)
    z = sample_z(name)
    analytic = act.derivative(z, act.f(z))
    assert analytic.shape == z.shape
    assert rel_error(numeric_derivative(act, z), analytic) < TOL


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_backward_is_upstream_gradient_times_derivative(name: str) -> None:
    act = activations.get(name)
    z = sample_z(name)
    da = np.random.default_rng(3).normal(size=z.shape)
    dz = act.backward(da, z, act.f(z))
    assert rel_error(da * numeric_derivative(act, z), dz) < TOL


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("leaky_relu", {"negative_slope": 0.2}),
        ("leaky_relu", {"negative_slope": 0.0}),
        ("elu", {"alpha": 0.5}),
        ("elu", {"alpha": 2.5}),
    ],
)
def test_parameterised_derivatives_match_finite_differences(name: str, params: dict) -> None:
    act = activations.get(name, **params)
    z = sample_z(name)
    assert rel_error(numeric_derivative(act, z), act.derivative(z, act.f(z))) < TOL


def test_softmax_backward_is_the_jacobian_vector_product() -> None:
    act = activations.get("softmax")
    rng = np.random.default_rng(11)
    z = rng.normal(size=(6, 4)) * 3
    g = rng.normal(size=z.shape)  # upstream dL/da for L = Σ g·softmax(z)
    numeric = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        step = np.zeros_like(z)
        step[idx] = EPS
        numeric[idx] = (np.sum(g * act.f(z + step)) - np.sum(g * act.f(z - step))) / (2 * EPS)
    assert rel_error(numeric, act.backward(g, z, act.f(z))) < TOL


def test_softmax_rows_sum_to_one_even_for_huge_logits() -> None:
    z = np.array([[1000.0, 999.0, -1000.0], [-1e4, -1e4, -1e4]])
    a = activations.get("softmax").f(z)
    assert np.all(np.isfinite(a))
    np.testing.assert_allclose(a.sum(axis=1), 1.0, rtol=0, atol=1e-15)
    np.testing.assert_allclose(a[1], 1 / 3)


@pytest.mark.parametrize("name", ["sigmoid", "softplus", "silu", "mish", "elu", "selu", "gelu"])
def test_activation_stays_finite_for_extreme_inputs(name: str) -> None:
    act = activations.get(name)
    z = np.array([[-1e4, -700.0, -50.0, 0.0, 50.0, 700.0, 1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        a = act.f(z)
    assert np.all(np.isfinite(a))
    assert np.all(np.isfinite(act.derivative(z, a)))


def test_sigmoid_is_exactly_symmetric_around_one_half() -> None:
    z = np.linspace(-30, 30, 601)
    a = activations.get("sigmoid").f(z)
    np.testing.assert_allclose(a + a[::-1], 1.0, rtol=0, atol=1e-15)


def test_unknown_activation_is_refused_with_the_list_of_names() -> None:
    with pytest.raises(ValueError, match="Unknown activation 'foo'; expected one of: linear"):
        activations.get("foo")
