"""A saved preset's csv_path is relative to the saved file's folder (or absolute)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from nnplayground import presets
from nnplayground.cli.main import main
from nnplayground.engine.csvdata import save_csv


def _csv_preset(folder: Path) -> Path:
    """folder/data.csv (two classes) and folder/p.json pointing at it as "data.csv"."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    points = rng.normal(size=(40, 2))
    save_csv(folder / "data.csv", points, (points[:, 0] > 0).astype(float))
    data = presets.preset_to_dict(presets.load_bundled("circle"))
    data["data"]["csv_path"] = "data.csv"
    (folder / "p.json").write_text(json.dumps(data), encoding="utf-8")
    return folder / "p.json"


def _stored(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["data"]["csv_path"]


def test_cli_save_beside_the_preset_keeps_csv_path_relative(tmp_path, monkeypatch, capsys):
    _csv_preset(tmp_path / "sub")
    monkeypatch.chdir(tmp_path)
    assert main(["train", "sub/p.json", "--epochs", "1", "--save", "sub/p3.json"]) == 0
    capsys.readouterr()
    assert _stored(tmp_path / "sub" / "p3.json") == "data.csv"  # was "sub/data.csv"
    loaded = presets.load_preset("sub/p3.json")
    assert Path(loaded.config.data.csv_path).resolve() == (tmp_path / "sub" / "data.csv")
    assert main(["train", "sub/p3.json", "--epochs", "1"]) == 0


def test_save_preset_elsewhere_writes_the_path_that_finds_the_csv(tmp_path, monkeypatch):
    _csv_preset(tmp_path / "a")
    monkeypatch.chdir(tmp_path)
    preset = presets.load_preset("a/p.json")
    (tmp_path / "a" / "deeper").mkdir()
    presets.save_preset(preset, "a/deeper/q.json")
    assert _stored(tmp_path / "a" / "deeper" / "q.json") == str(tmp_path / "a" / "data.csv")
    presets.save_preset(preset, tmp_path / "r.json")
    assert _stored(tmp_path / "r.json") == "a/data.csv"
    for saved in ("a/deeper/q.json", "r.json"):
        loaded = presets.load_preset(saved)
        assert Path(loaded.config.data.csv_path).resolve() == tmp_path / "a" / "data.csv"


def test_dumps_without_a_file_keeps_the_path_as_given(tmp_path):
    _csv_preset(tmp_path)
    preset = presets.load_preset(tmp_path / "p.json")
    assert json.loads(presets.dumps(preset))["data"]["csv_path"] == str(tmp_path / "data.csv")
