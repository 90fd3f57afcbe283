"""The published schema is valid and agrees with the bundled presets."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from nnplayground.presets import (
    DEFAULT_PRESET,
    PresetError,
    bundled_names,
    dumps,
    load_bundled,
    preset_to_dict,
    schema,
)

DATASETS = ["circle", "xor", "gaussian", "spiral", "moons", "blobs", "plane",
            "gaussian_bumps", "sine", "price"]  # fmt: skip


def test_schema_file_is_a_valid_draft_2020_12_schema() -> None:
    text = resources.files("nnplayground.presets").joinpath("schema.json").read_text("utf-8")
    assert json.loads(text) == schema()
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema())


def test_there_is_a_bundled_preset_for_every_dataset() -> None:
    assert set(DATASETS) <= set(bundled_names())
    assert DEFAULT_PRESET in bundled_names()


@pytest.mark.parametrize("name", DATASETS)
def test_bundled_preset_validates_and_is_stored_in_canonical_form(name: str) -> None:
    preset = load_bundled(name)
    assert preset.config.data.dataset == name
    assert preset.config.title and preset.config.description
    data = preset_to_dict(preset)
    jsonschema.Draft202012Validator(schema()).validate(data)
    text = resources.files("nnplayground.presets").joinpath(f"bundled/{name}.json").read_text()
    assert text == dumps(preset), "regenerate the file with dumps() so it stays canonical"


@pytest.mark.parametrize("name", DATASETS)
def test_bundled_presets_follow_the_output_conventions(name: str) -> None:
    cfg = load_bundled(name).config
    pair = (cfg.network.output.activation.name, cfg.training.loss.name)
    if cfg.task == "regression":
        assert pair == ("linear", "mean_squared_error")
    elif name == "blobs":
        assert pair == ("softmax", "categorical_crossentropy") and cfg.data.n_classes == 3
    else:
        assert pair == ("sigmoid", "binary_crossentropy")


def test_default_preset_is_the_tensorflow_playground_default() -> None:
    cfg = load_bundled(DEFAULT_PRESET).config
    assert [layer.units for layer in cfg.network.hidden] == [4, 2]
    assert {layer.activation.name for layer in cfg.network.hidden} == {"tanh"}
    assert cfg.network.output.activation.name == "sigmoid"
    assert cfg.training.loss.name == "binary_crossentropy"
    assert cfg.training.optimizer.name == "sgd" and cfg.training.learning_rate == 0.03
    assert cfg.training.batch_size == 10
    assert cfg.data.n_points == 500 and cfg.data.train_ratio == 0.5


def test_unknown_bundled_name_lists_the_available_ones() -> None:
    with pytest.raises(PresetError, match=r"no bundled preset 'cirle'; .*: blobs, circle, "):
        load_bundled("cirle")


def test_presets_import_no_qt() -> None:
    code = (
        "import sys, nnplayground.presets as p; p.load_bundled('circle'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'PyQt5', 'PyQt6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_packaging_ships_the_schema_and_the_bundled_presets() -> None:
    # bundled.py reads through importlib.resources, which works from an installed wheel
    # only if pyproject.toml lists the JSON files as package data.
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["nnplayground"]
    assert "presets/bundled/*.json" in patterns and "presets/*.json" in patterns
