"""Opening a bad preset: one message naming the file and the field; nothing else changes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import build


def good_dict() -> dict:
    return presets.preset_to_dict(presets.load_bundled("circle"))


def write(path, data) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def units(d):
    d["network"]["hidden"][1]["units"] = -3
    return d


def activation(d):
    d["network"]["hidden"][0]["activation"]["name"] = "swishy"
    return d


def learning_rate(d):
    d["training"]["learning_rate"] = "fast"
    return d


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("units.json", units, "network.hidden[1].units"),
        ("activation.json", activation, "network.hidden[0].activation.name"),
        ("rate.json", learning_rate, "training.learning_rate"),
        ("truncated.json", lambda d: json.dumps(d)[:-25], "not valid JSON"),
        ("list.json", lambda d: "[1, 2]", "JSON object"),
    ],
)
def test_a_bad_preset_is_reported_and_the_current_network_kept(
    window, tmp_path, name, make, expected
):
    cfg, exp = window.document.config, window.document.experiment
    weights = exp.network.get_weights()
    path = write(tmp_path / name, make(good_dict()))
    assert window.file_actions.open_path(path) is False
    assert len(window.errors) == 1
    title, text = window.errors[0]
    assert name in text and expected in text
    assert window.document.config == cfg and window.document.experiment is exp
    for (W, b), (W0, b0) in zip(exp.network.get_weights(), weights):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b, b0)
    assert window.architecture_panel.config() == cfg


def test_a_missing_file_is_reported(window, tmp_path):
    assert window.file_actions.open_path(tmp_path / "gone.json") is False
    assert "gone.json" in window.errors[0][1]


def test_weights_of_the_wrong_shape_are_refused(window, tmp_path):
    exp = build.Experiment.from_config(presets.load_bundled("circle").config)
    d = presets.preset_to_dict(presets.Preset(exp.config, exp.network.get_weights()))
    d["network"]["hidden"][0]["units"] = 3  # the stored weights are for 4 units
    path = write(tmp_path / "shapes.json", d)
    cfg = window.document.config
    assert window.file_actions.open_path(path) is False
    assert "shapes.json" in window.errors[0][1]
    assert "weights" in window.errors[0][1]
    assert window.document.config == cfg


def test_opening_a_bad_file_through_the_menu_asks_nothing_else(window, tmp_path, monkeypatch):
    path = write(tmp_path / "units.json", units(good_dict()))
    monkeypatch.setattr(window.prompts, "ask_open_path", lambda *a: path)
    window.findChild(type(window.play_action), "openAction").trigger()
    assert window.errors and "network.hidden[1].units" in window.errors[0][1]
