"""The presets that ship with nnplayground, read through :mod:`importlib.resources`
so they load from an installed wheel as well as from a source checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from nnplayground.presets.io import Preset, PresetError, loads

DEFAULT_PRESET = "circle"
"""The preset the app opens on start: TensorFlow Playground's default experiment."""


def _folder() -> Traversable:
    return resources.files("nnplayground.presets").joinpath("bundled")


def bundled_names() -> list[str]:
    """Names of the bundled presets (file names without ``.json``), sorted."""
    return sorted(
        item.name.removesuffix(".json")
        for item in _folder().iterdir()
        if item.is_file() and item.name.endswith(".json")
    )


def load_bundled(name: str) -> Preset:
    """Load the bundled preset ``name`` (e.g. ``"circle"``); :class:`PresetError` if unknown."""
    names = bundled_names()
    if name not in names:
        raise PresetError(
            f"There is no bundled preset {name!r}; the bundled presets are: {', '.join(names)}."
        )
    text = _folder().joinpath(f"{name}.json").read_text(encoding="utf-8")
    return loads(text, source=f"{name}.json (bundled)")
