"""Every problem with a preset is one sentence naming the file, the field and the value."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nnplayground.presets import PresetError, load_preset, loads, preset_from_dict

Mutation = Callable[[dict[str, Any]], Any]


def _hidden(i: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: d["network"]["hidden"][i]


def _set(getter: Callable[[dict[str, Any]], Any], key: Any, value: Any) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        getter(d)[key] = value

    return mutate


def _section(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda d: d[name]


ROOT: Callable[[dict[str, Any]], Any] = lambda d: d  # noqa: E731
DATA, TRAINING, WEIGHTS = _section("data"), _section("training"), _section("weights")

# (mutation of a valid preset dict, the exact message for a source named "bad.json")
CASES: list[tuple[str, Mutation, str]] = [
    (
        "negative units",
        _set(_hidden(1), "units", -3),
        "bad.json: network.hidden[1].units must be at least 1, got -3.",
    ),
    (
        "units as text",
        _set(_hidden(0), "units", "4"),
        'bad.json: network.hidden[0].units must be a whole number, got "4".',
    ),
    (
        "fractional units",
        _set(_hidden(0), "units", 2.5),
        "bad.json: network.hidden[0].units must be a whole number, got 2.5.",
    ),
    (
        "huge units",
        _set(_hidden(1), "units", 10**30),
        "bad.json: network.hidden[1].units is far too large, got a number with about 31 digits.",
    ),
    (
        "too many layers",
        _set(_section("network"), "hidden", [{"units": 1}] * 33),
        "bad.json: network.hidden must have at most 16 entries, got 33.",
    ),
    (
        "layer not an object",
        _set(_section("network"), "hidden", [5]),
        "bad.json: network.hidden[0] must be an object, got 5.",
    ),
    (
        "unknown activation",
        _set(lambda d: d["network"]["hidden"][0]["activation"], "name", "relu6"),
        "bad.json: network.hidden[0].activation.name must be one of linear, sigmoid, tanh, "
        "relu, leaky_relu, elu, selu, gelu, silu, softplus, softsign, hard_sigmoid, mish, "
        'gaussian, sine, softmax; got "relu6".',
    ),
    (
        "softmax in a hidden layer",
        _set(_hidden(0), "activation", {"name": "softmax"}),
        "bad.json: network.hidden[0].activation: softmax is for the output layer only.",
    ),
    (
        "parameter out of range",
        _set(_hidden(0), "activation", {"name": "leaky_relu", "negative_slope": -1}),
        "bad.json: network.hidden[0].activation.negative_slope must be at least 0.0, got -1.",
    ),
    (
        "unknown parameter",
        _set(TRAINING, "optimizer", {"name": "sgd", "mom": 0.9}),
        "bad.json: training.optimizer.mom is not a parameter of sgd (it takes momentum, nesterov).",
    ),
    (
        "parameter of the wrong type",
        _set(TRAINING, "optimizer", {"name": "sgd", "nesterov": "yes"}),
        'bad.json: training.optimizer.nesterov must be true or false, got "yes".',
    ),
    (
        "adam epsilon zero",
        _set(TRAINING, "optimizer", {"name": "adam", "epsilon": 0}),
        "bad.json: training.optimizer.epsilon must be greater than 0.0, got 0.",
    ),
    (
        "rmsprop epsilon zero",
        _set(TRAINING, "optimizer", {"name": "rmsprop", "epsilon": 0.0}),
        "bad.json: training.optimizer.epsilon must be greater than 0.0, got 0.0.",
    ),
    (
        "component as a bare name",
        _set(TRAINING, "loss", "mean_squared_error"),
        'bad.json: training.loss must be an object, got "mean_squared_error".',
    ),
    (
        "component without a name",
        _set(TRAINING, "loss", {}),
        "bad.json: training.loss.name is missing.",
    ),
    (
        "missing dataset",
        lambda d: d["data"].pop("dataset"),
        "bad.json: data.dataset is missing.",
    ),
    (
        "unknown dataset",
        _set(DATA, "dataset", "iris"),
        "bad.json: data.dataset must be one of circle, xor, gaussian, spiral, moons, blobs, "
        'plane, gaussian_bumps, sine, price; got "iris".',
    ),
    (
        "dataset of the other task",
        _set(DATA, "dataset", "plane"),
        "bad.json: data.dataset: plane is a regression dataset but the task is classification.",
    ),
    (
        "misspelt field",
        _set(DATA, "nosie", 0.1),
        "bad.json: data.nosie is not a known field (expected one of dataset, n_points, noise, "
        "train_ratio, features, seed, n_classes, csv_path).",
    ),
    (
        "NaN",
        _set(DATA, "noise", float("nan")),
        "bad.json: data.noise must be a finite number, got NaN.",
    ),
    (
        "noise above 1",
        _set(DATA, "noise", 30),
        "bad.json: data.noise must be at most 1, got 30.",
    ),
    (
        "train ratio of 1",
        _set(DATA, "train_ratio", 1),
        "bad.json: data.train_ratio must be less than 1, got 1.",
    ),
    (
        "duplicate feature",
        _set(DATA, "features", ["x1", "x1"]),
        'bad.json: data.features must not list the same value twice, got ["x1", "x1"].',
    ),
    (
        "unknown feature",
        _set(DATA, "features", ["x1", "cos_x1"]),
        "bad.json: data.features[1] must be one of x1, x2, x1_sq, x2_sq, x1_x2, sin_x1, sin_x2; "
        'got "cos_x1".',
    ),
    (
        "no features",
        _set(DATA, "features", []),
        "bad.json: data.features must not be empty.",
    ),
    (
        "too many blobs",
        lambda d: d["data"].update(dataset="blobs", n_classes=7),
        "bad.json: data.n_classes must be at most 5, got 7.",
    ),
    (
        "three classes with a sigmoid output",
        _set(DATA, "dataset", "blobs"),
        "bad.json: network.output.activation: 3 classes need a softmax output with "
        "categorical_crossentropy.",
    ),
    (
        "zero learning rate",
        _set(TRAINING, "learning_rate", 0),
        "bad.json: training.learning_rate must be greater than 0, got 0.",
    ),
    (
        "infinite learning rate",
        _set(TRAINING, "learning_rate", float("inf")),
        "bad.json: training.learning_rate must be a finite number, got Infinity.",
    ),
    (
        "shuffle as a number",
        _set(TRAINING, "shuffle", 1),
        "bad.json: training.shuffle must be true or false, got 1.",
    ),
    (
        "unknown regularization",
        _set(TRAINING, "regularization", "l3"),
        'bad.json: training.regularization must be one of "none", "l1", "l2"; got "l3".',
    ),
    (
        "unknown task",
        _set(ROOT, "task", "ranking"),
        'bad.json: task must be one of "classification", "regression"; got "ranking".',
    ),
    (
        "empty title",
        _set(ROOT, "title", ""),
        "bad.json: title must not be empty.",
    ),
    (
        "wrong format",
        _set(ROOT, "format", "keras"),
        'bad.json: format must be "nnplayground-preset", got "keras".',
    ),
    (
        "version as text",
        _set(ROOT, "version", "1"),
        'bad.json: version must be a whole number, got "1".',
    ),
    (
        "weights for the wrong number of layers",
        lambda d: d["weights"].pop(),
        "bad.json: weights must have 3 entries (one per layer), got 2.",
    ),
    (
        "kernel of the wrong shape",
        lambda d: [row.append(0.5) for row in d["weights"][1]["kernel"]],
        "bad.json: weights[1].kernel must have shape (4, 2), got (4, 3).",
    ),
    (
        "bias of the wrong shape",
        lambda d: d["weights"][2]["bias"].append(0.0),
        "bad.json: weights[2].bias must have shape (1,), got (2,).",
    ),
    (
        "ragged kernel",
        lambda d: d["weights"][0]["kernel"][1].pop(),
        "bad.json: weights[0].kernel[1] must have the same length as row 0 (4), got 3.",
    ),
    (
        "non-finite weight",
        lambda d: d["weights"][0]["kernel"][1].__setitem__(2, float("-inf")),
        "bad.json: weights[0].kernel[1][2] must be a finite number, got -Infinity.",
    ),
    (
        "weight as text",
        lambda d: d["weights"][0]["bias"].__setitem__(0, "0"),
        'bad.json: weights[0].bias[0] must be a number, got "0".',
    ),
    (
        "key that is not text",
        _set(DATA, 3, 0.1),
        "bad.json: data has a key that is not text (int).",
    ),
    (
        "Python object",
        _set(DATA, "features", {"x1", "x2"}),
        "bad.json: data.features must be a JSON value, got a set object.",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_gets_one_sentence_naming_field_and_value(
    valid_dict: dict[str, Any], mutate: Mutation, message: str
) -> None:
    mutate(valid_dict)
    with pytest.raises(PresetError) as info:
        preset_from_dict(valid_dict, "bad.json")
    assert str(info.value) == message
    assert "\n" not in message and message.endswith(".") and not message.endswith("..")


def test_newer_version_is_refused_with_the_versions_named(valid_dict: dict[str, Any]) -> None:
    valid_dict["version"] = 3
    with pytest.raises(PresetError) as info:
        preset_from_dict(valid_dict, "bad.json")
    assert str(info.value) == (
        "bad.json was written by a newer nnplayground (version 3); this version reads up to 2."
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "bad.json: the preset must be a JSON object, got a list."),
        ("preset", "bad.json: the preset must be a JSON object, got text."),
        (None, "bad.json: the preset must be a JSON object, got null."),
        (
            {"version": 1},
            'bad.json: format is missing; a preset starts with "format": "nnplayground-preset".',
        ),
        (
            {"format": "nnplayground-preset"},
            "bad.json: version is missing; this nnplayground reads up to 2.",
        ),
        (
            {"format": "nnplayground-preset", "version": -1},
            "bad.json: version must be at least 0, got -1.",
        ),
        (
            {"format": "nnplayground-preset", "version": 1},
            "bad.json: task is missing.",
        ),
    ],
)
def test_whole_file_problems(data: Any, message: str) -> None:
    with pytest.raises(PresetError) as info:
        preset_from_dict(data, "bad.json")
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{\n  "format": "nnplayground-preset",\n    oops\n}',
            "p.json: not valid JSON at line 3, column 5: "
            "Expecting property name enclosed in double quotes.",
        ),
        ("", "p.json: not valid JSON at line 1, column 1: Expecting value."),
        (
            '{"format": "a", "format": "b"}',
            'p.json: not valid JSON: the key "format" appears twice in one object.',
        ),
        ("[" * 100_000, "p.json: not valid JSON: it is nested too deeply."),
        ('{"title": NaN}', "p.json: title must be a finite number, got NaN."),
    ],
)
def test_json_syntax_problems(text: str, message: str) -> None:
    with pytest.raises(PresetError) as info:
        loads(text, "p.json")
    assert str(info.value) == message


def test_a_number_with_too_many_digits_is_a_json_error() -> None:
    with pytest.raises(PresetError, match=r"^p\.json: not valid JSON: .*digits"):
        loads('{"version": ' + "9" * 5000 + "}", "p.json")


def test_unreadable_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(PresetError) as info:
        load_preset(tmp_path / "missing.json")
    assert str(info.value) == "missing.json: could not be read: No such file or directory."
    (tmp_path / "latin1.json").write_bytes(b'{"title": "caf\xe9"}')
    with pytest.raises(PresetError) as info:
        load_preset(tmp_path / "latin1.json")
    assert str(info.value) == "latin1.json: not valid UTF-8 text at byte 14."
    with pytest.raises(PresetError, match=r"could not be read: it is a folder\.$"):
        load_preset(tmp_path)


def test_a_byte_order_mark_is_accepted(tmp_path: Path, valid_dict: dict[str, Any]) -> None:
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_dict).encode())
    assert load_preset(tmp_path / "bom.json").config.title == valid_dict["title"]


def test_a_classification_csv_that_is_missing_is_reported(valid_dict: dict[str, Any]) -> None:
    valid_dict["data"]["csv_path"] = "/nonexistent/points.csv"
    with pytest.raises(PresetError, match=r"^bad\.json: .*points\.csv"):
        preset_from_dict(valid_dict, "bad.json")
