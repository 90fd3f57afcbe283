"""The forks list: the main run and every fork, with what each changed.

Select a row and "Show" makes it the branch shown and trained (Play); "Keep" marks it
kept, "Drop" removes a fork, "Make main" promotes it. :meth:`fork_from` asks what to
change (the :class:`~nnplayground.gui.fork_dialog.ForkDialog`, through the prompts so
tests never block) and forks the document. :func:`original_curve` is the faded line
the loss plot draws behind a fork: the main run's history.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.gui.messages import localized


def describe_changes(changes) -> str:
    """``changes`` (engine.fork.Change) as one short line: "activation: tanh → relu"."""
    parts = []
    for c in changes:
        old, new = (v.get("name", v) if isinstance(v, dict) else v for v in (c.old, c.new))
        path = c.path.replace("network.", "").replace("training.", "")
        # hidden[0].activation reads as the architecture panel's row: L1 activation
        path = re.sub(r"hidden\[(\d+)\]\.", lambda m: f"L{int(m.group(1)) + 1} ", path)
        parts.append(f"{path}: {old} → {new}")
    return "; ".join(parts)


def original_curve(document):
    """(epochs, rows) of the main run's history when a fork is shown, else (None, None)."""
    main = document.run.main
    if document.branch is main or not len(main.history):
        return None, None
    rows = main.history.slice(0)
    return range(1, len(rows) + 1), rows


class ForksPanel(QWidget):
    """The run's branches (the current one in bold) with Show / Keep / Drop / Make main."""

    def __init__(self, document, prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forksPanel")
        self.document = document
        self.prompts = prompts
        self.list = QListWidget(self)
        self.list.setObjectName("forksList")
        self.list.setToolTip(self.tr("The main run and its forks, with what each changed"))
        self.list.setAccessibleName(self.tr("Forks"))
        self.list.setWordWrap(True)
        buttons = QHBoxLayout()
        specs = [
            (
                "show",
                "forksShowButton",
                self.tr("Show"),
                self.tr("Show this branch; Play trains it"),
                self._show,
            ),
            (
                "keep",
                "forksKeepButton",
                self.tr("Keep"),
                self.tr("Mark this fork as one to keep"),
                self._keep,
            ),
            ("drop", "forksDropButton", self.tr("Drop"), self.tr("Remove this fork"), self._drop),
            (
                "promote",
                "forksPromoteButton",
                self.tr("Make main"),
                self.tr("Make this fork the main run"),
                self._promote,
            ),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for key, name, text, tip, slot in specs:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._enable)
        document.forks_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ user intent
    def fork_from(self, epoch: int) -> bool:
        """Ask what to change at ``epoch``, then fork; False if cancelled or refused."""
        from nnplayground.gui.fork_dialog import ForkDialog

        doc = self.document
        dialog = ForkDialog(doc.branch.config, epoch, self)
        if not self.prompts.ask_fork_options(dialog):
            return False
        try:
            branch = doc.fork(epoch, dialog.config())
        except ValueError as exc:
            self.prompts.show_error(self.tr("Cannot fork"), localized(exc))
            return False
        self.prompts.status(
            self.tr("%1 from epoch %2: press Play to train it")
            .replace("%1", branch.name)
            .replace("%2", str(branch.parent_epoch)),
            8000,
        )
        return True

    def selected(self):
        row = self.list.currentRow()
        branches = self.document.run.branches()
        return branches[row] if 0 <= row < len(branches) else None

    def _show(self) -> None:
        if (branch := self.selected()) is not None:
            self.document.show_branch(branch)

    def _keep(self) -> None:
        if (branch := self.selected()) is not None:
            self.document.keep_branch(branch, not branch.kept)

    def _drop(self) -> None:
        branch = self.selected()
        if branch is not None and branch is not self.document.run.main:
            self.document.drop_branch(branch)

    def _promote(self) -> None:
        branch = self.selected()
        if branch is not None and branch is not self.document.run.main:
            self.document.promote_branch(branch)

    # ------------------------------------------------------------ drawing
    def refresh(self) -> None:
        doc = self.document
        row = self.list.currentRow()
        self.list.clear()
        for branch in doc.run.branches():
            if branch is doc.run.main and not branch.changes:
                text = self.tr("main run")
            else:
                what = describe_changes(branch.changes) or self.tr("no change")
                text = self.tr("%1 at epoch %2: %3").replace("%1", branch.name)
                text = text.replace("%2", str(branch.parent_epoch)).replace("%3", what)
            if branch.kept:
                text += "  " + self.tr("(kept)")
            item = QListWidgetItem(text, self.list)
            item.setToolTip(text)
            font = item.font()
            font.setBold(branch is doc.branch)
            item.setFont(font)
        count = self.list.count()
        self.list.setCurrentRow(min(max(row, 0), count - 1))
        self._enable()

    def _enable(self, *_args) -> None:
        branch = self.selected()
        is_fork = branch is not None and branch is not self.document.run.main
        self.buttons["show"].setEnabled(branch is not None and branch is not self.document.branch)
        for key in ("keep", "drop", "promote"):
            self.buttons[key].setEnabled(is_fork)
