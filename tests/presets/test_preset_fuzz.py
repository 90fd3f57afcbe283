"""Property: any input is either accepted or refused with PresetError, never anything else."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnplayground.presets import Preset, PresetError, loads, preset_from_dict, preset_to_dict

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
