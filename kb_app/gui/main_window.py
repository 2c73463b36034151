"""The main window: filters and lists on the left, search in the centre, details on the right.

It wires the views to the services it is given (no service is created here) and remembers its
layout, last query and filters in ``Settings``. It owns the helpers it makes, each with its
collaborators passed in: ``searching`` (``SearchFlow``: the query and its answer), ``compare``
(``CompareList``) and ``panes`` (``PaneLayout``: the room the plan borrows). Signals: none of
its own.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from kb_app.core.paths import AppPaths
from kb_app.gui.background import Background
from kb_app.gui.panes import SEARCH_MIN, PaneLayout, fit_to_screen, reserve_menu_bar
from kb_app.gui.search_view import SearchView
from kb_app.gui.search_worker import SearchRunner
from kb_app.gui.settings import Settings, restore_filters, restore_geometry, save_window
from kb_app.library import Library
from kb_app.store.user import UserStore

if TYPE_CHECKING:
    from kb_app.gui.compare import CompareList
    from kb_app.gui.library_update import UpdateFlow

OPEN_INDEX_AT_LATEST_MS = 500
# What build_panes needs beyond the search field: imported off the GUI thread when staged.
PANE_MODULES = (
    "kb_app.gui.compare",
    "kb_app.gui.search_flow",
    "kb_app.gui.theme",
    "kb_app.gui.side_panel",
    "kb_app.gui.start_view",
    "kb_app.gui.detail_pane",
    "kb_app.gui.plan_panel",
    "kb_app.gui.explain_view",
    "kb_app.gui.menus",
)


class MainWindow(QMainWindow):
    # The menu actions this window enables and relabels: menus.build_menus makes them.
    add_to_plan_action: QAction
    compare_action: QAction
    compare: CompareList  # made with the panes (build_panes), like everything it serves

    def __init__(
        self,
        library: Library,
        user: UserStore,
        settings: Settings,
        today: dt.date | None = None,
        paths: AppPaths | None = None,
        notices: Sequence[str] = (),
        staged: bool = False,
    ) -> None:
        """``staged``: show the frame and the search field first and build the other panes
        right after the first paint (what ``run_gui`` does); else everything now."""
        super().__init__()
        self.library, self.user, self.settings = library, user, settings
        self.paths = paths  # where library updates are installed; None: updates unavailable
        self.after_close: Callable[[], str] | None = None  # run by run_gui, then it reopens
        self.update_flow: UpdateFlow | None = None  # a library update under way (start_update)
        self.startup_notices = list(notices)  # about the user's data, shown once it is open
        self.today = today or dt.date.today()
        self._closed = False
        self.built = False  # the panes beside the search field exist (see build_panes)
        self.setWindowTitle("Wat Werkt")
        self.search_view = SearchView(library.reader.vocabulary(), self)
        # No splitter, restored layout or plan squeezes the search below a usable width.
        self.search_view.setMinimumWidth(SEARCH_MIN)
        # The index opens on the search thread right after the first paint (see event()); a
        # search asked for before that waits in the runner.
        self.runner = SearchRunner(library.open_search, self)
        self.runner.unavailable.connect(self.search_view.status.setText)
        self.splitter = QSplitter(self)  # horizontal: Qt's default
        for widget in (QWidget(self), self.search_view, QWidget(self)):  # sides: placeholders
            self.splitter.addWidget(widget)
        self.splitter.setSizes([280, 460, 620])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        restore_geometry(self, settings)
        fit_to_screen(self)
        self.search_view.field.setFocus()
        # Loads the other panes' code when staged; None once asked (or when not staged).
        self._loader = Background("window", self) if staged else None
        self._loading = False
        if staged:
            reserve_menu_bar(self)
            self.search_view.show_opening()
        else:
            self.build_panes()
        QTimer.singleShot(OPEN_INDEX_AT_LATEST_MS, self._after_first_paint)  # if never painted

    def build_panes(self) -> None:
        """The side tabs, start view, details, plan, menus and the first search."""
        if self.built or self._closed:
            return
        # Imported here, not at the top: none of it is needed for the first frame.
        from PySide6.QtWidgets import QLabel

        from kb_app.gui.compare import CompareList
        from kb_app.gui.detail_pane import DetailPane
        from kb_app.gui.explain_view import ExplainPanel
        from kb_app.gui.language import ui_language
        from kb_app.gui.layout import PageTabs
        from kb_app.gui.menus import build_menus
        from kb_app.gui.plan_panel import PlanPanel
        from kb_app.gui.search_flow import SearchFlow
        from kb_app.gui.side_panel import SidePanel
        from kb_app.gui.start_view import StartView
        from kb_app.gui.theme import apply_theme

        library, user = self.library, self.user
        self.compare = CompareList(library.reader, self.today, self)
        self.compare.message.connect(self._on_compare_message)
        self.tabs = SidePanel(library.reader, self)
        self.filters = self.tabs.filters
        self.favorites, self.favorites_view = self.tabs.favorites, self.tabs.favorites_view
        self.principles_view = self.tabs.principles_view
        self.start = StartView(library.reader, self)
        self.search_view.set_start(self.start)
        self.detail = DetailPane(library.reader, user, self.today, self)
        self.plans = PlanPanel(
            library.reader, lambda: library.search, user, self.today, self, settings=self.settings
        )
        self.right = PageTabs(self)
        self.right.addTab(self.detail, self.tr("&Interventie"))
        self.right.addTab(self.plans, self.tr("Actie&plan"))
        self.right.currentChanged.connect(self.fit_panes)
        self.panes = PaneLayout(
            self, self.splitter, self.tabs, self.search_view, self.right, self.plans
        )
        # Styled now, not in the first frame: no widget there has a styled role, and a style
        # sheet makes every widget's first polish slower.
        apply_theme(self)
        for index, widget in ((0, self.tabs), (2, self.right)):
            placeholder = self.splitter.replaceWidget(index, widget)  # keeps the sizes
            if placeholder is not None:
                placeholder.deleteLater()
        if ui_language() != "nl":  # the interface is translated, the library is not: say so once
            self.statusBar().addPermanentWidget(
                QLabel(self.tr("De inhoud van de bibliotheek is in het Nederlands."), self)
            )
        self.explain = ExplainPanel(lambda: library.search, self.search_view)
        self.searching = SearchFlow(self.runner, self.search_view, self.filters, self.explain, self)
        self._connect()
        self.add_to_plan_action, self.compare_action = build_menus(self)
        self.menuBar().setMinimumHeight(0)
        self._set_tab_order()
        self._on_detail_current_changed("", "")  # nothing shown yet: nothing to add
        restore_filters(self, self.settings)
        self.built = True
        self.fit_panes()
        self.refresh_favorites()
        self.search_view.show_start_page(library.reader.count())
        self.run_search()

    def _after_first_paint(self) -> None:
        """Open the index on the search thread; import the other panes' code on another one,
        then build them here (the GUI thread keeps taking keys while the code loads)."""
        self.runner.start()
        if self._loader is not None and not self._loading:
            self._loading = True
            self._loader.submit(
                lambda: [importlib.import_module(name) for name in PANE_MODULES],
                lambda _modules: self.build_panes(),
                lambda _message: self.build_panes(),  # the import fails here too, with detail
            )

    def _connect(self) -> None:
        self.search_view.query_changed.connect(self.run_search)
        self.search_view.intervention_selected.connect(self._on_search_view_intervention_selected)
        self.search_view.suggestion_accepted.connect(self.search_view.field.setText)
        self.search_view.clear_filters_requested.connect(self.filters.clear)
        self.filters.filters_changed.connect(self.run_search)
        self.detail.favorites_changed.connect(self.refresh_favorites)
        self.detail.note_saved.connect(self.refresh_favorites)
        self.detail.compare_requested.connect(self.compare.add)
        self.tabs.document_chosen.connect(self.detail.show_document)
        self.search_view.start_requested.connect(self.show_start)
        self.start.search_requested.connect(self.focus_search)
        self.start.principles_requested.connect(self.show_principles)
        self.start.plan_requested.connect(self.show_plan)
        self.start.browse_requested.connect(self._on_start_browse_requested)
        self.start.filter_requested.connect(self._on_start_filter_requested)
        self.start.intervention_requested.connect(self._on_search_view_intervention_selected)
        self.detail.current_changed.connect(self._on_detail_current_changed)

    def _set_tab_order(self) -> None:
        """As the eye reads, starting at the search field: the centre top to bottom (the start
        view or the results), then the details, then round to the side tabs on the left."""
        from PySide6.QtWidgets import QToolButton

        chain = [
            self.search_view.field,
            self.search_view.sort,
            *self.search_view.chips.chips,
            *self.start.focus_chain(),
            self.search_view.list,
            self.right.tabBar(),
            *self.detail.toolbar.findChildren(QToolButton),
            self.detail.browser,
            self.detail.note,
            self.tabs.tabBar(),
            self.filters.min_evidence,
            self.filters.tree,
            self.filters.clear_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Close the Tab ring: after the last filter control comes the search field again."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        ends = (self.filters.clear_button, self.search_view.field)
        if QApplication.focusWidget() is ends[0 if forward else 1]:
            ends[1 if forward else 0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(forward)

    # -- searching -----------------------------------------------------------------------------

    def current_query(self) -> dict[str, Any]:
        """What to search for, as the fields of a ``SearchQuery`` (see ``SearchFlow``)."""
        return self.searching.current_query()

    def run_search(self) -> None:
        self.searching.run()

    def _on_search_view_intervention_selected(self, doc_id: str) -> None:
        self.detail.show_document("intervention", doc_id)

    def focus_search(self) -> None:
        self.search_view.field.setFocus()
        self.search_view.field.selectAll()

    def clear_search(self) -> None:
        self.search_view.field.clear()
        self.search_view.field.setFocus()

    def show_start(self) -> None:
        """Back to the first screen: no text, no filters, no list."""
        self.search_view.reset()
        self.filters.clear()  # runs the search, which shows the start view
        self.start.setFocus()

    def _on_start_browse_requested(self) -> None:
        self.search_view.browse()

    def _on_start_filter_requested(self, facet: str, term: str) -> None:
        self.filters.add(facet, term)
        self.tabs.setCurrentWidget(self.filters)

    # -- favourites, principles, plan, compare ------------------------------------------------

    def refresh_favorites(self) -> None:
        """Favourites and notes changed: the side list and the marks on the results follow."""
        reader = self.library.reader
        favorites = self.user.favorites()
        notes = {n.intervention_id for n in self.user.notes() if n.body.strip()}
        self.favorites.set_details(
            {row["id"]: row["evidence_level"] for row in reader.listing()}, notes
        )
        self.favorites.set_favorites([(f, reader.has(f.intervention_id)) for f in favorites])
        self.search_view.model.set_marks({f.intervention_id for f in favorites}, notes)

    def show_favorites(self) -> None:
        self.tabs.show_favorites()

    def show_principles(self) -> None:
        self.tabs.show_principles()

    def show_plan(self) -> None:
        self.right.setCurrentWidget(self.plans)

    def add_to_plan(self) -> None:
        """Add the intervention in focus (result list) or on show (detail) to the plan."""
        from kb_app.gui.models import ID_ROLE

        doc_id = None
        if self.search_view.list.hasFocus():
            doc_id = self.search_view.list.currentIndex().data(ID_ROLE)
        current = self.detail.current()
        if doc_id is None and current and current[0] == "intervention":
            doc_id = current[1]
        if doc_id and self.library.reader.has(doc_id) and self.plans.add_intervention(doc_id):
            plan = self.plans.current_plan()  # one exists: adding starts one if needed
            title = plan.title if plan is not None else ""
            self.statusBar().showMessage(self.tr("Toegevoegd aan plan ‘%s’") % title, 5000)

    def _on_detail_current_changed(self, kind: str, doc_id: str) -> None:
        # Only a library intervention can go into a plan; a principle page cannot.
        self.add_to_plan_action.setEnabled(
            kind == "intervention" and self.library.reader.has(doc_id)
        )

    def _on_compare_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    # -- dialogs and state -----------------------------------------------------------------------

    def start_update(self, flow: UpdateFlow) -> None:
        """Keep a library update while it runs, and start it."""
        self.update_flow = flow
        flow.done.connect(self._on_update_flow_done)
        flow.start()

    def _on_update_flow_done(self) -> None:
        self.update_flow = None

    def close_then(self, action: Callable[[], str]) -> None:
        """Close, and let ``run_gui`` run ``action`` once the library is closed; it reopens."""
        self.after_close = action
        self.close()

    def save_state(self) -> None:
        if not self.built:  # closed in its first moment: nothing was changed yet
            return
        self.detail.save_note()
        self.plans.commit_pending()
        self.panes.save(lambda: save_window(self, self.settings))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.runner.started:
            QTimer.singleShot(0, self._after_first_paint)  # painted: now the rest may follow
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # again: only a shown window knows the size of its frame

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_panes()

    def fit_panes(self) -> None:
        if self.built:
            self.panes.fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:  # a second close (e.g. at shutdown) must not save again
            self._closed = True
            self.save_state()
            self.runner.stop()
            if self._loader is not None:
                self._loader.stop()
        super().closeEvent(event)
