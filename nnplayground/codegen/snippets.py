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
