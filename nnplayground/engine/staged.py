"""One mini-batch step in slow motion: forward, loss, backward and update, stage by stage.

:func:`staged_step` computes exactly what ``Trainer.train_step`` computes for a batch –
the same operations in the same order – and keeps every intermediate value as a list of
frozen stages a GUI walks with next/previous (:class:`StageWalk`):

1. one :class:`ForwardStage` per layer: z = x·W + b and a = f(z), (n, units);
2. the :class:`LossStage`: the batch loss and δ of the output layer, ∂L/∂z_out;
3. one :class:`BackwardStage` per layer, output first: δ_l = (δ_{l+1}·W_{l+1}ᵀ) ⊙ f′(z_l),
   ∂L/∂W_l = x_lᵀ·δ_l, ∂L/∂b_l = Σ_n δ_l, ‖δ_l‖, and f′(z_l) against the activation's
   largest derivative (the bound on how much each layer can pass back);
4. one :class:`UpdateStage` per layer: weights before and after, the optimizer's state
   (momentum velocity; Adam's m, v and their bias-corrected m̂, v̂) and the step taken.

By default nothing of the real run changes: the step runs on copies of the weights and
of the optimizer (``apply=False``). With ``apply=True`` the new weights and optimizer
state are written back, so the staged step *is* the run's next step.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from nnplayground.engine.activations import Activation
from nnplayground.engine.batched import layer_slices
from nnplayground.engine.losses import Loss
from nnplayground.engine.network import Network

Array = np.ndarray
#: Names of each optimizer's state slots, in the order ``Optimizer._slots`` creates them.
SLOT_NAMES = {
    "sgd": ("velocity",),
    "rmsprop": ("mean_square", "velocity"),
    "adam": ("m", "v"),
    "adagrad": ("accumulator",),
}


@dataclass(frozen=True, eq=False)
class Stage:
    """One step of the walk; ``kind`` is 'forward', 'loss', 'backward' or 'update';
    ``layer`` counts from 0 (first hidden) and is -1 for the loss."""

    kind: str
    layer: int


@dataclass(frozen=True, eq=False)
class ForwardStage(Stage):
    """x (n, fan_in) in, z = x·W + b and a = f(z) (n, units) out."""

    activation: str = ""
    x: Array = field(default_factory=lambda: np.empty(0))
    z: Array = field(default_factory=lambda: np.empty(0))
    a: Array = field(default_factory=lambda: np.empty(0))


@dataclass(frozen=True, eq=False)
class LossStage(Stage):
    """The batch loss ``value`` of outputs (n, n_out) against ``target``, and δ_out."""

    loss: str = ""
    value: float = 0.0
    output: Array = field(default_factory=lambda: np.empty(0))
    target: Array = field(default_factory=lambda: np.empty(0))
    delta: Array = field(default_factory=lambda: np.empty(0))
    fused: bool = False  # δ_out = (a − y)/n straight from the loss, f′ not applied


@dataclass(frozen=True, eq=False)
class BackwardStage(Stage):
    """δ = ∂L/∂z (n, units), its Frobenius norm, dW (fan_in, units), db (units,), the
    derivative f′(z) (n, units) it was multiplied by, its mean of |f′| and the
    activation's maximum derivative (a bound: δ shrinks at least by it when < 1)."""

    delta: Array = field(default_factory=lambda: np.empty(0))
    delta_norm: float = 0.0
    dW: Array = field(default_factory=lambda: np.empty(0))
    db: Array = field(default_factory=lambda: np.empty(0))
    derivative: Array = field(default_factory=lambda: np.empty(0))
    mean_derivative: float = 0.0
    max_derivative: float = 0.0


@dataclass(frozen=True, eq=False)
class UpdateStage(Stage):
    """Weights before/after, the flat gradient actually used (with regularization), the
    optimizer's state after the step per slot name (layer's part, flat), Adam's
    bias-corrected moments (``corrected``), and ‖Δθ‖ and ‖Δθ‖/‖θ‖ for the layer."""

    optimizer: str = ""
    W_before: Array = field(default_factory=lambda: np.empty(0))
    W_after: Array = field(default_factory=lambda: np.empty(0))
    b_before: Array = field(default_factory=lambda: np.empty(0))
    b_after: Array = field(default_factory=lambda: np.empty(0))
    grad: Array = field(default_factory=lambda: np.empty(0))
    state: dict = field(default_factory=dict)
    corrected: dict = field(default_factory=dict)
    iteration: int = 0
    step_norm: float = 0.0
    relative_step: float = 0.0


def max_derivative(activation: Activation) -> float:
    """max |f′(z)|: the activation's ``max_derivative`` attribute when it has one, else
    measured on z ∈ [−10, 10] (20,001 points)."""
    known = getattr(activation, "max_derivative", None)
    if known is not None:
        return float(known)
    z = np.linspace(-10.0, 10.0, 20_001)[:, None]
    with np.errstate(all="ignore"):
        d = activation.derivative(z, activation.f(z))
    return float(np.nanmax(np.abs(d)))


def _forward(network: Network, theta: Array, x: Array) -> list[ForwardStage]:
    stages = []
    for i, (layer, (ks, bs)) in enumerate(zip(network.layers, layer_slices(network))):
        z = x @ theta[ks].reshape(layer.fan_in, layer.units)
        z += theta[bs]
        a = layer.activation.f(z)
        stages.append(ForwardStage("forward", i, layer.activation.name, x, z, a))
        x = a
    return stages


def _loss(network: Network, loss: Loss, out: ForwardStage, y: Array) -> LossStage:
    act = network.layers[-1].activation
    fused = loss.fused_activation == act.name
    if fused:
        value, delta = loss.value_from_logits(out.z, out.a, y), loss.grad_logits(out.z, out.a, y)
    else:
        value, delta = loss.value(out.a, y), act.backward(loss.grad(out.a, y), out.z, out.a)
    return LossStage("loss", -1, loss.name, float(value), out.a, y, delta, fused)


def _backward(network: Network, theta: Array, fwd: list[ForwardStage], delta: Array):
    """Backward stages, output layer first; the same products as ``Network.backward``."""
    stages, slices = [], layer_slices(network)
    for i in range(len(network.layers) - 1, -1, -1):
        layer, f = network.layers[i], fwd[i]
        deriv = layer.activation.derivative(f.z, f.a)
        if i < len(network.layers) - 1:
            nxt = network.layers[i + 1]
            W_next = theta[slices[i + 1][0]].reshape(nxt.fan_in, nxt.units)
            delta = layer.activation.backward(delta @ W_next.T, f.z, f.a)
        stages.append(
            BackwardStage(
                "backward", i, delta, float(np.linalg.norm(delta)), f.x.T @ delta,
                delta.sum(axis=0), deriv, float(np.mean(np.abs(deriv))),
                max_derivative(layer.activation),
            )
        )  # fmt: skip
    return stages


def _regularized(trainer, theta: Array, grads: Array) -> Array:
    """The gradient plus the regularization term, as ``Trainer`` adds it."""
    rate, mask = trainer.regularization_rate, trainer.network.kernel_mask
    if trainer.regularization == "l2" and rate:
        grads = grads + (2.0 * rate) * (mask * theta)
    elif trainer.regularization == "l1" and rate:
        grads = grads + rate * (mask * np.sign(theta))
    return grads


def _corrected(optimizer, state: dict[str, Array]) -> dict[str, Array]:
    """Adam's m̂ = m / (1 − β1ᵗ) and v̂ = v / (1 − β2ᵗ); empty for other optimizers."""
    if optimizer.name != "adam":
        return {}
    p, t = optimizer.params(), optimizer.iterations
    return {
        "m_hat": state["m"] / (1.0 - p["beta_1"] ** t),
        "v_hat": state["v"] / (1.0 - p["beta_2"] ** t),
    }


def _update(network: Network, trainer, theta: Array, grads: Array):
    """(update stages, new flat weights, the advanced optimizer copy)."""
    optimizer = copy.deepcopy(trainer.optimizer)
    after = theta.copy()
    optimizer.step([after], [grads.copy()], trainer.learning_rate)
    names = SLOT_NAMES.get(optimizer.name, ())
    slots = optimizer._state or []  # noqa: SLF001 (read-only look at the moments)
    flat_state = {
        names[k] if k < len(names) else f"slot{k}": slot[0] for k, slot in enumerate(slots)
    }
    stages = []
    for i, (layer, (ks, bs)) in enumerate(zip(network.layers, layer_slices(network))):
        part = slice(ks.start, bs.stop)
        state = {k: v[part].copy() for k, v in flat_state.items()}
        step = after[part] - theta[part]
        norm = float(np.linalg.norm(theta[part]))
        shape = (layer.fan_in, layer.units)
        stages.append(
            UpdateStage(
                "update", i, optimizer.name, theta[ks].reshape(shape), after[ks].reshape(shape),
                theta[bs], after[bs], grads[part], state, _corrected(optimizer, state),
                optimizer.iterations, float(np.linalg.norm(step)),
                float(np.linalg.norm(step)) / norm if norm > 0 else float("inf"),
            )
        )  # fmt: skip
    return stages, after, optimizer


@dataclass(frozen=True, eq=False)
class StagedStep:
    """All stages in walking order, the full flat gradient used (n_params,) and the
    weights after the step (n_params,)."""

    stages: tuple[Stage, ...]
    grads: Array
    params_after: Array

    def of_kind(self, kind: str) -> list[Stage]:
        return [s for s in self.stages if s.kind == kind]

    def delta_norms(self) -> Array:
        """‖δ_l‖ per layer, first layer first (layers,)."""
        back = sorted(self.of_kind("backward"), key=lambda s: s.layer)
        return np.array([s.delta_norm for s in back])  # type: ignore[attr-defined]


def staged_step(trainer, x: Array, y: Array, apply: bool = False) -> StagedStep:
    """``trainer.train_step(x, y)`` in stages (see the module docstring); x (n, n_in),
    y (n, n_out). With ``apply`` the run takes this step (weights, optimizer state, step
    count and the network's gradient buffer), otherwise it is left untouched."""
    net = trainer.network
    theta = net.flat_params.copy()
    with np.errstate(all="ignore"):
        fwd = _forward(net, theta, np.asarray(x, dtype=np.float64))
        loss = _loss(net, trainer.loss, fwd[-1], np.asarray(y, dtype=np.float64))
        back = _backward(net, theta, fwd, loss.delta)
        grads = np.empty_like(theta)
        for s, (ks, bs) in zip(sorted(back, key=lambda s: s.layer), layer_slices(net)):
            grads[ks], grads[bs] = s.dW.ravel(), s.db
        grads = _regularized(trainer, theta, grads)
        updates, after, optimizer = _update(net, trainer, theta, grads)
    if apply:
        np.copyto(net.flat_params, after)
        np.copyto(net.flat_grads, grads)
        trainer.optimizer = optimizer
        trainer.steps += 1
    return StagedStep((*fwd, loss, *back, *updates), grads, after)


def delta_norms(network: Network, X: Array, y: Array, loss: Loss) -> Array:
    """‖δ_l‖ = ‖∂L/∂z_l‖ (Frobenius over the batch) per layer, first layer first, for the
    batch (X (n, n_in), y (n, n_out)) at the network's weights (layers,)."""
    theta = network.flat_params.copy()
    with np.errstate(all="ignore"):
        fwd = _forward(network, theta, np.asarray(X, dtype=np.float64))
        out = _loss(network, loss, fwd[-1], np.asarray(y, dtype=np.float64))
        back = _backward(network, theta, fwd, out.delta)
    return np.array([s.delta_norm for s in reversed(back)])


class StageWalk:
    """A cursor over a :class:`StagedStep`'s stages: ``current``, ``next()``,
    ``previous()`` (both clamp at the ends and return the stage now current)."""

    def __init__(self, step: StagedStep) -> None:
        self.stages = step.stages
        self.index = 0

    @property
    def current(self) -> Stage:
        return self.stages[self.index]

    def next(self) -> Stage:
        self.index = min(self.index + 1, len(self.stages) - 1)
        return self.current

    def previous(self) -> Stage:
        self.index = max(self.index - 1, 0)
        return self.current
