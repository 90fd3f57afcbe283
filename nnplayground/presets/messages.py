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

PathPart = str | int


class Problem(Exception):
    """One validation failure: ``path`` (None for the whole file) and the rest of the sentence."""

    def __init__(self, path: Sequence[PathPart] | None, text: str) -> None:
        super().__init__(text)
        self.path = None if path is None else tuple(path)
        self.text = text

    def clause(self) -> str:
        """The sentence without the file name and final full stop."""
        text = self.text.rstrip(".")
        return text if self.path is None else f"{path_text(self.path)} {text}"


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
    return out or "the preset"


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
    for types, word in (((dict,), "an object"), ((list,), "a list"), ((str,), "text")):
        if isinstance(value, types):
            return word
    if isinstance(value, bool) or value is None:
        return show(value)
    return "a number" if isinstance(value, (int, float)) else f"a {type(value).__name__}"


def sentence(exc: BaseException) -> str:
    """An exception's message without its final full stop (its type name if it has none)."""
    return str(exc).strip().rstrip(".") or type(exc).__name__


# ----------------------------------------------------------------------------- jsonschema

_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "object": "an object",
    "array": "a list",
    "boolean": "true or false",
    "null": "null",
}

_SCHEMA_TEXTS = {
    "minimum": "must be at least {limit}, {got}",
    "maximum": "must be at most {limit}, {got}",
    "exclusiveMinimum": "must be greater than {limit}, {got}",
    "exclusiveMaximum": "must be less than {limit}, {got}",
    "enum": "must be one of {limit}; {got}",
    "const": "must be {limit}, {got}",
    "minItems": "must have at least {limit} entries, got {size}",
    "maxItems": "must have at most {limit} entries, got {size}",
    "minLength": "must be at least {limit} characters long, got {size}",
    "maxLength": "must be at most {limit} characters long, got {size}",
    "uniqueItems": "must not list the same value twice, {got}",
}


def schema_problem(error: ValidationError) -> Problem:
    """Turn one jsonschema error into the field path and the rest of the sentence."""
    path, rule, limit, value = (
        tuple(error.absolute_path),
        error.validator,
        error.validator_value,
        error.instance,
    )
    got = f"got {show(value)}"
    if rule == "required":
        missing = next((key for key in limit if key not in value), limit[0])
        return Problem((*path, missing), "is missing")
    if rule == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = next((key for key in value if key not in known), "?")
        return Problem((*path, extra), f"is not a known field (expected one of {', '.join(known)})")
    if rule == "type":
        wanted = [limit] if isinstance(limit, str) else list(limit)
        return Problem(path, f"must be {' or '.join(_TYPE_WORDS[t] for t in wanted)}, {got}")
    if rule in ("minItems", "minLength") and limit == 1:
        return Problem(path, "must not be empty")
    template = _SCHEMA_TEXTS.get(rule)
    if template is None:
        return Problem(path, error.message)
    shown = ", ".join(map(show, limit)) if isinstance(limit, list) else show(limit)
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    return Problem(path, template.format(limit=shown, got=got, size=size))
