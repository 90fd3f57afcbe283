"""Preset dictionaries <-> :class:`~nnplayground.engine.config.ExperimentConfig` (no Qt).

:func:`preset_to_dict` writes the current version's layout. :func:`config_from_dict` reads
it back and trusts its input: call it only on a dictionary that has passed the checks in
:mod:`nnplayground.presets.validate`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from nnplayground.engine import activations, datasets, initializers, losses
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import (
    Component,
    DataConfig,
    DataPoints,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.engine.registry import Registry
from nnplayground.limits import MAX_SAVED_EPOCHS
from nnplayground.presets.migrate import CURRENT_VERSION, FORMAT

Weights = list[tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True, eq=False)
class Preset:
    """An experiment config plus, optionally, trained weights and their loss history.

    ``weights`` holds one ``(kernel (fan_in, fan_out), bias (fan_out,))`` float64 pair per
    dense layer, first hidden layer to output layer, or ``None`` for a fresh network.
    ``history`` is (k, 4) rows (train loss, test loss, train and test accuracy, NaN where
    it does not apply) of the k epochs the weights were trained for, or ``None``.
    """

    config: ExperimentConfig
    weights: Weights | None = None
    history: np.ndarray | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preset):
            return NotImplemented
        if self.config != other.config or (self.weights is None) != (other.weights is None):
            return False
        mine, theirs = self.history, other.history
        if mine is None or theirs is None:
            if (mine is None) != (theirs is None):
                return False
        elif not np.array_equal(mine, theirs, equal_nan=True):
            return False
        if self.weights is None or other.weights is None:
            return True
        return len(self.weights) == len(other.weights) and all(
            np.array_equal(a, b) and a.shape == b.shape
            for pair, other_pair in zip(self.weights, other.weights)
            for a, b in zip(pair, other_pair)
        )

    __hash__ = None  # type: ignore[assignment]  # holds mutable arrays


# ----------------------------------------------------------------------------- config -> dict


def preset_to_dict(
    preset: Preset, base_dir: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """The current-version JSON dictionary for ``preset`` (not validated; see :func:`dumps`).

    ``base_dir`` is the folder of the file being written: ``data.csv_path`` is then written
    relative to it when the CSV lies below it, else as an absolute path, so the file finds
    its CSV again wherever it is loaded from (:func:`config_from_dict` joins it back).
    """
    cfg = preset.config
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": CURRENT_VERSION,
        "title": cfg.title,
        "description": cfg.description,
        "task": cfg.task,
        "network": {
            "hidden": [_layer_to_dict(layer, units=True) for layer in cfg.network.hidden],
            "output": _layer_to_dict(cfg.network.output, units=False),
        },
        "data": _data_to_dict(cfg.data, base_dir),
        "training": _training_to_dict(cfg.training),
    }
    if cfg.data.points is not None:
        out["points"] = _points_to_dict(cfg.data.points)
    if preset.weights is not None:
        out["weights"] = [
            {
                "kernel": np.asarray(w, dtype=np.float64).tolist(),
                "bias": np.asarray(b, dtype=np.float64).tolist(),
            }
            for w, b in preset.weights
        ]
    history = preset.history
    if history is not None and 0 < len(history) <= MAX_SAVED_EPOCHS:
        out["history"] = _history_to_dict(np.asarray(history, dtype=np.float64))
    return out


def _history_to_dict(rows: np.ndarray) -> dict[str, list[float]]:
    """The columns of (k, 4) rows; accuracies only where they were measured."""
    from nnplayground.presets.weights import HISTORY_COLUMNS

    out = {}
    for i, name in enumerate(HISTORY_COLUMNS):
        column = rows[:, i]
        if i < 2 or not np.isnan(column).all():
            out[name] = column.tolist()
    return out


def _points_to_dict(points: DataPoints) -> dict[str, Any]:
    return {
        "x": [list(xy) for xy in points.xy],
        "label": list(points.labels),
        "test": list(points.test),
    }


def _points_from_dict(section: dict[str, Any], d: DataConfig) -> DataPoints:
    """Checked-schema ``points``; without ``test`` they are split by the data's seed and
    train ratio as generated data are."""
    xy = tuple((float(a), float(b)) for a, b in section["x"])
    labels = tuple(section["label"])
    if "test" in section:
        test = tuple(bool(t) for t in section["test"])
    else:
        n = len(xy)
        order = np.random.default_rng(d.seed).permutation(n)
        n_train = min(max(round(n * d.train_ratio), 1), n - 1)
        flags = np.ones(n, dtype=bool)
        flags[order[:n_train]] = False
        test = tuple(bool(t) for t in flags)
    return DataPoints(xy, labels, test)


def _layer_to_dict(layer: LayerConfig, units: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"units": int(layer.units)} if units else {}
    out["activation"] = _component_to_dict(layer.activation)
    out["kernel_initializer"] = _component_to_dict(layer.kernel_initializer)
    out["bias_initializer"] = _component_to_dict(layer.bias_initializer)
    return out


def _component_to_dict(comp: Component) -> dict[str, Any]:
    return {k: _plain(v) for k, v in comp.to_dict().items()}


def _plain(value: Any) -> Any:
    """NumPy scalars to Python scalars so they serialise as JSON."""
    return value.item() if isinstance(value, np.generic) else value


def _data_to_dict(d: DataConfig, base_dir: str | os.PathLike[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "dataset": d.dataset,
        "n_points": int(d.n_points),
        "noise": float(d.noise),
        "train_ratio": float(d.train_ratio),
        "features": list(d.features),
        "seed": int(d.seed),
    }
    # n_classes only matters to datasets such as blobs; leave the default out elsewhere.
    takes_classes = d.dataset in datasets.REGISTRY and any(
        p.name == "n_classes" for p in datasets.REGISTRY.params(d.dataset)
    )
    if takes_classes or d.n_classes != DataConfig.n_classes:
        out["n_classes"] = int(d.n_classes)
    if d.csv_path is not None:
        out["csv_path"] = _csv_path_for(os.fspath(d.csv_path), base_dir)
    return out


def _csv_path_for(csv_path: str, base_dir: str | os.PathLike[str] | None) -> str:
    """``csv_path`` as a file in ``base_dir`` should store it: relative (with ``/``) when
    the CSV lies below ``base_dir``, absolute otherwise; unchanged without ``base_dir``."""
    if base_dir is None:
        return csv_path
    absolute = Path(os.path.abspath(csv_path))
    folder = Path(os.path.abspath(base_dir))
    if absolute.is_relative_to(folder):
        return absolute.relative_to(folder).as_posix()
    return str(absolute)


def _training_to_dict(t: TrainingConfig) -> dict[str, Any]:
    out: dict[str, Any] = {
        "loss": _component_to_dict(t.loss),
        "optimizer": _component_to_dict(t.optimizer),
        "learning_rate": float(t.learning_rate),
        "batch_size": int(t.batch_size),
        "regularization": t.regularization,
        "regularization_rate": float(t.regularization_rate),
        "epochs": int(t.epochs),
        "shuffle": bool(t.shuffle),
        "seed": int(t.seed),
    }
    if t.target_loss is not None:
        out["target_loss"] = float(t.target_loss)
    if t.patience is not None:
        out["patience"] = int(t.patience)
    return out


# ----------------------------------------------------------------------------- dict -> config


def config_from_dict(
    data: dict[str, Any], base_dir: str | os.PathLike[str] | None
) -> ExperimentConfig:
    """The config a checked current-version dictionary describes; missing fields default.

    A relative ``data.csv_path`` is joined to ``base_dir`` when one is given.
    """
    network = _network_from_dict(data["network"])
    data_cfg = _data_from_dict(data["data"], base_dir)
    if "points" in data:
        data_cfg = replace(data_cfg, points=_points_from_dict(data["points"], data_cfg))
    training = _training_from_dict(data["training"])
    default = ExperimentConfig()
    return ExperimentConfig(
        title=data.get("title", default.title),
        description=data.get("description", default.description),
        task=data["task"],
        network=network,
        data=data_cfg,
        training=training,
    )


def _component(
    data: dict[str, Any] | None, registry: Registry[Any], default: Component
) -> Component:
    if data is None:
        return default
    entry = registry.entry(data["name"])
    known = {p.name: p for p in entry.params}
    params = {k: known[k].check(v, entry.name) for k, v in data.items() if k != "name"}
    return Component(entry.name, params)


def _layer(data: dict[str, Any], units: int) -> LayerConfig:
    default = LayerConfig(units)
    return LayerConfig(
        units,
        _component(data.get("activation"), activations.REGISTRY, default.activation),
        _component(
            data.get("kernel_initializer"), initializers.REGISTRY, default.kernel_initializer
        ),
        _component(data.get("bias_initializer"), initializers.REGISTRY, default.bias_initializer),
    )


def _network_from_dict(net: dict[str, Any]) -> NetworkConfig:
    return NetworkConfig(
        tuple(_layer(layer, int(layer["units"])) for layer in net["hidden"]),
        _layer(net["output"], ExperimentConfig().network.output.units),
    )


def _data_from_dict(d: dict[str, Any], base_dir: str | os.PathLike[str] | None) -> DataConfig:
    csv_path = d.get("csv_path")
    if csv_path and base_dir is not None:
        csv_path = os.path.join(base_dir, csv_path)  # an absolute csv_path stays as it is
    dc = DataConfig()
    return DataConfig(
        dataset=datasets.REGISTRY.canonical(d["dataset"])
        if d["dataset"] in datasets.REGISTRY
        else d["dataset"],
        n_points=int(d.get("n_points", dc.n_points)),
        noise=float(d.get("noise", dc.noise)),
        train_ratio=float(d.get("train_ratio", dc.train_ratio)),
        features=tuple(d.get("features", dc.features)),
        seed=int(d.get("seed", dc.seed)),
        n_classes=int(d.get("n_classes", dc.n_classes)),
        csv_path=csv_path,
    )


def _training_from_dict(t: dict[str, Any]) -> TrainingConfig:
    tc = TrainingConfig()
    target, patience = t.get("target_loss"), t.get("patience")
    return TrainingConfig(
        loss=_component(t["loss"], losses.REGISTRY, tc.loss),
        optimizer=_component(t["optimizer"], optimizers_mod.REGISTRY, tc.optimizer),
        learning_rate=float(t.get("learning_rate", tc.learning_rate)),
        batch_size=int(t.get("batch_size", tc.batch_size)),
        regularization=t.get("regularization", tc.regularization),
        regularization_rate=float(t.get("regularization_rate", tc.regularization_rate)),
        epochs=int(t.get("epochs", tc.epochs)),
        shuffle=bool(t.get("shuffle", tc.shuffle)),
        seed=int(t.get("seed", tc.seed)),
        target_loss=None if target is None else float(target),
        patience=None if patience is None else int(patience),
    )
