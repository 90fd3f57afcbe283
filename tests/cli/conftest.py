"""Helpers for running the command line in-process and as a subprocess."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from nnplayground.cli import main
from nnplayground.presets import bundled

BUNDLED_DIR = Path(bundled.__file__).parent / "bundled"


@pytest.fixture
def run_cli(capsys) -> Callable[..., tuple[int, str, str]]:
    """Call ``nnplayground.cli.main(args)``; return (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def preset_copy(tmp_path) -> Callable[..., Path]:
    """Write a copy of a bundled preset, edited by ``edit(data)``, to tmp_path; return its path."""

    def make(name: str, edit: Callable[[dict], None], file_name: str = "edited.json") -> Path:
        data = json.loads((BUNDLED_DIR / f"{name}.json").read_text(encoding="utf-8"))
        edit(data)
        path = tmp_path / file_name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return make
