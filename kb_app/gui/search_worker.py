"""Runs searches off the GUI thread so typing never waits for the index.

Signals: ``finished(int, object)`` — a request's generation number and its ``SearchResult``.
Only the newest request matters: older results that arrive late are dropped by the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kb_app.search.service import SearchQuery, SearchResult, SearchService

log = logging.getLogger(__name__)


class _Worker(QObject):
    finished = Signal(int, object)

    def __init__(self, service: SearchService) -> None:
        super().__init__()
        self._service = service

    @Slot(int, object)
    def run(self, generation: int, query: SearchQuery) -> None:
        try:
            result = self._service.search(query)
        except Exception:  # never let one bad query kill the worker thread
            log.exception("search failed for %r", query)
            result = None
        self.finished.emit(generation, result)


class SearchRunner(QObject):
    """Owns the worker thread; ``request()`` returns the generation it will answer."""

    finished = Signal(int, object)
    _requested = Signal(int, object)

    def __init__(self, service: SearchService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread = QThread(self)
        self._thread.setObjectName("search")
        self._worker = _Worker(service)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # never leave a running thread behind at exit
            app.aboutToQuit.connect(self.stop)

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, query: SearchQuery) -> int:
        self._generation += 1
        self._requested.emit(self._generation, query)
        return self._generation

    def _on_worker_finished(self, generation: int, result: SearchResult) -> None:
        if generation == self._generation:
            self.finished.emit(generation, result)

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
