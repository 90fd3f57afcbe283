"""The lesson panel: pick a lesson, read what to look at, press "Try this"."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnplayground import lessons
from nnplayground.engine import activations
from nnplayground.lessons import CONTEXT, Lesson, TryThis


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def linear_map_text(weights: list, output_activation: str) -> str:
    """'output = f(x·W + b)' with the single map that stacked linear layers collapse to."""
    W = np.eye(weights[0][0].shape[0])
    b = np.zeros(weights[0][0].shape[0])
    for kernel, bias in weights:
        W, b = W @ kernel, b @ kernel + bias
    parts = [(v, f"{abs(v):.3f}·x{i + 1}") for i, v in enumerate(W[:, 0])]
    parts.append((b[0], f"{abs(b[0]):.3f}"))
    text = "".join(f" {'−' if v < 0 else '+'} {term}" for v, term in parts)
    text = "−" + text[3:] if text.startswith(" −") else text[3:]  # no sign before a + first term
    return f"{output_activation}({text})"


class LessonsPanel(QWidget):
    """Emits ``lesson_requested(Lesson)`` and ``try_this_requested(TryThis)``; the main
    window loads presets and applies changes."""

    lesson_requested = Signal(object)
    try_this_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsPanel")
        self._lesson: Lesson | None = None
        self._buttons: list[QPushButton] = []
        self.combo = QComboBox(self)
        self.combo.setObjectName("lessonCombo")
        self.combo.setToolTip(self.tr("Choose a lesson; its network and data are loaded."))
        for lesson in lessons.lessons():
            self.combo.addItem(_tr(lesson.title), lesson.key)
        self.start = QPushButton(self.tr("Start this lesson"), self)
        self.start.setObjectName("startLessonButton")
        self.start.setToolTip(
            self.tr("Load the lesson's network and data (unsaved changes are asked about first).")
        )
        self.start.clicked.connect(self._start)
        self.combo.currentIndexChanged.connect(self._show_selected)
        self.sections = [QLabel(self) for _ in range(3)]
        self.headers = [
            self.tr("What to look at"),
            self.tr("What to change"),
            self.tr("What you will see"),
        ]
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for header, label in zip(self.headers, self.sections):
            label.setWordWrap(True)
            label.setObjectName("lessonText")
            body_layout.addWidget(QLabel(f"<b>{header}</b>", body))
            body_layout.addWidget(label)
        self.try_box = QGroupBox(self.tr("Try this"), body)
        self.try_box.setObjectName("tryThisBox")
        self.try_layout = QVBoxLayout(self.try_box)
        body_layout.addWidget(self.try_box)
        self.linear_map = QLabel(body)
        self.linear_map.setObjectName("linearMapLabel")
        self.linear_map.setWordWrap(True)
        self.linear_map.setStyleSheet(
            "QLabel { background: #eef5fb; padding: 6px; font-family: monospace; }"
        )
        self.linear_map.setToolTip(self.tr("Stacked linear layers multiply out to this one map."))
        self.linear_map.hide()
        body_layout.addWidget(self.linear_map)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.combo)
        layout.addWidget(self.start)
        layout.addWidget(scroll, 1)
        self._show_selected()

    # ----------------------------------------------------------------- content
    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    def _show_selected(self) -> None:
        lesson = lessons.get(self.combo.currentData())
        self._lesson = lesson
        for label, text in zip(self.sections, (lesson.look, lesson.change, lesson.see)):
            label.setText(_tr(text))
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for i, item in enumerate(lesson.try_this):
            button = QPushButton(_tr(item.label), self.try_box)
            button.setObjectName(f"tryThisButton{i}")
            button.setToolTip(_tr(item.outcome))
            button.clicked.connect(lambda _=False, t=item: self._try(t))
            self.try_layout.addWidget(button)
            self._buttons.append(button)
        self.linear_map.setVisible(False)

    def select(self, key: str) -> None:
        """Show lesson ``key`` (does not load it)."""
        index = self.combo.findData(key)
        if index < 0:
            raise ValueError(f"Unknown lesson {key!r}")
        self.combo.setCurrentIndex(index)

    def _start(self) -> None:
        if self._lesson is not None:
            self.lesson_requested.emit(self._lesson)

    def _try(self, item: TryThis) -> None:
        self.try_this_requested.emit(item)

    # ----------------------------------------------------------------- live
    def update_view(self, view, cfg) -> None:
        """Show the collapsed linear map while every hidden layer is linear."""
        if self._lesson is None or "linear_map" not in self._lesson.extras:
            return
        all_linear = all(
            not activations.defaults(layer.activation.name).nonlinear
            for layer in cfg.network.hidden
        )
        if not all_linear or not view.weights or view.weights[-1][0].shape[1] != 1:
            self.linear_map.hide()
            return
        text = linear_map_text(view.weights, cfg.network.output.activation.name)
        self.linear_map.setText(self.tr("The whole network is one linear map:") + "\n" + text)
        self.linear_map.show()
