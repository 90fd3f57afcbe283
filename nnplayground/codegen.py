"""Code view: the preset's network as a complete, runnable Keras 3 or PyTorch script.

Each script builds the same model as nnplayground (layer sizes, per-layer activations and
initializers with their parameters, loss, optimizer, regularization, batch size, epochs)
and trains it on random data of the right shape, so it runs as-is. Tables keyed by the
registries' names drive the translation; a test checks that every registered name has
an entry in both frameworks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nnplayground.engine import activations, initializers, losses, optimizers
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, output_units
from nnplayground.engine.features import FEATURE_LABELS

FRAMEWORKS = ("keras", "pytorch")
_TRUNC_STD = 0.87962566103423978  # std of N(0, 1) cut at ±2, as in Keras and our engine


def _num(value: Any) -> str:
    """A Python literal for a parameter value: 0.03, 1e-07, 2, True."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def _params(registry, comp: Component) -> dict[str, Any]:
    return registry.check_params(registry.canonical(comp.name), comp.params)


def _name(registry, comp: Component) -> str:
    return registry.canonical(comp.name)


def _fmt(template: str, params: Mapping[str, Any], **raw: str) -> str:
    """Fill ``template`` with parameter literals (and ``raw`` text, e.g. a tensor name)."""
    return template.format(**{k: _num(v) for k, v in params.items()}, **raw)


def _split_args(args: str) -> list[str]:
    """Split ``args`` at commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, "", ""
    for ch in args:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    return [p for p in [*parts, current.strip()] if p]


def _wrap(indent: str, text: str, limit: int = 100) -> list[str]:
    """``text`` (a call, maybe followed by ``,``) as lines of at most ``limit`` characters,
    split the way ruff format would: arguments on one indented line, else one per line."""
    if len(indent) + len(text) <= limit or "(" not in text:
        return [indent + text]
    head, rest = text.split("(", 1)
    args, tail = rest[: rest.rindex(")")], rest[rest.rindex(")") :]
    inner = indent + "    "
    if len(inner) + len(args) <= limit:
        return [f"{indent}{head}(", inner + args, indent + tail]
    return [f"{indent}{head}("] + [f"{inner}{a}," for a in _split_args(args)] + [indent + tail]


# ----------------------------------------------------------------------------- tables
# Keras: a string for Dense(activation=...), or ("layer", expr) for a separate layer, or
# ("function", helper name) for a function defined in the script.
_KERAS_ACTIVATIONS: dict[str, str | tuple[str, str]] = {
    **{n: f'"{n}"' for n in ("linear", "sigmoid", "tanh", "relu", "selu", "silu")},
    **{n: f'"{n}"' for n in ("softplus", "softsign", "hard_sigmoid", "mish", "softmax")},
    "leaky_relu": ("layer", "layers.LeakyReLU(negative_slope={negative_slope})"),
    "elu": ("layer", "layers.ELU(alpha={alpha})"),
    "gelu": ("function", "gelu_tanh"),
    "gaussian": ("function", "gaussian"),
    "sine": ("function", "sine"),
}
_KERAS_FUNCTIONS = {
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
_TORCH_ACTIVATIONS: dict[str, str | None] = {
    "linear": None,
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(negative_slope={negative_slope})",
    "elu": "nn.ELU(alpha={alpha})",
    "selu": "nn.SELU()",
    "gelu": 'nn.GELU(approximate="tanh")',
    "silu": "nn.SiLU()",
    "softplus": "nn.Softplus()",
    "softsign": "nn.Softsign()",
    "hard_sigmoid": "nn.Hardsigmoid()",
    "mish": "nn.Mish()",
    "gaussian": "Gaussian()",
    "sine": "Sine()",
    "softmax": "nn.Softmax(dim=1)",
}
_TORCH_MODULES = {
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
        f"    std = math.sqrt(variance) / {_TRUNC_STD!r}\n"
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
_KERAS_INITIALIZERS = {
    "zeros": "Zeros()",
    "ones": "Ones()",
    "constant": "Constant(value={value})",
    "random_normal": "RandomNormal(mean={mean}, stddev={stddev})",
    "random_uniform": "RandomUniform(minval={minval}, maxval={maxval})",
    "truncated_normal": "TruncatedNormal(mean={mean}, stddev={stddev})",
    "glorot_uniform": "GlorotUniform()",
    "glorot_normal": "GlorotNormal()",
    "he_uniform": "HeUniform()",
    "he_normal": "HeNormal()",
    "lecun_uniform": "LecunUniform()",
    "lecun_normal": "LecunNormal()",
    "orthogonal": "Orthogonal(gain={gain})",
}
# kaiming_uniform_'s gain is √2 for relu and 1 for linear: bound = gain·√(3 / fan_in).
_KAIMING = 'nn.init.kaiming_uniform_({{t}}, mode="fan_in", nonlinearity="{nonlinearity}")'
# Variance-scaling presets: (mode, distribution, torch built-in for a kernel at default scale).
_SCALING = {
    "glorot_uniform": ("fan_avg", "uniform", "nn.init.xavier_uniform_({t})"),
    "glorot_normal": ("fan_avg", "normal", None),
    "he_uniform": ("fan_in", "uniform", _KAIMING.format(nonlinearity="relu")),
    "he_normal": ("fan_in", "normal", None),
    "lecun_uniform": ("fan_in", "uniform", _KAIMING.format(nonlinearity="linear")),
    "lecun_normal": ("fan_in", "normal", None),
}
_TORCH_SIMPLE_INITS = {
    "zeros": "nn.init.zeros_({t})",
    "ones": "nn.init.ones_({t})",
    "constant": "nn.init.constant_({t}, {value})",
    "random_normal": "nn.init.normal_({t}, mean={mean}, std={stddev})",
    "random_uniform": "nn.init.uniform_({t}, a={minval}, b={maxval})",
}
_KERAS_LOSSES = {
    "mean_squared_error": "MeanSquaredError()",
    "mean_absolute_error": "MeanAbsoluteError()",
    "huber": "Huber(delta={delta})",
    "binary_crossentropy": "BinaryCrossentropy()",
    "categorical_crossentropy": "CategoricalCrossentropy()",
}
_TORCH_LOSSES = {
    "mean_squared_error": "nn.MSELoss()",
    "mean_absolute_error": "nn.L1Loss()",
    "huber": "nn.HuberLoss(delta={delta})",
    "binary_crossentropy": "nn.BCEWithLogitsLoss()",
    "categorical_crossentropy": "nn.CrossEntropyLoss()",
}
_KERAS_OPTIMIZERS = {
    "sgd": "SGD(learning_rate=LEARNING_RATE, momentum={momentum}, nesterov={nesterov})",
    "rmsprop": "RMSprop(learning_rate=LEARNING_RATE, rho={rho}, momentum={momentum}, "
    "epsilon={epsilon})",
    "adam": "Adam(learning_rate=LEARNING_RATE, beta_1={beta_1}, beta_2={beta_2}, "
    "epsilon={epsilon})",
    "adagrad": "Adagrad(learning_rate=LEARNING_RATE, "
    "initial_accumulator_value={initial_accumulator_value}, epsilon={epsilon})",
}
_TORCH_OPTIMIZERS = {
    "sgd": "SGD(model.parameters(), lr=LEARNING_RATE, momentum={momentum}, nesterov={nesterov})",
    "rmsprop": "RMSprop(model.parameters(), lr=LEARNING_RATE, alpha={rho}, eps={epsilon}, "
    "momentum={momentum})",
    "adam": "Adam(model.parameters(), lr=LEARNING_RATE, betas=({beta_1}, {beta_2}), eps={epsilon})",
    "adagrad": "Adagrad(model.parameters(), lr=LEARNING_RATE, "
    "initial_accumulator_value={initial_accumulator_value}, eps={epsilon})",
}


# ----------------------------------------------------------------------------- shared
class _Spec:
    """What both generators need to know about the experiment, worked out once."""

    def __init__(self, cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> None:
        self.cfg, self.n_inputs, self.n_outputs = cfg, int(n_inputs), int(n_outputs)
        self.layers: list[LayerConfig] = [*cfg.network.hidden, cfg.network.output]
        self.sizes = [self.n_inputs] + [h.units for h in cfg.network.hidden] + [self.n_outputs]
        self.loss = _name(losses.REGISTRY, cfg.training.loss)
        self.output_act = _name(activations.REGISTRY, cfg.network.output.activation)
        self.classification = cfg.task == "classification"
        self.multiclass = self.classification and self.n_outputs > 1
        tr = cfg.training
        self.epochs = tr.epochs if tr.epochs else 100
        self.n_samples = max(1, round(cfg.data.n_points * cfg.data.train_ratio))
        self.reg = tr.regularization if tr.regularization_rate else "none"

    def header(self, framework: str, install: str) -> list[str]:
        cfg = self.cfg
        title = " ".join(cfg.title.split())
        lines = [f"# Generated by nnplayground from preset '{title}'."]
        lines += [f"# {line}".rstrip() for line in cfg.description.splitlines() if line.strip()]
        features = ", ".join(
            f"{f} ({FEATURE_LABELS[f]})" if FEATURE_LABELS.get(f, f) != f else f
            for f in cfg.data.features
        )
        source = cfg.data.csv_path or cfg.data.dataset
        lines += [
            "#",
            f"# The same network as in nnplayground, written for {framework} ({install}).",
            "# It runs as-is on random data of the right shape: replace make_data() with",
            f"# your own points. Data in nnplayground: {source!r}, task: {cfg.task}.",
            "#",
            f"# Input features (the columns of x, in this order): {features}",
        ]
        return lines

    def constants(self) -> list[str]:
        tr = self.cfg.training
        epochs_note = "" if tr.epochs else "  # the preset has no epoch limit"
        return [
            f"N_INPUTS = {self.n_inputs}  # {', '.join(self.cfg.data.features)}",
            f"N_OUTPUTS = {self.n_outputs}",
            f"N_SAMPLES = {self.n_samples}",
            f"BATCH_SIZE = {tr.batch_size}",
            f"EPOCHS = {self.epochs}{epochs_note}",
            f"LEARNING_RATE = {_num(tr.learning_rate)}",
            f"SEED = {tr.seed}",
        ] + (
            [f"REGULARIZATION_RATE = {_num(tr.regularization_rate)}"] if self.reg != "none" else []
        )

    def layer_label(self, i: int) -> str:
        return "output" if i == len(self.layers) - 1 else f"hidden{i + 1}"

    def fused(self) -> bool:
        """True when the output activation lives inside the PyTorch loss (logit outputs)."""
        pairs = {("binary_crossentropy", "sigmoid"), ("categorical_crossentropy", "softmax")}
        return (self.loss, self.output_act) in pairs


# ----------------------------------------------------------------------------- keras
def _keras_activation(comp: Component, helpers: dict[str, str]) -> tuple[str | None, str | None]:
    """(Dense activation argument, separate activation layer) for ``comp``."""
    name = _name(activations.REGISTRY, comp)
    entry = _KERAS_ACTIVATIONS[name]
    if isinstance(entry, str):
        return entry, None
    kind, value = entry
    if kind == "function":
        helpers[value] = _KERAS_FUNCTIONS[value]
        return value, None
    return None, _fmt(value, _params(activations.REGISTRY, comp))


def _keras_initializer(comp: Component, bias: bool, helpers: dict[str, str]) -> str:
    name, params = _name(initializers.REGISTRY, comp), _params(initializers.REGISTRY, comp)
    if name == "orthogonal" and bias:
        helpers["unit_vector"] = _KERAS_FUNCTIONS["unit_vector"]
        return f"unit_vector({_num(params['gain'])})"
    default = initializers.REGISTRY.defaults(name).get("scale")
    if name in _SCALING and params["scale"] != default:
        mode, dist, _ = _SCALING[name]
        dist = "truncated_normal" if dist == "normal" else dist
        return (
            f"keras.initializers.VarianceScaling(scale={_num(params['scale'])}, "
            f'mode="{mode}", distribution="{dist}")'
        )
    return "keras.initializers." + _fmt(_KERAS_INITIALIZERS[name], params)


def _keras_layers(spec: _Spec, helpers: dict[str, str]) -> list[str]:
    out = ["            keras.Input(shape=(N_INPUTS,)),"]
    reg = {"l1": "L1", "l2": "L2"}.get(spec.reg)
    for i, layer in enumerate(spec.layers):
        label = spec.layer_label(i)
        act, act_layer = _keras_activation(layer.activation, helpers)
        units = "N_OUTPUTS" if label == "output" else str(layer.units)
        args = [units] + ([f"activation={act}"] if act else [])
        args += [
            f"kernel_initializer={_keras_initializer(layer.kernel_initializer, False, helpers)}",
            f"bias_initializer={_keras_initializer(layer.bias_initializer, True, helpers)}",
        ]
        if reg:
            args.append(f"kernel_regularizer=keras.regularizers.{reg}(REGULARIZATION_RATE)")
        args.append(f'name="{label}"')
        out.append("            layers.Dense(")
        for arg in args:
            out += _wrap(" " * 16, f"{arg},")
        out.append("            ),")
        if act_layer:
            named = f'{act_layer[:-1]}, name="{label}_activation")'  # insert before ")"
            out += _wrap(" " * 12, f"{named},")
    return out


def _keras_data(spec: _Spec) -> list[str]:
    if spec.multiclass:
        y = "np.eye(N_OUTPUTS)[rng.integers(0, N_OUTPUTS, size=n)]  # one-hot classes"
    elif spec.classification:
        y = "rng.integers(0, 2, size=(n, 1))  # class 0 or 1"
    else:
        y = "rng.normal(size=(n, N_OUTPUTS))  # real-valued targets"
    return [
        "def make_data(n: int = N_SAMPLES) -> tuple[np.ndarray, np.ndarray]:",
        '    """Random data of the right shape: replace with your own features and targets."""',
        "    rng = np.random.default_rng(SEED)",
        "    x = rng.normal(size=(n, N_INPUTS))",
        f"    y = {y}",
        '    return x.astype("float32"), y.astype("float32")',
    ]


def keras_code(cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> str:
    """A runnable Keras 3 script building and training the same model as ``cfg``."""
    spec, helpers = _Spec(cfg, n_inputs, n_outputs), {}
    model = _keras_layers(spec, helpers)
    tr = cfg.training
    optimizer = _fmt(
        _KERAS_OPTIMIZERS[_name(optimizers.REGISTRY, tr.optimizer)],
        _params(optimizers.REGISTRY, tr.optimizer),
    )
    loss = _fmt(_KERAS_LOSSES[spec.loss], _params(losses.REGISTRY, tr.loss))
    metric = "CategoricalAccuracy" if spec.multiclass else "BinaryAccuracy"
    metrics = f'[keras.metrics.{metric}(name="accuracy")]' if spec.classification else "[]"
    lines = spec.header("Keras 3", "pip install keras tensorflow")
    lines += ["", "import keras", "import numpy as np", "from keras import layers", ""]
    lines += spec.constants() + [""]
    for helper in helpers.values():
        lines += ["", helper]
    lines += ["", "def build_model() -> keras.Model:", "    return keras.Sequential(", "        ["]
    lines += model + ["        ],", '        name="nnplayground",', "    )", "", ""]
    lines += _keras_data(spec) + ["", ""]
    lines += [
        "def main() -> None:",
        "    keras.utils.set_random_seed(SEED)",
        "    model = build_model()",
        "    model.compile(",
        *_wrap(" " * 8, f"optimizer=keras.optimizers.{optimizer},"),
        f"        loss=keras.losses.{loss},",
        f"        metrics={metrics},",
        "    )",
        "    model.summary()",
        "    x, y = make_data()",
        f"    model.fit(x, y, batch_size=BATCH_SIZE, epochs=EPOCHS, shuffle={tr.shuffle})",
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- pytorch
def _torch_scaling(
    name: str, params: dict, t: str, fans: tuple[int, int], bias: bool, helpers: dict[str, str]
) -> tuple[str, str]:
    mode, dist, builtin = _SCALING[name]
    fan_in, fan_out = (fans[1], fans[1]) if bias else fans  # Keras: a bias has fan_in = fan_out
    n = {"fan_in": f"{fan_in}", "fan_out": f"{fan_out}", "fan_avg": f"(({fan_in} + {fan_out}) / 2)"}
    scale, default = params["scale"], initializers.REGISTRY.defaults(name)["scale"]
    formula = initializers.REGISTRY.entry(name).factory.formula
    note = f"{name}: {formula}" if scale == default else f"{name} with scale {_num(scale)}"
    if bias:
        note += "\n(for a bias, Keras takes fan_in = fan_out = the bias length)"
    if dist == "uniform" and builtin and not bias and scale == default:
        return note, builtin.format(t=t)
    helper = "variance_uniform_" if dist == "uniform" else "keras_truncated_normal_"
    helpers[helper] = _TORCH_MODULES[helper]
    return note, f"{helper}({t}, variance={_num(scale)} / {n[mode]})"


def _torch_init(
    comp: Component, t: str, fans: tuple[int, int], bias: bool, helpers: dict[str, str]
) -> tuple[str, str]:
    """(comment, call) initialising tensor ``t``: a torch weight (out, in) or bias (out,)."""
    name, params = _name(initializers.REGISTRY, comp), _params(initializers.REGISTRY, comp)
    if name in _TORCH_SIMPLE_INITS:
        return "", _fmt(_TORCH_SIMPLE_INITS[name], params, t=t)
    if name == "truncated_normal":
        mean, std = float(params["mean"]), float(params["stddev"])
        return "truncated_normal: cut at ±2·stddev, as Keras", (
            f"nn.init.trunc_normal_({t}, mean={_num(mean)}, std={_num(std)}, "
            f"a={_num(mean - 2 * std)}, b={_num(mean + 2 * std)})"
        )
    if name == "orthogonal":
        if bias:
            helpers["unit_vector_"] = _TORCH_MODULES["unit_vector_"]
            return "", f"unit_vector_({t}, gain={_num(params['gain'])})"
        return "", f"nn.init.orthogonal_({t}, gain={_num(params['gain'])})"
    return _torch_scaling(name, params, t, fans, bias, helpers)


def _torch_activation(comp: Component, helpers: dict[str, str]) -> str | None:
    name = _name(activations.REGISTRY, comp)
    expr = _TORCH_ACTIVATIONS[name]
    if expr is None:
        return None
    module = expr.split("(")[0]
    if module in _TORCH_MODULES:
        helpers[module] = _TORCH_MODULES[module]
    return _fmt(expr, _params(activations.REGISTRY, comp))


_FUSED_NOTES = {
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


def _torch_model(spec: _Spec, helpers: dict[str, str]) -> list[str]:
    body, init, forward, arrows = [], [], [], [f"{spec.n_inputs} inputs"]
    for i, layer in enumerate(spec.layers):
        label, last = spec.layer_label(i), i == len(spec.layers) - 1
        fan_in, units = spec.sizes[i], spec.sizes[i + 1]
        args = ("N_INPUTS" if i == 0 else str(fan_in), "N_OUTPUTS" if last else str(units))
        body.append(f"        self.{label} = nn.Linear({args[0]}, {args[1]})")
        act = None if last and spec.fused() else _torch_activation(layer.activation, helpers)
        call = f"self.{label}(x)"
        if act:
            body.append(f"        self.{label}_act = {act}")
            call = f"self.{label}_act({call})"
        elif last and spec.fused():
            body += [f"        {c}" for c in _FUSED_NOTES[spec.loss]]
        forward.append(f"        {'return' if last else 'x ='} {call}")
        for tensor, bias in (("weight", False), ("bias", True)):
            comp = layer.bias_initializer if bias else layer.kernel_initializer
            note, call = _torch_init(comp, f"self.{label}.{tensor}", (fan_in, units), bias, helpers)
            init += [f"        # {line}" for line in note.splitlines()] + _wrap("        ", call)
        act_name = _name(activations.REGISTRY, layer.activation)
        if last and spec.fused():
            act_name = f"logits, {act_name} inside the loss"
        arrows.append(f"{units} ({act_name})" if last else f"{units} {act_name}")
    return [
        "class Net(nn.Module):",
        f'    """{" → ".join(arrows)}."""',
        "",
        "    def __init__(self) -> None:",
        "        super().__init__()",
        *body,
        "        self.init_parameters()",
        "",
        "    @torch.no_grad()",
        "    def init_parameters(self) -> None:",
        '        """Draw weights as the preset does. torch stores Linear.weight as (out, in),',
        "        the transpose of the Keras/nnplayground kernel (in, out); fan_in and fan_out",
        '        are the same, so the formulas are unchanged."""',
        *init,
        "",
        "    def forward(self, x: torch.Tensor) -> torch.Tensor:",
        *forward,
    ]


def _torch_data_and_eval(spec: _Spec) -> list[str]:
    if spec.multiclass:
        y = "torch.randint(0, N_OUTPUTS, (n,), generator=g)  # class indices"
        hit = "out.argmax(dim=1) == y"
    elif spec.classification:
        y = "torch.randint(0, 2, (n, 1), generator=g).float()  # class 0 or 1"
        hit = (
            "(out > 0) == (y > 0.5)  # logit > 0 means p > 0.5"
            if spec.fused()
            else ("(out > 0.5) == (y > 0.5)")
        )
    else:
        y, hit = "torch.randn(n, N_OUTPUTS, generator=g)  # real-valued targets", ""
    lines = [
        "def make_data(n: int = N_SAMPLES) -> tuple[torch.Tensor, torch.Tensor]:",
        '    """Random data of the right shape: replace with your own features and targets."""',
        "    g = torch.Generator().manual_seed(SEED)",
        "    x = torch.randn(n, N_INPUTS, generator=g)",
        f"    y = {y}",
        "    return x, y",
        "",
        "",
        "@torch.no_grad()",
        "def evaluate(model: nn.Module, loss_fn: nn.Module, "
        "x: torch.Tensor, y: torch.Tensor) -> str:",
        "    out = model(x)",
        '    text = f"loss {loss_fn(out, y).item():.4f}"',
    ]
    if hit:
        lines += [
            f"    accuracy = ({hit.split('  #')[0]}).float().mean().item()"
            + (f"  #{hit.split('  #')[1]}" if "  #" in hit else ""),
            '    text += f", accuracy {accuracy:.3f}"',
        ]
    return lines + ["    return text"]


def _torch_penalty(spec: _Spec) -> list[str]:
    if spec.reg == "none":
        return []
    term, formula = ("w.abs().sum()", "Σ|w|") if spec.reg == "l1" else ("w.pow(2).sum()", "Σw²")
    return [
        "",
        "",
        "def penalty(model: nn.Module) -> torch.Tensor:",
        f'    """{spec.reg.upper()} regularization as Keras\' kernel_regularizer: rate · {formula}',
        '    over the weight matrices only (biases are not regularized)."""',
        "    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]",
        f"    return REGULARIZATION_RATE * sum({term} for w in weights)",
    ]


def _torch_optimizer(spec: _Spec) -> list[str]:
    comp = spec.cfg.training.optimizer
    name, params = _name(optimizers.REGISTRY, comp), _params(optimizers.REGISTRY, comp)
    note = []
    if name == "sgd" and params["nesterov"] and not params["momentum"]:
        params["nesterov"] = False
        note = ["    # nesterov is off: it has no effect without momentum (and torch refuses it)."]
    return note + _wrap("    ", f"optimizer = torch.optim.{_fmt(_TORCH_OPTIMIZERS[name], params)}")


def pytorch_code(cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> str:
    """A runnable PyTorch script building and training the same model as ``cfg``."""
    spec, helpers = _Spec(cfg, n_inputs, n_outputs), {}
    model = _torch_model(spec, helpers)
    loss = _fmt(_TORCH_LOSSES[spec.loss], _params(losses.REGISTRY, cfg.training.loss))
    needs_math = {"keras_truncated_normal_", "variance_uniform_"} & set(helpers)
    lines = spec.header("PyTorch", "pip install torch")
    lines += [""] + (["import math", ""] if needs_math else [])
    lines += ["import torch", "from torch import nn"]
    lines += ["from torch.utils.data import DataLoader, TensorDataset", ""]
    lines += spec.constants() + [""]
    for helper in helpers.values():
        lines += ["", helper]
    lines += [""] + model + ["", ""] + _torch_data_and_eval(spec) + _torch_penalty(spec)
    penalty = " + penalty(model)" if spec.reg != "none" else ""
    lines += [
        "",
        "",
        "def main() -> None:",
        "    torch.manual_seed(SEED)",
        "    model = Net()",
        f"    loss_fn = nn.{loss.removeprefix('nn.')}",
        *_torch_optimizer(spec),
        "    x, y = make_data()",
        "    loader = DataLoader(TensorDataset(x, y), batch_size=BATCH_SIZE, "
        f"shuffle={cfg.training.shuffle})",
        "    for epoch in range(1, EPOCHS + 1):",
        "        model.train()",
        "        for xb, yb in loader:",
        "            optimizer.zero_grad()",
        f"            loss = loss_fn(model(xb), yb){penalty}",
        "            loss.backward()",
        "            optimizer.step()",
        "        if epoch == 1 or epoch == EPOCHS or epoch % max(1, EPOCHS // 10) == 0:",
        "            model.eval()",
        '            print(f"epoch {epoch}: {evaluate(model, loss_fn, x, y)}")',
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- entry
def code_for(cfg: ExperimentConfig, dataset_or_shapes: Any = None, framework: str = "keras") -> str:
    """The ``framework`` script for ``cfg``. ``dataset_or_shapes`` is a Dataset (its
    feature and target widths are used), an ``(n_inputs, n_outputs)`` pair, or None to
    work the shapes out from the config."""
    if framework not in FRAMEWORKS:
        raise ValueError(
            f"Unknown framework {framework!r}; expected one of: {', '.join(FRAMEWORKS)}"
        )
    if dataset_or_shapes is None:
        from nnplayground.engine.build import n_classes_of

        n_in, n_out = len(cfg.data.features), output_units(cfg.task, n_classes_of(cfg))
    elif isinstance(dataset_or_shapes, tuple):
        n_in, n_out = dataset_or_shapes
    else:
        n_in, n_out = dataset_or_shapes.X_train.shape[1], dataset_or_shapes.y_train.shape[1]
    generate = keras_code if framework == "keras" else pytorch_code
    return generate(cfg, n_in, n_out)
