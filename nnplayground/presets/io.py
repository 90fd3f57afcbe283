"""Read and write presets: JSON text and files <-> :class:`Preset`.

Reading checks, in this order, and stops at the first problem: the JSON syntax, that every
value is a plain finite JSON value, the ``format`` and ``version`` fields, then (after
upgrading an older version, see :mod:`nnplayground.presets.migrate`) the published JSON
Schema, the component names and parameters against the engine's registries, the whole
experiment (:func:`nnplayground.engine.build.check_experiment`) and finally the shapes of
any stored weights (see :mod:`nnplayground.presets.validate`). Every problem raises
:class:`PresetError` with one sentence naming the file, the field and the bad value, e.g.
``bad.json: network.hidden[1].units must be at least 1, got -3.``

The work is shared with :mod:`~nnplayground.presets.convert` (dict <-> config),
:mod:`~nnplayground.presets.validate` (the checks) and
:mod:`~nnplayground.presets.messages` (the wording); their public names used by callers
are re-exported here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from nnplayground import messages as m
from nnplayground.fileio import atomic_write_text, read_bounded
from nnplayground.limits import MAX_PRESET_BYTES
from nnplayground.messages import QT_TRANSLATE_NOOP, Translatable, without_stop
from nnplayground.presets.convert import Preset, Weights, preset_to_dict
from nnplayground.presets.messages import NewerVersion, PathPart, Problem, path_text, sentence, show
from nnplayground.presets.validate import schema_text, validate
from nnplayground.presets.weights import check_text_size

__all__ = [
    "PathPart",
    "Preset",
    "PresetError",
    "Weights",
    "dumps",
    "load_preset",
    "loads",
    "path_text",
    "preset_from_dict",
    "preset_to_dict",
    "save_preset",
    "schema",
]

_LINE_WIDTH = 88  # for the layout of saved files

READ_FAILED = QT_TRANSLATE_NOOP("messages", "{source}: could not be read: {reason}.")
NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "{source}: not valid UTF-8 text at byte {byte}.")
JSON_SYNTAX = QT_TRANSLATE_NOOP(
    "messages", "{source}: not valid JSON at line {line}, column {column}: {reason}."
)
JSON_DUPLICATE = QT_TRANSLATE_NOOP(
    "messages", "{source}: not valid JSON: the key {key} appears twice in one object."
)
JSON_INVALID = QT_TRANSLATE_NOOP("messages", "{source}: not valid JSON: {reason}.")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("messages", "it is nested too deeply")
PRESET_AT = QT_TRANSLATE_NOOP("messages", "{source}: {clause}.")
NEWER_AT = QT_TRANSLATE_NOOP("messages", "{source} {text}")
NOT_VALID = QT_TRANSLATE_NOOP("messages", "The preset is not valid: {clause}.")
SAVE_FAILED = QT_TRANSLATE_NOOP("messages", "Could not save to {path}: {reason}.")
#: The json module's most common complaints, in words a translator can reach.
JSON_REASONS = {
    "Expecting value": QT_TRANSLATE_NOOP("messages", "Expecting value"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("messages", "Expecting ',' delimiter"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("messages", "Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "messages", "Expecting property name enclosed in double quotes"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "messages", "Unterminated string starting at"
    ),
    "Extra data": QT_TRANSLATE_NOOP("messages", "Extra data"),
}


class PresetError(Translatable, ValueError):
    """A preset could not be read or written; the message is one sentence for the user.

    The message is a translatable :class:`~nnplayground.messages.Message`.
    """


def _error(template: str, **params: Any) -> PresetError:
    return PresetError(m.text(template, **params))


# ----------------------------------------------------------------------------- reading


def load_preset(path: str | os.PathLike[str]) -> Preset:
    """Read and validate the preset file at ``path``; raise :class:`PresetError` if unusable.

    A relative ``data.csv_path`` is taken relative to the preset file's folder (and
    :func:`save_preset` writes it relative to the saved file's folder). Only a
    regular file of at most :data:`~nnplayground.limits.MAX_PRESET_BYTES` is read.
    """
    path = Path(path)
    source = path.name or str(path)
    try:
        raw = read_bounded(path, MAX_PRESET_BYTES)  # never opens a device or FIFO
    except OSError as exc:
        reason = without_stop(str(exc.strerror or exc))
        raise _error(READ_FAILED, source=source, reason=reason) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _error(NOT_UTF8, source=source, byte=exc.start) from None
    return loads(text, source, base_dir=path.parent)


def loads(
    text: str, source: str = "<string>", base_dir: str | os.PathLike[str] | None = None
) -> Preset:
    """Parse and validate preset JSON ``text``; ``source`` names it in error messages.

    ``base_dir``, if given, is the folder a relative ``data.csv_path`` is relative to.
    """
    try:
        check_text_size(text)  # before parsing: 32 MB of [[],[],...] is refused at once
    except Problem as exc:
        raise _error(PRESET_AT, source=source, clause=exc.clause()) from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        reason = m.text(JSON_REASONS[exc.msg]) if exc.msg in JSON_REASONS else exc.msg
        raise _error(
            JSON_SYNTAX, source=source, line=exc.lineno, column=exc.colno, reason=reason
        ) from None
    except _DuplicateKey as exc:
        raise _error(JSON_DUPLICATE, source=source, key=str(exc)) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer with over 4300 digits
        reason = m.text(NESTED_TOO_DEEPLY) if isinstance(exc, RecursionError) else str(exc)
        raise _error(JSON_INVALID, source=source, reason=without_stop(reason)) from None
    return preset_from_dict(data, source, base_dir=base_dir)


def preset_from_dict(
    data: Any, source: str = "<preset>", base_dir: str | os.PathLike[str] | None = None
) -> Preset:
    """Validate plain JSON-like ``data`` (of any supported version) and build a Preset.

    Raises :class:`PresetError` naming ``source`` for any problem and never another
    exception type. Component names are stored in their canonical spelling.
    """
    try:
        return validate(data, base_dir)
    except NewerVersion as exc:
        raise _error(NEWER_AT, source=source, text=exc.text) from None
    except Problem as exc:
        raise _error(PRESET_AT, source=source, clause=exc.clause()) from None


def schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of the current preset version."""
    return json.loads(schema_text())


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(show(key))
        out[key] = value
    return out


# ----------------------------------------------------------------------------- writing


def dumps(preset: Preset) -> str:
    """``preset`` as indented JSON text; :class:`PresetError` if it would not load back."""
    try:
        return _dumps_checked(preset)
    except Problem as exc:
        raise _error(NOT_VALID, clause=exc.clause()) from None


def save_preset(preset: Preset, path: str | os.PathLike[str]) -> None:
    """Write ``preset`` to ``path`` atomically: the file is either the old one or the new one.

    The text goes to a temporary file in the same folder, is flushed to disk, then replaces
    ``path`` in one step (:func:`nnplayground.fileio.atomic_write`: a symlink's target is
    replaced, a folder, device or FIFO is refused). On any failure the temporary file is
    removed, ``path`` is left as it was and :class:`PresetError` says why. An existing file
    keeps its mode.
    """
    path = Path(path)
    try:
        text = _dumps_checked(preset, base_dir=path.parent)
    except Problem as exc:
        raise _error(SAVE_FAILED, path=str(path), reason=exc.clause()) from None
    try:
        atomic_write_text(path, text)
    except (OSError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _error(SAVE_FAILED, path=str(path), reason=without_stop(reason)) from None


def _dumps_checked(preset: Preset, base_dir: Path | None = None) -> str:
    """Serialise and check that the text loads back; raises :class:`Problem`.

    ``base_dir``: the folder of the file being written (a relative ``csv_path`` is then
    written relative to it; see :func:`~nnplayground.presets.convert.preset_to_dict`).
    """
    try:
        data = preset_to_dict(preset, base_dir)
    except Exception as exc:  # e.g. a weights entry that is not a pair of arrays
        raise Problem(None, sentence(exc)) from None
    validate(data, base_dir)  # as it will be read back: csv_path relative to base_dir
    return _format_json(data) + "\n"


def _format_json(value: Any, level: int = 0) -> str:
    """Indented JSON that keeps short or innermost objects and lists on one line.

    Numbers are written by :func:`json.dumps`, i.e. with ``repr``, so floats round-trip.
    """
    flat = json.dumps(value, ensure_ascii=False)
    children = value.values() if isinstance(value, dict) else value
    if (
        not isinstance(value, (dict, list))
        or not any(isinstance(child, (dict, list)) for child in children)
        or 2 * level + len(flat) <= _LINE_WIDTH
    ):
        return flat
    pad = "  " * (level + 1)
    if isinstance(value, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {_format_json(v, level + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    items = [pad + _format_json(v, level + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * level + "]"
