"""Property: any input is either accepted or refused with PresetError, never anything else."""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnplayground.presets import (
    Preset,
    PresetError,
    dumps,
    loads,
    preset_from_dict,
    preset_to_dict,
)

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

awkward_numbers = st.sampled_from(
    [0, -1, 1, 2, 3, 0.5, -0.0, 1e308, 5e-324, 10**30, -(10**400), 2**63, float("nan"),
     float("inf"), 4294967296, 1024, 1025, 33]
)  # fmt: skip
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | awkward_numbers
    | st.text(max_size=8)
    | st.sampled_from(["", "tanh", "softmax", "sgd", "blobs", "nnplayground-preset", "\ud800"])
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)


def _accepts_or_refuses(data: Any) -> None:
    try:
        result = preset_from_dict(data, "fuzz.json")
    except PresetError as exc:
        message = str(exc)
        assert message.startswith("fuzz.json") and message.endswith(".")
        assert "\n" not in message
    else:
        assert isinstance(result, Preset)
        assert preset_from_dict(preset_to_dict(result)) == result


def _children(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return list(node)
    if isinstance(node, list):
        return list(range(len(node)))
    return []


@st.composite
def mutated_presets(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with one to three random edits at random depths."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        parent, key = None, None
        node = data
        while _children(node) and draw(st.booleans()):
            parent, key = node, draw(st.sampled_from(_children(node)))
            node = node[key]
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=6))] = draw(json_values)
        elif action == "add" and isinstance(node, list):
            node.insert(draw(st.integers(0, len(node))), draw(json_values))
        elif parent is None:
            data = draw(json_values)
            break
        elif action == "delete":
            del parent[key]
        else:
            parent[key] = draw(json_values)
    return data


@SETTINGS
@given(json_values)
def test_arbitrary_json_values_never_raise_anything_but_preset_error(data: Any) -> None:
    _accepts_or_refuses(data)
    _accepts_or_refuses({"format": "nnplayground-preset", "version": 1, "network": data})


@SETTINGS
@given(st.data())
def test_mutated_presets_never_raise_anything_but_preset_error(
    valid_dict: dict[str, Any], data: st.DataObject
) -> None:
    _accepts_or_refuses(data.draw(mutated_presets(valid_dict)))


@SETTINGS
@given(st.data())
def test_mutated_version_0_presets_never_raise_anything_but_preset_error(
    v0_dict: dict[str, Any], data: st.DataObject
) -> None:
    _accepts_or_refuses(data.draw(mutated_presets(v0_dict)))


@SETTINGS
@given(st.text(max_size=40) | st.builds(json.dumps, json_values))
def test_arbitrary_text_never_raises_anything_but_preset_error(text: str) -> None:
    try:
        loads(text, "fuzz.json")
    except PresetError as exc:
        assert str(exc).startswith("fuzz.json")


# --- surrogates, huge numbers, huge arrays ------------------------------------------

surrogate_texts = st.text(
    alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters(),
    min_size=1,
    max_size=12,
)
STRING_FIELDS = [
    ("title",),
    ("description",),
    ("data", "dataset"),
    ("training", "loss", "name"),
    ("network", "output", "activation", "name"),
]


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@SETTINGS
@given(st.data(), surrogate_texts, st.sampled_from(STRING_FIELDS))
def test_lone_surrogates_in_any_text_field_are_refused_naming_the_field(
    valid_dict: dict[str, Any], data: st.DataObject, text: str, field: tuple[str, ...]
) -> None:
    preset = copy.deepcopy(valid_dict)
    node = preset
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = text
    for attempt in (lambda: preset_from_dict(preset, "s.json"),
                    lambda: loads(json.dumps(preset), "s.json")):  # fmt: skip
        try:
            result = attempt()
        except PresetError as exc:
            message = str(exc)
            assert message.startswith("s.json") and "\n" not in message
            message.encode("utf-8")  # printable: the surrogate is shown escaped
            if _has_surrogate(text):
                assert ".".join(field) in message and "lone surrogate" in message
        else:
            assert not _has_surrogate(text)
            dumps(result).encode("utf-8")


@SETTINGS
@given(st.data(), surrogate_texts)
def test_lone_surrogates_in_keys_are_refused(
    valid_dict: dict[str, Any], data: st.DataObject, key: str
) -> None:
    preset = copy.deepcopy(valid_dict)
    preset["training"]["optimizer"][key] = 1
    _accepts_or_refuses(preset)


huge_numbers = (
    st.integers(min_value=2**31 - 2, max_value=10**400)
    | st.integers(max_value=-(2**31))
    | st.sampled_from([1e308, -1e308, 1.7976931348623157e308, 5e-324, 2**63, 2**1024])
    | st.floats(min_value=1e30, allow_infinity=False, allow_nan=False)
)
NUMBER_FIELDS = [
    ("data", "n_points"),
    ("data", "seed"),
    ("data", "noise"),
    ("training", "seed"),
    ("training", "epochs"),
    ("training", "learning_rate"),
    ("training", "batch_size"),
    ("training", "patience"),
    ("network", "hidden", 0, "units"),
]


@SETTINGS
@given(st.data(), huge_numbers, st.sampled_from(NUMBER_FIELDS))
def test_huge_numbers_in_any_field_are_refused_or_within_limits(
    valid_dict: dict[str, Any], data: st.DataObject, number: Any, field: tuple[Any, ...]
) -> None:
    preset = copy.deepcopy(valid_dict)
    preset.pop("weights")
    node = preset
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = number
    _accepts_or_refuses(preset)


@SETTINGS
@given(st.data(), huge_numbers)
def test_huge_numbers_in_weights_load_or_are_refused(
    valid_dict: dict[str, Any], data: st.DataObject, number: Any
) -> None:
    preset = copy.deepcopy(valid_dict)
    layer = data.draw(st.integers(0, len(preset["weights"]) - 1))
    row = data.draw(st.integers(0, len(preset["weights"][layer]["kernel"]) - 1))
    preset["weights"][layer]["kernel"][row][0] = number
    try:
        result = preset_from_dict(preset, "w.json")
    except PresetError as exc:
        assert f"weights[{layer}].kernel[{row}][0]" in str(exc)
    else:
        assert result.weights is not None
        assert np.isfinite(result.weights[layer][0]).all()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(1_000, 200_000), st.sampled_from(["hidden", "features", "kernel", "bias"]))
def test_huge_arrays_are_refused_quickly(valid_dict: dict[str, Any], size: int, where: str) -> None:
    preset = copy.deepcopy(valid_dict)
    if where == "hidden":
        preset["network"]["hidden"] = [{"units": 2}] * size
    elif where == "features":
        preset["data"]["features"] = ["x1"] * size
    elif where == "kernel":
        preset["weights"][0]["kernel"] = [[0.5] * 4] * size
    else:
        preset["weights"][0]["bias"] = [0.5] * size
    text = json.dumps(preset)
    with pytest.raises(PresetError) as info:
        loads(text, "big.json")
    assert str(info.value).startswith("big.json")
