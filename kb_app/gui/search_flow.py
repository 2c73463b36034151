"""One search from the window's fields to its answer: the query from the search field, the
filters and the spelling choice; the answer in the result list, the explanation, the filter
counts and the chips.

``SearchFlow`` is owned by the main window, which makes it once the filter panel and the
explanation exist; the runner (the search thread) and the views come in through the
constructor. Its texts keep the window's translation context, where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from kb_app.gui.models import facet_label

if TYPE_CHECKING:  # the panes' code loads after the first paint (main_window.PANE_MODULES)
    from kb_app.gui.explain_view import ExplainPanel
    from kb_app.gui.filter_panel import FilterPanel
    from kb_app.gui.search_view import SearchView
    from kb_app.gui.search_worker import SearchRunner
    from kb_app.search.service import SearchQuery, SearchResult


class SearchFlow(QObject):
    """Asks the runner for what the fields say and shows what it answers."""

    def __init__(
        self,
        runner: SearchRunner,
        view: SearchView,
        filters: FilterPanel,
        explain: ExplainPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._view, self._filters, self._explain = runner, view, filters, explain
        runner.finished.connect(self._on_runner_finished)
        view.chips.removed.connect(self._on_chips_removed)

    def current_query(self) -> dict[str, Any]:
        """What to search for, as the fields of a ``SearchQuery`` (made on the search thread)."""
        return {
            "text": self._view.text(),
            "filters": self._filters.model.filters(),
            "min_evidence": self._filters.minimum(),
            "sort": self._view.sort_key(),
            "limit": 200,
            "snippet_limit": 30,
            "prefix_last": True,
            "correct": self._explain.correct(self._view.text()),
        }

    def run(self) -> None:
        self._runner.request(self.current_query())

    def _on_runner_finished(self, generation: int, result: SearchResult | None) -> None:
        self._view.answered(generation)
        if result is None:
            self._view.status.setText(
                QCoreApplication.translate(
                    "MainWindow", "Zoeken lukte niet; probeer andere woorden."
                )
            )
            return
        query = result.query
        has_filters = bool(query.filters or query.min_evidence)
        self._view.show_result(result, has_filters)
        self._explain.show_result(result)
        self._filters.model.set_counts(result.facets)
        self._view.chips.set_chips(self._chips(query))

    def _chips(self, query: SearchQuery) -> list[tuple[str, str, str]]:
        chips = [
            (facet, term, f"{facet_label(facet)}: {self._filters.model.label(facet, term)}")
            for facet, terms in sorted(query.filters.items())
            for term in sorted(terms)
        ]
        if query.min_evidence:
            chips.append(("", "", self._filters.min_evidence.currentText()))
        return chips

    def _on_chips_removed(self, facet: str, term: str) -> None:
        if facet:
            self._filters.remove(facet, term)
        else:
            self._filters.set_minimum(None)
