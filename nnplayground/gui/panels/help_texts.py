"""Short help texts and readable labels for every registry name the panels offer.

Texts are plain English here; :func:`help_text` and :func:`label` pass them through
``QCoreApplication.translate`` so a translation file can replace them later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

HELP: dict[str, dict[str, str]] = {
    "activation": {
        "linear": "Passes the weighted sum through unchanged. A network made only of linear "
        "layers can only draw straight boundaries, however deep it is. Use it on the output "
        "of a regression.",
        "sigmoid": "Squashes any number into (0, 1), so the output reads as a probability. "
        "Its slope is at most 0.25 and almost 0 for large |z|, which makes deep sigmoid "
        "networks learn slowly (vanishing gradients).",
        "tanh": "Squashes any number into (−1, 1) and is centred on 0, which usually helps "
        "training compared with sigmoid. Its slope reaches 1 at z = 0 but vanishes when the "
        "unit saturates.",
        "relu": "Keeps positive values and sets negative ones to 0. It is fast and does not "
        "saturate for z > 0, but a unit whose input is always negative stops learning "
        "(a 'dead' ReLU).",
        "leaky_relu": "Like ReLU, but negative values are multiplied by a small slope instead "
        "of being set to 0. The small slope keeps a gradient flowing, so units cannot die.",
        "elu": "Identity for positive z and a smooth curve towards −alpha for negative z. "
        "Its outputs average closer to 0 than ReLU's, which can speed up learning.",
        "selu": "A scaled ELU with fixed constants chosen so that activations keep mean 0 and "
        "variance 1 from layer to layer. Pair it with the LeCun normal initializer.",
        "gelu": "A smooth ReLU that lets small negative values through a little. It is the "
        "default in many modern Transformer models.",
        "silu": "z times sigmoid(z), also called swish: smooth, slightly negative for "
        "negative z and close to ReLU for large z.",
        "softplus": "ln(1 + e^z), a smooth version of ReLU that is always positive. Its slope "
        "is the sigmoid of z, so it never becomes exactly 0.",
        "softsign": "z / (1 + |z|): a tanh-like S-curve in (−1, 1) that approaches its limits "
        "more slowly, so it saturates more gently.",
        "hard_sigmoid": "A piecewise-linear approximation of sigmoid: a straight ramp between "
        "−3 and 3, flat 0 or 1 outside. Cheap to compute, but its gradient is exactly 0 "
        "outside the ramp.",
        "mish": "z · tanh(softplus(z)): a smooth, non-monotonic curve similar to SiLU. It dips "
        "slightly below 0 for negative z.",
        "gaussian": "A bump, e^(−z²): large near z = 0 and close to 0 elsewhere. Each unit "
        "responds to a band of inputs, which suits ring-shaped data.",
        "sine": "sin(z): a periodic activation. Good for wavy patterns, but the same output "
        "repeats for many inputs, which can make training erratic.",
        "softmax": "Turns the output units into probabilities that sum to 1, one per class. "
        "Use it on the output layer with categorical cross-entropy for three or more classes.",
    },
    "initializer": {
        "zeros": "Every weight starts at 0. All units of a layer then compute the same thing "
        "and receive the same update, so they never become different: fine for biases, "
        "bad for weights.",
        "ones": "Every weight starts at 1. Like zeros, all units of a layer stay identical "
        "forever (the symmetry is never broken).",
        "constant": "Every weight starts at the same value you choose. The units of a layer "
        "stay identical, as with zeros.",
        "random_normal": "Weights drawn from a normal distribution with a fixed standard "
        "deviation. Too small and signals fade in deep networks, too large and they explode.",
        "random_uniform": "Weights drawn uniformly between minval and maxval. The spread does "
        "not adapt to the size of the layer.",
        "truncated_normal": "Like random normal, but values further than two standard "
        "deviations from the mean are drawn again, so there are no extreme weights.",
        "glorot_uniform": "Xavier/Glorot: a uniform draw scaled by the number of inputs and "
        "outputs so the signal keeps the same spread in both directions. A good default "
        "for tanh and sigmoid.",
        "glorot_normal": "Xavier/Glorot with a normal draw: variance 2 / (fan_in + fan_out). "
        "A good default for tanh and sigmoid.",
        "he_uniform": "He/Kaiming: a uniform draw with variance 2 / fan_in, twice Glorot's, "
        "to make up for ReLU zeroing half of its inputs. Use it with ReLU-like activations.",
        "he_normal": "He/Kaiming with a normal draw: variance 2 / fan_in. The usual choice "
        "for ReLU networks.",
        "lecun_uniform": "LeCun: a uniform draw with variance 1 / fan_in. Keeps the spread of "
        "the signal from layer to layer.",
        "lecun_normal": "LeCun with a normal draw: variance 1 / fan_in. The initializer SELU "
        "was designed for.",
        "orthogonal": "A random orthogonal matrix: it rotates the signal without stretching "
        "it, so its length is kept through the layer.",
    },
    "loss": {
        "mean_squared_error": "The average of the squared differences between prediction and "
        "target. Large errors count a lot. The standard loss for regression.",
        "mean_absolute_error": "The average absolute difference between prediction and "
        "target. Less sensitive to outliers than squared error, but its gradient does not "
        "shrink near the answer.",
        "huber": "Squared error for small mistakes and absolute error for large ones (beyond "
        "delta). A compromise that resists outliers.",
        "binary_crossentropy": "Measures how much probability the model gives to the right "
        "class out of two. Pairs with one sigmoid output unit.",
        "categorical_crossentropy": "Measures how much probability the model gives to the "
        "right class out of three or more. Pairs with a softmax output layer.",
    },
    "optimizer": {
        "sgd": "Stochastic gradient descent: step each weight against its gradient, scaled "
        "by the learning rate. Momentum keeps part of the previous step to roll through "
        "small bumps.",
        "rmsprop": "Divides each weight's step by a running average of its recent gradient "
        "sizes, so weights with large gradients take smaller steps.",
        "adam": "Combines momentum with RMSprop's per-weight step sizes, with a correction for "
        "the first steps. A robust default; try a learning rate around 0.001 to 0.01.",
        "adagrad": "Gives each weight its own step size, which shrinks as its squared "
        "gradients add up. Learning slows down over time.",
    },
}

LABELS: dict[str, str] = {
    "linear": "Linear",
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU",
    "elu": "ELU",
    "selu": "SELU",
    "gelu": "GELU",
    "silu": "SiLU (swish)",
    "softplus": "Softplus",
    "softsign": "Softsign",
    "hard_sigmoid": "Hard sigmoid",
    "mish": "Mish",
    "gaussian": "Gaussian",
    "sine": "Sine",
    "softmax": "Softmax",
    "zeros": "Zeros",
    "ones": "Ones",
    "constant": "Constant",
    "random_normal": "Random normal",
    "random_uniform": "Random uniform",
    "truncated_normal": "Truncated normal",
    "glorot_uniform": "Glorot uniform",
    "glorot_normal": "Glorot normal",
    "he_uniform": "He uniform",
    "he_normal": "He normal",
    "lecun_uniform": "LeCun uniform",
    "lecun_normal": "LeCun normal",
    "orthogonal": "Orthogonal",
    "mean_squared_error": "Mean squared error",
    "mean_absolute_error": "Mean absolute error",
    "huber": "Huber",
    "binary_crossentropy": "Binary cross-entropy",
    "categorical_crossentropy": "Categorical cross-entropy",
    "sgd": "SGD",
    "rmsprop": "RMSprop",
    "adam": "Adam",
    "adagrad": "Adagrad",
    "circle": "Circle",
    "xor": "XOR",
    "gaussian_bumps": "Gaussian bumps",
    "spiral": "Spiral",
    "moons": "Moons",
    "blobs": "Blobs",
    "plane": "Plane",
    "price": "Price",
    "negative_slope": "slope",
    "initial_accumulator_value": "initial Σg²",
}


def help_text(kind: str, name: str) -> str:
    """The translated help text for registry ``kind``'s entry ``name`` ('' if none)."""
    text = HELP.get(kind, {}).get(name, "")
    return QCoreApplication.translate("help", text) if text else ""


def label(name: str) -> str:
    """A readable, translated label for a registry or parameter name."""
    text = LABELS.get(name) or name.replace("_", " ").capitalize()
    return QCoreApplication.translate("labels", text)
