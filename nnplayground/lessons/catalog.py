"""The lessons. Each setting was chosen by measuring it (see tests/lessons)."""

from __future__ import annotations

from nnplayground.engine.explain_fixes import relu_he
from nnplayground.lessons import QT_TRANSLATE_NOOP, Lesson, TryThis
from nnplayground.lessons import changes as ch

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        key="linear_collapse",
        title=QT_TRANSLATE_NOOP("lessons", "1. Why non-linearity matters"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Two hidden layers of four units each, all with a linear activation, on XOR "
            "data. Watch the decision boundary and the box below it.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons", "Press Play, then switch the hidden layers to tanh or ReLU."
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "With linear layers the boundary is always one straight line, so XOR stays "
            "about a third wrong. The box shows why: the whole network equals a single "
            "linear map x·W + b. One non-linear activation is enough to bend the boundary "
            "and solve XOR.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use tanh"),
                QT_TRANSLATE_NOOP(
                    "lessons", "The boundary bends into four regions; accuracy reaches 100 %."
                ),
                lambda c: ch.hidden_activation(c, "tanh"),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use ReLU"),
                QT_TRANSLATE_NOOP(
                    "lessons", "The boundary is made of straight pieces, and XOR is solved."
                ),
                lambda c: ch.hidden_activation(c, "relu"),
            ),
        ),
        extras=frozenset({"linear_map"}),
    ),
    Lesson(
        key="activation_race",
        title=QT_TRANSLATE_NOOP("lessons", "2. Sigmoid vs tanh vs ReLU"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "The same data, network and seed; only the hidden activation changes. "
            "Watch the loss curve.",
        ),
        change=QT_TRANSLATE_NOOP("lessons", "Press Compare to train all three side by side."),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "ReLU reaches a train loss of 0.3 first, tanh soon after. Sigmoid is much "
            "slower: its derivative is at most 0.25, and its outputs are never centred "
            "on zero, so each layer passes back a weaker signal.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Compare sigmoid, tanh and ReLU"),
                QT_TRANSLATE_NOOP(
                    "lessons", "Three loss curves; the table lists the epochs each needs."
                ),
                lambda c: c,
                compare=("activation", ("sigmoid", "tanh", "relu")),
                threshold=0.3,
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use tanh"),
                QT_TRANSLATE_NOOP("lessons", "The loss falls within 30 epochs."),
                lambda c: ch.hidden_activation(c, "tanh"),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use ReLU"),
                QT_TRANSLATE_NOOP("lessons", "The loss falls within 15 epochs."),
                lambda c: ch.hidden_activation(c, "relu"),
            ),
        ),
        extras=frozenset({"comparison"}),
    ),
    Lesson(
        key="saturation",
        title=QT_TRANSLATE_NOOP("lessons", "3. Saturation"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Sigmoid units whose weights start large (standard deviation 10). Look at the "
            "activation plot: the grey histogram of pre-activations sits far out on the "
            "flat parts of the curve, where the derivative is almost 0.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons", "Press Play and watch the loss. Then switch to Glorot initialisation."
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "Most units are saturated (red outline in the network view), so almost no "
            "gradient flows and the loss stays high for hundreds of epochs. With Glorot the "
            "pre-activations stay "
            "in the curved middle of the sigmoid, nothing saturates, and the loss drops "
            "fast.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use Glorot initialisation"),
                QT_TRANSLATE_NOOP("lessons", "No saturated units; the loss falls close to 0."),
                lambda c: ch.kernel_initializer(c, "glorot_uniform"),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use small weights (×0.01)"),
                QT_TRANSLATE_NOOP("lessons", "No saturation either, but learning starts slowly."),
                lambda c: ch.kernel_initializer(c, "random_normal", stddev=0.01),
            ),
        ),
        extras=frozenset({"diagnostics"}),
    ),
    Lesson(
        key="dying_relu",
        title=QT_TRANSLATE_NOOP("lessons", "4. Dying ReLU and Leaky ReLU"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "ReLU layers whose biases start at −2. Look at the network view and the "
            "diagnostics: a dead unit outputs 0 for every point, and its gradient is 0 too.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons", "Press Play. Then switch to Leaky ReLU and change its slope."
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "The whole second layer is dead, so nothing reaches the output and the loss "
            "never moves. Leaky ReLU keeps a small slope for negative inputs: the units "
            "still pass a gradient, come back to life, and the network learns.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use Leaky ReLU (slope 0.01)"),
                QT_TRANSLATE_NOOP("lessons", "No dead units; the loss falls."),
                lambda c: ch.hidden_activation(c, "leaky_relu", negative_slope=0.01),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use Leaky ReLU (slope 0.2)"),
                QT_TRANSLATE_NOOP("lessons", "A steeper slope: units recover faster."),
                lambda c: ch.hidden_activation(c, "leaky_relu", negative_slope=0.2),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use zero biases"),
                QT_TRANSLATE_NOOP("lessons", "Plain ReLU works again when the units start alive."),
                lambda c: ch.hidden_bias_initializer(c, "zeros"),
            ),
        ),
        extras=frozenset({"diagnostics"}),
    ),
    Lesson(
        key="zero_init",
        title=QT_TRANSLATE_NOOP("lessons", "5. Zero initialisation and symmetry"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Every weight starts at 0. Look at the symmetry score in the diagnostics and "
            "at the neuron thumbnails in the network view.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons", "Press Play. Then start from small random weights instead."
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "The four hidden units receive identical updates, so they stay identical "
            "forever (symmetry 1.00): the layer acts like a single unit and cannot draw a "
            "circle. Small random weights (×0.01) make each unit different from the start, "
            "and the network learns. The biases can stay at 0: the random weights already "
            "break the symmetry.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use small random weights (×0.01)"),
                QT_TRANSLATE_NOOP("lessons", "The units differ, and the circle is found."),
                lambda c: ch.kernel_initializer(c, "random_normal", stddev=0.01),
            ),
        ),
        extras=frozenset({"diagnostics"}),
    ),
    Lesson(
        key="init_scale",
        title=QT_TRANSLATE_NOOP("lessons", "6. Initial scale in a deep network"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Six hidden layers of 32 tanh units, weights drawn with standard deviation "
            "0.01. Look at the activation histograms in the diagnostics, layer by layer.",
        ),
        change=QT_TRANSLATE_NOOP("lessons", "Try large weights, then Glorot."),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "With ×0.01 the signal shrinks about ten times at every layer: the last layers "
            "see almost nothing, the gradients vanish and the loss stays flat. With "
            "standard deviation 1 the tanh units saturate instead. Glorot scales each "
            "layer by its fan-in and fan-out, so the spread of the signal stays about the "
            "same through depth and the network trains.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use large weights (std 1)"),
                QT_TRANSLATE_NOOP("lessons", "Most units saturate; training is slow."),
                lambda c: ch.kernel_initializer(c, "random_normal", stddev=1.0),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use Glorot"),
                QT_TRANSLATE_NOOP("lessons", "The histograms keep their width; the loss falls."),
                lambda c: ch.kernel_initializer(c, "glorot_normal"),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use ReLU with He"),
                QT_TRANSLATE_NOOP(
                    "lessons", "He initialisation keeps the variance for ReLU layers."
                ),
                lambda c: ch.kernel_initializer(ch.hidden_activation(c, "relu"), "he_normal"),
            ),
        ),
        extras=frozenset({"diagnostics"}),
    ),
    Lesson(
        key="output_and_loss",
        title=QT_TRANSLATE_NOOP("lessons", "7. The output layer and its loss"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "A price to predict, which is always positive, with no hidden layer and a "
            "linear output. In the fitted function, blue is a positive price and orange a "
            "negative one. Look at the lower-left corner.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons", "Switch the output to ReLU. Then try the classification setups."
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "A linear output can predict negative prices; ReLU blocks every value below 0. "
            "For two classes a sigmoid output with binary cross-entropy gives a "
            "probability. For three or more classes, softmax with categorical "
            "cross-entropy gives one probability per class, summing to 1.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use a ReLU output"),
                QT_TRANSLATE_NOOP("lessons", "No prediction is below 0 any more."),
                lambda c: ch.output(c, "relu"),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Two classes: sigmoid + binary cross-entropy"),
                QT_TRANSLATE_NOOP("lessons", "One output unit: the probability of the blue class."),
                lambda c: _two_classes(c),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Three classes: softmax + categorical cross-entropy"),
                QT_TRANSLATE_NOOP(
                    "lessons", "Three output units; each colour is the most probable class."
                ),
                lambda c: _three_classes(c),
            ),
        ),
    ),
    Lesson(
        key="what_is_a_loss",
        title=QT_TRANSLATE_NOOP("lessons", "8. What a loss is"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "The loss is one number: how far the predictions are from the targets, "
            "averaged over the points. Watch it fall while the boundary forms.",
        ),
        change=QT_TRANSLATE_NOOP("lessons", "Switch between cross-entropy and mean squared error."),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "Both losses measure a distance, in different ways: squared error grows with "
            "the square of the gap, cross-entropy punishes confident mistakes hardest. "
            "Training only ever changes the weights and biases; the points and their "
            "labels never move.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use mean squared error"),
                QT_TRANSLATE_NOOP(
                    "lessons", "The loss starts near 0.25 instead of 0.69, and falls."
                ),
                lambda c: ch.training(c, loss=_component("mean_squared_error")),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Compare both losses"),
                QT_TRANSLATE_NOOP("lessons", "Two curves on the same data and seed."),
                lambda c: c,
                compare=("loss", ("binary_crossentropy", "mean_squared_error")),
            ),
        ),
    ),
    Lesson(
        key="loss_landscape",
        title=QT_TRANSLATE_NOOP("lessons", "9. The loss is a landscape"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Open the Loss landscape tab. On the left, the loss as one weight alone moves, "
            "with its tangent; on the right, the loss over a plane of weights, with the "
            "path training takes across it.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons",
            "Press Play and watch the red dot go downhill. Then pick the output bias "
            "(b3) and switch the drawn loss between cross-entropy and squared error.",
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "Training walks downhill with either loss. Far from the bottom, where the "
            "network is sure of itself and wrong, the cross-entropy curve keeps rising "
            "in a straight slope while squared error flattens out: cross-entropy still "
            "gives a strong gradient there, squared error almost none.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Train with mean squared error"),
                QT_TRANSLATE_NOOP("lessons", "The path still goes downhill, more slowly."),
                lambda c: ch.training(c, loss=_component("mean_squared_error")),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Train with cross-entropy"),
                QT_TRANSLATE_NOOP("lessons", "Back to the steeper landscape."),
                lambda c: ch.training(c, loss=_component("binary_crossentropy")),
            ),
        ),
    ),
    Lesson(
        key="outliers",
        title=QT_TRANSLATE_NOOP("lessons", "10. Outliers and the choice of loss"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "A straight-line fit (no hidden layer, linear output) to points on a tilted "
            "plane whose slope is 0.1 along x1 and along x2. Press Play, then read W1[0,0] "
            "under the Loss landscape tab: the fit finds 0.1.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons",
            "Add four outliers (points far below the others), train again, then retrain "
            "with mean absolute error and with the Huber loss.",
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "Squared error grows with the square of each gap, so four bad points weigh as "
            "much as many good ones: both weights fall to about 0.05 and the fitted plane is "
            "half as steep. Absolute error and Huber grow only linearly for large gaps: "
            "their weights stay at 0.10 and 0.09, and the outliers are all but ignored.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Add four outliers"),
                QT_TRANSLATE_NOOP("lessons", "The squared-error fit tilts towards them."),
                lambda c: ch.data(c, csv_path=outlier_csv()),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use mean absolute error"),
                QT_TRANSLATE_NOOP("lessons", "The fit stays on the plane."),
                lambda c: ch.training(c, loss=_component("mean_absolute_error")),
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use the Huber loss"),
                QT_TRANSLATE_NOOP(
                    "lessons", "Squared near the fit, linear far away: it barely moves either."
                ),
                lambda c: ch.training(c, loss=_component("huber")),
            ),
        ),
    ),
    Lesson(
        key="vanishing_gradient",
        title=QT_TRANSLATE_NOOP("lessons", "11. Vanishing gradient, in slow motion"),
        look=QT_TRANSLATE_NOOP(
            "lessons",
            "Five sigmoid hidden layers. Choose Training ▸ Step one batch, slowly, and "
            "press Next until the backward pass.",
        ),
        change=QT_TRANSLATE_NOOP(
            "lessons",
            "Walk the backward pass from the output to the input, watching the bars of "
            "‖δ‖. Then switch to ReLU with He initialisation and walk it again.",
        ),
        see=QT_TRANSLATE_NOOP(
            "lessons",
            "Each sigmoid layer multiplies δ by f′(z), which is never above 0.25: by the "
            "first layer ‖δ‖ is more than a hundred times smaller than at the output, "
            "and the first layers barely learn. With ReLU (f′ = 1 where active) and He "
            "initialisation the bars stay within a factor of ten.",
        ),
        try_this=(
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use ReLU with He initialisation"),
                QT_TRANSLATE_NOOP("lessons", "The ‖δ‖ bars are about the same height."),
                relu_he,
            ),
            TryThis(
                QT_TRANSLATE_NOOP("lessons", "Use tanh"),
                QT_TRANSLATE_NOOP(
                    "lessons", "f′ can reach 1: the gradient shrinks less than with sigmoid."
                ),
                lambda c: ch.hidden_activation(c, "tanh"),
            ),
        ),
        extras=frozenset({"diagnostics"}),
    ),
)


def outlier_csv() -> str:
    """The bundled CSV of lesson 10's plane points plus four outliers (absolute path)."""
    from importlib import resources

    return str(resources.files("nnplayground.lessons").joinpath("data", "plane_outliers.csv"))


def _component(name: str):
    from nnplayground.engine.config import Component

    return Component(name)


def _two_classes(cfg):
    from nnplayground.engine.config import LayerConfig

    cfg = ch.data(cfg, dataset="gaussian", csv_path=None)
    cfg = cfg.replace(task="classification")
    cfg = ch.output(cfg, "sigmoid", "binary_crossentropy")
    return _hidden_if_none(cfg, LayerConfig)


def _three_classes(cfg):
    from nnplayground.engine.config import LayerConfig

    cfg = ch.data(cfg, dataset="blobs", n_classes=3, csv_path=None)
    cfg = cfg.replace(task="classification")
    cfg = ch.output(cfg, "softmax", "categorical_crossentropy")
    return _hidden_if_none(cfg, LayerConfig)


def _hidden_if_none(cfg, layer_cls):
    from dataclasses import replace

    if cfg.network.hidden:
        return cfg
    return cfg.replace(network=replace(cfg.network, hidden=(layer_cls(4),)))
