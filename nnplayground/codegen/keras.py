"""The Keras 3 script: a Sequential of Dense layers, compiled and fitted on random data."""

from __future__ import annotations

from nnplayground.codegen.snippets import KERAS_FUNCTIONS, keras_placeholder
from nnplayground.codegen.spec import Spec, name_of, params_of
from nnplayground.codegen.tables import (
    KERAS_ACTIVATIONS,
    KERAS_INITIALIZERS,
    KERAS_LOSSES,
    KERAS_OPTIMIZERS,
    SCALING,
)
from nnplayground.codegen.text import fmt, helper_blocks, num, wrap
from nnplayground.engine import activations, initializers, losses, optimizers
from nnplayground.engine.config import Component, ExperimentConfig


def keras_code(cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> str:
    """A runnable Keras 3 script building and training the same model as ``cfg``."""
    spec, helpers = Spec(cfg, n_inputs, n_outputs), {}
    model = _layers(spec, helpers)
    lines = spec.header("Keras 3", "pip install keras tensorflow")
    lines += ["", "import keras", "import numpy as np", "from keras import layers", ""]
    lines += spec.constants() + [""] + helper_blocks(helpers)
    lines += ["", "def build_model() -> keras.Model:", "    return keras.Sequential(", "        ["]
    lines += model + ["        ],", '        name="nnplayground",', "    )", "", ""]
    lines += _data(spec) + ["", ""] + _main(spec)
    return "\n".join(lines) + "\n"


def _activation(comp: Component, helpers: dict[str, str]) -> tuple[str | None, str | None]:
    """(Dense activation argument, separate activation layer) for ``comp``."""
    name = name_of(activations.REGISTRY, comp)
    if name not in KERAS_ACTIVATIONS:
        helpers[name] = keras_placeholder(name, activations.defaults(name).formula)
        return name, None
    entry = KERAS_ACTIVATIONS[name]
    if isinstance(entry, str):
        return entry, None
    kind, value = entry
    if kind == "function":
        helpers[value] = KERAS_FUNCTIONS[value]
        return value, None
    return None, fmt(value, params_of(activations.REGISTRY, comp))


def _initializer(comp: Component, bias: bool, helpers: dict[str, str]) -> str:
    """The Keras initializer expression for ``comp`` (on a kernel, or a bias if ``bias``)."""
    name, params = name_of(initializers.REGISTRY, comp), params_of(initializers.REGISTRY, comp)
    if name == "orthogonal" and bias:
        helpers["unit_vector"] = KERAS_FUNCTIONS["unit_vector"]
        return f"unit_vector({num(params['gain'])})"
    default = initializers.REGISTRY.defaults(name).get("scale")
    if name in SCALING and params["scale"] != default:
        mode, dist, _ = SCALING[name]
        dist = "truncated_normal" if dist == "normal" else dist
        return (
            f"keras.initializers.VarianceScaling(scale={num(params['scale'])}, "
            f'mode="{mode}", distribution="{dist}")'
        )
    return "keras.initializers." + fmt(KERAS_INITIALIZERS[name], params)


def _layers(spec: Spec, helpers: dict[str, str]) -> list[str]:
    """The entries of the Sequential list: the Input, then each Dense (and activation layer)."""
    out = ["            keras.Input(shape=(N_INPUTS,)),"]
    reg = {"l1": "L1", "l2": "L2"}.get(spec.reg)
    for i, layer in enumerate(spec.layers):
        label = spec.layer_label(i)
        act, act_layer = _activation(layer.activation, helpers)
        units = "N_OUTPUTS" if label == "output" else str(layer.units)
        args = [units] + ([f"activation={act}"] if act else [])
        args += [
            f"kernel_initializer={_initializer(layer.kernel_initializer, False, helpers)}",
            f"bias_initializer={_initializer(layer.bias_initializer, True, helpers)}",
        ]
        if reg:
            args.append(f"kernel_regularizer=keras.regularizers.{reg}(REGULARIZATION_RATE)")
        args.append(f'name="{label}"')
        out.append("            layers.Dense(")
        for arg in args:
            out += wrap(" " * 16, f"{arg},")
        out.append("            ),")
        if act_layer:
            named = f'{act_layer[:-1]}, name="{label}_activation")'  # insert before ")"
            out += wrap(" " * 12, f"{named},")
    return out


def _data(spec: Spec) -> list[str]:
    """make_data(): random features and targets of the right shape and kind."""
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


def _main(spec: Spec) -> list[str]:
    """main() (compile with the preset's optimizer, loss and metrics, then fit) and its call."""
    tr = spec.cfg.training
    optimizer = fmt(
        KERAS_OPTIMIZERS[name_of(optimizers.REGISTRY, tr.optimizer)],
        params_of(optimizers.REGISTRY, tr.optimizer),
    )
    loss = fmt(KERAS_LOSSES[spec.loss], params_of(losses.REGISTRY, tr.loss))
    metric = "CategoricalAccuracy" if spec.multiclass else "BinaryAccuracy"
    metrics = f'[keras.metrics.{metric}(name="accuracy")]' if spec.classification else "[]"
    return [
        "def main() -> None:",
        "    keras.utils.set_random_seed(SEED)",
        "    model = build_model()",
        "    model.compile(",
        *wrap(" " * 8, f"optimizer=keras.optimizers.{optimizer},"),
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
