"""Short help texts and readable labels for every registry name the panels offer.

Texts are plain English here, each marked with ``QT_TRANSLATE_NOOP`` (context "help" or
"labels", a literal at every call) so pyside6-lupdate extracts them; :func:`help_text`,
:func:`param_help`, :func:`label` and :func:`preset_title` translate them at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HELP: dict[str, dict[str, str]] = {
    "activation": {
        "linear": QT_TRANSLATE_NOOP(
            "help",
            "Passes the weighted sum through unchanged. A network made only of linear layers can "
            "only draw straight boundaries, however deep it is. Use it on the output of a "
            "regression.",
        ),
        "sigmoid": QT_TRANSLATE_NOOP(
            "help",
            "Squashes any number into (0, 1), so the output reads as a probability. Its slope is "
            "at most 0.25 and almost 0 for large |z|, which makes deep sigmoid networks learn "
            "slowly (vanishing gradients).",
        ),
        "tanh": QT_TRANSLATE_NOOP(
            "help",
            "Squashes any number into (−1, 1) and is centred on 0, which usually helps training "
            "compared with sigmoid. Its slope reaches 1 at z = 0 but vanishes when the unit "
            "saturates.",
        ),
        "relu": QT_TRANSLATE_NOOP(
            "help",
            "Keeps positive values and sets negative ones to 0. It is fast and does not saturate "
            "for z > 0, but a unit whose input is always negative stops learning (a 'dead' ReLU).",
        ),
        "leaky_relu": QT_TRANSLATE_NOOP(
            "help",
            "Like ReLU, but negative values are multiplied by a small slope instead of being set "
            "to 0. The small slope keeps a gradient flowing, so units cannot die.",
        ),
        "elu": QT_TRANSLATE_NOOP(
            "help",
            "Identity for positive z and a smooth curve towards −alpha for negative z. Its "
            "outputs average closer to 0 than ReLU's, which can speed up learning.",
        ),
        "selu": QT_TRANSLATE_NOOP(
            "help",
            "A scaled ELU with fixed constants chosen so that activations keep mean 0 and "
            "variance 1 from layer to layer. Pair it with the LeCun normal initializer.",
        ),
        "gelu": QT_TRANSLATE_NOOP(
            "help",
            "A smooth ReLU that lets small negative values through a little. It is the default in "
            "many modern Transformer models.",
        ),
        "silu": QT_TRANSLATE_NOOP(
            "help",
            "z times sigmoid(z), also called swish: smooth, slightly negative for negative z and "
            "close to ReLU for large z.",
        ),
        "softplus": QT_TRANSLATE_NOOP(
            "help",
            "ln(1 + e^z), a smooth version of ReLU that is always positive. Its slope is the "
            "sigmoid of z, so it never becomes exactly 0.",
        ),
        "softsign": QT_TRANSLATE_NOOP(
            "help",
            "z / (1 + |z|): a tanh-like S-curve in (−1, 1) that approaches its limits more "
            "slowly, so it saturates more gently.",
        ),
        "hard_sigmoid": QT_TRANSLATE_NOOP(
            "help",
            "A piecewise-linear approximation of sigmoid: a straight ramp between −3 and 3, flat "
            "0 or 1 outside. Cheap to compute, but its gradient is exactly 0 outside the ramp.",
        ),
        "mish": QT_TRANSLATE_NOOP(
            "help",
            "z · tanh(softplus(z)): a smooth, non-monotonic curve similar to SiLU. It dips "
            "slightly below 0 for negative z.",
        ),
        "gaussian": QT_TRANSLATE_NOOP(
            "help",
            "A bump, e^(−z²): large near z = 0 and close to 0 elsewhere. Each unit responds to a "
            "band of inputs, which suits ring-shaped data.",
        ),
        "sine": QT_TRANSLATE_NOOP(
            "help",
            "sin(z): a periodic activation. Good for wavy patterns, but the same output repeats "
            "for many inputs, which can make training erratic.",
        ),
        "softmax": QT_TRANSLATE_NOOP(
            "help",
            "Turns the output units into probabilities that sum to 1, one per class. Use it on "
            "the output layer with categorical cross-entropy for three or more classes.",
        ),
    },
    "initializer": {
        "zeros": QT_TRANSLATE_NOOP(
            "help",
            "Every weight starts at 0. All units of a layer then compute the same thing and "
            "receive the same update, so they never become different: fine for biases, bad for "
            "weights.",
        ),
        "ones": QT_TRANSLATE_NOOP(
            "help",
            "Every weight starts at 1. Like zeros, all units of a layer stay identical forever "
            "(the symmetry is never broken).",
        ),
        "constant": QT_TRANSLATE_NOOP(
            "help",
            "Every weight starts at the same value you choose. The units of a layer stay "
            "identical, as with zeros.",
        ),
        "random_normal": QT_TRANSLATE_NOOP(
            "help",
            "Weights drawn from a normal distribution with a fixed standard deviation. Too small "
            "and signals fade in deep networks, too large and they explode.",
        ),
        "random_uniform": QT_TRANSLATE_NOOP(
            "help",
            "Weights drawn uniformly between minval and maxval. The spread does not adapt to the "
            "size of the layer.",
        ),
        "truncated_normal": QT_TRANSLATE_NOOP(
            "help",
            "Like random normal, but values further than two standard deviations from the mean "
            "are drawn again, so there are no extreme weights.",
        ),
        "glorot_uniform": QT_TRANSLATE_NOOP(
            "help",
            "Xavier/Glorot: a uniform draw scaled by the number of inputs and outputs so the "
            "signal keeps the same spread in both directions. A good default for tanh and "
            "sigmoid.",
        ),
        "glorot_normal": QT_TRANSLATE_NOOP(
            "help",
            "Xavier/Glorot with a normal draw: variance 2 / (fan_in + fan_out). A good default "
            "for tanh and sigmoid.",
        ),
        "he_uniform": QT_TRANSLATE_NOOP(
            "help",
            "He/Kaiming: a uniform draw with variance 2 / fan_in, twice Glorot's, to make up for "
            "ReLU zeroing half of its inputs. Use it with ReLU-like activations.",
        ),
        "he_normal": QT_TRANSLATE_NOOP(
            "help",
            "He/Kaiming with a normal draw: variance 2 / fan_in. The usual choice for ReLU "
            "networks.",
        ),
        "lecun_uniform": QT_TRANSLATE_NOOP(
            "help",
            "LeCun: a uniform draw with variance 1 / fan_in. Keeps the spread of the signal from "
            "layer to layer.",
        ),
        "lecun_normal": QT_TRANSLATE_NOOP(
            "help",
            "LeCun with a normal draw: variance 1 / fan_in. The initializer SELU was designed for.",
        ),
        "orthogonal": QT_TRANSLATE_NOOP(
            "help",
            "A random orthogonal matrix: it rotates the signal without stretching it, so its "
            "length is kept through the layer.",
        ),
    },
    "loss": {
        "mean_squared_error": QT_TRANSLATE_NOOP(
            "help",
            "The average of the squared differences between prediction and target. Large errors "
            "count a lot. The standard loss for regression.",
        ),
        "mean_absolute_error": QT_TRANSLATE_NOOP(
            "help",
            "The average absolute difference between prediction and target. Less sensitive to "
            "outliers than squared error, but its gradient does not shrink near the answer.",
        ),
        "huber": QT_TRANSLATE_NOOP(
            "help",
            "Squared error for small mistakes and absolute error for large ones (beyond delta). A "
            "compromise that resists outliers.",
        ),
        "binary_crossentropy": QT_TRANSLATE_NOOP(
            "help",
            "Measures how much probability the model gives to the right class out of two. Pairs "
            "with one sigmoid output unit.",
        ),
        "categorical_crossentropy": QT_TRANSLATE_NOOP(
            "help",
            "Measures how much probability the model gives to the right class out of three or "
            "more. Pairs with a softmax output layer.",
        ),
    },
    "optimizer": {
        "sgd": QT_TRANSLATE_NOOP(
            "help",
            "Stochastic gradient descent: step each weight against its gradient, scaled by the "
            "learning rate. Momentum keeps part of the previous step to roll through small bumps.",
        ),
        "rmsprop": QT_TRANSLATE_NOOP(
            "help",
            "Divides each weight's step by a running average of its recent gradient sizes, so "
            "weights with large gradients take smaller steps.",
        ),
        "adam": QT_TRANSLATE_NOOP(
            "help",
            "Combines momentum with RMSprop's per-weight step sizes, with a correction for the "
            "first steps. A robust default; try a learning rate around 0.001 to 0.01.",
        ),
        "adagrad": QT_TRANSLATE_NOOP(
            "help",
            "Gives each weight its own step size, which shrinks as its squared gradients add up. "
            "Learning slows down over time.",
        ),
    },
}

#: Help of registry parameters (the engine's ``Param.help``, English), for translation.
PARAM_HELP: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("help", "Slope for z < 0 (0.01 in the classic Leaky ReLU)."),
    QT_TRANSLATE_NOOP("help", "Value the curve tends to for very negative z (as −alpha)."),
    QT_TRANSLATE_NOOP("help", "The value of every weight."),
    QT_TRANSLATE_NOOP("help", "Mean of the draw."),
    QT_TRANSLATE_NOOP("help", "Standard deviation (0.01 gives the classic ×0.01)."),
    QT_TRANSLATE_NOOP("help", "Lowest value."),
    QT_TRANSLATE_NOOP("help", "Highest value."),
    QT_TRANSLATE_NOOP("help", "Multiplies the target variance."),
    QT_TRANSLATE_NOOP("help", "Multiplies the matrix."),
    QT_TRANSLATE_NOOP("help", "Where the loss turns from square to linear."),
    QT_TRANSLATE_NOOP("help", "Fraction of the previous step kept (0 = plain SGD)."),
    QT_TRANSLATE_NOOP("help", "Look ahead along the momentum."),
    QT_TRANSLATE_NOOP("help", "Decay of the running mean of g²."),
    QT_TRANSLATE_NOOP("help", "Momentum on the scaled step."),
    QT_TRANSLATE_NOOP("help", "Keeps the division finite."),
    QT_TRANSLATE_NOOP("help", "Decay of the mean of gradients."),
    QT_TRANSLATE_NOOP("help", "Decay of the mean of squared gradients."),
    QT_TRANSLATE_NOOP("help", "Starting value of Σg²."),
)

#: Titles of the bundled and lesson presets (stored in English in their JSON files).
PRESET_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("presets", "Three blobs (softmax)"),
    QT_TRANSLATE_NOOP("presets", "Circle (the Playground's default)"),
    QT_TRANSLATE_NOOP("presets", "Two clouds, no hidden layer"),
    QT_TRANSLATE_NOOP("presets", "Gaussian bumps (regression)"),
    QT_TRANSLATE_NOOP("presets", "Half-moons"),
    QT_TRANSLATE_NOOP("presets", "Tilted plane (regression)"),
    QT_TRANSLATE_NOOP("presets", "Positive prices (regression)"),
    QT_TRANSLATE_NOOP("presets", "Sine waves (regression)"),
    QT_TRANSLATE_NOOP("presets", "Spiral with sine features"),
    QT_TRANSLATE_NOOP("presets", "XOR quadrants"),
    QT_TRANSLATE_NOOP("presets", "Lesson 2: sigmoid vs tanh vs ReLU"),
    QT_TRANSLATE_NOOP("presets", "Lesson 4: dying ReLU"),
    QT_TRANSLATE_NOOP("presets", "Lesson 6: initial scale in depth"),
    QT_TRANSLATE_NOOP("presets", "Lesson 1: linear layers on XOR"),
    QT_TRANSLATE_NOOP("presets", "Lesson 7: output layer and loss"),
    QT_TRANSLATE_NOOP("presets", "Lesson 3: saturated sigmoid units"),
    QT_TRANSLATE_NOOP("presets", "Lesson 8: what a loss is"),
    QT_TRANSLATE_NOOP("presets", "Lesson 5: zero initialisation"),
    QT_TRANSLATE_NOOP("presets", "Lesson 9: the loss is a landscape"),
    QT_TRANSLATE_NOOP("presets", "Lesson 10: outliers and the choice of loss"),
    QT_TRANSLATE_NOOP("presets", "Lesson 11: vanishing gradient in slow motion"),
)

LABELS: dict[str, str] = {
    "linear": QT_TRANSLATE_NOOP("labels", "Linear"),
    "sigmoid": QT_TRANSLATE_NOOP("labels", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("labels", "Tanh"),
    "relu": QT_TRANSLATE_NOOP("labels", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("labels", "Leaky ReLU"),
    "elu": QT_TRANSLATE_NOOP("labels", "ELU"),
    "selu": QT_TRANSLATE_NOOP("labels", "SELU"),
    "gelu": QT_TRANSLATE_NOOP("labels", "GELU"),
    "silu": QT_TRANSLATE_NOOP("labels", "SiLU (swish)"),
    "softplus": QT_TRANSLATE_NOOP("labels", "Softplus"),
    "softsign": QT_TRANSLATE_NOOP("labels", "Softsign"),
    "hard_sigmoid": QT_TRANSLATE_NOOP("labels", "Hard sigmoid"),
    "mish": QT_TRANSLATE_NOOP("labels", "Mish"),
    "gaussian": QT_TRANSLATE_NOOP("labels", "Gaussian"),
    "sine": QT_TRANSLATE_NOOP("labels", "Sine"),
    "softmax": QT_TRANSLATE_NOOP("labels", "Softmax"),
    "zeros": QT_TRANSLATE_NOOP("labels", "Zeros"),
    "ones": QT_TRANSLATE_NOOP("labels", "Ones"),
    "constant": QT_TRANSLATE_NOOP("labels", "Constant"),
    "random_normal": QT_TRANSLATE_NOOP("labels", "Random normal"),
    "random_uniform": QT_TRANSLATE_NOOP("labels", "Random uniform"),
    "truncated_normal": QT_TRANSLATE_NOOP("labels", "Truncated normal"),
    "glorot_uniform": QT_TRANSLATE_NOOP("labels", "Glorot uniform"),
    "glorot_normal": QT_TRANSLATE_NOOP("labels", "Glorot normal"),
    "he_uniform": QT_TRANSLATE_NOOP("labels", "He uniform"),
    "he_normal": QT_TRANSLATE_NOOP("labels", "He normal"),
    "lecun_uniform": QT_TRANSLATE_NOOP("labels", "LeCun uniform"),
    "lecun_normal": QT_TRANSLATE_NOOP("labels", "LeCun normal"),
    "orthogonal": QT_TRANSLATE_NOOP("labels", "Orthogonal"),
    "mean_squared_error": QT_TRANSLATE_NOOP("labels", "Mean squared error"),
    "mean_absolute_error": QT_TRANSLATE_NOOP("labels", "Mean absolute error"),
    "huber": QT_TRANSLATE_NOOP("labels", "Huber"),
    "binary_crossentropy": QT_TRANSLATE_NOOP("labels", "Binary cross-entropy"),
    "categorical_crossentropy": QT_TRANSLATE_NOOP("labels", "Categorical cross-entropy"),
    "sgd": QT_TRANSLATE_NOOP("labels", "SGD"),
    "rmsprop": QT_TRANSLATE_NOOP("labels", "RMSprop"),
    "adam": QT_TRANSLATE_NOOP("labels", "Adam"),
    "adagrad": QT_TRANSLATE_NOOP("labels", "Adagrad"),
    "circle": QT_TRANSLATE_NOOP("labels", "Circle"),
    "xor": QT_TRANSLATE_NOOP("labels", "XOR"),
    "gaussian_bumps": QT_TRANSLATE_NOOP("labels", "Gaussian bumps"),
    "spiral": QT_TRANSLATE_NOOP("labels", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("labels", "Moons"),
    "blobs": QT_TRANSLATE_NOOP("labels", "Blobs"),
    "plane": QT_TRANSLATE_NOOP("labels", "Plane"),
    "price": QT_TRANSLATE_NOOP("labels", "Price"),
    "negative_slope": QT_TRANSLATE_NOOP("labels", "slope"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("labels", "initial Σg²"),
    "alpha": QT_TRANSLATE_NOOP("labels", "Alpha"),
    "value": QT_TRANSLATE_NOOP("labels", "Value"),
    "mean": QT_TRANSLATE_NOOP("labels", "Mean"),
    "stddev": QT_TRANSLATE_NOOP("labels", "Stddev"),
    "minval": QT_TRANSLATE_NOOP("labels", "Minval"),
    "maxval": QT_TRANSLATE_NOOP("labels", "Maxval"),
    "scale": QT_TRANSLATE_NOOP("labels", "Scale"),
    "gain": QT_TRANSLATE_NOOP("labels", "Gain"),
    "delta": QT_TRANSLATE_NOOP("labels", "Delta"),
    "momentum": QT_TRANSLATE_NOOP("labels", "Momentum"),
    "nesterov": QT_TRANSLATE_NOOP("labels", "Nesterov"),
    "rho": QT_TRANSLATE_NOOP("labels", "Rho"),
    "epsilon": QT_TRANSLATE_NOOP("labels", "Epsilon"),
    "beta_1": QT_TRANSLATE_NOOP("labels", "Beta 1"),
    "beta_2": QT_TRANSLATE_NOOP("labels", "Beta 2"),
}


def help_text(kind: str, name: str) -> str:
    """The translated help text for registry ``kind``'s entry ``name`` ('' if none)."""
    text = HELP.get(kind, {}).get(name, "")
    return QCoreApplication.translate("help", text) if text else ""


def param_help(text: str) -> str:
    """The translated help of a registry parameter (``Param.help``; '' stays '')."""
    return QCoreApplication.translate("help", text) if text else ""


def label(name: str) -> str:
    """A readable, translated label for a registry or parameter name."""
    text = LABELS.get(name) or name.replace("_", " ").capitalize()
    return QCoreApplication.translate("labels", text)


def preset_title(title: str) -> str:
    """A preset's title, translated if it is a bundled or lesson preset's (else unchanged)."""
    return QCoreApplication.translate("presets", title) if title else ""
