"""Load the user's own 2-D data from a CSV file with columns ``x1, x2, label``.

Format, as accepted by :func:`load_csv`:

- three columns per row: ``x1``, ``x2`` and the label (a class or a regression target);
- an optional header row naming them ``x1``, ``x2`` and ``label``, ``target`` or ``y``
  (any case, any order: the header decides which column is which);
- comma or semicolon separated (decided from the first non-blank line); in a semicolon
  file a decimal comma (``1,5``) is read as ``1.5``, as spreadsheets in many locales write it;
- blank lines and lines starting with ``#`` are skipped;
- 10 to 100000 data rows, every value a finite number in plain decimal or scientific
  notation (``1.5``, ``-2e3``; not ``1_000``), coordinates between -1e6 and 1e6;
- a regular file of at most :data:`~nnplayground.limits.MAX_CSV_BYTES` (a device, FIFO
  or folder is refused before it is opened).

Every problem raises :class:`CsvError` with one sentence naming the file and line.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from nnplayground.fileio import read_bounded
from nnplayground.limits import MAX_CSV_BYTES, MAX_CSV_ROWS
from nnplayground.messages import QT_TRANSLATE_NOOP, Translatable, text

MIN_ROWS = 10
#: Coordinates beyond this size are refused: the view's bounds and the decision grid
#: are computed from them, and spans near 1e308 overflow.
MAX_COORDINATE = 1e6
#: Plain decimal or scientific notation only (Python's float() also takes 1_000, inf,
#: and digits of other scripts).
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
MAX_ROWS = MAX_CSV_ROWS
LABEL_NAMES = ("label", "target", "y")
COLUMNS = ("x1", "x2", "label")


AT_LINE = QT_TRANSLATE_NOOP("messages", "{file}, line {line}")
CSV_MISSING = QT_TRANSLATE_NOOP("messages", "{where}: the file does not exist.")
CSV_NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "{where}: the file is not UTF-8 text.")
CSV_UNREADABLE = QT_TRANSLATE_NOOP("messages", "{where}: the file cannot be read ({reason}).")
CSV_TOO_FEW = QT_TRANSLATE_NOOP(
    "messages", "{where}: found {count} data rows; at least {minimum} are needed."
)
CSV_EMPTY = QT_TRANSLATE_NOOP(
    "messages", "{where}: the file is empty (no lines other than blanks and comments)."
)
CSV_SYNTAX = QT_TRANSLATE_NOOP("messages", "{where}: {reason}.")
CSV_TOO_MANY = QT_TRANSLATE_NOOP(
    "messages", "{where}: more than {maximum} data rows; the limit is {maximum}."
)
CSV_HEADER = QT_TRANSLATE_NOOP(
    "messages",
    "{where}: the header must name the columns x1, x2 and label (or target, or y), found {found}.",
)
CSV_COLUMNS = QT_TRANSLATE_NOOP("messages", "{where}: expected 3 columns ({names}), found {count}.")
CSV_EMPTY_CELL = QT_TRANSLATE_NOOP("messages", "{where}: column {name} is empty.")
CSV_NOT_NUMBER = QT_TRANSLATE_NOOP("messages", "{where}: {value} in column {name} is not a number.")
CSV_NOT_FINITE = QT_TRANSLATE_NOOP(
    "messages", "{where}: {value} in column {name} is not a finite number."
)
CSV_TOO_FAR = QT_TRANSLATE_NOOP(
    "messages",
    "{where}: {value} in column {name} is too large; coordinates must lie "
    "between -{maximum} and {maximum}.",
)


class CsvError(Translatable, ValueError):
    """A CSV file that cannot be used; the message names the file and line.

    The message is a translatable :class:`~nnplayground.messages.Message`.
    """


def _error(template: str, **params: object) -> CsvError:
    return CsvError(text(template, **params))


def _line(where: str, number: int) -> str:
    """``"data.csv, line 7"`` (translatable)."""
    return text(AT_LINE, file=where, line=number)


def load_csv(path: str | os.PathLike[str]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Read ``path`` and return ``(points (n, 2), labels (n,))``, both float64.

    Only a regular file of at most :data:`~nnplayground.limits.MAX_CSV_BYTES` is read.
    Raises :class:`CsvError` (a ``ValueError``) for a missing or unreadable file, an empty
    file, a bad header, a wrong column count, a value that is not a finite number, fewer
    than 10 or more than 100000 data rows.
    """
    file = Path(path)
    where = file.name
    try:
        raw = read_bounded(file, MAX_CSV_BYTES)  # never opens a device or FIFO
    except FileNotFoundError:
        raise _error(CSV_MISSING, where=where) from None
    except OSError as exc:
        raise _error(CSV_UNREADABLE, where=where, reason=exc.strerror or exc) from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(CSV_NOT_UTF8, where=where) from None
    del raw
    rows = _read_rows(io.StringIO(content, newline=""), where)
    if len(rows) < MIN_ROWS:
        raise _error(CSV_TOO_FEW, where=where, count=len(rows), minimum=MIN_ROWS)
    data = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return data[:, :2].copy(), data[:, 2].copy()


def save_csv(
    path: str | os.PathLike[str], points: NDArray[np.floating], labels: NDArray[np.floating]
) -> None:
    """Write ``points (n, 2)`` and ``labels (n,)`` with a ``x1,x2,label`` header.

    Values are written with ``repr`` so :func:`load_csv` reads back the same floats.
    """
    pts = np.asarray(points, dtype=np.float64)
    lab = np.asarray(labels, dtype=np.float64).reshape(-1)
    if pts.ndim != 2 or pts.shape[1] != 2 or lab.shape[0] != pts.shape[0]:
        raise ValueError(
            f"Expected points (n, 2) and labels (n,), got {pts.shape} and {lab.shape}."
        )
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(np.column_stack([pts, lab]).tolist())


def _read_rows(fh: Iterable[str], where: str) -> list[tuple[float, float, float]]:
    """Parse the data rows of an open file; a header, if present, may reorder the columns."""
    lines = _content_lines(fh)
    first = next(lines, None)
    if first is None:
        raise _error(CSV_EMPTY, where=where)
    # Spreadsheets that write decimal commas separate cells with semicolons.
    delimiter = ";" if ";" in first[1] else ","
    names, order = COLUMNS, (0, 1, 2)
    rows: list[tuple[float, float, float]] = []
    # One reader per line keeps line numbers exact; numeric data has no multi-line cells.
    for number, line in itertools.chain([first], lines):
        try:
            cells = next(csv.reader([line], delimiter=delimiter))
        except csv.Error as exc:
            raise _error(CSV_SYNTAX, where=_line(where, number), reason=exc) from None
        while cells and not cells[-1].strip():
            cells.pop()  # a trailing separator leaves an empty last cell
        if number == first[0] and cells and _looks_like_text(cells[0], delimiter):
            names, order = _header(cells, _line(where, number))
            continue
        rows.append(_parse_row(cells, names, order, delimiter, (where, number)))
        if len(rows) > MAX_ROWS:
            raise _error(CSV_TOO_MANY, where=where, maximum=MAX_ROWS)
    return rows


def _content_lines(fh: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of lines that are neither blank nor ``#`` comments."""
    for number, line in enumerate(fh, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line


def _header(cells: list[str], where: str) -> tuple[tuple[str, str, str], tuple[int, int, int]]:
    """Column names and the indices of x1, x2 and the label from a header row."""
    found = [c.strip().lower() for c in cells]
    labels = [name for name in found if name in LABEL_NAMES]
    if len(found) != 3 or "x1" not in found or "x2" not in found or len(labels) != 1:
        written = ", ".join(c.strip() for c in cells)
        raise _error(CSV_HEADER, where=where, found=repr(written))
    names = ("x1", "x2", labels[0])
    return names, (found.index("x1"), found.index("x2"), found.index(labels[0]))


def _parse_row(
    cells: list[str],
    names: tuple[str, str, str],
    order: tuple[int, int, int],
    delimiter: str,
    line: tuple[str, int],
) -> tuple[float, float, float]:
    """The values ``(x1, x2, label)`` of one data row, or :class:`CsvError`.

    ``line`` is (file name, line number) for the message.
    """
    if len(cells) != 3:
        raise _error(CSV_COLUMNS, where=_line(*line), names=", ".join(names), count=len(cells))
    if delimiter == ",":
        # Fast path for well-formed rows; the loop below explains what is wrong otherwise.
        if all(c.isascii() and "_" not in c for c in cells):  # plain numbers only
            try:
                x1, x2, label = (float(cells[i]) for i in order)
            except ValueError:
                pass
            else:
                if math.isfinite(label) and abs(x1) <= MAX_COORDINATE >= abs(x2):
                    return x1, x2, label
    values = []
    for name, index in zip(names, order, strict=True):
        cell = cells[index].strip()
        if not cell:
            raise _error(CSV_EMPTY_CELL, where=_line(*line), name=name)
        value = _to_float(cell, delimiter)
        if value is None:
            raise _error(CSV_NOT_NUMBER, where=_line(*line), value=repr(cell), name=name)
        if not math.isfinite(value):
            raise _error(CSV_NOT_FINITE, where=_line(*line), value=repr(cell), name=name)
        if name != names[2] and abs(value) > MAX_COORDINATE:
            raise _error(
                CSV_TOO_FAR, where=_line(*line), value=repr(cell), name=name, maximum="1e6"
            )
        values.append(value)
    return values[0], values[1], values[2]


def _to_float(text: str, delimiter: str) -> float | None:
    """``text`` as a float if it is a plain decimal or scientific number (a decimal comma
    in semicolon files), ``nan``/``inf`` spelled as Python does; else ``None``."""
    if delimiter == ";":
        text = text.replace(",", ".")
    text = text.strip()
    if not _NUMBER.fullmatch(text) and text.lower().lstrip("+-") not in _SPECIAL:
        return None
    return float(text)


_SPECIAL = ("nan", "inf", "infinity")  # read, then refused as "not a finite number"


def _looks_like_text(cell: str, delimiter: str) -> bool:
    """A header cell: not even Python's float() reads it (so ``1_000`` is a bad number in
    a data row, not a header)."""
    try:
        float(cell.replace(",", ".") if delimiter == ";" else cell)
    except ValueError:
        return True
    return False
