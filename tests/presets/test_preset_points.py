"""Data edited by hand are saved as explicit points (version 2) and load back."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import numpy as np
import pytest

from nnplayground.engine import build, datasets, edit_data
from nnplayground.presets import (
    CURRENT_VERSION,
    Preset,
    PresetError,
    load_bundled,
    load_preset,
    preset_from_dict,
    preset_to_dict,
    save_preset,
)


def _edited(name: str = "circle") -> Preset:
    preset = load_bundled(name)
    cfg = preset.config
    data = datasets.make_dataset(cfg.data, cfg.task)
    pts = edit_data.points_of(data)
    pts = edit_data.add_point(pts, (0.25, -1.5), pts.labels[0], cfg.data.train_ratio)
    pts = edit_data.remove_point(pts, 3)
    return Preset(cfg.replace(data=dataclasses.replace(cfg.data, points=pts)), None)


@pytest.mark.parametrize("name", ["circle", "blobs", "sine"])
def test_edited_points_round_trip_through_a_file(tmp_path, name):
    preset = _edited(name)
    save_preset(preset, tmp_path / "p.json")
    again = load_preset(tmp_path / "p.json")
    assert again.config.data.points == preset.config.data.points
    a = build.Experiment.from_config(again.config).dataset
    b = build.Experiment.from_config(preset.config).dataset
    assert np.array_equal(a.points_train, b.points_train)
    assert np.array_equal(a.y_test, b.y_test)


def test_points_without_a_split_are_split_by_the_data_seed():
    d = preset_to_dict(_edited())
    del d["points"]["test"]
    cfg = preset_from_dict(d, "p.json").config
    n = len(cfg.data.points)
    assert sum(cfg.data.points.test) == n - round(n * cfg.data.train_ratio)


def _broken(change) -> dict[str, Any]:
    d = copy.deepcopy(preset_to_dict(_edited()))
    change(d["points"])
    return d


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda p: p["x"].__setitem__(0, [1.0]), r"points\.x\[0\]"),
        (lambda p: p["x"][0].__setitem__(0, "a"), r"points\.x\[0\]\[0\]"),
        (lambda p: p["label"].__setitem__(0, 7), "not a class from 0 to 1"),
        (lambda p: p["label"].pop(), "two finite coordinates and one label"),
        (lambda p: p.__setitem__("test", [False] * len(p["x"])), "one test point"),
        (lambda p: p.__setitem__("x", [[0, 0]] * 10_001), "points"),
        (lambda p: p.__setitem__("colour", 1), "colour"),
    ],
)
def test_bad_points_are_refused_with_one_sentence(change, match):
    with pytest.raises(PresetError, match=match) as info:
        preset_from_dict(_broken(change), "bad.json")
    assert "\n" not in str(info.value)


def test_a_version_1_file_loads_as_the_current_version():
    d = preset_to_dict(load_bundled("circle"))
    d["version"] = 1
    assert CURRENT_VERSION == 2
    assert preset_from_dict(d, "old.json").config == load_bundled("circle").config
