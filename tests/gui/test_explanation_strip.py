"""The live explanation strip names what is wrong, offers the fix, and undoes it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from nnplayground import lessons


def _lesson(key):
    return next(lesson for lesson in lessons.lessons() if lesson.key == key)


def test_controls_are_named_and_explained(window, unexplained_controls):
    strip = window.explanation_strip
    strip.findings and strip.try_button.setEnabled(True)
    assert unexplained_controls(strip) == []
    assert strip.try_button.accessibleName() and strip.undo_button.accessibleName()


def test_dying_relu_lesson_shows_dead_and_try_this_fixes_it(window, qtbot):
    window.show()
    strip, doc = window.explanation_strip, window.document
    window.lesson_actions.start_lesson(_lesson("dying_relu"))
    with qtbot.waitSignal(strip.explained, timeout=10000):
        doc.play()  # the finding is read off the running views
    qtbot.waitUntil(lambda: "dead" in strip.label.text(), timeout=10000)
    assert strip.findings[0].kind == "dead_relu"
    assert "dead_fraction" in strip.label.toolTip() or "share" in strip.label.toolTip()
    before = doc.config
    qtbot.mouseClick(strip.try_button, Qt.MouseButton.LeftButton)
    assert {layer.activation.name for layer in doc.config.network.hidden} == {"leaky_relu"}
    assert strip.undo_button.isEnabled()
    assert all(f.kind != "dead_relu" for f in strip.findings)
    doc.play()
    qtbot.waitUntil(lambda: doc.experiment.trainer.epoch >= 20, timeout=20000)
    doc.controller.stop()
    assert all(f.kind != "dead_relu" for f in strip.findings)
    assert "100%" not in strip.label.text()
    qtbot.mouseClick(strip.undo_button, Qt.MouseButton.LeftButton)
    assert doc.config == before
    assert not strip.undo_button.isEnabled()


def test_explanations_come_at_most_once_a_second(window, qtbot):
    window.show()
    strip, doc = window.explanation_strip, window.document
    times = []
    cfg = doc.config
    doc.apply(cfg.replace(training=dataclasses.replace(cfg.training, epochs=1_000_000)))
    strip.explained.connect(lambda _f: times.append(strip._last))
    doc.play()
    qtbot.waitUntil(lambda: len(times) >= 3, timeout=10000)
    doc.controller.stop()
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.99
