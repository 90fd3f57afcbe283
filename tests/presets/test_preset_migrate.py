"""Version-0 files (the flat early draft) load as version 1."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from nnplayground.engine.config import Component, LayerConfig
from nnplayground.presets import CURRENT_VERSION, PresetError, migrate, preset_from_dict


def test_version_0_is_sorted_into_sections(v0_dict: dict[str, Any]) -> None:
    v1 = migrate(v0_dict)
    assert v1["version"] == CURRENT_VERSION
    assert v1["network"]["hidden"][1] == {
        "units": 2,
        "activation": {"name": "relu"},
        "kernel_initializer": {"name": "he_normal"},
        "bias_initializer": {"name": "zeros"},
    }
    assert v1["network"]["output"]["activation"] == {"name": "sigmoid"}
    assert v1["data"] == {
        "dataset": "circle",
        "n_points": 300,
        "noise": 0.1,
        "train_ratio": 0.6,
        "features": ["x1", "x2", "x1_sq"],
        "seed": 11,
    }
    assert v1["training"]["learning_rate"] == 0.01
    assert v1["training"]["optimizer"] == {"name": "adam"}
    assert v1["training"]["seed"] == 11
    assert not {"layers", "learning_rate", "dataset", "initializer"} & v1.keys()


def test_migrate_does_not_modify_its_input(v0_dict: dict[str, Any]) -> None:
    before = copy.deepcopy(v0_dict)
    migrate(v0_dict)
    assert v0_dict == before


def test_version_0_file_loads_into_the_same_config_as_its_version_1_form(
    v0_dict: dict[str, Any],
) -> None:
    cfg = preset_from_dict(v0_dict, "old.json").config
    assert cfg.network.hidden == (
        LayerConfig(4, Component("tanh"), Component("he_normal"), Component("zeros")),
        LayerConfig(2, Component("relu"), Component("he_normal"), Component("zeros")),
    )
    assert cfg.training.learning_rate == 0.01 and cfg.training.batch_size == 16
    assert cfg.data.n_points == 300 and cfg.data.seed == cfg.training.seed == 11
    assert cfg == preset_from_dict(migrate(v0_dict)).config


def test_version_0_minimal_file_takes_the_old_defaults() -> None:
    old = {
        "format": "nnplayground-preset",
        "version": 0,
        "task": "classification",
        "layers": [{"units": 3, "activation": "tanh"}],
        "dataset": "xor",
    }
    cfg = preset_from_dict(old).config
    assert cfg.network.output.activation == Component("sigmoid")
    assert cfg.training.loss == Component("binary_crossentropy")
    assert cfg.training.optimizer == Component("sgd")


def test_problems_in_an_old_file_say_the_file_was_upgraded(v0_dict: dict[str, Any]) -> None:
    bad = {**v0_dict, "layers": [{"units": -1, "activation": "tanh"}]}
    with pytest.raises(PresetError) as info:
        preset_from_dict(bad, "old.json")
    assert str(info.value) == (
        "old.json: network.hidden[0].units must be at least 1, got -1 "
        "(after upgrading the file from version 0)."
    )


def test_unknown_version_0_keys_are_reported_not_dropped(v0_dict: dict[str, Any]) -> None:
    with pytest.raises(PresetError, match=r"^old\.json: momentum is not a known field"):
        preset_from_dict({**v0_dict, "momentum": 0.9}, "old.json")


@pytest.mark.parametrize("version", [-1, 3, "0", None, True])
def test_migrate_refuses_versions_it_does_not_know(v0_dict: dict[str, Any], version: Any) -> None:
    with pytest.raises(ValueError, match="Cannot migrate"):
        migrate({**v0_dict, "version": version})
