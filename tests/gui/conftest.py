"""GUI test fixtures: settings in a temporary folder, and no QThread may outlive a test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from nnplayground.gui import controller as controller_mod


@pytest.fixture(autouse=True)
def temp_settings(tmp_path, qapp):
    """QSettings (INI format) live under ``tmp_path``: tests never touch the user's own."""
    folder = str(tmp_path / "settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
    qapp.setOrganizationName("nnplayground")
    qapp.setApplicationName("nnplayground")
    return folder


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    """Fail any test that leaves a training QThread running once events are processed."""
    yield
    QCoreApplication.processEvents()
    alive = controller_mod.live_threads()
    if alive:
        names = [t.objectName() for t in alive]
        controller_mod.shutdown_all()  # clean up so later tests are not affected
        pytest.fail(f"test left {len(alive)} training thread(s) running: {names}")


@pytest.fixture
def make_experiment():
    """Build an Experiment from a bundled preset with some training settings changed."""
    import dataclasses

    from nnplayground import presets
    from nnplayground.engine import build

    def make(preset: str = "circle", **training):
        cfg = presets.load_bundled(preset).config
        if training:
            cfg = cfg.replace(training=dataclasses.replace(cfg.training, **training))
        return build.Experiment.from_config(cfg)

    return make


class Errors(list):
    """Every (title, text) the window would have shown in a message box."""


@pytest.fixture
def make_window(qtbot):
    """Build MainWindows whose questions and error boxes never block: discarding is
    accepted unless a test says otherwise, errors are recorded in ``window.errors``."""
    from nnplayground.gui.main_window import MainWindow

    windows = []

    def make(preset=None, confirm: bool = True):
        window = MainWindow(preset)
        window.errors = Errors()
        window.prompts.confirm_discard = lambda: "discard" if confirm else "cancel"
        window.prompts.confirm_go_on = lambda limit: True
        window.prompts.show_error = lambda title, text: window.errors.append((title, text))
        window.prompts.ask_export_options = lambda dialog: True  # the dialog's defaults
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.prompts.confirm_discard = lambda: "discard"
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()


def _unexplained_controls(root):
    """Controls under ``root`` lacking an objectName or a tooltip (Qt's own parts ignored)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit)  # fmt: skip
    controls = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.objectName().startswith("qt_")
        and not w.parent().objectName().startswith("qt_")
        and type(w).__name__ not in ("QListView", "QHeaderView")  # Qt's own parts
    ]
    assert controls, "no controls found"
    return [type(w).__name__ for w in controls if not (w.objectName() and w.toolTip())]


@pytest.fixture
def unexplained_controls():
    """``unexplained_controls(widget)`` lists controls without objectName or tooltip."""
    return _unexplained_controls


@pytest.fixture
def hang_guard(request):
    """``with hang_guard(10):`` dumps every thread's stack and ends the run if the block
    has not returned after 10 s, so a hang in Qt's C++ code fails fast instead of waiting
    for pytest's 120 s faulthandler timeout (a QTimer cannot fire while Qt is stuck)."""
    import contextlib
    import faulthandler
    import sys

    try:  # the real stderr: pytest captures fd 2, and the capture dies with the process
        from _pytest.faulthandler import fault_handler_stderr_fd_key

        stderr = request.config.stash[fault_handler_stderr_fd_key]
    except (ImportError, KeyError):
        stderr = sys.__stderr__.fileno()
    timeout = float(request.config.getini("faulthandler_timeout") or 0)

    @contextlib.contextmanager
    def guard(seconds: float = 10.0):
        faulthandler.dump_traceback_later(seconds, exit=True, file=stderr)
        try:
            yield
        finally:  # re-arm pytest's own per-test timeout, which the call above replaced
            faulthandler.cancel_dump_traceback_later()
            if timeout > 0:
                faulthandler.dump_traceback_later(timeout, file=stderr)

    return guard


@pytest.fixture
def count_resizes():
    """``counter = count_resizes(widget)``: ``counter.count`` resize events since then."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Resize:
                self.count += 1
            return False

    counters = []

    def install(widget):
        counter = Counter()
        widget.installEventFilter(counter)
        counters.append((widget, counter))
        return counter

    yield install
    for widget, counter in counters:
        try:
            widget.removeEventFilter(counter)
        except RuntimeError:  # the widget is already deleted
            pass
