"""Compare runs: parsing the varied setting, building variants, training them side by side."""

from __future__ import annotations

import csv
from dataclasses import replace

import numpy as np
import pytest

from nnplayground.engine.compare import (
    ALL_VARIABLES,
    epochs_to_reach,
    parse_vary,
    run_comparison,
    variant_configs,
)
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.engine.control import RunControl
from nnplayground.engine.training import History

EPOCHS = 20
CIRCLE = ExperimentConfig(data=DataConfig(n_points=200))


def regression_config(**training) -> ExperimentConfig:
    return ExperimentConfig(
        task="regression",
        data=DataConfig(dataset="plane", n_points=200),
        network=NetworkConfig(output=LayerConfig(1, Component("linear"))),
        training=TrainingConfig(loss=Component("mean_squared_error"), **training),
    )


# ------------------------------------------------------------------------- parse_vary
def test_parse_vary_reads_variable_and_canonical_names():
    assert parse_vary("activation=sigmoid, tanh,swish") == (
        "activation",
        ["sigmoid", "tanh", "silu"],
    )
    assert parse_vary("loss=mse,huber") == ("loss", ["mean_squared_error", "huber"])
    assert parse_vary("learning_rate=0.01,0.1,1") == ("learning_rate", ["0.01", "0.1", "1"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("activation", "Write the setting to vary as variable=value1,value2"),
        ("momentum=0.1,0.9", "Cannot vary 'momentum'; choose one of: activation, initializer"),
        ("activation=relu", "Give 2 to 6 values to compare for activation, got 1."),
        (
            "optimizer=" + ",".join(["sgd"] * 7),
            "Give 2 to 6 values to compare for optimizer, got 7.",
        ),
        ("activation=relu,foo", "Unknown activation 'foo'; expected one of: linear, sigmoid"),
        ("initializer=he_normal,bar", "Unknown initializer 'bar'"),
        ("learning_rate=0.1,fast", "Learning rate 'fast' is not a number."),
        ("learning_rate=0.1,-1", "Learning rate '-1' must be a finite number above 0."),
        ("learning_rate=0.1,inf", "Learning rate 'inf' must be a finite number above 0."),
        ("activation=relu,tanh,relu", "'relu' is the same activation as 'relu'; each value"),
        ("activation=silu,swish", "'swish' is the same activation as 'silu'"),
        ("learning_rate=0.1,0.10", "'0.10' is the same learning_rate as '0.1'"),
    ],
)
def test_parse_vary_explains_each_mistake(text, message):
    with pytest.raises(ValueError) as err:
        parse_vary(text)
    assert message in str(err.value)


# ------------------------------------------------------------------------- variants
def test_activation_variants_change_every_hidden_layer_but_not_the_output():
    variants = variant_configs(CIRCLE, "activation", ["relu", "leaky_relu"])
    assert [label for label, _ in variants] == ["relu", "leaky_relu"]
    for label, cfg in variants:
        assert {h.activation.name for h in cfg.network.hidden} == {label}
        assert cfg.network.output == CIRCLE.network.output


def test_activation_variant_keeps_parameters_of_the_same_activation():
    layer = LayerConfig(3, Component("leaky_relu", {"negative_slope": 0.2}))
    cfg = CIRCLE.replace(network=replace(CIRCLE.network, hidden=(layer,)))
    (_, same), (_, other) = variant_configs(cfg, "activation", ["leaky_relu", "elu"])
    assert same.network.hidden[0].activation.params == {"negative_slope": 0.2}
    assert other.network.hidden[0].activation == Component("elu")


def test_initializer_variants_change_every_kernel_and_no_bias():
    (_, cfg), _ = variant_configs(CIRCLE, "initializer", ["he_normal", "zeros"])
    layers = [*cfg.network.hidden, cfg.network.output]
    assert {lyr.kernel_initializer.name for lyr in layers} == {"he_normal"}
    assert {lyr.bias_initializer.name for lyr in layers} == {"zeros"}


def test_learning_rate_and_optimizer_variants():
    rates = variant_configs(CIRCLE, "learning_rate", ["0.01", "1e-1"])
    assert [(label, c.training.learning_rate) for label, c in rates] == [
        ("0.01", 0.01),
        ("0.1", 0.1),
    ]
    opts = variant_configs(CIRCLE, "optimizer", ["adam", "rmsprop"])
    assert [c.training.optimizer for _, c in opts] == [Component("adam"), Component("rmsprop")]


def test_loss_variant_switches_the_output_activation_only_when_needed():
    linear_out = CIRCLE.replace(
        network=replace(CIRCLE.network, output=LayerConfig(1, Component("linear"))),
        training=replace(CIRCLE.training, loss=Component("mean_squared_error")),
    )
    (_, mse), (_, bce) = variant_configs(linear_out, "loss", ["mse", "binary_crossentropy"])
    assert mse.training.loss.name == "mean_squared_error"
    assert mse.network.output.activation.name == "linear"
    assert bce.training.loss.name == "binary_crossentropy"
    assert bce.network.output.activation.name == "sigmoid"
    (_, kept), _ = variant_configs(CIRCLE, "loss", ["huber", "binary_crossentropy"])
    assert kept.network.output.activation.name == "sigmoid"


def test_an_impossible_variant_names_the_value_and_the_reason():
    with pytest.raises(ValueError, match="^activation=softmax cannot be trained: .*output layer"):
        variant_configs(CIRCLE, "activation", ["relu", "softmax"])
    with pytest.raises(ValueError, match="^loss=binary_crossentropy cannot be trained: .*regr"):
        variant_configs(regression_config(), "loss", ["mse", "binary_crossentropy"])
    with pytest.raises(ValueError, match="^learning_rate=1000 cannot be trained: .*at most 100"):
        variant_configs(CIRCLE, "learning_rate", ["0.1", "1000"])
    no_hidden = CIRCLE.replace(network=replace(CIRCLE.network, hidden=()))
    with pytest.raises(ValueError, match="no hidden layers"):
        variant_configs(no_hidden, "activation", ["relu", "tanh"])


def test_every_variable_can_be_varied():
    values = {
        "activation": ["relu", "tanh"],
        "initializer": ["he_uniform", "orthogonal"],
        "learning_rate": ["0.1", "0.3"],
        "optimizer": ["sgd", "adagrad"],
        "loss": ["binary_crossentropy", "mean_absolute_error"],
        "seed": ["0", "7"],
        "scale": ["0.5", "2"],
    }
    assert set(values) == set(ALL_VARIABLES)
    for variable, vals in values.items():
        assert len(variant_configs(CIRCLE, variable, vals)) == 2


# ------------------------------------------------------------------------- running
def test_variants_share_one_dataset_and_train_the_requested_epochs():
    seen = []
    comp = run_comparison(
        CIRCLE, "activation", ["sigmoid", "tanh", "relu"], EPOCHS,
        on_progress=lambda epoch, trainers: seen.append((epoch, len(trainers))),
    )  # fmt: skip
    assert comp.labels == ["sigmoid", "tanh", "relu"]
    assert [len(h) for h in comp.histories] == [EPOCHS] * 3
    assert [r.reason for r in comp.results] == ["epochs"] * 3
    assert seen == [(e, 3) for e in range(1, EPOCHS + 1)]
    assert len(comp.networks) == 3 and len(comp.configs) == 3
    curves = [h.train_loss for h in comp.histories]
    assert not np.array_equal(curves[0], curves[1])
    assert not np.array_equal(curves[1], curves[2])


def test_variants_reuse_the_same_dataset_object(monkeypatch):
    from nnplayground.engine import build

    datasets_seen = []
    original = build.Experiment.from_config.__func__

    def spy(cls, cfg, weights=None, dataset=None):
        exp = original(cls, cfg, weights, dataset)
        datasets_seen.append(exp.dataset)
        return exp

    monkeypatch.setattr(build.Experiment, "from_config", classmethod(spy))
    comp = run_comparison(CIRCLE, "optimizer", ["sgd", "adam", "rmsprop"], 2)
    assert len(datasets_seen) == 3
    assert all(d is comp.dataset for d in datasets_seen)


def test_a_given_dataset_is_the_one_every_variant_trains_on():
    from nnplayground.engine.datasets import make_dataset

    data = make_dataset(CIRCLE.data)
    comp = run_comparison(CIRCLE, "activation", ["tanh", "relu"], 1, dataset=data)
    assert comp.dataset is data


def test_identical_settings_give_identical_curves():
    one = run_comparison(CIRCLE, "learning_rate", ["0.03", "0.1"], EPOCHS)
    two = run_comparison(CIRCLE, "learning_rate", ["0.03", "0.3"], EPOCHS)
    np.testing.assert_array_equal(one.histories[0].slice(0), two.histories[0].slice(0))
    assert not np.array_equal(one.histories[1].train_loss, two.histories[1].train_loss)


def test_config_stop_rules_do_not_shorten_the_curves():
    cfg = CIRCLE.replace(training=replace(CIRCLE.training, epochs=3, target_loss=10.0))
    comp = run_comparison(cfg, "activation", ["tanh", "relu"], 5)
    assert [len(h) for h in comp.histories] == [5, 5]
    assert comp.configs[0].training.epochs == 3  # what the user would save is unchanged


def test_a_diverging_variant_is_reported_and_the_others_complete():
    comp = run_comparison(regression_config(), "learning_rate", ["0.01", "100", "0.03"], EPOCHS)
    ok1, bad, ok2 = comp.results
    assert ok1.reason == ok2.reason == "epochs"
    assert bad.reason == "diverged" and bad.divergence is not None
    assert len(comp.histories[1]) == bad.epochs < EPOCHS
    assert len(comp.histories[0]) == len(comp.histories[2]) == EPOCHS
    lines = comp.summary_lines()
    assert "diverged at epoch" in lines[1]
    assert "diverged" not in lines[0] and "accuracy" not in lines[0]


def test_should_stop_ends_every_variant_at_the_same_epoch():
    calls = []
    comp = run_comparison(
        CIRCLE, "activation", ["tanh", "relu"], EPOCHS,
        on_progress=lambda epoch, _: calls.append(epoch),
        should_stop=lambda: len(calls) >= 4,
    )  # fmt: skip
    assert [len(h) for h in comp.histories] == [4, 4]
    assert [r.reason for r in comp.results] == ["stopped", "stopped"]


def test_a_stop_through_the_control_ends_inside_an_epoch_and_records_no_partial_one():
    control = RunControl()
    trainers = []

    def stop_in_round_three(epoch, seen):
        trainers[:] = seen
        if epoch == 2:  # ask mid-batch of the second variant's third epoch
            step = seen[1].train_step

            def stop_then_step(x, y):
                step(x, y)
                control.request_stop()

            seen[1].train_step = stop_then_step

    comp = run_comparison(
        CIRCLE, "activation", ["tanh", "relu"], EPOCHS, on_progress=stop_in_round_three,
        control=control,
    )  # fmt: skip
    # The first variant finished round three; the second stopped after one mini-batch.
    assert [len(h) for h in comp.histories] == [3, 2]
    assert [r.reason for r in comp.results] == ["stopped", "stopped"]
    assert trainers[1].in_epoch and trainers[1].batch_index == 1


def test_csv_is_long_format_with_one_row_per_variant_and_epoch(tmp_path):
    comp = run_comparison(CIRCLE, "activation", ["tanh", "relu"], 3)
    path = tmp_path / "compare.csv"
    comp.to_csv(path)
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [
        "variant", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"
    ]  # fmt: skip
    assert [(r[0], r[1]) for r in rows[1:]] == [
        (v, str(e)) for v in ("tanh", "relu") for e in (1, 2, 3)
    ]
    assert float(rows[6][2]) == pytest.approx(comp.histories[1].train_loss[2])
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_regression_csv_has_no_accuracy_columns(tmp_path):
    comp = run_comparison(regression_config(), "optimizer", ["sgd", "adam"], 2)
    comp.to_csv(tmp_path / "r.csv")
    header = (tmp_path / "r.csv").read_text().splitlines()[0]
    assert header == "variant,epoch,train_loss,test_loss"


def test_summary_reports_accuracy_and_epochs_to_reach_a_threshold():
    comp = run_comparison(CIRCLE, "learning_rate", ["0.03", "0.3"], EPOCHS)
    lines = comp.summary_lines(threshold=10.0)
    assert lines[0].startswith("learning_rate=0.03: final test loss ")
    assert "test accuracy" in lines[0] and "train loss ≤ 10 at epoch 1." in lines[0]
    assert "never reached 0.0001" in comp.summary_lines(threshold=1e-4)[1]


def test_epochs_to_reach_is_the_first_epoch_at_or_below_the_threshold():
    history = History()
    for loss in (0.9, 0.5, 0.3, 0.4, 0.2):
        history.append(loss, loss, np.nan, np.nan)
    assert epochs_to_reach(history, 0.3) == 3
    assert epochs_to_reach(history, 0.35) == 3
    assert epochs_to_reach(history, 1.0) == 1
    assert epochs_to_reach(history, 0.1) is None
    assert epochs_to_reach(History(), 1.0) is None
