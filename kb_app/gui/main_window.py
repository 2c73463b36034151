"""The main window: a search field, the result list and the detail pane.

Signals: none of its own; it reacts to ``QLineEdit.textChanged`` (debounced) and the list's
current-row changes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kb_app.library import Library
from kb_app.search.service import SearchQuery

DEBOUNCE_MS = 120


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self.setWindowTitle(self.tr("Wat Werkt"))
        self.resize(1200, 780)

        self.search_field = QLineEdit(placeholderText=self.tr("Zoek op probleem, doelgroep of naam…"))
        self.search_field.setAccessibleName(self.tr("Zoeken"))
        self.search_field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Resultaten"))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Beschrijving"))

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self.search_field)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([450, 750])
        self.setCentralWidget(splitter)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_field.setFocus)
        QShortcut(QKeySequence("Ctrl+K"), self, self.search_field.setFocus)
        self._run_search()
        self.search_field.setFocus()

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _run_search(self) -> None:
        result = self._library.search.search(SearchQuery(
            text=self.search_field.text(), prefix_last=True, limit=200, snippets=False))
        self.results.clear()
        for hit in result.hits:
            item = QListWidgetItem(hit.title)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        self.status.setText(self.tr("%n resultaten", "", result.total))

    def _on_results_current_item_changed(self, current, _previous) -> None:
        if current is None:
            return
        item = self._library.reader.intervention(current.data(Qt.ItemDataRole.UserRole))
        self.detail.setHtml(f"<h1>{html.escape(item.title)}</h1>"
                            f"<p><i>{html.escape(item.summary)}</i></p>{item.html}")
