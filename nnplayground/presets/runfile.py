"""Run files: one zip holding a run's presets, timelines and forks (``.nnrun``).

Layout (every member stored with ZIP_DEFLATED)::

    run.json        {"format": "nnplayground-run", "version": 1, "branches": [...]}
    branch0.json    the main run's preset (the preset JSON of today, no weights)
    branch0.npz     history (k, 4); epochs (s,); params (s, n_params);
                    optimizer (total slots, n_params), all float64 / int64
    branch1.json …  the forks, in list order

``run.json`` lists per branch its name, changes ([path, old, new]), parent epoch, kept
flag and per snapshot the scalars (epoch, optimizer iterations and slot count, RNG state,
history length, steps, best test loss and epoch, learning rate). NumPy arrays are read
with ``allow_pickle=False``. Reading is bounded (:func:`~nnplayground.fileio.read_bounded`
and a size check of every member before it is inflated) and every problem raises
:class:`RunFileError` with one sentence naming the file and what is wrong.

Each branch is saved as of its present state (captured as a last snapshot when it is
between epochs) and reopens at its last snapshot; per-layer statistics are recomputed on
demand (:meth:`~nnplayground.engine.timeline.Timeline.stats_at`).
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from nnplayground import messages as m
from nnplayground.engine.build import Experiment
from nnplayground.engine.fork import Branch, Change, Run
from nnplayground.engine.history import COLUMNS, History
from nnplayground.engine.timeline import Snapshot, Timeline, capture, restore
from nnplayground.fileio import atomic_write, read_bounded
from nnplayground.messages import QT_TRANSLATE_NOOP, Translatable, without_stop
from nnplayground.presets.io import Preset, PresetError, dumps, loads

FORMAT, VERSION = "nnplayground-run", 1
#: Largest run file read (the 200 MB timeline budget per branch, compressed, fits).
MAX_RUN_BYTES = 1024 * 1024 * 1024
#: Largest inflated member (guards against zip bombs).
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_BRANCHES = 64

RUN_AT = QT_TRANSLATE_NOOP("messages", "{source}: {reason}.")
READ_FAILED = QT_TRANSLATE_NOOP("messages", "{source}: could not be read: {reason}.")
NOT_A_ZIP = QT_TRANSLATE_NOOP("messages", "not a run file (not a zip archive, or truncated)")
MISSING = QT_TRANSLATE_NOOP("messages", "the member {member} is missing")
DAMAGED = QT_TRANSLATE_NOOP("messages", "the member {member} is damaged: {reason}")
BAD_HEADER = QT_TRANSLATE_NOOP("messages", "run.json is not a run description: {reason}")
BAD_ARRAYS = QT_TRANSLATE_NOOP("messages", "{member} does not fit its preset: {reason}")
SAVE_FAILED = QT_TRANSLATE_NOOP("messages", "Could not save the run to {path}: {reason}.")
NOTHING_TO_SAVE = QT_TRANSLATE_NOOP(
    "messages", "{name} has no finished epoch to save yet; let it finish the epoch first."
)


class RunFileError(Translatable, ValueError):
    """A run file could not be read or written; the message is one sentence."""


class _Bad(Exception):
    """A problem inside the file: ``args[0]`` is the clause (a Message)."""


# ----------------------------------------------------------------------------- writing


def _snapshot_meta(snap: Snapshot) -> dict[str, Any]:
    return {
        "epoch": snap.epoch,
        "optimizer_iterations": snap.optimizer_iterations,
        "optimizer_slots": len(snap.optimizer_state),
        "rng_state": snap.rng_state,
        "history_len": snap.history_len,
        "steps": snap.steps,
        "best_test": snap.best_test if math.isfinite(snap.best_test) else None,
        "best_epoch": snap.best_epoch,
        "learning_rate": snap.learning_rate,
    }


def _branch_snapshots(branch: Branch) -> list[Snapshot]:
    snaps = list(branch.timeline.snapshots)
    tr = branch.trainer
    if not tr.in_epoch and tr.divergence is None and (not snaps or snaps[-1].epoch < tr.epoch):
        snaps.append(capture(tr))
    if not snaps:  # paused mid-epoch before any snapshot: nothing consistent to save
        raise RunFileError(m.text(NOTHING_TO_SAVE, name=branch.name))
    return snaps


def _npz_bytes(branch: Branch, snaps: list[Snapshot]) -> bytes:
    n = branch.experiment.network.n_params
    slots = [a for s in snaps for a in s.optimizer_state]
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        history=branch.history.slice(0),
        epochs=np.array([s.epoch for s in snaps], dtype=np.int64),
        params=np.stack([s.params for s in snaps]) if snaps else np.zeros((0, n)),
        optimizer=np.stack(slots) if slots else np.zeros((0, n)),
    )
    return buf.getvalue()


def _changes_json(changes) -> list[list[Any]]:
    return [[c.path, c.old, c.new] for c in changes]


def save_run(run: Run, path: str | os.PathLike[str]) -> None:
    """Write ``run`` (main run and forks) to ``path`` atomically; RunFileError on failure."""
    branches, members = [], {}
    for i, branch in enumerate(run.branches()):
        snaps = _branch_snapshots(branch)
        members[f"branch{i}.json"] = dumps(Preset(branch.config)).encode("utf-8")
        members[f"branch{i}.npz"] = _npz_bytes(branch, snaps)
        branches.append(
            {
                "name": branch.name,
                "changes": _changes_json(branch.changes),
                "parent_epoch": branch.parent_epoch,
                "kept": branch.kept,
                "snapshots": [_snapshot_meta(s) for s in snaps],
            }
        )
    header = {"format": FORMAT, "version": VERSION, "branches": branches}

    def write(tmp: str) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("run.json", json.dumps(header, indent=1))
            for name, data in members.items():
                zf.writestr(name, data)

    try:
        atomic_write(path, write)
    except (OSError, PresetError) as exc:
        reason = without_stop(str(getattr(exc, "strerror", None) or exc))
        raise RunFileError(m.text(SAVE_FAILED, path=os.fspath(path), reason=reason)) from None


# ----------------------------------------------------------------------------- reading


def load_run(path: str | os.PathLike[str]) -> Run:
    """Read the run file at ``path``; :class:`RunFileError` (one sentence) if unusable."""
    path = Path(path)
    source = path.name or str(path)
    try:
        raw = read_bounded(path, MAX_RUN_BYTES)
    except OSError as exc:
        reason = without_stop(str(exc.strerror or exc))
        raise RunFileError(m.text(READ_FAILED, source=source, reason=reason)) from None
    return loads_run(raw, source)


def loads_run(raw: bytes, source: str = "<run>") -> Run:
    """Parse the bytes of a run file; ``source`` names it in error messages."""
    try:
        return _parse(raw, source)
    except _Bad as exc:
        raise RunFileError(m.text(RUN_AT, source=source, reason=exc.args[0])) from None
    except PresetError as exc:
        raise RunFileError(m.Message(exc.template, exc.params)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise RunFileError(m.text(RUN_AT, source=source, reason=m.text(NOT_A_ZIP))) from None
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, OSError) as exc:
        # Anything else a damaged file can provoke in zipfile or NumPy: still one sentence.
        reason = m.text(DAMAGED, member="?", reason=_reason(exc))
        raise RunFileError(m.text(RUN_AT, source=source, reason=reason)) from None


def _member(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise _Bad(m.text(MISSING, member=name)) from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise _Bad(m.text(DAMAGED, member=name, reason="it is too large"))
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _Bad(m.text(DAMAGED, member=name, reason=_reason(exc))) from None
    except Exception as exc:  # zlib.error and friends from a corrupted stream
        raise _Bad(m.text(DAMAGED, member=name, reason=_reason(exc))) from None
    return data


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return without_stop(text[:120])


def _parse(raw: bytes, source: str) -> Run:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        try:
            header = json.loads(_member(zf, "run.json").decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _Bad(m.text(BAD_HEADER, reason=_reason(exc))) from None
        metas = _check_header(header)
        branches: list[Branch] = []
        for i, meta in enumerate(metas):
            text = _member(zf, f"branch{i}.json")
            try:
                preset = loads(text.decode("utf-8"), f"{source}: branch{i}.json")
            except UnicodeDecodeError as exc:
                raise _Bad(m.text(DAMAGED, member=f"branch{i}.json", reason=_reason(exc))) from None
            arrays = _arrays(_member(zf, f"branch{i}.npz"), f"branch{i}.npz")
            shared = branches[0].experiment.dataset if branches else None
            if branches and preset.config.data != branches[0].config.data:
                shared = None
            branches.append(_branch(meta, preset, arrays, shared, f"branch{i}.npz"))
    return Run(branches[0], branches[1:])


def _need(cond: bool, reason: str) -> None:
    if not cond:
        raise _Bad(m.text(BAD_HEADER, reason=reason))


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_header(header: Any) -> list[dict[str, Any]]:
    _need(isinstance(header, dict), "it is not a JSON object")
    _need(header.get("format") == FORMAT, f"format must be {FORMAT!r}")
    _need(header.get("version") == VERSION, f"version must be {VERSION}")
    branches = header.get("branches")
    _need(isinstance(branches, list) and 1 <= len(branches) <= MAX_BRANCHES,
          f"branches must be a list of 1 to {MAX_BRANCHES} entries")  # fmt: skip
    for b in branches:
        _need(isinstance(b, dict), "each branch must be an object")
        _need(isinstance(b.get("name"), str), "each branch needs a name")
        _need(_is_int(b.get("parent_epoch")) and b["parent_epoch"] >= 0, "bad parent_epoch")
        _need(isinstance(b.get("kept"), bool), "kept must be true or false")
        changes = b.get("changes")
        _need(isinstance(changes, list) and all(
            isinstance(c, list) and len(c) == 3 and isinstance(c[0], str) for c in changes
        ), "changes must be [path, old, new] triples")  # fmt: skip
        snaps = b.get("snapshots")
        _need(isinstance(snaps, list) and len(snaps) >= 1, "each branch needs a snapshot")
        for s in snaps:
            _check_snapshot(s)
        epochs = [s["epoch"] for s in snaps]
        _need(all(a < b for a, b in zip(epochs, epochs[1:])), "snapshot epochs must increase")
    return branches


def _check_snapshot(s: Any) -> None:
    _need(isinstance(s, dict), "each snapshot must be an object")
    for key in ("epoch", "optimizer_iterations", "optimizer_slots", "history_len", "steps",
                "best_epoch"):  # fmt: skip
        _need(_is_int(s.get(key)) and 0 <= s[key] < 2**62, f"snapshot {key} must be a count")
    _need(s["optimizer_slots"] <= 4, "snapshot optimizer_slots must be at most 4")
    best = s.get("best_test")
    _need(best is None or (isinstance(best, float) and math.isfinite(best)), "bad best_test")
    lr = s.get("learning_rate")
    _need(isinstance(lr, (int, float)) and not isinstance(lr, bool) and math.isfinite(lr)
          and lr >= 0, "bad learning_rate")  # fmt: skip
    _need(isinstance(s.get("rng_state"), dict), "bad rng_state")


def _arrays(data: bytes, member: str) -> dict[str, np.ndarray]:
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            out = {key: npz[key] for key in ("history", "epochs", "params", "optimizer")}
    except KeyError as exc:
        raise _Bad(m.text(DAMAGED, member=member, reason=f"no array {exc}")) from None
    except Exception as exc:  # ValueError, OSError, zipfile errors, EOFError, zlib.error
        raise _Bad(m.text(DAMAGED, member=member, reason=_reason(exc))) from None
    return out


def _branch(meta, preset: Preset, arrays, dataset, member: str) -> Branch:
    def bad(reason: str) -> _Bad:
        return _Bad(m.text(BAD_ARRAYS, member=member, reason=reason))

    try:
        exp = Experiment.from_config(preset.config, dataset=dataset)
    except (ValueError, OSError) as exc:
        raise _Bad(m.text(DAMAGED, member=member, reason=_reason(exc))) from None
    n = exp.network.n_params
    snaps_meta = meta["snapshots"]
    history, epochs, params, opt = (arrays[k] for k in ("history", "epochs", "params", "optimizer"))
    slots = sum(s["optimizer_slots"] for s in snaps_meta)
    if history.dtype != np.float64 or history.ndim != 2 or history.shape[1] != len(COLUMNS):
        raise bad("history must be a float64 array of shape (epochs, 4)")
    if params.dtype != np.float64 or params.shape != (len(snaps_meta), n):
        raise bad(f"params must be float64 of shape ({len(snaps_meta)}, {n})")
    if opt.dtype != np.float64 or opt.shape != (slots, n):
        raise bad(f"optimizer must be float64 of shape ({slots}, {n})")
    if epochs.shape != (len(snaps_meta),) or epochs.tolist() != [s["epoch"] for s in snaps_meta]:
        raise bad("epochs must match run.json")
    if not np.isfinite(params).all():
        raise bad("the weights are not all finite")
    timeline = Timeline()
    pos = 0
    for i, s in enumerate(snaps_meta):
        if s["history_len"] > len(history):
            raise bad("a snapshot needs more history than the file holds")
        k = s["optimizer_slots"]
        best = s["best_test"]
        timeline.add(Snapshot(
            s["epoch"], params[i].copy(), tuple(opt[pos : pos + k].copy()),
            s["optimizer_iterations"], s["rng_state"], s["history_len"], s["steps"],
            math.inf if best is None else best, s["best_epoch"], float(s["learning_rate"]),
            tuple(exp.network.sizes),
        ))  # fmt: skip
        pos += k
    last = timeline.snapshots[-1]
    tr = exp.trainer
    try:
        restore(tr, last)
    except Exception as exc:  # NumPy refuses a bad state with ValueError, TypeError, ...
        raise bad(f"the saved random generator state is not usable ({_reason(exc)})") from None
    tr.history = History.from_rows(history[: last.history_len])
    tr.live = type(tr.live)(last.learning_rate, *_live_rest(tr.live))
    changes = tuple(Change(str(p), old, new) for p, old, new in meta["changes"])
    return Branch(meta["name"], exp, timeline, changes, meta["parent_epoch"], meta["kept"])


def _live_rest(live) -> tuple:
    return (live.epochs, live.target_loss, live.patience, live.max_epochs_per_second)
