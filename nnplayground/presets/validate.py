"""Check a preset dictionary and build the :class:`Preset` it describes (no Qt).

:func:`validate` checks, in this order, and stops at the first problem: that every value
is a plain finite JSON value, the ``format`` and ``version`` fields, then (after upgrading
an older version, see :mod:`nnplayground.presets.migrate`) the published JSON Schema, the
component names and parameters against the engine's registries, the whole experiment
(:func:`nnplayground.engine.build.check_experiment`) and finally the shapes of any stored
weights. The weights' numbers are kept out of the generic checks and the schema and are
checked with NumPy instead (:mod:`nnplayground.presets.weights`): a large network holds a
million of them. Every check raises :class:`~nnplayground.presets.messages.Problem`.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from nnplayground import messages as m
from nnplayground.engine import (
    activations,
    build,
    datasets,
    features,
    initializers,
    losses,
    registry,
)
from nnplayground.engine import optimizers as optimizers_mod
from nnplayground.engine.config import ExperimentConfig, output_units
from nnplayground.engine.registry import NO_PARAMETERS, Param, Registry
from nnplayground.presets.convert import Preset, Weights, config_from_dict
from nnplayground.presets.messages import (
    FORMAT_MISSING,
    FORMAT_WRONG,
    KEY_NOT_TEXT,
    KEY_SURROGATE,
    LONE_SURROGATE,
    MUST_BE_BOOL,
    MUST_BE_CHOICE,
    MUST_BE_FINITE,
    MUST_BE_NUMBER,
    MUST_BE_WHOLE,
    NESTED,
    NEWER,
    NOT_A_PARAMETER,
    NOT_FINITE,
    NOT_JSON_VALUE,
    NOT_OBJECT,
    SCHEMA_TEXTS,
    SHAPE,
    TOO_LARGE,
    UPGRADED,
    VERSION_MISSING,
    WEIGHT_COUNT,
    WEIGHTS_MISFIT,
    NewerVersion,
    PathPart,
    Problem,
    kind,
    schema_problem,
    sentence,
    show,
)
from nnplayground.presets.migrate import CURRENT_VERSION, FORMAT, SAME_LAYOUT_SINCE, migrate
from nnplayground.presets.weights import history_rows, pruned, weight_arrays

_MAX_DEPTH = 32  # a valid preset nests 6 deep; this only stops pathological input
_MAX_INT = 2**63  # beyond any valid field; also keeps huge ints out of error messages


def validate(data: Any, base_dir: str | os.PathLike[str] | None) -> Preset:
    """The Preset plain JSON-like ``data`` (of any supported version) describes.

    Raises :class:`Problem` for the first problem found; a relative ``data.csv_path`` is
    taken relative to ``base_dir`` when one is given.
    """
    check_plain_json(pruned(data))  # the weights' numbers are checked by NumPy below
    check_header(data)
    version = data["version"]
    data = migrate(data)
    try:
        check_schema(pruned(data))
        arrays = weight_arrays(data["weights"]) if "weights" in data else None
        check_components(data)
        cfg = config_from_dict(data, base_dir)
        try:
            build.check_experiment(cfg)
            if cfg.data.points is not None:  # labels valid for the task, both sets used
                info = datasets.describe(cfg.data, cfg.task)
                datasets.check_points(cfg.data.points, info.task, info.n_classes)
        except Exception as exc:  # the engine's checks are the last word; never leak their type
            raise Problem(None, sentence(exc)) from None
        weights = None if arrays is None else weights_from_dict(arrays, cfg)
        history = history_rows(data["history"], cfg.task) if "history" in data else None
    except Problem as exc:
        if version < SAME_LAYOUT_SINCE:  # the path names the upgraded layout, so say so
            exc.text = m.text(UPGRADED, text=m.without_stop(exc.text), version=version)
        raise
    return Preset(cfg, weights, history)


def check_plain_json(data: Any) -> None:
    """Only dicts with text keys, lists, text, finite numbers, booleans and null."""
    stack: list[tuple[Any, tuple[PathPart, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > _MAX_DEPTH:
            raise Problem(path, m.text(NESTED))
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise Problem(path, m.text(KEY_NOT_TEXT, type=type(key).__name__))
                _check_unicode(key, path, key=True)
            stack.extend((v, (*path, k)) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise Problem(path, m.text(NOT_FINITE, got=_got(value)))
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= _MAX_INT:
                digits = int(value.bit_length() * math.log10(2)) + 1
                raise Problem(path, m.text(TOO_LARGE, digits=digits))
        elif isinstance(value, str):
            _check_unicode(value, path)
        elif not (value is None or isinstance(value, bool)):
            raise Problem(path, m.text(NOT_JSON_VALUE, type=type(value).__name__))


def _check_unicode(value: str, path: tuple[PathPart, ...], key: bool = False) -> None:
    """Refuse text holding a lone surrogate (valid JSON, e.g. ``"\\ud800"``, but not
    Unicode: Qt and UTF-8 encoders fail on it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        template = KEY_SURROGATE if key else LONE_SURROGATE
        where = (*path, value) if key else path
        raise Problem(where, m.text(template, index=exc.start, got=_got(value))) from None


def check_header(data: Any) -> None:
    """An object with this format and a version this nnplayground can read."""
    if not isinstance(data, dict):
        raise Problem((), m.text(NOT_OBJECT, got=m.text(m.GOT, value=kind(data))))
    if "format" not in data:
        raise Problem(None, m.text(FORMAT_MISSING, format=FORMAT))
    if data["format"] != FORMAT:
        raise Problem(("format",), m.text(FORMAT_WRONG, format=FORMAT, got=_got(data["format"])))
    if "version" not in data:
        raise Problem(None, m.text(VERSION_MISSING, version=CURRENT_VERSION))
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise Problem(("version",), m.text(MUST_BE_WHOLE, got=_got(version)))
    if version < 0:
        raise Problem(("version",), m.text(SCHEMA_TEXTS["minimum"], limit=0, got=_got(version)))
    if version > CURRENT_VERSION:
        raise NewerVersion(None, m.text(NEWER, version=version, current=CURRENT_VERSION))


def _got(value: Any) -> str:
    """``got <value as in the file>`` (translatable)."""
    return m.text(m.GOT, value=show(value))


def _one_of(names: Any, value: Any) -> str:
    """``must be one of a, b, c; got "x"`` (translatable)."""
    return m.text(SCHEMA_TEXTS["enum"], limit=", ".join(names), got=_got(value))


# Param.check's templates -> the same clause without the parameter name.
_PARAM_CLAUSES = {
    registry.PARAM_BOOL: MUST_BE_BOOL,
    registry.PARAM_CHOICE: MUST_BE_CHOICE,
    registry.PARAM_NUMBER: MUST_BE_NUMBER,
    registry.PARAM_FINITE: MUST_BE_FINITE,
    registry.PARAM_WHOLE: MUST_BE_WHOLE,
    registry.PARAM_MIN: SCHEMA_TEXTS["minimum"],
    registry.PARAM_ABOVE: SCHEMA_TEXTS["exclusiveMinimum"],
    registry.PARAM_MAX: SCHEMA_TEXTS["maximum"],
}


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
        raise Problem(("data", "dataset"), _one_of(datasets.REGISTRY.names(), dataset))
    if dataset in datasets.REGISTRY:
        for param in datasets.REGISTRY.params(dataset):  # e.g. blobs' n_classes
            if param.name in data:
                check_param(param, data[param.name], ("data", param.name))
    for i, name in enumerate(data.get("features", ())):
        if name not in features.FEATURES:
            raise Problem(("data", "features", i), _one_of(features.FEATURES, name))


def check_component(comp: Any, path: tuple[PathPart, ...], registry: Registry[Any]) -> None:
    """A ``{"name": ..., <param>: ...}`` entry names a registered component and its params."""
    if comp is None:
        return
    name = comp["name"]
    if name not in registry:
        raise Problem((*path, "name"), _one_of(registry.names(), name))
    entry = registry.entry(name)
    known = {p.name: p for p in entry.params}
    for key, value in comp.items():
        if key == "name":
            continue
        if key not in known:
            takes = ", ".join(known) or m.text(NO_PARAMETERS)
            raise Problem((*path, key), m.text(NOT_A_PARAMETER, name=entry.name, takes=takes))
        check_param(known[key], value, (*path, key))


def check_param(param: Param, value: Any, path: tuple[PathPart, ...]) -> None:
    """``value`` is allowed for ``param``; the message shows it as written in the file."""
    try:
        param.check(value, "")
    except ValueError as exc:
        message = m.message_of(exc)
        # the same wording, with the value as in the file
        if isinstance(message, m.Message) and message.template in _PARAM_CLAUSES:
            limit = message.params.get("limit", message.params.get("choices"))
            clause = m.text(_PARAM_CLAUSES[message.template], limit=limit, got=_got(value))
            raise Problem(path, clause) from None
        # Param.check words it ": 'name' must be ..., got <repr>"; keep the "must be ..."
        # part and show the value as written in the file, like every other message.
        text = str(exc).removeprefix(f": '{param.name}' ")
        cut = text.rfind(", got ")
        text = text if cut < 0 else f"{text[:cut]}, got {show(value)}"
        raise Problem(path, text) from None


# ----------------------------------------------------------------------------- weights


def weights_from_dict(arrays: Weights, cfg: ExperimentConfig) -> Weights:
    """The ``(kernel, bias)`` arrays of :func:`~nnplayground.presets.weights.weight_arrays`,
    checked against the layer sizes ``cfg`` implies."""
    try:
        n_classes = datasets.describe(cfg.data).n_classes if cfg.task == "classification" else 0
    except Exception as exc:
        raise Problem(None, sentence(exc)) from None
    sizes = [len(cfg.data.features), *(layer.units for layer in cfg.network.hidden)]
    sizes.append(output_units(cfg.task, n_classes))
    if len(arrays) != len(sizes) - 1:
        raise Problem(("weights",), m.text(WEIGHT_COUNT, count=len(sizes) - 1, size=len(arrays)))
    for i, ((kernel, bias), fan_in, fan_out) in enumerate(zip(arrays, sizes[:-1], sizes[1:])):
        if kernel.shape != (fan_in, fan_out):
            raise Problem(
                ("weights", i, "kernel"), m.text(SHAPE, shape=(fan_in, fan_out), size=kernel.shape)
            )
        if bias.shape != (fan_out,):
            raise Problem(("weights", i, "bias"), m.text(SHAPE, shape=(fan_out,), size=bias.shape))
    try:  # the network built from cfg has the final say on shapes
        net = build.build_network(cfg, sizes[0], n_classes, cfg.training.seed)
        net.set_weights(arrays)
    except Exception as exc:
        raise Problem(("weights",), m.text(WEIGHTS_MISFIT, reason=sentence(exc))) from None
    return arrays
