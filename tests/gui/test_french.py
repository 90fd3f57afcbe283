"""The French translation: shipped, complete, compiled, and actually shown everywhere.

The key test builds the main window once in English and once in French and collects every
visible user-facing string (labels, buttons, group boxes, docks, tabs, combo items,
tooltips, the whole menu bar, and every lesson of the lesson panel). A French string that
is identical to an English one and holds a real word is an untranslated string.
"""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from nnplayground.gui import language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "nnplayground" / "gui" / "i18n" / "nnplayground_fr.ts"
TOOL = ROOT / "tools" / "update_translations.py"

#: Tokens that stay the same in French in any case: technical names and words that are
#: spelled the same in both languages.
SAME_ANY_CASE = frozenset(
    """
    relu tanh softmax softplus softsign elu selu gelu silu mish swish leaky huber glorot
    lecun xavier kaiming nesterov sgd adam rmsprop adagrad xor csv png svg json keras
    pytorch python nnplayground playground transformer logits
    activation activations architecture diagnostics classes classification points patience
    pause variance gradient gradients test alpha beta delta epsilon rho momentum gain
    min max sin cos
    """.split()
)

_PLACEHOLDER = re.compile(r"%n|%L?\d|\{[^{}]*\}")
_WORD = re.compile(r"\w+")
_SUPERSCRIPTS = re.compile(r"[\u00b2\u00b3\u00b9\u2070-\u209f]")  # tanh²: the word is tanh


def _lowercase_names() -> frozenset[str]:
    """Registry, preset and feature names: untranslatable when written as identifiers."""
    from nnplayground import presets
    from nnplayground.engine import (
        activations,
        datasets,
        features,
        initializers,
        losses,
        optimizers,
    )

    names = {"x1", "x2", "f", "z"}
    for registry in (activations, initializers, losses, optimizers, datasets):
        names.update(registry.REGISTRY.names())
    names.update(presets.bundled_names())
    names.update(features.FEATURES)
    return frozenset(names)


def _untranslatable(text: str, names: frozenset[str]) -> bool:
    """True if every word of 3+ letters in ``text`` is a name or stays the same in French,
    or if ``text`` names a language in that language (the Language menu's "Français")."""
    if text in language.LANGUAGES.values():
        return True
    for word in _WORD.findall(_SUPERSCRIPTS.sub(" ", text)):
        if sum(c.isalpha() for c in word) < 3:
            continue
        if word in names or word.lower() in SAME_ANY_CASE:
            continue
        return False
    return True


# --------------------------------------------------------------------- collecting texts
def _clean(text: str) -> str:
    """Plain text: HTML tags out, entities decoded, '&' mnemonics and '[*]' dropped."""
    text = re.sub(r"<[^>]+>", " ", text or "")
    text = html.unescape(text).replace("[*]", "")
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title(), menu.toolTip()]
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def visible_texts(root: QWidget) -> set[str]:
    """Every user-facing string of ``root``'s visible widgets, its menus and its title."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisibleTo(root):
            texts += _widget_texts(widget)
    menu_bar = getattr(root, "menuBar", None)
    if menu_bar is not None:
        for action in menu_bar().actions():
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    return {clean for clean in map(_clean, texts) if clean}


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _lesson_panel(window: QWidget):
    """The window's lesson panel, its dock shown."""
    from nnplayground.gui.panels.lessons import LessonsPanel

    panel = window.findChild(LessonsPanel)
    assert panel is not None, "the main window has no lesson panel"
    parent = panel.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.show()
        parent.raise_()
    assert panel.isVisibleTo(window)
    return panel


def window_and_lesson_texts(make_window) -> set[str]:
    """All visible texts of a new main window, then of its lesson panel for every lesson."""
    window = make_window()
    panel = _lesson_panel(window)
    texts = set()
    for index in range(panel.combo.count()):
        panel.combo.setCurrentIndex(index)
        _flush_deletions()
        texts |= visible_texts(panel)
    return texts | visible_texts(window)


# --------------------------------------------------------------------- fixtures
@pytest.fixture
def english_afterwards():
    """Whatever a test installs, the app is back in English (and its locale) afterwards."""
    locale = QLocale()
    yield
    language.install("en")
    QLocale.setDefault(locale)


def _update_tool():
    """tools/update_translations.py as a module: its SOURCES are what lupdate scans."""
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ts_messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TS)
    return [
        (context.findtext("name") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# --------------------------------------------------------------------- tests
def test_french_catalogue_ships_inside_the_package_and_installs(english_afterwards):
    qm = resources.files("nnplayground.gui").joinpath("i18n", "nnplayground_fr.qm")
    assert qm.is_file()
    assert language.install("fr") == "fr"
    assert QCoreApplication.translate("lessons", "3. Saturation") == "3. La saturation"
    assert language.install("en") == "en"
    assert QCoreApplication.translate("lessons", "3. Saturation") == "3. Saturation"


def test_every_message_has_a_finished_translation_with_the_same_placeholders():
    problems = []
    for context, message in _ts_messages():
        source = message.findtext("source")
        kind = message.find("translation").get("type")
        for text in _translations(message):
            if not text.strip() or kind == "unfinished":
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert len(_ts_messages()) > 500
    assert not problems, "\n".join(problems)


def test_compiled_qm_holds_every_translation_of_the_ts_file():
    translator = QTranslator()
    qm = resources.files("nnplayground.gui").joinpath("i18n", "nnplayground_fr.qm")
    with resources.as_file(qm) as path:
        assert translator.load(str(path))
    stale = [
        (context, message.findtext("source"))
        for context, message in _ts_messages()
        if message.get("numerus") != "yes"
        and translator.translate(context, message.findtext("source")) != _translations(message)[0]
    ]
    assert not stale, f"run tools/update_translations.py; the .qm is stale for {stale[:5]}"


#: Contexts of texts marked with QT_TRANSLATE_NOOP and translated with
#: QCoreApplication.translate(context, text); every other context must be a class name.
NOOP_CONTEXTS = frozenset({"lessons", "help", "labels", "presets", "messages"})


def test_every_text_sits_in_a_context_qt_looks_up_at_run_time():
    """``self.tr`` looks texts up under the class names of ``self``'s MRO. lupdate files a
    call through an alias (``tr = self.tr``) under "", and ``window.tr(...)`` under
    "window": such texts are never shown translated."""
    wrong = sorted(
        {
            (context, message.find("location").get("filename", ""))
            for context, message in _ts_messages()
            if context not in NOOP_CONTEXTS and not context[:1].isupper()
        }
    )
    assert not wrong, f"call self.tr(...) literally, not through an alias: {wrong}"


def test_ts_file_lists_every_text_marked_in_the_sources(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = [str(ROOT / source) for source in _update_tool().SOURCES]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    marked = {
        (context.findtext("name") or "", message.findtext("source"))
        for context in ET.parse(fresh).iter("context")
        for message in context.iter("message")
    }
    shipped = {(context, message.findtext("source")) for context, message in _ts_messages()}
    missing = sorted(marked - shipped)
    assert not missing, f"run tools/update_translations.py; not in the .ts: {missing}"


def test_french_main_window_menus_and_lessons_show_no_untranslated_text(
    make_window, english_afterwards
):
    english = window_and_lesson_texts(make_window)
    assert language.install("fr") == "fr"
    french = window_and_lesson_texts(make_window)
    names = _lowercase_names()
    untranslated = sorted(t for t in french & english if not _untranslatable(t, names))
    assert len(english) > 150  # the collection really saw the window, menus and lessons
    assert not untranslated, "untranslated in French:\n" + "\n".join(untranslated)


def test_untranslated_english_is_detected_but_names_and_shared_words_are_not():
    names = _lowercase_names()
    assert not _untranslatable("Start this lesson", names)
    assert not _untranslatable("Moons", names)  # a label, not the registry name "moons"
    assert _untranslatable("glorot_uniform, relu, moons", names)
    assert _untranslatable("Classification — 2 classes", names)
    assert _untranslatable("0.25 / 1", names)
    assert _untranslatable("f′(z) = 1 − tanh²(z)", names)
    assert _untranslatable("English", names)


def test_every_activation_initializer_loss_and_optimizer_has_help_in_both_languages(
    english_afterwards,
):
    from nnplayground.engine import activations, initializers, losses, optimizers
    from nnplayground.gui.panels.help_texts import help_text, label, param_help

    kinds = {
        "activation": activations,
        "initializer": initializers,
        "loss": losses,
        "optimizer": optimizers,
    }
    entries = [(kind, name) for kind, m in kinds.items() for name in m.REGISTRY.names()]
    params = [p for m in kinds.values() for n in m.REGISTRY.names() for p in m.REGISTRY.params(n)]
    english = {e: (help_text(*e), label(e[1])) for e in entries}
    assert language.install("fr") == "fr"
    missing = [e for e in entries if not english[e][0] or help_text(*e) == english[e][0]]
    assert not missing, f"no help text, or no French one, for {missing}"
    assert all(param_help(p.help) != p.help for p in params), "a parameter help is not French"
    assert label("mean_squared_error") == "Erreur quadratique moyenne"


def _language_actions(window) -> dict[str, object]:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None, "the main window has no Language menu"
    return {a.objectName(): a for a in menu.actions() if not a.isSeparator()}


def test_language_menu_offers_system_english_and_french_and_remembers_the_choice(make_window):
    window = make_window()
    actions = _language_actions(window)
    assert set(actions) == {"language_system", "language_en", "language_fr"}
    assert [actions[k].text() for k in ("language_en", "language_fr")] == ["English", "Français"]
    assert actions["language_system"].isChecked()  # nothing chosen yet: follow the system
    actions["language_fr"].trigger()
    assert language.chosen_language() == "fr"
    assert language.effective_language() == "fr"
    assert actions["language_fr"].isChecked() and not actions["language_system"].isChecked()
    assert "language" in window.statusBar().currentMessage()
    reopened = _language_actions(make_window())
    assert reopened["language_fr"].isChecked()
    reopened["language_system"].trigger()
    assert language.chosen_language() == "system"


def _explorer():
    from nnplayground.gui.activation_explorer import ActivationExplorer

    return ActivationExplorer(activation="relu")


def _code_view():
    from nnplayground import presets
    from nnplayground.gui.code_view import CodeView

    return CodeView(presets.load_bundled("circle").config, 2, 1)


def _compare_dialog():
    from nnplayground import presets
    from nnplayground.gui.compare_dialog import CompareDialog

    return CompareDialog(presets.load_bundled("circle").config)


@pytest.mark.parametrize("make_dialog", [_explorer, _code_view, _compare_dialog])
def test_french_dialogs_show_no_untranslated_text(qtbot, make_dialog, english_afterwards):
    texts = {}
    for lang in ("en", "fr"):
        assert language.install(lang) == lang
        dialog = make_dialog()
        qtbot.addWidget(dialog)
        texts[lang] = visible_texts(dialog)
    names = _lowercase_names()
    untranslated = sorted(t for t in texts["fr"] & texts["en"] if not _untranslatable(t, names))
    assert len(texts["en"]) > 8
    assert not untranslated, "untranslated in French:\n" + "\n".join(untranslated)
