"""The PyTorch script: an nn.Module drawing its parameters as the preset does, trained with a
plain DataLoader loop on random data."""

from __future__ import annotations

from typing import Any

from nnplayground.codegen.snippets import (
    FUSED_NOTES,
    TORCH_MODULES,
    TORCH_NEEDS_MATH,
    TORCH_OPTIMIZER_CLASSES,
    torch_placeholder,
)
from nnplayground.codegen.spec import Spec, name_of, params_of
from nnplayground.codegen.tables import (
    SCALING,
    TORCH_ACTIVATIONS,
    TORCH_LOSSES,
    TORCH_OPTIMIZERS,
    TORCH_SIMPLE_INITS,
)
from nnplayground.codegen.text import fmt, helper_blocks, num, wrap
from nnplayground.engine import activations, initializers, losses, optimizers
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig


def pytorch_code(cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> str:
    """A runnable PyTorch script building and training the same model as ``cfg``."""
    spec, helpers = Spec(cfg, n_inputs, n_outputs), {}
    model = _model(spec, helpers)
    optimizer = _optimizer(spec, helpers)
    lines = spec.header("PyTorch", "pip install torch")
    lines += [""] + (["import math", ""] if TORCH_NEEDS_MATH & set(helpers) else [])
    lines += ["import torch", "from torch import nn"]
    lines += ["from torch.utils.data import DataLoader, TensorDataset", ""]
    lines += spec.constants() + [""] + helper_blocks(helpers)
    lines += [""] + model + ["", ""] + _data(spec) + ["", ""] + _evaluate(spec) + _penalty(spec)
    lines += ["", ""] + _main(spec, optimizer)
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- initializers
def _scaling(
    name: str, params: dict, t: str, fans: tuple[int, int], bias: bool, helpers: dict[str, str]
) -> tuple[str, str]:
    """(comment, call) for a variance-scaling initializer (Glorot, He, LeCun) on ``t``."""
    mode, dist, builtin = SCALING[name]
    fan_in, fan_out = (fans[1], fans[1]) if bias else fans  # Keras: a bias has fan_in = fan_out
    n = {"fan_in": f"{fan_in}", "fan_out": f"{fan_out}", "fan_avg": f"(({fan_in} + {fan_out}) / 2)"}
    scale, default = params["scale"], initializers.REGISTRY.defaults(name)["scale"]
    formula = initializers.REGISTRY.entry(name).factory.formula
    note = f"{name}: {formula}" if scale == default else f"{name} with scale {num(scale)}"
    if bias:
        note += "\n(for a bias, Keras takes fan_in = fan_out = the bias length)"
    if dist == "uniform" and builtin and not bias and scale == default:
        return note, builtin.format(t=t)
    helper = "variance_uniform_" if dist == "uniform" else "keras_truncated_normal_"
    helpers[helper] = TORCH_MODULES[helper]
    return note, f"{helper}({t}, variance={num(scale)} / {n[mode]})"


def _init(
    comp: Component, t: str, fans: tuple[int, int], bias: bool, helpers: dict[str, str]
) -> tuple[str, str]:
    """(comment, call) initialising tensor ``t``: a torch weight (out, in) or bias (out,)."""
    name, params = name_of(initializers.REGISTRY, comp), params_of(initializers.REGISTRY, comp)
    if name in TORCH_SIMPLE_INITS:
        return "", fmt(TORCH_SIMPLE_INITS[name], params, t=t)
    if name == "truncated_normal":
        mean, std = float(params["mean"]), float(params["stddev"])
        return "truncated_normal: cut at ±2·stddev, as Keras", (
            f"nn.init.trunc_normal_({t}, mean={num(mean)}, std={num(std)}, "
            f"a={num(mean - 2 * std)}, b={num(mean + 2 * std)})"
        )
    if name == "orthogonal":
        if bias:
            helpers["unit_vector_"] = TORCH_MODULES["unit_vector_"]
            return "", f"unit_vector_({t}, gain={num(params['gain'])})"
        return "", f"nn.init.orthogonal_({t}, gain={num(params['gain'])})"
    return _scaling(name, params, t, fans, bias, helpers)


def _init_lines(
    layer: LayerConfig, module: str, fans: tuple[int, int], helpers: dict[str, str]
) -> list[str]:
    """init_parameters() lines drawing ``module``'s weight and bias as ``layer`` says."""
    lines: list[str] = []
    for tensor, bias in (("weight", False), ("bias", True)):
        comp = layer.bias_initializer if bias else layer.kernel_initializer
        note, call = _init(comp, f"{module}.{tensor}", fans, bias, helpers)
        lines += [f"        # {line}" for line in note.splitlines()] + wrap("        ", call)
    return lines


# ----------------------------------------------------------------------------- the model
def _activation(comp: Component, helpers: dict[str, str]) -> str | None:
    """The activation module expression for ``comp``, or None for linear."""
    name = name_of(activations.REGISTRY, comp)
    if name not in TORCH_ACTIVATIONS:
        module = "".join(part.capitalize() for part in name.split("_"))
        helpers[module] = torch_placeholder(module, name, activations.defaults(name).formula)
        return f"{module}()"
    expr = TORCH_ACTIVATIONS[name]
    if expr is None:
        return None
    module = expr.split("(")[0]
    if module in TORCH_MODULES:
        helpers[module] = TORCH_MODULES[module]
    return fmt(expr, params_of(activations.REGISTRY, comp))


def _layer(spec: Spec, i: int, helpers: dict[str, str]) -> tuple[list[str], list[str], str, str]:
    """Layer ``i``'s lines in __init__, in init_parameters() and in forward(), and its part
    of the class docstring."""
    layer, label = spec.layers[i], spec.layer_label(i)
    last = i == len(spec.layers) - 1
    fused = last and spec.fused()
    fan_in, units = spec.sizes[i], spec.sizes[i + 1]
    args = ("N_INPUTS" if i == 0 else str(fan_in), "N_OUTPUTS" if last else str(units))
    body = [f"        self.{label} = nn.Linear({args[0]}, {args[1]})"]
    act = None if fused else _activation(layer.activation, helpers)
    call = f"self.{label}(x)"
    if act:
        body.append(f"        self.{label}_act = {act}")
        call = f"self.{label}_act({call})"
    elif fused:
        body += [f"        {c}" for c in FUSED_NOTES[spec.loss]]
    forward = f"        {'return' if last else 'x ='} {call}"
    init = _init_lines(layer, f"self.{label}", (fan_in, units), helpers)
    act_name = name_of(activations.REGISTRY, layer.activation)
    if fused:
        act_name = f"logits, {act_name} inside the loss"
    arrow = f"{units} ({act_name})" if last else f"{units} {act_name}"
    return body, init, forward, arrow


def _model(spec: Spec, helpers: dict[str, str]) -> list[str]:
    """class Net: the layers, init_parameters() and forward()."""
    body, init, forward, arrows = [], [], [], [f"{spec.n_inputs} inputs"]
    for i in range(len(spec.layers)):
        layer_body, layer_init, layer_forward, arrow = _layer(spec, i, helpers)
        body += layer_body
        init += layer_init
        forward.append(layer_forward)
        arrows.append(arrow)
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


# ----------------------------------------------------------------------------- data and training
def _targets(spec: Spec) -> tuple[str, str, str]:
    """(random targets expression, accuracy hit test or "" for regression, its comment)."""
    if spec.multiclass:
        y = "torch.randint(0, N_OUTPUTS, (n,), generator=g)  # class indices"
        return y, "out.argmax(dim=1) == y", ""
    if spec.classification:
        y = "torch.randint(0, 2, (n, 1), generator=g).float()  # class 0 or 1"
        if spec.fused():
            return y, "(out > 0) == (y > 0.5)", "  # logit > 0 means p > 0.5"
        return y, "(out > 0.5) == (y > 0.5)", ""
    return "torch.randn(n, N_OUTPUTS, generator=g)  # real-valued targets", "", ""


def _data(spec: Spec) -> list[str]:
    """make_data(): random features and targets of the right shape and kind."""
    y, _, _ = _targets(spec)
    return [
        "def make_data(n: int = N_SAMPLES) -> tuple[torch.Tensor, torch.Tensor]:",
        '    """Random data of the right shape: replace with your own features and targets."""',
        "    g = torch.Generator().manual_seed(SEED)",
        "    x = torch.randn(n, N_INPUTS, generator=g)",
        f"    y = {y}",
        "    return x, y",
    ]


def _evaluate(spec: Spec) -> list[str]:
    """evaluate(): the loss, and the accuracy for a classification."""
    _, hit, comment = _targets(spec)
    lines = [
        "@torch.no_grad()",
        "def evaluate(model: nn.Module, loss_fn: nn.Module, "
        "x: torch.Tensor, y: torch.Tensor) -> str:",
        "    out = model(x)",
        '    text = f"loss {loss_fn(out, y).item():.4f}"',
    ]
    if hit:
        lines += [
            f"    accuracy = ({hit}).float().mean().item(){comment}",
            '    text += f", accuracy {accuracy:.3f}"',
        ]
    return lines + ["    return text"]


def _penalty(spec: Spec) -> list[str]:
    """penalty(): the L1/L2 term added to the loss, or nothing without regularization."""
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


def _optimizer(spec: Spec, helpers: dict[str, str]) -> list[str]:
    """The ``optimizer = ...`` line(s) inside main(); the class it names, which applies our
    update rule exactly (torch.optim's differ, see snippets.py), joins the helpers."""
    comp = spec.cfg.training.optimizer
    name = name_of(optimizers.REGISTRY, comp)
    params: dict[str, Any] = params_of(optimizers.REGISTRY, comp)
    expr = fmt(TORCH_OPTIMIZERS[name], params)
    helpers[expr.split("(")[0]] = TORCH_OPTIMIZER_CLASSES[name]
    return wrap("    ", f"optimizer = {expr}")


def _main(spec: Spec, optimizer: list[str]) -> list[str]:
    """main() (the training loop, printing the loss about ten times) and its call."""
    loss = fmt(TORCH_LOSSES[spec.loss], params_of(losses.REGISTRY, spec.cfg.training.loss))
    penalty = " + penalty(model)" if spec.reg != "none" else ""
    return [
        "def main() -> None:",
        "    torch.manual_seed(SEED)",
        "    model = Net()",
        f"    loss_fn = nn.{loss.removeprefix('nn.')}",
        *optimizer,
        "    x, y = make_data()",
        "    loader = DataLoader(TensorDataset(x, y), batch_size=BATCH_SIZE, "
        f"shuffle={spec.cfg.training.shuffle})",
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
