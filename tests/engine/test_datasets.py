from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import numpy as np
import pytest

from nnplayground.engine.config import DataConfig
from nnplayground.engine.csvdata import CsvError, save_csv
from nnplayground.engine.datasets import (
    REGISTRY,
    DataInfo,
    Dataset,
    check_data_config,
    dataset_classes,
    dataset_names,
    dataset_task,
    describe,
    infer_task,
    make_dataset,
)

CLASSIFICATION = ["circle", "xor", "gaussian", "spiral", "moons", "blobs"]
REGRESSION = ["plane", "gaussian_bumps", "sine", "price"]
ALL = CLASSIFICATION + REGRESSION
ARRAYS = [f.name for f in fields(Dataset) if f.name.split("_")[0] in ("points", "X", "y", "labels")]


def all_points(ds: Dataset) -> np.ndarray:
    return np.concatenate([ds.points_train, ds.points_test])


def all_labels(ds: Dataset) -> np.ndarray:
    return np.concatenate([ds.labels_train, ds.labels_test])


def test_registry_lists_every_dataset_with_its_task() -> None:
    assert REGISTRY.names() == ALL
    assert dataset_names("classification") == CLASSIFICATION
    assert dataset_names("regression") == REGRESSION
    assert all(dataset_task(name) == "classification" for name in CLASSIFICATION)
    assert all(dataset_task(name) == "regression" for name in REGRESSION)


def test_class_counts_are_two_except_blobs_and_zero_for_regression() -> None:
    assert [dataset_classes(name, 4) for name in ALL] == [2, 2, 2, 2, 2, 4, 0, 0, 0, 0]


def test_only_blobs_has_a_class_count_parameter() -> None:
    assert [p.name for p in REGISTRY.params("blobs")] == ["n_classes"]
    assert all(REGISTRY.params(name) == () for name in ALL if name != "blobs")


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("noise", [0.0, 0.5, 1.0])
def test_shapes_and_dtypes(name: str, noise: float) -> None:
    ds = make_dataset(DataConfig(dataset=name, n_points=101, noise=noise, n_classes=4))
    n_tr, n_te = ds.points_train.shape[0], ds.points_test.shape[0]
    assert (n_tr, n_te) == (50, 51)  # round(101 * 0.5) = 50
    assert ds.points_train.shape == (n_tr, 2) and ds.points_test.shape == (n_te, 2)
    assert ds.X_train.shape == (n_tr, 2) and ds.X_train.dtype == np.float64
    assert ds.labels_train.shape == (n_tr,) and ds.labels_test.shape == (n_te,)
    width = 4 if name == "blobs" else 1
    assert ds.y_train.shape == (n_tr, width) and ds.y_test.shape == (n_te, width)
    assert ds.y_train.dtype == np.float64
    assert ds.task == dataset_task(name)
    assert ds.source == name
    for array in (getattr(ds, a) for a in ARRAYS):
        assert np.all(np.isfinite(array))


@pytest.mark.parametrize("name", ALL)
def test_same_seed_gives_identical_arrays(name: str) -> None:
    cfg = DataConfig(dataset=name, noise=0.3, seed=7, n_classes=5, features=("x1", "sin_x2"))
    first, second = make_dataset(cfg), make_dataset(cfg)
    for attr in ARRAYS:
        a, b = getattr(first, attr), getattr(second, attr)
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), attr


@pytest.mark.parametrize("name", ALL)
def test_different_seed_gives_different_points(name: str) -> None:
    a = make_dataset(DataConfig(dataset=name, noise=0.3, seed=1))
    b = make_dataset(DataConfig(dataset=name, noise=0.3, seed=2))
    assert not np.array_equal(a.points_train, b.points_train)


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_every_class_is_present_and_roughly_balanced(name: str) -> None:
    ds = make_dataset(DataConfig(dataset=name, n_points=1000, noise=0.2, n_classes=5))
    counts = np.bincount(all_labels(ds), minlength=ds.n_classes)
    assert counts.size == ds.n_classes
    assert counts.min() >= 0.3 * counts.max(), counts
    assert np.bincount(ds.labels_train, minlength=ds.n_classes).min() > 0


@pytest.mark.parametrize("name", [n for n in CLASSIFICATION if n != "xor"])  # xor: by quadrant
def test_noise_free_classes_are_exactly_balanced(name: str) -> None:
    ds = make_dataset(DataConfig(dataset=name, n_points=600, n_classes=3))
    assert np.ptp(np.bincount(all_labels(ds))) <= 1


@pytest.mark.parametrize("n_classes", [3, 4, 5])
def test_blob_targets_are_one_hot_of_the_labels(n_classes: int) -> None:
    ds = make_dataset(DataConfig(dataset="blobs", n_classes=n_classes))
    assert ds.n_classes == n_classes
    np.testing.assert_array_equal(ds.y_train.argmax(axis=1), ds.labels_train)
    np.testing.assert_array_equal(ds.y_train.sum(axis=1), 1.0)


@pytest.mark.parametrize("name", [n for n in CLASSIFICATION if n != "blobs"])
def test_binary_targets_are_zero_or_one_column(name: str) -> None:
    ds = make_dataset(DataConfig(dataset=name, noise=0.5))
    assert ds.n_classes == 2
    assert set(np.unique(ds.y_train)) <= {0.0, 1.0}
    np.testing.assert_array_equal(ds.y_train[:, 0], ds.labels_train)


@pytest.mark.parametrize("name", REGRESSION)
def test_regression_targets_equal_the_labels(name: str) -> None:
    ds = make_dataset(DataConfig(dataset=name, noise=0.5))
    assert ds.n_classes == 0 and ds.labels_train.dtype == np.float64
    np.testing.assert_array_equal(ds.y_test[:, 0], ds.labels_test)


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("noise", [0.0, 1.0])
def test_bounds_contain_every_point_with_a_margin(name: str, noise: float) -> None:
    ds = make_dataset(DataConfig(dataset=name, noise=noise, n_classes=5))
    xmin, xmax, ymin, ymax = ds.bounds
    pts = all_points(ds)
    assert xmin < pts[:, 0].min() and pts[:, 0].max() < xmax
    assert ymin < pts[:, 1].min() and pts[:, 1].max() < ymax
    assert xmin <= -6 and xmax >= 6 and ymin <= -6 and ymax >= 6


def test_noise_free_datasets_share_one_view() -> None:
    views = {make_dataset(DataConfig(dataset=n)).bounds for n in ALL if n != "blobs"}
    assert len(views) == 1
    assert views.pop() == pytest.approx((-6.6, 6.6, -6.6, 6.6))


@pytest.mark.parametrize("noise", [0.0, 1.0])
def test_price_targets_are_strictly_positive(noise: float) -> None:
    ds = make_dataset(DataConfig(dataset="price", n_points=5000, noise=noise, seed=3))
    assert all_labels(ds).min() > 0


def test_regression_targets_follow_their_formulas_without_noise() -> None:
    formulas = {
        "plane": lambda x1, x2: (x1 + x2) / 10,
        "sine": lambda x1, x2: np.sin(x1 / 2) * np.cos(x2 / 3),
        "price": lambda x1, x2: np.exp((x1 + x2) / 8),
    }
    for name, formula in formulas.items():
        ds = make_dataset(DataConfig(dataset=name))
        x1, x2 = ds.points_train.T
        np.testing.assert_allclose(ds.labels_train, formula(x1, x2), err_msg=name)


def test_gaussian_bumps_peak_at_their_signed_centres() -> None:
    ds = make_dataset(DataConfig(dataset="gaussian_bumps", n_points=5000))
    pts, y = all_points(ds), all_labels(ds)
    near = lambda cx, cy: np.hypot(pts[:, 0] - cx, pts[:, 1] - cy) < 0.3  # noqa: E731
    assert y[near(-4, 2.5)].min() > 0.9 and y[near(0, 2.5)].max() < -0.9
    assert np.abs(y).max() <= 1.0 + 1e-9


def test_circle_without_noise_labels_the_inner_disc() -> None:
    ds = make_dataset(DataConfig(dataset="circle", n_points=400))
    r = np.hypot(*all_points(ds).T)
    np.testing.assert_array_equal(all_labels(ds), (r < 2.5).astype(int))
    assert r.max() <= 5 and not np.any((r > 2.5) & (r < 3.5))


def test_xor_without_noise_labels_by_quadrant() -> None:
    ds = make_dataset(DataConfig(dataset="xor"))
    x1, x2 = all_points(ds).T
    np.testing.assert_array_equal(all_labels(ds), (x1 * x2 >= 0).astype(int))
    assert np.abs(all_points(ds)).min() >= 0.3


def test_noise_flips_some_labels_near_the_boundary() -> None:
    ds = make_dataset(DataConfig(dataset="xor", n_points=2000, noise=1.0))
    x1, x2 = all_points(ds).T
    wrong = np.mean(all_labels(ds) != (x1 * x2 >= 0))
    assert 0.05 < wrong < 0.45


def test_features_are_applied_to_the_split_points() -> None:
    ds = make_dataset(DataConfig(dataset="moons", features=("x1_x2", "x2_sq", "sin_x1")))
    x1, x2 = ds.points_test.T
    np.testing.assert_allclose(ds.X_test, np.column_stack([x1 * x2, x2**2, np.sin(x1)]))
    assert ds.features == ("x1_x2", "x2_sq", "sin_x1")


def test_split_follows_the_train_ratio_and_keeps_one_point_each_side() -> None:
    assert make_dataset(DataConfig(n_points=200, train_ratio=0.8)).points_train.shape[0] == 160
    tiny = make_dataset(DataConfig(n_points=10, train_ratio=0.01))
    assert (tiny.points_train.shape[0], tiny.points_test.shape[0]) == (1, 9)
    big = make_dataset(DataConfig(n_points=10, train_ratio=0.99))
    assert (big.points_train.shape[0], big.points_test.shape[0]) == (9, 1)


def test_split_is_shuffled_and_disjoint() -> None:
    ds = make_dataset(DataConfig(dataset="spiral", n_points=400, noise=0.1))
    # Spiral points are generated class by class; a shuffled split mixes them.
    assert 0 < ds.labels_train[:50].mean() < 1
    rows = {tuple(p) for p in ds.points_train} | {tuple(p) for p in ds.points_test}
    assert len(rows) == 400


def test_dataset_arrays_are_read_only() -> None:
    ds = make_dataset(DataConfig())
    with pytest.raises(ValueError, match="read-only"):
        ds.X_train[0, 0] = 1.0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"dataset": "donut"}, "Unknown dataset 'donut'; expected one of: circle, xor"),
        ({"n_points": 9}, "n_points must be a whole number from 10 to 10000, got 9."),
        ({"n_points": 10_001}, "n_points must be a whole number from 10 to 10000"),
        ({"n_points": 50.0}, "n_points must be a whole number"),
        ({"noise": -0.1}, "noise must be a number from 0 to 1, got -0.1."),
        ({"noise": 1.5}, "noise must be a number from 0 to 1"),
        ({"noise": float("nan")}, "noise must be a number from 0 to 1"),
        ({"train_ratio": 0.0}, "train_ratio must be between 0 and 1 (exclusive), got 0.0."),
        ({"train_ratio": 1.0}, "train_ratio must be between 0 and 1"),
        ({"seed": -1}, "seed must be a whole number of at least 0, got -1."),
        ({"dataset": "blobs", "n_classes": 6}, "dataset 'blobs': 'n_classes' must be at most 5"),
        ({"dataset": "blobs", "n_classes": 2}, "dataset 'blobs': 'n_classes' must be at least 3"),
        ({"features": ("x1", "x3")}, "Unknown feature 'x3'; expected one of: x1, x2"),
        ({"features": ()}, "At least one input feature is needed"),
    ],
)
def test_invalid_config_is_rejected_with_one_sentence(
    changes: dict[str, object], message: str
) -> None:
    cfg = replace(DataConfig(), **changes)
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        check_data_config(cfg)
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        make_dataset(cfg)


def test_class_count_is_ignored_for_fixed_class_datasets() -> None:
    assert make_dataset(DataConfig(dataset="circle", n_classes=99)).n_classes == 2


# --- CSV ------------------------------------------------------------------------------


def _csv(tmp_path: Path, labels: np.ndarray) -> str:
    rng = np.random.default_rng(0)
    path = tmp_path / "mine.csv"
    save_csv(path, rng.uniform(-3, 3, size=(labels.size, 2)), labels)
    return str(path)


def test_csv_with_two_integer_labels_is_binary_classification(tmp_path: Path) -> None:
    labels = np.tile([-1.0, 1.0], 20)
    ds = make_dataset(DataConfig(dataset="ignored", csv_path=_csv(tmp_path, labels)))
    assert (ds.task, ds.n_classes) == ("classification", 2)
    assert set(np.unique(all_labels(ds))) == {0, 1}  # -1/1 renumbered to 0/1
    assert ds.y_train.shape == (20, 1)
    assert ds.source.endswith("mine.csv")


def test_csv_with_several_integer_labels_is_one_hot(tmp_path: Path) -> None:
    labels = np.tile([1.0, 2.0, 5.0, 7.0], 10)
    ds = make_dataset(DataConfig(csv_path=_csv(tmp_path, labels)))
    assert (ds.task, ds.n_classes) == ("classification", 4)
    assert ds.y_test.shape == (20, 4)


def test_csv_with_fractional_labels_is_regression(tmp_path: Path) -> None:
    labels = np.linspace(0, 1, 30)
    ds = make_dataset(DataConfig(csv_path=_csv(tmp_path, labels), train_ratio=0.6))
    assert (ds.task, ds.n_classes) == ("regression", 0)
    assert ds.y_train.shape == (18, 1)
    np.testing.assert_array_equal(np.sort(all_labels(ds)), labels)


def test_csv_points_keep_their_own_bounds(tmp_path: Path) -> None:
    ds = make_dataset(DataConfig(csv_path=_csv(tmp_path, np.tile([0.0, 1.0], 10))))
    xmin, xmax, _, _ = ds.bounds
    pts = all_points(ds)
    assert xmin < pts[:, 0].min() and xmax > pts[:, 0].max() and xmax < 6


def test_csv_errors_surface_from_make_dataset(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="missing.csv: the file does not exist"):
        make_dataset(DataConfig(csv_path=str(tmp_path / "missing.csv")))


@pytest.mark.parametrize(
    ("labels", "task"),
    [
        ([0, 1, 0, 1], "classification"),
        (list(range(10)), "classification"),
        (list(range(11)), "regression"),
        ([3, 3, 3], "regression"),
        ([0.0, 0.5, 1.0], "regression"),
    ],
)
def test_infer_task_rule(labels: list[float], task: str) -> None:
    assert infer_task(np.array(labels, dtype=float)) == task


def test_engine_dataset_modules_do_not_import_qt() -> None:
    code = (
        "import sys, nnplayground.engine.datasets, nnplayground.engine.csvdata, "
        "nnplayground.engine.features; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------- one home for class counts


@pytest.mark.parametrize("name", ALL)
def test_describe_gives_the_task_and_classes_the_dataset_carries(name: str) -> None:
    cfg = DataConfig(dataset=name, n_points=40, n_classes=4)
    ds = make_dataset(cfg)
    assert describe(cfg) == DataInfo(ds.task, ds.n_classes)


def test_describe_reads_a_csv_like_make_dataset_and_notices_a_changed_file(
    tmp_path: Path,
) -> None:
    path = _csv(tmp_path, np.array([-1.0, 1.0] * 10))
    cfg = DataConfig(csv_path=path)
    assert (
        describe(cfg)
        == DataInfo("classification", make_dataset(cfg).n_classes)
        == (DataInfo("classification", 2))
    )
    save_csv(path, np.zeros((30, 2)), np.array([0.0, 1.0, 2.0] * 10))  # same path, new file
    assert (
        describe(cfg)
        == DataInfo("classification", 3)
        == DataInfo("classification", make_dataset(cfg).n_classes)
    )
    save_csv(path, np.zeros((30, 2)), np.linspace(0.0, 1.0, 30))
    assert describe(cfg) == DataInfo("regression", 0)


def test_describe_refuses_an_unreadable_csv_with_the_loader_sentence(tmp_path: Path) -> None:
    cfg = DataConfig(csv_path=str(tmp_path / "gone.csv"))
    with pytest.raises(CsvError) as info:
        describe(cfg)
    with pytest.raises(CsvError) as same:
        make_dataset(cfg)
    assert str(info.value) == str(same.value)
