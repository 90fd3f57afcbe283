"""Write nnplayground/lessons/presets/*.json from the settings below (run after editing them).

The settings were chosen by measurement; tests/lessons asserts each lesson's claim.
"""

from __future__ import annotations

import json
from pathlib import Path

from nnplayground.engine.config import (
    Component as C,
)
from nnplayground.engine.config import (
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.presets import Preset, preset_to_dict

GLOROT, ZEROS = C("glorot_uniform"), C("zeros")  # frozen: safe as defaults
OUT = Path(__file__).resolve().parent.parent / "nnplayground" / "lessons" / "presets"


def make(
    title,
    description,
    hidden,
    *,
    out="sigmoid",
    dataset="circle",
    loss="binary_crossentropy",
    lr=0.03,
    epochs=300,
    kernel=GLOROT,
    bias=ZEROS,
    out_kernel=None,
    task="classification",
    noise=0.0,
):
    layers = tuple(LayerConfig(units, C(act), kernel, bias) for units, act in hidden)
    output = LayerConfig(1, C(out), out_kernel or kernel, C("zeros"))
    return ExperimentConfig(
        title=title,
        description=description,
        task=task,
        network=NetworkConfig(layers, output),
        data=DataConfig(dataset=dataset, n_points=500, noise=noise),
        training=TrainingConfig(loss=C(loss), learning_rate=lr, epochs=epochs, batch_size=10),
    )


LESSON_PRESETS = {
    "linear_collapse": make(
        "Lesson 1: linear layers on XOR",
        "Two linear hidden layers cannot separate XOR.",
        [(4, "linear"), (4, "linear")],
        dataset="xor",
        epochs=200,
    ),
    "activation_race": make(
        "Lesson 2: sigmoid vs tanh vs ReLU",
        "Same data, network and seed; only the activation changes.",
        [(8, "sigmoid"), (8, "sigmoid")],
        epochs=300,
    ),
    "saturation": make(
        "Lesson 3: saturated sigmoid units",
        "Sigmoid layers with weights of standard deviation 10.",
        [(8, "sigmoid"), (8, "sigmoid")],
        lr=0.3,
        kernel=C("random_normal", {"stddev": 10.0}),
    ),
    "dying_relu": make(
        "Lesson 4: dying ReLU",
        "ReLU layers whose biases start at -2.",
        [(8, "relu"), (8, "relu")],
        lr=0.1,
        epochs=200,
        bias=C("constant", {"value": -2.0}),
    ),
    "zero_init": make(
        "Lesson 5: zero initialisation",
        "Every weight and bias starts at 0.",
        [(4, "sigmoid")],
        lr=0.3,
        epochs=200,
        kernel=C("zeros"),
    ),
    "init_scale": make(
        "Lesson 6: initial scale in depth",
        "Six tanh layers, weights drawn with std 0.01.",
        [(32, "tanh")] * 6,
        epochs=100,
        kernel=C("random_normal", {"stddev": 0.01}),
    ),
    "output_and_loss": make(
        "Lesson 7: output layer and loss",
        "A positive price with a linear output.",
        [],
        out="linear",
        dataset="price",
        loss="mean_squared_error",
        lr=0.01,
        epochs=200,
        task="regression",
        noise=0.3,
    ),
    "what_is_a_loss": make(
        "Lesson 8: what a loss is",
        "TensorFlow Playground's default network on the circle.",
        [(4, "tanh"), (2, "tanh")],
        epochs=300,
    ),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key, cfg in LESSON_PRESETS.items():
        text = json.dumps(preset_to_dict(Preset(cfg, None)), indent=2, ensure_ascii=False)
        (OUT / f"{key}.json").write_text(text + "\n", encoding="utf-8")
        print("wrote", key)


if __name__ == "__main__":
    main()
