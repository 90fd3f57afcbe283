"""``nnplayground train PRESET``: train a preset headlessly and write its results.

Output paths are checked before training starts, so a long run never fails at the end
because of a typo in a folder name.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from nnplayground.cli.common import (
    EXIT_DIVERGED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    PLOT_FORMATS,
    CliError,
    check_distinct,
    check_output_path,
    check_plot_path,
    epochs_type,
    seed_type,
)

__all__ = ["PLOT_FORMATS", "add_parser", "check_output_path", "check_plot_path", "run"]
PROGRESS_INTERVAL = 0.1  # seconds between progress-bar refreshes


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="train a preset without the app",
        description="Train a preset headlessly. PRESET is a .json file or a bundled name "
        "(see 'nnplayground presets'). Ctrl+C stops training and still writes the outputs.",
    )
    p.add_argument("preset", metavar="PRESET", help="a .json preset file or a bundled name")
    p.add_argument("--epochs", type=epochs_type, help="epoch limit (replaces the preset's limit)")
    p.add_argument("--seed", type=seed_type, help="training seed (replaces training.seed)")
    p.add_argument("--history", metavar="OUT.csv", help="write the per-epoch metrics as CSV")
    p.add_argument("--loss-plot", metavar="OUT.png|OUT.svg", help="write the loss curves")
    p.add_argument("--save", metavar="OUT.json", help="write the preset with trained weights")
    from nnplayground.cli import figure_outputs

    figure_outputs.add_options(p)  # --boundary-plot, --figure, --size
    p.set_defaults(run=run)


# ----------------------------------------------------------------------------- checks


def resolve_preset(spec: str):
    """The Preset named by ``spec``: a .json path, an existing file, or a bundled name."""
    from nnplayground import presets

    try:
        if spec.lower().endswith(".json") or os.sep in spec or Path(spec).is_file():
            return presets.load_preset(spec)
        names = presets.bundled_names()
        if spec in names:
            return presets.load_bundled(spec)
    except presets.PresetError as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"unknown preset {spec!r}; give a .json file or one of: {', '.join(names)}")


#: Epochs a headless run trains when neither the preset nor --epochs sets a limit.
HEADLESS_EPOCHS = 300


def apply_overrides(cfg, epochs: int | None, seed: int | None):
    """``cfg`` with the command line's epoch limit and training seed, where given."""
    training = cfg.training
    if epochs is not None:
        training = replace(training, epochs=epochs)
    if seed is not None:
        training = replace(training, seed=seed)
    return cfg.replace(training=training)


# ----------------------------------------------------------------------------- progress


class Progress:
    """on_progress hook: a tqdm bar refreshed at most every PROGRESS_INTERVAL seconds."""

    def __init__(self, total: int | None, enabled: bool, desc: str = "") -> None:
        self.bar = None
        self._last = 0.0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total or None, desc=desc, unit="epoch", file=sys.stdout, leave=False
            )

    def __call__(self, trainer) -> None:
        now = time.monotonic()
        if self.bar is not None and now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._show(trainer)

    def _show(self, trainer) -> None:
        last = trainer.history.last()
        self.bar.n = trainer.epoch
        self.bar.set_postfix_str(
            f"train {last['train_loss']:.4g}, test {last['test_loss']:.4g}", refresh=False
        )
        self.bar.refresh()

    def close(self, trainer) -> None:
        if self.bar is not None:
            self._show(trainer)
            self.bar.close()


@contextmanager
def ctrl_c_stops() -> Iterator[Callable[[], bool]]:
    """Yield a should_stop() that turns true on the first Ctrl+C (the second one aborts)."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop.is_set
        return

    def handler(signum, frame) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


# ----------------------------------------------------------------------------- outputs


def _why(result, training) -> str:
    reasons = {
        "epochs": f"reached the epoch limit ({training.epochs})",
        "target_loss": f"the test loss reached the target {training.target_loss:g}"
        if training.target_loss is not None
        else "the test loss reached its target",
        "patience": f"no better test loss for {training.patience} epochs",
        "stopped": "interrupted",
        "diverged": f"diverged at epoch {result.divergence.epoch}"
        if result.divergence
        else "diverged",
    }
    return reasons.get(result.reason, result.reason)


def summary_line(name: str, trainer, result) -> str:
    """One line: epochs, final losses, accuracies where they apply, why training stopped."""
    last = trainer.history.last()
    parts = [
        f"{len(trainer.history)} epochs",
        f"train loss {last['train_loss']:.6g}",
        f"test loss {last['test_loss']:.6g}",
    ]
    if trainer.history.has_accuracy():
        parts.append(f"train accuracy {100 * last['train_accuracy']:.1f}%")
        parts.append(f"test accuracy {100 * last['test_accuracy']:.1f}%")
    return f"{name}: {', '.join(parts)}; stopped: {_why(result, trainer.config)}."


def write_history_csv(history, path: Path) -> None:
    """history.to_csv, atomically (:func:`nnplayground.fileio.atomic_write`)."""
    from nnplayground.fileio import atomic_write

    atomic_write(path, history.to_csv)


def write_outputs(exp, history_path, plot_path, save_path) -> list[str]:
    """Write every requested output; return one-sentence errors for those that failed."""
    from nnplayground import presets
    from nnplayground.cli import plotfile

    errors = []
    history = exp.trainer.history
    if history_path is not None:
        try:
            write_history_csv(history, history_path)
        except OSError as exc:  # each output on its own: one failing never skips another
            errors.append(f"could not write {history_path}: {exc.strerror or exc}")
    if plot_path is not None:
        try:
            epochs = range(1, len(history) + 1)
            plotfile.write_loss_plot(
                plot_path, epochs, history.train_loss, history.test_loss, exp.config.title
            )
        except OSError as exc:
            errors.append(f"could not write {plot_path}: {exc.strerror or exc}")
        except plotfile.PlotError as exc:
            errors.append(str(exc))
    if save_path is not None:
        preset = presets.Preset(exp.config, weights=exp.network.get_weights())
        try:
            presets.save_preset(preset, save_path)
        except presets.PresetError as exc:
            errors.append(str(exc))
    return errors


# ----------------------------------------------------------------------------- command


def check_outputs(args: argparse.Namespace) -> tuple[Path | None, Path | None, Path | None]:
    """Every output path of ``train`` checked (and distinct) before anything is read."""
    history = None if args.history is None else check_output_path(args.history, "--history")
    plot = None if args.loss_plot is None else check_plot_path(args.loss_plot)
    save = None if args.save is None else check_output_path(args.save, "--save")
    check_distinct([("--history", history), ("--loss-plot", plot), ("--save", save)])
    return history, plot, save


def check_savable(cfg, save_path: Path) -> None:
    """Refuse now, not after training, a config that --save could not write."""
    from nnplayground import presets

    try:
        presets.dumps(presets.Preset(cfg))
    except presets.PresetError as exc:
        raise CliError(f"--save {save_path}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    from nnplayground.engine import build

    history_path, plot_path, save_path = check_outputs(args)
    preset = resolve_preset(args.preset)
    cfg = apply_overrides(preset.config, args.epochs, args.seed)
    tr = cfg.training
    if args.epochs is None and not (tr.epochs or tr.target_loss is not None or tr.patience):
        # A preset made to train until paused in the app (the default circle is) would
        # never end here: a headless run gets a limit unless --epochs 0 asks for none.
        cfg = apply_overrides(cfg, HEADLESS_EPOCHS, None)
        print(f"{args.preset} has no epoch limit; training {HEADLESS_EPOCHS} epochs "
              "(--epochs sets another)", file=sys.stderr)  # fmt: skip
    try:
        exp = build.Experiment.from_config(cfg, weights=preset.weights)
    except ValueError as exc:
        raise CliError(f"{args.preset}: {exc}") from None
    if save_path is not None:
        check_savable(cfg, save_path)
    tr = cfg.training
    if not (tr.epochs or tr.target_loss is not None or tr.patience):
        print("training without an epoch limit; press Ctrl+C to stop", file=sys.stderr)
    name = Path(args.preset).stem
    progress = Progress(tr.epochs, enabled=sys.stdout.isatty(), desc=name)
    with ctrl_c_stops() as should_stop:
        try:
            result = exp.trainer.run(on_progress=progress, should_stop=should_stop)
        finally:
            progress.close(exp.trainer)
    print(summary_line(name, exp.trainer, result), flush=True)
    from nnplayground.cli import figure_outputs  # with --size it draws --loss-plot too

    errors = write_outputs(exp, history_path, None if args.size else plot_path, save_path)
    errors += figure_outputs.write(exp, args)
    if errors:
        raise CliError("; ".join(errors))
    if result.reason == "diverged":
        raise CliError(result.divergence.message, EXIT_DIVERGED)
    if result.reason == "stopped":
        return EXIT_INTERRUPTED
    return EXIT_OK
