"""Refresh the French translation: extract texts, merge French, compile the .qm file.

    python tools/update_translations.py

1. pyside6-lupdate scans every GUI and lesson source, and the Qt-free modules in
   MESSAGE_SOURCES (engine/preset messages), for tr() / QT_TRANSLATE_NOOP and
   updates nnplayground/gui/i18n/nnplayground_fr.ts (keeping existing translations).
2. French texts from tools/fr_catalog.py (a dict: English source → French) fill every
   entry that has one; entries without one are listed so nothing goes out untranslated.
3. pyside6-lrelease compiles the .ts into nnplayground_fr.qm, which ships in the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "nnplayground" / "gui" / "i18n"
TS = I18N / "nnplayground_fr.ts"
# Qt-free modules whose messages the GUI translates (QT_TRANSLATE_NOOP("messages", ...)).
MESSAGE_SOURCES = (
    "nnplayground/messages.py",
    "nnplayground/fileio.py",
    "nnplayground/engine/build.py",
    "nnplayground/engine/compare.py",
    "nnplayground/engine/csvdata.py",
    "nnplayground/engine/datasets.py",
    "nnplayground/engine/explain.py",
    "nnplayground/engine/explain_fixes.py",
    "nnplayground/engine/features.py",
    "nnplayground/engine/losses.py",
    "nnplayground/engine/registry.py",
    "nnplayground/engine/seeds.py",
    "nnplayground/engine/training.py",
    "nnplayground/engine/whatif.py",
    "nnplayground/figures/style.py",  # the texts drawn in exported figures
    "nnplayground/presets/io.py",
    "nnplayground/presets/messages.py",
    "nnplayground/presets/runfile.py",
    "nnplayground/presets/validate.py",
    "nnplayground/presets/weights.py",
)
SOURCES = sorted(
    [
        str(p.relative_to(ROOT))
        for folder in ("nnplayground/gui", "nnplayground/lessons")
        for p in (ROOT / folder).rglob("*.py")
    ]
    + list(MESSAGE_SOURCES)
)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    sys.path.insert(0, str(ROOT / "tools"))
    from fr_catalog import FRENCH  # noqa: PLC0415

    I18N.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *SOURCES, "-ts", str(TS)], check=True, cwd=ROOT
    )
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
        if source in FRENCH:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
        elif not translation.text:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS)], check=True, cwd=ROOT)
    for source in missing:
        print("untranslated:", source)
    print(f"{len(missing)} untranslated text(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
