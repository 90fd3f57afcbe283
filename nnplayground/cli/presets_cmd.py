"""``nnplayground presets``: list the bundled presets (name, task, title)."""

from __future__ import annotations

import argparse

from nnplayground.cli.common import EXIT_OK, CliError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "presets",
        help="list the bundled presets",
        description="List the bundled presets, one per line: name, task, title.",
    )
    p.set_defaults(run=run)


def rows() -> list[tuple[str, str, str]]:
    """(name, task, title) for every bundled preset, in bundled order."""
    from nnplayground import presets

    out = []
    for name in presets.bundled_names():
        try:
            cfg = presets.load_bundled(name).config
        except presets.PresetError as exc:  # a broken bundled file is a bug: say which
            raise CliError(f"bundled preset {name}: {exc}") from None
        out.append((name, cfg.task, cfg.title))
    return out


def run(args: argparse.Namespace) -> int:
    table = rows()
    name_w = max((len(r[0]) for r in table), default=0)
    task_w = max((len(r[1]) for r in table), default=0)
    for name, task, title in table:
        print(f"{name:<{name_w}}  {task:<{task_w}}  {title}")
    return EXIT_OK
