"""Check a preset dictionary and build the :class:`Preset` it describes (no Qt).

:func:`validate` checks, in this order, and stops at the first problem: that every value
is a plain finite JSON value, the ``format`` and ``version`` fields, then (after upgrading
an older version, see :mod:`nnplayground.presets.migrate`) the published JSON Schema, the
component names and parameters against the engine's registries, the whole experiment
(:func:`nnplayground.engine.build.check_experiment`) and finally the shapes of any stored
weights. Every check raises :class:`~nnplayground.presets.messages.Problem`.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import numpy as np
from jsonschema.exceptions import best_match

from nnplayground.engine import activations, build, datasets, features, initializers, losses
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import ExperimentConfig, output_units
from nnplayground.engine.registry import Param, Registry
from nnplayground.presets.convert import Preset, Weights, config_from_dict
from nnplayground.presets.messages import (
    NewerVersion,
    PathPart,
    Problem,
    kind,
    schema_problem,
    sentence,
    show,
)
from nnplayground.presets.migrate import CURRENT_VERSION, FORMAT, migrate

_MAX_DEPTH = 32  # a valid preset nests 6 deep; this only stops pathological input
_MAX_INT = 2**63  # beyond any valid field; also keeps huge ints out of error messages


def validate(data: Any, base_dir: str | os.PathLike[str] | None) -> Preset:
    """The Preset plain JSON-like ``data`` (of any supported version) describes.

    Raises :class:`Problem` for the first problem found; a relative ``data.csv_path`` is
    taken relative to ``base_dir`` when one is given.
    """
    check_plain_json(data)
    check_header(data)
    version = data["version"]
    data = migrate(data)
    try:
        check_schema(data)
        check_components(data)
        cfg = config_from_dict(data, base_dir)
        try:
            build.check_experiment(cfg)
        except Exception as exc:  # the engine's checks are the last word; never leak their type
            raise Problem(None, sentence(exc)) from None
        weights = None if "weights" not in data else weights_from_dict(data["weights"], cfg)
    except Problem as exc:
        if version < CURRENT_VERSION:  # the path names the upgraded layout, so say so
            exc.text = f"{exc.text.rstrip('.')} (after upgrading the file from version {version})"
        raise
    return Preset(cfg, weights)


def check_plain_json(data: Any) -> None:
    """Only dicts with text keys, lists, text, finite numbers, booleans and null."""
    stack: list[tuple[Any, tuple[PathPart, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > _MAX_DEPTH:
            raise Problem(path, "is nested too deeply")
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise Problem(path, f"has a key that is not text ({type(key).__name__})")
            stack.extend((v, (*path, k)) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise Problem(path, f"must be a finite number, got {show(value)}")
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= _MAX_INT:
                digits = int(value.bit_length() * math.log10(2)) + 1
                raise Problem(path, f"is far too large, got a number with about {digits} digits")
        elif not (value is None or isinstance(value, (str, bool))):
            raise Problem(path, f"must be a JSON value, got a {type(value).__name__} object")


def check_header(data: Any) -> None:
    """An object with this format and a version this nnplayground can read."""
    if not isinstance(data, dict):
        raise Problem((), f"must be a JSON object, got {kind(data)}")
    if "format" not in data:
        raise Problem(None, f'format is missing; a preset starts with "format": "{FORMAT}"')
    if data["format"] != FORMAT:
        raise Problem(("format",), f'must be "{FORMAT}", got {show(data["format"])}')
    if "version" not in data:
        raise Problem(None, f"version is missing; this nnplayground reads up to {CURRENT_VERSION}")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise Problem(("version",), f"must be a whole number, got {show(version)}")
    if version < 0:
        raise Problem(("version",), f"must be at least 0, got {version}")
    if version > CURRENT_VERSION:
        raise NewerVersion(
            None,
            f"was written by a newer nnplayground (version {version}); "
            f"this version reads up to {CURRENT_VERSION}.",
        )


# ----------------------------------------------------------------------------- schema


@cache
def schema_text() -> str:
    """The text of the published JSON Schema, read once."""
    return resources.files("nnplayground.presets").joinpath("schema.json").read_text("utf-8")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(schema_text()))


def check_schema(data: dict[str, Any]) -> None:
    """The published JSON Schema; the most relevant error if there are several."""
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise schema_problem(error)


# ----------------------------------------------------------------------------- components


def check_components(data: dict[str, Any]) -> None:
    """Registry names and parameters, with the field path the engine cannot know."""
    _check_layers(data["network"])
    training = data["training"]
    check_component(training["loss"], ("training", "loss"), losses.REGISTRY)
    check_component(training["optimizer"], ("training", "optimizer"), optimizers_mod.REGISTRY)
    _check_data(data["data"])


def _check_layers(net: dict[str, Any]) -> None:
    layers: list[tuple[tuple[PathPart, ...], Any]] = [
        (("network", "hidden", i), layer) for i, layer in enumerate(net["hidden"])
    ]
    layers.append((("network", "output"), net["output"]))
    for path, layer in layers:
        check_component(layer.get("activation"), (*path, "activation"), activations.REGISTRY)
        for key in ("kernel_initializer", "bias_initializer"):
            check_component(layer.get(key), (*path, key), initializers.REGISTRY)


def _check_data(data: dict[str, Any]) -> None:
    dataset = data["dataset"]
    if not data.get("csv_path") and dataset not in datasets.REGISTRY:
        raise Problem(
            ("data", "dataset"),
            f"must be one of {', '.join(datasets.REGISTRY.names())}; got {show(dataset)}",
        )
    if dataset in datasets.REGISTRY:
        for param in datasets.REGISTRY.params(dataset):  # e.g. blobs' n_classes
            if param.name in data:
                check_param(param, data[param.name], ("data", param.name))
    for i, name in enumerate(data.get("features", ())):
        if name not in features.FEATURES:
            raise Problem(
                ("data", "features", i),
                f"must be one of {', '.join(features.FEATURES)}; got {show(name)}",
            )


def check_component(comp: Any, path: tuple[PathPart, ...], registry: Registry[Any]) -> None:
    """A ``{"name": ..., <param>: ...}`` entry names a registered component and its params."""
    if comp is None:
        return
    name = comp["name"]
    if name not in registry:
        raise Problem(
            (*path, "name"), f"must be one of {', '.join(registry.names())}; got {show(name)}"
        )
    entry = registry.entry(name)
    known = {p.name: p for p in entry.params}
    for key, value in comp.items():
        if key == "name":
            continue
        if key not in known:
            takes = ", ".join(known) or "no parameters"
            raise Problem((*path, key), f"is not a parameter of {entry.name} (it takes {takes})")
        check_param(known[key], value, (*path, key))


def check_param(param: Param, value: Any, path: tuple[PathPart, ...]) -> None:
    """``value`` is allowed for ``param``; the message shows it as written in the file."""
    try:
        param.check(value, "")
    except ValueError as exc:
        # Param.check words it ": 'name' must be ..., got <repr>"; keep the "must be ..."
        # part and show the value as written in the file, like every other message.
        text = str(exc).removeprefix(f": '{param.name}' ")
        cut = text.rfind(", got ")
        text = text if cut < 0 else f"{text[:cut]}, got {show(value)}"
        raise Problem(path, text) from None


# ----------------------------------------------------------------------------- weights


def weights_from_dict(entries: list[dict[str, Any]], cfg: ExperimentConfig) -> Weights:
    """Arrays from the ``weights`` list, checked against the layer sizes ``cfg`` implies."""
    try:
        n_classes = build.n_classes_of(cfg)
    except Exception as exc:
        raise Problem(None, sentence(exc)) from None
    sizes = [len(cfg.data.features), *(layer.units for layer in cfg.network.hidden)]
    sizes.append(output_units(cfg.task, n_classes))
    if len(entries) != len(sizes) - 1:
        raise Problem(
            ("weights",), f"must have {len(sizes) - 1} entries (one per layer), got {len(entries)}"
        )
    weights: Weights = [
        _weight_pair(i, entry, fan_in, fan_out)
        for i, (entry, fan_in, fan_out) in enumerate(zip(entries, sizes[:-1], sizes[1:]))
    ]
    try:  # the network built from cfg has the final say on shapes
        net = build.build_network(cfg, sizes[0], n_classes, cfg.training.seed)
        net.set_weights(weights)
    except Exception as exc:
        raise Problem(("weights",), f"do not fit the network: {sentence(exc)}") from None
    return weights


def _weight_pair(
    i: int, entry: dict[str, Any], fan_in: int, fan_out: int
) -> tuple[np.ndarray, np.ndarray]:
    """Layer ``i``'s ``(kernel, bias)``, checked to be ``(fan_in, fan_out)`` and ``(fan_out,)``."""
    rows = entry["kernel"]
    for j, row in enumerate(rows[1:], start=1):
        if len(row) != len(rows[0]):
            raise Problem(
                ("weights", i, "kernel", j),
                f"must have the same length as row 0 ({len(rows[0])}), got {len(row)}",
            )
    got = (len(rows), len(rows[0]) if rows else 0)
    if got != (fan_in, fan_out):
        raise Problem(("weights", i, "kernel"), f"must have shape {(fan_in, fan_out)}, got {got}")
    if len(entry["bias"]) != fan_out:
        raise Problem(
            ("weights", i, "bias"), f"must have shape {(fan_out,)}, got {(len(entry['bias']),)}"
        )
    return np.array(rows, dtype=np.float64), np.array(entry["bias"], dtype=np.float64)
