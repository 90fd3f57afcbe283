"""Python source text: parameter literals, template filling, and ruff-style line wrapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def num(value: Any) -> str:
    """A Python literal for a parameter value: 0.03, 1e-07, 2, True."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def fmt(template: str, params: Mapping[str, Any], **raw: str) -> str:
    """Fill ``template`` with parameter literals (and ``raw`` text, e.g. a tensor name)."""
    return template.format(**{k: num(v) for k, v in params.items()}, **raw)


def split_args(args: str) -> list[str]:
    """Split ``args`` at commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, "", ""
    for ch in args:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    return [p for p in [*parts, current.strip()] if p]


def wrap(indent: str, text: str, limit: int = 100) -> list[str]:
    """``text`` (a call, maybe followed by ``,``) as lines of at most ``limit`` characters,
    split the way ruff format would: arguments on one indented line, else one per line."""
    if len(indent) + len(text) <= limit or "(" not in text:
        return [indent + text]
    head, rest = text.split("(", 1)
    args, tail = rest[: rest.rindex(")")], rest[rest.rindex(")") :]
    inner = indent + "    "
    if len(inner) + len(args) <= limit:
        return [f"{indent}{head}(", inner + args, indent + tail]
    return [f"{indent}{head}("] + [f"{inner}{a}," for a in split_args(args)] + [indent + tail]


def helper_blocks(helpers: Mapping[str, str]) -> list[str]:
    """Each helper's source after a blank line, in the order the generator asked for them."""
    lines: list[str] = []
    for helper in helpers.values():
        lines += ["", helper]
    return lines
