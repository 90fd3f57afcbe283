"""Command line: `nnplayground` starts the GUI; subcommands run headless."""

from __future__ import annotations

# Importing the submodule nnplayground.cli.main first sets this package's attribute
# ``main`` to that module; rebinding it here keeps ``nnplayground.cli.main`` the function
# (the console script's entry point) whatever imports the submodule later.
from nnplayground.cli.main import main as _main

main = _main

__all__ = ["main"]
