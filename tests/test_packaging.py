"""What an install ships: every subpackage, the icon, the launcher and the metainfo."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def test_every_subpackage_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])  # fmt: skip
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "nnplayground").rglob("__init__.py")
    }
    assert found | {"nnplayground.resources"} == listed


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_the_icon_exists_as_svg_and_at_every_usual_png_size():
    from nnplayground.app import ICON_SIZES

    assert ET.parse(RESOURCES / "nnplayground.svg").getroot().tag.endswith("svg")
    for size in ICON_SIZES:
        assert png_size(RESOURCES / "icons" / f"{size}x{size}" / "nnplayground.png") == (size, size)


def test_the_launcher_opens_files_with_the_app_and_names_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(RESOURCES / "io.github.nnplayground.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "nnplayground %f"  # "Open with" hands the file to the app
    assert desktop["Icon"] == "io.github.nnplayground"
    assert "Education" in desktop["Categories"].split(";")


def test_the_metainfo_names_the_launcher_and_the_binary():
    root = ET.parse(RESOURCES / "io.github.nnplayground.metainfo.xml").getroot()
    assert root.findtext("id") == "io.github.nnplayground"
    assert root.find("launchable").text == "io.github.nnplayground.desktop"
    assert root.find("provides/binary").text == "nnplayground"
    assert root.findtext("summary")
