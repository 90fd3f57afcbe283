"""The CLI never reads, blocks on or replaces what is not a regular file."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

MEMORY_CAP = 1_500_000_000  # bytes of address space: /dev/zero read whole would exceed it


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _cli_capped(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nnplayground", *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_capped,
        cwd=cwd,
    )


def test_train_dev_zero_exits_2_at_once_under_a_memory_cap():
    proc = _cli_capped("train", "/dev/zero")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "nnplayground: error: zero: could not be read: it is not a regular file."
    ]


def test_train_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    proc = _cli_capped("train", str(fifo))
    assert proc.returncode == 2
    assert "p.json: could not be read: it is not a regular file." in proc.stderr


def test_train_folder_is_refused(run_cli, tmp_path):
    folder = tmp_path / "d.json"
    folder.mkdir()
    code, _out, err = run_cli("train", str(folder))
    assert code == 2
    assert "d.json: could not be read: it is a folder." in err


def test_preset_too_large_is_refused(run_cli, tmp_path, monkeypatch):
    from nnplayground.presets import io

    monkeypatch.setattr(io, "MAX_PRESET_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text(" " * 101 + "{}")
    code, _out, err = run_cli("train", str(big))
    assert code == 2
    assert "big.json: could not be read: it is larger than 100 bytes" in err


@pytest.mark.parametrize("kind", ["dev_zero", "fifo"])
def test_preset_whose_csv_is_a_device_or_fifo_is_refused(preset_copy, tmp_path, kind):
    if kind == "fifo":
        csv = tmp_path / "data.csv"
        os.mkfifo(csv)
    else:
        csv = "/dev/zero"

    def edit(data):
        data["data"]["csv_path"] = str(csv)

    path = preset_copy("circle", edit)
    proc = _cli_capped("train", str(path))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "the file cannot be read (it is not a regular file)" in lines[0]
