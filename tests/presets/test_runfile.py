"""Run files keep the timeline and forks; bad or truncated ones give one sentence."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnplayground.engine.fork import Run
from nnplayground.presets import load_bundled
from nnplayground.presets.runfile import RunFileError, load_run, loads_run, save_run

CFG = load_bundled("circle").config


def _run() -> Run:
    cfg = CFG.replace(training=replace(CFG.training, optimizer=CFG.training.optimizer))
    run = Run.from_config(cfg)
    run.main.train(12)
    tr = run.main.config.training
    fork = run.fork(6, run.main.config.replace(training=replace(tr, learning_rate=0.1)))
    fork.train(3)
    run.keep(fork)
    return run


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("run") / "demo.nnrun"
    run = _run()
    save_run(run, path)
    return run, path


def test_a_reopened_run_has_its_timeline_and_forks(saved):
    run, path = saved
    back = load_run(path)
    assert back.main.timeline.epochs == run.main.timeline.epochs
    assert np.array_equal(back.main.history.slice(0), run.main.history.slice(0))
    assert np.array_equal(
        back.main.experiment.network.flat_params, run.main.experiment.network.flat_params
    )
    (fork,) = back.forks
    assert fork.kept and fork.parent_epoch == 6 and fork.changes == run.forks[0].changes
    assert fork.trainer.epoch == 9 and fork.trainer.learning_rate == 0.1


def test_a_reopened_run_trains_on_exactly_as_the_original(saved):
    run, path = saved
    back = load_run(path)
    back.main.train(5)
    run_copy = load_run(path)  # the saved one, trained on the same way
    run_copy.main.train(5)
    assert np.array_equal(back.main.history.slice(0), run_copy.main.history.slice(0))
    # and a fork from a reopened snapshot replays the original
    replay = back.fork(6)
    replay.train(6)
    assert np.array_equal(replay.history.slice(0), run.main.history.slice(0)[:12])


def test_a_missing_file_names_the_file(tmp_path):
    with pytest.raises(RunFileError, match=r"^nothere\.nnrun: could not be read"):
        load_run(tmp_path / "nothere.nnrun")


def test_a_truncated_file_is_one_sentence(saved, tmp_path):
    _, path = saved
    raw = path.read_bytes()
    for cut in (0, 10, len(raw) // 2, len(raw) - 30):
        with pytest.raises(RunFileError) as err:
            loads_run(raw[:cut], "cut.nnrun")
        assert str(err.value).startswith("cut.nnrun") and "\n" not in str(err.value)


def _rezip(raw: bytes, edit) -> bytes:
    members = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for name in zf.namelist():
            members[name] = zf.read(name)
    edit(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_a_bad_preset_inside_gives_the_preset_error(saved):
    _, path = saved

    def edit(members):
        data = json.loads(members["branch0.json"])
        data["network"]["hidden"][0]["units"] = -3
        members["branch0.json"] = json.dumps(data).encode()

    with pytest.raises(RunFileError, match=r"^r\.nnrun: branch0\.json: .*units"):
        loads_run(_rezip(path.read_bytes(), edit), "r.nnrun")


def test_arrays_that_do_not_fit_the_preset_are_refused(saved):
    _, path = saved

    def edit(members):
        buf = io.BytesIO()
        np.savez(buf, history=np.zeros((3, 4)), epochs=np.zeros(1, dtype=np.int64),
                 params=np.zeros((1, 3)), optimizer=np.zeros((0, 3)))  # fmt: skip
        members["branch0.npz"] = buf.getvalue()

    with pytest.raises(RunFileError, match="does not fit its preset|must match"):
        loads_run(_rezip(path.read_bytes(), edit), "r.nnrun")


def test_pickled_arrays_are_refused(saved):
    _, path = saved

    def edit(members):
        buf = io.BytesIO()
        np.savez(buf, history=np.array([{"a": 1}], dtype=object))
        members["branch0.npz"] = buf.getvalue()

    with pytest.raises(RunFileError, match="damaged"):
        loads_run(_rezip(path.read_bytes(), edit), "r.nnrun")


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.data())
def test_mutated_run_files_raise_only_run_file_errors(saved, data):
    _, path = saved
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    try:
        loads_run(bytes(raw[:cut] if data.draw(st.booleans()) else raw), "fuzz.nnrun")
    except RunFileError as exc:
        assert str(exc).startswith("fuzz.nnrun") and "\n" not in str(exc)


@FUZZ
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
        max_leaves=8,
    ),
    key=st.sampled_from(
        [
            "format",
            "version",
            "branches",
            "name",
            "snapshots",
            "rng_state",
            "epoch",
            "changes",
            "kept",
            "history_len",
            "learning_rate",
        ]
    ),
)
def test_mutated_run_descriptions_raise_only_run_file_errors(saved, value, key):
    _, path = saved

    def edit(members):
        header = json.loads(members["run.json"])
        branch = header["branches"][0]
        snap = branch["snapshots"][-1]
        for target in (header, branch, snap):
            if key in target:
                target[key] = value
        members["run.json"] = json.dumps(header).encode()

    try:
        loads_run(_rezip(path.read_bytes(), edit), "fuzz.nnrun")
    except RunFileError as exc:
        assert str(exc).startswith("fuzz.nnrun") and "\n" not in str(exc)
