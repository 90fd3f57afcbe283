"""Everything the CLI can check is checked before the first epoch."""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path

import pytest

import nnplayground.cli as cli_package


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("nnplayground: error: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("option", ["--history", "--save", "--loss-plot"])
def test_empty_output_path_is_refused(run_cli, option):
    code, out, err = run_cli("train", "circle", "--epochs", "3", option, "")
    assert code == 2 and out == ""
    assert _one_line(err).endswith(f"{option}: the path is empty; give a file name")


@pytest.mark.parametrize("option", ["--history", "--plot"])
def test_compare_empty_output_path_is_refused(run_cli, option):
    code, out, err = run_cli("compare", "circle", "--vary", "activation=tanh,relu", option, "")
    assert code == 2 and out == ""
    assert f"{option}: the path is empty" in _one_line(err)


def test_compare_plot_folder_names_the_plot_option(run_cli, tmp_path):
    code, out, err = run_cli("compare", "circle", "--vary", "activation=tanh,relu",
                             "--plot", str(tmp_path))  # fmt: skip
    assert code == 2 and out == ""
    line = _one_line(err)
    assert f"--plot {tmp_path}: is a folder" in line and "--loss-plot" not in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--epochs", "2000000"], "--epochs: must be at most 1000000, got 2000000"),
        (["--seed", "99999999999"], "--seed: must be at most 2147483647, got 99999999999"),
        (["--seed", "-1"], "--seed: must be at least 0, got -1"),
        (["--epochs", "1" * 5000], "--epochs: must be at most 1000000, got a number with 5000"),
        (["--epochs", "1e3"], "--epochs: expected a whole number, got '1e3'"),
    ],
)
def test_values_over_the_limits_are_refused_before_training(run_cli, args, expected):
    code, out, err = run_cli("train", "circle", *args)
    assert code == 2 and out == ""
    line = _one_line(err)
    assert expected in line
    assert "set_int_max_str_digits" not in line


def test_compare_epochs_over_the_limit_is_refused(run_cli):
    code, out, err = run_cli("compare", "circle", "--vary", "activation=tanh,relu",
                             "--epochs", "2000000")  # fmt: skip
    assert code == 2 and out == ""
    assert "--epochs: must be at most 1000000" in _one_line(err)


def test_two_outputs_on_the_same_file_are_refused(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    code, out, err = run_cli("train", "circle", "--history", "out.png",
                             "--loss-plot", "sub/../out.png")  # fmt: skip
    assert code == 2 and out == ""
    assert "--history and --loss-plot both write" in _one_line(err)
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "real.json")
    code, out, err = run_cli("train", "circle", "--save", str(link),
                             "--history", str(tmp_path / "real.json"))  # fmt: skip
    assert code == 2 and out == ""
    assert "--history and --save both write" in _one_line(err)
    assert not (tmp_path / "real.json").exists()


def test_fifo_output_is_refused_without_blocking(run_cli, tmp_path):
    fifo = tmp_path / "h.csv"
    os.mkfifo(fifo)
    code, out, err = run_cli("train", "circle", "--history", str(fifo))
    assert code == 2 and out == ""
    assert _one_line(err).endswith(f"--history {fifo}: it is not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a device needs root")
def test_device_output_is_refused_and_kept(run_cli, tmp_path):
    dev = tmp_path / "null.json"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    code, out, err = run_cli("train", "circle", "--save", str(dev))
    assert code == 2 and out == ""
    assert "it is not a regular file" in _one_line(err)
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_symlinked_save_updates_the_target_and_keeps_the_link(run_cli, tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _out, err = run_cli("train", "circle", "--epochs", "2", "--save", str(link))
    assert code == 0, err
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")


def test_a_title_that_cannot_be_saved_is_refused_before_training(run_cli, tmp_path, monkeypatch):
    from nnplayground.cli import train

    def refuse(cfg, save_path):
        raise train.CliError(f"--save {save_path}: cannot be saved")

    monkeypatch.setattr(train, "check_savable", refuse)
    code, out, err = run_cli("train", "circle", "--save", str(tmp_path / "o.json"))
    assert code == 2 and out == ""  # no summary line: nothing was trained


def test_cli_modules_do_not_import_main():
    folder = Path(cli_package.__file__).parent
    for path in folder.glob("*.py"):
        if path.name in ("main.py", "__init__.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "nnplayground.cli.main", path.name


def test_a_failing_output_does_not_skip_the_others(run_cli, tmp_path, monkeypatch):
    from nnplayground.cli import train

    def full(history, path):
        raise OSError(28, "No space left on device", str(path) + ".tmp")

    monkeypatch.setattr(train, "write_history_csv", full)
    hist, save = tmp_path / "h.csv", tmp_path / "p.json"
    code, _out, err = run_cli("train", "circle", "--epochs", "2",
                              "--history", str(hist), "--save", str(save))  # fmt: skip
    assert code == 2
    assert _one_line(err).endswith(f"could not write {hist}: No space left on device")
    assert save.exists()


@pytest.mark.parametrize("value", ["nan", "inf", "x"])
def test_compare_threshold_must_be_a_finite_number(run_cli, value):
    code, out, err = run_cli("compare", "circle", "--vary", "activation=tanh,relu",
                             "--threshold", value)  # fmt: skip
    assert code == 2 and out == ""
    assert "--threshold" in _one_line(err)
