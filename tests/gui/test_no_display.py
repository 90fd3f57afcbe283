"""`nnplayground` without a display says so in one line and exits 2 (issue 8): Qt used to
abort the process with exit 134 and a message about the xcb plugin."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nnplayground.app import display_missing

DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _headless_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
@pytest.mark.parametrize("platform", [None, "xcb", "wayland"])
def test_without_a_display_the_app_says_so_and_exits_2(platform):
    env = _headless_env(**({"QT_QPA_PLATFORM": platform} if platform else {}))
    result = subprocess.run(
        [sys.executable, "-c", "from nnplayground.cli import main; raise SystemExit(main([]))"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0]
    for command in ("train", "compare", "presets", "bench"):
        assert command in lines[0]
    assert result.stdout == ""


def test_display_detection_follows_the_environment():
    assert display_missing({}, "linux")
    assert display_missing({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert display_missing({"QT_QPA_PLATFORM": "wayland-egl"}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "darwin")
    assert not display_missing({}, "win32")
