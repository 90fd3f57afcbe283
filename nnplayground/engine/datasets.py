"""2-D toy datasets in the style of TensorFlow Playground, and the train/test split.

Every generator has the signature ``generator(rng, n, noise, **params) -> (points, labels)``
with ``points`` ``(n, 2)`` roughly inside ``[-6, 6]²`` and ``labels`` ``(n,)``: an int class
index for classification, a float target for regression. ``noise`` in ``[0, 1]`` plays the
role of the Playground's 0-50 % slider (``noise = 1`` is its 50 %). As in the Playground,
for ``circle``, ``xor``, ``plane``, ``gaussian_bumps`` and ``sine`` the point stays put and
its label is computed at a jittered position, so labels near the boundary come out wrong;
``gaussian`` and ``blobs`` widen their clusters, ``spiral`` and ``moons`` jitter the points,
``price`` multiplies its target by log-normal noise (so it stays positive).

:func:`make_dataset` turns a :class:`~nnplayground.engine.config.DataConfig` into a
:class:`Dataset`: generated (or CSV) points, shuffled split, features and network targets.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from nnplayground.engine.config import TASKS, DataConfig, DataPoints
from nnplayground.engine.csvdata import load_csv
from nnplayground.engine.features import apply_features, check_features
from nnplayground.engine.registry import Param, Registry
from nnplayground.limits import (
    MAX_EDITED_POINTS,
    MAX_POINTS,
    MAX_SEED,
    MIN_EDITED_POINTS,
    MIN_POINTS,
)
from nnplayground.messages import QT_TRANSLATE_NOOP, text

FloatArray = NDArray[np.float64]
Sample = tuple[FloatArray, NDArray[Any]]
"""What a generator returns: ``points (n, 2)`` float64 and ``labels (n,)``."""

# Entries' factories are the generators themselves; call them as
# ``REGISTRY.entry(name).factory(rng, n, noise, **params)`` (``REGISTRY.get`` cannot pass
# ``rng``, ``n`` and ``noise``). ``params`` lists only dataset-specific knobs (blobs' n_classes).
REGISTRY: Registry[Sample] = Registry("dataset")
_TASK: dict[str, str] = {}
_VARIABLE_CLASSES = "n_classes"  # a generator with this parameter has a variable class count

MAX_CSV_CLASSES = 10
RADIUS = 6.0  # generated points lie roughly in [-RADIUS, RADIUS]², as in the Playground
_TF_NOISE = 0.5  # our noise 1.0 is the Playground's 50 %


def _register(
    name: str, task: str, summary: str, params: tuple[Param, ...] = ()
) -> Callable[[Callable[..., Sample]], Callable[..., Sample]]:
    assert task in TASKS, task

    def decorate(generator: Callable[..., Sample]) -> Callable[..., Sample]:
        REGISTRY.register(name, generator, params, summary)
        _TASK[name] = task
        return generator

    return decorate


def _split_counts(n: int) -> tuple[int, int]:
    """``(n1, n0)``: points of class 1 and class 0, differing by at most one."""
    return n - n // 2, n // 2


def _jitter(rng: np.random.Generator, n: int, noise: float, scale: float) -> FloatArray:
    """Uniform offsets ``U(-scale, scale) · 0.5 · noise``, shape ``(n, 2)``."""
    return rng.uniform(-scale, scale, size=(n, 2)) * (_TF_NOISE * noise)


def _polar(r: FloatArray, angle: FloatArray) -> FloatArray:
    """Points ``(r sin a, r cos a)``, shape ``(n, 2)``."""
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


# --- classification -------------------------------------------------------------------


@_register("circle", "classification", "Disc of class 1 (r < 2.5) inside a ring of class 0.")
def circle(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Half the points in the disc ``r < 2.5``, half in the ring ``3.5 < r < 5``;
    label 1 where the jittered point has ``r < 2.5``."""
    n1, n0 = _split_counts(n)
    r = np.concatenate([rng.uniform(0.0, 2.5, n1), rng.uniform(3.5, 5.0, n0)])
    points = _polar(r, rng.uniform(0.0, 2 * np.pi, n))
    moved = points + _jitter(rng, n, noise, 5.0)
    return points, (np.hypot(moved[:, 0], moved[:, 1]) < 2.5).astype(np.int64)


@_register("xor", "classification", "Quadrants: class 1 where x1·x2 ≥ 0.")
def xor(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Uniform in ``[-5, 5]²`` pushed 0.3 away from the axes; label ``x1·x2 ≥ 0``."""
    points = rng.uniform(-5.0, 5.0, size=(n, 2))
    points += np.where(points > 0, 0.3, -0.3)
    moved = points + _jitter(rng, n, noise, 5.0)
    return points, (moved[:, 0] * moved[:, 1] >= 0).astype(np.int64)


@_register("gaussian", "classification", "Two Gaussian blobs at (2, 2) and (-2, -2).")
def gaussian(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Class 1 around ``(2, 2)``, class 0 around ``(-2, -2)``; variance ``0.5 + 3.5·noise``."""
    n1, n0 = _split_counts(n)
    std = math.sqrt(0.5 + 7.0 * _TF_NOISE * noise)
    centres = np.repeat([[2.0, 2.0], [-2.0, -2.0]], [n1, n0], axis=0)
    points = centres + rng.normal(0.0, std, size=(n, 2))
    return points, np.repeat(np.array([1, 0], dtype=np.int64), [n1, n0])


@_register("spiral", "classification", "Two interleaved spirals.")
def spiral(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Arm ``k`` (phase ``k·π``): ``r = 5·i/m``, ``t = 3.5π·i/m + k·π`` for ``i < m``;
    class 1 is arm 0. Points jitter by ``U(-1, 1)·0.5·noise``."""
    counts = _split_counts(n)
    arm = np.repeat([0, 1], counts)
    step = np.concatenate([np.arange(m) / m for m in counts])
    points = _polar(5.0 * step, 1.75 * 2 * np.pi * step + np.pi * arm)
    points += _jitter(rng, n, noise, 1.0)
    return points, (arm == 0).astype(np.int64)


@_register("moons", "classification", "Two interleaving half-moons.")
def moons(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Class 0 on ``(cos t, sin t)``, class 1 on ``(1 - cos t, 0.5 - sin t)``, ``t ~ U(0, π)``,
    centred and scaled by 3; Gaussian jitter with std ``1.5·noise``."""
    n1, n0 = _split_counts(n)
    t = rng.uniform(0.0, np.pi, n)
    cls = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    x = np.where(cls == 0, np.cos(t), 1.0 - np.cos(t))
    y = np.where(cls == 0, np.sin(t), 0.5 - np.sin(t))
    points = 3.0 * (np.column_stack([x, y]) - [0.5, 0.25])
    points += rng.normal(0.0, 1.5 * noise, size=(n, 2))
    return points, cls


@_register(
    "blobs",
    "classification",
    "K Gaussian blobs on a circle (K from 3 to 5).",
    (Param("n_classes", 3, 3, 5, "number of classes", kind="int"),),
)
def blobs(rng: np.random.Generator, n: int, noise: float, n_classes: int = 3) -> Sample:
    """``n_classes`` blobs centred at radius 4, angles ``2πk/K``; variance ``0.5 + 3.5·noise``.
    Class ``k`` gets every ``K``-th point, so class sizes differ by at most one."""
    labels = np.arange(n, dtype=np.int64) % n_classes
    angles = 2 * np.pi * np.arange(n_classes) / n_classes
    centres = _polar(np.full(n_classes, 4.0), angles)
    std = math.sqrt(0.5 + 7.0 * _TF_NOISE * noise)
    return centres[labels] + rng.normal(0.0, std, size=(n, 2)), labels


# --- regression -----------------------------------------------------------------------


def _uniform_square(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, ...]:
    """Points ``U(-6, 6)²`` and the jittered positions ``(x1, x2)`` their target is read at."""
    points = rng.uniform(-RADIUS, RADIUS, size=(n, 2))
    moved = points + _jitter(rng, n, noise, RADIUS)
    return points, moved[:, 0], moved[:, 1]


@_register("plane", "regression", "Tilted plane: target = (x1 + x2) / 10.")
def plane(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Target ``(x1 + x2) / 10``, in ``[-1.2, 1.2]``."""
    points, x1, x2 = _uniform_square(rng, n, noise)
    return points, (x1 + x2) / 10.0


_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]]
)


@_register("gaussian_bumps", "regression", "Six signed Gaussian bumps (±1) in a 3×2 grid.")
def gaussian_bumps(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Target ``Σ_k s_k exp(-|x - c_k|² / 2)`` over the Playground's six centres ``c_k``
    (x ∈ {-4, 0, 4}, y = ±2.5) with alternating signs ``s_k = ±1``."""
    points, x1, x2 = _uniform_square(rng, n, noise)
    d2 = (x1[:, None] - _BUMPS[:, 0]) ** 2 + (x2[:, None] - _BUMPS[:, 1]) ** 2
    return points, np.exp(-0.5 * d2) @ _BUMPS[:, 2]


@_register("sine", "regression", "Smooth waves: target = sin(x1 / 2) · cos(x2 / 3).")
def sine(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Target ``sin(x1 / 2) · cos(x2 / 3)``, in ``[-1, 1]``."""
    points, x1, x2 = _uniform_square(rng, n, noise)
    return points, np.sin(x1 / 2.0) * np.cos(x2 / 3.0)


@_register("price", "regression", "Always-positive 'price': exp((x1 + x2) / 8).")
def price(rng: np.random.Generator, n: int, noise: float) -> Sample:
    """Target ``exp((x1 + x2) / 8) · exp(0.5·noise·ε)``, ``ε ~ N(0, 1)``: strictly positive
    (about 0.22 to 4.5 without noise), so a ReLU output unit never needs a negative value.
    The noise is multiplicative, so no clipping is needed to keep the target above zero."""
    points = rng.uniform(-RADIUS, RADIUS, size=(n, 2))
    log_price = (points[:, 0] + points[:, 1]) / 8.0 + _TF_NOISE * noise * rng.normal(size=n)
    return points, np.exp(log_price)


# --- queries --------------------------------------------------------------------------


def dataset_names(task: str | None = None) -> list[str]:
    """Registered dataset names in order, optionally only those of one task."""
    return [name for name in REGISTRY.names() if task is None or _TASK[name] == task]


def dataset_task(name: str) -> str:
    """``"classification"`` or ``"regression"``; ``ValueError`` for an unknown dataset."""
    return _TASK[REGISTRY.canonical(name)]


def dataset_classes(name: str, n_classes: int = 3) -> int:
    """Class count of dataset ``name``: 0 for regression, 2 for binary datasets, and
    ``n_classes`` (checked against the parameter's range) for ``blobs``."""
    entry = REGISTRY.entry(name)
    if _TASK[entry.name] == "regression":
        return 0
    if any(p.name == _VARIABLE_CLASSES for p in entry.params):
        return int(
            REGISTRY.check_params(entry.name, {_VARIABLE_CLASSES: n_classes})[_VARIABLE_CLASSES]
        )
    return 2


@dataclass(frozen=True)
class DataInfo:
    """What a data config gives without generating its points: the task of the data and
    its number of classes (0 for regression data). :class:`Dataset` carries the same two
    facts; this is their one home for a caller that only holds the config."""

    task: str
    n_classes: int


def describe(cfg: DataConfig, task: str | None = None) -> DataInfo:
    """The task and class count of the data ``cfg`` describes.

    Generated data: from the registry (``blobs`` reads ``cfg.n_classes``); a CSV file: from
    its labels, as :func:`make_dataset` numbers them (read once per file version). Raises
    ``ValueError`` (:class:`~nnplayground.engine.csvdata.CsvError`) for an unreadable file
    or an unknown dataset.
    """
    if cfg.csv_path is None:
        return DataInfo(dataset_task(cfg.dataset), dataset_classes(cfg.dataset, cfg.n_classes))
    # ``task`` given: a CSV's labels are checked for it (fractional class labels refused).
    raw = _from_csv(os.fspath(cfg.csv_path), task)  # read once (read_csv_cached)
    return DataInfo(raw.task, raw.n_classes)


def infer_task(labels: NDArray[np.floating]) -> str:
    """Task of user-supplied ``labels (n,)``: classification when every label is a whole
    number and there are 2 to 10 distinct values (e.g. 0/1, -1/1, 1/2/3), else regression."""
    values = np.unique(labels)
    if 2 <= values.size <= MAX_CSV_CLASSES and np.all(values == np.round(values)):
        return "classification"
    return "regression"


# --- the dataset ----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points, features and targets of one experiment, split into train and test.

    Arrays are read-only. ``points_*`` ``(n, 2)`` are the raw points for plots; ``X_*``
    ``(n, n_features)`` the features the network sees; ``y_*`` the network targets:
    ``(n, 1)`` of 0.0/1.0 for two classes, one-hot ``(n, K)`` for K > 2 classes, ``(n, 1)``
    floats for regression. ``labels_*`` ``(n,)`` hold the class index (int) or the target
    (float). ``n_classes`` is 0 for regression. ``bounds`` is ``(xmin, xmax, ymin, ymax)``
    covering every point with a margin, for the decision-boundary grid.
    """

    points_train: FloatArray
    points_test: FloatArray
    X_train: FloatArray
    X_test: FloatArray
    y_train: FloatArray
    y_test: FloatArray
    labels_train: NDArray[Any]
    labels_test: NDArray[Any]
    task: str
    n_classes: int
    features: tuple[str, ...]
    bounds: tuple[float, float, float, float]
    source: str  # the dataset name, or the CSV file's path


N_POINTS_RANGE = QT_TRANSLATE_NOOP(
    "messages", "n_points must be a whole number from {minimum} to {maximum}, got {value}."
)
NOISE_RANGE = QT_TRANSLATE_NOOP("messages", "noise must be a number from 0 to 1, got {value}.")
TRAIN_RATIO_RANGE = QT_TRANSLATE_NOOP(
    "messages", "train_ratio must be between 0 and 1 (exclusive), got {value}."
)
SEED_RANGE = QT_TRANSLATE_NOOP(
    "messages", "seed must be a whole number of at least 0, got {value}."
)
SEED_MAX = QT_TRANSLATE_NOOP("messages", "seed must be at most {maximum}, got {value}.")
CSV_NOT_CLASS = QT_TRANSLATE_NOOP(
    "messages",
    "{file}: the label {value} in data row {row} is not a whole number; a classification "
    "task needs class labels such as 0 and 1.",
)
CSV_ONE_CLASS = QT_TRANSLATE_NOOP(
    "messages",
    "{file}: every label is {value}; a classification task needs at least two classes.",
)
CSV_TOO_MANY_CLASSES = QT_TRANSLATE_NOOP(
    "messages",
    "{file}: {count} different labels; a classification task takes at most {maximum} "
    "classes (is this a regression task?).",
)


def check_data_config(cfg: DataConfig) -> None:
    """Raise ``ValueError`` with one sentence for the first problem in ``cfg``.

    ``dataset`` and ``n_classes`` are only checked when no ``csv_path`` replaces them.
    """
    if not _is_int(cfg.n_points) or not MIN_POINTS <= cfg.n_points <= MAX_POINTS:
        raise ValueError(
            text(N_POINTS_RANGE, minimum=MIN_POINTS, maximum=MAX_POINTS, value=repr(cfg.n_points))
        )
    if not _is_real(cfg.noise) or not 0.0 <= cfg.noise <= 1.0:
        raise ValueError(text(NOISE_RANGE, value=repr(cfg.noise)))
    if not _is_real(cfg.train_ratio) or not 0.0 < cfg.train_ratio < 1.0:
        raise ValueError(text(TRAIN_RATIO_RANGE, value=repr(cfg.train_ratio)))
    if not _is_int(cfg.seed) or cfg.seed < 0:
        raise ValueError(text(SEED_RANGE, value=repr(cfg.seed)))
    if cfg.seed > MAX_SEED:
        raise ValueError(text(SEED_MAX, maximum=MAX_SEED, value=repr(cfg.seed)))
    check_features(cfg.features)
    if cfg.csv_path is None:
        dataset_classes(cfg.dataset, cfg.n_classes)  # unknown name or bad class count
    if cfg.points is not None and not MIN_EDITED_POINTS <= len(cfg.points) <= MAX_EDITED_POINTS:
        raise ValueError(
            text(
                POINTS_COUNT,
                minimum=MIN_EDITED_POINTS,
                maximum=MAX_EDITED_POINTS,
                value=len(cfg.points),
            )
        )


POINTS_COUNT = QT_TRANSLATE_NOOP(
    "messages",
    "Edited data needs {minimum} to {maximum} points (at least one to train on and one "
    "to test), got {value}.",
)
POINTS_SPLIT = QT_TRANSLATE_NOOP(
    "messages", "Edited data needs at least one training point and one test point."
)
POINTS_SHAPE = QT_TRANSLATE_NOOP(
    "messages", "Edited data needs two finite coordinates and one label for each point."
)
POINTS_LABEL = QT_TRANSLATE_NOOP(
    "messages", "The label {value} of edited point {row} is not a class from 0 to {maximum}."
)
POINTS_TARGET = QT_TRANSLATE_NOOP(
    "messages", "The target of edited point {row} must be a finite number, got {value}."
)


def check_points(points: DataPoints, task: str, n_classes: int) -> None:
    """Raise ``ValueError`` with one sentence unless ``points`` are usable for ``task``:
    MIN_EDITED_POINTS to MAX_EDITED_POINTS of them, finite, with one train and one test
    point at least, class labels in ``0..n_classes-1`` (or finite regression targets)."""
    n = len(points.xy)
    if not MIN_EDITED_POINTS <= n <= MAX_EDITED_POINTS:
        raise ValueError(
            text(POINTS_COUNT, minimum=MIN_EDITED_POINTS, maximum=MAX_EDITED_POINTS, value=n)
        )
    xy = np.asarray(points.xy, dtype=np.float64)
    if xy.shape != (n, 2) or len(points.labels) != n or len(points.test) != n:
        raise ValueError(text(POINTS_SHAPE))
    if not np.isfinite(xy).all():
        raise ValueError(text(POINTS_SHAPE))
    test = np.asarray(points.test, dtype=bool)
    if test.all() or not test.any():
        raise ValueError(text(POINTS_SPLIT))
    for row, label in enumerate(points.labels, start=1):
        if task == "classification":
            if not _is_int(label) or not 0 <= label < n_classes:
                raise ValueError(
                    text(POINTS_LABEL, value=repr(label), row=row, maximum=n_classes - 1)
                )
        elif isinstance(label, bool) or not _is_real(label):
            raise ValueError(text(POINTS_TARGET, row=row, value=repr(label)))


def _from_points(cfg: DataConfig, task: str | None) -> Dataset:
    """The dataset of hand-placed ``cfg.points``: their own split, the features of ``cfg``,
    the task and classes of the data they replace."""
    info = describe(cfg, task)
    pts = cfg.points
    assert pts is not None
    check_points(pts, info.task, info.n_classes)
    xy = np.asarray(pts.xy, dtype=np.float64).reshape(-1, 2)
    dtype = np.int64 if info.task == "classification" else np.float64
    labels = np.asarray(pts.labels, dtype=dtype)
    test = np.asarray(pts.test, dtype=bool)
    targets = _targets(labels, info.task, info.n_classes)
    # Generated data keep the fixed [-6.6, 6.6]² view, so the plot does not jump per click.
    nominal = 1.1 * RADIUS if cfg.csv_path is None else None
    return Dataset(
        points_train=_frozen(xy[~test]),
        points_test=_frozen(xy[test]),
        X_train=_frozen(apply_features(xy[~test], cfg.features)),
        X_test=_frozen(apply_features(xy[test], cfg.features)),
        y_train=_frozen(targets[~test]),
        y_test=_frozen(targets[test]),
        labels_train=_frozen(labels[~test]),
        labels_test=_frozen(labels[test]),
        task=info.task,
        n_classes=info.n_classes,
        features=tuple(cfg.features),
        bounds=_bounds(xy, nominal),
        source=cfg.csv_path or cfg.dataset,
    )


def make_dataset(cfg: DataConfig, task: str | None = None) -> Dataset:
    """Generate (or load from ``cfg.csv_path``) the points, shuffle and split them with
    ``cfg.seed``, apply ``cfg.features``. The same ``cfg`` gives a bit-identical result.

    For a CSV file the task is ``task`` (the experiment's) or, if None, comes from
    :func:`infer_task`; class labels are renumbered ``0..K-1`` in increasing order of
    their values (so -1/1 becomes 0/1). For classification the labels must be whole
    numbers with 2 to 10 distinct values (``ValueError`` naming the file otherwise). The
    file is read once per path, size and modification time (see :func:`read_csv_cached`).
    """
    check_data_config(cfg)
    if cfg.points is not None:
        return _from_points(cfg, task)
    rng = np.random.default_rng(cfg.seed)
    if cfg.csv_path is not None:
        raw = _from_csv(cfg.csv_path, task)
    else:
        raw = _generate(cfg, rng)
    n = raw.points.shape[0]
    order = rng.permutation(n)
    n_train = min(max(round(n * cfg.train_ratio), 1), n - 1)
    train, test = order[:n_train], order[n_train:]
    targets = _targets(raw.labels, raw.task, raw.n_classes)
    return Dataset(
        points_train=_frozen(raw.points[train]),
        points_test=_frozen(raw.points[test]),
        X_train=_frozen(apply_features(raw.points[train], cfg.features)),
        X_test=_frozen(apply_features(raw.points[test], cfg.features)),
        y_train=_frozen(targets[train]),
        y_test=_frozen(targets[test]),
        labels_train=_frozen(raw.labels[train]),
        labels_test=_frozen(raw.labels[test]),
        task=raw.task,
        n_classes=raw.n_classes,
        features=tuple(cfg.features),
        bounds=_bounds(raw.points, raw.nominal),
        source=raw.source,
    )


@dataclass(frozen=True, eq=False)
class _Raw:
    """All points before the split, with what :func:`make_dataset` needs to know of them."""

    points: FloatArray
    labels: NDArray[Any]
    task: str
    n_classes: int
    source: str
    nominal: float | None  # half-width of the square the view always shows, if any


def _generate(cfg: DataConfig, rng: np.random.Generator) -> _Raw:
    entry = REGISTRY.entry(cfg.dataset)
    params = REGISTRY.check_params(entry.name, {p.name: getattr(cfg, p.name) for p in entry.params})
    points, labels = entry.factory(rng, cfg.n_points, cfg.noise, **params)
    n_classes = dataset_classes(entry.name, cfg.n_classes)
    # [-6, 6]² with the same 5 % margin as the data: one view for every generated dataset.
    return _Raw(points, labels, _TASK[entry.name], n_classes, entry.name, 1.1 * RADIUS)


def _from_csv(path: str, task: str | None) -> _Raw:
    points, raw = read_csv_cached(path)
    task = infer_task(raw) if task is None else task
    if task == "regression":
        return _Raw(points, raw, "regression", 0, str(path), None)
    _check_class_labels(raw, os.path.basename(path))
    values, labels = np.unique(raw, return_inverse=True)
    return _Raw(points, labels.astype(np.int64), "classification", values.size, str(path), None)


def _check_class_labels(raw: NDArray[np.float64], file: str) -> None:
    """Whole-number labels with 2 to MAX_CSV_CLASSES distinct values, or ValueError."""
    fractional = np.flatnonzero(raw != np.round(raw))
    if fractional.size:
        row = int(fractional[0])
        raise ValueError(text(CSV_NOT_CLASS, file=file, value=f"{raw[row]:g}", row=row + 1))
    values = np.unique(raw)
    if values.size < 2:
        raise ValueError(text(CSV_ONE_CLASS, file=file, value=f"{values[0]:g}"))
    if values.size > MAX_CSV_CLASSES:
        raise ValueError(
            text(CSV_TOO_MANY_CLASSES, file=file, count=values.size, maximum=MAX_CSV_CLASSES)
        )


# --- the CSV cache --------------------------------------------------------------------
# The GUI checks the whole experiment on every edit (each step of a spin box); reading
# the file each time was slow, and an experiment whose file was deleted or changed after
# import could no longer be reset or saved. So a file is read once and kept, keyed by its
# absolute path; it is read again only when its size or modification time changes, or
# after forget_csv() (the user asked to reload it).

_CSV_CACHE: dict[str, tuple[tuple[int, int], tuple[FloatArray, FloatArray]]] = {}
_CSV_CACHE_SIZE = 8  # files; each holds at most MAX_CSV_ROWS rows


def read_csv_cached(path: str | os.PathLike[str]) -> tuple[FloatArray, FloatArray]:
    """:func:`~nnplayground.engine.csvdata.load_csv` of ``path``, read-only arrays, read
    again only if the file's size or modification time changed. If the file is gone (or
    cannot be examined) since it was read, the data read before is returned: the
    experiment keeps the data it was built on."""
    key = os.path.abspath(os.fspath(path))
    try:
        st = os.stat(key)
        stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    hit = _CSV_CACHE.get(key)
    if hit is not None and (stamp is None or stamp == hit[0]):
        return hit[1]
    points, labels = load_csv(path)
    data = (_frozen(points), _frozen(labels))
    if stamp is not None:
        _CSV_CACHE.pop(key, None)
        _CSV_CACHE[key] = (stamp, data)
        while len(_CSV_CACHE) > _CSV_CACHE_SIZE:
            _CSV_CACHE.pop(next(iter(_CSV_CACHE)))
    return data


def forget_csv(path: str | os.PathLike[str] | None = None) -> None:
    """Drop the cached copy of ``path`` (every file if None): the next use reads it again."""
    if path is None:
        _CSV_CACHE.clear()
    else:
        _CSV_CACHE.pop(os.path.abspath(os.fspath(path)), None)


def _targets(labels: NDArray[Any], task: str, n_classes: int) -> FloatArray:
    """Network targets: ``(n, 1)`` for regression or two classes, one-hot ``(n, K)`` else."""
    if task == "classification" and n_classes > 2:
        return np.eye(n_classes)[labels]
    return labels.astype(np.float64).reshape(-1, 1)


def _bounds(points: FloatArray, nominal: float | None) -> tuple[float, float, float, float]:
    """``(xmin, xmax, ymin, ymax)`` of ``points`` plus 5 % of the span on each side (0.5 if
    the span is zero), widened to ``[-nominal, nominal]²`` for generated data so the view
    does not jump between seeds."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    margin = np.where(hi > lo, 0.05 * (hi - lo), 0.5)
    lo, hi = lo - margin, hi + margin
    if nominal is not None:
        lo, hi = np.minimum(lo, -nominal), np.maximum(hi, nominal)
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


def _frozen(array: NDArray[Any]) -> NDArray[Any]:
    array = np.ascontiguousarray(array)
    array.flags.writeable = False
    return array


def _is_int(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def _is_real(value: object) -> bool:
    return _is_int(value) or (isinstance(value, float | np.floating) and math.isfinite(value))
