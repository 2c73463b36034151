"""The left side of the window: filters, favourites and the "wat werkt" pages, as tabs.

Favourites are cards (title, evidence badge, a mark when there is a note), not a bare list.
Signals: ``document_chosen(str, str)`` — kind ("intervention" or "principle") and id to show.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from kb_app.gui.filter_panel import FilterPanel
from kb_app.gui.layout import PageTabs
from kb_app.gui.models import ID_ROLE, FavoritesModel
from kb_app.gui.result_delegate import FavoriteDelegate
from kb_app.store.content import ContentReader


class SidePanel(PageTabs):
    document_chosen = Signal(str, str)

    def __init__(self, reader: ContentReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vocabulary = reader.vocabulary()
        self.filters = FilterPanel(vocabulary, self)
        self.favorites = FavoritesModel(self)
        self.favorites_view = self._list_view(self.favorites, self.tr("Favorieten"))
        self.favorites_view.setItemDelegate(FavoriteDelegate(vocabulary, self.favorites_view))
        self.favorites_view.setWordWrap(True)
        self.principles_view = self._list_view(self._principles_model(reader), self.tr("Wat werkt"))
        self.addTab(self.filters, self.tr("&Filters"))
        self.addTab(self.favorites_view, self.tr("F&avorieten"))
        self.addTab(self.principles_view, self.tr("&Wat werkt"))
        for view, kind in (
            (self.favorites_view, "intervention"),
            (self.principles_view, "principle"),
        ):
            view.activated.connect(lambda index, k=kind: self._on_view_activated(k, index))
            view.clicked.connect(lambda index, k=kind: self._on_view_activated(k, index))

    def _list_view(self, model: QAbstractItemModel, name: str) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(view.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        return view

    def _principles_model(self, reader: ContentReader) -> QStandardItemModel:
        model = QStandardItemModel(self)
        for principle in reader.principles():
            item = QStandardItem(principle.title)
            item.setData(principle.id, ID_ROLE)
            item.setToolTip(principle.summary)
            model.appendRow(item)
        return model

    def _on_view_activated(self, kind: str, index: QModelIndex) -> None:
        doc_id = index.data(ID_ROLE)
        if doc_id:
            self.document_chosen.emit(kind, doc_id)

    def show_favorites(self) -> None:
        self.setCurrentWidget(self.favorites_view)
        self.favorites_view.setFocus()

    def show_principles(self) -> None:
        self.setCurrentWidget(self.principles_view)
        self.principles_view.setFocus()
