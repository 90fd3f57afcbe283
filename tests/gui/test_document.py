"""The document model, without a window: load, apply, the modified flag, save and reopen."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from nnplayground import presets


@pytest.fixture
def document(qtbot):
    from nnplayground.gui.document import Document

    doc = Document()
    yield doc
    doc.shutdown()


def with_training(cfg, **changes):
    return cfg.replace(training=dataclasses.replace(cfg.training, **changes))


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def predictions(doc) -> np.ndarray:
    return doc.experiment.network.forward(doc.experiment.dataset.X_train).copy()


def test_a_new_document_is_the_default_preset_unmodified_and_without_a_file(document):
    assert document.config == presets.load_bundled(presets.DEFAULT_PRESET).config
    assert document.path is None and not document.modified
    assert document.controller.state == "idle"


def test_an_edit_is_applied_marks_the_document_and_says_what_changed(document):
    structure, data, files = (record(s) for s in (
        document.structure_changed, document.data_changed, document.file_changed))  # fmt: skip
    cfg = document.config
    hidden = (*cfg.network.hidden, cfg.network.hidden[-1])
    wider = cfg.replace(network=dataclasses.replace(cfg.network, hidden=hidden))
    assert document.apply(wider)
    assert document.experiment.network.sizes[1:-1] == [lyr.units for lyr in hidden]
    assert len(structure) == 1 and data == []  # same data: not regenerated
    assert files[-1] == (None, True) and document.modified


def test_a_refused_edit_says_why_and_changes_nothing(document):
    refused, configs = record(document.refused), record(document.config_changed)
    before, weights = document.config, document.experiment.network.get_weights()
    bad = with_training(before, learning_rate=-1.0)
    assert not document.apply(bad)
    assert refused and "learning_rate" in refused[0][0]
    assert document.config == before and not document.modified
    assert configs[-1][0] == before  # panels are told to show the applied config again
    for (w, b), (w2, b2) in zip(weights, document.experiment.network.get_weights()):
        assert np.array_equal(w, w2) and np.array_equal(b, b2)


def test_a_live_setting_keeps_the_experiment_and_reaches_the_trainer(document):
    experiment = document.experiment
    live = record(document.training_settings_changed)
    assert document.apply(with_training(document.config, learning_rate=0.123, epochs=77))
    assert document.experiment is experiment
    assert experiment.trainer.learning_rate == pytest.approx(0.123)
    assert experiment.trainer.live.epochs == 77
    assert len(live) == 1


def test_save_and_reopen_give_identical_predictions(document, tmp_path, qtbot):
    document.apply(with_training(document.config, epochs=20))
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    path = str(tmp_path / "mine.json")
    document.save(path)
    assert document.path == path and not document.modified
    assert document.config.title == "mine"  # named after its new file (title not edited)

    from nnplayground.gui.document import Document

    again = Document()
    again.load_file(path)
    assert again.config == document.config and again.path == path
    assert np.array_equal(predictions(again), predictions(document))
    again.shutdown()


def test_a_bad_file_leaves_config_weights_path_and_title_as_they_were(document, tmp_path):
    good = str(tmp_path / "good.json")
    document.save(good)
    before = (document.config, document.path, document.title, predictions(document))
    bad = tmp_path / "bad.json"
    data = json.loads((tmp_path / "good.json").read_text())
    data["network"]["hidden"][0]["units"] = -3
    bad.write_text(json.dumps(data))
    with pytest.raises(presets.PresetError):
        document.load_file(str(bad))
    assert (document.config, document.path, document.title) == before[:3]
    assert np.array_equal(predictions(document), before[3])


def test_training_a_bundled_preset_is_not_a_change_but_training_a_saved_file_is(
    document, tmp_path, qtbot
):
    document.apply(with_training(document.config, epochs=5))
    document.load(presets.Preset(document.config), None)  # a fresh, untouched preset
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    assert not document.modified
    document.save(str(tmp_path / "run.json"))
    document.apply(with_training(document.config, epochs=10))
    document.save(str(tmp_path / "run.json"))
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    assert document.modified


def test_reset_keeps_the_data_and_new_weights_draw_a_new_seed(document):
    data, seed = document.experiment.dataset, document.config.training.seed
    weights = record(document.weights_changed)
    document.reset()
    assert document.experiment.dataset is data and document.config.training.seed == seed
    document.new_weights()
    assert document.experiment.dataset is data and document.config.training.seed != seed
    assert len(weights) == 2 and document.modified


def test_raising_the_epoch_limit_keeps_the_trained_network(document, qtbot):
    document.apply(with_training(document.config, epochs=5))
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    experiment = document.experiment
    assert experiment.trainer.epoch == 5
    document.apply(with_training(document.config, epochs=8))
    assert document.experiment is experiment
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    assert experiment.trainer.epoch == 8 and len(experiment.trainer.history) == 8


def test_a_config_a_view_cannot_show_is_refused_before_anything_changes(document):
    def no_relu(cfg):
        if any(layer.activation.name == "relu" for layer in cfg.network.hidden):
            raise ValueError("The editor cannot show relu here.")

    document.add_check(no_relu)
    before, experiment = document.config, document.experiment
    layer = dataclasses.replace(before.network.hidden[0], activation=type(
        before.network.hidden[0].activation)("relu"))  # fmt: skip
    relu = before.replace(network=dataclasses.replace(before.network, hidden=(layer,)))
    with pytest.raises(ValueError, match="cannot show relu"):
        document.load(presets.Preset(relu), "/somewhere/relu.json")
    assert document.config == before and document.experiment is experiment
    assert document.path is None
    assert not document.apply(relu)
    assert document.config == before and document.experiment is experiment


def test_a_saved_run_reopens_with_its_loss_curve_and_goes_on_from_there(document, tmp_path, qtbot):
    document.apply(with_training(document.config, epochs=6))
    with qtbot.waitSignal(document.finished, timeout=10000):
        document.play()
    path = str(tmp_path / "run.json")
    document.save(path)

    from nnplayground.gui.document import Document

    again = Document()
    again.load_file(path)
    history = again.experiment.trainer.history
    assert again.experiment.trainer.epoch == len(history) == 6
    assert np.array_equal(history.slice(0), document.experiment.trainer.history.slice(0))
    again.shutdown()
