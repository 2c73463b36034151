"""Draws one search result: title, evidence badge (colour and text), snippet or summary, tags."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kb_app.core.model import Vocabulary
from kb_app.gui.detail_html import badge
from kb_app.gui.language import ui_language
from kb_app.gui.models import HIT_ROLE

WIDTH_HINT = 420


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, vocabulary: Vocabulary, parent=None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._lang = ui_language()

    def _document(self, option: QStyleOptionViewItem, index,
                  selected: bool = False) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        if hit is None:
            document.setPlainText("—")
            return document
        # Qt's rich text has no <mark>: show matches bold on a soft yellow instead (underlined
        # on the selection colour, where yellow would hide white text).
        opening = "<b><u>" if selected else '<b style="background-color:#fff59d; color:#000;">'
        closing = "</u></b>" if selected else "</b>"
        text = (hit.snippet.replace("<mark>", opening).replace("</mark>", closing)
                if hit.snippet else escape(hit.summary))
        themes = ", ".join(escape(self._vocabulary.label("themes", t, self._lang)) for t in hit.themes)
        document.setHtml(
            f"<b>{escape(hit.title)}</b> &nbsp;{badge(hit.evidence_level, self._vocabulary, self._lang)}"
            f"<br>{text}<br><small>{themes}</small>")
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                              option.widget)
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

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else WIDTH_HINT
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(int(width), int(document.size().height()) + 2)
