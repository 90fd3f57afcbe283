"""Fork a run: "continue from here with a change", and the small Run/Branch container.

:func:`fork_experiment` builds a new :class:`~nnplayground.engine.build.Experiment` from a
timeline :class:`~nnplayground.engine.timeline.Snapshot`, on the same dataset object:

- the weights carry over layer by layer where the shapes are unchanged (at epoch 0 a
  layer whose initializers changed is drawn afresh: forking "from the start" with He
  initialisation means drawing He weights);
- the optimizer state carries over when the optimizer (name and parameters) and the
  shapes are unchanged, and starts fresh otherwise;
- the trainer's RNG state, epoch, step count and history up to the snapshot are restored,
  so the batch order from there on is the original one;
- the live learning rate is the snapshot's unless the fork changes the learning rate.

With no change the fork reproduces the original run bit for bit from that epoch on.
:func:`config_changes` lists what a fork changed as (field path, old, new) triples.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any, NamedTuple

from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, ExperimentConfig
from nnplayground.engine.control import LiveSettings, RunControl
from nnplayground.engine.history import History
from nnplayground.engine.timeline import DEFAULT_BUDGET, Snapshot, Timeline, restore
from nnplayground.engine.training import RunResult, train

#: Fields that say what a run is called, not how it trains: never listed as changes.
_IGNORED = frozenset({"title", "description"})


class Change(NamedTuple):
    """One changed setting: ``path`` such as ``network.hidden[0].activation``."""

    path: str
    old: Any
    new: Any


def _flatten(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, Component):
        out[path] = value.to_dict()
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if not path and f.name in _IGNORED:
                continue
            _flatten(getattr(value, f.name), f"{path}.{f.name}" if path else f.name, out)
    elif isinstance(value, tuple) and value and is_dataclass(value[0]):
        out[f"{path}.count"] = len(value)
        for i, item in enumerate(value):
            _flatten(item, f"{path}[{i}]", out)
    else:
        out[path] = value


def config_changes(old: ExperimentConfig, new: ExperimentConfig) -> list[Change]:
    """Every leaf setting that differs between ``old`` and ``new``, in config order.

    Components (activation, initializer, loss, optimizer) are compared whole and shown
    as dicts (``{"name": "leaky_relu", "negative_slope": 0.1}``); None where a layer
    exists on one side only."""
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten(old, "", a)
    _flatten(new, "", b)
    keys = list(a) + [k for k in b if k not in a]
    return [Change(k, a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)]


def _layers(cfg: ExperimentConfig):
    return [*cfg.network.hidden, cfg.network.output]


def _reinitialised(old: ExperimentConfig, new: ExperimentConfig) -> list[bool]:
    """Per layer of ``new``: whether its initializers differ from ``old``'s."""
    before = _layers(old)
    return [
        i >= len(before)
        or (lyr.kernel_initializer, lyr.bias_initializer)
        != (before[i].kernel_initializer, before[i].bias_initializer)
        for i, lyr in enumerate(_layers(new))
    ]


def fork_experiment(
    base: Experiment,
    snap: Snapshot,
    history: History,
    config: ExperimentConfig | None = None,
    base_config: ExperimentConfig | None = None,
) -> Experiment:
    """A new experiment continuing ``base``'s run from ``snap`` under ``config``.

    ``history`` is the original run's (its first ``snap.history_len`` rows are copied);
    ``base_config`` the config the snapshot was trained under (default ``base.config``).
    See the module docstring for what carries over.
    """
    old = base.config if base_config is None else base_config
    cfg = old if config is None else config
    exp = Experiment.from_config(cfg, dataset=base.dataset)
    tr, net = exp.trainer, exp.network
    same_shape = tuple(net.sizes) == snap.sizes
    redraw = _reinitialised(old, cfg) if snap.epoch == 0 else [False] * len(net.layers)
    weights = snap.weights()
    saved_weights = [(layer.W.copy(), layer.b.copy()) for layer in net.layers]
    same_optimizer = same_shape and cfg.training.optimizer == old.training.optimizer
    if same_shape:
        restore(tr, snap, optimizer=same_optimizer)
    else:
        tr.rng.bit_generator.state = snap.rng_state
        tr.epoch, tr.steps = snap.epoch, snap.steps
        tr._best_test, tr._best_epoch = snap.best_test, snap.best_epoch
    for i, layer in enumerate(net.layers):
        fits = i < len(weights) and weights[i][0].shape == layer.W.shape
        fits = fits and weights[i][1].shape == layer.b.shape
        layer.W[...], layer.b[...] = weights[i] if fits and not redraw[i] else saved_weights[i]
    tr.history = History.from_rows(history.slice(0, snap.history_len))
    lr = snap.learning_rate
    if cfg.training.learning_rate != old.training.learning_rate:
        lr = float(cfg.training.learning_rate)
    tr.live = replace(LiveSettings.from_config(cfg.training), learning_rate=lr)
    return exp


@dataclass(eq=False)
class Branch:
    """One line of training: the main run or a fork of it.

    ``changes`` says what a fork changed from its parent; ``parent_epoch`` the epoch it
    forked at (0 for the main run); ``kept`` whether the user chose to keep it.
    """

    name: str
    experiment: Experiment
    timeline: Timeline
    changes: tuple[Change, ...] = ()
    parent_epoch: int = 0
    kept: bool = False

    @property
    def config(self) -> ExperimentConfig:
        return self.experiment.config

    @property
    def trainer(self):
        return self.experiment.trainer

    @property
    def history(self) -> History:
        return self.experiment.trainer.history

    def at(self, epoch: int) -> Experiment:
        """A detached experiment holding this branch's state at its snapshot at or before
        ``epoch`` (what a scrubber shows): same dataset, its own network, so looking at
        the past never changes the weights training continues from."""
        snap = self.timeline.snapshot_at(epoch)
        return fork_experiment(self.experiment, snap, self.history)

    def control(self, **kwargs: Any) -> RunControl:
        """A RunControl whose ``on_epoch`` records into this branch's timeline first
        (``on_epoch=`` in ``kwargs`` is called after it)."""
        on_epoch = kwargs.pop("on_epoch", None)
        return RunControl(on_epoch=self.timeline.hook(on_epoch), **kwargs)

    def train(self, max_epochs: int | None = None, control: RunControl | None = None) -> RunResult:
        """Train with the one loop, recording the timeline (``control`` must come from
        :meth:`control` for the timeline to see the epochs)."""
        if not len(self.timeline):
            self.timeline.start(self.trainer)
        return train(self.trainer, control or self.control(), max_epochs)


@dataclass(eq=False)
class Run:
    """The main run and its forks (what a document, a run file and the fork list hold)."""

    main: Branch
    forks: list[Branch] = field(default_factory=list)

    @classmethod
    def from_experiment(cls, experiment: Experiment, budget: int = DEFAULT_BUDGET) -> Run:
        """A run of ``experiment`` with an empty timeline (started on first training)."""
        return cls(Branch("main", experiment, Timeline(budget)))

    @classmethod
    def from_config(cls, cfg: ExperimentConfig, budget: int = DEFAULT_BUDGET) -> Run:
        return cls.from_experiment(Experiment.from_config(cfg), budget)

    def fork(
        self,
        epoch: int,
        config: ExperimentConfig | None = None,
        name: str | None = None,
        parent: Branch | None = None,
    ) -> Branch:
        """Fork ``parent`` (default: the main run) at its snapshot at or before ``epoch``
        under ``config`` (default: unchanged), and list it in :attr:`forks`."""
        parent = self.main if parent is None else parent
        snap = parent.timeline.snapshot_at(epoch)
        cfg = parent.config if config is None else config
        exp = fork_experiment(parent.experiment, snap, parent.history, cfg, parent.config)
        timeline = Timeline(parent.timeline.budget, parent.timeline.max_snapshots)
        timeline.add(snap)
        branch = Branch(
            name or f"fork {len(self.forks) + 1}",
            exp,
            timeline,
            tuple(config_changes(parent.config, cfg)),
            snap.epoch,
        )
        self.forks.append(branch)
        return branch

    def keep(self, branch: Branch, kept: bool = True) -> None:
        branch.kept = kept

    def drop(self, branch: Branch) -> None:
        """Remove a fork from the list (the main run cannot be dropped)."""
        self.forks.remove(branch)

    def promote(self, branch: Branch) -> None:
        """Make ``branch`` the main run; the old main run becomes a fork listed with the
        reverse changes, so nothing is lost."""
        self.forks.remove(branch)
        old = self.main
        old.changes = tuple(Change(c.path, c.new, c.old) for c in branch.changes)
        old.parent_epoch, old.kept = branch.parent_epoch, True
        old.name = "original" if old.name == "main" else old.name
        self.main = branch
        self.forks.insert(0, old)

    def branches(self) -> list[Branch]:
        return [self.main, *self.forks]
