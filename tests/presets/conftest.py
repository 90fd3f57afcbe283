"""Shared fixtures for the preset tests: valid preset dictionaries to break."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from nnplayground.engine.build import build_network
from nnplayground.presets import Preset, load_bundled, preset_to_dict


def _circle_with_weights() -> Preset:
    preset = load_bundled("circle")
    net = build_network(preset.config, n_inputs=2, n_classes=2, seed=7)
    return Preset(preset.config, net.get_weights())


@pytest.fixture
def weighted_preset() -> Preset:
    """The default preset plus the weights of its freshly built 2-4-2-1 network."""
    return _circle_with_weights()


@pytest.fixture
def valid_dict() -> dict[str, Any]:
    """A complete, valid version-1 preset dictionary with weights (fresh copy per test)."""
    return copy.deepcopy(preset_to_dict(_circle_with_weights()))


V0_EXAMPLE: dict[str, Any] = {
    "format": "nnplayground-preset",
    "version": 0,
    "title": "Old circle",
    "description": "Written by the early draft.",
    "task": "classification",
    "layers": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "relu"}],
    "output_activation": "sigmoid",
    "initializer": "he_normal",
    "dataset": "circle",
    "n_points": 300,
    "noise": 0.1,
    "train_ratio": 0.6,
    "features": ["x1", "x2", "x1_sq"],
    "loss": "binary_crossentropy",
    "optimizer": "adam",
    "learning_rate": 0.01,
    "batch_size": 16,
    "regularization": "l2",
    "regularization_rate": 0.001,
    "epochs": 250,
    "seed": 11,
}


@pytest.fixture
def v0_dict() -> dict[str, Any]:
    """A version-0 preset (the flat early draft; see nnplayground.presets.migrate)."""
    return copy.deepcopy(V0_EXAMPLE)
