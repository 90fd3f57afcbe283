"""Start the desktop app: ``nnplayground`` without arguments, or ``python -m nnplayground``."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from importlib import resources

# One BLAS thread in the app, unless the user chose otherwise (read when NumPy loads, so
# before anything imports it). The training thread and the GUI thread already share two
# cores here; BLAS helper threads on top made both stall under load (measured: W3 fell
# from 1,450 to 123 steps/s). Headless commands keep BLAS's default and use every core.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
# PySide6 first, so pyqtgraph binds to it even when another Qt binding is installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnplayground.gui.settings import APPLICATION, ORGANIZATION  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_folder():
    """The icon, launcher and metainfo folder: the installed ``nnplayground.resources``
    package, or the checkout's top-level ``resources/`` when running from source."""
    try:
        return resources.files("nnplayground.resources")
    except ModuleNotFoundError:
        from pathlib import Path

        return Path(__file__).resolve().parent.parent / "resources"


def app_icon() -> QIcon:
    """The app icon: every PNG size (crisp in title bars and docks) plus the SVG."""
    folder = resource_folder()
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder.joinpath("icons", f"{size}x{size}", "nnplayground.png")
        if png.is_file():
            with resources.as_file(png) as path:
                icon.addFile(str(path))
    svg = folder.joinpath("nnplayground.svg")
    if svg.is_file():
        with resources.as_file(svg) as path:
            icon.addFile(str(path))
    return icon


SWITCH_INTERVAL = 0.001  # seconds; see create_app


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), named so QSettings find their file."""
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    # The GUI thread and the training thread share the GIL. PySide6 releases it around Qt
    # calls, and each re-acquisition may wait a whole switch interval while the worker
    # computes: at the default 5 ms a repaint queued up those waits. Measured with
    # benchmarks/bench_gui.py (W2): p99 event-loop lateness 60 ms at 5 ms, 47 ms at 1 ms.
    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("nnplayground")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("io.github.nnplayground")
    import pyqtgraph as pg

    # Dark axis and tick text (pyqtgraph's default grey is 2.7:1 on white; this is 16:1).
    pg.setConfigOptions(antialias=True, foreground="#202020")
    try:
        from nnplayground.gui import language

        language.install(language.effective_language())
    except ImportError:  # translations are optional
        pass
    return app


def create_window():
    """The main window on the default preset (imports the heavy GUI modules)."""
    from nnplayground.gui.main_window import MainWindow

    return MainWindow()


NO_DISPLAY = (
    "nnplayground: no display found (DISPLAY and WAYLAND_DISPLAY are unset); the commands "
    "train, compare, presets and bench work without one (see nnplayground --help)."
)


def display_missing(environ=None, platform: str | None = None) -> bool:
    """True on Linux when Qt would look for an X11 or Wayland display and none is set.

    Qt then aborts the process (exit 134) with a message about the xcb plugin; other
    platforms (offscreen, vnc, eglfs …) chosen with QT_QPA_PLATFORM need no display.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    return chosen in ("", "xcb") or chosen.startswith("wayland")


def main(argv: Sequence[str] | None = None, path: str | None = None) -> int:
    """Run the app until its window closes; returns the exit status (2: no display).

    With ``path`` the window opens that preset, as "Open with" does; a bad file gets the
    usual dialog over the default network.
    """
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    started = time.perf_counter()
    app = create_app(argv)
    window = create_window()
    window.show()
    if path is not None:
        window.file_actions.open_path(path)
    if os.environ.get("NNPLAYGROUND_STARTUP_TIME"):
        print(f"window shown after {time.perf_counter() - started:.3f} s", file=sys.stderr)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
