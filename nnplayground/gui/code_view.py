"""Code view: the current network as a runnable Keras or PyTorch script, to copy or export.

The scripts come from :mod:`nnplayground.codegen`; this dialog only shows them (read-only,
monospace, lightly highlighted), copies the visible one to the clipboard and writes it to
a ``.py`` file atomically (temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnplayground import codegen
from nnplayground.engine.config import ExperimentConfig
from nnplayground.gui.panels.common import message_label, show_message

KEYWORDS = (
    "and as assert class def elif else except False for from if import in is lambda None "
    "not or pass raise return True try while with yield"
).split()
_TRIPLE = QRegularExpression('"""')
IN_DOCSTRING = 1  # block state: the block ends inside a triple-quoted string


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, numbers, strings, comments and triple-quoted docstrings, by regex."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.string_format = _format("#067D17")
        self.comment_format = _format("#8C8C8C", italic=True)
        words = "|".join(KEYWORDS)
        self.rules = [
            (QRegularExpression(rf"\b({words})\b"), _format("#0033B3", bold=True)),
            (QRegularExpression(r"\b[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?\b"), _format("#1750EB")),
            (QRegularExpression(r"(?<=\bdef\s)\w+|(?<=\bclass\s)\w+"), _format("#00627A")),
            (QRegularExpression(r"\"[^\"\n]*\"|'[^'\n]*'"), self.string_format),
            (QRegularExpression(r"#[^\n]*"), self.comment_format),
        ]

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
        self._highlight_docstrings(text)

    def _highlight_docstrings(self, text: str) -> None:
        """Triple-quoted strings, possibly spanning several blocks."""
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == IN_DOCSTRING else -1
        pos = 0
        while True:
            if start < 0:
                opening = _TRIPLE.match(text, pos)
                if not opening.hasMatch():
                    return
                start, pos = opening.capturedStart(), opening.capturedEnd()
            closing = _TRIPLE.match(text, pos)
            if not closing.hasMatch():
                self.setFormat(start, len(text) - start, self.string_format)
                self.setCurrentBlockState(IN_DOCSTRING)
                return
            self.setFormat(start, closing.capturedEnd() - start, self.string_format)
            start, pos = -1, closing.capturedEnd()


def _slug(title: str) -> str:
    """A file-name-friendly version of a preset title ('Circle (default)' → 'circle_default')."""
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    return slug or "network"


class CodeView(QDialog):
    """The network of ``cfg`` (with ``n_inputs`` features and ``n_outputs`` outputs) as code."""

    def __init__(
        self, cfg: ExperimentConfig, n_inputs: int, n_outputs: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codeView")
        self.setWindowTitle(self.tr("Network as code"))
        self._cfg = cfg
        self.tabs = QTabWidget()
        self.tabs.setObjectName("codeTabs")
        self.tabs.setToolTip(self.tr("The same network written for each framework."))
        self.editors: dict[str, QPlainTextEdit] = {}
        self._highlighters = []
        titles = {"keras": self.tr("Keras"), "pytorch": self.tr("PyTorch")}
        for framework in codegen.FRAMEWORKS:
            editor = self._editor(framework)
            self.editors[framework] = editor
            self.tabs.addTab(editor, titles.get(framework, framework))
        self.copyButton = QPushButton(self.tr("Copy"))
        self.copyButton.setObjectName("copyCodeButton")
        self.copyButton.setToolTip(self.tr("Copy the code of the visible tab to the clipboard."))
        self.copyButton.clicked.connect(self.copy_code)
        self.exportButton = QPushButton(self.tr("Export .py…"))
        self.exportButton.setObjectName("exportCodeButton")
        self.exportButton.setToolTip(self.tr("Save the code of the visible tab as a Python file."))
        self.exportButton.clicked.connect(self.export_code)
        self.message = message_label("codeMessage", self)
        self.message.setToolTip(self.tr("What happened to the last copy or export."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("codeButtons")
        close.setToolTip(self.tr("Close this window."))
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("codeCloseButton")
        close_button.setToolTip(self.tr("Close this window."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copyButton)
        buttons.addWidget(self.exportButton)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 680)
        self.set_config(cfg, n_inputs, n_outputs)

    def _editor(self, framework: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setObjectName(f"{framework}CodeEdit")
        editor.setToolTip(self.tr("Read-only: copy or export it, then edit it in your editor."))
        editor.setReadOnly(True)
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._highlighters.append(PythonHighlighter(editor.document()))
        return editor

    # ----------------------------------------------------------------- API
    def set_config(self, cfg: ExperimentConfig, n_inputs: int, n_outputs: int) -> None:
        """Regenerate both scripts for ``cfg`` (the visible tab stays)."""
        self._cfg = cfg
        show_message(self.message, "")
        for framework, editor in self.editors.items():
            try:
                text = codegen.code_for(cfg, (n_inputs, n_outputs), framework)
            except ValueError as exc:
                text = f"# {exc}\n"
                show_message(
                    self.message, self.tr("This network cannot be written as code: {0}").format(exc)
                )
            editor.setPlainText(text)

    def framework(self) -> str:
        """The framework of the visible tab ("keras" or "pytorch")."""
        return list(self.editors)[self.tabs.currentIndex()]

    def current_code(self) -> str:
        return self.editors[self.framework()].toPlainText()

    def copy_code(self) -> None:
        """Put the visible tab's code on the clipboard."""
        QGuiApplication.clipboard().setText(self.current_code())
        show_message(self.message, self.tr("Copied to the clipboard."), "info")

    def export_code(self) -> str | None:
        """Ask for a path and write the visible tab's code there; the path, or None."""
        suggested = f"{_slug(self._cfg.title)}_{self.framework()}.py"
        path = self._ask_save_path(suggested)
        if not path:
            return None
        try:
            _write_atomic(path, self.current_code())
        except OSError as exc:
            reason = exc.strerror or str(exc)
            show_message(self.message, self.tr("Could not write {0}: {1}.").format(path, reason))
            return None
        show_message(self.message, self.tr("Saved {0}.").format(path), "info")
        return path

    def _ask_save_path(self, suggested: str) -> str | None:
        """Ask where to save (tests replace this); None if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export code"), suggested, self.tr("Python files (*.py)")
        )
        return path or None


def _write_atomic(path: str, text: str) -> None:
    """Write ``text`` atomically to ``path`` (:func:`nnplayground.fileio.atomic_write`)."""
    from nnplayground.fileio import atomic_write_text

    atomic_write_text(path, text)
