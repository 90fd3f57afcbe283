from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine.features import (
    FEATURE_LABELS,
    FEATURES,
    apply_features,
    check_features,
)

POINTS = np.array([[1.0, 2.0], [-3.0, 0.5], [0.0, -4.0]])


def test_every_feature_has_a_label() -> None:
    assert set(FEATURE_LABELS) == set(FEATURES)
    assert FEATURES[:2] == ("x1", "x2")


def test_features_compute_their_formulas() -> None:
    x1, x2 = POINTS[:, 0], POINTS[:, 1]
    expected = {
        "x1": x1,
        "x2": x2,
        "x1_sq": x1**2,
        "x2_sq": x2**2,
        "x1_x2": x1 * x2,
        "sin_x1": np.sin(x1),
        "sin_x2": np.sin(x2),
    }
    out = apply_features(POINTS, FEATURES)
    for j, name in enumerate(FEATURES):
        np.testing.assert_allclose(out[:, j], expected[name], err_msg=name)


def test_columns_follow_the_requested_order() -> None:
    out = apply_features(POINTS, ["x1_x2", "x1"])
    assert out.shape == (3, 2)
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out[:, 0], POINTS[:, 0] * POINTS[:, 1])
    np.testing.assert_array_equal(out[:, 1], POINTS[:, 0])


def test_integer_points_give_float_features() -> None:
    out = apply_features(np.array([[1, 2], [3, 4]]), ["x1_sq"])
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out[:, 0], [1.0, 9.0])


def test_unknown_feature_is_rejected_with_the_list_of_names() -> None:
    with pytest.raises(ValueError, match=r"Unknown feature 'foo'; expected one of: x1, x2, x1_sq"):
        check_features(["x1", "foo"])


def test_empty_feature_list_is_rejected() -> None:
    with pytest.raises(ValueError, match="At least one input feature"):
        check_features([])


def test_duplicate_feature_is_rejected() -> None:
    with pytest.raises(ValueError, match="'x2' is listed twice"):
        check_features(["x2", "x1", "x2"])


def test_single_string_is_rejected_instead_of_split_into_letters() -> None:
    with pytest.raises(ValueError, match="not the single string 'x1'"):
        check_features("x1")


def test_points_must_be_two_dimensional() -> None:
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        apply_features(np.zeros((4, 3)), ["x1"])
