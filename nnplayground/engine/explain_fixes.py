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


def leaky_relu_01(cfg: ExperimentConfig) -> ExperimentConfig:
    """Hidden ReLU layers become leaky_relu with slope 0.1: z < 0 still passes 10 % of the
    gradient, so a unit pushed below zero can come back."""
    leaky = Component("leaky_relu", {"negative_slope": 0.1})
    return _hidden(
        cfg, lambda lyr: replace(lyr, activation=leaky) if lyr.activation.name == "relu" else lyr
    )


def he_init(cfg: ExperimentConfig) -> ExperimentConfig:
    """Hidden kernels drawn with he_normal (Var(w) = 2 / fan_in), made for ReLU."""
    return _hidden(cfg, lambda lyr: replace(lyr, kernel_initializer=Component("he_normal")))


def zero_bias(cfg: ExperimentConfig) -> ExperimentConfig:
    """Every bias starts at 0 (a negative constant bias starts ReLU units dead)."""
    return _all_layers(cfg, lambda lyr: replace(lyr, bias_initializer=Component("zeros")))


#: For each initializer parameter, the power of the weight scale it goes with: a weight
#: s times larger has s times the stddev, bounds, value or gain, and s² times the variance
#: scale of the variance-scaling initializers (glorot, he, lecun).
_SCALE_POWER = {"stddev": 1, "minval": 1, "maxval": 1, "value": 1, "gain": 1, "scale": 2}


def scaled_initializer(comp: Component, factor: float) -> Component:
    """``comp`` drawing weights ``factor`` times larger (``ones`` becomes a constant;
    ``zeros`` stays zeros)."""
    from nnplayground.engine import initializers

    name = initializers.REGISTRY.canonical(comp.name)
    if name == "ones":
        return Component("constant", {"value": float(factor)})
    params = {**initializers.REGISTRY.defaults(name), **comp.params}
    changed = {
        k: float(v) * factor ** _SCALE_POWER[k] for k, v in params.items() if k in _SCALE_POWER
    }
    return Component(comp.name, {**comp.params, **changed}) if changed else comp


def with_initial_scale(cfg: ExperimentConfig, factor: float) -> ExperimentConfig:
    """Every layer's kernel initializer drawing ``factor`` times larger weights."""
    return _all_layers(
        cfg,
        lambda lyr: replace(
            lyr, kernel_initializer=scaled_initializer(lyr.kernel_initializer, factor)
        ),
    )


def smaller_init(cfg: ExperimentConfig) -> ExperimentConfig:
    """Initial kernels 10 times smaller (z stays where f′ is large)."""
    return with_initial_scale(cfg, 0.1)


def cross_entropy(cfg: ExperimentConfig) -> ExperimentConfig:
    """Cross-entropy loss instead of a squared error, with an output activation that
    pairs with it (its gradient a − y does not vanish when the output saturates)."""
    from nnplayground.engine import datasets
    from nnplayground.engine.compare import _with_loss

    many = cfg.task == "classification" and datasets.describe(cfg.data).n_classes > 2
    return _with_loss(cfg, "categorical_crossentropy" if many else "binary_crossentropy")


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
    leaky_relu_01: QT_TRANSLATE_NOOP("messages", "Leaky ReLU (slope 0.1)"),
    he_init: QT_TRANSLATE_NOOP("messages", "He initialisation"),
    zero_bias: QT_TRANSLATE_NOOP("messages", "Zero initial biases"),
    smaller_init: QT_TRANSLATE_NOOP("messages", "Initial weights 10 times smaller"),
    cross_entropy: QT_TRANSLATE_NOOP("messages", "Cross-entropy instead of squared error"),
}
