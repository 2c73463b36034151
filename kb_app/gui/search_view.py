"""The centre of the window: search field, sort order, filter chips, results or an empty state.

Signals: ``query_changed()`` — the text (debounced) or sort order changed;
``intervention_selected(str)`` — the user chose a result; ``suggestion_accepted(str)``;
``clear_filters_requested()``; ``start_requested()`` — back to the start view.

Before any search (no text, no filter) the start view shows instead of the whole list, until the
user asks for the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Vocabulary
from kb_app.gui.chips import ChipBar
from kb_app.gui.layout import ElidedLabel
from kb_app.gui.models import ID_ROLE, ResultsModel

if TYPE_CHECKING:
    from kb_app.search.service import SearchResult

DEBOUNCE_MS = 90
SORTS = (
    ("relevance", QT_TRANSLATE_NOOP("SearchView", "Relevantie")),
    ("evidence", QT_TRANSLATE_NOOP("SearchView", "Bewijsniveau")),
    ("title", QT_TRANSLATE_NOOP("SearchView", "Naam")),
)


class SearchView(QWidget):
    query_changed = Signal()
    intervention_selected = Signal(str)
    suggestion_accepted = Signal(str)
    clear_filters_requested = Signal()
    start_requested = Signal()

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answered_generation = 0  # the newest search request whose result is shown
        self._browsing = False  # the user asked for the whole list instead of the start view
        self.start: QWidget | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Zoek op probleem, doelgroep of naam… (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Zoeken"))
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # Qt's clear button has no name
            button.setAccessibleName(self.tr("Zoekveld leegmaken"))
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sorteren op"))
        for key, label in SORTS:
            self.sort.addItem(self.tr(str(label)), key)  # the stubs: NOOP -> object
        self.chips = ChipBar(self)
        self.status = ElidedLabel(self)  # plain text, elided: it repeats what the user typed
        self.model = ResultsModel(self, vocabulary)
        self.list = QListView(self)
        self.list.setModel(self.model)
        # For the result cards, made with the first results (None once made).
        self._vocabulary: Vocabulary | None = vocabulary
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Resultaten"))
        self._build_empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.query_changed)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.sort.currentIndexChanged.connect(self._on_sort_current_index_changed)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list.activated.connect(self._on_list_current_changed)

    def _build_empty_state(self) -> None:
        self.empty = QWidget(self)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggest_button = QPushButton(self.empty)
        self.suggest_button.setAccessibleName(self.tr("Zoeksuggestie"))
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.clear_button = QPushButton(self.tr("Filters wissen"), self.empty)
        self.clear_button.clicked.connect(self.clear_filters_requested)
        self.empty_tips = QLabel(
            self.tr(
                "Tips: gebruik minder of andere woorden, zoek op een "
                "doelgroep (‘ouderen’) of een probleem (‘eenzaamheid’), "
                "of begin bij een thema op de startpagina."
            ),
            self.empty,
        )
        self.empty_tips.setWordWrap(True)
        self.empty_tips.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_tips.setProperty("role", "caption")
        self.start_button = QPushButton(self.tr("Naar de startpagina"), self.empty)
        self.start_button.clicked.connect(self.start_requested)
        layout = QVBoxLayout(self.empty)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        for button in (self.suggest_button, self.clear_button, self.start_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_tips)
        layout.addStretch(2)

    def _layout(self) -> None:
        # The field has a row of its own, so a long query stays readable in a narrow pane.
        second = QHBoxLayout()
        second.addWidget(self.status, 1)
        sort_label = QLabel(self.tr("&Sorteer:"), self)
        sort_label.setBuddy(self.sort)
        second.addWidget(sort_label)
        second.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(second)
        layout.addWidget(self.chips)
        layout.addWidget(self.stack, 1)
        self._column = layout

    def add_below_status(self, widget: QWidget) -> None:
        """Show ``widget`` (the explain panel) right under the status line."""
        # The status shares a row with the sort box, so it is found as that row, not by itself.
        self._column.insertWidget(self._column.indexOf(self.chips), widget)

    # -- input ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self.field.text()

    def sort_key(self) -> str:
        return self.sort.currentData()

    def set_sort_key(self, key: str) -> None:
        self.sort.setCurrentIndex(max(0, self.sort.findData(key)))

    def _on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_sort_current_index_changed(self, _index: int) -> None:
        self.query_changed.emit()

    def _on_list_current_changed(
        self, current: QModelIndex, _previous: QModelIndex | None = None
    ) -> None:
        doc_id = current.data(ID_ROLE) if current.isValid() else None
        if doc_id:
            self.intervention_selected.emit(doc_id)

    def _on_suggest_button_clicked(self) -> None:
        self.suggestion_accepted.emit(self.suggest_button.property("suggestion"))

    # -- output --------------------------------------------------------------------------------

    def answered(self, generation: int) -> None:
        """The answer to search request ``generation`` is the one on show (or failed)."""
        self.answered_generation = generation

    def browse(self) -> None:
        """Show the whole list instead of the start view, with the focus in it."""
        self._browsing = True
        self.stack.setCurrentWidget(self.list)
        self.list.setFocus()

    def reset(self) -> None:
        """No text and no browsing, without asking for a search (the caller runs one)."""
        self._browsing = False
        blocked = self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(blocked)

    def set_start(self, start: QWidget) -> None:
        self.start = start
        self.stack.addWidget(start)

    def show_opening(self) -> None:
        """The first frame, while the rest of the window and the library open: the field takes
        input already; in place of results a short note instead of an empty list."""
        self.empty_label.setText(self.tr("De bibliotheek wordt geopend…"))
        for widget in (self.suggest_button, self.clear_button, self.start_button, self.empty_tips):
            widget.hide()
        self.stack.setCurrentWidget(self.empty)

    def show_start_page(self, total: int) -> None:
        """The first screen before any search has been answered (the index may still open)."""
        self.start_button.show()
        self.empty_tips.show()
        if self.start is not None:
            self.stack.setCurrentWidget(self.start)
            count = self.tr("%n interventie(s)", "", total)
            self.status.setText(self.tr("Startpagina — %s in de bibliotheek") % count)

    def show_result(self, result: SearchResult, has_filters: bool) -> None:
        if self._vocabulary is not None:  # the cards' code is not needed for the first frame
            from kb_app.gui.result_delegate import ResultDelegate

            self.list.setItemDelegate(ResultDelegate(self._vocabulary, self.list))
            self._vocabulary = None
        self.model.set_hits(result.hits)
        starting = self.start is not None and not (
            result.query.text.strip() or has_filters or self._browsing
        )
        self.status.setText(self._status_text(result, starting))
        if starting and self.start is not None:  # (starting implies a start view; for mypy)
            self.stack.setCurrentWidget(self.start)
            return
        if result.total:
            self.stack.setCurrentWidget(self.list)
            return
        typed = result.query.text.strip()
        message = (
            (self.tr("Geen resultaten voor ‘%s’.") % typed)
            if typed
            else self.tr("Geen resultaten met deze filters.")
        )
        self.empty_label.setText(message)
        self.suggest_button.setVisible(bool(result.suggestion))
        if result.suggestion:
            self.suggest_button.setText(self.tr("Bedoelde u: %s?") % result.suggestion)
            self.suggest_button.setAccessibleName(self.suggest_button.text())
            self.suggest_button.setProperty("suggestion", result.suggestion)
        self.clear_button.setVisible(has_filters)
        self.clear_button.setText(
            self.tr("Zoek zonder filters") if typed else self.tr("Filters wissen")
        )
        self.stack.setCurrentWidget(self.empty)

    def _status_text(self, result: SearchResult, starting: bool = False) -> str:
        count = self.tr("%n interventie(s)", "", result.total)
        if starting:
            return self.tr("Startpagina — %s in de bibliotheek") % count
        if result.corrected:
            return (
                self.tr("Geen resultaten voor ‘%1’; dit zijn de resultaten voor ‘%2’: %3")
                .replace("%1", result.query.text)
                .replace("%2", result.suggestion or "")
                .replace("%3", count)
            )
        if result.partial:
            return self.tr("%s — ook resultaten zonder alle woorden (onderaan)") % count
        return count
