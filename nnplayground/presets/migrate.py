"""Upgrade preset dictionaries written by older versions of nnplayground.

Each step turns version ``n`` into version ``n + 1`` and is registered in
:data:`MIGRATIONS`; :func:`migrate` applies them in order until the dictionary is at
:data:`CURRENT_VERSION`. A step only moves and renames things: it never validates, so a
malformed old file passes through unchanged where it is malformed and the schema check
that follows reports the problem.

Version 0 (the early draft, before the file had sections) was flat::

    {"format": "nnplayground-preset", "version": 0,
     "title": "...", "description": "...", "task": "classification",
     "layers": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
     "output_activation": "sigmoid",
     "initializer": "glorot_uniform",
     "dataset": "circle", "n_points": 500, "noise": 0, "train_ratio": 0.5,
     "features": ["x1", "x2"],
     "loss": "binary_crossentropy", "optimizer": "sgd", "learning_rate": 0.03,
     "batch_size": 10, "regularization": "none", "regularization_rate": 0,
     "epochs": 1000, "seed": 0}

Components were bare names without parameters, one kernel initializer served every
layer (biases started at zero), and a single ``seed`` drove both the data and training.

Version 2 added the optional top-level ``points`` section (data edited by hand).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 2
"""The version this nnplayground writes, and the newest it reads."""

SAME_LAYOUT_SINCE = 1
"""The oldest version whose fields sit where the current version's do: a problem in such
a file is reported at its own path, with no "after upgrading" note."""

FORMAT = "nnplayground-preset"
"""The value of every preset's ``format`` field."""

_V0_DATA_KEYS = ("n_points", "noise", "train_ratio", "features")
_V0_TRAINING_KEYS = (
    "learning_rate",
    "batch_size",
    "regularization",
    "regularization_rate",
    "epochs",
)


def _component(value: Any) -> Any:
    """Version 0 wrote components as bare names; anything else is left for the schema."""
    return {"name": value} if isinstance(value, str) else value


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Sort the flat version-0 keys into ``network``, ``data`` and ``training`` sections."""
    out = {k: v for k, v in data.items() if k in ("format", "title", "description", "task")}
    rest = {k: v for k, v in data.items() if k not in out and k != "version"}
    out["network"] = _v0_network(rest)

    section: dict[str, Any] = {}
    if "dataset" in rest:
        section["dataset"] = rest.pop("dataset")
    section.update({k: rest.pop(k) for k in _V0_DATA_KEYS if k in rest})
    out["data"] = section

    training: dict[str, Any] = {
        "loss": _component(rest.pop("loss", "binary_crossentropy")),
        "optimizer": _component(rest.pop("optimizer", "sgd")),
    }
    training.update({k: rest.pop(k) for k in _V0_TRAINING_KEYS if k in rest})
    if "seed" in rest:
        seed = rest.pop("seed")
        out["data"]["seed"] = seed
        training["seed"] = seed
    out["training"] = training
    # Keys version 0 did not know stay at the top level, where the schema names them.
    out.update(rest)
    return out


def _v0_network(rest: dict[str, Any]) -> dict[str, Any]:
    """Pop version 0's ``layers``, ``output_activation`` and ``initializer`` from ``rest``."""
    initializer = rest.pop("initializer", "glorot_uniform")

    def layer(old: Any, units: bool) -> Any:
        if not isinstance(old, dict):
            return old
        new = dict(old)
        if not units:
            new.pop("units", None)
        if "activation" in new:
            new["activation"] = _component(new["activation"])
        new.setdefault("kernel_initializer", _component(initializer))
        new.setdefault("bias_initializer", {"name": "zeros"})
        return new

    layers = rest.pop("layers", [])
    hidden = [layer(item, True) for item in layers] if isinstance(layers, list) else layers
    output = layer({"activation": rest.pop("output_activation", "sigmoid")}, False)
    return {"hidden": hidden, "output": output}


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional sections: ``history`` (the loss curve of the saved
    weights) and ``points`` (data placed by hand). A version-1 file is a valid version-2
    file as it stands."""
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
}
"""``MIGRATIONS[n]`` turns a version-``n`` dictionary into a version-``n + 1`` one."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of preset ``data`` upgraded to :data:`CURRENT_VERSION`.

    ``data["version"]`` must be an ``int`` from 0 to :data:`CURRENT_VERSION`
    (``ValueError`` otherwise); the input is not modified. The ``weights`` list is shared
    with the input, not copied.
    """
    version = data.get("version")
    if type(version) is not int or not 0 <= version <= CURRENT_VERSION:
        raise ValueError(
            f"Cannot migrate from version {version!r}; expected 0 to {CURRENT_VERSION}"
        )
    # The weights (up to a million numbers) are shared, not copied: no migration edits them
    # and the checks only read them. Copying them took 2 of 3 seconds on a 20 MB preset.
    out = copy.deepcopy({key: value for key, value in data.items() if key != "weights"})
    if "weights" in data:
        out["weights"] = data["weights"]
    while version < CURRENT_VERSION:
        out = MIGRATIONS[version](out)
        version += 1
        out["version"] = version
    return out
