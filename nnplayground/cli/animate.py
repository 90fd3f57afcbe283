"""``nnplayground animate PRESET --epochs N --out run.gif|run.mp4``: train a preset while
keeping its timeline, then record the run as an animated GIF or an MP4.

Everything is checked before the first epoch: the output (extension, folder, encoder
installed), the size, fps, duration, views and epoch range.
"""

from __future__ import annotations

import argparse
import sys

from nnplayground.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    CliError,
    check_output_path,
    epochs_type,
    int_range,
    non_negative_int,
)

MAX_FPS = 60
MAX_DURATION = 600  # seconds


def _positive_float(maximum: float):
    def parse(text: str) -> float:
        from nnplayground.cli.common import finite_float

        value = finite_float(text)
        if not 0 < value <= maximum:
            raise argparse.ArgumentTypeError(f"must be above 0 and at most {maximum:g}, got {text}")
        return value

    parse.__name__ = "number"
    return parse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "animate",
        help="train a preset and record the run as a GIF or MP4",
        description="Train a preset, keep its timeline and record it as an animated GIF "
        "(needs Pillow) or MP4 (needs imageio-ffmpeg): pip install 'nnplayground[video]'.",
    )
    p.add_argument("preset", metavar="PRESET", help="a .json preset file or a bundled name")
    p.add_argument(
        "--epochs",
        type=epochs_type,
        default=None,
        help="epochs to train (default: the preset's limit, or 500)",
    )
    p.add_argument("--out", required=True, metavar="RUN.gif|RUN.mp4", help="the file to write")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT in pixels (default 1280x720)")
    p.add_argument("--fps", type=int_range(1, MAX_FPS), default=15, help="frames per second")
    p.add_argument(
        "--duration",
        type=_positive_float(MAX_DURATION),
        default=10.0,
        help="length of the film in seconds (default 10)",
    )
    p.add_argument(
        "--views",
        default="boundary,loss",
        help="comma-separated: boundary, loss, network, or summary alone",
    )
    p.add_argument(
        "--log-time",
        action="store_true",
        help="spread frames evenly in log(epoch): the early epochs last longer",
    )
    p.add_argument(
        "--start", type=non_negative_int, default=None, help="first epoch shown (default 1)"
    )
    p.add_argument(
        "--end",
        type=non_negative_int,
        default=None,
        help="last epoch shown (default: the last trained)",
    )
    p.set_defaults(run=run)


def _checked(args: argparse.Namespace):
    """(out path, size, views, epochs, first, last) or CliError: before any training."""
    from nnplayground.figures import parse_size
    from nnplayground.figures.animation import check_views, missing_encoder

    out = check_output_path(args.out, "--out")
    problem = missing_encoder(out.suffix)
    if problem is not None:
        raise CliError(f"--out {args.out}: {problem}")
    try:
        size = parse_size(args.size)
    except ValueError as exc:
        raise CliError(f"--size {args.size}: {exc}") from None
    try:
        views = check_views(args.views.split(","))
    except ValueError as exc:
        raise CliError(f"--views {args.views}: {exc}") from None
    return out, size, views


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from nnplayground.cli.train import ctrl_c_stops, resolve_preset
    from nnplayground.engine.build import Experiment
    from nnplayground.engine.fork import Run
    from nnplayground.figures.animation import (
        Cancelled,
        export_animation,
        frame_epochs,
        plan_frames,
    )

    out, size, views = _checked(args)
    preset = resolve_preset(args.preset)
    epochs = args.epochs or preset.config.training.epochs or 500
    first = 1 if args.start is None else args.start
    last = epochs if args.end is None else args.end
    if not first <= last <= epochs:
        raise CliError(f"--start {first} and --end {last} must satisfy start <= end <= {epochs}")
    cfg = preset.config.replace(training=replace(preset.config.training, epochs=epochs))
    try:
        run_ = Run.from_experiment(Experiment.from_config(cfg, weights=preset.weights))
    except ValueError as exc:
        raise CliError(f"{args.preset}: {exc}") from None
    run_.main.timeline.stats_enabled = False  # frames need weights and losses only
    with ctrl_c_stops() as stopped:
        result = run_.main.train(control=run_.main.control(should_stop=stopped))
        if result.reason == "stopped":
            return EXIT_INTERRUPTED
        last = min(last, run_.main.trainer.epoch)
        first = min(first, last)
        n_frames = max(1, round(args.fps * args.duration))
        frames = plan_frames(run_.main, frame_epochs(first, last, n_frames, args.log_time))

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\rframe {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            export_animation(out, run_.main, frames, views, size, args.fps, stopped, progress)
        except Cancelled:
            return EXIT_INTERRUPTED
        except OSError as exc:
            raise CliError(f"--out {args.out}: {exc.strerror or exc}") from None
    print(
        f"wrote {out} ({len(frames)} frames, epochs {frames[0].epoch} to {frames[-1].epoch})",
        file=sys.stderr,
    )
    return EXIT_OK
