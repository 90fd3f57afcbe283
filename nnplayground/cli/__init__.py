"""Command line: `nnplayground` starts the GUI; subcommands run headless."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from nnplayground.cli.main import main as _main

    return _main(argv)
