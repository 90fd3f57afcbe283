"""'What would have fixed it?' names a cure for each lesson's symptom."""

from __future__ import annotations

import pytest

from nnplayground import lessons
from nnplayground.engine import explain
from nnplayground.engine.fork import Run
from nnplayground.engine.whatif import FIXES, what_if

LESSON_SYMPTOMS = [
    ("dying_relu", "dead_relu"),
    ("saturation", "saturation"),
    ("zero_init", "identical_units"),
]


@pytest.fixture(scope="module", params=LESSON_SYMPTOMS, ids=[k for k, _ in LESSON_SYMPTOMS])
def report(request):
    key, kind = request.param
    run = Run.from_config(lessons.get(key).preset().config)
    run.main.train(40)
    assert kind in [f.kind for f in explain.explain_experiment(run.main.experiment)]
    seen = []
    rep = what_if(run, kind, epochs=120, progress=lambda done, total: seen.append((done, total)))
    return rep, seen


def test_each_lesson_symptom_has_a_fix_that_cures_it(report):
    rep, _ = report
    best = rep.best
    assert best is not None and best.cured
    assert best.test_after < best.test_before
    assert 2 <= len(rep.outcomes) <= 4
    assert rep.message == best.message
    assert " → " in rep.message and "after" in rep.message


def test_every_branch_reaches_the_same_final_epoch(report):
    rep, seen = report
    assert {o.branch.trainer.epoch for o in rep.outcomes} == {rep.end_epoch}
    assert rep.baseline.trainer.epoch == rep.end_epoch
    assert seen[-1][0] == seen[-1][1]


def test_a_stop_request_ends_the_replay_early():
    run = Run.from_config(lessons.get("zero_init").preset().config)
    run.main.train(5)
    rep = what_if(run, "identical_units", epochs=100, should_stop=lambda: True)
    assert rep.stopped and all(o.branch.trainer.epoch < rep.end_epoch for o in rep.outcomes)


def test_every_symptom_has_two_to_four_fixes():
    assert set(FIXES) == set(explain.DETECTORS)
    assert all(2 <= len(f) <= 4 for f in FIXES.values())


def test_a_branch_stopped_by_its_own_epoch_limit_leaves_the_race():
    """A stop rule ending a branch early used to keep what_if looping forever."""
    import dataclasses

    from nnplayground import presets
    from nnplayground.engine import whatif
    from nnplayground.engine.fork import Run

    cfg = presets.load_bundled("circle").config
    cfg = cfg.replace(training=dataclasses.replace(cfg.training, epochs=5))
    run = Run.from_config(cfg)
    run.main.train(5, run.main.control())
    rounds = []
    stopped = whatif._train_round_robin(
        [run.main], 50, None, lambda done, total: rounds.append(done)
    )
    assert not stopped and len(rounds) <= 2
