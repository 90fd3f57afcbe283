"""Versioned JSON presets <-> :class:`~nnplayground.engine.config.ExperimentConfig` (no Qt).

A preset file describes a network, its data and its training settings, and may carry
trained weights. The format is documented in ``docs/preset-schema.md`` and published as a
JSON Schema (:func:`schema`). Every reading or writing problem raises :class:`PresetError`
with one sentence naming the file, the field and the bad value.
"""

from __future__ import annotations

from nnplayground.presets.bundled import DEFAULT_PRESET, bundled_names, load_bundled
from nnplayground.presets.io import (
    Preset,
    PresetError,
    dumps,
    load_preset,
    loads,
    preset_from_dict,
    preset_to_dict,
    save_preset,
    schema,
)
from nnplayground.presets.migrate import CURRENT_VERSION, FORMAT, migrate

__all__ = [
    "CURRENT_VERSION",
    "DEFAULT_PRESET",
    "FORMAT",
    "Preset",
    "PresetError",
    "bundled_names",
    "dumps",
    "load_bundled",
    "load_preset",
    "loads",
    "migrate",
    "preset_from_dict",
    "preset_to_dict",
    "save_preset",
    "schema",
]
