"""'Identical units' is one verdict with one threshold: the architecture panel, the
diagnostics panel and the engine's LayerStats always agree, output layer included."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QWidget

from nnplayground.engine import diagnostics
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, DataConfig, ExperimentConfig, LayerConfig
from nnplayground.gui.panels.architecture import ArchitecturePanel
from nnplayground.gui.panels.diagnostics import DiagnosticsPanel
from nnplayground.gui.snapshot import LayerView, ViewSnapshot


def _experiment() -> Experiment:
    """One hidden tanh layer of 3 units, a 3-class softmax output (3 output units)."""
    cfg = ExperimentConfig(task="classification")
    cfg = replace(cfg, data=DataConfig(dataset="blobs", n_classes=3))
    net = replace(
        cfg.network,
        hidden=(LayerConfig(3, activation=Component("tanh")),),
        output=LayerConfig(3, activation=Component("softmax")),
    )
    training = replace(cfg.training, loss=Component("categorical_crossentropy"))
    return Experiment.from_config(replace(cfg, network=net, training=training))


def _set_symmetry(exp: Experiment, hidden_gap: float) -> None:
    """Hidden units nearly parallel (cosine ≈ 1 − hidden_gap²/2); output units identical."""
    hidden, out = exp.network.layers
    base = np.array([1.0, -0.5])
    for u in range(3):
        hidden.W[:, u] = base + (u * hidden_gap, 0.0)
    hidden.b[:] = 0.2
    out.W[:] = 0.3  # every output unit the same: symmetry 1.0 on the output layer
    out.b[:] = 0.0


def _panels(qtbot, exp):
    d = exp.dataset
    stats = diagnostics.layer_stats(exp.network, d.X_train, d.y_train, exp.trainer.loss)
    layers = [LayerView(s.activation, {}, d.X_train[:0, 0], s) for s in stats]
    diag = DiagnosticsPanel()
    qtbot.addWidget(diag)
    diag.show()
    diag.update_view(ViewSnapshot(0, 1, exp.network.get_weights(), None, layers))
    arch = ArchitecturePanel()
    qtbot.addWidget(arch)
    arch.set_config(exp.config)
    arch.set_layer_status(stats)
    return stats, diag, arch


def _arch_identical(arch: ArchitecturePanel, n_layers: int) -> list[bool]:
    editors = [arch.findChild(QWidget, f"layerEditor{i}") for i in range(n_layers - 1)]
    editors.append(arch.output_editor)
    return [e.findChild(QLabel, "layerStatus").text() == "identical units" for e in editors]


def _diag_identical(diag: DiagnosticsPanel, n_layers: int) -> list[bool]:
    red = [diag.table.item(i, 5).foreground().color().name() == "#c0392b" for i in range(n_layers)]
    names = [diag._layer_name(i, n_layers) for i in range(n_layers)]
    in_banner = [diag.warning.isVisible() and name in diag.warning.text() for name in names]
    assert red == in_banner  # the table and the banner say the same
    return red


@pytest.mark.parametrize(
    ("gap", "hidden_identical"),
    [
        (0.0, True),  # exactly parallel
        (0.04, False),  # cosine ≈ 0.9995: 0.999 in one panel and 0.9999 in the other before
        (1.0, False),
    ],
)
def test_architecture_and_diagnostics_panels_agree_on_identical_units(qtbot, gap, hidden_identical):
    exp = _experiment()
    _set_symmetry(exp, gap)
    stats, diag, arch = _panels(qtbot, exp)
    verdicts = [s.identical for s in stats]
    assert verdicts == [hidden_identical, False]  # the output layer is never "identical"
    assert stats[-1].symmetry == pytest.approx(1.0)
    if gap == 0.04:
        assert 0.999 < stats[0].symmetry < diagnostics.IDENTICAL_LEVEL
    assert _diag_identical(diag, len(stats)) == verdicts
    assert _arch_identical(arch, len(stats)) == verdicts
    for s in stats:
        assert s.identical == diagnostics.is_identical(
            s.symmetry, s.units, output=s.index == len(stats) - 1
        )
