"""User errors end with exit status 2 and one line on stderr; divergence with status 3."""

from __future__ import annotations

import os

import pytest


def assert_one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("nnplayground: error: ")
    assert "Traceback" not in err
    return lines[0]


def test_unknown_preset_name_lists_the_bundled_ones(run_cli):
    code, out, err = run_cli("train", "no_such_preset")
    assert code == 2 and out == ""
    line = assert_one_error_line(err)
    assert "no_such_preset" in line and "circle" in line


def test_malformed_json_file_is_reported_with_its_name(run_cli, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "nnplayground-preset", ', encoding="utf-8")
    code, _, err = run_cli("train", str(bad))
    assert code == 2
    assert "broken.json" in assert_one_error_line(err)


def test_invalid_field_is_reported_with_its_path(run_cli, preset_copy):
    def bad_units(data):
        data["network"]["hidden"][0]["units"] = -3

    path = preset_copy("circle", bad_units, "bad.json")
    code, _, err = run_cli("train", str(path))
    assert code == 2
    line = assert_one_error_line(err)
    assert "bad.json" in line and "network.hidden[0].units" in line and "-3" in line


@pytest.mark.parametrize("optimizer", ["adam", "rmsprop", "adagrad"])
def test_zero_epsilon_is_refused_with_the_field_named(run_cli, preset_copy, optimizer):
    def zero_epsilon(data):
        data["training"]["optimizer"] = {"name": optimizer, "epsilon": 0.0}

    path = preset_copy("circle", zero_epsilon, "eps.json")
    code, out, err = run_cli("train", str(path))
    assert code == 2 and out == ""
    line = assert_one_error_line(err)
    assert line == (
        "nnplayground: error: eps.json: training.optimizer.epsilon must be greater than 0.0, "
        "got 0.0."
    )


@pytest.mark.parametrize("value", ["-1", "0", "ten"])
def test_bad_epochs_value_is_refused(run_cli, value):
    code, out, err = run_cli("train", "circle", "--epochs", value)
    assert code == 2 and out == ""
    assert "--epochs" in assert_one_error_line(err)


def test_missing_output_folder_is_refused_before_training(run_cli, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "h.csv"
    code, out, err = run_cli("train", "circle", "--epochs", "5", "--history", str(target))
    assert code == 2
    assert out == ""  # nothing trained
    assert "does not exist" in assert_one_error_line(err)


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write to read-only folders"
)
def test_unwritable_output_folder_is_refused(run_cli, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, out, err = run_cli("train", "circle", "--save", str(locked / "out.json"))
    finally:
        locked.chmod(0o700)
    assert code == 2 and out == ""
    assert "not writable" in assert_one_error_line(err)


def test_plot_extension_other_than_png_or_svg_is_refused(run_cli, tmp_path):
    code, out, err = run_cli("train", "circle", "--loss-plot", str(tmp_path / "loss.txt"))
    assert code == 2 and out == ""
    assert ".txt" in assert_one_error_line(err)
    assert not (tmp_path / "loss.txt").exists()


def test_diverging_training_exits_3_after_writing_the_history(run_cli, preset_copy, tmp_path):
    def explode(data):  # linear regression with a huge step size
        data["training"]["learning_rate"] = 100

    path = preset_copy("plane", explode, "explode.json")
    hist, plot = tmp_path / "h.csv", tmp_path / "h.png"
    code, out, err = run_cli(
        "train", str(path), "--epochs", "50", "--history", str(hist), "--loss-plot", str(plot)
    )
    assert code == 3
    line = assert_one_error_line(err)
    assert "diverged" in line and "epoch" in line
    assert "diverged" in out  # the summary line still says how far it got
    assert hist.read_text(encoding="utf-8").startswith("epoch,train_loss,test_loss")
    assert plot.read_bytes()[:4] == b"\x89PNG"
