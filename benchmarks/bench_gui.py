"""GUI benchmark: the real MainWindow, offscreen, training with every plot live.

Prints, for W1 (the default circle preset, 2-4-2-1 tanh) and W2 (2-8-8-8-8-8-8-1 tanh):
epochs per second, how often the plots repaint and how often view snapshots are handled,
and the event loop's lateness (a 10 ms QTimer; p50 and p99). Then the lateness while a
user edits during training (a learning-rate step, a layer's units, its activation, every
250 ms, as widget edits; a structural edit stops the run, so Play is pressed again), and
the cold start time to a shown window (a fresh `python -c` process each time, median of 5).

Usage: python benchmarks/bench_gui.py [--seconds S] [--starts N]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import (  # noqa: E402
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
)

TARGETS = {"W1": 300.0, "W2": 100.0}
PLOT_HZ_TARGET, P99_TARGET_MS, COLD_START_TARGET_S = 20.0, 50.0, 2.0

COLD_START = """
import time
t0 = time.perf_counter()
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {folder!r})
from nnplayground import app
a = app.create_app([])
w = app.create_window()
w.show()
a.processEvents()
print(time.perf_counter() - t0)
w.prompts.confirm_discard = lambda: "discard"
w.close()
"""


class PaintCounter(QObject):
    """Counts paint events on the widgets it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def w2_config(cfg):
    layer = cfg.network.hidden[0]
    hidden = tuple(dataclasses.replace(layer, units=8) for _ in range(6))
    return cfg.replace(network=dataclasses.replace(cfg.network, hidden=hidden))


def measure(window, app, cfg, seconds: float) -> dict:
    """Train ``cfg`` in the window for ``seconds`` and measure."""
    unlimited = cfg.replace(training=dataclasses.replace(cfg.training, epochs=0))
    window.document.load(_preset(unlimited), None)
    plots = {
        "loss": window.loss_plot.plot_widget.viewport(),
        "boundary": window.boundary_plot.plot_widget.viewport(),
        "activation": window.activation_plot.plot_widget.viewport(),
        "network": window.network_view.graphics_view.viewport(),
    }
    counters = {name: PaintCounter() for name in plots}
    for name, viewport in plots.items():
        viewport.installEventFilter(counters[name])
    views = [0]
    window.document.controller.views.connect(lambda _v: views.__setitem__(0, views[0] + 1))
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        elapsed = clock.restart()
        lateness.append(max(0.0, elapsed - 10.0))

    timer.timeout.connect(tick)
    exp = window.document.experiment
    window.document.play()
    _spin(app, 0.3)  # warm-up: the first frames build plot items
    start_epoch, t0 = exp.trainer.epoch, time.perf_counter()
    for counter in counters.values():
        counter.count = 0
    views[0] = 0
    clock.start()
    timer.start()
    _spin(app, seconds)
    elapsed = time.perf_counter() - t0
    timer.stop()
    epochs = exp.trainer.epoch - start_epoch
    window.document.controller.stop()
    for name, viewport in plots.items():
        viewport.removeEventFilter(counters[name])
    lateness.sort()
    return {
        "epochs_per_s": epochs / elapsed,
        "views_hz": views[0] / elapsed,
        "paint_hz": {name: c.count / elapsed for name, c in counters.items()},
        "p50_ms": _percentile(lateness, 50),
        "p99_ms": _percentile(lateness, 99),
    }


def measure_editing(window, app, cfg, seconds: float) -> dict:
    """Lateness of the event loop while the user edits ``cfg`` during training."""
    from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

    unlimited = cfg.replace(training=dataclasses.replace(cfg.training, epochs=0))
    window.document.load(_preset(unlimited), None)
    doc, edits = window.document, [0]
    panel = window.architecture_panel

    def edit() -> None:
        i = edits[0]
        editor = panel.findChild(QWidget, "layerEditor0")
        if i % 3 == 0:
            spin = window.training_panel.lr_spin
            spin.setValue(0.03 if spin.value() != 0.03 else 0.01)
        elif i % 3 == 1:
            units = editor.findChild(QSpinBox, "unitsSpin")
            units.setValue(units.value() + (1 if i % 2 else -1))
        else:
            combo = editor.findChild(QComboBox, "activationCombo")
            combo.setCurrentIndex(combo.findData("relu" if i % 2 else "tanh"))
        edits[0] += 1
        doc.play()  # a structural edit stopped the run; the user presses Play again

    lateness = _lateness_while(app, seconds, edit, doc)
    doc.controller.stop()
    return {"edits": edits[0], "p50_ms": _percentile(lateness, 50),
            "p99_ms": _percentile(lateness, 99), "max_ms": max(lateness, default=0.0)}  # fmt: skip


def _lateness_while(app, seconds: float, action, doc) -> list[float]:
    """Event-loop lateness (10 ms timer) over ``seconds`` with ``action`` every 250 ms."""
    lateness: list[float] = []
    clock = QElapsedTimer()
    ticker, editor = QTimer(), QTimer()
    ticker.setInterval(10)
    editor.setInterval(250)
    ticker.timeout.connect(lambda: lateness.append(max(0.0, clock.restart() - 10.0)))
    editor.timeout.connect(action)
    doc.play()
    _spin(app, 0.3)
    clock.start()
    ticker.start()
    editor.start()
    _spin(app, seconds)
    ticker.stop()
    editor.stop()
    return sorted(lateness)


def _preset(cfg):
    from nnplayground import presets

    return presets.Preset(cfg)


def _spin(app, seconds: float) -> None:
    """Run the real event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, round(q / 100 * (len(values) - 1)))
    return values[index]


def cold_start(n: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        code = COLD_START.format(folder=folder)
        for _ in range(n):
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="training time per workload")
    parser.add_argument("--starts", type=int, default=5, help="cold starts to time")
    args = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="nnp-bench-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from nnplayground import app as app_mod
    from nnplayground import presets

    app = app_mod.create_app([])
    window = app_mod.create_window()
    window.prompts.confirm_discard = lambda: "discard"
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    base = presets.load_bundled(presets.DEFAULT_PRESET).config
    for name, cfg in (("W1", base), ("W2", w2_config(base))):
        r = measure(window, app, cfg, args.seconds)
        paints = ", ".join(f"{k} {v:.0f}" for k, v in r["paint_hz"].items())
        print(f"{name}: {r['epochs_per_s']:.0f} epochs/s (target ≥ {TARGETS[name]:.0f})")
        print(f"    view snapshots handled {r['views_hz']:.1f} Hz; repaints/s: {paints}"
              f" (target plots ≥ {PLOT_HZ_TARGET:.0f} Hz)")  # fmt: skip
        print(f"    event-loop lateness p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms"
              f" (target p99 ≤ {P99_TARGET_MS:.0f} ms)")  # fmt: skip
    r = measure_editing(window, app, base, args.seconds)
    print(f"W1 while editing: {r['edits']} edits, event-loop lateness p50 {r['p50_ms']:.1f} ms,"
          f" p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms (target p99 ≤ 100 ms)")  # fmt: skip
    window.close()
    times = cold_start(args.starts)
    if times:
        spread = f"min {min(times):.2f}, max {max(times):.2f}"
        print(f"cold start to a shown window: median {statistics.median(times):.2f} s "
              f"({spread}; target ≤ {COLD_START_TARGET_S:.0f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
