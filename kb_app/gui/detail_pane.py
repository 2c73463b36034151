"""The detail pane: one intervention or principle, with history, favourite star, private note
and related interventions. Internal links navigate here; external links open in the system
browser only after the user saw the address and agreed.

Signals: ``favorites_changed()`` — the star was toggled; ``compare_requested(str)`` — add this
intervention to the comparison; ``current_changed(str, str)`` — kind and id now shown;
``note_saved(str)`` — the note of this intervention was saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.errors import UnknownIdError
from kb_app.core.links import SAFE_SCHEMES
from kb_app.gui.detail_html import STYLE, intervention_html, principle_html
from kb_app.gui.language import ui_language
from kb_app.gui.layout import FlowLayout
from kb_app.search.related import RelatedFinder
from kb_app.store.content import ContentReader
from kb_app.store.user import UserStore

NOTE_SAVE_MS = 600


class DetailPane(QWidget):
    favorites_changed = Signal()
    compare_requested = Signal(str)
    current_changed = Signal(str, str)
    note_saved = Signal(str)

    def __init__(
        self, reader: ContentReader, user: UserStore, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reader, self._user, self._today = reader, user, today
        self._lang = ui_language()
        self._related = RelatedFinder(reader)
        self._history: list[tuple[str, str]] = []
        self._position = -1
        self._titles = {row["id"]: row["title"] for row in reader.listing()}
        self._build_ui()
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.show_placeholder()

    def _build_ui(self) -> None:
        self.back_button = self._tool("←", self.tr("Terug (Alt+Links)"), self.back)
        self.forward_button = self._tool("→", self.tr("Vooruit (Alt+Rechts)"), self.forward)
        # Actions, not button shortcuts: the window puts them in its menu, where the shortcuts
        # are visible and work wherever the focus is.
        self.favorite_action = QAction(self.tr("☆ Favoriet"), self)
        self.favorite_action.setToolTip(self.tr("Favoriet aan/uit (Ctrl+D)"))
        self.favorite_action.setShortcut(QKeySequence("Ctrl+D"))
        self.favorite_action.setCheckable(True)
        self.favorite_action.triggered.connect(self.toggle_favorite)
        self.compare_action = QAction(self.tr("Toevoegen aan vergelijking"), self)
        self.compare_action.setToolTip(self.tr("Toevoegen aan vergelijking (Ctrl+Shift+C)"))
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.triggered.connect(self._on_compare_action_triggered)
        self.star_button = QToolButton(self)
        self.star_button.setDefaultAction(self.favorite_action)
        self.star_button.setAccessibleName(self.tr("Favoriet"))
        self.compare_button = QToolButton(self)
        self.compare_button.setDefaultAction(self.compare_action)
        self.compare_button.setAccessibleName(self.tr("Toevoegen aan vergelijking"))
        # The buttons wrap onto a second row in a narrow pane instead of widening the window.
        self.toolbar = QWidget(self)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.toolbar.setSizePolicy(policy)
        bar = FlowLayout(self.toolbar, spacing=4)
        self._bar = bar
        for button in (
            self.back_button,
            self.forward_button,
            self.star_button,
            self.compare_button,
        ):
            bar.addWidget(button)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setAccessibleName(self.tr("Beschrijving"))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.note_label = QLabel(self.tr("Mijn &notitie (alleen voor u, Markdown mag):"), self)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Notitie"))
        self.note.setPlaceholderText(self.tr("Schrijf hier uw eigen aantekeningen…"))
        self.note_label.setBuddy(self.note)
        self.note_label.setWordWrap(True)
        self.note.setTabChangesFocus(True)  # Tab leaves the note, as everywhere else
        self.note.textChanged.connect(self._on_note_text_changed)
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.note_label)
        notes_layout.addWidget(self.note)
        self.splitter = QSplitter(self)
        self.splitter.setOrientation(self.splitter.orientation().Vertical)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(notes)
        self.splitter.setSizes([600, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)

    def add_toolbar_action(self, action: QAction) -> None:
        """Put a window action (such as "Toevoegen aan plan") on this pane's toolbar."""
        button = QToolButton(self.toolbar)
        button.setDefaultAction(action)
        self._bar.addWidget(button)

    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- navigation ----------------------------------------------------------------------------

    def current(self) -> tuple[str, str] | None:
        return self._history[self._position] if self._position >= 0 else None

    def show_document(self, kind: str, doc_id: str) -> None:
        if self.current() == (kind, doc_id):
            return
        self.save_note()  # before the position moves: the note belongs to the page being left
        del self._history[self._position + 1 :]
        self._history.append((kind, doc_id))
        self._position = len(self._history) - 1
        self._render()

    def back(self) -> None:
        if self._position > 0:
            self.save_note()
            self._position -= 1
            self._render()

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self.save_note()
            self._position += 1
            self._render()

    def show_placeholder(self) -> None:
        self.browser.setHtml(
            self.tr(
                "<h2>Kies een interventie</h2><p>Zoek links op een "
                "probleem, doelgroep of naam en kies een resultaat.</p>"
            )
        )
        self._set_editable(False)
        self._update_buttons()

    def _render(self) -> None:
        kind, doc_id = self._history[self._position]
        try:
            if kind == "intervention":
                item = self._reader.intervention(doc_id)
                principles = [self._reader.principle(p) for p in item.principles]
                html = intervention_html(
                    item, self._reader.vocabulary(), self._today, principles, self._lang
                )
                html += self._related_html(doc_id)
            else:
                html = principle_html(self._reader.principle(doc_id), self._titles, self._lang)
        except UnknownIdError:
            title = self._favorite_title(doc_id)
            html = (
                self.tr(
                    "<h2>%s</h2><p>Deze interventie staat niet meer in de bibliotheek. "
                    "Uw favoriet en notitie blijven bewaard.</p>"
                )
                % title
            )
        self.browser.setHtml(html)
        self._set_editable(kind == "intervention")
        self._load_note(doc_id if kind == "intervention" else None)
        self._update_buttons()
        self.current_changed.emit(kind, doc_id)

    def _favorite_title(self, doc_id: str) -> str:
        from html import escape

        titles = {f.intervention_id: f.title for f in self._user.favorites()}
        return escape(titles.get(doc_id, doc_id))

    def _related_html(self, doc_id: str) -> str:
        from html import escape

        related = self._related.related(doc_id)
        if not related:
            return ""
        links = "".join(
            f'<li><a href="kb://intervention/{escape(r)}">{escape(self._titles.get(r, r))}</a></li>'
            for r in related
        )
        heading = self.tr("Vergelijkbare interventies")
        return f"<h2>{heading}</h2><ul>{links}</ul>"

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)
        current = self.current()
        item_id = current[1] if current and current[0] == "intervention" else None
        favorite = item_id is not None and self._user.is_favorite(item_id)
        self.favorite_action.setChecked(favorite)
        self.favorite_action.setText(self.tr("★ Favoriet") if favorite else self.tr("☆ Favoriet"))
        self.compare_action.setEnabled(item_id is not None and self._reader.has(item_id))

    def _set_editable(self, enabled: bool) -> None:
        self.favorite_action.setEnabled(enabled)
        for widget in (self.note, self.note_label):
            widget.setEnabled(enabled)

    # -- links ---------------------------------------------------------------------------------

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "kb":
            kind = url.host()
            doc_id = url.path().lstrip("/")
            if kind in ("intervention", "principle") and doc_id:
                self.show_document(kind, doc_id)
        elif scheme in SAFE_SCHEMES:
            self.open_external(url)

    def open_external(self, url: QUrl) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Link openen"),
            self.tr(
                "Deze link opent in uw webbrowser (daarvoor is internet nodig):\n\n%s\n\nOpenen?"
            )
            % url.toString(),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    # -- favourite, compare, note ----------------------------------------------------------------

    def toggle_favorite(self) -> None:
        current = self.current()
        if not current or current[0] != "intervention":
            return
        doc_id = current[1]
        if self._user.is_favorite(doc_id):
            self._user.remove_favorite(doc_id)
        else:
            self._user.add_favorite(doc_id, self._titles.get(doc_id, doc_id))
        self._update_buttons()
        self.favorites_changed.emit()

    def _on_compare_action_triggered(self) -> None:
        current = self.current()
        if current and current[0] == "intervention":
            self.compare_requested.emit(current[1])

    def _load_note(self, doc_id: str | None) -> None:
        note = self._user.note(doc_id) if doc_id else None
        blocked = self.note.blockSignals(True)
        self.note.setPlainText(note.body if note else "")
        self.note.blockSignals(blocked)

    def _on_note_text_changed(self) -> None:
        self._note_timer.start()

    def save_note(self) -> None:
        """Save the note being edited now (also called before navigating and on close)."""
        self._note_timer.stop()
        current = self.current()
        if current and current[0] == "intervention" and self.note.isEnabled():
            stored = self._user.note(current[1])
            text = self.note.toPlainText()
            if (stored.body if stored else "") != text:
                self._user.set_note(current[1], text)
                self.note_saved.emit(current[1])
