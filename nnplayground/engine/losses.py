"""Loss functions: a number saying how far predictions are from targets.

Shapes: predictions ``a`` and targets ``y`` are (n_samples, n_outputs). Every loss is a
mean over samples. ``value(a, y)`` and ``grad(a, y)`` (= dL/da) work on outputs;
cross-entropies are *fused* with their output activation: ``value_from_logits(z, y)`` and
``grad_logits(z, a, y)`` (= dL/dz) never take the log of a rounded probability.
"""

from __future__ import annotations

import numpy as np

from nnplayground.engine import activations
from nnplayground.engine.registry import Param, Registry
from nnplayground.messages import QT_TRANSLATE_NOOP, text

Array = np.ndarray


class Loss:
    """Base class. The class attributes are the one home of what the app knows about a loss
    (pairing checks, default output heads, generated code read them)."""

    name = ""
    formula = ""
    #: Output activation this loss is fused with (its gradient is taken w.r.t. logits).
    #: A fused loss needs exactly that activation on the output layer.
    fused_activation: str | None = None
    #: "classification" for a loss that compares class probabilities; None: any task.
    task: str | None = None
    #: The problem kind (see :func:`problem_kind`) this loss is the starting choice for,
    #: and the output activation it starts with.
    default_for = ""
    default_output = ""

    def params(self) -> dict[str, float]:
        return {}

    def value(self, a: Array, y: Array) -> float:
        raise NotImplementedError

    def grad(self, a: Array, y: Array) -> Array:
        raise NotImplementedError

    def value_from_logits(self, z: Array, a: Array, y: Array) -> float:
        return self.value(a, y)

    def grad_logits(self, z: Array, a: Array, y: Array) -> Array:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.params()})"


class MeanSquaredError(Loss):
    """L = mean((a − y)²) over samples and outputs (Keras' definition)."""

    name, formula = "mean_squared_error", "L = mean((ŷ − y)²)"
    default_for, default_output = "regression", "linear"

    def value(self, a, y):
        d = a - y
        return float(np.mean(d * d))

    def grad(self, a, y):
        return (2.0 / a.size) * (a - y)


class MeanAbsoluteError(Loss):
    """L = mean(|a − y|); dL/da = sign(a − y) / size."""

    name, formula = "mean_absolute_error", "L = mean(|ŷ − y|)"

    def value(self, a, y):
        return float(np.mean(np.abs(a - y)))

    def grad(self, a, y):
        return np.sign(a - y) / a.size


class Huber(Loss):
    """L = mean(½e² if |e| ≤ δ else δ(|e| − ½δ)), e = a − y: quadratic near 0, linear far."""

    name = "huber"

    def __init__(self, delta: float = 1.0) -> None:
        self.delta = delta
        self.formula = f"L = mean(½e² if |e| ≤ {delta:g}, else {delta:g}·(|e| − {delta / 2:g}))"

    def params(self):
        return {"delta": self.delta}

    def value(self, a, y):
        e = np.abs(a - y)
        d = self.delta
        return float(np.mean(np.where(e <= d, 0.5 * e * e, d * (e - 0.5 * d))))

    def grad(self, a, y):
        e = a - y
        return np.clip(e, -self.delta, self.delta) / a.size


class BinaryCrossentropy(Loss):
    """L = −mean(y log p + (1 − y) log(1 − p)), p = sigmoid(z), from logits:
    L = mean(max(z, 0) − z·y + log(1 + e^−|z|)); dL/dz = (p − y) / n."""

    name, fused_activation, task = "binary_crossentropy", "sigmoid", "classification"
    default_for, default_output = "binary", "sigmoid"
    formula = "L = −mean(y·ln ŷ + (1 − y)·ln(1 − ŷ))"

    def value_from_logits(self, z, a, y):
        return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))

    def grad_logits(self, z, a, y):
        return (a - y) / a.size

    def value(self, a, y):
        p = np.clip(a, 1e-15, 1.0 - 1e-15)
        return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log1p(-p)))


class CategoricalCrossentropy(Loss):
    """L = −mean_n Σ_k y_k log softmax(z)_k, from logits with a log-sum-exp;
    dL/dz = (softmax(z) − y) / n."""

    name, fused_activation, task = "categorical_crossentropy", "softmax", "classification"
    default_for, default_output = "multiclass", "softmax"
    formula = "L = −mean(Σ_k y_k·ln ŷ_k)"

    def value_from_logits(self, z, a, y):
        m = z.max(axis=1, keepdims=True)
        log_p = z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))
        return float(-np.sum(y * log_p) / z.shape[0])

    def grad_logits(self, z, a, y):
        return (a - y) / a.shape[0]

    def value(self, a, y):
        return float(-np.sum(y * np.log(np.clip(a, 1e-15, 1.0))) / a.shape[0])


REGISTRY: Registry[Loss] = Registry("loss")
REGISTRY.register(
    "mean_squared_error", MeanSquaredError, summary="Average squared distance.", aliases=("mse",)
)
REGISTRY.register(
    "mean_absolute_error", MeanAbsoluteError, summary="Average absolute distance.", aliases=("mae",)
)
REGISTRY.register(
    "huber",
    Huber,
    (Param("delta", 1.0, 1e-6, 100.0, "Where the loss turns from square to linear."),),
    "Squared for small errors, linear for large ones.",
)
REGISTRY.register(
    "binary_crossentropy", BinaryCrossentropy, summary="Two classes; pairs with a sigmoid output."
)
REGISTRY.register(
    "categorical_crossentropy",
    CategoricalCrossentropy,
    summary="Three or more classes; pairs with a softmax output.",
)

PAIRING_REGRESSION = QT_TRANSLATE_NOOP(
    "messages",
    "{loss} compares class probabilities; a regression needs a distance such as {distance}.",
)
PAIRING_MULTICLASS = QT_TRANSLATE_NOOP(
    "messages", "{n} classes need a {activation} output with {loss}."
)
PAIRING_SOFTMAX = QT_TRANSLATE_NOOP(
    "messages", "{activation} needs three or more output units; use {single} for one output."
)
PAIRING_CATEGORICAL = QT_TRANSLATE_NOOP(
    "messages", "{loss} needs three or more classes; use {binary} for two."
)
PAIRING_BINARY = QT_TRANSLATE_NOOP(
    "messages",
    "{loss} reads the output as a probability, so it needs a {fused} output, not {activation}.",
)


def spec(name: str) -> type[Loss]:
    """The class of loss ``name`` (or alias): its attributes answer questions about the kind."""
    factory = REGISTRY.entry(name).factory
    assert isinstance(factory, type) and issubclass(factory, Loss), factory
    return factory


def problem_kind(task: str, n_classes: int) -> str:
    """The problem kind: "regression", "binary" (two classes, one output) or "multiclass"."""
    if task == "regression":
        return "regression"
    return "multiclass" if n_classes > 2 else "binary"


def default_head(task: str, n_classes: int) -> tuple[str, str]:
    """(output activation, loss) a learner should start from for this task."""
    kind = problem_kind(task, n_classes)
    for name in REGISTRY.names():
        loss = spec(name)
        if loss.default_for == kind:
            return loss.default_output, name
    raise LookupError(f"no loss is the default for {kind}")


def _couples_units(activation: str) -> bool:
    """True for an activation that couples a layer's units (softmax): a single output
    unit would be constant, so it needs the one-hot head of three or more classes."""
    return activation in activations.REGISTRY and not activations.defaults(activation).elementwise


def check_pairing(task: str, n_classes: int, loss: str, output_activation: str) -> str | None:
    """Return a sentence explaining why this output/loss pair is invalid, or None if valid.

    The rules come from the components: a loss with ``task == "classification"`` is
    refused for a regression; a fused loss needs its ``fused_activation``; an activation
    that couples units (not ``elementwise``) needs three or more outputs, and so does a
    loss fused with one. The sentence is a :class:`~nnplayground.messages.Message` (a
    ``str``) so the GUI can translate it.
    """
    loss = REGISTRY.canonical(loss)
    cls = spec(loss)
    fused = cls.fused_activation
    if task == "regression" and cls.task == "classification":
        return text(PAIRING_REGRESSION, loss=loss, distance=default_head(task, 0)[1])
    if task == "classification" and n_classes > 2:
        if fused is None or not _couples_units(fused) or output_activation != fused:
            activation, head = default_head(task, n_classes)
            return text(PAIRING_MULTICLASS, n=n_classes, activation=activation, loss=head)
        return None
    if _couples_units(output_activation):
        single = default_head("classification", 2)[0]
        return text(PAIRING_SOFTMAX, activation=output_activation, single=single)
    if fused is not None and _couples_units(fused):
        return text(PAIRING_CATEGORICAL, loss=loss, binary=default_head("classification", 2)[1])
    if fused is not None and output_activation != fused:
        return text(PAIRING_BINARY, loss=loss, fused=fused, activation=output_activation)
    return None


def valid_output_activations(
    task: str, n_classes: int, loss: str, candidates: list[str]
) -> list[str]:
    """The subset of ``candidates`` that :func:`check_pairing` accepts."""
    return [c for c in candidates if check_pairing(task, n_classes, loss, c) is None]


def classification_heads() -> frozenset[str]:
    """Output activations whose values read as class probabilities (fused with a
    classification loss): sigmoid and softmax."""
    heads = (spec(name) for name in REGISTRY.names())
    return frozenset(
        loss.fused_activation
        for loss in heads
        if loss.fused_activation is not None and loss.task == "classification"
    )


def get(name: str, **params: float) -> Loss:
    return REGISTRY.get(name, **params)


def names() -> list[str]:
    return REGISTRY.names()
