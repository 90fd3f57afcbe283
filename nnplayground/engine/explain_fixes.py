"""The standard fixes an explanation offers, each a pure config → config change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig
from nnplayground.messages import QT_TRANSLATE_NOOP

_CONSTANT_INITS = frozenset({"zeros", "ones", "constant"})


def _hidden(cfg: ExperimentConfig, change) -> ExperimentConfig:
    hidden = tuple(change(layer) for layer in cfg.network.hidden)
    return cfg.replace(network=replace(cfg.network, hidden=hidden))


def _all_layers(cfg: ExperimentConfig, change) -> ExperimentConfig:
    net = cfg.network
    hidden = tuple(change(layer) for layer in net.hidden)
    return cfg.replace(network=replace(net, hidden=hidden, output=change(net.output)))


def glorot_init(cfg: ExperimentConfig) -> ExperimentConfig:
    """Every kernel drawn with glorot_uniform (saturation from large weights)."""
    return _all_layers(
        cfg, lambda lyr: replace(lyr, kernel_initializer=Component("glorot_uniform"))
    )


def small_random_init(cfg: ExperimentConfig) -> ExperimentConfig:
    """Constant kernels and biases (zeros, ones, constant) replaced by glorot_uniform
    kernels and zero biases: different random weights break the symmetry."""

    def change(layer: LayerConfig) -> LayerConfig:
        if layer.kernel_initializer.name in _CONSTANT_INITS:
            layer = replace(layer, kernel_initializer=Component("glorot_uniform"))
        if layer.bias_initializer.name in _CONSTANT_INITS - {"zeros"}:
            layer = replace(layer, bias_initializer=Component("zeros"))
        return layer

    return _all_layers(cfg, change)


def leaky_relu(cfg: ExperimentConfig) -> ExperimentConfig:
    """Hidden ReLU layers become leaky_relu (slope 0.01): a unit can never die."""
    return _hidden(
        cfg,
        lambda lyr: (
            replace(lyr, activation=Component("leaky_relu"))
            if lyr.activation.name == "relu"
            else lyr
        ),
    )


def relu_he(cfg: ExperimentConfig) -> ExperimentConfig:
    """Hidden layers become relu with he_normal kernels: f′ = 1 where active and the
    variance kept from layer to layer, so δ neither shrinks nor grows with depth."""
    return _hidden(
        cfg,
        lambda lyr: replace(
            lyr, activation=Component("relu"), kernel_initializer=Component("he_normal")
        ),
    )


def lower_learning_rate(cfg: ExperimentConfig) -> ExperimentConfig:
    """The learning rate divided by 10."""
    return cfg.replace(
        training=replace(cfg.training, learning_rate=cfg.training.learning_rate / 10)
    )


def switch_to_adam(cfg: ExperimentConfig) -> ExperimentConfig:
    """Adam at learning rate 0.01: per-weight steps that get going on flat stretches."""
    return cfg.replace(
        training=replace(cfg.training, optimizer=Component("adam"), learning_rate=0.01)
    )


def l2_regularization(cfg: ExperimentConfig) -> ExperimentConfig:
    """L2 regularization at rate 0.001 (or 10 times the current L2 rate)."""
    tr = cfg.training
    rate = (
        tr.regularization_rate * 10
        if tr.regularization == "l2" and tr.regularization_rate
        else 0.001
    )
    return cfg.replace(training=replace(tr, regularization="l2", regularization_rate=rate))


#: The button text of each fix.
FIX_LABELS: dict[Callable[[ExperimentConfig], ExperimentConfig], str] = {
    glorot_init: QT_TRANSLATE_NOOP("messages", "Use Glorot initialisation"),
    small_random_init: QT_TRANSLATE_NOOP("messages", "Use small random initial weights"),
    leaky_relu: QT_TRANSLATE_NOOP("messages", "Use Leaky ReLU"),
    relu_he: QT_TRANSLATE_NOOP("messages", "Use ReLU with He initialisation"),
    lower_learning_rate: QT_TRANSLATE_NOOP("messages", "Divide the learning rate by 10"),
    switch_to_adam: QT_TRANSLATE_NOOP("messages", "Use Adam (learning rate 0.01)"),
    l2_regularization: QT_TRANSLATE_NOOP("messages", "Add L2 regularization"),
}
