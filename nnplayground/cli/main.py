"""The ``nnplayground`` command: no arguments start the GUI, subcommands run headless.

Every user error (unknown preset, malformed file, bad option value, unwritable output)
ends with exit status 2 and ONE line on stderr, ``nnplayground: error: <sentence>``,
never a traceback. Training that diverges ends with exit status 3.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from nnplayground.cli.common import (
    EXIT_DIVERGED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CliError,
    Parser,
    error_line,
    non_negative_int,
    positive_int,
)

# Re-exported for callers of the old locations; the commands import cli.common.
__all__ = [
    "EXIT_DIVERGED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "CliError",
    "build_parser",
    "error_line",
    "main",
    "non_negative_int",
    "positive_int",
]


def build_parser() -> argparse.ArgumentParser:
    from nnplayground import __version__
    from nnplayground.cli import animate, bench, compare, landscape, presets_cmd, train

    parser = Parser(
        prog=PROG,
        description="See how a neural network learns. Without a command, start the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    train.add_parser(sub)
    compare.add_parser(sub)
    presets_cmd.add_parser(sub)
    bench.add_parser(sub)
    landscape.add_parser(sub)
    animate.add_parser(sub)
    return parser


def _start_gui(path: str | None = None) -> int:
    from nnplayground import app  # lazy: headless commands never import Qt for nothing

    return int(app.main(path=path) or 0)


def _is_file_argument(args: list[str]) -> bool:
    """``nnplayground FILE``: one argument that is a file, not a command or an option."""
    if len(args) != 1 or args[0].startswith("-"):
        return False
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return args[0] not in sub.choices and (args[0].endswith(".json") or os.path.isfile(args[0]))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _start_gui()
    if _is_file_argument(args_list):
        return _start_gui(args_list[0])
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            return _start_gui()
        return int(args.run(args))
    except CliError as exc:
        print(error_line(str(exc)), file=sys.stderr)
        return exc.code
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except BrokenPipeError:  # e.g. `nnplayground bench | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the exit-time flush does not fail again
        return EXIT_OK
    except KeyboardInterrupt:
        print(error_line("interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
