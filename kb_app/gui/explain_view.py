""" "Waarom dit resultaat?" and the correction line, shown under the search view's status.

``ExplainPanel`` adds two things to a ``SearchView`` without changing it:

- the correction line: "Resultaten voor X — zoek toch naar Y" when the typed words found nothing
  and a spelling correction did (the button searches for exactly what was typed), or "Bedoelde u
  X?" when the typed words found something and a likely correction exists (the button searches
  for it);
- a "Waarom dit resultaat?" button that opens a small view of what every typed word became (stem,
  synonyms, English mapping, other forms, compound parts, a joined name, a correction) and, for
  the selected result, in which of its fields each word was found.

Signals: ``search_requested(str)`` — the user chose to search for a text (the panel has typed it
into the field already; the window's normal search follows).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kb_app.gui.search_view import SearchView
    from kb_app.search.explain import WordExplanation
    from kb_app.search.service import SearchResult, SearchService

# The service names fields in Dutch; these make the English interface translate them.
FIELD_LABELS = {
    "titel": QT_TRANSLATE_NOOP("ExplainPanel", "titel"),
    "andere namen": QT_TRANSLATE_NOOP("ExplainPanel", "andere namen"),
    "samenvatting": QT_TRANSLATE_NOOP("ExplainPanel", "samenvatting"),
    "labels": QT_TRANSLATE_NOOP("ExplainPanel", "labels"),
    "tag": QT_TRANSLATE_NOOP("ExplainPanel", "tag"),
    "tekst": QT_TRANSLATE_NOOP("ExplainPanel", "tekst"),
    "deel van een samengesteld woord": QT_TRANSLATE_NOOP(
        "ExplainPanel", "deel van een samengesteld woord"
    ),
}


class ExplainPanel(QWidget):
    search_requested = Signal(str)

    def __init__(
        self,
        service: Callable[[], SearchService],
        search_view: SearchView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or search_view)
        self._service = service
        self._view = search_view
        self._result: SearchResult | None = None
        self._selected: str | None = None
        self._exact: str | None = None  # a text the user asked to search without correction
        self.line = QLabel(self)
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # repeats typed text: never markup
        self.line_button = QPushButton(self)
        self.line_button.setFlat(True)
        self.line_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why_button = QPushButton(self.tr("Waarom dit resultaat?"), self)
        self.why_button.setCheckable(True)
        self.why_button.setFlat(True)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Uitleg bij de zoekvraag"))
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(220)
        self.details.setVisible(False)
        self._layout()
        self.line_button.clicked.connect(self._on_line_button_clicked)
        self.why_button.toggled.connect(self._on_why_button_toggled)
        search_view.intervention_selected.connect(self._on_view_intervention_selected)
        search_view.add_below_status(self)
        self.setVisible(False)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        row.addWidget(self.line_button)
        row.addStretch(1)
        row.addWidget(self.why_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.details)

    # -- the window asks -----------------------------------------------------------------------

    def correct(self, text: str) -> bool:
        """Whether a search for ``text`` may be corrected (not when the user said "toch")."""
        return text != self._exact

    def show_result(self, result: SearchResult) -> None:
        self._result = result
        if result.query.text != self._exact:
            self._exact = None
        typed, suggestion = result.query.text.strip(), result.suggestion or ""
        if result.corrected:
            self.line.setText(self.tr("Resultaten voor ‘%1’ —").replace("%1", suggestion))
            self._set_button(self.tr("zoek toch naar ‘%1’").replace("%1", typed), typed)
        elif suggestion:
            self.line.setText("")
            self._set_button(self.tr("Bedoelde u ‘%1’?").replace("%1", suggestion), suggestion)
        else:
            self.line.setText("")
            self._set_button("", "")
        words = result.explanation.words if result.explanation else ()
        self.why_button.setVisible(bool(words))
        self.setVisible(bool(words) or bool(suggestion))
        self._render()

    def _set_button(self, label: str, target: str) -> None:
        self.line.setVisible(bool(self.line.text()))
        self.line_button.setText(label.replace("&", "&&"))
        self.line_button.setProperty("target", target)
        self.line_button.setVisible(bool(label))

    # -- the user acts -------------------------------------------------------------------------

    def _on_line_button_clicked(self) -> None:
        target = str(self.line_button.property("target") or "")
        if self._result is not None and self._result.corrected:
            self._exact = target  # "zoek toch naar": exactly what was typed, no correction
        unchanged = self._view.field.text() == target
        self._view.field.setText(target)
        if unchanged:  # no textChanged, so ask the window for the search itself
            self._view.query_changed.emit()
        self.search_requested.emit(target)

    def _on_why_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self._render()

    def _on_view_intervention_selected(self, doc_id: str) -> None:
        self._selected = doc_id
        self._render()

    # -- the explanation -----------------------------------------------------------------------

    def _render(self) -> None:
        if not self.details.isVisible() or self._result is None:
            return
        explanation = self._result.explanation
        heading = self.tr("Zo is uw vraag gelezen")
        parts = [f"<p><b>{escape(heading)}</b></p><ul>"]
        for word in explanation.words if explanation else ():
            parts.append(f"<li>{self._word_html(word)}</li>")
        parts.append("</ul>")
        if explanation and explanation.dropped:
            left_out = self.tr("Weggelaten (te algemeen of een vraagwoord): ")
            parts.append(f"<p>{escape(left_out)}{escape(', '.join(explanation.dropped))}</p>")
        parts.append(self._hit_html())
        self.details.setHtml("".join(parts))

    def _word_html(self, word: WordExplanation) -> str:
        stem_label = self.tr("stam")
        lines = [
            f"<b>{escape(word.typed)}</b> → {escape(stem_label)} "
            f"<code>{escape(' '.join(word.stems))}</code>"
        ]
        facts = [
            (word.corrected_from, self.tr("verbeterd van ‘%1’"), (word.corrected_from,)),
            (word.english, self.tr("Engels woord, gezocht als: %1"), word.synonyms[:6]),
            (
                word.terms,
                self.tr("begrip uit de woordenlijst: %1"),
                word.terms_en if self._english() else word.terms,
            ),
            (word.synonyms and not word.english, self.tr("ook gezocht: %1"), word.synonyms[:6]),
            (word.variants, self.tr("andere vormen: %1"), word.variants),
            (word.parts, self.tr("samengesteld woord, delen: %1"), word.parts),
            (word.joined, self.tr("naam, getypt als: %1"), word.joined),
            (word.prefix, self.tr("nog aan het typen: woorden die zo beginnen"), ()),
        ]
        for present, label, values in facts:
            if present:
                lines.append(escape(label.replace("%1", ", ".join(values))))
        return "<br>".join(lines)

    def _english(self) -> bool:
        """Whether the English translation is active: then vocabulary terms are shown in English
        (the panel's own button text is translated exactly when it is)."""
        return self.tr("Waarom dit resultaat?") != "Waarom dit resultaat?"

    def _hit_html(self) -> str:
        if not self._selected or self._result is None:
            choose = self.tr("Kies een resultaat om te zien waar het is gevonden.")
            return f"<p><i>{escape(choose)}</i></p>"
        title = next((h.title for h in self._result.hits if h.id == self._selected), None)
        if title is None:
            return ""
        found = self._service().why(self._result, self._selected)
        missing = self.tr("niet gevonden (dit resultaat mist dit woord)")
        rows = [
            f"<li><b>{escape(word)}</b>: "
            f"{escape(', '.join(self._field_label(f) for f in fields) or missing)}"
            "</li>"
            for word, fields in found.items()
        ]
        found_in = self.tr("Gevonden in ‘%1’").replace("%1", title)
        return f"<p><b>{escape(found_in)}</b></p><ul>{''.join(rows)}</ul>"

    def _field_label(self, field: str) -> str:
        # str(): the stubs type QT_TRANSLATE_NOOP's result as object; it is the text itself.
        return self.tr(str(FIELD_LABELS.get(field, field)))
