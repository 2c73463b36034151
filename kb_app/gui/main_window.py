"""The main window: filters and lists on the left, search in the centre, details on the right.

It wires the views to the services it is given (no service is created here) and remembers its
layout, last query and filters in ``Settings``. Signals: none of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from kb_app.core.paths import AppPaths
from kb_app.gui.detail_pane import DetailPane
from kb_app.gui.dialogs import CompareDialog, PreferencesDialog, about_text
from kb_app.gui.filter_panel import FilterPanel
from kb_app.gui.menus import build_menus
from kb_app.gui.models import ID_ROLE, FavoritesModel, facet_label
from kb_app.gui.plan_panel import PlanPanel
from kb_app.gui.search_view import SearchView
from kb_app.gui.search_worker import SearchRunner
from kb_app.gui.settings import Settings
from kb_app.library import Library
from kb_app.search.service import SearchQuery
from kb_app.store.user import UserStore

MAX_COMPARE = 4


class MainWindow(QMainWindow):
    def __init__(self, library: Library, user: UserStore, settings: Settings,
                 today: dt.date | None = None, paths: AppPaths | None = None) -> None:
        super().__init__()
        self.library, self.user, self.settings = library, user, settings
        self.paths = paths  # where library updates are installed; None: updates unavailable
        self.after_close: Callable[[], str] | None = None  # run by run_gui, then it reopens
        self.today = today or dt.date.today()
        self.compare_ids: list[str] = []
        self._closed = False
        self.setWindowTitle("Wat Werkt")
        vocabulary = library.reader.vocabulary()
        self.filters = FilterPanel(vocabulary, self)
        self.search_view = SearchView(vocabulary, self)
        self.detail = DetailPane(library.reader, user, self.today, self)
        self.plans = PlanPanel(library.reader, library.search, user, self.today, self,
                               settings=settings)
        self.right = QTabWidget(self)
        self.right.addTab(self.detail, self.tr("&Interventie"))
        self.right.addTab(self.plans, self.tr("Actie&plan"))
        self.favorites = FavoritesModel(self)
        self.favorites_view = self._list_view(self.favorites, self.tr("Favorieten"))
        self.principles_view = self._list_view(self._principles_model(), self.tr("Wat werkt"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.filters, self.tr("&Filters"))
        self.tabs.addTab(self.favorites_view, self.tr("F&avorieten"))
        self.tabs.addTab(self.principles_view, self.tr("&Wat werkt"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.tabs, self.search_view, self.right):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([300, 440, 620])
        self.setCentralWidget(self.splitter)
        self.runner = SearchRunner(library.search, self)
        self._connect()
        self._set_tab_order()
        build_menus(self)
        self._on_detail_current_changed("", "")  # nothing shown yet: nothing to add
        self._restore()
        self.refresh_favorites()
        self.run_search()
        self.search_view.field.setFocus()

    def _list_view(self, model, name: str) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    def _principles_model(self) -> QStandardItemModel:
        model = QStandardItemModel(self)
        for principle in self.library.reader.principles():
            item = QStandardItem(principle.title)
            item.setData(principle.id, ID_ROLE)
            item.setToolTip(principle.summary)
            model.appendRow(item)
        return model

    def _connect(self) -> None:
        self.search_view.query_changed.connect(self.run_search)
        self.search_view.intervention_selected.connect(self._on_search_view_intervention_selected)
        self.search_view.suggestion_accepted.connect(self.search_view.field.setText)
        self.search_view.clear_filters_requested.connect(self.filters.clear)
        self.search_view.chips.removed.connect(self._on_chips_removed)
        self.filters.filters_changed.connect(self.run_search)
        self.runner.finished.connect(self._on_runner_finished)
        self.detail.favorites_changed.connect(self.refresh_favorites)
        self.detail.compare_requested.connect(self.add_to_compare)
        self.detail.current_changed.connect(self._on_detail_current_changed)
        self.favorites_view.activated.connect(self._on_favorites_view_activated)
        self.favorites_view.clicked.connect(self._on_favorites_view_activated)
        self.principles_view.activated.connect(self._on_principles_view_activated)
        self.principles_view.clicked.connect(self._on_principles_view_activated)

    def _set_tab_order(self) -> None:
        """Search first, then what it produces, then the details; the side tabs last."""
        chain = [self.search_view.field, self.search_view.sort, self.search_view.list,
                 self.detail.browser, self.detail.note, self.tabs, self.filters.min_evidence,
                 self.filters.tree, self.filters.clear_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- searching -----------------------------------------------------------------------------

    def current_query(self) -> SearchQuery:
        return SearchQuery(text=self.search_view.text(), filters=self.filters.model.filters(),
                           min_evidence=self.filters.minimum(), sort=self.search_view.sort_key(),
                           limit=200, snippet_limit=30, prefix_last=True)

    def run_search(self) -> None:
        self.runner.request(self.current_query())

    def _on_runner_finished(self, generation: int, result) -> None:
        self.search_view.answered_generation = generation
        if result is None:
            self.search_view.status.setText(self.tr("Zoeken lukte niet; probeer andere woorden."))
            return
        query = result.query
        has_filters = bool(query.filters or query.min_evidence)
        self.search_view.show_result(result, has_filters)
        self.filters.model.set_counts(result.facets)
        self.search_view.chips.set_chips(self._chips(query))

    def _chips(self, query: SearchQuery) -> list[tuple[str, str, str]]:
        chips = [(facet, term, f"{facet_label(facet)}: {self.filters.model.label(facet, term)}")
                 for facet, terms in sorted(query.filters.items()) for term in sorted(terms)]
        if query.min_evidence:
            chips.append(("", "", self.filters.min_evidence.currentText()))
        return chips

    def _on_chips_removed(self, facet: str, term: str) -> None:
        if facet:
            self.filters.remove(facet, term)
        else:
            self.filters.set_minimum(None)

    def _on_search_view_intervention_selected(self, doc_id: str) -> None:
        self.detail.show_document("intervention", doc_id)

    def focus_search(self) -> None:
        self.search_view.field.setFocus()
        self.search_view.field.selectAll()

    def clear_search(self) -> None:
        self.search_view.field.clear()
        self.search_view.field.setFocus()

    # -- favourites, principles, compare -------------------------------------------------------

    def refresh_favorites(self) -> None:
        reader = self.library.reader
        self.favorites.set_favorites([(f, reader.has(f.intervention_id))
                                      for f in self.user.favorites()])

    def show_favorites(self) -> None:
        self.tabs.setCurrentWidget(self.favorites_view)
        self.favorites_view.setFocus()

    def show_principles(self) -> None:
        self.tabs.setCurrentWidget(self.principles_view)
        self.principles_view.setFocus()

    def _on_favorites_view_activated(self, index) -> None:
        self.detail.show_document("intervention", index.data(ID_ROLE))

    def _on_principles_view_activated(self, index) -> None:
        self.detail.show_document("principle", index.data(ID_ROLE))

    def show_plan(self) -> None:
        self.right.setCurrentWidget(self.plans)

    def add_to_plan(self) -> None:
        """Add the intervention in focus (result list) or on show (detail) to the plan."""
        doc_id = None
        if self.search_view.list.hasFocus():
            doc_id = self.search_view.list.currentIndex().data(ID_ROLE)
        current = self.detail.current()
        if doc_id is None and current and current[0] == "intervention":
            doc_id = current[1]
        if doc_id and self.library.reader.has(doc_id) and self.plans.add_intervention(doc_id):
            self.statusBar().showMessage(self.tr("Toegevoegd aan plan ‘%s’")
                                         % self.plans.current_plan().title, 5000)

    def _on_detail_current_changed(self, kind: str, doc_id: str) -> None:
        # Only a library intervention can go into a plan; a principle page cannot.
        self.add_to_plan_action.setEnabled(kind == "intervention"
                                           and self.library.reader.has(doc_id))

    def add_to_compare(self, doc_id: str) -> None:
        if doc_id in self.compare_ids:
            return
        if len(self.compare_ids) >= MAX_COMPARE:
            QMessageBox.information(self, self.tr("Vergelijken"),
                                    self.tr("U kunt hooguit vier interventies vergelijken. "
                                            "Maak de vergelijking eerst leeg."))
            return
        self.compare_ids.append(doc_id)
        self._update_compare_action()

    def clear_compare(self) -> None:
        self.compare_ids.clear()
        self._update_compare_action()

    def _update_compare_action(self) -> None:
        count = len(self.compare_ids)
        self.compare_action.setText(self.tr("&Vergelijken (%d)…") % count)
        self.compare_action.setEnabled(count >= 2)

    def show_compare(self) -> None:
        if len(self.compare_ids) >= 2:
            CompareDialog(self.library.reader, self.compare_ids, self.today, self).exec()

    # -- dialogs and state -----------------------------------------------------------------------

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(str(self.settings.value("ui/language", "") or ""), self)
        if dialog.exec():
            self.settings.set_value("ui/language", dialog.chosen_language())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Over Wat Werkt"),
                          about_text(self.library.location.manifest, self.library.reader.count()))

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.filters.model.set_filters(self.settings.filters())
        self.filters.set_minimum(self.settings.value("search/min_evidence") or None)
        self.search_view.set_sort_key(str(self.settings.value("search/sort", "relevance")))
        blocked = self.search_view.field.blockSignals(True)
        self.search_view.field.setText(str(self.settings.value("search/text", "") or ""))
        self.search_view.field.blockSignals(blocked)

    def save_state(self) -> None:
        self.detail.save_note()
        self.plans.commit_pending()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("search/text", self.search_view.text())
        self.settings.set_value("search/sort", self.search_view.sort_key())
        self.settings.set_value("search/min_evidence", self.filters.minimum() or "")
        self.settings.set_filters(self.filters.model.filters())
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._closed:  # a second close (e.g. at shutdown) must not save again
            self._closed = True
            self.save_state()
            self.runner.stop()
        super().closeEvent(event)
