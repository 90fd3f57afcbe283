"""One-sentence messages for preset problems (no Qt).

A check raises :class:`Problem` with the field path and the rest of the sentence; the
public functions in :mod:`nnplayground.presets.io` add the file name and turn it into a
:class:`~nnplayground.presets.io.PresetError`. :func:`schema_problem` words a jsonschema
error the same way, e.g. ``network.hidden[1].units must be at least 1, got -3``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from jsonschema.exceptions import ValidationError

from nnplayground import messages as m
from nnplayground.messages import QT_TRANSLATE_NOOP

PathPart = str | int

CLAUSE = QT_TRANSLATE_NOOP("messages", "{path} {text}")
THE_PRESET = QT_TRANSLATE_NOOP("messages", "the preset")
IS_MISSING = QT_TRANSLATE_NOOP("messages", "is missing")
NOT_A_FIELD = QT_TRANSLATE_NOOP("messages", "is not a known field (expected one of {known})")
MUST_BE_TYPE = QT_TRANSLATE_NOOP("messages", "must be {types}, {got}")
TYPE_OR = QT_TRANSLATE_NOOP("messages", "{left} or {right}")
NOT_EMPTY = QT_TRANSLATE_NOOP("messages", "must not be empty")
# checks in nnplayground.presets.validate
NESTED = QT_TRANSLATE_NOOP("messages", "is nested too deeply")
KEY_NOT_TEXT = QT_TRANSLATE_NOOP("messages", "has a key that is not text ({type})")
LONE_SURROGATE = QT_TRANSLATE_NOOP(
    "messages", "must be valid Unicode text, but character {index} is a lone surrogate, {got}"
)
KEY_SURROGATE = QT_TRANSLATE_NOOP(
    "messages",
    "is a key that is not valid Unicode text (character {index} is a lone surrogate)",
)
NOT_FINITE = QT_TRANSLATE_NOOP("messages", "must be a finite number, {got}")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "is far too large, got a number with about {digits} digits"
)
NOT_JSON_VALUE = QT_TRANSLATE_NOOP("messages", "must be a JSON value, got a {type} object")
NOT_OBJECT = QT_TRANSLATE_NOOP("messages", "must be a JSON object, {got}")
FORMAT_MISSING = QT_TRANSLATE_NOOP(
    "messages", 'format is missing; a preset starts with "format": "{format}"'
)
FORMAT_WRONG = QT_TRANSLATE_NOOP("messages", 'must be "{format}", {got}')
VERSION_MISSING = QT_TRANSLATE_NOOP(
    "messages", "version is missing; this nnplayground reads up to {version}"
)
NEWER = QT_TRANSLATE_NOOP(
    "messages",
    "was written by a newer nnplayground (version {version}); this version reads up to {current}.",
)
UPGRADED = QT_TRANSLATE_NOOP("messages", "{text} (after upgrading the file from version {version})")
NOT_A_PARAMETER = QT_TRANSLATE_NOOP("messages", "is not a parameter of {name} (it takes {takes})")
MUST_BE_BOOL = QT_TRANSLATE_NOOP("messages", "must be true or false, {got}")
MUST_BE_CHOICE = QT_TRANSLATE_NOOP("messages", "must be one of {limit}, {got}")
MUST_BE_NUMBER = QT_TRANSLATE_NOOP("messages", "must be a number, {got}")
MUST_BE_FINITE = QT_TRANSLATE_NOOP("messages", "must be finite, {got}")
MUST_BE_WHOLE = QT_TRANSLATE_NOOP("messages", "must be a whole number, {got}")
WEIGHT_COUNT = QT_TRANSLATE_NOOP(
    "messages", "must have {count} entries (one per layer), got {size}"
)
WEIGHTS_MISFIT = QT_TRANSLATE_NOOP("messages", "do not fit the network: {reason}")
HISTORY_LENGTH = QT_TRANSLATE_NOOP(
    "messages", "must have as many values as train_loss ({length}), got {size}"
)
HISTORY_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "holds {size} epochs; at most {maximum} are kept in a preset"
)
HISTORY_SHARE = QT_TRANSLATE_NOOP("messages", "must be a share from 0 to 1, got {value}")
HISTORY_ACCURACY = QT_TRANSLATE_NOOP(
    "messages", "is given for classification only; this preset is a regression"
)
ROW_LENGTH = QT_TRANSLATE_NOOP(
    "messages", "must have the same length as row 0 ({length}), got {size}"
)
SHAPE = QT_TRANSLATE_NOOP("messages", "must have shape {shape}, got {size}")


class Problem(Exception):
    """One validation failure: ``path`` (None for the whole file) and the rest of the sentence."""

    def __init__(self, path: Sequence[PathPart] | None, text: str) -> None:
        super().__init__(text)
        self.path = None if path is None else tuple(path)
        self.text = text  # a translatable Message where the wording is ours

    def clause(self) -> str:
        """The sentence without the file name and final full stop."""
        text = m.without_stop(self.text)
        return text if self.path is None else m.text(CLAUSE, path=path_text(self.path), text=text)


class NewerVersion(Problem):
    """The file is from a newer nnplayground; ``text`` follows the file name directly."""


def path_text(path: Sequence[PathPart]) -> str:
    """``("network", "hidden", 1, "units")`` -> ``"network.hidden[1].units"``.

    Keys that are not plain identifiers are quoted: ``data["my key"]``.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier() and part.isascii():
            out += f".{part}" if out else part
        else:
            quoted = show(part, limit=30)
            out += f"[{quoted}]" if out else quoted
    return out or m.text(THE_PRESET)


def show(value: Any, limit: int = 60) -> str:
    """A short JSON rendering of ``value`` for a message (at most ``limit`` characters)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = f"a {type(value).__name__}"
    if len(text) > limit:
        text = text[: limit - 4] + " ..."
    # Lone surrogates cannot be printed or encoded; show them as escapes.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def kind(value: Any) -> str:
    """What sort of JSON value ``value`` is, in words: ``"an object"``, ``"a list"``, ..."""
    for types, word in ((dict, "object"), (list, "array"), (str, "string")):
        if isinstance(value, types):
            return m.text(_TYPE_WORDS[word])
    if isinstance(value, bool) or value is None:
        return show(value)
    if isinstance(value, (int, float)):
        return m.text(_TYPE_WORDS["number"])
    return f"a {type(value).__name__}"


def sentence(exc: BaseException) -> str:
    """An exception's message without its final full stop (its type name if it has none).

    An engine message stays translatable.
    """
    return m.without_stop(m.message_of(exc)) or type(exc).__name__


# ----------------------------------------------------------------------------- jsonschema

_TYPE_WORDS = {
    "integer": QT_TRANSLATE_NOOP("messages", "a whole number"),
    "number": QT_TRANSLATE_NOOP("messages", "a number"),
    "string": QT_TRANSLATE_NOOP("messages", "text"),
    "object": QT_TRANSLATE_NOOP("messages", "an object"),
    "array": QT_TRANSLATE_NOOP("messages", "a list"),
    "boolean": QT_TRANSLATE_NOOP("messages", "true or false"),
    "null": "null",
}

SCHEMA_TEXTS = {
    "minimum": QT_TRANSLATE_NOOP("messages", "must be at least {limit}, {got}"),
    "maximum": QT_TRANSLATE_NOOP("messages", "must be at most {limit}, {got}"),
    "exclusiveMinimum": QT_TRANSLATE_NOOP("messages", "must be greater than {limit}, {got}"),
    "exclusiveMaximum": QT_TRANSLATE_NOOP("messages", "must be less than {limit}, {got}"),
    "enum": QT_TRANSLATE_NOOP("messages", "must be one of {limit}; {got}"),
    "const": QT_TRANSLATE_NOOP("messages", "must be {limit}, {got}"),
    "minItems": QT_TRANSLATE_NOOP("messages", "must have at least {limit} entries, got {size}"),
    "maxItems": QT_TRANSLATE_NOOP("messages", "must have at most {limit} entries, got {size}"),
    "minLength": QT_TRANSLATE_NOOP(
        "messages", "must be at least {limit} characters long, got {size}"
    ),
    "maxLength": QT_TRANSLATE_NOOP(
        "messages", "must be at most {limit} characters long, got {size}"
    ),
    "uniqueItems": QT_TRANSLATE_NOOP("messages", "must not list the same value twice, {got}"),
}


def _type_words(wanted: list[str]) -> str:
    """``["number", "null"]`` -> ``"a number or null"`` (translatable)."""
    words = [m.text(_TYPE_WORDS[t]) if t != "null" else "null" for t in wanted]
    out = words[0]
    for word in words[1:]:
        out = m.text(TYPE_OR, left=out, right=word)
    return out


def schema_problem(error: ValidationError) -> Problem:
    """Turn one jsonschema error into the field path and the rest of the sentence."""
    path, rule, limit, value = (
        tuple(error.absolute_path),
        error.validator,
        error.validator_value,
        error.instance,
    )
    got = m.text(m.GOT, value=show(value))
    if rule == "required":
        missing = next((key for key in limit if key not in value), limit[0])
        return Problem((*path, missing), m.text(IS_MISSING))
    if rule == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = next((key for key in value if key not in known), "?")
        return Problem((*path, extra), m.text(NOT_A_FIELD, known=", ".join(known)))
    if rule == "type":
        wanted = [limit] if isinstance(limit, str) else list(limit)
        return Problem(path, m.text(MUST_BE_TYPE, types=_type_words(wanted), got=got))
    if rule in ("minItems", "minLength") and limit == 1:
        return Problem(path, m.text(NOT_EMPTY))
    template = SCHEMA_TEXTS.get(rule)
    if template is None:
        return Problem(path, error.message)
    shown = ", ".join(map(show, limit)) if isinstance(limit, list) else show(limit)
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    return Problem(path, m.text(template, limit=shown, got=got, size=size))
