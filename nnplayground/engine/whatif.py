""" "What would have fixed it?": replay a run under a few single-change fixes for a symptom.

For a symptom the live explanations report (:mod:`nnplayground.engine.explain`), up to
four standard fixes (:data:`FIXES`) are each forked from the run's timeline – from the
start (epoch 0) when the fix changes an initializer, otherwise from the last snapshot
before the symptom first appeared – together with a *baseline* fork with no change from
the earliest of those epochs. All train round-robin (the one training loop, the original
batch order, same seed) to the same final epoch, then the symptom is measured again on
each: a fix *cures* it when the symptom's detector no longer fires. Every outcome has a
translatable sentence such as "He initialisation: dead units 100 % → 0 %, test loss
0.69 → 0.04 after 300 epochs." (before = the baseline, after = the fix).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from nnplayground.engine import explain
from nnplayground.engine import explain_fixes as fx
from nnplayground.engine.build import Experiment
from nnplayground.engine.config import ExperimentConfig
from nnplayground.engine.fork import Branch, Run, config_changes, fork_experiment
from nnplayground.engine.timeline import Timeline
from nnplayground.messages import QT_TRANSLATE_NOOP, Message, text

Fix = Callable[[ExperimentConfig], ExperimentConfig]

#: The fixes tried for each symptom, most likely cure first (2 to 4 each).
FIXES: dict[str, tuple[Fix, ...]] = {
    "dead_relu": (fx.leaky_relu_01, fx.zero_bias, fx.he_init, fx.lower_learning_rate),
    "saturation": (fx.glorot_init, fx.smaller_init, fx.relu_he, fx.cross_entropy),
    "identical_units": (fx.small_random_init, fx.he_init),
    "plateau": (fx.switch_to_adam, fx.relu_he, fx.cross_entropy),
    "divergence": (fx.lower_learning_rate, fx.switch_to_adam),
    "vanishing_gradient": (fx.relu_he, fx.glorot_init, fx.switch_to_adam),
    "overfitting": (fx.l2_regularization, fx.lower_learning_rate),
}
#: Snapshots examined to find when a symptom appeared (evenly spread over the timeline).
ONSET_PROBES = 64

RESULT = QT_TRANSLATE_NOOP(
    "messages",
    "{fix}: {symptom} {before} → {after}, test loss {test_before} → {test_after} after "
    "{epochs} epochs.",
)
NOT_CURED = QT_TRANSLATE_NOOP("messages", "None of the fixes tried cured it. {result}")
SYMPTOMS = {
    "dead_relu": QT_TRANSLATE_NOOP("messages", "dead units"),
    "saturation": QT_TRANSLATE_NOOP("messages", "saturated units"),
    "identical_units": QT_TRANSLATE_NOOP("messages", "distance between the closest units"),
    "plateau": QT_TRANSLATE_NOOP("messages", "train loss"),
    "divergence": QT_TRANSLATE_NOOP("messages", "train loss"),
    "vanishing_gradient": QT_TRANSLATE_NOOP("messages", "first/last ‖δ‖"),
    "overfitting": QT_TRANSLATE_NOOP("messages", "test loss rise"),
}
_PERCENT = frozenset({"dead_relu", "saturation", "overfitting"})


def measure(kind: str, facts: explain.Facts) -> float:
    """The number that shows how bad symptom ``kind`` is in ``facts`` (higher = worse,
    except the unit distance of identical units): the worst hidden layer's share of dead
    or saturated units, the closest units' relative distance, the last train loss, the
    first/last ‖δ‖ ratio, or the test loss's rise over the overfitting window."""
    hidden = facts.stats[:-1]
    if kind == "dead_relu":
        return max((s.dead_fraction for s in hidden), default=0.0)
    if kind == "saturation":
        return max((s.saturated_fraction for s in hidden), default=0.0)
    if kind == "identical_units":
        return float(np.min(facts.closest)) if len(facts.closest) else math.inf
    if kind == "vanishing_gradient":
        norms = facts.delta_norms
        return float(norms[0] / norms[-1]) if len(norms) > 1 and norms[-1] > 0 else math.nan
    if kind == "overfitting":
        test = facts.test_loss[-explain.OVERFIT_WINDOW :]
        low = float(np.min(test)) if len(test) else math.nan
        return (float(test[-1]) - low) / low if len(test) and low > 0 else 0.0
    return float(facts.train_loss[-1]) if len(facts.train_loss) else math.nan


def _show(kind: str, value: float) -> str:
    if kind in _PERCENT and math.isfinite(value):
        return f"{100 * value:.0f}\u00a0%"
    return f"{value:.2g}"


@dataclass(eq=False)
class Outcome:
    """One fix tried: its ``label`` (translatable), the branch trained, the epoch it forked
    from, the symptom's measure and the test loss at the end (``before`` from the
    baseline), whether it ``cured`` the symptom, and the sentence saying so."""

    label: str
    fix: Fix
    branch: Branch
    start_epoch: int
    before: float = math.nan
    after: float = math.nan
    test_before: float = math.nan
    test_after: float = math.nan
    cured: bool = False
    message: Message | None = None


@dataclass(eq=False)
class WhatIf:
    """The report: the symptom ``kind``, the final epoch, the baseline and every outcome
    (in :data:`FIXES` order); ``stopped`` if cancelled before the end."""

    kind: str
    end_epoch: int
    baseline: Branch
    outcomes: list[Outcome] = field(default_factory=list)
    stopped: bool = False

    @property
    def best(self) -> Outcome | None:
        """The cure with the lowest final test loss (None if nothing cured)."""
        cures = [o for o in self.outcomes if o.cured]
        return min(cures, key=lambda o: o.test_after, default=None)

    @property
    def message(self) -> Message:
        """The best cure's sentence, or one saying that no fix cured the symptom."""
        best = self.best
        if best is not None and best.message is not None:
            return best.message
        first = self.outcomes[0].message if self.outcomes else ""
        return text(NOT_CURED, result=first or "")


def _facts(branch: Branch) -> explain.Facts:
    return explain.gather(branch.experiment)


def onset_epoch(run: Run, kind: str) -> int:
    """The epoch of the last examined snapshot before symptom ``kind`` first shows in the
    main run's timeline (0 if it shows from the start or the timeline is empty)."""
    timeline, main = run.main.timeline, run.main
    detect = explain.DETECTORS[kind]
    epochs = timeline.epochs
    if not epochs:
        return 0
    picks = sorted({epochs[int(i)] for i in np.linspace(0, len(epochs) - 1, ONSET_PROBES)})
    before = 0
    for epoch in picks:
        exp = fork_experiment(main.experiment, timeline.snapshot_at(epoch), main.history)
        if detect(explain.gather(exp)) is not None:
            return before
        before = epoch
    return before


def _branch(run: Run, name: str, cfg: ExperimentConfig, epoch: int) -> Branch:
    """A fork of the main run at ``epoch`` (built afresh from ``cfg`` at epoch 0 when the
    timeline is empty), not listed in ``run.forks``."""
    main = run.main
    if not len(main.timeline):
        exp = Experiment.from_config(cfg, dataset=main.experiment.dataset)
        timeline = Timeline(main.timeline.budget)
        timeline.start(exp.trainer)
        return Branch(name, exp, timeline, tuple(config_changes(main.config, cfg)), 0)
    snap = main.timeline.snapshot_at(epoch)
    exp = fork_experiment(main.experiment, snap, main.history, cfg, main.config)
    timeline = Timeline(main.timeline.budget)
    timeline.add(snap)
    return Branch(name, exp, timeline, tuple(config_changes(main.config, cfg)), snap.epoch)


def _changes_init(old: ExperimentConfig, new: ExperimentConfig) -> bool:
    return any("initializer" in c.path for c in config_changes(old, new))


def what_if(
    run: Run,
    kind: str,
    epochs: int = 300,
    fixes: Sequence[Fix] | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WhatIf:
    """Try the fixes for symptom ``kind`` (a key of :data:`FIXES`) on ``run``.

    Each fix trains ``epochs`` epochs past the onset of the symptom (so a fix forked from
    the start trains longer, to the same final epoch). ``progress(done, total)`` is
    called after every round (epochs trained over all branches); ``should_stop()`` is
    checked between rounds. Returns the report (partial if stopped).
    """
    if kind not in FIXES:
        raise ValueError(f"Unknown symptom {kind!r}; expected one of: {', '.join(FIXES)}")
    cfg = run.main.config
    onset = onset_epoch(run, kind)
    outcomes = []
    for fix in fixes or FIXES[kind]:
        changed = fix(cfg)
        if changed == cfg:
            continue  # this fix changes nothing here (e.g. leaky ReLU without ReLU)
        start = 0 if _changes_init(cfg, changed) else onset
        label = fx.FIX_LABELS[fix]
        outcomes.append(Outcome(label, fix, _branch(run, label, changed, start), start))
    first = min([o.branch.trainer.epoch for o in outcomes], default=onset)
    baseline = _branch(run, "baseline", cfg, first)
    report = WhatIf(kind, onset + epochs, baseline, outcomes)
    report.stopped = _train_round_robin(
        [baseline, *(o.branch for o in outcomes)], report.end_epoch, should_stop, progress
    )
    _judge(report)
    return report


def _train_round_robin(branches, end, should_stop, progress) -> bool:
    """Train every branch one epoch per round until all reach ``end``; True if stopped."""
    starts = [b.trainer.epoch for b in branches]
    total = sum(max(0, end - s) for s in starts)
    alive = [b for b in branches if b.trainer.epoch < end]
    controls = {id(b): b.control() for b in branches}
    while alive:
        if should_stop is not None and should_stop():
            return True
        for b in list(alive):
            before = b.trainer.epoch
            result = b.train(1, controls[id(b)])
            # A branch that diverged, reached the end, or was stopped by one of its own
            # stop rules (no epoch trained) leaves the race: it would never move again.
            if result.reason == "diverged" or b.trainer.epoch >= end or b.trainer.epoch == before:
                alive.remove(b)
        if progress is not None:
            left = sum(end - b.trainer.epoch for b in alive)
            progress(total - left, total)
    return False


def _judge(report: WhatIf) -> None:
    kind = report.kind
    detect = explain.DETECTORS[kind]
    base = _facts(report.baseline)
    before = measure(kind, base)
    test_before = float(base.test_loss[-1]) if len(base.test_loss) else math.nan
    for o in report.outcomes:
        facts = _facts(o.branch)
        o.before, o.after = before, measure(kind, facts)
        o.test_before = test_before
        o.test_after = float(facts.test_loss[-1]) if len(facts.test_loss) else math.nan
        o.cured = detect(facts) is None and not facts.diverged
        o.message = text(
            RESULT,
            fix=text(o.label),
            symptom=text(SYMPTOMS[kind]),
            before=_show(kind, o.before),
            after=_show(kind, o.after),
            test_before=f"{o.test_before:.2g}",
            test_after=f"{o.test_after:.2g}",
            epochs=o.branch.trainer.epoch - o.start_epoch,
        )


__all__ = ["FIXES", "Outcome", "WhatIf", "measure", "onset_epoch", "what_if"]
