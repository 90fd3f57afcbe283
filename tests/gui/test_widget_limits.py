"""Widgets read nnplayground.limits, never clamp a value silently, and every bundled and
lesson preset goes through every panel unchanged (issue 8)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox

from nnplayground import lessons, limits, presets
from nnplayground.engine.config import Component, LayerConfig
from nnplayground.gui.panels.architecture import ArchitecturePanel
from nnplayground.gui.panels.data import DataPanel
from nnplayground.gui.panels.training import TrainingPanel


def _all_presets():
    named = [(f"bundled:{n}", presets.load_bundled(n).config) for n in presets.bundled_names()]
    named += [(f"lesson:{lesson.key}", lesson.preset().config) for lesson in lessons.lessons()]
    return named


PRESETS = _all_presets()


@pytest.fixture
def panels(qtbot):
    made = {"data": DataPanel(), "architecture": ArchitecturePanel(), "training": TrainingPanel()}
    for widget in made.values():
        qtbot.addWidget(widget)
    return made


def test_spin_boxes_take_their_ranges_from_limits(panels):
    data, arch, training = panels["data"], panels["architecture"], panels["training"]
    assert training.seed_spin.maximum() == limits.MAX_SEED
    assert data.findChild(QSpinBox, "seedSpin").maximum() == limits.MAX_SEED
    assert training.epochs_spin.maximum() == limits.MAX_EPOCHS
    assert training.patience_spin.maximum() == limits.MAX_EPOCHS
    assert training.batch_spin.maximum() == limits.MAX_BATCH_SIZE
    assert training.lr_spin.maximum() == limits.MAX_LEARNING_RATE
    points = data.findChild(QSpinBox, "pointsSpin")
    assert (points.minimum(), points.maximum()) == (limits.MIN_POINTS, limits.MAX_POINTS)
    assert arch.layer_editors()[0].units_spin.maximum() == limits.MAX_UNITS
    # The tooltips name the limits in words the translations already hold.
    assert f"(1 to {limits.MAX_UNITS})" in arch.layer_editors()[0].units_spin.toolTip()
    assert f"(at most {limits.MAX_HIDDEN_LAYERS})" in arch.add_button.toolTip()


def test_the_add_button_stops_at_max_hidden_layers(panels):
    arch = panels["architecture"]
    while arch.add_button.isEnabled():
        arch.add_layer()
    assert len(arch.config().network.hidden) == limits.MAX_HIDDEN_LAYERS


def _with_units(cfg, units):
    hidden = (LayerConfig(units, activation=Component("tanh")), *cfg.network.hidden[1:])
    return replace(cfg, network=replace(cfg.network, hidden=hidden))


def test_a_layer_too_wide_to_show_is_refused_not_clamped(panels, qtbot):
    """A 1024-unit layer became 256 units once its activation was changed."""
    arch = panels["architecture"]
    shown = arch.config()
    with pytest.raises(ValueError, match="1024"):
        arch.set_config(_with_units(shown, 1024))
    assert arch.config() is shown  # nothing changed
    assert arch.layer_editors()[0].units_spin.value() == shown.network.hidden[0].units
    arch.set_config(_with_units(shown, limits.MAX_UNITS))  # the limit itself fits
    assert arch.layer_editors()[0].layer().units == limits.MAX_UNITS


def test_too_many_hidden_layers_are_refused(panels):
    arch = panels["architecture"]
    cfg = arch.config()
    hidden = (LayerConfig(2),) * (limits.MAX_HIDDEN_LAYERS + 1)
    with pytest.raises(ValueError, match="hidden layers"):
        arch.set_config(replace(cfg, network=replace(cfg.network, hidden=hidden)))


@pytest.mark.parametrize(
    ("field", "value"),
    [("epochs", limits.MAX_EPOCHS + 1), ("patience", limits.MAX_EPOCHS + 1),
     ("batch_size", limits.MAX_BATCH_SIZE + 1), ("seed", limits.MAX_SEED + 1),
     ("learning_rate", limits.MAX_LEARNING_RATE * 2)],
)  # fmt: skip
def test_training_values_beyond_the_widgets_are_refused(panels, field, value):
    training = panels["training"]
    shown = training.config()
    cfg = replace(shown, training=replace(shown.training, **{field: value}))
    with pytest.raises(ValueError):
        training.set_config(cfg)
    assert training.config() is shown


def test_the_largest_epoch_limit_the_schema_allows_is_shown(panels):
    training = panels["training"]
    cfg = training.config()
    training.set_config(replace(cfg, training=replace(cfg.training, epochs=limits.MAX_EPOCHS)))
    assert training.epochs_spin.value() == limits.MAX_EPOCHS


@pytest.mark.parametrize(
    ("field", "value"), [("n_points", limits.MAX_POINTS + 1), ("seed", limits.MAX_SEED + 1)]
)
def test_data_values_beyond_the_widgets_are_refused(panels, field, value):
    data = panels["data"]
    shown = data.config()
    with pytest.raises(ValueError):
        data.set_config(replace(shown, data=replace(shown.data, **{field: value})))
    assert data.config() is shown


def test_an_optimizer_parameter_beyond_its_editor_is_refused(panels):
    training = panels["training"]
    shown = training.config()
    optimizer = Component("sgd", {"momentum": 5.0})  # momentum is at most 1
    with pytest.raises(ValueError, match="momentum"):
        training.set_config(replace(shown, training=replace(shown.training, optimizer=optimizer)))


def _emit_every_field(qtbot, panel, triggers):
    """Run each trigger (which re-reads widgets into a config) and collect the configs."""
    emitted = []
    panel.config_changed.connect(emitted.append)
    for trigger in triggers:
        trigger()
    panel.config_changed.disconnect(emitted.append)
    return emitted


@pytest.mark.parametrize(("name", "cfg"), PRESETS, ids=[n for n, _ in PRESETS])
def test_every_preset_round_trips_through_every_panel(panels, qtbot, name, cfg):
    data, arch, training = panels["data"], panels["architecture"], panels["training"]
    for panel in panels.values():
        panel.set_config(cfg)
    n_layers = len(arch.layer_editors())
    # Architecture: each layer editor and the output editor re-read all their widgets.
    arch_triggers = [lambda i=i: arch._on_layer_changed(i) for i in range(n_layers)]
    arch_triggers.append(arch._on_output_changed)
    # Training: loss, optimizer, every spin box and the stop rules, read back as shown.
    training_triggers = [training._on_loss_changed, training.optimizer_editor.changed.emit,
                         training._on_stop_rules]  # fmt: skip
    spins = [training.lr_spin, training.batch_spin, training.epochs_spin, training.seed_spin]
    if cfg.training.regularization != "none":
        spins.append(training.reg_rate_spin)
    # Data: every spin box read back as shown.
    names = ["noiseSpin", "pointsSpin", "trainRatioSpin", "seedSpin"]
    if data.findChild(QSpinBox, "classesSpin").isEnabled():
        names.append("classesSpin")
    data_spins = [data.findChild(QAbstractSpinBox, n) for n in names]
    for panel, panel_triggers in (
        (arch, arch_triggers),
        (training, [*training_triggers, *map(_re_read, spins)]),
        (data, list(map(_re_read, data_spins))),
    ):
        emitted = _emit_every_field(qtbot, panel, panel_triggers)
        assert len(emitted) == len(panel_triggers)
        for config in emitted:
            assert config == cfg, name


def _re_read(spin):
    return lambda: spin.valueChanged.emit(spin.value())


def test_panels_can_check_a_config_before_it_is_applied(panels):
    """The window (or a document model) can ask first, so nothing is half-applied."""
    cfg = panels["architecture"].config()
    wide = _with_units(cfg, 1024)
    with pytest.raises(ValueError, match="1024"):
        panels["architecture"].check_config(wide)
    for panel in panels.values():
        panel.check_config(cfg)  # a config every widget can show passes
