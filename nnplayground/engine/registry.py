"""One registry per concept (activations, initializers, losses, optimizers, datasets).

Names are Keras' snake_case names. ``get(name, **params)`` builds an instance with
validated parameters; unknown names and parameters raise ``ValueError`` with a sentence
listing what is accepted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from nnplayground.messages import QT_TRANSLATE_NOOP, text

# Covariant: a Registry[Activation] is read as a Registry[object] where several kinds
# share code (e.g. a dict of every registry); only ``get`` returns a T.
T = TypeVar("T", covariant=True)

PARAM_BOOL = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be true or false, got {value}")
PARAM_CHOICE = QT_TRANSLATE_NOOP(
    "messages", "{where}: '{name}' must be one of {choices}, got {value}"
)
PARAM_NUMBER = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be a number, got {value}")
PARAM_FINITE = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be finite, got {value}")
PARAM_WHOLE = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be a whole number, got {value}")
PARAM_MIN = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be at least {limit}, got {value}")
PARAM_ABOVE = QT_TRANSLATE_NOOP(
    "messages", "{where}: '{name}' must be greater than {limit}, got {value}"
)
PARAM_MAX = QT_TRANSLATE_NOOP("messages", "{where}: '{name}' must be at most {limit}, got {value}")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("messages", "Unknown {kind} {name}; expected one of: {choices}")
UNKNOWN_PARAM = QT_TRANSLATE_NOOP(
    "messages", "Unknown parameter {key} for {where}; expected {expected}"
)
NO_PARAMETERS = QT_TRANSLATE_NOOP("messages", "no parameters")
COMPONENT = QT_TRANSLATE_NOOP("messages", "{kind} '{name}'")
KIND_WORDS = {
    "activation": QT_TRANSLATE_NOOP("messages", "activation"),
    "initializer": QT_TRANSLATE_NOOP("messages", "initializer"),
    "loss": QT_TRANSLATE_NOOP("messages", "loss"),
    "optimizer": QT_TRANSLATE_NOOP("messages", "optimizer"),
    "dataset": QT_TRANSLATE_NOOP("messages", "dataset"),
}


def kind_word(kind: str) -> str:
    """The registry kind as a translatable word (the kind itself if it has none)."""
    return text(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


@dataclass(frozen=True)
class Param:
    """One editable parameter of a registered component (drives GUI spin boxes and presets)."""

    name: str
    default: float | bool | str
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    kind: str = "float"  # "float", "int", "bool" or "choice"
    choices: tuple[str, ...] = ()
    #: True when ``minimum`` itself is refused (e.g. an epsilon that must stay above 0).
    minimum_exclusive: bool = False

    def check(self, value: Any, where: str) -> Any:
        """Return ``value`` coerced to this parameter's type, or raise ``ValueError``."""
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise ValueError(text(PARAM_BOOL, where=where, name=self.name, value=repr(value)))
            return value
        if self.kind == "choice":
            if value not in self.choices:
                choices = ", ".join(self.choices)
                raise ValueError(
                    text(
                        PARAM_CHOICE,
                        where=where,
                        name=self.name,
                        choices=choices,
                        value=repr(value),
                    )
                )
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(text(PARAM_NUMBER, where=where, name=self.name, value=repr(value)))
        if not math.isfinite(value):
            raise ValueError(text(PARAM_FINITE, where=where, name=self.name, value=repr(value)))
        if self.kind == "int":
            if int(value) != value:
                raise ValueError(text(PARAM_WHOLE, where=where, name=self.name, value=repr(value)))
            value = int(value)
        else:
            value = float(value)
        if self.minimum is not None and self.minimum_exclusive and value <= self.minimum:
            raise ValueError(
                text(
                    PARAM_ABOVE, where=where, name=self.name, limit=self.minimum, value=repr(value)
                )
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(
                text(PARAM_MIN, where=where, name=self.name, limit=self.minimum, value=repr(value))
            )
        if self.maximum is not None and value > self.maximum:
            raise ValueError(
                text(PARAM_MAX, where=where, name=self.name, limit=self.maximum, value=repr(value))
            )
        return value


@dataclass(frozen=True)
class Entry(Generic[T]):
    name: str
    factory: Callable[..., T]
    params: tuple[Param, ...] = ()
    summary: str = ""
    aliases: tuple[str, ...] = field(default=())


class Registry(Generic[T]):
    """Maps Keras-style names to factories that take keyword parameters."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, Entry[T]] = {}
        self._aliases: dict[str, str] = {}

    def register(
        self,
        name: str,
        factory: Callable[..., T],
        params: tuple[Param, ...] = (),
        summary: str = "",
        aliases: tuple[str, ...] = (),
    ) -> None:
        self._entries[name] = Entry(name, factory, params, summary, aliases)
        for alias in aliases:
            self._aliases[alias] = name

    def unregister(self, name: str) -> None:
        """Remove entry ``name`` and its aliases (tests that register a component use it)."""
        entry = self._entries.pop(self.canonical(name))
        for alias in entry.aliases:
            self._aliases.pop(alias, None)

    def names(self) -> list[str]:
        """Canonical names in registration order (aliases excluded)."""
        return list(self._entries)

    def canonical(self, name: str) -> str:
        """The canonical name for ``name`` or an alias of it; ``ValueError`` if unknown."""
        if name in self._entries:
            return name
        if name in self._aliases:
            return self._aliases[name]
        raise ValueError(
            text(
                UNKNOWN_NAME,
                kind=kind_word(self.kind),
                name=repr(name),
                choices=", ".join(self.names()),
            )
        )

    def entry(self, name: str) -> Entry[T]:
        return self._entries[self.canonical(name)]

    def params(self, name: str) -> tuple[Param, ...]:
        return self.entry(name).params

    def defaults(self, name: str) -> dict[str, Any]:
        return {p.name: p.default for p in self.entry(name).params}

    def check_params(self, name: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """Validate ``params`` for ``name``; return the full dict with defaults filled in."""
        entry = self.entry(name)
        known = {p.name: p for p in entry.params}
        where = text(COMPONENT, kind=kind_word(self.kind), name=entry.name)
        for key in params:
            if key not in known:
                expected = ", ".join(known) if known else text(NO_PARAMETERS)
                raise ValueError(text(UNKNOWN_PARAM, key=repr(key), where=where, expected=expected))
        out = {}
        for p in entry.params:
            out[p.name] = p.check(params[p.name], where) if p.name in params else p.default
        return out

    def get(self, name: str, **params: Any) -> T:
        """Build the component ``name`` with ``params`` (defaults for the rest)."""
        entry = self.entry(name)
        return entry.factory(**self.check_params(entry.name, params))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in self._entries or name in self._aliases)
