"""Draws list rows as small rich-text cards: a search result (title, evidence badge, marks for a
favourite or a note, snippet or summary, themes) and a favourite (title, badge, note mark)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kb_app.core.model import REQUIRED_SECTIONS, Vocabulary
from kb_app.gui.detail_html import badge
from kb_app.gui.language import ui_language
from kb_app.gui.models import HIT_ROLE, LEVEL_ROLE, MARKS_ROLE

WIDTH_HINT = 420
AnyIndex = QModelIndex | QPersistentModelIndex
# A snippet is cut from the page text, where each section heading runs straight into its first
# sentence ("Doelgroep Ouderen in de wijk"). Longest first, so "Doel" does not eat "Doelgroep".
_HEADING = re.compile(
    r"(^|[.…]\s+|\s)("
    + "|".join(re.escape(h) for h in sorted(REQUIRED_SECTIONS, key=len, reverse=True))
    + r")\s+(?=[A-Z0-9<‘“'\"(])"
)


class CardDelegate(QStyledItemDelegate):
    """A row drawn from the HTML ``html()`` gives; height follows the wrapped text."""

    def __init__(self, vocabulary: Vocabulary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._lang = ui_language()

    def html(self, index: AnyIndex, selected: bool) -> str:
        return escape(str(index.data() or "—"))

    def _badge(self, level: str) -> str:
        return badge(level, self._vocabulary, self._lang) if level else ""

    def _document(
        self, option: QStyleOptionViewItem, index: AnyIndex, selected: bool = False
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(self.html(index, selected))
        document.setTextWidth(max(option.rect.width(), 120))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else WIDTH_HINT
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(int(width), int(document.size().height()) + 2)


class ResultDelegate(CardDelegate):
    def html(self, index: AnyIndex, selected: bool) -> str:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return "—"
        # Qt's rich text has no <mark>: show matches bold on a soft yellow instead (underlined
        # on the selection colour, where yellow would hide white text).
        opening = "<b><u>" if selected else '<b style="background-color:#fff59d; color:#000;">'
        closing = "</u></b>" if selected else "</b>"
        text = (
            hit.snippet.replace("<mark>", opening).replace("</mark>", closing)
            if hit.snippet
            else escape(hit.summary)
        )
        text = _HEADING.sub(r"\1<i>\2:</i> ", text)
        themes = ", ".join(
            escape(self._vocabulary.label("themes", t, self._lang)) for t in hit.themes
        )
        marks = escape(index.data(MARKS_ROLE) or "")
        return (
            f"<b>{escape(hit.title)}</b> &nbsp;{self._badge(hit.evidence_level)}"
            f"{' &nbsp;' + marks if marks else ''}<br>{text}<br><small>{themes}</small>"
        )


class FavoriteDelegate(CardDelegate):
    def html(self, index: AnyIndex, selected: bool) -> str:
        marks = escape(index.data(MARKS_ROLE) or "")
        return (
            f"<b>{escape(str(index.data() or ''))}</b><br>"
            f"{self._badge(index.data(LEVEL_ROLE) or '')}"
            f"{' &nbsp;' + marks if marks else ''}"
        )
