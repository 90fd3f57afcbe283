"""Messages made by the engine and presets are shown in French in a French window.

The Qt-free layers raise English messages that remember their template and parameters
(``nnplayground.messages``); the GUI translates them with ``localized``. These tests do
what a learner does (pick an invalid output, import a bad CSV, open a bad preset) with
the French translator installed, and check every template has a French translation.
"""

from __future__ import annotations

import ast
import json
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from nnplayground import messages
from nnplayground.engine import build, losses
from nnplayground.engine.config import ExperimentConfig, LayerConfig
from nnplayground.gui import language
from nnplayground.gui.messages import localized

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "nnplayground" / "gui" / "i18n" / "nnplayground_fr.ts"
TOOLS = str(ROOT / "tools")


@pytest.fixture
def french(qapp):
    """French translator and locale for one test; English (and its locale) afterwards."""
    locale = QLocale()
    assert language.install("fr") == "fr"
    try:
        yield
    finally:
        language.install("en")
        QLocale.setDefault(locale)


def _message_sources() -> list[str]:
    """The Qt-free modules tools/update_translations.py extracts messages from."""
    sys.path.insert(0, TOOLS)
    try:
        from update_translations import MESSAGE_SOURCES
    finally:
        sys.path.remove(TOOLS)
    return list(MESSAGE_SOURCES)


def _templates(path: Path) -> list[str]:
    """Every literal QT_TRANSLATE_NOOP("messages", ...) text in a source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == messages.CONTEXT
        ):
            found.append(node.args[1].value)
    return found


def test_every_message_template_has_a_french_translation_in_the_ts_file():
    translated = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != messages.CONTEXT:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            if node.get("type") not in ("unfinished", "vanished", "obsolete"):
                translated[message.findtext("source")] = node.text or ""
    templates = [t for src in _message_sources() for t in _templates(ROOT / src)]
    assert len(templates) >= 30
    missing = [t for t in templates if not translated.get(t)]
    assert missing == []
    # A French text keeps every placeholder of its English template.
    for template in templates:
        assert set(_fields(translated[template])) == set(_fields(template)), template


def test_every_module_with_message_templates_is_scanned_by_the_update_tool():
    scanned = set(_message_sources())
    with_templates = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "nnplayground").rglob("*.py")
        if "gui" not in path.parts and "lessons" not in path.parts and _templates(path)
    }
    assert with_templates <= scanned


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def test_english_text_is_unchanged_and_remembers_its_template():
    reason = losses.check_pairing("classification", 2, "binary_crossentropy", "relu")
    assert reason == (
        "binary_crossentropy reads the output as a probability, so it needs a sigmoid "
        "output, not relu."
    )
    assert reason.template == losses.PAIRING_BINARY and reason.params == {
        "loss": "binary_crossentropy",  # the names come from the loss's own attributes
        "fused": "sigmoid",
        "activation": "relu",
    }
    assert localized(reason) == reason  # no translator: English


def test_invalid_output_pairing_in_the_architecture_panel_is_explained_in_french(qtbot, french):
    from nnplayground.gui.panels.architecture import ArchitecturePanel

    panel = ArchitecturePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_config(ExperimentConfig())
    combo = panel.findChild(QWidget, "outputEditor").findChild(QComboBox, "activationCombo")
    relu = combo.findData("relu")
    assert "probabilité" in combo.itemData(relu, Qt.ItemDataRole.ToolTipRole)
    with qtbot.assertNotEmitted(panel.config_changed):
        combo.setCurrentIndex(relu)
    message = panel.findChild(QLabel, "architectureMessage")
    assert message.isVisible()
    assert message.text() == (
        "binary_crossentropy lit la sortie comme une probabilité\u00a0: il lui faut une "
        "sortie sigmoid, pas relu."
    )


def test_bad_csv_import_is_explained_in_french_with_file_and_line(qtbot, french, tmp_path):
    from nnplayground.gui.panels.data import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_config(ExperimentConfig())
    rows = ["x1,x2,label"] + ["1,2,0"] * 6 + ["1,deux,1"] + ["3,4,1"] * 6
    path = tmp_path / "mesures.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    panel._ask_csv_path = lambda: str(path)
    with qtbot.assertNotEmitted(panel.config_changed):
        qtbot.mouseClick(
            panel.findChild(QAbstractButton, "importCsvButton"), Qt.MouseButton.LeftButton
        )
    message = panel.findChild(QLabel, "dataMessage")
    assert message.isVisible()
    assert message.text() == (
        "mesures.csv, ligne 8\u00a0: 'deux' dans la colonne x2 n'est pas un nombre."
    )


def test_refused_experiment_composes_field_path_and_french_reason(french):
    cfg = ExperimentConfig()
    cfg = replace(cfg, network=replace(cfg.network, hidden=(LayerConfig(0),)))
    with pytest.raises(ValueError) as info:
        build.check_experiment(cfg)
    assert str(info.value) == (
        "network.hidden[0].units must be a whole number from 1 to 256, got 0"
    )
    assert localized(info.value) == (
        "network.hidden[0].units doit être un nombre entier de 1 à 256, valeur reçue\u00a0: 0"
    )


def test_unknown_parameter_nests_translated_registry_words(french):
    from nnplayground.engine import optimizers

    with pytest.raises(ValueError) as info:
        optimizers.REGISTRY.check_params("adam", {"speed": 1})
    assert str(info.value) == (
        "Unknown parameter 'speed' for optimizer 'adam'; expected beta_1, beta_2, epsilon"
    )
    assert localized(info.value) == (
        "Paramètre inconnu 'speed' pour optimiseur 'adam' ; paramètres possibles : "
        "beta_1, beta_2, epsilon"
    )


def test_csv_errors_keep_their_type_english_text_and_carry_template_and_params(tmp_path):
    from nnplayground.engine import csvdata

    with pytest.raises(csvdata.CsvError) as info:
        csvdata.load_csv(tmp_path / "absent.csv")
    assert str(info.value) == "absent.csv: the file does not exist."
    assert info.value.template == csvdata.CSV_MISSING
    assert info.value.params == {"where": "absent.csv"}


def test_plain_english_errors_are_shown_as_they_are(french):
    assert localized(ValueError("something {odd}")) == "something {odd}"
    assert localized(json.JSONDecodeError("x", "y", 0)).startswith("x")


def _bad_units_preset(tmp_path) -> str:
    from nnplayground import presets

    data = presets.preset_to_dict(presets.load_bundled("circle"))
    data["network"]["hidden"][1]["units"] = -3
    path = tmp_path / "units.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_preset_errors_keep_their_english_text_and_carry_template_and_params(tmp_path):
    from nnplayground import presets

    with pytest.raises(presets.PresetError) as info:
        presets.load_preset(_bad_units_preset(tmp_path))
    assert str(info.value) == "units.json: network.hidden[1].units must be at least 1, got -3."
    assert info.value.template == "{source}: {clause}."
    assert info.value.params["source"] == "units.json"


def test_opening_a_malformed_preset_shows_a_french_dialog_with_the_field_path(
    make_window, french, tmp_path, monkeypatch
):
    window = make_window()
    shown = []
    monkeypatch.setattr(window.prompts, "show_error", lambda *args: shown.append(args))
    assert window.file_actions.open_path(_bad_units_preset(tmp_path)) is False
    assert shown == [
        (
            "Impossible d'ouvrir le préréglage",
            "units.json\u00a0: network.hidden[1].units doit valoir au moins 1, "
            "valeur reçue\u00a0: -3.",
        )
    ]


@pytest.mark.parametrize(
    ("text", "french_text"),
    [
        ('{"format": ', "bad.json\u00a0: JSON invalide à la ligne 1, colonne 12\u00a0: "),
        ("[1, 2]", "bad.json\u00a0: le préréglage doit être un objet JSON, valeur reçue\u00a0: "),
    ],
)
def test_broken_preset_files_are_explained_in_french(french, tmp_path, text, french_text):
    from nnplayground import presets

    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(presets.PresetError) as info:
        presets.load_preset(path)
    assert localized(info.value).startswith(french_text)
    assert localized(info.value) != str(info.value)


def test_compare_dialog_refuses_a_bad_learning_rate_in_french(qtbot, french):
    from nnplayground import presets
    from nnplayground.gui.compare_dialog import CompareDialog

    dlg = CompareDialog(presets.load_bundled("circle").config)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.variableCombo.setCurrentIndex(dlg.variableCombo.findData("learning_rate"))
    dlg.valuesEdit.clear()
    qtbot.keyClicks(dlg.valuesEdit, "0.03, abc")
    qtbot.mouseClick(dlg.runButton, Qt.MouseButton.LeftButton)
    assert not dlg.is_running()
    assert dlg.message.isVisible()
    assert dlg.message.text() == "Le taux d'apprentissage 'abc' n'est pas un nombre."


def test_main_window_says_in_french_why_an_edit_was_not_applied(make_window, french):
    window = make_window()
    cfg = window.document.config
    bad = replace(cfg, network=replace(cfg.network, hidden=(LayerConfig(0),)))
    assert window.document.apply(bad) is False
    assert (
        window.statusBar()
        .currentMessage()
        .endswith(
            "network.hidden[0].units doit être un nombre entier de 1 à 256, valeur reçue\u00a0: 0"
        )
    )
    assert window.document.config == cfg
