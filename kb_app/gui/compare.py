"""The interventions chosen to compare side by side, and the menu action that shows them.

``CompareList`` is owned by the main window: the reader, today's date and the window (parent of
the dialogs) come in through the constructor. It keeps the action's label ("Vergelijken (n)…")
and state in step with the list. Its texts keep the window's translation context, where they
were written first.

Signals: ``message(str)`` — something to say in the status bar (added, or already there).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.store.content import ContentReader

MAX_COMPARE = 4


class CompareList(QObject):
    """Up to ``MAX_COMPARE`` interventions; ``action`` shows them once there are two."""

    message = Signal(str)

    def __init__(self, reader: ContentReader, today: dt.date, window: QWidget) -> None:
        super().__init__(window)
        self._reader, self._today, self._window = reader, today, window
        self._ids: list[str] = []
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.action.triggered.connect(self.show)
        self._update_action()

    def ids(self) -> list[str]:
        """The chosen interventions, in the order they were added."""
        return list(self._ids)

    def add(self, doc_id: str) -> None:
        title = self._reader.intervention(doc_id).title
        if doc_id in self._ids:
            text = QCoreApplication.translate("MainWindow", "‘%s’ staat al in de vergelijking")
            self.message.emit(text % title)
            return
        if len(self._ids) >= MAX_COMPARE:
            full = QCoreApplication.translate(
                "MainWindow",
                "U kunt hooguit vier interventies vergelijken. Maak de vergelijking eerst leeg.",
            )
            title = QCoreApplication.translate("MainWindow", "Vergelijken")
            QMessageBox.information(self._window, title, full)
            return
        self._ids.append(doc_id)
        self._update_action()
        added = QCoreApplication.translate(
            "MainWindow", "‘%1’ toegevoegd aan de vergelijking (%n van 4)", "", len(self._ids)
        )
        self.message.emit(added.replace("%1", title))

    def clear(self) -> None:
        self._ids.clear()
        self._update_action()

    def show(self) -> None:
        if len(self._ids) >= 2:
            from kb_app.gui.dialogs import CompareDialog

            CompareDialog(self._reader, self._ids, self._today, self._window).exec()

    def _update_action(self) -> None:
        count = len(self._ids)
        self.action.setText(QCoreApplication.translate("MainWindow", "&Vergelijken (%d)…") % count)
        self.action.setEnabled(count >= 2)
