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

T = TypeVar("T")


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

    def check(self, value: Any, where: str) -> Any:
        """Return ``value`` coerced to this parameter's type, or raise ``ValueError``."""
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise ValueError(f"{where}: '{self.name}' must be true or false, got {value!r}")
            return value
        if self.kind == "choice":
            if value not in self.choices:
                raise ValueError(
                    f"{where}: '{self.name}' must be one of {', '.join(self.choices)}, got {value!r}"
                )
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where}: '{self.name}' must be a number, got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"{where}: '{self.name}' must be finite, got {value!r}")
        if self.kind == "int":
            if int(value) != value:
                raise ValueError(f"{where}: '{self.name}' must be a whole number, got {value!r}")
            value = int(value)
        else:
            value = float(value)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(
                f"{where}: '{self.name}' must be at least {self.minimum}, got {value!r}"
            )
        if self.maximum is not None and value > self.maximum:
            raise ValueError(
                f"{where}: '{self.name}' must be at most {self.maximum}, got {value!r}"
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
            f"Unknown {self.kind} {name!r}; expected one of: {', '.join(self.names())}"
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
        where = f"{self.kind} '{entry.name}'"
        for key in params:
            if key not in known:
                expected = ", ".join(known) if known else "no parameters"
                raise ValueError(f"Unknown parameter {key!r} for {where}; expected {expected}")
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
