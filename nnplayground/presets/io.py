"""Read and write presets: JSON text and files <-> :class:`Preset`.

Reading checks, in this order, and stops at the first problem: the JSON syntax, that every
value is a plain finite JSON value, the ``format`` and ``version`` fields, then (after
upgrading an older version, see :mod:`nnplayground.presets.migrate`) the published JSON
Schema, the component names and parameters against the engine's registries, the whole
experiment (:func:`nnplayground.engine.build.check_experiment`) and finally the shapes of
any stored weights. Every problem raises :class:`PresetError` with one sentence naming the
file, the field and the bad value, e.g.
``bad.json: network.hidden[1].units must be at least 1, got -3.``
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
from jsonschema.exceptions import ValidationError, best_match

from nnplayground.engine import activations, build, datasets, features, initializers, losses
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
    output_units,
)
from nnplayground.engine.registry import Param, Registry
from nnplayground.presets.migrate import CURRENT_VERSION, FORMAT, migrate

Weights = list[tuple[np.ndarray, np.ndarray]]
PathPart = str | int

_MAX_DEPTH = 32  # a valid preset nests 6 deep; this only stops pathological input
_LINE_WIDTH = 88  # for the layout of saved files
_MAX_INT = 2**63  # beyond any valid field; also keeps huge ints out of error messages


class PresetError(ValueError):
    """A preset could not be read or written; the message is one sentence for the user."""


@dataclass(frozen=True, eq=False)
class Preset:
    """An experiment config plus, optionally, trained weights.

    ``weights`` holds one ``(kernel (fan_in, fan_out), bias (fan_out,))`` float64 pair per
    dense layer, first hidden layer to output layer, or ``None`` for a fresh network.
    """

    config: ExperimentConfig
    weights: Weights | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preset):
            return NotImplemented
        if self.config != other.config or (self.weights is None) != (other.weights is None):
            return False
        if self.weights is None or other.weights is None:
            return True
        return len(self.weights) == len(other.weights) and all(
            np.array_equal(a, b) and a.shape == b.shape
            for pair, other_pair in zip(self.weights, other.weights)
            for a, b in zip(pair, other_pair)
        )

    __hash__ = None  # type: ignore[assignment]  # holds mutable arrays


class _Problem(Exception):
    """One validation failure: ``path`` (None for the whole file) and the rest of the sentence."""

    def __init__(self, path: Sequence[PathPart] | None, text: str) -> None:
        super().__init__(text)
        self.path = None if path is None else tuple(path)
        self.text = text

    def clause(self) -> str:
        """The sentence without the file name and final full stop."""
        text = self.text.rstrip(".")
        return text if self.path is None else f"{path_text(self.path)} {text}"


class _NewerVersion(_Problem):
    pass


# ----------------------------------------------------------------------------- public API


def load_preset(path: str | os.PathLike[str]) -> Preset:
    """Read and validate the preset file at ``path``; raise :class:`PresetError` if unusable.

    A relative ``data.csv_path`` is taken relative to the preset file's folder.
    """
    path = Path(path)
    source = path.name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PresetError(f"{source}: could not be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PresetError(f"{source}: not valid UTF-8 text at byte {exc.start}.") from None
    return loads(text, source, base_dir=path.parent)


def loads(
    text: str, source: str = "<string>", base_dir: str | os.PathLike[str] | None = None
) -> Preset:
    """Parse and validate preset JSON ``text``; ``source`` names it in error messages.

    ``base_dir``, if given, is the folder a relative ``data.csv_path`` is relative to.
    """
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise PresetError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from None
    except _DuplicateKey as exc:
        raise PresetError(
            f"{source}: not valid JSON: the key {exc} appears twice in one object."
        ) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer with over 4300 digits
        reason = "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise PresetError(f"{source}: not valid JSON: {reason.rstrip('.')}.") from None
    return preset_from_dict(data, source, base_dir=base_dir)


def preset_from_dict(
    data: Any, source: str = "<preset>", base_dir: str | os.PathLike[str] | None = None
) -> Preset:
    """Validate plain JSON-like ``data`` (of any supported version) and build a Preset.

    Raises :class:`PresetError` naming ``source`` for any problem and never another
    exception type. Component names are stored in their canonical spelling.
    """
    try:
        return _validate(data, base_dir)
    except _NewerVersion as exc:
        raise PresetError(f"{source} {exc.text}") from None
    except _Problem as exc:
        raise PresetError(f"{source}: {exc.clause()}.") from None


def preset_to_dict(preset: Preset) -> dict[str, Any]:
    """The current-version JSON dictionary for ``preset`` (not validated; see :func:`dumps`)."""
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
        "data": _data_to_dict(cfg.data),
        "training": _training_to_dict(cfg.training),
    }
    if preset.weights is not None:
        out["weights"] = [
            {
                "kernel": np.asarray(w, dtype=np.float64).tolist(),
                "bias": np.asarray(b, dtype=np.float64).tolist(),
            }
            for w, b in preset.weights
        ]
    return out


def dumps(preset: Preset) -> str:
    """``preset`` as indented JSON text; :class:`PresetError` if it would not load back."""
    try:
        return _dumps_checked(preset)
    except _Problem as exc:
        raise PresetError(f"The preset is not valid: {exc.clause()}.") from None


def save_preset(preset: Preset, path: str | os.PathLike[str]) -> None:
    """Write ``preset`` to ``path`` atomically: the file is either the old one or the new one.

    The text goes to a temporary file in the same folder, is flushed to disk, then replaces
    ``path`` in one step. On any failure the temporary file is removed, ``path`` is left
    as it was and :class:`PresetError` says why. A new file gets mode 0644; an existing
    file keeps its mode.
    """
    path = Path(path)
    try:
        text = _dumps_checked(preset)
    except _Problem as exc:
        raise PresetError(f"Could not save to {path}: {exc.clause()}.") from None
    tmp: str | None = None
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
        with tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
        ) as handle:
            tmp = handle.name
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise PresetError(f"Could not save to {path}: {reason.rstrip('.')}.") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of the current preset version."""
    return json.loads(_schema_text())


def path_text(path: Sequence[PathPart]) -> str:
    """``("network", "hidden", 1, "units")`` -> ``"network.hidden[1].units"``.

    Keys that are not plain identifiers are quoted: ``data["my key"]``.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier() and part.isascii():
            out += f".{part}" if out else part
        else:
            quoted = _show(part, limit=30)
            out += f"[{quoted}]" if out else quoted
    return out or "the preset"


# ----------------------------------------------------------------------------- validation


def _validate(data: Any, base_dir: str | os.PathLike[str] | None) -> Preset:
    _check_plain_json(data)
    _check_header(data)
    version = data["version"]
    data = migrate(data)
    try:
        _check_schema(data)
        _check_components(data)
        cfg = _config_from_dict(data, base_dir)
        try:
            build.check_experiment(cfg)
        except Exception as exc:  # the engine's checks are the last word; never leak their type
            raise _Problem(None, _sentence(exc)) from None
        weights = None if "weights" not in data else _weights_from_dict(data["weights"], cfg)
    except _Problem as exc:
        if version < CURRENT_VERSION:  # the path names the upgraded layout, so say so
            exc.text = f"{exc.text.rstrip('.')} (after upgrading the file from version {version})"
        raise
    return Preset(cfg, weights)


def _check_plain_json(data: Any) -> None:
    """Only dicts with text keys, lists, text, finite numbers, booleans and null."""
    stack: list[tuple[Any, tuple[PathPart, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > _MAX_DEPTH:
            raise _Problem(path, "is nested too deeply")
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise _Problem(path, f"has a key that is not text ({type(key).__name__})")
            stack.extend((v, (*path, k)) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise _Problem(path, f"must be a finite number, got {_show(value)}")
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= _MAX_INT:
                digits = int(value.bit_length() * math.log10(2)) + 1
                raise _Problem(path, f"is far too large, got a number with about {digits} digits")
        elif not (value is None or isinstance(value, (str, bool))):
            raise _Problem(path, f"must be a JSON value, got a {type(value).__name__} object")


def _check_header(data: Any) -> None:
    if not isinstance(data, dict):
        raise _Problem((), f"must be a JSON object, got {_kind(data)}")
    if "format" not in data:
        raise _Problem(None, f'format is missing; a preset starts with "format": "{FORMAT}"')
    if data["format"] != FORMAT:
        raise _Problem(("format",), f'must be "{FORMAT}", got {_show(data["format"])}')
    if "version" not in data:
        raise _Problem(None, f"version is missing; this nnplayground reads up to {CURRENT_VERSION}")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Problem(("version",), f"must be a whole number, got {_show(version)}")
    if version < 0:
        raise _Problem(("version",), f"must be at least 0, got {version}")
    if version > CURRENT_VERSION:
        raise _NewerVersion(
            None,
            f"was written by a newer nnplayground (version {version}); "
            f"this version reads up to {CURRENT_VERSION}.",
        )


@cache
def _schema_text() -> str:
    return resources.files("nnplayground.presets").joinpath("schema.json").read_text("utf-8")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(_schema_text()))


def _check_schema(data: dict[str, Any]) -> None:
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise _schema_problem(error)


def _check_components(data: dict[str, Any]) -> None:
    """Registry names and parameters, with the field path the engine cannot know."""
    net, training = data["network"], data["training"]
    layers: list[tuple[tuple[PathPart, ...], Any]] = [
        (("network", "hidden", i), layer) for i, layer in enumerate(net["hidden"])
    ]
    layers.append((("network", "output"), net["output"]))
    for path, layer in layers:
        _check_component(layer.get("activation"), (*path, "activation"), activations.REGISTRY)
        for key in ("kernel_initializer", "bias_initializer"):
            _check_component(layer.get(key), (*path, key), initializers.REGISTRY)
    _check_component(training["loss"], ("training", "loss"), losses.REGISTRY)
    _check_component(training["optimizer"], ("training", "optimizer"), optimizers_mod.REGISTRY)
    dataset = data["data"]["dataset"]
    if not data["data"].get("csv_path") and dataset not in datasets.REGISTRY:
        raise _Problem(
            ("data", "dataset"),
            f"must be one of {', '.join(datasets.REGISTRY.names())}; got {_show(dataset)}",
        )
    if dataset in datasets.REGISTRY:
        for param in datasets.REGISTRY.params(dataset):  # e.g. blobs' n_classes
            if param.name in data["data"]:
                _check_param(param, data["data"][param.name], ("data", param.name))
    for i, name in enumerate(data["data"].get("features", ())):
        if name not in features.FEATURES:
            raise _Problem(
                ("data", "features", i),
                f"must be one of {', '.join(features.FEATURES)}; got {_show(name)}",
            )


def _check_component(comp: Any, path: tuple[PathPart, ...], registry: Registry[Any]) -> None:
    if comp is None:
        return
    name = comp["name"]
    if name not in registry:
        raise _Problem(
            (*path, "name"), f"must be one of {', '.join(registry.names())}; got {_show(name)}"
        )
    entry = registry.entry(name)
    known = {p.name: p for p in entry.params}
    for key, value in comp.items():
        if key == "name":
            continue
        if key not in known:
            takes = ", ".join(known) or "no parameters"
            raise _Problem((*path, key), f"is not a parameter of {entry.name} (it takes {takes})")
        _check_param(known[key], value, (*path, key))


def _check_param(param: Param, value: Any, path: tuple[PathPart, ...]) -> None:
    try:
        param.check(value, "")
    except ValueError as exc:
        # Param.check words it ": 'name' must be ..., got <repr>"; keep the "must be ..."
        # part and show the value as written in the file, like every other message.
        text = str(exc).removeprefix(f": '{param.name}' ")
        cut = text.rfind(", got ")
        text = text if cut < 0 else f"{text[:cut]}, got {_show(value)}"
        raise _Problem(path, text) from None


# ----------------------------------------------------------------------------- dict <-> config


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


def _config_from_dict(
    data: dict[str, Any], base_dir: str | os.PathLike[str] | None
) -> ExperimentConfig:
    net, d, t = data["network"], data["data"], data["training"]
    default = ExperimentConfig()
    network = NetworkConfig(
        tuple(_layer(layer, int(layer["units"])) for layer in net["hidden"]),
        _layer(net["output"], default.network.output.units),
    )
    csv_path = d.get("csv_path")
    if csv_path and base_dir is not None:
        csv_path = os.path.join(base_dir, csv_path)  # an absolute csv_path stays as it is
    dc = DataConfig()
    data_cfg = DataConfig(
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
    tc = TrainingConfig()
    target, patience = t.get("target_loss"), t.get("patience")
    training = TrainingConfig(
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
    return ExperimentConfig(
        title=data.get("title", default.title),
        description=data.get("description", default.description),
        task=data["task"],
        network=network,
        data=data_cfg,
        training=training,
    )


def _weights_from_dict(entries: list[dict[str, Any]], cfg: ExperimentConfig) -> Weights:
    """Arrays from the ``weights`` list, checked against the layer sizes ``cfg`` implies."""
    try:
        n_classes = build.n_classes_of(cfg)
    except Exception as exc:
        raise _Problem(None, _sentence(exc)) from None
    sizes = [len(cfg.data.features), *(layer.units for layer in cfg.network.hidden)]
    sizes.append(output_units(cfg.task, n_classes))
    if len(entries) != len(sizes) - 1:
        raise _Problem(
            ("weights",), f"must have {len(sizes) - 1} entries (one per layer), got {len(entries)}"
        )
    weights: Weights = []
    for i, (entry, fan_in, fan_out) in enumerate(zip(entries, sizes[:-1], sizes[1:])):
        rows = entry["kernel"]
        for j, row in enumerate(rows[1:], start=1):
            if len(row) != len(rows[0]):
                raise _Problem(
                    ("weights", i, "kernel", j),
                    f"must have the same length as row 0 ({len(rows[0])}), got {len(row)}",
                )
        got = (len(rows), len(rows[0]) if rows else 0)
        if got != (fan_in, fan_out):
            raise _Problem(
                ("weights", i, "kernel"), f"must have shape {(fan_in, fan_out)}, got {got}"
            )
        if len(entry["bias"]) != fan_out:
            raise _Problem(
                ("weights", i, "bias"), f"must have shape {(fan_out,)}, got {(len(entry['bias']),)}"
            )
        weights.append(
            (np.array(rows, dtype=np.float64), np.array(entry["bias"], dtype=np.float64))
        )
    try:  # the network built from cfg has the final say on shapes
        net = build.build_network(cfg, sizes[0], n_classes, cfg.training.seed)
        net.set_weights(weights)
    except Exception as exc:
        raise _Problem(("weights",), f"do not fit the network: {_sentence(exc)}") from None
    return weights


def _layer_to_dict(layer: LayerConfig, units: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"units": int(layer.units)} if units else {}
    out["activation"] = _component_to_dict(layer.activation)
    out["kernel_initializer"] = _component_to_dict(layer.kernel_initializer)
    out["bias_initializer"] = _component_to_dict(layer.bias_initializer)
    return out


def _component_to_dict(comp: Component) -> dict[str, Any]:
    return {k: _plain(v) for k, v in comp.to_dict().items()}


def _data_to_dict(d: DataConfig) -> dict[str, Any]:
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
        out["csv_path"] = os.fspath(d.csv_path)
    return out


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


def _dumps_checked(preset: Preset) -> str:
    """Serialise and check that the text loads back; raises :class:`_Problem`."""
    try:
        data = preset_to_dict(preset)
    except Exception as exc:  # e.g. a weights entry that is not a pair of arrays
        raise _Problem(None, _sentence(exc)) from None
    _validate(data, None)
    return _format_json(data) + "\n"


def _format_json(value: Any, level: int = 0) -> str:
    """Indented JSON that keeps short or innermost objects and lists on one line.

    Numbers are written by :func:`json.dumps`, i.e. with ``repr``, so floats round-trip.
    """
    flat = json.dumps(value, ensure_ascii=False)
    children = value.values() if isinstance(value, dict) else value
    if (
        not isinstance(value, (dict, list))
        or not any(isinstance(child, (dict, list)) for child in children)
        or 2 * level + len(flat) <= _LINE_WIDTH
    ):
        return flat
    pad = "  " * (level + 1)
    if isinstance(value, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {_format_json(v, level + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    items = [pad + _format_json(v, level + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * level + "]"


# ----------------------------------------------------------------------------- messages

_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "object": "an object",
    "array": "a list",
    "boolean": "true or false",
    "null": "null",
}


def _schema_problem(error: ValidationError) -> _Problem:
    """Turn one jsonschema error into the field path and the rest of the sentence."""
    path, kind, limit, value = (
        tuple(error.absolute_path),
        error.validator,
        error.validator_value,
        error.instance,
    )
    got = f"got {_show(value)}"
    if kind == "required":
        missing = next((key for key in limit if key not in value), limit[0])
        return _Problem((*path, missing), "is missing")
    if kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = next((key for key in value if key not in known), "?")
        return _Problem(
            (*path, extra), f"is not a known field (expected one of {', '.join(known)})"
        )
    if kind == "type":
        wanted = [limit] if isinstance(limit, str) else list(limit)
        return _Problem(path, f"must be {' or '.join(_TYPE_WORDS[t] for t in wanted)}, {got}")
    if kind in ("minItems", "minLength") and limit == 1:
        return _Problem(path, "must not be empty")
    template = _SCHEMA_TEXTS.get(kind)
    if template is None:
        return _Problem(path, error.message)
    shown = ", ".join(map(_show, limit)) if isinstance(limit, list) else _show(limit)
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    return _Problem(path, template.format(limit=shown, got=got, size=size))


_SCHEMA_TEXTS = {
    "minimum": "must be at least {limit}, {got}",
    "maximum": "must be at most {limit}, {got}",
    "exclusiveMinimum": "must be greater than {limit}, {got}",
    "exclusiveMaximum": "must be less than {limit}, {got}",
    "enum": "must be one of {limit}; {got}",
    "const": "must be {limit}, {got}",
    "minItems": "must have at least {limit} entries, got {size}",
    "maxItems": "must have at most {limit} entries, got {size}",
    "minLength": "must be at least {limit} characters long, got {size}",
    "maxLength": "must be at most {limit} characters long, got {size}",
    "uniqueItems": "must not list the same value twice, {got}",
}


def _kind(value: Any) -> str:
    for types, word in (((dict,), "an object"), ((list,), "a list"), ((str,), "text")):
        if isinstance(value, types):
            return word
    if isinstance(value, bool) or value is None:
        return _show(value)
    return "a number" if isinstance(value, (int, float)) else f"a {type(value).__name__}"


def _show(value: Any, limit: int = 60) -> str:
    """A short JSON rendering of ``value`` for a message (at most ``limit`` characters)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = f"a {type(value).__name__}"
    if len(text) > limit:
        text = text[: limit - 4] + " ..."
    # Lone surrogates cannot be printed or encoded; show them as escapes.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _sentence(exc: BaseException) -> str:
    return str(exc).strip().rstrip(".") or type(exc).__name__


def _plain(value: Any) -> Any:
    """NumPy scalars to Python scalars so they serialise as JSON."""
    return value.item() if isinstance(value, np.generic) else value


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(_show(key))
        out[key] = value
    return out
