"""Source of the helpers a script defines when the framework has no built-in for something
(a Gaussian activation, Keras' truncated variance scaling in PyTorch, ...), and the notes
a PyTorch model carries when its output activation lives inside the loss."""

from __future__ import annotations

TRUNC_STD = 0.87962566103423978  # std of N(0, 1) cut at ±2, as in Keras and our engine

KERAS_FUNCTIONS = {
    "gelu_tanh": (
        "def gelu_tanh(x):\n"
        '    """GELU, tanh approximation (what nnplayground uses; Keras\' "gelu" is exact)."""\n'
        "    return keras.activations.gelu(x, approximate=True)\n"
    ),
    "gaussian": (
        "def gaussian(x):\n"
        '    """f(z) = exp(-z²): Keras has no built-in Gaussian activation."""\n'
        "    return keras.ops.exp(-keras.ops.square(x))\n"
    ),
    "sine": (
        "def sine(x):\n"
        '    """f(z) = sin(z): Keras has no built-in sine activation."""\n'
        "    return keras.ops.sin(x)\n"
    ),
    "unit_vector": (
        "def unit_vector(gain):\n"
        '    """nnplayground\'s "orthogonal" for a bias: a random unit vector times gain\n'
        '    (Keras\' Orthogonal needs a 2-D shape)."""\n\n'
        "    def init(shape, dtype=None):\n"
        "        v = keras.random.normal(shape, dtype=dtype)\n"
        "        return gain * v / keras.ops.norm(v)\n\n"
        "    return init\n"
    ),
}


def keras_placeholder(name: str, formula: str) -> str:
    """A function standing for activation ``name``, which Keras has no spelling for here
    (an activation registered after these tables were written): the script says so."""
    return (
        f"def {name}(x):\n"
        f'    """nnplayground\'s {name!r}: {formula}. No Keras equivalent is known to the\n'
        '    code view: write it with keras.ops."""\n'
        f"    raise NotImplementedError({name!r})\n"
    )


def torch_placeholder(module: str, name: str, formula: str) -> str:
    """A module standing for activation ``name``, which has no PyTorch spelling here."""
    return (
        f"class {module}(nn.Module):\n"
        f'    """nnplayground\'s {name!r}: {formula}. No PyTorch equivalent is known to the\n'
        '    code view: write forward() with torch operations."""\n\n'
        "    def forward(self, x: torch.Tensor) -> torch.Tensor:\n"
        f"        raise NotImplementedError({name!r})\n"
    )


TORCH_MODULES = {
    "Gaussian": (
        "class Gaussian(nn.Module):\n"
        '    """f(z) = exp(-z²): PyTorch has no built-in Gaussian activation."""\n\n'
        "    def forward(self, x: torch.Tensor) -> torch.Tensor:\n"
        "        return torch.exp(-x * x)\n"
    ),
    "Sine": (
        "class Sine(nn.Module):\n"
        '    """f(z) = sin(z): PyTorch has no built-in sine activation."""\n\n'
        "    def forward(self, x: torch.Tensor) -> torch.Tensor:\n"
        "        return torch.sin(x)\n"
    ),
    "keras_truncated_normal_": (
        "def keras_truncated_normal_(tensor: torch.Tensor, variance: float) -> torch.Tensor:\n"
        '    """Keras\' variance-scaling normal: N(0, σ²) redrawn beyond ±2σ, with\n'
        "    σ = √variance / 0.8796 so the cut draw has exactly `variance`.\n"
        "    (nn.init.xavier_normal_ / kaiming_normal_ are the closest built-ins, but they\n"
        '    do not truncate.)"""\n'
        f"    std = math.sqrt(variance) / {TRUNC_STD!r}\n"
        "    return nn.init.trunc_normal_(tensor, mean=0.0, std=std, a=-2 * std, b=2 * std)\n"
    ),
    "variance_uniform_": (
        "def variance_uniform_(tensor: torch.Tensor, variance: float) -> torch.Tensor:\n"
        '    """U(-limit, limit) with limit = √(3·variance), so that Var(w) = variance."""\n'
        "    limit = math.sqrt(3.0 * variance)\n"
        "    return nn.init.uniform_(tensor, -limit, limit)\n"
    ),
    "unit_vector_": (
        "def unit_vector_(tensor: torch.Tensor, gain: float) -> torch.Tensor:\n"
        '    """nnplayground\'s "orthogonal" for a bias: a random unit vector times gain."""\n'
        "    v = torch.randn_like(tensor)\n"
        "    return tensor.copy_(gain * v / v.norm().clamp_min(1e-12))\n"
    ),
}
# Helpers that need `import math` at the top of the PyTorch script.
TORCH_NEEDS_MATH = frozenset({"keras_truncated_normal_", "variance_uniform_"})

FUSED_NOTES = {
    "binary_crossentropy": (
        "# No sigmoid here: nn.BCEWithLogitsLoss applies it inside the loss, which is",
        "# numerically stabler. The model outputs logits; torch.sigmoid(model(x)) gives",
        "# the probabilities nnplayground shows.",
    ),
    "categorical_crossentropy": (
        "# No softmax here: nn.CrossEntropyLoss applies log-softmax itself and takes",
        "# class indices. The model outputs logits; torch.softmax(model(x), dim=1) gives",
        "# the probabilities nnplayground shows.",
    ),
}

# torch.optim's SGD, RMSprop, Adam and Adagrad are not Keras': RMSprop and Adagrad add ε
# outside the square root (g / (√s + ε) instead of g / √(s + ε)), Adam adds ε after the
# bias correction, SGD keeps the learning rate outside its momentum buffer (so a
# learning-rate change acts at once on the whole velocity). nnplayground follows Keras, so
# the script carries the exact update rule instead of the closest torch.optim class.
_OPTIMIZER_HEAD = (
    "class {cls}(torch.optim.Optimizer):\n"
    '    """{doc}\n'
    "    nnplayground's (and Keras 3's) update rule, step for step: torch.optim.{torch}\n"
    '    {differs}."""\n\n'
    "    def __init__(self, params, lr: float, **settings) -> None:\n"
    '        """settings: {args}."""\n'
    "        super().__init__(params, dict(lr=lr, **settings))\n\n"
    "    @torch.no_grad()\n"
    "    def step(self, closure=None):\n"
    "        for group in self.param_groups:\n"
    "{setup}"
    '            for p in group["params"]:\n'
    "                if p.grad is None:\n"
    "                    continue\n"
    "                g, state = p.grad, self.state[p]\n"
)


def _optimizer_class(
    cls: str,
    doc: str,
    torch: str,
    differs: str,
    args: tuple[tuple[str, str], ...],
    body: str,
) -> str:
    """Source of a torch.optim.Optimizer subclass; ``body`` runs per parameter ``p`` with
    its gradient ``g``, its ``state`` dict and the group's settings as local names."""
    names = ["lr", *(name for name, _ in args)]
    head = _OPTIMIZER_HEAD.format(
        cls=cls,
        doc=doc,
        torch=torch,
        differs=differs,
        args=", ".join(f"{name} ({kind})" for name, kind in args),
        setup="".join(f'            {n} = group["{n}"]\n' for n in names),
    )
    return head + "".join(f"                {line}\n" for line in body.splitlines())


TORCH_OPTIMIZER_CLASSES = {
    "sgd": _optimizer_class(
        "KerasSGD",
        "v ← μ·v − η·g; w ← w + v (Nesterov: w ← w + μ·v − η·g).",
        "SGD",
        "keeps η outside its velocity (buf ← μ·buf + g; w ← w − η·buf): the\n"
        "    same steps while η stays constant, different ones once it changes",
        (("momentum", "float"), ("nesterov", "bool")),
        "if momentum == 0.0:\n"
        "    p.sub_(lr * g)\n"
        "    continue\n"
        "if not state:\n"
        '    state["v"] = torch.zeros_like(p)\n'
        'v = state["v"].mul_(momentum).sub_(lr * g)\n'
        "p.add_(momentum * v - lr * g if nesterov else v)",
    ),
    "rmsprop": _optimizer_class(
        "KerasRMSprop",
        "s ← ρ·s + (1 − ρ)·g²; w ← w − η·g / √(s + ε), momentum on the step.",
        "RMSprop",
        "(ρ is its alpha) divides by √s + ε instead of √(s + ε)",
        (("rho", "float"), ("momentum", "float"), ("epsilon", "float")),
        "if not state:\n"
        '    state["s"], state["v"] = torch.zeros_like(p), torch.zeros_like(p)\n'
        's = state["s"].mul_(rho).add_((1.0 - rho) * g * g)\n'
        "update = lr * g / torch.sqrt(s + epsilon)\n"
        "if momentum > 0.0:\n"
        '    update = state["v"].mul_(momentum).add_(update)\n'
        "p.sub_(update)",
    ),
    "adam": _optimizer_class(
        "KerasAdam",
        "m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;\n"
        "    w ← w − η·√(1 − β2^t) / (1 − β1^t) · m / (√v + ε).",
        "Adam",
        "adds ε to the bias-corrected √v̂ instead (as if ε were\n    ε·√(1 − β2^t) here)",
        (("beta_1", "float"), ("beta_2", "float"), ("epsilon", "float")),
        "if not state:\n"
        '    state["t"], state["m"] = 0, torch.zeros_like(p)\n'
        '    state["v"] = torch.zeros_like(p)\n'
        'state["t"] += 1\n'
        't, m, v = state["t"], state["m"], state["v"]\n'
        "alpha = lr * (1.0 - beta_2**t) ** 0.5 / (1.0 - beta_1**t)\n"
        "m.add_((1.0 - beta_1) * (g - m))\n"
        "v.add_((1.0 - beta_2) * (g * g - v))\n"
        "p.sub_(alpha * m / (torch.sqrt(v) + epsilon))",
    ),
    "adagrad": _optimizer_class(
        "KerasAdagrad",
        "s ← s + g², from s = initial_accumulator_value; w ← w − η·g / √(s + ε).",
        "Adagrad",
        "divides by √s + ε instead of √(s + ε)",
        (("initial_accumulator_value", "float"), ("epsilon", "float")),
        "if not state:\n"
        '    state["s"] = torch.full_like(p, initial_accumulator_value)\n'
        's = state["s"].add_(g * g)\n'
        "p.sub_(lr * g / torch.sqrt(s + epsilon))",
    ),
}
