"""Saving and loading give back exactly what was saved; saving is atomic."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from nnplayground.engine.config import Component, DataConfig, LayerConfig, TrainingConfig
from nnplayground.presets import (
    Preset,
    PresetError,
    dumps,
    load_bundled,
    load_preset,
    loads,
    preset_from_dict,
    preset_to_dict,
    save_preset,
)
from nnplayground.presets import io as preset_io


def test_config_and_weights_survive_save_and_load(tmp_path: Path, weighted_preset: Preset) -> None:
    preset = weighted_preset
    path = tmp_path / "mine.json"
    save_preset(preset, path)
    loaded = load_preset(path)
    assert loaded.config == preset.config
    assert loaded.weights is not None and preset.weights is not None
    for (w0, b0), (w1, b1) in zip(preset.weights, loaded.weights, strict=True):
        assert w1.dtype == np.float64 and w1.shape == w0.shape and b1.shape == b0.shape
        assert np.array_equal(w0, w1) and np.array_equal(b0, b1)  # bit for bit
    assert loaded == preset


def test_awkward_floats_round_trip_bit_for_bit(weighted_preset: Preset) -> None:
    preset = weighted_preset
    assert preset.weights is not None
    awkward = np.array(
        [0.1, 1 / 3, 5e-324, 1.7976931348623157e308, -0.0, 2.0**-1074, 1e-310, 123456789.123456789]
    )
    W, b = preset.weights[0]
    W = W.copy()
    W.flat[: W.size] = np.resize(awkward, W.size)
    weights = [(W, b), *preset.weights[1:]]
    loaded = loads(dumps(Preset(preset.config, weights)))
    assert loaded.weights is not None
    assert loaded.weights[0][0].tobytes() == W.tobytes()


def test_every_setting_round_trips() -> None:
    base = load_bundled("circle").config
    cfg = base.replace(
        title="Ünïcödé ✓ title",
        description="line one\nline two",
        network=replace(
            base.network,
            hidden=(
                LayerConfig(
                    3,
                    Component("leaky_relu", {"negative_slope": 0.2}),
                    Component("random_normal", {"stddev": 0.5, "mean": 0.1}),
                    Component("constant", {"value": 0.1}),
                ),
            ),
        ),
        data=DataConfig("circle", 200, 0.25, 0.7, ("x1", "x2", "sin_x1"), 42, 3, None),
        training=TrainingConfig(
            loss=Component("binary_crossentropy"),
            optimizer=Component("sgd", {"momentum": 0.9, "nesterov": True}),
            learning_rate=0.1,
            batch_size=32,
            regularization="l2",
            regularization_rate=0.001,
            epochs=0,
            shuffle=False,
            seed=5,
            target_loss=0.05,
            patience=20,
        ),
    )
    preset = Preset(cfg)
    assert preset_from_dict(preset_to_dict(preset)) == preset
    assert loads(dumps(preset)) == preset


def test_component_aliases_load_as_canonical_names(valid_dict: dict) -> None:
    valid_dict["network"]["hidden"][0]["activation"] = {"name": "swish"}
    cfg = preset_from_dict(valid_dict).config
    assert cfg.network.hidden[0].activation.name == "silu"


def test_omitted_optional_fields_take_the_dataclass_defaults() -> None:
    minimal = {
        "format": "nnplayground-preset",
        "version": 1,
        "task": "classification",
        "network": {"hidden": [{"units": 3}], "output": {"activation": {"name": "sigmoid"}}},
        "data": {"dataset": "xor"},
        "training": {"loss": {"name": "binary_crossentropy"}, "optimizer": {"name": "adam"}},
    }
    cfg = preset_from_dict(minimal).config
    assert cfg.title == "Untitled"
    assert cfg.network.hidden[0] == LayerConfig(3)
    assert cfg.data == DataConfig(dataset="xor")
    assert cfg.training == TrainingConfig(optimizer=Component("adam"))


def test_relative_csv_path_is_read_next_to_the_preset_file(tmp_path: Path) -> None:
    data = preset_to_dict(load_bundled("plane"))
    data["data"]["csv_path"] = "points.json.csv"
    (tmp_path / "p.json").write_text(json.dumps(data), encoding="utf-8")
    cfg = load_preset(tmp_path / "p.json").config
    assert cfg.data.csv_path == os.path.join(tmp_path, "points.json.csv")


def test_saved_file_is_indented_utf8_json_with_a_trailing_newline(tmp_path: Path) -> None:
    preset = Preset(load_bundled("circle").config.replace(title="Kreis – ●"))
    save_preset(preset, tmp_path / "k.json")
    raw = (tmp_path / "k.json").read_bytes()
    assert raw.endswith(b"}\n") and "Kreis – ●".encode() in raw
    assert json.loads(raw)["version"] == 2


def test_saving_an_invalid_preset_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    bad = load_bundled("circle").config.replace(task="regression")
    with pytest.raises(PresetError, match=r"^Could not save to .*k\.json: data\.dataset"):
        save_preset(Preset(bad), tmp_path / "k.json")
    assert list(tmp_path.iterdir()) == []


def _spy_on_unlink(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the files the save removes (to prove a temporary file existed)."""
    removed: list[str] = []
    real_unlink = os.unlink

    def unlink(name: str) -> None:
        removed.append(os.path.basename(name))
        real_unlink(name)

    monkeypatch.setattr(preset_io.os, "unlink", unlink)
    return removed


def _old_file(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "keep.json"
    save_preset(load_bundled("xor"), path)
    return path, path.read_bytes()


@pytest.mark.parametrize("failing", ["replace", "fsync", "chmod"])
def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path, before = _old_file(tmp_path)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    removed = _spy_on_unlink(monkeypatch)
    monkeypatch.setattr(preset_io.os, failing, boom)
    with pytest.raises(PresetError) as info:
        save_preset(load_bundled("circle"), path)
    assert str(info.value) == f"Could not save to {path}: No space left on device."
    monkeypatch.undo()
    assert len(removed) == 1 and removed[0].startswith(".keep.json.")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_text_that_cannot_be_encoded_fails_after_the_temp_file_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Text with no UTF-8 encoding (a lone surrogate) makes writing the temporary file
    # fail; the temporary file must go and the old file must stay. Validation now refuses
    # such a title first (next test), so the checked text is forced here.
    path, before = _old_file(tmp_path)
    monkeypatch.setattr(preset_io, "_dumps_checked", lambda *a, **k: '{"title": "bad \ud800"}')
    removed = _spy_on_unlink(monkeypatch)
    with pytest.raises(PresetError, match=r"^Could not save to .*keep\.json: .*surrogates"):
        save_preset(load_bundled("circle"), path)
    assert len(removed) == 1 and removed[0].startswith(".keep.json.")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_a_title_with_a_lone_surrogate_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = _old_file(tmp_path)
    preset = Preset(load_bundled("circle").config.replace(title="bad \ud800 title"))
    removed = _spy_on_unlink(monkeypatch)
    with pytest.raises(PresetError) as info:
        save_preset(preset, path)
    assert str(info.value) == (
        f"Could not save to {path}: title must be valid Unicode text, but character 4 is a "
        'lone surrogate, got "bad \\ud800 title".'
    )
    assert removed == []
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_saving_into_a_missing_folder_says_why(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "p.json"
    with pytest.raises(PresetError, match=r"^Could not save to .*p\.json: No such file"):
        save_preset(load_bundled("circle"), target)


def test_saving_keeps_the_mode_of_an_existing_file(tmp_path: Path) -> None:
    path, _ = _old_file(tmp_path)
    os.chmod(path, 0o640)
    save_preset(load_bundled("circle"), path)
    assert path.stat().st_mode & 0o777 == 0o640
    save_preset(load_bundled("circle"), tmp_path / "new.json")
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644


def test_presets_compare_by_value_and_are_immutable(weighted_preset: Preset) -> None:
    a = weighted_preset
    b = Preset(a.config, [(w.copy(), b.copy()) for w, b in a.weights or []])
    assert a == b
    assert a != Preset(a.config)
    with pytest.raises(AttributeError):
        a.config = b.config  # type: ignore[misc]
