"""Stored weights are checked with NumPy, not number by number in the JSON Schema.

A preset of the largest network the editor builds (16 hidden layers of 256 units) holds
about a million numbers; jsonschema took over a minute on them. So the generic checks
(:func:`~nnplayground.presets.validate.check_plain_json`, the schema) see the preset with
its kernel rows and biases emptied (:func:`pruned`), and :func:`weight_arrays` checks the
numbers themselves in a few vectorised passes: every value a JSON number (not a bool, not
text), every row as long as the first, every value finite. Only when a check fails is the
first bad value looked for, to name it in the message.

:func:`check_text_size` bounds the work before the JSON is even parsed: a preset cannot
hold more lists or numbers than the largest network needs, so 32 MB of ``[[],[],…]`` is
refused in milliseconds instead of building millions of Python lists.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from nnplayground import messages as m
from nnplayground.limits import MAX_HIDDEN_LAYERS, MAX_SAVED_EPOCHS, MAX_UNITS
from nnplayground.presets.messages import (
    HISTORY_ACCURACY,
    HISTORY_LENGTH,
    HISTORY_SHARE,
    HISTORY_TOO_LONG,
    MUST_BE_TYPE,
    NOT_FINITE,
    ROW_LENGTH,
    TOO_LARGE,
    Problem,
    show,
)

_MAX_INPUTS = 32  # data.features has at most 32 entries (schema)
_MAX_OUTPUTS = 10  # classes
_LAYER_SIZES = [_MAX_INPUTS, *[MAX_UNITS] * MAX_HIDDEN_LAYERS, _MAX_OUTPUTS]
#: Numbers the weights of the largest network hold (kernels and biases).
MAX_WEIGHT_NUMBERS = sum(a * b + b for a, b in zip(_LAYER_SIZES, _LAYER_SIZES[1:]))
#: Lists: a valid preset has one per kernel row plus a few (and brackets inside its text:
#: a description holds at most 10,000 characters). Ten times that is still parsed at once.
MAX_LISTS = 10 * (sum(_LAYER_SIZES[:-1]) + 2 * len(_LAYER_SIZES) + 20_000)
#: Commas: about one per number or list, plus those in text and between fields.
MAX_COMMAS = MAX_WEIGHT_NUMBERS + MAX_LISTS + 20_000 + 4 * MAX_SAVED_EPOCHS
#: The history section's columns, in the order of engine.history.COLUMNS.
HISTORY_COLUMNS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")

TOO_MANY = m.QT_TRANSLATE_NOOP(
    "messages",
    "holds {count} {what}, more than any preset can (at most {maximum}); it is not a preset",
)
WHAT_LISTS = m.QT_TRANSLATE_NOOP("messages", "lists")
WHAT_VALUES = m.QT_TRANSLATE_NOOP("messages", "values")

_NUMBER_TYPES = (int, float)


def check_text_size(text: str) -> None:
    """Refuse preset text with more lists or values than any valid preset (Problem)."""
    lists = text.count("[")
    if lists > MAX_LISTS:
        raise Problem(
            None, m.text(TOO_MANY, count=lists, what=m.text(WHAT_LISTS), maximum=MAX_LISTS)
        )
    commas = text.count(",")
    if commas > MAX_COMMAS:
        raise Problem(
            None, m.text(TOO_MANY, count=commas, what=m.text(WHAT_VALUES), maximum=MAX_COMMAS)
        )


def pruned(data: Any) -> Any:
    """``data`` (a shallow copy) with every kernel row and bias of ``weights`` and every
    column of ``history`` emptied: their numbers are checked by NumPy, not item by item.

    Only lists are emptied, so the schema still sees a kernel that is not a list of lists.
    """
    if not isinstance(data, dict):
        return data
    history = data.get("history")
    if isinstance(history, dict):
        data = {**data, "history": {k: [] if isinstance(v, list) else v
                                    for k, v in history.items()}}  # fmt: skip
    if not isinstance(data.get("weights"), list):
        return data
    entries = []
    for entry in data["weights"]:
        if isinstance(entry, dict):
            entry = dict(entry)
            kernel = entry.get("kernel")
            if isinstance(kernel, list):
                entry["kernel"] = [[] if isinstance(row, list) else row for row in kernel]
            if isinstance(entry.get("bias"), list):
                entry["bias"] = []
        entries.append(entry)
    return {**data, "weights": entries}


def weight_arrays(entries: list[dict[str, Any]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(kernel, bias)`` float64 arrays of every entry; :class:`Problem` naming the first
    value that is not a finite number or the first row of a different length.

    ``entries`` has passed the schema on its :func:`pruned` form: a list of objects whose
    kernel is a list of lists and whose bias is a list.
    """
    out = []
    for i, entry in enumerate(entries):
        rows = entry["kernel"]
        for j, row in enumerate(rows[1:], start=1):
            if len(row) != len(rows[0]):
                raise Problem(
                    ("weights", i, "kernel", j),
                    m.text(ROW_LENGTH, length=len(rows[0]), size=len(row)),
                )
        kernel = _numbers(rows, ("weights", i, "kernel"))
        if not rows:
            kernel = kernel.reshape(0, 0)
        bias = _numbers([entry["bias"]], ("weights", i, "bias"))[0]
        out.append((kernel, bias))
    return out


def history_rows(section: dict[str, Any], task: str) -> np.ndarray:
    """The ``history`` section (it passed the schema on its :func:`pruned` form) as (k, 4)
    rows, NaN where an accuracy does not apply; :class:`Problem` naming the first bad
    column or value."""
    length = len(section["train_loss"])
    if length > MAX_SAVED_EPOCHS:
        raise Problem(("history", "train_loss"),
                      m.text(HISTORY_TOO_LONG, size=length, maximum=MAX_SAVED_EPOCHS))  # fmt: skip
    rows = np.full((length, len(HISTORY_COLUMNS)), np.nan)
    for i, name in enumerate(HISTORY_COLUMNS):
        if name not in section:
            continue
        path = ("history", name)
        if task != "classification" and "accuracy" in name:
            raise Problem(path, m.text(HISTORY_ACCURACY))
        if len(section[name]) != length:
            raise Problem(path, m.text(HISTORY_LENGTH, length=length, size=len(section[name])))
        rows[:, i] = _numbers([section[name]], path)[0] if length else []
    accuracy = rows[:, 2:]
    bad = np.flatnonzero(np.any((accuracy < 0) | (accuracy > 1), axis=1))
    if bad.size:
        row = int(bad[0])
        column = 2 + int(np.flatnonzero((accuracy[row] < 0) | (accuracy[row] > 1))[0])
        raise Problem(("history", HISTORY_COLUMNS[column], row),
                      m.text(HISTORY_SHARE, value=f"{rows[row, column]:g}"))  # fmt: skip
    return rows


def _numbers(rows: list[list[Any]], path: tuple[Any, ...]) -> np.ndarray:
    """``rows`` as a 2-D float64 array, every value a finite JSON number."""
    types: set[type] = set()
    for row in rows:
        types.update(map(type, row))
    if any(not issubclass(t, _NUMBER_TYPES) or issubclass(t, bool) for t in types):
        raise _first_bad(rows, path, _not_number)
    try:
        array = np.array(rows, dtype=np.float64)
    except OverflowError:  # an integer beyond the float range
        raise _first_bad(rows, path, _too_large) from None
    if not np.isfinite(array).all():
        raise _first_bad(rows, path, _not_finite)
    return array


def _not_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, _NUMBER_TYPES):
        return m.text(MUST_BE_TYPE, types=m.text("a number"), got=m.text(m.GOT, value=show(value)))
    return None


def _too_large(value: Any) -> str | None:
    if isinstance(value, int) and abs(value) >= 2**1023:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return m.text(TOO_LARGE, digits=digits)
    return None


def _not_finite(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return m.text(NOT_FINITE, got=m.text(m.GOT, value=show(value)))
    return None


def _first_bad(rows: list[list[Any]], path: tuple[Any, ...], why) -> Problem:
    """A Problem at the first value for which ``why`` gives a clause (the slow path)."""
    bias = path[-1] == "bias"
    for j, row in enumerate(rows):
        for k, value in enumerate(row):
            clause = why(value)
            if clause is not None:
                return Problem((*path, k) if bias else (*path, j, k), clause)
    return Problem(path, m.text(MUST_BE_TYPE, types=m.text("a number"), got="?"))
