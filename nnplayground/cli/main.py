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

PROG = "nnplayground"

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DIVERGED = 3
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A user-facing failure: ``str(exc)`` is one sentence, ``code`` the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (not the usage block) and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')")


def error_line(message: str) -> str:
    """The single stderr line for ``message``, newlines folded so it stays one line."""
    return f"{PROG}: error: {' '.join(str(message).split())}"


def _whole_number(text: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
    return value


def positive_int(text: str) -> int:
    """argparse type: a whole number ≥ 1."""
    return _whole_number(text, 1)


def non_negative_int(text: str) -> int:
    """argparse type: a whole number ≥ 0."""
    return _whole_number(text, 0)


def build_parser() -> argparse.ArgumentParser:
    from nnplayground import __version__
    from nnplayground.cli import bench, compare, landscape, presets_cmd, train

    parser = _Parser(
        prog=PROG,
        description="See how a neural network learns. Without a command, start the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    train.add_parser(sub)
    compare.add_parser(sub)
    presets_cmd.add_parser(sub)
    bench.add_parser(sub)
    landscape.add_parser(sub)
    return parser


def _start_gui() -> int:
    from nnplayground import app  # lazy: headless commands never import Qt for nothing

    return int(app.main() or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _start_gui()
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
