"""Big presets: weights are checked with NumPy, so the largest network loads fast and a
bad value in it is still named; text far beyond any preset is refused before parsing."""

from __future__ import annotations

import json
import re
import tracemalloc
from dataclasses import replace

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import build
from nnplayground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from nnplayground.presets import Preset, PresetError, load_preset, loads, preset_to_dict


def _largest() -> Preset:
    cfg = presets.load_bundled("circle").config
    layer = cfg.network.hidden[0]
    hidden = tuple(replace(layer, units=MAX_UNITS) for _ in range(MAX_HIDDEN_LAYERS))
    cfg = cfg.replace(network=replace(cfg.network, hidden=hidden))
    return Preset(cfg, build.Experiment.from_config(cfg).network.get_weights())


@pytest.fixture(scope="module")
def largest_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "largest.json"
    presets.save_preset(_largest(), path)
    return path


def test_largest_network_with_weights_loads_within_300_mb(largest_file):
    tracemalloc.start()
    try:
        preset = load_preset(largest_file)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(preset.config.network.hidden) == MAX_HIDDEN_LAYERS
    assert preset.weights is not None and preset.weights[1][0].shape == (MAX_UNITS, MAX_UNITS)
    assert peak < 300 * 2**20


def test_a_corrupted_weight_in_the_largest_network_is_named(largest_file, tmp_path):
    text = largest_file.read_text(encoding="utf-8")
    number = re.compile(r"-?\d[\d.eE+-]*").search(text, text.rindex('"kernel"'))
    bad = tmp_path / "bad.json"
    bad.write_text(text[: number.start()] + "true" + text[number.end() :], encoding="utf-8")
    with pytest.raises(PresetError) as info:
        load_preset(bad)
    assert str(info.value) == (
        f"bad.json: weights[{MAX_HIDDEN_LAYERS}].kernel[0][0] must be a number, got true."
    )


def test_32_mb_of_empty_lists_is_refused_before_parsing(tmp_path):
    path = tmp_path / "lists.json"
    path.write_text("[" + "[]," * (32 * 2**20 // 3 - 1) + "[]]", encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(PresetError, match=r"^lists\.json: holds \d+ lists, more than any"):
            load_preset(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20  # the text itself; no list was built


def test_millions_of_numbers_are_refused_before_parsing():
    with pytest.raises(PresetError, match=r"holds \d+ values, more than any preset can"):
        loads("[" + "0," * 3_000_000 + "0]", "many.json")


def test_weights_of_1e308_load_and_count_as_finite(weighted_preset):
    data = preset_to_dict(weighted_preset)
    for entry in data["weights"]:
        entry["kernel"] = [[1e308] * len(row) for row in entry["kernel"]]
    preset = loads(json.dumps(data))
    exp = build.Experiment.from_config(preset.config, weights=preset.weights)
    assert exp.network.all_finite()  # the old sum overflowed to inf: "diverged"
    exp.network.layers[0].W[0, 0] = np.nan
    assert not exp.network.all_finite()


def test_an_integer_weight_beyond_the_float_range_is_named(weighted_preset):
    data = preset_to_dict(weighted_preset)
    data["weights"][0]["bias"][1] = 10**400
    with pytest.raises(PresetError) as info:
        presets.preset_from_dict(data, "big.json")
    assert str(info.value).startswith("big.json: weights[0].bias[1] is far too large")


def test_text_and_bools_in_weights_are_refused_with_their_place(weighted_preset):
    data = preset_to_dict(weighted_preset)
    data["weights"][1]["kernel"][2][0] = False
    with pytest.raises(PresetError) as info:
        presets.preset_from_dict(data, "b.json")
    assert str(info.value) == "b.json: weights[1].kernel[2][0] must be a number, got false."
