"""A CSV file's labels are checked against the experiment's task; a file is read once."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import build, datasets
from nnplayground.engine.config import DataConfig, ExperimentConfig
from nnplayground.engine.csvdata import CsvError, load_csv, save_csv


@pytest.fixture(autouse=True)
def _fresh_cache():
    datasets.forget_csv()
    yield
    datasets.forget_csv()


def _write(path: Path, labels, points=None) -> Path:
    labels = np.asarray(labels, dtype=float)
    if points is None:
        points = np.random.default_rng(0).normal(size=(labels.size, 2))
    save_csv(path, points, labels)
    return path


def _cfg(task: str, csv: Path) -> ExperimentConfig:
    base = presets.load_bundled("circle" if task == "classification" else "gaussian_bumps")
    cfg = base.config
    return cfg.replace(data=replace(cfg.data, csv_path=str(csv)))


# --- numbers -----------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["1_000", "١٢", "0x10", "1e5_0"])
def test_only_plain_decimal_or_scientific_numbers_are_read(tmp_path, cell):
    path = tmp_path / "d.csv"
    path.write_text("x1,x2,label\n" + "1,2,0\n" * 5 + f"{cell},2,1\n" + "3,4,1\n" * 5)
    with pytest.raises(CsvError) as info:
        load_csv(path)
    assert str(info.value) == f"d.csv, line 7: {cell!r} in column x1 is not a number."


def test_scientific_notation_and_signs_are_still_read(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("x1,x2,label\n" + "-1.5e2,+.5,0\n" * 5 + "1E-3,2.,1\n" * 5)
    points, labels = load_csv(path)
    assert points[0].tolist() == [-150.0, 0.5] and points[-1].tolist() == [0.001, 2.0]


@pytest.mark.parametrize("value", ["1e308", "-2e6", "1000000.5"])
def test_coordinates_beyond_a_million_are_refused(tmp_path, value):
    path = tmp_path / "far.csv"
    path.write_text("x1,x2,label\n" + "1,2,0\n" * 5 + f"0,{value},1\n" + "3,4,1\n" * 5)
    with pytest.raises(CsvError) as info:
        load_csv(path)
    assert str(info.value) == (
        f"far.csv, line 7: {value!r} in column x2 is too large; coordinates must lie "
        "between -1e6 and 1e6."
    )


def test_coordinates_of_a_million_are_read(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("x1,x2,label\n" + "1e6,-1e6,0\n" * 5 + "3,4,1\n" * 5)
    assert load_csv(path)[0].max() == 1e6


# --- labels against the task ------------------------------------------------------


def test_classification_with_eleven_labels_is_refused(tmp_path):
    csv = _write(tmp_path / "many.csv", np.arange(44) % 11)  # labels 0..10
    with pytest.raises(ValueError) as info:
        build.Experiment.from_config(_cfg("classification", csv))
    assert str(info.value) == (
        "many.csv: 11 different labels; a classification task takes at most 10 classes "
        "(is this a regression task?)."
    )


def test_classification_with_fractional_labels_is_refused(tmp_path):
    csv = _write(tmp_path / "half.csv", [0, 1] * 5 + [0.5] + [0, 1])
    with pytest.raises(ValueError) as info:
        build.check_experiment(_cfg("classification", csv))
    assert str(info.value) == (
        "half.csv: the label 0.5 in data row 11 is not a whole number; a classification "
        "task needs class labels such as 0 and 1."
    )


def test_classification_with_a_single_class_is_refused(tmp_path):
    csv = _write(tmp_path / "one.csv", [2] * 12)
    with pytest.raises(ValueError) as info:
        build.check_experiment(_cfg("classification", csv))
    assert str(info.value) == (
        "one.csv: every label is 2; a classification task needs at least two classes."
    )


def test_preset_refusal_names_the_preset_and_the_file(tmp_path):
    csv = _write(tmp_path / "one.csv", [1] * 12)
    text = _dump(presets.Preset(_cfg("classification", csv)))
    with pytest.raises(presets.PresetError) as info:
        presets.loads(text, "p.json")
    assert str(info.value).startswith("p.json: one.csv: every label is 1;")


def _dump(preset) -> str:
    import json

    return json.dumps(presets.preset_to_dict(preset))


def test_regression_on_integer_class_labels_trains(tmp_path):
    csv = _write(tmp_path / "three.csv", np.arange(30) % 3)  # looks like 3 classes
    exp = build.Experiment.from_config(_cfg("regression", csv))
    assert exp.dataset.task == "regression" and exp.dataset.y_train.shape[1] == 1
    exp.trainer.run(should_stop=lambda: exp.trainer.epoch >= 3)
    assert exp.trainer.epoch >= 3 and exp.network.all_finite()


def test_regression_on_integer_labels_trains_in_the_cli(tmp_path, capsys):
    from nnplayground.cli.main import main

    csv = _write(tmp_path / "three.csv", np.arange(30) % 3)
    path = tmp_path / "r.json"
    path.write_text(_dump(presets.Preset(_cfg("regression", csv))), encoding="utf-8")
    assert main(["train", str(path), "--epochs", "3"]) == 0
    assert "3 epochs" in capsys.readouterr().out


# --- read once --------------------------------------------------------------------


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    seen: list[str] = []

    def counting(path):
        seen.append(os.fspath(path))
        return load_csv(path)

    monkeypatch.setattr(datasets, "load_csv", counting)
    return seen


def test_checking_an_experiment_reads_its_csv_once(tmp_path, reads):
    csv = _write(tmp_path / "d.csv", [0, 1] * 10)
    cfg = _cfg("classification", csv)
    for rate in (0.01, 0.02, 0.03, 0.04, 0.05):  # each learning-rate spin step
        build.check_experiment(cfg.replace(training=replace(cfg.training, learning_rate=rate)))
        assert datasets.describe(cfg.data).n_classes == 2
    build.Experiment.from_config(cfg)
    assert len(reads) == 1


def test_a_changed_or_forgotten_csv_is_read_again(tmp_path, reads):
    csv = _write(tmp_path / "d.csv", [0, 1] * 10)
    cfg = _cfg("classification", csv)
    build.check_experiment(cfg)
    _write(csv, [0, 1, 2] * 10)  # another size
    assert datasets.describe(cfg.data).n_classes == 3
    assert datasets.describe(cfg.data).n_classes == 3
    datasets.forget_csv(csv)
    assert datasets.describe(cfg.data).n_classes == 3
    assert len(reads) == 3


def test_reset_and_save_work_after_the_csv_is_deleted(tmp_path, reads):
    csv = _write(tmp_path / "d.csv", [0, 1] * 10)
    exp = build.Experiment.from_config(_cfg("classification", csv))
    os.unlink(csv)
    again = exp.reset(seed=5)
    assert again.dataset is exp.dataset
    saved = tmp_path / "p.json"
    presets.save_preset(presets.Preset(exp.config, exp.network.get_weights()), saved)
    assert saved.exists()
    assert len(reads) == 1


def test_reset_keeps_the_data_it_read_when_the_csv_changes(tmp_path, reads):
    csv = _write(tmp_path / "d.csv", [0, 1] * 10)
    exp = build.Experiment.from_config(_cfg("classification", csv))
    csv.write_text("not,a,csv\n")  # now invalid
    again = exp.reset()
    assert again.dataset is exp.dataset
    assert len(reads) == 1


def test_generated_data_is_unaffected():
    ds = datasets.make_dataset(DataConfig())
    assert ds.task == "classification"
