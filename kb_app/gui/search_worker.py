"""Runs searches off the GUI thread so typing never waits for the index.

The runner first opens the index (``start()``, which the window calls right after its first
paint) on the same worker thread that then answers every search (``gui/background.py``). A
request made before the index is open — the user typing into the search field in the first
frame — is kept, and only the newest one runs as soon as the index is open.

Requests are the keyword arguments of a ``SearchQuery``: the query type lives next to Whoosh in
``search/service.py``, which the worker thread imports while the window is already on screen.

Signals: ``finished(int, object)`` — a request's generation number and its ``SearchResult``
(``None`` when that search failed); ``unavailable(str)`` — the index could not be opened (a
Dutch message). Only the newest request is answered: older results are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from kb_app.gui.background import Background

if TYPE_CHECKING:
    from kb_app.search.service import SearchResult, SearchService

NOT_OPENED = QT_TRANSLATE_NOOP(
    "SearchRunner",
    "De zoekindex kon niet worden geopend, dus zoeken werkt nu niet. "
    "Start Wat Werkt opnieuw: dan wordt de bibliotheek gecontroleerd en waar mogelijk "
    "opnieuw opgebouwd.",
)


def _search(service: SearchService, fields: dict[str, Any]) -> SearchResult:
    from kb_app.search.service import SearchQuery  # imported by now: the service needs it

    return service.search(SearchQuery(**fields))


class SearchRunner(QObject):
    """Owns the search thread; ``request()`` returns the generation it will answer."""

    finished = Signal(int, object)
    unavailable = Signal(str)

    def __init__(
        self, open_service: Callable[[], SearchService], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._open_service = open_service
        self._background = Background("search", self)
        self._generation = 0
        self._service: SearchService | None = None
        self._started = False
        self._waiting: dict[str, Any] | None = None  # the newest request before the index opened

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def ready(self) -> bool:
        return self._service is not None

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """Open the index on the search thread (once; later calls do nothing)."""
        if not self._started:
            self._started = True
            self._background.submit(
                self._open_service,
                self._on_opened,
                self.unavailable.emit,
                error=QCoreApplication.translate("SearchRunner", str(NOT_OPENED)),
            )

    def request(self, fields: dict[str, Any]) -> int:
        """Search for ``SearchQuery(**fields)``; before the index is open, keep it for then."""
        self._generation += 1
        if self._service is None:
            self._waiting = fields
        else:
            self._submit(self._service, self._generation, fields)
        return self._generation

    def _submit(self, service: SearchService, generation: int, fields: dict[str, Any]) -> None:
        self._background.submit(
            lambda: _search(service, fields),
            lambda result: self._deliver(generation, result),
            lambda _message: self._deliver(generation, None),
            replaces=True,
        )

    def _on_opened(self, service: SearchService) -> None:
        self._service = service
        if self._waiting is not None:
            fields, self._waiting = self._waiting, None
            self._submit(service, self._generation, fields)

    def _deliver(self, generation: int, result: SearchResult | None) -> None:
        if generation == self._generation:
            self.finished.emit(generation, result)

    def stop(self) -> None:
        self._background.stop()
