"""Write nnplayground/lessons/presets/*.json from the settings below (run after editing them).

The settings were chosen by measurement; tests/lessons asserts each lesson's claim.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

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
    n_points=500,
):
    layers = tuple(LayerConfig(units, C(act), kernel, bias) for units, act in hidden)
    output = LayerConfig(1, C(out), out_kernel or kernel, C("zeros"))
    return ExperimentConfig(
        title=title,
        description=description,
        task=task,
        network=NetworkConfig(layers, output),
        data=DataConfig(dataset=dataset, n_points=n_points, noise=noise),
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
    "loss_landscape": make(
        "Lesson 9: the loss is a landscape",
        "The circle network trained with cross-entropy; switch to squared error.",
        [(4, "tanh"), (2, "tanh")],
        epochs=300,
    ),
    "outliers": make(
        "Lesson 10: outliers and the choice of loss",
        "A straight-line fit (no hidden layer) to a tilted plane.",
        [],
        out="linear",
        dataset="plane",
        loss="mean_squared_error",
        lr=0.001,
        epochs=300,
        task="regression",
        n_points=200,
    ),
    "vanishing_gradient": make(
        "Lesson 11: vanishing gradient in slow motion",
        "Five sigmoid layers of eight units, Glorot initialisation.",
        [(8, "sigmoid")] * 5,
        epochs=300,
    ),
}

#: Lesson 10's outliers: (x1, x2, target) far below the plane target (x1 + x2) / 10.
OUTLIERS = ((4.0, 4.5, -6.0), (4.5, 3.5, -6.0), (5.0, 4.0, -6.0), (3.5, 5.0, -6.0))
DATA = OUT.parent / "data"


def write_outlier_csv() -> None:
    """lessons/data/plane_outliers.csv: lesson 10's plane points plus ``OUTLIERS``."""
    from nnplayground.engine import datasets

    cfg = LESSON_PRESETS["outliers"]
    d = datasets.make_dataset(cfg.data, task="regression")
    points = np.vstack([d.points_train, d.points_test])
    targets = np.concatenate([d.labels_train, d.labels_test])
    rows = [*zip(points[:, 0], points[:, 1], targets), *OUTLIERS]
    DATA.mkdir(parents=True, exist_ok=True)
    lines = ["x1,x2,target", *(f"{a:.6f},{b:.6f},{t:.6f}" for a, b, t in rows)]
    (DATA / "plane_outliers.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key, cfg in LESSON_PRESETS.items():
        text = json.dumps(preset_to_dict(Preset(cfg, None)), indent=2, ensure_ascii=False)
        (OUT / f"{key}.json").write_text(text + "\n", encoding="utf-8")
        print("wrote", key)
    write_outlier_csv()
    print("wrote plane_outliers.csv")


if __name__ == "__main__":
    main()
