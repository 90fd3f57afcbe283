"""Initializers against their formulas: mean and variance within sampling error."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.engine import initializers

FAN_IN, FAN_OUT = 400, 300
N = FAN_IN * FAN_OUT
TRUNC_STD = 0.87962566103423978  # std of N(0, 1) cut to [-2, 2]


def draw(name: str, seed: int = 0, **params) -> np.ndarray:
    init = initializers.get(name, **params)
    return init(FAN_IN, FAN_OUT, np.random.default_rng(seed))


def assert_moments(w: np.ndarray, mean: float, var: float) -> None:
    """Mean within 5 standard errors; variance within 2 % (5 of its standard errors)."""
    assert w.shape == (FAN_IN, FAN_OUT)
    assert abs(w.mean() - mean) < 5 * math.sqrt(var / N)
    assert w.var() == pytest.approx(var, rel=0.02)


@pytest.mark.parametrize(
    ("name", "var"),
    [
        ("glorot_uniform", 2 / (FAN_IN + FAN_OUT)),
        ("glorot_normal", 2 / (FAN_IN + FAN_OUT)),
        ("he_uniform", 2 / FAN_IN),
        ("he_normal", 2 / FAN_IN),
        ("lecun_uniform", 1 / FAN_IN),
        ("lecun_normal", 1 / FAN_IN),
    ],
)
def test_variance_scaling_initializers_have_their_textbook_variance(name: str, var: float):
    w = draw(name)
    assert_moments(w, 0.0, var)
    if name.endswith("uniform"):
        assert np.abs(w).max() <= math.sqrt(3 * var)
    else:  # Keras draws a truncated normal whose std is corrected back to √var
        assert np.abs(w).max() <= 2 * math.sqrt(var) / TRUNC_STD


def test_variance_scaling_scale_parameter_replaces_the_numerator():
    # he_normal is variance scaling with scale 2 (Var = 2 / fan_in); scale 4 gives 4 / fan_in.
    assert_moments(draw("he_normal", scale=4.0), 0.0, 4 / FAN_IN)
    assert_moments(draw("glorot_uniform", scale=3.0), 0.0, 3 / ((FAN_IN + FAN_OUT) / 2))


def test_random_normal_defaults_to_stddev_0_05():
    assert_moments(draw("random_normal"), 0.0, 0.05**2)
    assert_moments(draw("random_normal", mean=1.0, stddev=0.01), 1.0, 0.01**2)


def test_random_uniform_defaults_to_plus_minus_0_05():
    w = draw("random_uniform")
    assert_moments(w, 0.0, 0.1**2 / 12)
    assert w.min() >= -0.05 and w.max() <= 0.05
    w = draw("random_uniform", minval=1.0, maxval=3.0)
    assert_moments(w, 2.0, 4 / 12)


def test_truncated_normal_is_not_variance_corrected_like_keras():
    w = draw("truncated_normal", stddev=0.2, mean=0.5)
    assert_moments(w, 0.5, (0.2 * TRUNC_STD) ** 2)
    assert np.abs(w - 0.5).max() <= 2 * 0.2


@pytest.mark.parametrize("gain", [1.0, 2.0])
@pytest.mark.parametrize("shape", [(FAN_IN, FAN_OUT), (FAN_OUT, FAN_IN)])
def test_orthogonal_has_orthonormal_rows_or_columns_times_gain(gain, shape):
    w = initializers.get("orthogonal", gain=gain)(*shape, np.random.default_rng(1))
    small = w.T @ w if shape[0] >= shape[1] else w @ w.T
    np.testing.assert_allclose(small, gain**2 * np.eye(min(shape)), atol=1e-12)


def test_constant_initializers_are_exact():
    assert np.array_equal(draw("zeros"), np.zeros((FAN_IN, FAN_OUT)))
    assert np.array_equal(draw("ones"), np.ones((FAN_IN, FAN_OUT)))
    assert np.all(draw("constant", value=-0.7) == -0.7)
    bias = initializers.get("constant", value=3.0)(4, 5, np.random.default_rng(), shape=(5,))
    assert bias.shape == (5,) and np.all(bias == 3.0)


@pytest.mark.parametrize("name", initializers.names())
def test_same_seed_gives_the_same_draw(name: str):
    a, b = draw(name, seed=42), draw(name, seed=42)
    assert a.dtype == np.float64
    assert np.array_equal(a, b)
    if name not in ("zeros", "ones", "constant"):
        assert not np.array_equal(a, draw(name, seed=43))


@pytest.mark.parametrize("name", initializers.names())
def test_bias_shape_is_respected(name: str):
    b = initializers.get(name)(3, 7, np.random.default_rng(0), shape=(7,))
    assert b.shape == (7,) and np.all(np.isfinite(b))


def test_random_uniform_refuses_maxval_below_minval():
    with pytest.raises(ValueError, match="maxval"):
        draw("random_uniform", minval=1.0, maxval=0.0)
