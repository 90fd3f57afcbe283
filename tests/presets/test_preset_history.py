"""A preset keeps the loss curve of its weights (version 2's optional history section)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import build
from nnplayground.presets import PresetError, preset_from_dict


def trained(name: str, epochs: int):
    cfg = presets.load_bundled(name).config
    exp = build.Experiment.from_config(cfg)
    for _ in range(epochs):
        exp.trainer.train_epoch()
    return exp


@pytest.mark.parametrize("name", ["circle", "plane"])  # classification and regression
def test_the_history_round_trips_and_the_trainer_goes_on_from_it(name, tmp_path):
    exp = trained(name, 7)
    rows = exp.trainer.history.slice(0)
    path = tmp_path / "run.json"
    presets.save_preset(presets.Preset(exp.config, exp.network.get_weights(), rows), path)
    data = json.loads(path.read_text())
    assert data["version"] == 2 and len(data["history"]["train_loss"]) == 7
    assert ("train_accuracy" in data["history"]) == (exp.config.task == "classification")
    again = presets.load_preset(path)
    assert np.array_equal(again.history, rows, equal_nan=True)
    reopened = build.Experiment.from_config(
        again.config, weights=again.weights, history=again.history
    )
    assert reopened.trainer.epoch == 7 and len(reopened.trainer.history) == 7
    reopened.trainer.train_epoch()
    assert reopened.trainer.epoch == 8


def test_a_version_1_preset_without_history_still_loads():
    data = json.loads(presets.dumps(presets.load_bundled("xor")))
    data["version"] = 1
    assert preset_from_dict(data).history is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h: h["test_loss"].pop(), "history.test_loss must have as many values as "
                                          "train_loss (3), got 2"),
        (lambda h: h["train_accuracy"].__setitem__(1, 1.5),
         "history.train_accuracy[1] must be a share from 0 to 1, got 1.5"),
        (lambda h: h["train_loss"].__setitem__(0, "x"), "history.train_loss[0]"),
    ],
)  # fmt: skip
def test_a_bad_history_is_refused_with_the_field_named(change, message):
    exp = trained("circle", 3)
    data = json.loads(presets.dumps(presets.Preset(exp.config, None, exp.trainer.history.slice(0))))
    change(data["history"])
    with pytest.raises(PresetError, match="^bad.json: " + message.replace("[", r"\[")
                       .replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")):  # fmt: skip
        preset_from_dict(data, "bad.json")
