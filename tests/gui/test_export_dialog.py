"""The export dialog and the figure commands of the File menu: sizes, formats, titles and
the clipboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from nnplayground.gui.export_dialog import ExportDialog


def test_size_presets_fill_the_sides_and_custom_unlocks_them(qtbot):
    dialog = ExportDialog("loss", "Circle")
    qtbot.addWidget(dialog)
    assert dialog.options().size == (1600, 1000) and dialog.options().kind == "loss"
    dialog.sizeCombo.setCurrentIndex(dialog.sizeCombo.findData("slide"))
    assert dialog.options().size == (1920, 1080)
    assert not dialog.widthSpin.isEnabled()
    dialog.sizeCombo.setCurrentIndex(dialog.sizeCombo.findData("custom"))
    assert dialog.widthSpin.isEnabled() and dialog.heightSpin.isEnabled()
    dialog.widthSpin.setValue(1024)
    dialog.heightSpin.setValue(768)
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("svg"))
    dialog.titleEdit.setText("  Mon titre  ")
    opts = dialog.options()
    assert (opts.size, opts.fmt, opts.title) == ((1024, 768), "svg", "Mon titre")
    dialog.set_size(1200, 1200)
    assert dialog.sizeCombo.currentData() == "square"


def test_every_control_is_named_explained_and_accessible(qtbot):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    for name in (
        "exportFigureCombo",
        "exportSizeCombo",
        "exportWidthSpin",
        "exportHeightSpin",
        "exportFormatCombo",
        "exportTitleEdit",
        "exportAccuracyCheck",
        "exportButtons",
    ):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.toolTip() and widget.accessibleName(), name


@pytest.fixture
def chooser():
    """An ask_export_options stand-in that sets the dialog as a user would."""

    def make(kind=None, size=None, fmt=None, title=None):
        seen = []

        def ask(dialog):
            if kind:
                dialog.figureCombo.setCurrentIndex(dialog.figureCombo.findData(kind))
            if size:
                dialog.set_size(*size)
            if fmt:
                dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(fmt))
            if title is not None:
                dialog.titleEdit.setText(title)
            seen.append(dialog.options())
            return True

        ask.seen = seen
        return ask

    return make


@pytest.mark.parametrize(
    "method, size",
    [
        ("export_figure", (1920, 1080)),
        ("export_boundary", (1200, 1200)),
        ("export_network_view", (900, 700)),
        ("export_loss_plot", (1600, 1000)),
        ("export_activation", (1000, 800)),
    ],
)
def test_exports_with_a_path_have_the_requested_size(window, tmp_path, method, size):
    path = tmp_path / "f.png"
    assert getattr(window.export_actions, method)(str(path), *size)
    assert QImage(str(path)).size().toTuple() == size
    assert window.errors == []


def test_export_figure_from_the_menu_uses_the_dialog_choice(window, tmp_path, chooser):
    window.prompts.ask_export_options = ask = chooser(
        size=(1200, 1200), fmt="svg", title="Pour la diapo"
    )
    asked = []
    window.prompts.ask_save_path = lambda caption, filters, start: (
        asked.append((filters, start)) or str(tmp_path / "slide")
    )
    window.findChild(QAction, "exportFigureAction").trigger()
    assert ask.seen[0].kind == "summary"
    assert "svg" in asked[0][0] and asked[0][1].endswith("figure.svg")
    root = ET.parse(tmp_path / "slide.svg").getroot()
    assert root.get("viewBox").split()[2:] == ["1200", "1200"]
    assert "Pour la diapo" in [t.text for t in root.iter() if t.tag.endswith("text")]
    assert window.errors == []


def test_the_dialog_defaults_to_the_presets_title_and_the_chosen_plot(window, tmp_path, chooser):
    window.prompts.ask_export_options = ask = chooser()
    window.prompts.ask_save_path = lambda *args: str(tmp_path / "b.png")
    window.findChild(QAction, "exportBoundaryAction").trigger()
    assert ask.seen[0].kind == "boundary"
    assert ask.seen[0].title == window.document.title
    assert QImage(str(tmp_path / "b.png")).size().toTuple() == (1600, 1000)


def test_cancelling_the_dialog_writes_nothing(window, tmp_path):
    window.prompts.ask_export_options = lambda dialog: False
    window.prompts.ask_save_path = lambda *args: pytest.fail("no file should be asked for")
    assert not window.export_actions.export_figure()
    assert not list(tmp_path.glob("*.png"))


@pytest.mark.parametrize(
    "action, kind",
    [
        ("copyFigureImageAction", "summary"),
        ("copyLossImageAction", "loss"),
        ("copyBoundaryImageAction", "boundary"),
        ("copyNetworkImageAction", "network"),
        ("copyActivationImageAction", "activation"),
    ],
)
def test_copy_image_puts_a_figure_of_the_default_size_on_the_clipboard(window, action, kind):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.findChild(QAction, action).trigger()
    image = clipboard.image()
    assert not image.isNull()
    assert image.size().toTuple() == (1600, 1000)
    assert window.errors == []


def test_copy_image_at_a_chosen_size(window):
    assert window.export_actions.copy_image("loss", (1920, 1080))
    assert QGuiApplication.clipboard().image().size().toTuple() == (1920, 1080)


def test_the_next_export_starts_from_the_last_size_and_format(window, tmp_path, chooser):
    window.prompts.ask_export_options = chooser(size=(1920, 1080), fmt="svg")
    window.prompts.ask_save_path = lambda *args: str(tmp_path / "a.svg")
    assert window.export_actions.export_figure()
    seen = []

    def look(dialog):
        seen.append(dialog.options())
        return False

    window.prompts.ask_export_options = look
    assert not window.export_actions.export_loss_plot()
    assert (seen[0].kind, seen[0].size, seen[0].fmt) == ("loss", (1920, 1080), "svg")


def test_the_activation_figure_shows_the_layer_the_window_shows(window):
    window.activation_plot.set_layer(1)
    assert window.export_actions.figure_data().layer == 1
    window.activation_plot.set_layer(0)
    assert window.export_actions.figure_data().layer == 0
