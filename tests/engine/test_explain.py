"""Each explanation appears on a run that shows it, and a healthy run gets none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nnplayground.engine import explain
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, LayerConfig
from nnplayground.lessons import get as lesson
from nnplayground.presets import load_bundled


def run(cfg, epochs=0) -> Experiment:
    exp = Experiment.from_config(cfg)
    if epochs:
        exp.trainer.run(max_epochs=epochs)
    return exp


def kinds(exp) -> list[str]:
    return [f.kind for f in explain.explain_experiment(exp)]


def finding(exp, kind) -> explain.Finding:
    (found,) = [f for f in explain.explain_experiment(exp) if f.kind == kind]
    return found


def lesson_cfg(key):
    return lesson(key).preset().config


def check_fix(exp, kind, epochs=0):
    """The finding's fix, applied to the config, makes the finding go away."""
    fixed = run(finding(exp, kind).fix(exp.config), epochs)
    assert kind not in kinds(fixed)


def test_large_sigmoid_weights_are_reported_as_saturated():
    exp = run(lesson_cfg("saturation"))
    found = finding(exp, "saturation")
    assert found.evidence["share"] > explain.SATURATED_SHARE
    assert found.message.template == explain.SATURATED
    assert found.message.params == found.evidence
    check_fix(exp, "saturation")


def test_dead_relus_are_reported_and_leaky_relu_is_offered():
    exp = run(lesson_cfg("dying_relu"))
    found = finding(exp, "dead_relu")
    assert found.evidence["share"] == 1.0
    assert found.fix_label == "Use Leaky ReLU"
    check_fix(exp, "dead_relu")


def test_zero_init_is_reported_as_identical_units():
    exp = run(lesson_cfg("zero_init"), epochs=20)
    assert finding(exp, "identical_units").evidence["distance"] == 0.0
    check_fix(exp, "identical_units", epochs=20)


def test_a_stuck_loss_is_reported_as_a_plateau():
    exp = run(lesson_cfg("init_scale"), epochs=100)
    assert finding(exp, "plateau").evidence["change"] < explain.PLATEAU_CHANGE


def test_a_too_high_learning_rate_is_reported_as_divergence():
    cfg = load_bundled("price").config
    exp = run(cfg.replace(training=replace(cfg.training, learning_rate=1.0)), epochs=50)
    assert exp.trainer.divergence is not None
    found = finding(exp, "divergence")
    assert found.fix(exp.config).training.learning_rate == pytest.approx(0.1)


def test_a_big_network_on_few_noisy_points_is_reported_as_overfitting():
    cfg = load_bundled("spiral").config
    hidden = tuple(LayerConfig(32, Component("tanh")) for _ in range(2))
    cfg = cfg.replace(
        data=replace(cfg.data, n_points=40, noise=0.5),
        network=replace(cfg.network, hidden=hidden),
        training=replace(cfg.training, epochs=300),
    )
    exp = run(cfg, epochs=300)
    found = finding(exp, "overfitting")
    assert found.evidence["rise"] > explain.OVERFIT_RISE
    assert found.fix(cfg).training.regularization == "l2"


def test_tiny_weights_in_depth_are_reported_as_a_vanishing_gradient():
    exp = run(lesson_cfg("init_scale"))
    assert finding(exp, "vanishing_gradient").evidence["ratio"] < explain.VANISHING_RATIO
    check_fix(exp, "vanishing_gradient")


def test_a_healthy_run_gets_no_explanation():
    exp = run(load_bundled("circle").config, epochs=300)
    assert exp.trainer.history.train_loss[-1] < 0.05
    assert kinds(exp) == []


def test_a_loss_that_fell_a_lot_is_not_a_plateau():
    exp = run(load_bundled("circle").config, epochs=300)
    facts = explain.gather(exp)
    assert explain.detect_plateau(facts) is None
    assert explain.detect_overfitting(facts) is None


def test_every_detector_has_a_fix_label():
    from nnplayground.engine.explain_fixes import FIX_LABELS

    assert set(explain.DETECTORS) == {
        "saturation", "dead_relu", "identical_units", "plateau", "divergence",
        "overfitting", "vanishing_gradient",
    }  # fmt: skip
    # The 7 standard fixes plus the extra ones "What would have fixed it?" tries.
    from nnplayground.engine.whatif import FIXES

    assert len(FIX_LABELS) >= 7
    assert all(fix in FIX_LABELS for fixes in FIXES.values() for fix in fixes)
