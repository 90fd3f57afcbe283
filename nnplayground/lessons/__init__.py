"""Guided lessons: a bundled preset, a short text, and "Try this" changes (no Qt).

Each lesson makes one idea visible. Its claim is reproduced headlessly in
``tests/lessons``. Texts are plain English here; the GUI translates them through Qt's
``QCoreApplication.translate("lessons", text)``, and ``QT_TRANSLATE_NOOP`` marks them so
``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from nnplayground.engine.config import ExperimentConfig
from nnplayground.presets import Preset, preset_from_dict

CONTEXT = "lessons"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Marks ``text`` for extraction by pyside6-lupdate; returns it unchanged."""
    return text


@dataclass(frozen=True)
class TryThis:
    """A button in the lesson panel: ``change`` maps the lesson's config to a new one."""

    label: str
    outcome: str  # what the learner will see after pressing it
    change: Callable[[ExperimentConfig], ExperimentConfig]
    #: If set, the button opens a comparison instead: (variable, values).
    compare: tuple[str, tuple[str, ...]] | None = None
    #: With ``compare``: the loss level whose first epoch the comparison table reports.
    threshold: float | None = None


@dataclass(frozen=True)
class Lesson:
    key: str
    title: str
    look: str  # what to look at
    change: str  # what to change
    see: str  # what you will see
    try_this: tuple[TryThis, ...]
    #: Extra views the lesson panel shows: "linear_map", "diagnostics", "comparison".
    extras: frozenset[str] = frozenset()

    def preset(self) -> Preset:
        """The lesson's bundled preset (``nnplayground/lessons/presets/<key>.json``)."""
        text = resources.files(__name__).joinpath("presets", f"{self.key}.json").read_text("utf-8")
        import json

        return preset_from_dict(json.loads(text), source=f"lesson {self.key}")


def lessons() -> list[Lesson]:
    """The lessons, in teaching order."""
    from nnplayground.lessons.catalog import LESSONS

    return list(LESSONS)


def get(key: str) -> Lesson:
    for lesson in lessons():
        if lesson.key == key:
            return lesson
    keys = ", ".join(lesson.key for lesson in lessons())
    raise ValueError(f"Unknown lesson {key!r}; expected one of: {keys}")
