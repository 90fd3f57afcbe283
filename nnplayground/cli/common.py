"""What every CLI command shares: exit codes, the error type, argument types, output checks.

Kept apart from :mod:`nnplayground.cli.main` (which imports every command) so the
commands import this module and never ``main``: no import circle.
"""

from __future__ import annotations

import argparse
import math
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from nnplayground.limits import MAX_EPOCHS, MAX_SEED

PROG = "nnplayground"

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DIVERGED = 3
EXIT_INTERRUPTED = 130

PLOT_FORMATS = (".png", ".svg")
_MAX_DIGITS = 30  # a longer whole number is over every limit; never int() it
_WHOLE = re.compile(r"[+-]?\d+")


class CliError(Exception):
    """A user-facing failure: ``str(exc)`` is one sentence, ``code`` the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (not the usage block) and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')")


def error_line(message: str) -> str:
    """The single stderr line for ``message``, newlines folded so it stays one line."""
    return f"{PROG}: error: {' '.join(str(message).split())}"


def _short(text: str, limit: int = 24) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def whole_number(text: str, minimum: int, maximum: int | None = None) -> int:
    """``text`` as an int from ``minimum`` to ``maximum``; ArgumentTypeError otherwise.

    Only plain decimal digits; a number with more than 30 digits is reported as too
    large without converting it (Python would otherwise suggest
    ``sys.set_int_max_str_digits``).
    """
    stripped = text.strip()
    if not _WHOLE.fullmatch(stripped):
        raise argparse.ArgumentTypeError(f"expected a whole number, got {_short(text)}")
    digits = len(stripped.lstrip("+-"))
    if digits > _MAX_DIGITS:
        bound = f"at most {maximum}" if maximum is not None else "a smaller number"
        raise argparse.ArgumentTypeError(f"must be {bound}, got a number with {digits} digits")
    value = int(stripped)
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise argparse.ArgumentTypeError(f"must be at most {maximum}, got {value}")
    return value


def int_range(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    """argparse type: a whole number from ``minimum`` to ``maximum``."""

    def parse(text: str) -> int:
        return whole_number(text, minimum, maximum)

    parse.__name__ = "whole number"  # argparse names the type in some messages
    return parse


def positive_int(text: str) -> int:
    """argparse type: a whole number ≥ 1."""
    return whole_number(text, 1)


def non_negative_int(text: str) -> int:
    """argparse type: a whole number ≥ 0."""
    return whole_number(text, 0)


def finite_float(text: str) -> float:
    """argparse type: a finite number (``nan`` and ``inf`` are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {_short(text)}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {_short(text)}")
    return value


#: --epochs of train and compare: 1 to MAX_EPOCHS.
epochs_type = int_range(1, MAX_EPOCHS)
#: --seed: 0 to MAX_SEED (a 32-bit signed integer, what the app's seed box holds).
seed_type = int_range(0, MAX_SEED)


# ----------------------------------------------------------------------------- outputs


def check_output_path(path: str, option: str) -> Path:
    """``path`` as a Path if a file can be written there; CliError otherwise.

    Refused: an empty path, a folder, a device, FIFO or socket (also behind a symlink), a
    folder that does not exist or is not writable.
    """
    from nnplayground.fileio import FileKindError, resolve_target

    if not path.strip():
        raise CliError(f"{option}: the path is empty; give a file name")
    try:
        target = resolve_target(path)
    except FileKindError as exc:
        if exc.strerror == "it is a folder":
            raise CliError(f"{option} {path}: is a folder; give a file name") from None
        raise CliError(f"{option} {path}: {exc.strerror}") from None
    except OSError as exc:
        raise CliError(f"{option} {path}: {exc.strerror or exc}") from None
    folder = target.parent
    if not folder.is_dir():
        raise CliError(f"{option} {path}: the folder {Path(path).parent} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"{option} {path}: the folder {folder} is not writable")
    return Path(path)


def check_plot_path(path: str, option: str = "--loss-plot") -> Path:
    """:func:`check_output_path` plus a .png or .svg extension."""
    out = check_output_path(path, option)
    if out.suffix.lower() not in PLOT_FORMATS:
        got = f"'{out.suffix}'" if out.suffix else "none"
        raise CliError(f"{option} {path}: the extension must be .png or .svg, got {got}")
    return out


def check_distinct(outputs: Sequence[tuple[str, Path | None]]) -> None:
    """Refuse two outputs naming the same file (also via symlinks or other spellings)."""
    seen: dict[str, str] = {}
    for option, path in outputs:
        if path is None:
            continue
        real = os.path.realpath(path)
        if real in seen:
            raise CliError(f"{seen[real]} and {option} both write {path}; give different files")
        seen[real] = option
