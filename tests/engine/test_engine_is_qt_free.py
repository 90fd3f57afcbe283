"""The Qt-free layers (engine, presets, lessons, codegen, the CLI modules) load neither
PySide6 nor pyqtgraph on import: they run headless and sit below the GUI."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import nnplayground.cli
import nnplayground.codegen
import nnplayground.engine
import nnplayground.lessons
import nnplayground.presets

QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def module_names(package) -> list[str]:
    found = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
        found.append(info.name)
    return found


def test_engine_and_presets_import_without_qt():
    packages = (nnplayground.engine, nnplayground.presets, nnplayground.lessons,
                nnplayground.codegen, nnplayground.cli)  # fmt: skip
    names = [name for package in packages for name in module_names(package)]
    assert "nnplayground.engine.grid" in names and "nnplayground.engine.diagnostics" in names
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
