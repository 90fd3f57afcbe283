"""What the app remembers between sessions (QSettings): window layout and recent files.

Settings use ``QSettings.defaultFormat()`` under organization and application
"nnplayground", so tests can redirect them with ``QSettings.setDefaultFormat`` and
``QSettings.setPath``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "nnplayground"
APPLICATION = "nnplayground"
MAX_RECENT = 8
LAYOUT_VERSION = 3  # bump when the dock set changes so an old saved layout is ignored

_RECENT = "file/recent"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LAYOUT = "window/layoutVersion"


def app_settings() -> QSettings:
    """The application's settings store."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


# --------------------------------------------------------------------- recent files
def recent_files() -> list[str]:
    """Most recent first; at most MAX_RECENT entries."""
    value = app_settings().value(_RECENT, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if v][:MAX_RECENT]


def _store_recent(paths: list[str]) -> None:
    settings = app_settings()
    settings.setValue(_RECENT, paths[:MAX_RECENT])
    settings.sync()


def add_recent_file(path: str) -> None:
    path = os.path.abspath(path)
    _store_recent([path, *(p for p in recent_files() if p != path)])


def remove_recent_file(path: str) -> None:
    _store_recent([p for p in recent_files() if p != path])


def clear_recent_files() -> None:
    _store_recent([])


# --------------------------------------------------------------------- window layout
def save_window_layout(geometry: QByteArray, state: QByteArray) -> None:
    settings = app_settings()
    settings.setValue(_GEOMETRY, geometry)
    settings.setValue(_STATE, state)
    settings.setValue(_LAYOUT, LAYOUT_VERSION)
    settings.sync()


def window_layout() -> tuple[QByteArray | None, QByteArray | None]:
    """(geometry, dock state) saved by the last session, or (None, None)."""
    settings = app_settings()
    if settings.value(_LAYOUT, 0, type=int) != LAYOUT_VERSION:
        return None, None
    geometry = settings.value(_GEOMETRY)
    state = settings.value(_STATE)
    valid = isinstance(geometry, QByteArray) and isinstance(state, QByteArray)
    return (geometry, state) if valid else (None, None)


# --------------------------------------------------------------------- figure exports
_EXPORT_SIZE = "export/size"
_EXPORT_FORMAT = "export/format"


def export_choice() -> tuple[tuple[int, int] | None, str | None]:
    """The size (width, height) and format ("png"/"svg") of the last figure export."""
    settings = app_settings()
    text = str(settings.value(_EXPORT_SIZE, "") or "")
    fmt = str(settings.value(_EXPORT_FORMAT, "") or "") or None
    try:
        width, height = (int(v) for v in text.split("x"))
    except ValueError:
        return None, fmt if fmt in ("png", "svg") else None
    return (width, height), fmt if fmt in ("png", "svg") else None


def set_export_choice(size: tuple[int, int], fmt: str) -> None:
    settings = app_settings()
    settings.setValue(_EXPORT_SIZE, f"{int(size[0])}x{int(size[1])}")
    settings.setValue(_EXPORT_FORMAT, fmt)
    settings.sync()
