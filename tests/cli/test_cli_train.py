"""`nnplayground train`: what it writes, and that a saved preset gives the same network."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace

import numpy as np

from nnplayground import presets
from nnplayground.engine import build

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    return struct.unpack(">II", data[16:24])  # IHDR width, height


def csv_rows(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_train_writes_history_csv_png_plot_and_preset(run_cli, tmp_path):
    hist, plot, saved = tmp_path / "h.csv", tmp_path / "loss.png", tmp_path / "out.json"
    code, out, err = run_cli(
        "train", "circle", "--epochs", "5", "--history", str(hist),
        "--loss-plot", str(plot), "--save", str(saved),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [out.strip()]  # no progress bar when stdout is not a terminal
    assert "5 epochs" in out and "test accuracy" in out and "epoch limit" in out
    rows = csv_rows(hist)
    assert rows[0] == "epoch,train_loss,test_loss,train_accuracy,test_accuracy"
    assert len(rows) == 1 + 5
    assert [r.split(",")[0] for r in rows[1:]] == ["1", "2", "3", "4", "5"]
    width, height = png_size(plot)
    assert width == 1200 and 400 < height < 1200
    assert presets.load_preset(saved).weights is not None


def test_regression_history_has_no_accuracy_columns(run_cli, tmp_path):
    hist = tmp_path / "h.csv"
    code, out, _ = run_cli("train", "plane", "--epochs", "3", "--history", str(hist))
    assert code == 0 and "accuracy" not in out
    assert csv_rows(hist)[0] == "epoch,train_loss,test_loss"
    assert len(csv_rows(hist)) == 4


def test_svg_loss_plot_is_an_svg_document(run_cli, tmp_path):
    plot = tmp_path / "loss.svg"
    code, _, _ = run_cli("train", "circle", "--epochs", "4", "--loss-plot", str(plot))
    assert code == 0
    root = ET.parse(plot).getroot()
    assert root.tag.endswith("svg")
    assert not [p for p in os.listdir(tmp_path) if p != "loss.svg"]  # no temporary files left


def test_saved_preset_reloads_with_identical_predictions(run_cli, tmp_path):
    saved = tmp_path / "trained.json"
    code, _, _ = run_cli("train", "circle", "--epochs", "7", "--seed", "3", "--save", str(saved))
    assert code == 0

    # The same training done directly through the engine.
    cfg = presets.load_bundled("circle").config
    cfg = cfg.replace(training=replace(cfg.training, epochs=7, seed=3))
    reference = build.Experiment.from_config(cfg)
    reference.trainer.run()

    loaded = presets.load_preset(saved)
    assert loaded.config.training.seed == 3 and loaded.config.training.epochs == 7
    reloaded = build.Experiment.from_config(loaded.config, weights=loaded.weights)
    X = reference.dataset.X_test
    np.testing.assert_array_equal(reloaded.network.predict(X), reference.network.predict(X))


def test_seed_changes_the_result(run_cli, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run_cli("train", "circle", "--epochs", "2", "--seed", "1", "--history", str(a))[0] == 0
    assert run_cli("train", "circle", "--epochs", "2", "--seed", "2", "--history", str(b))[0] == 0
    assert csv_rows(a)[1] != csv_rows(b)[1]


def test_python_m_nnplayground_trains_in_a_subprocess(tmp_path):
    hist = tmp_path / "h.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "nnplayground", "train", "circle", "--epochs", "5"]
        + ["--history", str(hist)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith("circle: 5 epochs")
    assert len(csv_rows(hist)) == 6


def test_progress_bar_shows_epochs_and_losses_when_enabled(capsys):
    from types import SimpleNamespace

    from nnplayground.cli.train import Progress

    last = {"train_loss": 0.5, "test_loss": 0.25}
    trainer = SimpleNamespace(epoch=3, history=SimpleNamespace(last=lambda: last))
    progress = Progress(10, enabled=True, desc="circle")
    progress(trainer)
    progress.close(trainer)
    out = capsys.readouterr().out
    assert "3/10" in out and "train 0.5" in out and "circle" in out
    assert Progress(10, enabled=False).bar is None


def test_train_without_a_plot_does_not_import_qt(tmp_path):
    code = (
        "import sys; from nnplayground.cli import main; "
        "status = main(['train', 'circle', '--epochs', '1']); "
        "assert status == 0, status; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr


def test_a_preset_without_an_epoch_limit_trains_a_bounded_run_headless(run_cli):
    code, out, err = run_cli("train", "circle")  # the app's default trains until paused
    assert code == 0
    assert "no epoch limit; training 300 epochs" in err
    assert "300 epochs" in out
