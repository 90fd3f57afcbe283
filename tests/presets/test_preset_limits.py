"""One set of limits: the published schema, the engine and the presets read limits.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from nnplayground import limits
from nnplayground.engine import build, csvdata, datasets
from nnplayground.engine.config import ExperimentConfig, LayerConfig
from nnplayground.presets import PresetError, preset_from_dict, schema


def test_published_schema_numbers_equal_limits():
    s = schema()
    props = s["properties"]
    data, training = props["data"]["properties"], props["training"]["properties"]
    assert props["network"]["properties"]["hidden"]["maxItems"] == limits.MAX_HIDDEN_LAYERS
    assert props["weights"]["maxItems"] == limits.MAX_HIDDEN_LAYERS + 1
    assert s["$defs"]["hidden_layer"]["properties"]["units"]["maximum"] == limits.MAX_UNITS
    assert s["$defs"]["seed"]["maximum"] == limits.MAX_SEED
    assert (data["n_points"]["minimum"], data["n_points"]["maximum"]) == (
        limits.MIN_POINTS,
        limits.MAX_POINTS,
    )
    assert training["epochs"]["maximum"] == limits.MAX_EPOCHS
    assert training["patience"]["maximum"] == limits.MAX_EPOCHS
    assert training["batch_size"]["maximum"] == limits.MAX_BATCH_SIZE
    assert training["learning_rate"]["maximum"] == limits.MAX_LEARNING_RATE


def test_engine_reads_the_same_limits():
    assert datasets.MIN_POINTS == limits.MIN_POINTS and datasets.MAX_POINTS == limits.MAX_POINTS
    assert csvdata.MAX_ROWS == limits.MAX_CSV_ROWS
    assert build.MAX_UNITS == limits.MAX_UNITS
    assert build.MAX_HIDDEN_LAYERS == limits.MAX_HIDDEN_LAYERS


@pytest.mark.parametrize("field", ["training", "data"])
def test_seed_above_max_seed_is_refused_naming_the_field(valid_dict: dict[str, Any], field):
    valid_dict[field]["seed"] = 4294967295
    with pytest.raises(PresetError) as info:
        preset_from_dict(valid_dict, "p.json")
    assert str(info.value) == f"p.json: {field}.seed must be at most 2147483647, got 4294967295."
    valid_dict[field]["seed"] = limits.MAX_SEED
    valid_dict.pop("weights", None)
    assert getattr(preset_from_dict(valid_dict).config, field).seed == limits.MAX_SEED


def _with_training(**changes) -> ExperimentConfig:
    cfg = ExperimentConfig()
    return cfg.replace(training=replace(cfg.training, **changes))


@pytest.mark.parametrize(
    ("cfg", "message"),
    [
        (
            _with_training(seed=limits.MAX_SEED + 1),
            "training.seed must be a whole number from 0 to 2147483647, got 2147483648",
        ),
        (
            _with_training(epochs=limits.MAX_EPOCHS + 1),
            "training.epochs must be at most 1000000, got 1000001",
        ),
        (
            _with_training(patience=limits.MAX_EPOCHS + 1),
            "training.patience must be a whole number from 1 to 1000000, got 1000001",
        ),
        (
            _with_training(batch_size=limits.MAX_BATCH_SIZE + 1),
            "training.batch_size must be at most 100000, got 100001",
        ),
        (
            _with_training(learning_rate=100.5),
            "training.learning_rate must be above 0 and at most 100, got 100.5",
        ),
    ],
)
def test_engine_refuses_values_over_the_limits(cfg, message):
    with pytest.raises(ValueError) as info:
        build.check_experiment(cfg)
    assert str(info.value) == message


def test_engine_refuses_too_many_units_and_layers():
    cfg = ExperimentConfig()
    wide = replace(cfg.network, hidden=(LayerConfig(limits.MAX_UNITS + 1),))
    with pytest.raises(ValueError, match="from 1 to 256, got 257"):
        build.check_experiment(cfg.replace(network=wide))
    deep = replace(cfg.network, hidden=(LayerConfig(2),) * (limits.MAX_HIDDEN_LAYERS + 1))
    with pytest.raises(ValueError, match="has 17 layers; at most 16 are allowed"):
        build.check_experiment(cfg.replace(network=deep))


def test_a_unit_count_over_the_limit_is_refused_not_migrated(valid_dict: dict[str, Any]):
    valid_dict.pop("weights")
    valid_dict["network"]["hidden"][0]["units"] = 1024
    with pytest.raises(PresetError) as info:
        preset_from_dict(valid_dict, "p.json")
    assert str(info.value) == "p.json: network.hidden[0].units must be at most 256, got 1024."
