"""Small, pure config transforms that "Try this" buttons and comparisons apply."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig


def _hidden(cfg: ExperimentConfig, hidden: tuple[LayerConfig, ...]) -> ExperimentConfig:
    return cfg.replace(network=replace(cfg.network, hidden=hidden))


def hidden_activation(cfg: ExperimentConfig, name: str, **params: Any) -> ExperimentConfig:
    """Every hidden layer uses activation ``name``; the output layer is untouched."""
    act = Component(name, params)
    return _hidden(cfg, tuple(replace(layer, activation=act) for layer in cfg.network.hidden))


def kernel_initializer(cfg: ExperimentConfig, name: str, **params: Any) -> ExperimentConfig:
    """Every layer (hidden and output) draws its kernel from ``name``."""
    init = Component(name, params)
    hidden = tuple(replace(layer, kernel_initializer=init) for layer in cfg.network.hidden)
    output = replace(cfg.network.output, kernel_initializer=init)
    return cfg.replace(network=replace(cfg.network, hidden=hidden, output=output))


def hidden_bias_initializer(cfg: ExperimentConfig, name: str, **params: Any) -> ExperimentConfig:
    init = Component(name, params)
    return _hidden(
        cfg, tuple(replace(layer, bias_initializer=init) for layer in cfg.network.hidden)
    )


def output(cfg: ExperimentConfig, activation: str, loss: str | None = None) -> ExperimentConfig:
    """Output activation (and optionally the loss that pairs with it)."""
    out = replace(cfg.network.output, activation=Component(activation))
    cfg = cfg.replace(network=replace(cfg.network, output=out))
    if loss is not None:
        cfg = cfg.replace(training=replace(cfg.training, loss=Component(loss)))
    return cfg


def training(cfg: ExperimentConfig, **changes: Any) -> ExperimentConfig:
    return cfg.replace(training=replace(cfg.training, **changes))


def data(cfg: ExperimentConfig, **changes: Any) -> ExperimentConfig:
    return cfg.replace(data=replace(cfg.data, **changes))
